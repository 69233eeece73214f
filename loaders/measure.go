package loaders

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/regenkg/regenkg/internal/kg"
)

// measureIndex holds the folded words of Cues.Measures.
type measureIndex struct {
	closing, qualifiers, connectors, times map[string]bool
	// coordinators join two scales that share a noun ("and", "dan").
	coordinators map[string]bool
	opening      map[string]string
}

func foldSet(ws []string) map[string]bool {
	out := map[string]bool{}
	for _, w := range ws {
		out[fold(w)] = true
	}
	return out
}

func newMeasureIndex(m Measures) measureIndex {
	mi := measureIndex{closing: foldSet(m.Closing), qualifiers: foldSet(m.Qualifiers), connectors: foldSet(m.Connectors), times: foldSet(m.Times),
		opening: map[string]string{}, coordinators: foldSet([]string{"and", "or", "dan", "atau"})}
	for k, v := range m.Opening {
		mi.opening[fold(k)] = v
	}
	return mi
}

// findMeasures names the outcome scales a sentence mentions that the
// lexicon may not know: trials measure with scales nobody can list in
// advance ("Vancouver Scar Scale", "skor IIEF-5", "modified Rankin Scale").
// A name the lexicon knows, whole or without its scale noun, is its entry;
// any other becomes a Biomarker of the document. An acronym in brackets
// right after the name ("(OSDI)") names it in later sentences too.
func (x *Extractor) findMeasures(a *analysis, s *sentence, es *entitySet, acronyms, defined map[string]*LexEntry) {
	mi := x.idx.measures
	toks := s.toks
	cache := map[string][]string{}
	for i, t := range toks {
		if e := acronyms[t.raw]; e != nil {
			es.note(a, s, e, i, i+1, false)
		}
	}
	for j := 0; j < len(toks); j++ {
		var from, to int
		var name string
		lead := j // where a closing word's name began, before its connecting words
		if en, ok := mi.opening[toks[j].norm]; ok && !shouting(toks) {
			// "skor IIEF-5", "tes Schirmer": capitalised words after the noun.
			k := j + 1
			for k < len(toks) && k-j <= 5 && attached(s, k) && (capitalised(toks[k].raw) || digitsAfterHyphen(s, k)) {
				k++
			}
			if k == j+1 {
				continue
			}
			// "derajat I (normal) sampai VI", "grade II": a level of a
			// scale, not a scale.
			if levels(toks[j+1 : k]) {
				continue
			}
			// "derajat CTS Ibu" is how severe the condition is, not a scale.
			if f, _ := x.idx.matcher.match(toks, j+1, cache); f != nil && f.entry.Category == kg.CategoryCondition {
				continue
			}
			if e := defined[toks[j+1].raw]; e != nil && e.Category == kg.CategoryCondition {
				continue
			}
			from, to = j, k
			name = spanText(a, s, j+1, k) + " " + en
			// "skor VASI (Vitiligo Area Scoring Index)": the spelt-out name
			// in brackets is the name.
			if e := x.bracketedName(s, k); e > k {
				name = spanText(a, s, k, e)
			}
		} else if mi.closing[toks[j].norm] && !shouting(toks) {
			// "National Institutes of Health Stroke Scale", "WOMAC score".
			i := j
		extend:
			for i > 0 && j-i < 7 && (attached(s, i) || apostrophed(s, i)) {
				p := toks[i-1]
				switch {
				case apostrophed(s, i):
					if !apostrophePrefix(s, i) {
						break extend
					}
					i--
				case mi.times[p.norm] && digitsAfterHyphen(s, i):
					i++ // "Day-7 REEDA scores": the time point is not the name
					break extend
				case x.namesTherapy(toks, i-1, cache, mi.connectors[toks[i].norm]):
					// "… Sel Punca Mesenkimal Tali Pusat (UC-MSC) terhadap
					// Skor MELD": a title's therapy is no part of a scale.
					break extend
				case capitalised(p.raw) || digitsAfterHyphen(s, i-1):
					i--
				case p.raw == "s" && i >= 2 && (s.gaps[i-1] == "'" || s.gaps[i-1] == "’") && capitalised(toks[i-2].raw) && !isAcronymWord(toks[i].raw):
					// "Crohn's Disease Activity Index"; before an acronym,
					// the owner is whose score it is ("Okafor-Brandt's
					// ALSFRS-R score").
					i -= 2
				case mi.connectors[p.norm] && i-1 > 0 && capitalised(toks[i-2].raw):
					i--
				case mi.qualifiers[p.norm]:
					i--
					break extend
				default:
					break extend
				}
			}
			lead = i
			for i < j && mi.connectors[toks[i].norm] {
				i++
			}
			// "ulcer index", "wound score": a condition the lexicon knows,
			// named with a closing word, is scored by it.
			if k := x.scoredCondition(s, j, cache); (i == j || !namesSomething(toks, i, j)) && k < j {
				if f, n := x.idx.matcher.match(toks, k, cache); f != nil && n > j-k {
					continue // the lexicon names it: "pain score"
				}
				scored := strings.ToLower(spanText(a, s, k, j)) + " " + singularWord(toks[j].norm)
				es.note(a, s, foundMeasure(scored, es), k, j+1, false)
				continue
			}
			if i == j || !namesSomething(toks, i, j) {
				continue
			}
			from, to = i, j+1
			// "REEDA scores" names the REEDA score.
			name = spanText(a, s, i, j+1)
			if last := toks[j].raw; singularWord(last) != last {
				name = strings.TrimSuffix(name, last) + singularWord(last)
			}
			// "Constant-Murley and ASES scores" are two scales sharing
			// their noun: the first is named with that noun.
			for k := i + 1; k+1 < j; k++ {
				if x.idx.measures.coordinators[toks[k].norm] && isAcronymWord(toks[k+1].raw) {
					first := spanText(a, s, i, k) + " " + singularWord(strings.ToLower(toks[j].raw))
					if e := x.measureEntry(toks, i, k, first, es, cache); e != nil {
						es.note(a, s, e, i, k, false)
					}
					from, name = k+1, spanText(a, s, k+1, j)+" "+singularWord(strings.ToLower(toks[j].raw))
					break
				}
			}
		} else {
			continue
		}
		// A longer lexicon name starting here wins ("T-Score Lumbal"), as
		// does one that opens with the connecting words dropped before it
		// ("Global Aesthetic Improvement Scale") or with words before the
		// capitalised run ("Knee injury and Osteoarthritis Outcome
		// Score").
		if x.lexiconSpans(toks, max(0, lead-maxScaleLead), from, to, cache) {
			continue
		}
		e := x.measureEntry(toks, from, to, name, es, cache)
		if e == nil {
			continue
		}
		es.note(a, s, e, from, to, false)
		// "(OSDI)" right after the name names it from then on.
		if to < len(toks) && strings.HasSuffix(strings.TrimSpace(s.gaps[to]), "(") && isAcronymWord(toks[to].raw) &&
			(to+1 == len(toks) || strings.HasPrefix(strings.TrimSpace(s.gaps[to+1]), ")")) {
			acronyms[toks[to].raw] = e
			es.note(a, s, e, to, to+1, false)
			to++
		}
		j = to - 1
	}
}

