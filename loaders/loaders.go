// Package loaders turns documents into entities, claims and studies. It is
// pure: bytes in, plain values out, no database and no network. Its
// vocabulary (the lexicon of entities) and its cue patterns (hedges,
// negations, relation triggers, boilerplate) are data files in data/, so
// that the extractor can learn a new therapy or a new phrasing without a
// code change.
//
// Every offset the package reports is a byte offset into the original
// document, and every quote is exactly the original bytes at its offsets,
// whatever normalization was needed to find it.
package loaders

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/regenkg/regenkg/internal/kg"
)

// Name and Version identify the extractor on every claim it produces.
const (
	Name    = "kg-loaders"
	Version = "0.1.0"
)

// MaxDocumentBytes is the largest document Extract accepts: 4 MiB, far above
// any article or abstract, small enough that one bad file cannot exhaust the
// loader's memory.
const MaxDocumentBytes = 4 << 20

// Options configures an Extractor.
type Options struct {
	// Lexicon and Cues replace the built-in data files when non-nil.
	Lexicon *Lexicon
	Cues    *Cues
	// Now anchors dates that leave the year out ("Wednesday (Dec. 3)"): the
	// year is the latest one, not after Now, in which that date falls on that
	// weekday. Zero means time.Now().
	Now time.Time
}

// Extractor extracts documents. It is safe for concurrent use.
type Extractor struct {
	lex  *Lexicon
	cues *Cues
	idx  *index
	now  time.Time
}

var _ kg.Extractor = (*Extractor)(nil)

// New returns an Extractor with the built-in data files unless opts names
// others. It returns an error when a data file does not parse.
func New(opts Options) (*Extractor, error) {
	x := &Extractor{lex: opts.Lexicon, cues: opts.Cues, now: opts.Now}
	var err error
	if x.cues == nil {
		if x.cues, err = DefaultCues(); err != nil {
			return nil, err
		}
	}
	if x.lex == nil {
		if x.lex, err = DefaultLexicon(); err != nil {
			return nil, err
		}
	}
	if x.now.IsZero() {
		x.now = time.Now()
	}
	x.idx = buildIndex(x.lex, x.cues)
	return x, nil
}

// Extract reads one document. meta may carry what the caller knows (Path,
// URI, Title, Language); the rest is read from the text. It returns an
// Invalid error for a document that is empty, binary, not UTF-8 or larger
// than MaxDocumentBytes, and an Internal error, instead of a crash, when a
// reading rule fails on a document: a batch then loses that document only.
func (x *Extractor) Extract(ctx context.Context, original []byte, meta kg.Source) (doc *kg.Document, err error) {
	name := meta.Path
	if name == "" {
		name = meta.URI
	}
	if err := checkReadable(original); err != nil {
		return nil, kg.Errorf(kg.Invalid, "%s: %s", orDash(name), err.Error())
	}
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, kg.Wrap(kg.Internal, fmt.Errorf("panic: %v", r), orDash(name)+": extraction failed")
		}
	}()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	text := string(original)
	doc = &kg.Document{Source: meta}
	doc.Source.ID = kg.SourceID(original)
	doc.Source.Text = text
	doc.Source.Size = len(original)

	a := x.analyze(text)
	x.describeSource(a, &doc.Source)
	doc.Studies = x.studies(a, &doc.Source)
	ents := x.entities(a)
	doc.Claims = x.claims(a, ents, doc)
	doc.Entities = dropOwnClinic(ents.list(), doc)
	doc.Entities, doc.Claims = x.dropUmbrellas(doc.Entities, doc.Claims)
	if doc.Source.Publisher == "" && doc.Source.Genre == kg.GenreUniversityNews {
		doc.Source.Publisher = universityOf(doc.Entities)
	}
	doc.Stats = kg.DocStats{Sentences: a.countSentences(), BoilerplateBytes: a.boilerplateBytes, DuplicateBytes: a.duplicateBytes}
	finish(doc)
	return doc, nil
}

