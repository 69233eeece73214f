package loaders

import (
	"slices"
	"strings"
	"unicode"

	"github.com/regenkg/regenkg/internal/kg"
)

// discoveredProducts returns a term for each named product the lexicon
// lacks that the text introduces as one: a name after words that name it
// ("The therapy, known as CRX-201", "serum bernama DermaRegen"), a name
// set in apposition to a therapy ("approved Fistracel, a one-off injection
// of stem cells") or a name marked as a trade name ("ReCurve™"). A product
// is a Therapy (tag "product") named as written; a name of several words
// that opens with a coined word ("FolliPure Exo Serum") is also named by
// that word alone. Names the lexicon or the people found know are left
// alone, and so is a name nothing marks as a product: "a girl named Sarah"
// has no therapy word before the name.
func (x *Extractor) discoveredProducts(a *analysis, cache map[string][]string, people map[string]*LexEntry) []term {
	var terms []term
	seen := map[string]bool{}
	add := func(s *sentence, from, to int, noun string) {
		name := a.text[s.toks[from].start:s.toks[to-1].end]
		id := "kg:product/" + kg.Slug(name)
		if seen[id] || people[fold(name)] != nil {
			return
		}
		seen[id] = true
		// The text refers back to the product as "the product" or by the
		// noun that introduced it ("The therapy, known as …").
		nouns := []string{"product", "produk"}
		if noun != "" && !slices.Contains(nouns, noun) {
			nouns = append(nouns, noun)
		}
		// A product of cells ("an injection of stem cells") contains them.
		tags := []string{"product"}
		end := min(len(s.toks), to+8)
		if x.namedIn(s.toks[:end], max(0, from-4), end, cache, func(e *LexEntry) bool { return e.hasTag("cell") }) {
			tags = append(tags, "cell-mixture")
		}
		e := &LexEntry{ID: id, Name: name, Category: kg.CategoryTherapy, Tags: tags,
			Names: map[string][]string{"en": {name}}, Nouns: nouns}
		var ws []string
		for _, t := range s.toks[from:to] {
			ws = append(ws, t.norm)
		}
		terms = append(terms, term{entry: e, words: ws})
		if to-from > 1 && coined(s.toks[from].raw) {
			terms = append(terms, term{entry: e, words: ws[:1]})
		}
	}
	for _, s := range a.sents {
		if s.dup {
			continue
		}
		for i := 1; i < len(s.toks); i++ {
			to := x.productName(s, i, cache)
			if to == i {
				continue
			}
			noun, ok := x.introducedProduct(s, i, cache)
			if !ok {
				noun, ok = x.appositiveProduct(s, i, to, cache)
			}
			if !ok {
				after := a.text[s.toks[to-1].end:min(len(a.text), s.toks[to-1].end+3)]
				ok = strings.ContainsAny(after, "™®")
			}
			if !ok {
				continue
			}
			add(s, i, to, noun)
			i = to - 1
		}
	}
	return terms
}

// productName returns the end of a product's name starting at token i: a
// run of up to four capitalised words or codes ("CRX-201", "HairVive
// EXO+") joined by spaces or hyphens, or i when no such name starts there.
// A name the lexicon knows, a stopword or a title ("Dr") starts none.
func (x *Extractor) productName(s *sentence, i int, cache map[string][]string) int {
	first := s.toks[i]
	if !capitalised(first.raw) || len([]rune(first.raw)) < 3 || x.idx.isStopword(first.norm) ||
		x.idx.titles[first.norm] || s.toks[i].punct {
		return i
	}
	if f, _ := x.idx.matcher.match(s.toks, i, cache); f != nil {
		return i
	}
	// A lone acronym ("UCMSC, yaitu stemcell hidup") abbreviates a name;
	// a product's code has digits ("CRX-201").
	j := i + 1
	for j < len(s.toks) && j-i < 4 && !s.toks[j].punct {
		g := s.gaps[j]
		if g != " " && g != "-" && g != "" {
			break
		}
		t := s.toks[j].raw
		code := g == "-" && isNumber(s.toks[j].norm)
		if !code && !capitalised(t) {
			break
		}
		if f, _ := x.idx.matcher.match(s.toks, j, cache); f != nil && !x.idx.products[s.toks[j].norm] {
			break
		}
		j++
	}
	if j == i+1 && strings.ToUpper(first.raw) == first.raw {
		return i
	}
	return j
}

// introducedProduct reports whether the words right before token i name
// what follows as a product (Cues.ProductIntros: "known as", "bernama")
// and a therapy word comes shortly before them ("The therapy, known as"),
// and returns that word.
func (x *Extractor) introducedProduct(s *sentence, i int, cache map[string][]string) (string, bool) {
	h, ok := x.idx.productIntros.hitEndingAt(s.toks, i, 4)
	if !ok {
		return "", false
	}
	return x.therapyWordIn(s, max(0, h.from-4), h.from, cache)
}

// appositiveProduct reports whether the name at tokens [i, to) stands in
// apposition to a therapy: a comma and an article after it, then a product
// noun or a therapy within three words and no word of a place ("Fistracel,
// a one-off injection of stem cells"). The name must stand inside the
// sentence after a lower-case word, so a place or a person opening a
// sentence is no product. It returns the product noun or therapy head
// found, if any.
func (x *Extractor) appositiveProduct(s *sentence, i, to int, cache map[string][]string) (string, bool) {
	if to >= len(s.toks) || !strings.Contains(s.gaps[to], ",") || capitalised(s.toks[i-1].raw) {
		return "", false
	}
	if !x.idx.productArticles.startsAt(s.toks, to, 1) {
		return "", false
	}
	// The noun the apposition is about comes within a few words, before
	// any word of a place: "Harbourview, a clinic that offers PRP" names a
	// clinic.
	end := min(len(s.toks), to+4)
	if _, ok := x.idx.siteWords.any(s.toks, to+1, end); ok {
		return "", false
	}
	return x.therapyWordIn(s, to+1, end, cache)
}

// therapyWordIn reports whether tokens [from, to) hold a product noun
// ("injection", "serum"), a therapy head ("therapy") or a therapy the
// lexicon knows, and returns the noun (empty for a known therapy).
func (x *Extractor) therapyWordIn(s *sentence, from, to int, cache map[string][]string) (string, bool) {
	for k := from; k < to; k++ {
		w := singularWord(s.toks[k].norm)
		if x.idx.products[w] || x.idx.termHeads[w] == kg.CategoryTherapy {
			return w, true
		}
		if f, _ := x.idx.matcher.match(s.toks, k, cache); f != nil && f.entry.Category == kg.CategoryTherapy {
			return "", true
		}
	}
	return "", false
}

// coined reports whether a word is a made-up name: a capital inside it
// ("FolliPure") or a digit.
func coined(w string) bool {
	for k, r := range w {
		if k > 0 && unicode.IsUpper(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
