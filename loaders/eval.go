package loaders

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/regenkg/regenkg/internal/kg"
)

// Gold is one hand-annotated document (see testdata/gold/GUIDELINES.md).
type Gold struct {
	Document  string         `json:"document"`
	Language  string         `json:"language"`
	Genre     string         `json:"genre"`
	Entities  []GoldEntity   `json:"entities"`
	Relations []GoldRelation `json:"relations"`
}

// GoldEntity is an annotated entity: a canonical name and a category.
type GoldEntity struct {
	Name     string      `json:"name"`
	Category kg.Category `json:"category"`
}

// GoldRelation is an annotated relation with the quote that states it.
type GoldRelation struct {
	Subject   string       `json:"subject"`
	Predicate kg.Predicate `json:"predicate"`
	Object    string       `json:"object"`
	Certainty kg.Certainty `json:"certainty"`
	Negated   bool         `json:"negated"`
	Quote     string       `json:"quote"`
}

// LoadGold reads every *.json gold file in dir, sorted by name. It returns an
// error for a file that does not parse.
func LoadGold(dir string) ([]Gold, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var out []Gold
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("gold %s: %w", p, err)
		}
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, fmt.Errorf("gold %s: %w", p, err)
		}
		out = append(out, g)
	}
	return out, nil
}

// Counts are true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// Precision is TP/(TP+FP), or 0 with nothing predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), or 0 with nothing to find.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c *Counts) add(o Counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// DocScore is the comparison of one document's extraction with its gold.
type DocScore struct {
	Document  string
	Entities  Counts
	Relations Counts
	// CertaintyRight counts matched relations whose certainty agrees.
	CertaintyRight, CertaintyTotal int
	// QuotesExact counts claims whose quote equals the text at its offsets.
	QuotesExact, Quotes int
	// GenreRight is whether the genre read from the text is the gold's.
	GenreRight bool
	// ByPredicate splits Relations by predicate.
	ByPredicate map[string]Counts
	// MissedUnread counts missed relations whose two entities were both
	// extracted: the reading failed, not the lexicon.
	MissedUnread int
	// Missed and Spurious list relation keys for error analysis.
	Missed, Spurious []string
	MissedEntities   []string
	SpuriousEntities []string
}

// Report sums DocScores.
type Report struct {
	Docs                           []DocScore
	Entities, Relations            Counts
	ByPredicate                    map[string]Counts
	MissedUnread                   int
	CertaintyRight, CertaintyTotal int
	QuotesExact, Quotes            int
	// GenresRight counts documents whose genre was read right.
	GenresRight int
}

// Evaluate extracts every gold document (paths relative to root) and
// compares the result with the gold. It returns an error when a document
// cannot be read or extracted.
func (x *Extractor) Evaluate(ctx context.Context, root string, golds []Gold) (*Report, error) {
	rep := &Report{ByPredicate: map[string]Counts{}}
	for _, g := range golds {
		path := filepath.Join(root, g.Document)
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("evaluate: %w", err)
		}
		doc, err := x.Extract(ctx, b, kg.Source{Path: g.Document})
		if err != nil {
			return nil, fmt.Errorf("evaluate %s: %w", g.Document, err)
		}
		ds := x.score(doc, g)
		rep.Docs = append(rep.Docs, ds)
		rep.Entities.add(ds.Entities)
		rep.Relations.add(ds.Relations)
		rep.MissedUnread += ds.MissedUnread
		for p, c := range ds.ByPredicate {
			sum := rep.ByPredicate[p]
			sum.add(c)
			rep.ByPredicate[p] = sum
		}
		rep.CertaintyRight += ds.CertaintyRight
		rep.CertaintyTotal += ds.CertaintyTotal
		rep.QuotesExact += ds.QuotesExact
		rep.Quotes += ds.Quotes
		if ds.GenreRight {
			rep.GenresRight++
		}
	}
	return rep, nil
}

