// Package gen writes synthetic documents for benchmarks: deterministic from
// a seed, in Indonesian and English, in the genres of the seed corpus, built
// from the extractor's own lexicon so that extraction finds real claims, and
// carrying what makes real documents hard: hedges, negations, attributions,
// duplicated blocks, boilerplate and reference lists.
package gen

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/regenkg/regenkg/internal/kg"
	"github.com/regenkg/regenkg/loaders"
)

// Generator makes documents. It is safe for concurrent use: each document
// draws from its own random stream, so document i is the same whatever order
// documents are made in.
type Generator struct {
	seed  uint64
	lex   *loaders.Lexicon
	byCat map[kg.Category][]entry
	tags  map[string][]entry
}

type entry struct {
	name map[string]string // language -> surface form
	tags []string
}

// Options configures a Generator.
type Options struct {
	// Lexicon is the vocabulary documents are written from (the
	// extractor's default when nil).
	Lexicon *loaders.Lexicon
	// Synthetic adds that many made-up entities per category (therapies,
	// conditions, mechanisms, side effects, biomarkers) to the lexicon, so
	// that the graph grows with the corpus the way a real one would; the
	// extractor must then use Lexicon() to recognise them.
	Synthetic int
}

// synthetic name stems per category: English and Indonesian, chosen so that
// no stem is near any real lexicon word.
var synthetic = map[kg.Category][2]string{
	kg.CategoryTherapy:    {"xenotherapy %d", "xenoterapi %d"},
	kg.CategoryCondition:  {"zeta syndrome %d", "sindrom zeta %d"},
	kg.CategoryMechanism:  {"omega pathway %d", "jalur omega %d"},
	kg.CategorySideEffect: {"sigma reaction %d", "reaksi sigma %d"},
	kg.CategoryBiomarker:  {"kappa marker %d", "penanda kappa %d"},
}

// New returns a generator. It returns an error when the lexicon lacks a
// category the templates need.
func New(seed uint64, opts *Options) (*Generator, error) {
	var o Options
	if opts != nil {
		o = *opts
	}
	lex := o.Lexicon
	if lex == nil {
		var err error
		if lex, err = loaders.DefaultLexicon(); err != nil {
			return nil, err
		}
	}
	if o.Synthetic > 0 {
		ext := &loaders.Lexicon{Entries: append([]loaders.LexEntry{}, lex.Entries...)}
		for _, c := range kg.Categories {
			stems, ok := synthetic[c]
			if !ok {
				continue
			}
			for k := 1; k <= o.Synthetic; k++ {
				en, id := fmt.Sprintf(stems[0], k), fmt.Sprintf(stems[1], k)
				ext.Entries = append(ext.Entries, loaders.LexEntry{ID: "kg:gen/" + kg.Slug(en), Name: en, Category: c,
					Names: map[string][]string{"en": {en}, "id": {id}}})
			}
		}
		lex = ext
	}
	g := &Generator{seed: seed, lex: lex, byCat: map[kg.Category][]entry{}, tags: map[string][]entry{}}
	for _, e := range lex.Entries {
		en := first(e.Names["en"], e.Name)
		id := first(e.Names["id"], en)
		ent := entry{name: map[string]string{"en": en, "id": id}, tags: e.Tags}
		g.byCat[e.Category] = append(g.byCat[e.Category], ent)
		for _, t := range e.Tags {
			g.tags[t] = append(g.tags[t], ent)
		}
	}
	for _, c := range []kg.Category{kg.CategoryTherapy, kg.CategoryCondition, kg.CategoryMechanism, kg.CategorySideEffect, kg.CategoryRoute, kg.CategoryBiomarker} {
		if len(g.byCat[c]) == 0 {
			return nil, fmt.Errorf("gen: the lexicon has no %s", c)
		}
	}
	return g, nil
}

// Lexicon returns the vocabulary the documents use, synthetic entities
// included; extract with it.
func (g *Generator) Lexicon() *loaders.Lexicon { return g.lex }

