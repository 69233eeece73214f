package graph

import (
	"unicode/utf8"

	"github.com/regenkg/regenkg/internal/kg"
)

// sliceText returns text[start:end] by byte offsets, the same offsets claims
// carry. It returns an Invalid error for offsets outside the text or
// inside a UTF-8 character.
func sliceText(text string, start, end *int) (string, error) {
	s, e := deref(start, 0), deref(end, len(text))
	if s < 0 || e > len(text) || s > e {
		return "", kg.Errorf(kg.Invalid, "offsets %d..%d outside the text (%d bytes)", s, e, len(text))
	}
	if (s < len(text) && !utf8.RuneStart(text[s])) || (e < len(text) && !utf8.RuneStart(text[e])) {
		return "", kg.Errorf(kg.Invalid, "offsets %d..%d split a UTF-8 character", s, e)
	}
	return text[s:e], nil
}