// lexiconSpans reports whether a lexicon name read instead of the span from
// from to to takes it in: one starting at from and reaching past to, or one
// starting between lo and from and reaching to.
func (x *Extractor) lexiconSpans(toks []token, lo, from, to int, cache map[string][]string) bool {
	for k := lo; k <= from; k++ {
		if f, n := x.idx.matcher.match(toks, k, cache); f != nil && (k+n > to || k < from && k+n == to) {
			return true
		}
	}
	return false
}

// namesTherapy reports whether a therapy the lexicon knows is named over
// toks[i], or a route when routes count ("Infusion on MELD Score": a route
// before a connecting word is what the title's study gave; "Oral Dryness
// Severity Score" opens with a word of the scale's own name).
func (x *Extractor) namesTherapy(toks []token, i int, cache map[string][]string, routes bool) bool {
	for k := max(0, i-5); k <= i; k++ {
		if f, n := x.idx.matcher.match(toks, k, cache); f != nil && k+n > i &&
			(f.entry.Category == kg.CategoryTherapy || routes && f.entry.Category == kg.CategoryRoute) {
			return true
		}
	}
	return false
}

// shouting reports whether a sentence is written in capitals only ("EFEK
// EKSOSOM … TERHADAP DISEASE ACTIVITY INDEX, KADAR TNF-α"; Greek letters
// keep their case): every word looks like a name there, so capitals name
// no scale.
func shouting(toks []token) bool {
	letters := 0
	for _, t := range toks {
		for _, r := range t.raw {
			if r >= 'a' && r <= 'z' {
				return false
			}
			if r >= 'A' && r <= 'Z' {
				letters++
			}
		}
	}
	return letters > 20
}

// bracketedName returns where a capitalised name ending in a closing scale
// noun ends when one stands in brackets right at token k, else k.
func (x *Extractor) bracketedName(s *sentence, k int) int {
	if k >= len(s.toks) || !strings.HasSuffix(strings.TrimSpace(s.gaps[k]), "(") || !capitalised(s.toks[k].raw) {
		return k
	}
	for e := k + 1; e < len(s.toks) && e-k <= 8; e++ {
		if !attached(s, e) {
			return k
		}
		if x.idx.measures.closing[s.toks[e].norm] {
			if e+1 == len(s.toks) || strings.HasPrefix(strings.TrimSpace(s.gaps[e+1]), ")") {
				return e + 1
			}
			return k
		}
	}
	return k
}