func first(list []string, def string) string {
	for _, s := range list {
		// Acronyms make poor sentence subjects; prefer a written-out name.
		if s != strings.ToUpper(s) {
			return s
		}
	}
	return def
}

// Doc is one generated document.
type Doc struct {
	Name  string
	Genre kg.Genre
	Lang  string
	Text  []byte
}

var genres = []kg.Genre{kg.GenreNews, kg.GenreNews, kg.GenreCommercial, kg.GenreUniversityNews, kg.GenreThesis, kg.GenrePaper}

var people = []string{"Ayu Lestari", "Budi Santoso", "Citra Wulandari", "Dimas Pratama", "Eka Putri", "Fajar Nugroho",
	"Gita Anggraini", "Hendra Wijaya", "Indah Permata", "Joko Susilo", "Kartika Sari", "Lukman Hakim"}

var outlets = []string{"Klikdokter", "Alodokter", "Halodoc", "Kompas Health", "Detik Health", "Sehatku"}

var venues = []string{"Stem Cell Research & Therapy", "Journal of Regenerative Medicine", "Cells", "Molecular Medicine Reports",
	"World Journal of Stem Cells", "Cell Transplantation", "Indonesian Journal of Dermatology"}

// Doc returns document i of the corpus.
func (g *Generator) Doc(i int) Doc {
	r := rand.New(rand.NewPCG(g.seed, uint64(i)*0x9E3779B97F4A7C15+1))
	lang := "id"
	if r.IntN(10) < 4 {
		lang = "en"
	}
	genre := genres[r.IntN(len(genres))]
	d := &writer{g: g, r: r, lang: lang}
	t := d.pick(kg.CategoryTherapy)
	c := d.pick(kg.CategoryCondition)
	switch genre {
	case kg.GenreNews:
		d.line(d.tr("BEAUTY", "HEALTH"))
		d.line(d.tr(fmt.Sprintf("Mengenal %s untuk %s, Ini Penjelasan Dokter (%d)", t, c, i), fmt.Sprintf("What %s can and cannot do for %s (%d)", t, c, i)))
		d.line(people[r.IntN(len(people))])
		d.line(d.tr(fmt.Sprintf("Senin %02d Maret 2025 / 10:%02d", 1+r.IntN(28), r.IntN(60)), fmt.Sprintf("Monday, March %d, 2025", 1+r.IntN(28))))
	case kg.GenreCommercial:
		d.line(d.tr(fmt.Sprintf("Terapi %s pada %s di Klinik Kami (%d)", t, c, i), fmt.Sprintf("%s therapy for %s at our clinic (%d)", t, c, i)))
	case kg.GenreUniversityNews:
		d.line(d.tr(fmt.Sprintf("Seminar %s di Fakultas Kedokteran (%d)", t, i), fmt.Sprintf("Seminar on %s at the Faculty of Medicine (%d)", t, i)))
	case kg.GenreThesis, kg.GenrePaper:
		d.line(fmt.Sprintf("Efektivitas %s pada Pasien %s = The Effectiveness of %s in Patients with %s (%d)", t, c, d.en(t), d.en(c), i))
		d.line("")
		d.line(d.tr("Latar Belakang: ", "Background: ") + d.claims(t, 3))
		d.line(d.tr(fmt.Sprintf("Metode: Penelitian ini merupakan kohort retrospektif yang melibatkan %d subjek penelitian.", 10+r.IntN(90)),
			fmt.Sprintf("Methods: This study is a retrospective cohort that involved %d research subjects.", 10+r.IntN(90))))
		d.line(d.tr("Hasil: ", "Results: ") + d.claims(t, 3))
		d.line(d.tr("Kesimpulan: ", "Conclusion: ") + d.claims(t, 2))
		d.line(d.tr("Kata Kunci: ", "Keywords: ") + t + ", " + c)
		return d.doc(i, genre)
	}
	d.line("")
	paras := 3 + r.IntN(4)
	var body []string
	for p := 0; p < paras; p++ {
		s := d.claims(t, 2+r.IntN(3))
		if r.IntN(3) == 0 {
			s = d.tr(fmt.Sprintf("dr. %s dalam %s menjelaskan, ", people[r.IntN(len(people))], outlets[r.IntN(len(outlets))]),
				fmt.Sprintf("Dr. %s, a specialist at %s, explained that ", people[r.IntN(len(people))], outlets[r.IntN(len(outlets))])) + lowerFirst(s)
		}
		body = append(body, s)
		if r.IntN(4) == 0 {
			t = d.pick(kg.CategoryTherapy)
		}
	}
	for k, p := range body {
		d.line(p)
		if k == 1 && r.IntN(2) == 0 {
			d.line(d.tr("Baca Juga: Manfaat Terapi Regeneratif untuk Kulit", "Read also: Regenerative therapy for the skin"))
			d.line("ADVERTISEMENT")
		}
	}
	var refs []string
	if genre == kg.GenreCommercial || r.IntN(4) == 0 {
		n := 2 + r.IntN(4)
		for k := 0; k < n; k++ {
			year := 2015 + r.IntN(11)
			venue := venues[r.IntN(len(venues))]
			refs = append(refs, fmt.Sprintf("  %d. %s, A., & %s, B. (%d). %s in %s: a review. %s, %d(%d), %d. https://doi.org/10.5555/gen.%d.%d.%d",
				k+1, surname(r), surname(r), year, d.en(d.pick(kg.CategoryTherapy)), d.en(d.pick(kg.CategoryCondition)), venue, 1+r.IntN(30), 1+r.IntN(12), 100+r.IntN(900), g.seed, i, k))
			if k == 0 {
				d.line(d.tr(fmt.Sprintf("Studi dalam jurnal %s pada tahun %d menunjukkan bahwa ", venue, year),
					fmt.Sprintf("A study in the journal %s in %d showed that ", venue, year)) + lowerFirst(d.claims(t, 1)))
			}
		}
	}
	if genre == kg.GenreNews && r.IntN(5) == 0 {
		// Scrapers often capture an article twice.
		for _, p := range body {
			d.line(p)
		}
	}
	if len(refs) > 0 {
		d.line("")
		d.line(d.tr("Sumber Referensi:", "References:"))
		for _, ref := range refs {
			d.line(ref)
		}
	}
	if genre == kg.GenreUniversityNews {
		d.line("Author: " + people[r.IntN(len(people))])
		d.line("Editor: " + people[r.IntN(len(people))])
	}
	if genre == kg.GenreCommercial {
		d.line("")
		d.line("Recommendation For You")
		d.line(d.tr("Terapi Stem Cell untuk Rambut Rontok", "Stem cell therapy for hair loss"))
	}
	return d.doc(i, genre)
}