// entityKey is how gold and extraction are compared: the lexicon ID when
// the lexicon knows the name (its parent's, for a subtype recorded as its
// parent), else the slug of the name. A gold category other than the
// entry's picks the entry its words mean in that category ("weight loss"
// as a side effect, "inflammation" as a harm): the same words, read as the
// annotator read them.
func (x *Extractor) entityKey(name string, category kg.Category) string {
	e := x.wholeName(name, map[string][]string{})
	if e == nil {
		return "name:" + kg.Slug(name)
	}
	if category != "" && e.Category != category {
		for _, ref := range []string{e.HarmAs, e.TreatedAs, e.MeasuredAs, e.ActsAs} {
			if r := x.idx.byID[ref]; r != nil && r.Category == category {
				e = r
				break
			}
		}
	}
	// A subtype the lexicon records as its parent ("hip fracture"
	// is a fracture) is that parent in the graph, in the gold too.
	if p := x.idx.parents[e]; p != nil {
		return p.ID
	}
	return e.ID
}

// wholeName returns the lexicon entry one of whose names is the whole of
// name, typos forgiven as in running text; nil when the lexicon names only
// part of it or nothing.
func (x *Extractor) wholeName(name string, cache map[string][]string) *LexEntry {
	toks := tokenize(name, 0, len(name))
	if len(toks) == 0 {
		return nil
	}
	if f, n := x.idx.matcher.match(toks, 0, cache); f != nil && n == len(toks) {
		return f.entry
	}
	return nil
}

// extractedKey is entityKey for an extracted entity: its ID when the lexicon
// has it, else the slug of its name, since people, organisations and scales
// found in the text are compared with the gold by name.
func (x *Extractor) extractedKey(e kg.EntityRef) string {
	if !x.inLexicon(e.ID) {
		return "name:" + kg.Slug(e.Name)
	}
	return e.ID
}

func (x *Extractor) inLexicon(id string) bool {
	_, ok := x.idx.byID[id]
	return ok
}

func (x *Extractor) score(doc *kg.Document, g Gold) DocScore {
	ds := DocScore{Document: g.Document, ByPredicate: map[string]Counts{}, GenreRight: string(doc.Source.Genre) == g.Genre}
	count := func(p string, f func(*Counts)) {
		c := ds.ByPredicate[p]
		f(&c)
		ds.ByPredicate[p] = c
	}
	goldEnt := map[string]string{}
	// A relation names its entities as the entity list does, case aside.
	category := map[string]kg.Category{}
	for _, e := range g.Entities {
		category[fold(e.Name)] = e.Category
		goldEnt[x.entityKey(e.Name, e.Category)] = e.Name
	}
	gotEnt := map[string]string{}
	names := map[string]string{}
	for _, e := range doc.Entities {
		k := x.extractedKey(e.Ref())
		gotEnt[k] = e.Name
		names[e.ID] = e.Name
	}
	for k, n := range gotEnt {
		if _, ok := goldEnt[k]; ok {
			ds.Entities.TP++
		} else {
			ds.Entities.FP++
			ds.SpuriousEntities = append(ds.SpuriousEntities, n)
		}
	}
	for k, n := range goldEnt {
		if _, ok := gotEnt[k]; !ok {
			ds.Entities.FN++
			ds.MissedEntities = append(ds.MissedEntities, n)
		}
	}
	type rel struct {
		s, p, o string
		neg     bool
	}
	label := func(r rel, sn, on string) string {
		neg := ""
		if r.neg {
			neg = "NOT "
		}
		return fmt.Sprintf("%s%s %s %s", neg, sn, r.p, on)
	}
	gold := map[rel]GoldRelation{}
	for _, r := range g.Relations {
		gold[rel{x.entityKey(r.Subject, category[fold(r.Subject)]), string(r.Predicate), x.entityKey(r.Object, category[fold(r.Object)]), r.Negated}] = r
	}
	got := map[rel][]kg.Claim{}
	for _, c := range doc.Claims {
		k := rel{x.extractedKey(c.Subject), string(c.Predicate), x.extractedKey(c.Object), c.Negated}
		got[k] = append(got[k], c)
		ds.Quotes++
		if c.Start >= 0 && c.End <= len(doc.Source.Text) && c.Start <= c.End && doc.Source.Text[c.Start:c.End] == c.Quote {
			ds.QuotesExact++
		}
	}
	for k, cs := range got {
		gr, ok := gold[k]
		if !ok {
			ds.Relations.FP++
			count(k.p, func(c *Counts) { c.FP++ })
			ds.Spurious = append(ds.Spurious, label(k, cs[0].Subject.Name, cs[0].Object.Name)+" | "+clip(cs[0].Quote, 80))
			continue
		}
		ds.Relations.TP++
		count(k.p, func(c *Counts) { c.TP++ })
		ds.CertaintyTotal++
		best := cs[0]
		for _, c := range cs {
			if c.Quote == gr.Quote {
				best = c
			}
		}
		if best.Certainty == gr.Certainty {
			ds.CertaintyRight++
		}
	}
	for k, gr := range gold {
		if _, ok := got[k]; !ok {
			ds.Relations.FN++
			count(k.p, func(c *Counts) { c.FN++ })
			_, hasS := gotEnt[k.s]
			_, hasO := gotEnt[k.o]
			if hasS && hasO {
				ds.MissedUnread++
			}
			ds.Missed = append(ds.Missed, label(k, gr.Subject, gr.Object)+" | "+clip(gr.Quote, 80))
		}
	}
	for _, l := range [][]string{ds.Missed, ds.Spurious, ds.MissedEntities, ds.SpuriousEntities} {
		sort.Strings(l)
	}
	return ds
}