// dropOwnClinic leaves out the clinic whose own page a commercial document
// is: it is the document's publisher, not something the page talks about,
// unless a claim is attributed to it.
func dropOwnClinic(ents []kg.Entity, doc *kg.Document) []kg.Entity {
	if doc.Source.Genre != kg.GenreCommercial || doc.Source.Publisher == "" {
		return ents
	}
	used := map[string]bool{}
	for _, c := range doc.Claims {
		used[c.AttributedTo], used[c.Via] = true, true
	}
	out := ents[:0]
	for _, e := range ents {
		if e.Category == kg.CategoryOrganization && strings.EqualFold(e.Name, doc.Source.Publisher) && !used[e.ID] {
			continue
		}
		out = append(out, e)
	}
	return out
}

// dropUmbrellas returns ents and claims less the names that stand for
// whatever care is usual or chosen case by case (tag standard-care:
// conventional therapy, "standard care", "terapi konvensional", supportive
// therapy, conservative management) and the claims made of them. Such a
// name means other drugs on every page, so one node for it would join
// claims about heart failure, lupus and COPD that share no treatment; the
// reading still uses the name to find the therapies it goes on to list.
func (x *Extractor) dropUmbrellas(ents []kg.Entity, claims []kg.Claim) ([]kg.Entity, []kg.Claim) {
	umbrella := func(id string) bool {
		e := x.idx.byID[id]
		return e != nil && e.hasTag("standard-care")
	}
	ents = slices.DeleteFunc(ents, func(e kg.Entity) bool { return umbrella(e.ID) })
	claims = slices.DeleteFunc(claims, func(c kg.Claim) bool { return umbrella(c.Subject.ID) || umbrella(c.Object.ID) })
	return ents, claims
}

// finish sorts everything into a stable order and fills empty lists, so that
// the same input always prints the same JSON.
func finish(d *kg.Document) {
	sort.SliceStable(d.Entities, func(i, j int) bool {
		a, b := d.Entities[i], d.Entities[j]
		if len(a.Mentions) > 0 && len(b.Mentions) > 0 && a.Mentions[0].Start != b.Mentions[0].Start {
			return a.Mentions[0].Start < b.Mentions[0].Start
		}
		return a.ID < b.ID
	})
	sort.SliceStable(d.Claims, func(i, j int) bool {
		a, b := d.Claims[i], d.Claims[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.ID < b.ID
	})
	if d.Entities == nil {
		d.Entities = []kg.Entity{}
	}
	if d.Claims == nil {
		d.Claims = []kg.Claim{}
	}
	if d.Studies == nil {
		d.Studies = []kg.Study{}
	}
}

func orDash(s string) string {
	if s == "" {
		return "document"
	}
	return s
}

// checkReadable says why a document cannot be read, or returns nil.
func checkReadable(b []byte) error {
	if len(b) > MaxDocumentBytes {
		return fmt.Errorf("document is %d bytes, over the %d-byte limit", len(b), MaxDocumentBytes)
	}
	blank := true
	control := 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return fmt.Errorf("not valid UTF-8 (first bad byte at offset %d)", i)
		}
		switch {
		case r == 0:
			return fmt.Errorf("binary content (NUL byte at offset %d)", i)
		case r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f':
			control++
		case r != ' ' && r != '\n' && r != '\r' && r != '\t' && r != 0xFEFF && r != 0xA0:
			blank = false
		}
		i += size
	}
	if blank {
		return fmt.Errorf("empty document")
	}
	if control*20 > len(b) {
		return fmt.Errorf("binary content (%d control characters)", control)
	}
	return nil
}

// universityOf names the first university among the entities: a
// university's news page rarely says who published it, but names itself.
func universityOf(ents []kg.Entity) string {
	for _, e := range ents {
		if e.Category == kg.CategoryOrganization && (strings.Contains(e.Name, "Universit") || strings.Contains(e.Name, "University")) {
			return e.Name
		}
	}
	return ""
}