func surname(r *rand.Rand) string {
	s := []string{"Wijaya", "Tan", "Lim", "Smith", "Chen", "Kumar", "Rahman", "Sato", "Müller", "Garcia"}
	return s[r.IntN(len(s))]
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

type writer struct {
	g    *Generator
	r    *rand.Rand
	lang string
	b    strings.Builder
	last map[string]string
}

func (w *writer) line(s string) { w.b.WriteString(s); w.b.WriteByte('\n') }

func (w *writer) tr(id, en string) string {
	if w.lang == "en" {
		return en
	}
	return id
}

// pick names a random entity of category c in the document's language. The
// draw is skewed (the square of a uniform draw) so that some entities become
// hubs, as secretome and stem cell are in real text.
func (w *writer) pick(c kg.Category) string {
	list := w.g.byCat[c]
	u := w.r.Float64()
	e := list[int(u*u*float64(len(list)))]
	if w.last == nil {
		w.last = map[string]string{}
	}
	n := e.name[w.lang]
	w.last[n] = e.name["en"]
	return n
}

func (w *writer) pickTag(tag string) string {
	list := w.g.tags[tag]
	e := list[w.r.IntN(len(list))]
	if w.last == nil {
		w.last = map[string]string{}
	}
	n := e.name[w.lang]
	w.last[n] = e.name["en"]
	return n
}

// en returns the English form of a name picked earlier.
func (w *writer) en(n string) string {
	if e, ok := w.last[n]; ok {
		return e
	}
	return n
}

// claims writes n sentences about therapy t, one relation each, with
// hedges, negations and strong cues mixed in.
func (w *writer) claims(t string, n int) string {
	var out []string
	for k := 0; k < n; k++ {
		out = append(out, w.claim(t))
	}
	return strings.Join(out, " ")
}

func (w *writer) claim(t string) string {
	hedge := w.r.IntN(3)
	id := func(asserted, hedged, other string) string {
		switch hedge {
		case 0:
			return asserted
		case 1:
			return hedged
		}
		return other
	}
	T := capitalize(t)
	switch w.r.IntN(8) {
	case 0:
		x := w.pickTag("cell-component")
		if w.r.IntN(4) == 0 {
			return w.tr(fmt.Sprintf("%s tidak mengandung %s.", T, x), fmt.Sprintf("%s does not contain %s.", T, x))
		}
		return w.tr(fmt.Sprintf("%s mengandung %s.", T, x), fmt.Sprintf("%s contains %s.", T, x))
	case 1:
		c := w.pick(kg.CategoryCondition)
		return w.tr(id(fmt.Sprintf("%s terbukti mengobati %s.", T, c), fmt.Sprintf("%s dapat membantu mengatasi %s.", T, c), fmt.Sprintf("Kami berharap %s di masa depan dapat mengobati %s.", t, c)),
			id(fmt.Sprintf("%s has been proven to treat %s.", T, c), fmt.Sprintf("%s may help treat %s.", T, c), fmt.Sprintf("We hope that %s will treat %s in the future.", t, c)))
	case 2:
		m := w.pick(kg.CategoryMechanism)
		return w.tr(id(fmt.Sprintf("%s bekerja melalui %s.", T, m), fmt.Sprintf("%s mungkin bekerja melalui %s.", T, m), fmt.Sprintf("%s berpotensi meningkatkan %s.", T, m)),
			id(fmt.Sprintf("%s works through %s.", T, m), fmt.Sprintf("%s could act via %s.", T, m), fmt.Sprintf("In theory, %s can support %s.", t, m)))
	case 3:
		s := w.pick(kg.CategorySideEffect)
		return w.tr(id(fmt.Sprintf("Efek samping %s seperti %s jarang terjadi.", t, s), fmt.Sprintf("%s dapat menyebabkan %s.", T, s), fmt.Sprintf("Risiko %s pada %s sangat rendah.", s, t)),
			id(fmt.Sprintf("Side effects of %s such as %s are rare.", t, s), fmt.Sprintf("%s may cause %s.", T, s), fmt.Sprintf("The risk of %s with %s is low.", s, t)))
	case 4:
		rt := w.pick(kg.CategoryRoute)
		return w.tr(fmt.Sprintf("%s diberikan melalui %s.", T, rt), fmt.Sprintf("%s is administered via %s.", T, rt))
	case 5:
		c, b := w.pick(kg.CategoryCondition), w.pick(kg.CategoryBiomarker)
		return w.tr(fmt.Sprintf("Perbaikan %s dinilai berdasarkan parameter %s.", c, b), fmt.Sprintf("Improvement in %s was measured by %s.", c, b))
	case 6:
		cell := w.pickTag("cell")
		return w.tr(fmt.Sprintf("%s adalah produk yang dihasilkan oleh %s.", capitalize(w.pickTag("cell-product")), cell),
			fmt.Sprintf("%s is a product derived from %s.", capitalize(w.pickTag("cell-product")), cell))
	default:
		c := w.pick(kg.CategoryCondition)
		return w.tr(fmt.Sprintf("Terapi ini digunakan untuk %s pada pasien dewasa.", c), fmt.Sprintf("This therapy is used for %s in adult patients.", c))
	}
}

func capitalize(s string) string {
	if s == "" || s != strings.ToLower(s) {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func (w *writer) doc(i int, genre kg.Genre) Doc {
	return Doc{Name: fmt.Sprintf("gen-%d-%07d.txt", w.g.seed, i), Genre: genre, Lang: w.lang, Text: []byte(w.b.String())}
}