// Print writes the report as a table; with details it lists every missed
// and spurious relation.
func (r *Report) Print(w io.Writer, title string, details bool) {
	fmt.Fprintf(w, "%s\n", title)
	fmt.Fprintf(w, "  %-42s %6s %6s %6s   %6s %6s %6s   %5s\n", "document", "ent P", "ent R", "ent F1", "rel P", "rel R", "rel F1", "cert")
	for _, d := range r.Docs {
		fmt.Fprintf(w, "  %-42s %6.2f %6.2f %6.2f   %6.2f %6.2f %6.2f   %5.2f\n", filepath.Base(d.Document),
			d.Entities.Precision(), d.Entities.Recall(), d.Entities.F1(),
			d.Relations.Precision(), d.Relations.Recall(), d.Relations.F1(), ratio(d.CertaintyRight, d.CertaintyTotal))
	}
	fmt.Fprintf(w, "  %-42s %6.2f %6.2f %6.2f   %6.2f %6.2f %6.2f   %5.2f\n", "ALL (micro)",
		r.Entities.Precision(), r.Entities.Recall(), r.Entities.F1(),
		r.Relations.Precision(), r.Relations.Recall(), r.Relations.F1(), ratio(r.CertaintyRight, r.CertaintyTotal))
	fmt.Fprintf(w, "  relations: %d TP, %d FP, %d FN; entities: %d TP, %d FP, %d FN; quotes equal to source bytes: %d/%d; genre right: %d/%d\n",
		r.Relations.TP, r.Relations.FP, r.Relations.FN, r.Entities.TP, r.Entities.FP, r.Entities.FN, r.QuotesExact, r.Quotes, r.GenresRight, len(r.Docs))
	preds := make([]string, 0, len(r.ByPredicate))
	for p := range r.ByPredicate {
		preds = append(preds, p)
	}
	sort.Strings(preds)
	fmt.Fprintf(w, "  by predicate (P / R, TP FP FN):")
	for _, p := range preds {
		c := r.ByPredicate[p]
		fmt.Fprintf(w, " %s %.2f/%.2f %d %d %d;", p, c.Precision(), c.Recall(), c.TP, c.FP, c.FN)
	}
	fmt.Fprintf(w, "\n  missed relations whose entities were both found: %d of %d\n", r.MissedUnread, r.Relations.FN)
	if !details {
		return
	}
	for _, d := range r.Docs {
		fmt.Fprintf(w, "\n  %s\n", d.Document)
		for _, m := range d.Missed {
			fmt.Fprintf(w, "    missed    %s\n", m)
		}
		for _, s := range d.Spurious {
			fmt.Fprintf(w, "    spurious  %s\n", s)
		}
		if len(d.MissedEntities) > 0 {
			fmt.Fprintf(w, "    missed entities:   %s\n", strings.Join(d.MissedEntities, "; "))
		}
		if len(d.SpuriousEntities) > 0 {
			fmt.Fprintf(w, "    spurious entities: %s\n", strings.Join(d.SpuriousEntities, "; "))
		}
	}
}