// measureEntry returns the lexicon entry of a scale name, or a new
// Biomarker for it; nil when the name is the lexicon's but not a measure.
// The lexicon is asked for the words as written, then for the English name
// the scale is given ("skor House-Brackmann" is "House-Brackmann score").
func (x *Extractor) measureEntry(toks []token, from, to int, name string, es *entitySet, cache map[string][]string) *LexEntry {
	// The lexicon decides first: the whole name, then the name without
	// its scale noun ("WOMAC" for "WOMAC score").
	for _, span := range [][2]int{{from, to}, {from, to - 1}, {from + 1, to}} {
		if span[0] >= span[1] {
			continue
		}
		if f, n := x.idx.matcher.match(toks[:span[1]], span[0], cache); f != nil && n == span[1]-span[0] {
			if f.entry.Category == kg.CategoryBiomarker {
				return f.entry
			}
			return nil
		}
	}
	// "skor House-Brackmann" is the lexicon's "House-Brackmann score":
	// the name the scale is given in English.
	if e := x.wholeName(name, cache); e != nil {
		if e.Category == kg.CategoryBiomarker {
			return e
		}
		return nil
	}
	return foundMeasure(name, es)
}

// foundMeasure returns the document's Biomarker entry for a measure the
// text names and the lexicon lacks, made once per name.
func foundMeasure(name string, es *entitySet) *LexEntry {
	e := &LexEntry{ID: "kg:biomarker/" + kg.Slug(name), Name: name, Category: kg.CategoryBiomarker}
	if d, ok := es.byID[e.ID]; ok {
		return d.entry
	}
	return e
}

// scoredCondition returns where a condition or harm named right before the
// closing word at token j starts, or j when none ends there.
func (x *Extractor) scoredCondition(s *sentence, j int, cache map[string][]string) int {
	if !attached(s, j) {
		return j
	}
	k, _ := x.nameEndingAt(s, j, 4, cache, func(e *LexEntry) bool {
		return e.Category == kg.CategoryCondition || e.Category == kg.CategorySideEffect
	})
	return k
}

func spanText(a *analysis, s *sentence, from, to int) string {
	return a.text[s.toks[from].start:s.toks[to-1].end]
}

// attached reports whether token i follows token i-1 with only a space or
// a hyphen between them.
func attached(s *sentence, i int) bool {
	return s.gaps[i] == " " || hyphen(s.gaps[i])
}

// apostrophed reports whether token i follows token i-1 across an
// apostrophe alone ("O'Leary").
func apostrophed(s *sentence, i int) bool {
	g := s.gaps[i]
	return g == "'" || g == "’"
}

// apostrophePrefix reports whether token i-1 is a capital prefix joined to
// token i by an apostrophe ("O" of "O'Leary"), part of one name.
func apostrophePrefix(s *sentence, i int) bool {
	if i == 0 || !apostrophed(s, i) {
		return false
	}
	p := s.toks[i-1].raw
	return capitalised(p) && len([]rune(p)) <= 2
}

// digitsAfterHyphen reports whether token i is a number glued to the word
// before by a hyphen ("IIEF-5").
func digitsAfterHyphen(s *sentence, i int) bool {
	return i > 0 && s.gaps[i] == "-" && isNumber(s.toks[i].raw)
}

// isNumber reports whether w is written in digits only ("46", "2025").
func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// capitalised reports whether w opens with a capital letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isAcronymPlural reports whether w is an acronym, or one with a plural
// "s" ("MSCs").
func isAcronymPlural(w string) bool { return isAcronymWord(strings.TrimSuffix(w, "s")) }

// isAcronymWord reports whether w is written as an acronym: two to eight
// letters and digits, at least two of them capitals and no more lower-case
// letters than capitals ("MSCs", "mMASI", "HbA1c", not "McMaster").
func isAcronymWord(w string) bool {
	if n := utf8.RuneCountInString(w); n < 2 || n > 8 {
		return false
	}
	upper, lower := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		case unicode.IsDigit(r):
			// "IIEF5", "CD34": digits belong to acronyms.
		default:
			return false
		}
	}
	// "McMaster", "DaTscan" are names written in camel case, not acronyms.
	return upper >= 2 && lower <= upper
}

// namesSomething reports whether toks[i:j] can be the name part of a
// scale: a capitalised word that is not merely the sentence's first word,
// or an acronym.
func namesSomething(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if isAcronymWord(toks[k].raw) || (capitalised(toks[k].raw) && k > 0) {
			return true
		}
	}
	return false
}

// maxScaleLead is how many words before a scale's capitalised run a
// lexicon name of it may start ("Knee injury and" before "Osteoarthritis
// Outcome Score").
const maxScaleLead = 4

// romanLevel matches a level of a scale written in Roman numerals, with a
// sub-grade letter ("II", "IIIA"); the matcher keeps capitals as written, so
// lower case is a word, not a level.
var romanLevel = regexp.MustCompile(`^(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[A-Ca-c]?$`)

// levels reports whether every word of a would-be scale name is a level
// ("derajat I", "grade II-III", "derajat IIIA"): levels of a scale, not a
// scale.
func levels(toks []token) bool {
	for _, t := range toks {
		if !romanLevel.MatchString(t.raw) {
			return false
		}
	}
	return len(toks) > 0
}
