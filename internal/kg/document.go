package kg

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
)

// Document is what extraction makes of one source: the source itself, the
// entities it names, the claims it states and the studies it cites. Its JSON
// form is the public `kg extract` contract; fields are only ever added.
type Document struct {
	Source   Source   `json:"source"`
	Entities []Entity `json:"entities"`
	Claims   []Claim  `json:"claims"`
	Studies  []Study  `json:"studies"`
	Stats    DocStats `json:"stats"`
}

// DocStats counts what extraction saw in a document.
type DocStats struct {
	Sentences int `json:"sentences"`
	// BoilerplateBytes were skipped as ads, teasers and caption debris.
	BoilerplateBytes int `json:"boilerplateBytes"`
	// DuplicateBytes were skipped as repeats of earlier text.
	DuplicateBytes int `json:"duplicateBytes"`
}

// SourceID returns the ID of a source with the given original bytes.
func SourceID(original []byte) string {
	sum := sha256.Sum256(original)
	return "sha256:" + hex.EncodeToString(sum[:])
}

// RelationID returns the stable ID of the direct edge (subject, predicate,
// object). The predicate is part of the ID so that a store can find the edge
// by type and ID without scanning every type.
func RelationID(subject string, p Predicate, object string) string {
	return "rel:" + string(p) + ":" + shortHash(subject, string(p), object)
}

// RelationPredicate returns the predicate encoded in a relation ID, or ""
// when id is not a relation ID.
func RelationPredicate(id string) Predicate {
	rest, ok := strings.CutPrefix(id, "rel:")
	if !ok {
		return ""
	}
	p, _, ok := strings.Cut(rest, ":")
	if !ok || !Predicate(p).Valid() {
		return ""
	}
	return Predicate(p)
}

// ClaimID returns the stable ID of a claim: the same source, span and triple
// always give the same ID, so reloading a document changes nothing.
func ClaimID(sourceID string, start, end int, subject string, p Predicate, object string, negated bool) string {
	return "claim:" + shortHash(sourceID, strconv.Itoa(start), strconv.Itoa(end), subject, string(p), object, strconv.FormatBool(negated))
}

func shortHash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}
