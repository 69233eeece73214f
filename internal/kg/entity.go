package kg

import "strings"

// Entity is a node of the knowledge graph in one of the eight categories.
// ID is an ontology CURIE where one exists (MONDO, DOID, GO, CL, MeSH, HP),
// otherwise a project CURIE such as "kg:therapy/secretome".
type Entity struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Category Category `json:"category"`
	// Aliases are the other names the entity goes by, in every language and
	// spelling seen.
	Aliases []string `json:"aliases,omitempty"`
	// XRefs are equivalent identifiers in other ontologies.
	XRefs []string `json:"xrefs,omitempty"`
	// Mentions are where a document names the entity; set by extraction only.
	Mentions []Mention `json:"mentions,omitempty"`
	// MentionCount is how many times loaded sources name the entity; set by
	// the store only.
	MentionCount int `json:"-"`
	// SourceCount is how many loaded sources name the entity; set by the store.
	SourceCount int `json:"-"`
	// Nested carries fields resolved in the same round trip as the entity.
	Nested Nested `json:"-"`
}

// Ref returns the short reference to e used inside claims.
func (e *Entity) Ref() EntityRef {
	return EntityRef{ID: e.ID, Name: e.Name, Category: e.Category}
}

// EntityRef names an entity from inside another value.
type EntityRef struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Category Category `json:"category,omitempty"`
}

// Mention is one occurrence of an entity name in a source: byte offsets into
// the original document and the exact bytes found there.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// EntityFilter narrows a listing of entities. Empty fields do not filter.
type EntityFilter struct {
	Category     Category
	NameContains string
	// Language keeps entities named in at least one source of that language.
	Language string
	// SourceID keeps entities named in that source.
	SourceID string
}

// Slug lower-cases s and joins its letters and digits with single hyphens; it
// is how project CURIEs are minted from names ("Gia Pratama" → "gia-pratama").
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		ok := r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x7f && isLetterOrDigit(r)
		if ok {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}
