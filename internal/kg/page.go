package kg

import (
	"encoding/base64"
	"strconv"
	"strings"
)

// Paging limits shared by every list.
const (
	DefaultPageSize = 20
	MaxPageSize     = 100
)

// Page asks for First items after the opaque cursor After.
type Page struct {
	First int
	After string
}

// Offset decodes After into the number of items to skip. It returns an
// Invalid error for a cursor this package did not produce.
func (p Page) Offset() (int, error) {
	if p.After == "" {
		return 0, nil
	}
	raw, err := base64.RawURLEncoding.DecodeString(p.After)
	if err != nil || !strings.HasPrefix(string(raw), "o:") {
		return 0, Errorf(Invalid, "invalid cursor")
	}
	n, err := strconv.Atoi(string(raw[2:]))
	if err != nil || n < 0 {
		return 0, Errorf(Invalid, "invalid cursor")
	}
	return n, nil
}

// Limit returns First defaulted and checked: 0 means DefaultPageSize; a
// negative value or one above max is a LimitExceeded error.
func (p Page) Limit(max int) (int, error) {
	switch {
	case p.First == 0:
		return min(DefaultPageSize, max), nil
	case p.First < 0:
		return 0, Errorf(Invalid, "first must not be negative")
	case p.First > max:
		return 0, Errorf(LimitExceeded, "first must be at most %d", max)
	}
	return p.First, nil
}

// Cursor encodes the position of the item at offset i.
func Cursor(i int) string {
	return base64.RawURLEncoding.EncodeToString([]byte("o:" + strconv.Itoa(i+1)))
}

// PageInfo describes where a page sits in its list.
type PageInfo struct {
	HasNextPage     bool
	HasPreviousPage bool
	StartCursor     *string
	EndCursor       *string
}

// NewPageInfo builds the PageInfo of a page that starts at offset, holds n
// items, and is followed by more items when more is true.
func NewPageInfo(offset, n int, more bool) PageInfo {
	pi := PageInfo{HasNextPage: more, HasPreviousPage: offset > 0}
	if n > 0 {
		s, e := Cursor(offset), Cursor(offset+n-1)
		pi.StartCursor, pi.EndCursor = &s, &e
	}
	return pi
}
