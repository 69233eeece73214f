package kg

import "unicode"

// Nested holds the values of an object's nested fields that were fetched in
// the same database round trip as the object itself, keyed by the response
// key (alias) under which the client asked for them. A nil Nested means
// nothing was prefetched.
type Nested map[string]any

// Set stores v under key, allocating the map when needed.
func (n *Nested) Set(key string, v any) {
	if *n == nil {
		*n = Nested{}
	}
	(*n)[key] = v
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
