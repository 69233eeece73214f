package loaders

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/regenkg/regenkg/internal/kg"
)

// mention is an entity found in a sentence: token indexes [from, to) of the
// sentence and the entity's document-level record.
type mention struct {
	ent      *docEntity
	from, to int
	// privative marks a name stating the entity's absence ("bebas sel").
	privative bool
	// subtype marks a name of a subtype recorded as its parent
	// ("intralesional" as injection).
	subtype bool
}

// docEntity is an entity as one document names it.
type docEntity struct {
	entry    *LexEntry
	mentions []kg.Mention
	surfaces []string
}

// entitySet is every entity of one document, with each sentence's mentions.
type entitySet struct {
	byID   map[string]*docEntity
	order  []*docEntity
	inSent map[*sentence][]mention
	// parents maps a subtype entry to the entry it is recorded as.
	parents map[*LexEntry]*LexEntry
	// refs holds, per sentence, the spans of names that refer back
	// ("terapi biologis ini"): see classReferences.
	refs map[*sentence][]hit
}

func (es *entitySet) get(e *LexEntry) *docEntity {
	if p := es.parents[e]; p != nil {
		e = p
	}
	if d, ok := es.byID[e.ID]; ok {
		return d
	}
	d := &docEntity{entry: e}
	es.byID[e.ID] = d
	es.order = append(es.order, d)
	return d
}

// note records a mention of e at tokens [from, to) of s, unless s is a
// duplicate, whose mentions belong to its first occurrence.
// A privative name ("bebas sel") is recorded as a mention of what it lacks.
func (es *entitySet) note(a *analysis, s *sentence, e *LexEntry, from, to int, privative bool) *docEntity {
	d := es.get(e)
	start, end := s.toks[from].start, s.toks[to-1].end
	for _, m := range es.inSent[s] {
		if from < m.to && m.from < to {
			return m.ent // overlaps a longer, earlier match
		}
	}
	es.inSent[s] = append(es.inSent[s], mention{ent: d, from: from, to: to, privative: privative, subtype: es.parents[e] != nil})
	if !s.dup {
		surface := a.text[start:end]
		d.mentions = append(d.mentions, kg.Mention{Start: start, End: end, Text: surface})
		if !containsFold(d.surfaces, surface) {
			d.surfaces = append(d.surfaces, surface)
		}
	}
	return d
}

// syncSurfaces sets d.surfaces to the distinct texts of its mentions, in
// text order, after mentions were moved or dropped.
func (d *docEntity) syncSurfaces() {
	sort.Slice(d.mentions, func(i, j int) bool { return d.mentions[i].Start < d.mentions[j].Start })
	var surfaces []string
	for _, m := range d.mentions {
		if !containsFold(surfaces, m.Text) {
			surfaces = append(surfaces, m.Text)
		}
	}
	d.surfaces = surfaces
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// definedAcronyms returns the acronyms a document defines by putting them
// in brackets right after a name ("lupus nephritis (LN)", "adipose-derived
// stem cells (ASCs)"), after a slash in one bracket ("(stress urinary
// incontinence/SUI)") or after ", or" ("cardiosphere-derived cells, or
// CDCs,"), with the entry each stands for. An
// acronym defined twice differently is left to the lexicon; one spelled out
// by words the lexicon does not know maps to nil: it means none of the
// lexicon's entries.
func (x *Extractor) definedAcronyms(a *analysis, cache map[string][]string) map[string]*LexEntry {
	defs := map[string]*LexEntry{}
	clash, masked := map[string]bool{}, map[string]bool{}
	for _, s := range a.sents {
		for k := 1; k < len(s.toks); k++ {
			acr := s.toks[k].raw
			if !isAcronymPlural(acr) {
				continue
			}
			// The name ends right before the bracket or a slash, or before
			// ", or".
			end := k
			switch {
			case (strings.HasSuffix(s.gaps[k], "(") || strings.TrimSpace(s.gaps[k]) == "/") &&
				(k+1 == len(s.toks) || strings.HasPrefix(s.gaps[k+1], ")")):
				// "(stress urinary incontinence/SUI)" puts the name and
				// its acronym in one bracket.
			case k >= 2 && x.idx.acronymOr[s.toks[k-1].norm] && strings.Contains(s.gaps[k-1], ",") &&
				(k+1 == len(s.toks) || strings.Contains(s.gaps[k+1], ",")):
				end = k - 1
			default:
				continue
			}
			var e *LexEntry
			notPerson := func(e *LexEntry) bool { return e.Category != kg.CategoryPerson }
			if j, f := x.nameEndingAt(s, end, 8, cache, notPerson); f != nil {
				// "Corticosteroid injection (CSI)": the route closing the
				// name is how the therapy before it is given; the acronym
				// stands for the therapy, as annotators name it.
				if f.Category == kg.CategoryRoute {
					isTherapy := func(e *LexEntry) bool { return e.Category == kg.CategoryTherapy }
					if i, t := x.nameEndingAt(s, j, 6, cache, isTherapy); t != nil && abbreviates(s, i, end, acr) {
						j, f = i, t
					}
				}
				// Without brackets the name must spell the acronym:
				// "corticosteroids, or IVIG," names two things.
				from, ok := x.spelledBy(s, end, acr)
				if end == k || ok && from == j || abbreviates(s, j, end, acr) {
					if x.idx.lacks[f] == nil {
						e = f
					}
					// A known word that spells less than the acronym ends a
					// name the lexicon lacks: "autologous fat cell injection
					// (AFCI)" is no plain injection.
					if end-j < utf8.RuneCountInString(strings.TrimSuffix(acr, "s")) {
						if t := x.newTerm(a, s, end, acr, cache); t != nil {
							e = t
						}
					}
				}
			}
			if e == nil {
				e = x.newTerm(a, s, end, acr, cache)
			}
			// "nyeri punggung bawah (NPB) kronis": the acronym stands for
			// the whole name, unless the text qualifies it otherwise
			// elsewhere ("NPB akut").
			if end == k {
				if g, from, _ := x.bridged(s, k, cache); g != nil && !x.otherwiseQualified(a, acr, s.toks[from:k], g, cache) {
					e = g
				}
			}
			if e == nil {
				// "Cell-assisted lipotransfer (CAL)": the document spells out
				// an acronym the lexicon gives another meaning (clinical
				// attachment level); that meaning is not this document's.
				if from, ok := x.spelledBy(s, end, acr); ok && end == k && end-from >= 2 && !x.namesStartWith(s, k, s.toks[from].norm, cache) {
					masked[acr] = true
				}
				continue
			}
			// "ASCs" defined, "ASC-derived" used: both numbers are meant.
			for _, form := range []string{acr, strings.TrimSuffix(acr, "s"), strings.TrimSuffix(acr, "s") + "s"} {
				if old, ok := defs[form]; ok && old != e {
					clash[form] = true
				}
				defs[form] = e
			}
		}
	}
	for acr := range clash {
		delete(defs, acr)
	}
	for acr := range masked {
		if _, ok := defs[acr]; !ok {
			defs[acr] = nil
		}
	}
	return defs
}

// namesStartWith reports whether the lexicon entry the acronym at token k
// stands for has a name opening with the word w: "Bone Marow Aspirate
// Concentrate (BMAC)" spells, typo and all, the lexicon's BMAC; "Cell-
// assisted lipotransfer (CAL)" spells another CAL than "clinical attachment
// level". It reports true when the lexicon does not know the acronym.
func (x *Extractor) namesStartWith(s *sentence, k int, w string, cache map[string][]string) bool {
	f, _ := x.idx.matcher.match(s.toks[:k+1], k, cache)
	if f == nil {
		return true
	}
	for _, n := range f.entry.Aliases() {
		if ws := words(n); len(ws) > 1 && ws[0] == w {
			return true
		}
	}
	return false
}

// newTerm returns an entity for a term the lexicon lacks that the text
// defines with its acronym ("cultivated limbal epithelial transplantation
// (CLET)"): the words before the brackets whose initials spell the acronym,
// when their last word is one that names a therapy or a condition
// (Cues.TermHeads). It returns nil when no such words are found, or when
// the lexicon knows some of them (a known name is not a new term).
func (x *Extractor) newTerm(a *analysis, s *sentence, k int, acronym string, cache map[string][]string) *LexEntry {
	// The last word gives the category: a head noun of therapies or
	// conditions ("grafting", "syndrome"), or a therapy or condition the
	// lexicon knows, which the words before it narrow ("radiation-induced
	// xerostomia (RIX)").
	cat, ok := x.idx.termHeads[singularWord(s.toks[k-1].norm)]
	if f, n := x.idx.matcher.match(s.toks[:k], k-1, cache); !ok && f != nil && n == 1 &&
		(f.entry.Category == kg.CategoryTherapy || f.entry.Category == kg.CategoryCondition) {
		cat, ok = f.entry.Category, true
	}
	if !ok {
		return nil
	}
	from, ok := x.spelledBy(s, k, acronym)
	if !ok || k-from < 2 {
		return nil
	}
	// A name of several words the lexicon knows is not part of a new term
	// ("platelet-rich plasma injection"); single known words may be.
	for t := from; t < k; t++ {
		if f, n := x.idx.matcher.match(s.toks[:k], t, cache); f != nil && n > 1 {
			return nil
		}
	}
	// "O'Leary-Sant …": a prefix joined by an apostrophe is part of the
	// first word.
	if apostrophePrefix(s, from) {
		from--
	}
	name := strings.ToLower(a.text[s.toks[from].start:s.toks[k-1].end])
	return &LexEntry{ID: "kg:term/" + kg.Slug(name), Name: name, Category: cat,
		Names: map[string][]string{"en": {name}}}
}

// nameEndingAt returns the lexicon entry, and where its name starts, of
// the longest name within reach tokens that ends right before token end
// and that ok accepts, or a nil entry when none does.
func (x *Extractor) nameEndingAt(s *sentence, end, reach int, cache map[string][]string, ok func(*LexEntry) bool) (int, *LexEntry) {
	for j := max(0, end-reach); j < end; j++ {
		if f, n := x.idx.matcher.match(s.toks[:end], j, cache); f != nil && j+n == end && ok(f.entry) {
			return j, f.entry
		}
	}
	return end, nil
}

// abbreviates reports whether the letters of acronym occur, in order, in
// the words from token from up to token to, its first letter opening the
// first word and its last found in the last word: "osteochondritis
// dissecans, or OCD," takes a letter from inside a word, as acronyms of
// compound words do.
func abbreviates(s *sentence, from, to int, acronym string) bool {
	acr := []rune(strings.ToLower(strings.TrimSuffix(acronym, "s")))
	if len(acr) < 2 || from >= to {
		return false
	}
	var words [][]rune
	for _, t := range s.toks[from:to] {
		words = append(words, []rune(t.norm))
	}
	if words[0][0] != acr[0] {
		return false
	}
	// Walk the letters back to front, each found before the last one was.
	w, c := len(words)-1, len(words[len(words)-1])
	for i := len(acr) - 1; i >= 1; i-- {
		found := false
		for !found && w >= 0 {
			for c--; c >= 0; c-- {
				if words[w][c] == acr[i] && (w > 0 || c > 0) {
					found = true
					break
				}
			}
			if !found {
				w--
				if w >= 0 {
					c = len(words[w])
				}
			}
		}
		if !found {
			return false
		}
		// The last letter comes from the last word.
		if i == len(acr)-1 && w != len(words)-1 {
			return false
		}
	}
	return true
}

// spelledBy returns where the words ending before token k start whose
// initials spell acronym, walking back from its last letter: small words
// ("of", "and") give no letter, and the words may not cross punctuation.
// It reports false when no such words are found.
func (x *Extractor) spelledBy(s *sentence, k int, acronym string) (int, bool) {
	acr := []rune(strings.ToLower(strings.TrimSuffix(acronym, "s")))
	i, j := len(acr)-1, k-1
	for i >= 0 && j >= 0 {
		w := s.toks[j].norm
		skip := x.idx.termSkip[w] && j < k-1
		if !skip {
			if r, _ := utf8.DecodeRuneInString(w); r != acr[i] {
				return 0, false
			}
			i--
		}
		if i >= 0 && strings.ContainsAny(s.gaps[j], ".,;:()") {
			return 0, false
		}
		j--
	}
	if i >= 0 {
		return 0, false
	}
	return j + 1, true
}

// list returns the document's entities with their mentions in text order.
func (es *entitySet) list() []kg.Entity {
	var out []kg.Entity
	for _, d := range es.order {
		if len(d.mentions) == 0 {
			continue
		}
		sort.Slice(d.mentions, func(i, j int) bool { return d.mentions[i].Start < d.mentions[j].Start })
		aliases := append([]string{}, d.entry.Aliases()[1:]...)
		for _, s := range d.surfaces {
			if !strings.EqualFold(s, d.entry.Name) && !containsFold(aliases, s) {
				aliases = append(aliases, s)
			}
		}
		out = append(out, kg.Entity{
			ID: d.entry.ID, Name: d.entry.Name, Category: d.entry.Category,
			Aliases: aliases, XRefs: d.entry.XRefs, Mentions: d.mentions,
		})
	}
	return out
}

// entities finds every lexicon entry, person and organization the
// document's sentences name.
func (x *Extractor) entities(a *analysis) *entitySet {
	es := &entitySet{byID: map[string]*docEntity{}, inSent: map[*sentence][]mention{}, parents: x.idx.parents, refs: map[*sentence][]hit{}}
	cache := map[string][]string{}
	// People first: their names are capitalised spans that the lexicon must
	// not cut into.
	people := x.findAllPeople(a, es)
	// Scales next: "Vancouver Scar Scale" is one measure, not a scar.
	defined := x.definedAcronyms(a, cache)
	x.findAllMeasures(a, es, defined)
	terms := x.documentTerms(a, cache, defined, people)
	for _, s := range a.sents {
		x.scanSentence(a, s, es, defined, terms, cache)
		x.noteForms(a, s, es)
		x.noteInto(a, s, es)
	}
	x.conditionHeads(a, es, cache)
	// Organisation patterns last: the lexicon's longer names win.
	x.findAllOrganizations(a, es)
	x.classReferences(a, es)
	x.kindReferences(a, es)
	x.armReferences(a, es)
	x.cellClassReferences(a, es)
	return es
}

// kindReferences records the mentions of a broader entry ("luka", "laser")
// as mentions of the kind of it the document is about (mainKind: "ulkus
// kaki diabetik", "laser tattoo removal"); with no kind named twice and
// twice as often as any other, it leaves them, as it does in a study of
// laboratory animals. A mention that is no bare reference to the kind
// (bareKind) stays the broader entry.
func (x *Extractor) kindReferences(a *analysis, es *entitySet) {
	if x.animalStudy(a) {
		return
	}
	// Counted before anything moves, so that the order of the entries
	// does not matter.
	kinds := map[string][]*docEntity{}
	var broads []string
	for _, d := range es.order {
		if k := d.entry.KindOf; k != "" && len(d.mentions) > 0 {
			if kinds[k] == nil {
				broads = append(broads, k)
			}
			kinds[k] = append(kinds[k], d)
		}
	}
	type move struct {
		broad, kind *docEntity
	}
	var moves []move
	for _, k := range broads {
		if broad := es.byID[k]; broad != nil {
			if kind := mainKind(kinds[k]); kind != nil {
				moves = append(moves, move{broad, kind})
			}
		}
	}
	for _, mv := range moves {
		es.moveMentions(a, mv.broad, mv.kind, x.bareKind)
	}
}

// mainKind returns the kind named at least twice and at least twice as
// often as any other (a laser clinic's menu names "Laser Hair Removal"
// once on a page about laser tattoo removal), or nil.
func mainKind(kinds []*docEntity) *docEntity {
	var best *docEntity
	next := 0
	for _, d := range kinds {
		switch n := len(d.mentions); {
		case best == nil || n > len(best.mentions):
			if best != nil {
				next = len(best.mentions)
			}
			best = d
		case n > next:
			next = n
		}
	}
	if best == nil || len(best.mentions) < 2 || len(best.mentions) < 2*next {
		return nil
	}
	return best
}

// moveMentions records the mentions of broad that pick accepts as
// mentions of kind instead, in the sentences and in the document's list.
// It returns nothing.
func (es *entitySet) moveMentions(a *analysis, broad, kind *docEntity, pick func(*sentence, mention) bool) {
	moved := map[int]bool{}
	for _, s := range a.sents {
		for i, m := range es.inSent[s] {
			if m.ent != broad || !pick(s, m) {
				continue
			}
			es.inSent[s][i].ent = kind
			es.inSent[s][i].subtype = es.parents[kind.entry] != nil
			if !s.dup {
				moved[s.toks[m.from].start] = true
			}
		}
	}
	var kept []kg.Mention
	for _, m := range broad.mentions {
		if moved[m.Start] {
			kind.mentions = append(kind.mentions, m)
		} else {
			kept = append(kept, m)
		}
	}
	broad.mentions = kept
	broad.syncSurfaces()
	kind.syncSurfaces()
}

// cellClassReferences records the mentions of a class of cell therapy
// (tagged "kind" and "cell": "cell products", "produk berbasis sel") as
// mentions of the one cell therapy the document is about, named at least
// three times and twice as often as the class: a news story about a stem
// cell clinic calls its injections "unregulated cell products". A mention
// naming the class itself ("cell therapy", "approved cell therapies such
// as CAR-T") stays the class. It returns nothing.
func (x *Extractor) cellClassReferences(a *analysis, es *entitySet) {
	isCell := func(e *LexEntry) bool { return e.Category == kg.CategoryTherapy && e.hasTag("cell") }
	main := mostNamed(a, es, func(e *LexEntry) bool { return isCell(e) && !e.hasTag("kind") })
	if main == nil {
		return
	}
	// Counted before anything moves, so that the order of the classes
	// does not matter.
	n := len(main.mentions)
	if n < 3 {
		return
	}
	byName := func(s *sentence, m mention) bool {
		return !bareName(m.ent.entry, s.toks[m.from:m.to])
	}
	for _, class := range es.order {
		if isCell(class.entry) && class.entry.hasTag("kind") && len(class.mentions) > 0 && 2*len(class.mentions) <= n {
			es.moveMentions(a, class, main, byName)
		}
	}
}

// armReferences records a product named as a trial arm ("4 MSC
// recipients", "the MSC group", "kelompok MSC") as a mention of the one
// kind of it the document names at least twice ("umbilical cord
// mesenchymal stem cell", whose name qualifies the arm's): the arm is the
// kind the trial gave, shortened. With two kinds named, or none, the
// mentions stay. Only cells and their products (tags "cell",
// "cell-product", "product") name arms so: "the corticosteroid group of
// medicines" is a class of drugs. It returns nothing.
func (x *Extractor) armReferences(a *analysis, es *entitySet) {
	type move struct{ broad, kind *docEntity }
	var moves []move
	for _, broad := range es.order {
		e := broad.entry
		if e.Category != kg.CategoryTherapy || len(broad.mentions) == 0 || !(e.hasTag("cell") || e.hasTag("cell-product") || e.hasTag("product")) {
			continue
		}
		// A kind is named by the broad name qualified: "umbilical cord
		// mesenchymal stem cell" of "mesenchymal stem cell".
		var kinds []*docEntity
		for _, d := range es.order {
			if d.entry.Category == kg.CategoryTherapy && len(d.mentions) >= 2 && narrows(d.entry.Name, e.Name) {
				kinds = append(kinds, d)
			}
		}
		if len(kinds) == 1 {
			moves = append(moves, move{broad, kinds[0]})
		}
	}
	// Moved after all are chosen, so that the order of the entities does
	// not matter.
	for _, mv := range moves {
		es.moveMentions(a, mv.broad, mv.kind, x.armMention)
	}
}

// armMention reports whether mention m names a trial's arm: an arm noun
// right after it in English ("the HA group", not "the corticosteroid group
// of medicines") or right before it in Indonesian ("kelompok PRP").
func (x *Extractor) armMention(s *sentence, m mention) bool {
	after := m.to < len(s.toks) && s.gaps[m.to] == " " && x.idx.armAfter[s.toks[m.to].norm] &&
		!(m.to+1 < len(s.toks) && x.idx.armNotBefore[s.toks[m.to+1].norm])
	before := m.from > 0 && s.gaps[m.from] == " " && x.idx.armBefore[s.toks[m.from-1].norm]
	return after || before
}

// trialArm is a therapy a document names as a trial's arm, first so in
// sentence sent.
type trialArm struct {
	ent  *docEntity
	sent int
}

// trialArms returns the therapies a document names as a trial's arms, in
// the order first named: those a sentence names as arms two or more
// together ("the UC-MSC group … the HA group", "kelompok PRP dan kelompok
// kortikosteroid"); one named so alone ("termasuk kelompok
// kortikosteroid", "the corticosteroid group of medicines") may be a class
// of drugs. It returns nil when no sentence names two. What a trial saw
// "in both groups" is said of each arm named before.
func (x *Extractor) trialArms(a *analysis, es *entitySet) []trialArm {
	var arms []trialArm
	for si, s := range a.sents {
		if s.dup {
			continue
		}
		var here []*docEntity
		for _, m := range es.inSent[s] {
			if m.ent.entry.Category == kg.CategoryTherapy && !slices.Contains(here, m.ent) && x.armMention(s, m) {
				here = append(here, m.ent)
			}
		}
		if len(here) < 2 {
			continue
		}
		for _, e := range here {
			if !slices.ContainsFunc(arms, func(t trialArm) bool { return t.ent == e }) {
				arms = append(arms, trialArm{ent: e, sent: si})
			}
		}
	}
	return arms
}

// animalStudy reports whether the document speaks of laboratory animals
// at least three times (Cues.Animals): its wounds and arthritis are the
// model's.
func (x *Extractor) animalStudy(a *analysis) bool {
	n := 0
	for _, s := range a.sents {
		for _, t := range s.toks {
			if x.idx.animals[t.norm] {
				n++
			}
		}
	}
	return n >= 3
}

// bareKind reports whether mention m of a broader condition may stand for
// the kind a document is about: not among harms, nor after a verb of harm
// ("berisiko menimbulkan luka dan memar"), nor qualified by a word of
// another kind before it ("acute low back pain", Cues.OtherKinds) or a
// cause after it ("arthritis caused by an overactive immune system").
func (x *Extractor) bareKind(s *sentence, m mention) bool {
	// Only the broader entry's own head name ("luka", "wound", "scars"),
	// not a kind the lexicon records under it ("luka operasi", "burn
	// scar").
	if !bareName(m.ent.entry, s.toks[m.from:m.to]) {
		return false
	}
	if x.amongHarms(s, m.from, m.to) || x.idx.harmVerbs.endsAt(s.toks, m.from, 3) {
		return false
	}
	if m.from > 0 && x.idx.otherKinds[s.toks[m.from-1].norm] {
		return false
	}
	// "arthritis in the hands" names where it is.
	if m.to < len(s.toks) && x.idx.symptomLinks[s.toks[m.to].norm] {
		for k := m.to + 1; k < min(m.to+4, len(s.toks)); k++ {
			if _, ok := x.idx.bodySite[strings.TrimSuffix(s.toks[k].norm, "s")]; ok {
				return false
			}
		}
	}
	return !x.idx.causedBy.startsAt(s.toks, m.to, 2)
}

// bareName reports whether toks spell e's name or the first alias of one
// of its languages, a plural or "-nya" aside: the head word a text says
// the condition with ("luka", "wound", "artritis").
func bareName(e *LexEntry, toks []token) bool {
	heads := []string{e.Name}
	for _, names := range e.Names {
		if len(names) > 0 {
			heads = append(heads, names[0])
		}
	}
	var words []string
	for _, t := range toks {
		words = append(words, strings.TrimSuffix(t.norm, "nya"))
	}
	said := strings.Join(words, " ")
	return slices.ContainsFunc(heads, func(h string) bool {
		h = fold(h)
		return said == h || said == h+"s" || said == h+"es" || strings.HasSuffix(h, "y") && said == h[:len(h)-1]+"ies"
	})
}

// findAllPeople returns the people the document's sentences name, by
// name, having noted them in es.
func (x *Extractor) findAllPeople(a *analysis, es *entitySet) map[string]*LexEntry {
	people := &namedPeople{byKey: map[string]*LexEntry{}, last: map[string]int{}}
	for _, s := range a.sents {
		x.findPeople(a, s, es, people)
	}
	return people.byKey
}

// namedPeople are the people a document names, by folded name, with the
// order in which each was last named.
type namedPeople struct {
	byKey map[string]*LexEntry
	last  map[string]int
	clock int
}

// findAllMeasures notes in es the measures the document's sentences name;
// it returns nothing.
func (x *Extractor) findAllMeasures(a *analysis, es *entitySet, defined map[string]*LexEntry) {
	acronyms := map[string]*LexEntry{}
	for _, s := range a.sents {
		x.findMeasures(a, s, es, acronyms, defined)
	}
}

// documentTerms returns the terms the lexicon lacks that the document
// defines or names again and again, longest first.
func (x *Extractor) documentTerms(a *analysis, cache map[string][]string, defined, people map[string]*LexEntry) []term {
	// Terms the text defines and the lexicon lacks are named by their
	// words too, not only by their acronym.
	var terms []term
	for _, e := range defined {
		if e != nil && strings.HasPrefix(e.ID, "kg:term/") && !slices.ContainsFunc(terms, func(t term) bool { return t.entry == e }) {
			terms = append(terms, term{entry: e, words: words(e.Name)})
		}
	}
	terms = append(terms, x.discoveredConditions(a, cache)...)
	terms = append(terms, x.discoveredProducts(a, cache, people)...)
	// Longest first, so that a term inside another is not read first; the
	// order must not depend on map iteration.
	slices.SortFunc(terms, func(a, b term) int {
		if d := len(b.entry.Name) - len(a.entry.Name); d != 0 {
			return d
		}
		return strings.Compare(a.entry.Name, b.entry.Name)
	})
	return terms
}

// phraseEnds are the marks that end a phrase: a clause's and a list
// item's.
const phraseEnds = ",;:.()"

// listEnds are the marks that end a list: a phrase's but the comma.
const listEnds = ";:.()"

// bareCells returns the live-cell entry when token i is the bare word for
// cells that a denied verb of containing names at the end of its phrase or
// before "or" ("Sekretom tidak mengandung sel, jadi tidak ada risiko
// penolakan", "do not contain cells or DNA"; Cues.BareCells), nil
// otherwise: "mengandung sel punca" names stem cells, and "media kultur
// yang mengandung sel" says what the medium holds.
func (x *Extractor) bareCells(s *sentence, i int) *LexEntry {
	if !x.idx.bareCells.endsAt(s.toks, i+1, 5) {
		return nil
	}
	if i+1 < len(s.toks) && !strings.ContainsAny(s.gaps[i+1], phraseEnds) && !x.idx.disjunctions[s.toks[i+1].norm] {
		return nil
	}
	return x.idx.liveCells
}

// scanSentence notes in es what s names, reading its tokens left to right:
// defined acronyms, paraphrase frames and defined terms before the
// lexicon's names, so that a reading taken keeps its tokens. It returns
// nothing.
func (x *Extractor) scanSentence(a *analysis, s *sentence, es *entitySet, defined map[string]*LexEntry, terms []term, cache map[string][]string) {
	heads := map[int]framed{}
	for i := 0; i < len(s.toks); {
		if j, ok := x.scanDefined(a, s, es, defined, i); ok {
			i = j
			continue
		}
		if j, ok := x.scanFrame(a, s, es, heads, i, cache); ok {
			i = j
			continue
		}
		if e, n := termAt(s, i, terms); e != nil {
			es.note(a, s, e, i, i+n, false)
			i += n
			continue
		}
		f, n := x.idx.matcher.match(s.toks, i, cache)
		if f == nil {
			if live := x.bareCells(s, i); live != nil {
				es.note(a, s, live, i, i+1, false)
			}
			i++
			continue
		}
		if g, from, to := x.bridged(s, i+n, cache); g != nil && from == i {
			es.note(a, s, g, i, to, false)
			i = to
			continue
		}
		i = x.scanMatch(a, s, es, f.entry, i, n, cache)
	}
}

// bridged returns the lexicon's name that the bracketed acronym at token k
// interrupts, and the tokens it spans, from its first word to the token
// after its last: Indonesian puts the acronym right after the head noun
// and the words that qualify it after the bracket ("osteoartritis (OA)
// lutut", "nyeri punggung bawah (NPB) kronis"). It returns nil when the
// sentence is not Indonesian (an English phrase after the bracket, "(OA) of
// the knee and hip", qualifies by a preposition and may name more than one
// thing), when no name of the same category runs on past the bracket, or
// when another site is joined to the name's ("osteoartritis (OA) lutut dan
// panggul").
func (x *Extractor) bridged(s *sentence, k int, cache map[string][]string) (e *LexEntry, from, to int) {
	if s.lang != "id" || k+1 >= len(s.toks) || !strings.HasSuffix(s.gaps[k], "(") ||
		strings.TrimSpace(s.gaps[k+1]) != ")" || !isAcronymPlural(s.toks[k].raw) {
		return nil, 0, 0
	}
	// The first name ending at the bracket is the longest; the acronym
	// abbreviates it, so a shorter one inside it is not asked.
	for from = max(0, k-6); from < k; from++ {
		f, n := x.idx.matcher.match(s.toks[:k], from, cache)
		if f == nil || from+n != k {
			continue
		}
		g, m := x.idx.matcher.match(joinedAcross(s.toks[from:k], s.toks[k+1:]), 0, cache)
		if g == nil || m <= k-from || g.entry == f.entry || g.entry.Category != f.entry.Category {
			return nil, 0, 0
		}
		to = k + 1 + m - (k - from)
		// "osteoartritis (OA) lutut dan panggul": the acronym is of
		// both sites' condition.
		if c, ok := x.idx.coordination.hitAt(s.toks, to, 2); ok {
			if _, site := x.idx.bodySites.hitAt(s.toks, c.to, 3); site {
				return nil, 0, 0
			}
		}
		return g.entry, from, to
	}
	return nil, 0, 0
}

// otherwiseQualified reports whether the document writes the acronym acr
// elsewhere with words after it that make another of the lexicon's names
// with the words it abbreviates, base ("TB paru" after "tuberkulosis (TB)
// laten", "DM tipe 1" after "diabetes melitus (DM) tipe 2"), or with a word
// of another kind ("NPB akut" after "nyeri punggung bawah (NPB) kronis"):
// the acronym then stands for those words alone, not for the name
// qualified where it was defined (whole).
func (x *Extractor) otherwiseQualified(a *analysis, acr string, base []token, whole *LexEntry, cache map[string][]string) bool {
	for _, s := range a.sents {
		for i, t := range s.toks {
			if t.raw != acr || i+1 >= len(s.toks) || strings.TrimSpace(s.gaps[i+1]) != "" {
				continue
			}
			// "NPB akut": a word of another kind (Cues.OtherKinds).
			if x.idx.otherKinds[s.toks[i+1].norm] {
				return true
			}
			if g, m := x.idx.matcher.match(joinedAcross(base, s.toks[i+1:]), 0, cache); g != nil && m > len(base) && g.entry != whole {
				return true
			}
		}
	}
	return false
}

// joinedAcross returns the tokens of before followed by those of after, as
// if nothing stood between them (an acronym's bracket, the acronym
// itself), for the matcher only: the first token of after loses its mark
// of punctuation and its gap. The slices given are not changed.
func joinedAcross(before, after []token) []token {
	toks := append(append([]token{}, before...), after...)
	toks[len(before)].punct = false
	toks[len(before)].start = toks[len(before)-1].end + 1
	return toks
}

// scanDefined notes what the acronym at token i was defined as, and
// returns the token after what it names (after the acronym alone when its
// definition has no entry); false when the document defines no such
// acronym.
func (x *Extractor) scanDefined(a *analysis, s *sentence, es *entitySet, defined map[string]*LexEntry, i int) (int, bool) {
	// An acronym the document defines means what it was defined as
	// ("Insufisiensi Ovarium Prematur (IOP)"), whatever the lexicon
	// says IOP is.
	e, ok := defined[s.toks[i].raw]
	if !ok {
		return 0, false
	}
	to := i + 1
	// "DPSC-Exo" after "Dental pulp stem cell (DPSC)", as the lexicon's
	// own acronyms do.
	if p := x.productOfCells(s, e, to); p != nil {
		es.note(a, s, p, i, to+1, false)
		return to + 1, true
	}
	if e != nil {
		from := i
		if sited, f, t := x.sitedCondition(s, e, i, i+1); sited != nil {
			e, from, to = sited, f, t
		}
		es.note(a, s, e, from, to, false)
	}
	return to, true
}

// scanFrame notes the paraphrase frame read at token i and returns the
// token after it; false when none is noted there. A frame with names
// between its verb and its noun is left in heads, to be noted when reading
// reaches its noun.
func (x *Extractor) scanFrame(a *analysis, s *sentence, es *entitySet, heads map[int]framed, i int, cache map[string][]string) (int, bool) {
	// "regrow the retina", "berubah menjadi sel kulit": a paraphrase
	// frame longer than the name the lexicon reads at the verb. When
	// names stand between its verb and its noun ("carry proteins and
	// microRNAs from cell to cell"), the frame is named by its noun
	// alone and the names between are read as well.
	if p, ok := heads[i]; ok {
		es.note(a, s, p.entry, i, p.to, false)
		return p.to, true
	}
	if e, n, h := x.frameAt(s, i, cache); e != nil {
		if f, k := x.idx.matcher.match(s.toks, i, cache); f == nil || k < n {
			if x.namedIn(s.toks, i+1, h.from, cache, func(*LexEntry) bool { return true }) {
				heads[h.from] = framed{entry: e, to: h.to}
			} else {
				es.note(a, s, e, i, i+n, false)
				return i + n, true
			}
		}
	}
	return 0, false
}

// scanMatch notes what the lexicon's entry e, matched on the n tokens at
// i, names there (maybe nothing, maybe another entry), and returns the
// token where reading goes on.
func (x *Extractor) scanMatch(a *analysis, s *sentence, es *entitySet, e *LexEntry, i, n int, cache map[string][]string) int {
	if j, ok := x.scanJoined(a, s, es, e, i, n, cache); ok {
		return j
	}
	// "Liver Regeneration Letters", "Journal of Ocular
	// Regeneration": a word of a journal's title names nothing.
	if x.inVenue(s, i, i+n) {
		return i + n
	}
	if ps, ok := x.idx.notFollowed[e]; ok {
		if ps.startsAt(s.toks, i+n, 1) {
			return i + n
		}
	}
	// "act mainly as vasodilators": the class names how they work.
	if mech := x.idx.byID[e.ActsAs]; mech != nil && x.actsAsBefore(s, i) {
		es.note(a, s, mech, i, i+n, false)
		return i + n
	}
	// "More energy and less fatigue", "mengurangi rasa lelah": a harm said
	// to ease is the condition a therapy treats.
	if cond := x.idx.byID[e.TreatedAs]; cond != nil && x.easedBefore(s, i) {
		es.note(a, s, cond, i, i+n, false)
		return i + n
	}
	// "No signs of eye irritation or inflammation were seen": among harms,
	// inflammation is an inflammatory reaction; "can cause cancer" names
	// tumour formation.
	if harm := x.idx.byID[e.HarmAs]; harm != nil && (x.amongHarms(s, i, i+n) || x.idx.harmLeads.endsAt(s.toks, i, 3) || x.ledConjunct(s, i) || x.listedWithHarm(s, i+n, cache)) {
		es.note(a, s, harm, i, i+n, false)
		return i + n
	}
	// "Insulin and C-peptide levels rose": among words of measuring, a
	// drug's name is its level.
	if level := x.idx.byID[e.MeasuredAs]; level != nil && x.amongMeasures(s, i, i+n) {
		es.note(a, s, level, i, i+n, false)
		return i + n
	}
	x.scanElided(a, s, es, e, i, n, cache)
	if sited, from, to := x.sitedCondition(s, e, i, i+n); sited != nil {
		es.note(a, s, sited, from, to, false)
		return to
	}
	if absent := x.idx.lacks[e]; absent != nil {
		es.note(a, s, absent, i, i+n, true)
	} else {
		es.note(a, s, e, i, i+n, false)
	}
	return i + n
}

// productOfCells returns the product named by cells e joined by a hyphen,
// at token at, to a product's short form ("MSC-Exo", "UC-MSC-S", "DPSC-Exo"
// after "Dental pulp stem cell (DPSC)"): the product the cells make; nil
// when e is no cell or no such form follows.
func (x *Extractor) productOfCells(s *sentence, e *LexEntry, at int) *LexEntry {
	if e == nil || !e.hasTag("cell") || at >= len(s.toks) || s.gaps[at] != "-" || at+1 < len(s.toks) && s.gaps[at+1] == "-" {
		return nil
	}
	return x.idx.productSuffix[s.toks[at].raw]
}

// scanJoined reads the lexicon's entry e, matched on the n tokens at i, as
// part of a longer name joined to it, and returns the token where reading
// goes on; false when no longer name takes it in.
func (x *Extractor) scanJoined(a *analysis, s *sentence, es *entitySet, e *LexEntry, i, n int, cache map[string][]string) (int, bool) {
	m := x.idx.matcher
	if p := x.productOfCells(s, e, i+n); p != nil {
		es.note(a, s, p, i, i+n+1, false)
		return i + n + 1, true
	}
	// "terapi sel punca mesenkimal tali pusar": a longer name that
	// starts inside this one and runs past it is the one meant.
	if j := x.longerInside(s, e, i, n, cache); j > i {
		return j, true
	}
	// "operasi rekonstruksi ACL", "ACL reconstruction surgery": a
	// head word joined to a procedure's name is part of it.
	if e.hasTag("head") && i+n < len(s.toks) && strings.TrimSpace(s.gaps[i+n]) == "" {
		if g, _ := m.match(s.toks, i+n, cache); g != nil && g.entry.Category == kg.CategoryTherapy && g.entry.hasTag("procedure") {
			return i + n, true
		}
	}
	if e.Category == kg.CategoryTherapy && e.hasTag("procedure") && i+n < len(s.toks) && strings.TrimSpace(s.gaps[i+n]) == "" {
		if g, k := m.match(s.toks, i+n, cache); g != nil && g.entry.hasTag("head") {
			es.note(a, s, e, i, i+n+k, false)
			return i + n + k, true
		}
	}
	return 0, false
}

// scanElided notes the name a coordination leaves half-said beside the
// entry e matched on the n tokens at i: "liver or kidney toxicity" names
// liver toxicity too, "toksisitas hati dan ginjal" kidney toxicity. The
// joined word must name no entry of its own ("nefropati diabetik dan
// hipertensi" names hypertension) and make, with the rest of e's name, an
// entry of e's category; it notes nothing otherwise.
func (x *Extractor) scanElided(a *analysis, s *sentence, es *entitySet, e *LexEntry, i, n int, cache map[string][]string) {
	if n < 2 {
		return
	}
	// joinsAt reports whether a word of Cues.SharedJoins stands alone at
	// token k, with no punctuation on either side.
	joinsAt := func(k int) bool {
		h, ok := x.idx.sharedJoins.hitAt(s.toks, k, 1)
		return ok && h.to == k+1 && !s.toks[k].punct && !s.toks[k+1].punct
	}
	try := func(name []token, at int) bool {
		if f, _ := x.idx.matcher.match(s.toks, at, cache); f != nil {
			return false
		}
		// The matcher keeps words of one name a space apart; these were
		// written apart, so they are set side by side.
		for k := 1; k < len(name); k++ {
			name[k].start = name[k-1].end + 1
			name[k].end = name[k].start + len(name[k].raw)
		}
		if g, k := x.idx.matcher.match(name, 0, cache); g != nil && k == len(name) && g.entry != e && g.entry.Category == e.Category {
			es.note(a, s, g.entry, at, at+1, false)
			return true
		}
		return false
	}
	// English shares the head after ("liver or kidney toxicity") and a
	// single word before ("liver injury or failure"); Indonesian the head
	// before ("toksisitas hati dan ginjal"). A possessed noun is no shared
	// head ("matanya nyeri dan merah"), nor is a prefix
	// ("anti-inflammatory and angiogenic").
	last, join, next := i+n-1, i+n, i+n+1
	switch {
	case s.lang != "id" && i >= 2 && joinsAt(i-1):
		// "testicular, ovarian, bladder and lung cancer": each word of
		// the series before shares the head, back to one that names
		// nothing so.
		for k := i - 2; k >= 0; k-- {
			noted := try(append([]token{s.toks[k]}, slices.Clone(s.toks[i+1:i+n])...), k)
			if !noted || k == 0 || strings.TrimSpace(s.gaps[k]) != "," {
				break
			}
		}
	case (s.lang == "id" || n == 2) && next < len(s.toks) && joinsAt(join) && s.gaps[last] == " " && !strings.HasSuffix(s.toks[last-1].norm, "nya"):
		try(append(slices.Clone(s.toks[i:last]), s.toks[next]), next)
	}
}

// findAllOrganizations notes in es the organizations the document's
// sentences name, then puts each sentence's mentions in text order; it
// returns nothing.
func (x *Extractor) findAllOrganizations(a *analysis, es *entitySet) {
	for _, s := range a.sents {
		x.findOrganizations(a, s, es)
		sort.Slice(es.inSent[s], func(i, j int) bool { return es.inSent[s][i].from < es.inSent[s][j].from })
	}
}

// conditionHeads records a condition referred back to by the last word of
// its name with a pointing word: "the fistulas" after "complex perianal
// fistulas". Only a head of condition names (Cues.ConditionHeads) the
// lexicon does not read by itself counts, and the condition must have been
// named before in the document.
func (x *Extractor) conditionHeads(a *analysis, es *entitySet, cache map[string][]string) {
	heads := map[string]*LexEntry{}
	for _, s := range a.sents {
		for i := 0; i+1 < len(s.toks); i++ {
			det, head := s.toks[i], s.toks[i+1]
			if s.lang == "id" {
				det, head = head, det
			}
			e := heads[singularWord(head.norm)]
			if e == nil || !x.idx.determiners[det.norm] || strings.TrimSpace(s.gaps[i+1]) != "" || es.overlaps(s, i, i+2) {
				continue
			}
			if f, _ := x.idx.matcher.match(s.toks, i, cache); f != nil {
				continue
			}
			if f, _ := x.idx.matcher.match(s.toks, i+1, cache); f != nil {
				continue
			}
			at := i + 1
			if s.lang == "id" {
				at = i
			}
			es.note(a, s, e, at, at+1, false)
		}
		for _, m := range es.inSent[s] {
			if w := singularWord(s.toks[m.to-1].norm); m.ent.entry.Category == kg.CategoryCondition && m.to-m.from > 1 && x.idx.condHeads[w] {
				heads[w] = m.ent.entry
			}
		}
	}
}

// classReferences turns a kind of therapy (tagged "kind": biologic, cell,
// regenerative therapy) first named with a demonstrative ("terapi biologis
// ini" after PRP and BMAC, "this biologic therapy") into a reference back:
// the writer names the kind of what came before, not a new therapy. A
// specific therapy so named ("These exosomes", "PRP ini") stays itself. The
// span is kept in refs for the claims to resolve.
func (x *Extractor) classReferences(a *analysis, es *entitySet) {
	named := map[*docEntity]bool{}
	for _, s := range a.sents {
		keep := es.inSent[s][:0:0]
		for _, m := range es.inSent[s] {
			if m.ent.entry.Category != kg.CategoryTherapy {
				keep = append(keep, m)
				continue
			}
			if !named[m.ent] && len(named) > 0 && m.ent.entry.hasTag("kind") {
				if h, ok := x.withDemonstrative(a, s, m); ok {
					es.refs[s] = append(es.refs[s], h)
					if !s.dup {
						start := s.toks[m.from].start
						m.ent.mentions = slices.DeleteFunc(m.ent.mentions, func(k kg.Mention) bool { return k.Start == start })
					}
					continue
				}
			}
			if !s.dup {
				named[m.ent] = true
			}
			keep = append(keep, m)
		}
		es.inSent[s] = keep
	}
}

// withDemonstrative returns the span of a name and the demonstrative
// written right against it: after it in Indonesian ("terapi biologis ini"),
// before it in English ("this biologic therapy").
func (x *Extractor) withDemonstrative(a *analysis, s *sentence, m mention) (hit, bool) {
	if s.lang == "id" {
		if m.to < len(s.toks) && x.idx.demonstratives[s.toks[m.to].norm] && strings.TrimSpace(s.gaps[m.to]) == "" {
			return hit{from: m.from, to: m.to + 1, text: spanText(a, s, m.from, m.to+1)}, true
		}
		return hit{}, false
	}
	if m.from > 0 && x.idx.demonstratives[s.toks[m.from-1].norm] && strings.TrimSpace(s.gaps[m.from]) == "" {
		return hit{from: m.from - 1, to: m.to, text: spanText(a, s, m.from-1, m.to)}, true
	}
	return hit{}, false
}

// actsAsBefore reports whether "act as" ends right before token i, an
// article ("acts as a vasodilator") and one adverb between verb and "as"
// ("act mainly as") allowed.
func (x *Extractor) actsAsBefore(s *sentence, i int) bool {
	k := i - 1
	if k > 0 && (s.toks[k].norm == "a" || s.toks[k].norm == "an") {
		k--
	}
	if k < 1 || !x.idx.roleWords[s.toks[k].norm] {
		return false
	}
	return x.idx.actsAs.endsAt(s.toks, k, 1) || x.idx.actsAs.endsAt(s.toks, k-1, 1)
}

// longerInside returns where a name of the same category as e starts that
// begins inside the n tokens matched at i, runs past them and is longer, or
// as long when the match opens with a therapy's head noun ("Terapi sel
// punca mesenkimal" is mesenchymal stem cells), or i when none does. A
// name of another kind stays: "mengurangi fibrosis" is a mechanism even
// when "fibrosis akibat radiasi" names a condition.
func (x *Extractor) longerInside(s *sentence, e *LexEntry, i, n int, cache map[string][]string) int {
	// A name opening with a therapy's head noun ("Terapi sel punca") yields
	// to one as long that it opens: the head only says it is a therapy.
	headed := x.idx.termHeads[s.toks[i].norm] == kg.CategoryTherapy
	for j := i + 1; j < i+n; j++ {
		f, k := x.idx.matcher.match(s.toks, j, cache)
		if f == nil {
			continue
		}
		if (k > n || k == n && headed && f.entry != e) && f.entry.Category == e.Category {
			return j
		}
		// "mengurangi nyeri sendi": a verb phrase of relief whose last
		// word opens a named pain is said of that pain, which is treated;
		// "mengurangi fibrosis akibat radiasi" stays a way of working,
		// since reducing fibrosis is one (its word alone has ReducedTo).
		if j == i+n-1 && k > 1 && e.Category == kg.CategoryMechanism && f.entry.Category == kg.CategoryCondition {
			if w, _ := x.idx.matcher.match(s.toks[j:j+1], 0, cache); w == nil || w.entry.ReducedTo == "" {
				return j
			}
		}
	}
	return i
}

// findPeople adds the people a sentence names after a title ("dr. Gia
// Pratama") or in apposition to a role ("Lutfi Hidayat, an orthopedic
// specialist"). A bare first name or surname ("dr. Gia", "Dr. Lee") joins
// the person with that name named last.
func (x *Extractor) findPeople(a *analysis, s *sentence, es *entitySet, people *namedPeople) {
	// The patterns need a title or a role word; most sentences have neither.
	hasCue := false
	for _, t := range s.toks {
		if x.idx.titles[t.norm] {
			hasCue = true
			break
		}
	}
	if !hasCue {
		if _, ok := x.idx.roles.any(s.toks, 0, len(s.toks)); !ok {
			return
		}
	}
	text := a.text[s.start:s.end]
	type span struct{ start, end int }
	var found []span
	for _, loc := range x.idx.personRe.FindAllStringSubmatchIndex(text, -1) {
		found = append(found, span{loc[2], loc[3]})
	}
	// A headline's capitals and commas ("… di Luar Negeri, Ini Kata Dokter
	// …") make no apposition.
	for _, re := range x.idx.apposRe {
		if s.kind == lineHeading {
			break
		}
		for _, loc := range re.FindAllStringSubmatchIndex(text, -1) {
			// "Setelah PRP, serum dioleskan …": a therapy's name is no
			// part of a person's.
			if toks := tokenize(text, loc[2], loc[3]); !x.namedIn(toks, 0, len(toks), map[string][]string{}, isTherapy) {
				found = append(found, span{loc[2], loc[3]})
			}
		}
	}
	// "RSUD Dr. Saiful Anwar" is a hospital: a name inside an institution's
	// name is not a person.
	orgs := x.organizationSpans(a, s)
	inside := func(sp span) bool {
		for _, o := range orgs {
			if o[0] < sp.start && sp.end <= o[1] {
				return true
			}
		}
		return false
	}
	for _, sp := range found {
		if inside(sp) {
			continue
		}
		name := x.trimName(text[sp.start:sp.end])
		if name == "" || x.idx.currencies[fold(name)] {
			continue
		}
		if _, n := x.idx.matcher.match(tokenize(name, 0, len(name)), 0, map[string][]string{}); n > 0 && len(strings.Fields(name)) <= n {
			continue // a lexicon term, not a person
		}
		key := fold(name)
		e := people.byKey[key]
		if e == nil && !strings.Contains(name, " ") {
			// A surname two people share ("Dr. Anna Lee", "Dr. Zachary
			// Lee") is the one named last: the same on every run.
			latest := ""
			for k := range people.byKey {
				if (strings.HasPrefix(k, key+" ") || strings.HasSuffix(k, " "+key)) && (latest == "" || people.last[k] > people.last[latest]) {
					latest = k
				}
			}
			if latest != "" {
				e, key = people.byKey[latest], latest
			}
		}
		if e == nil {
			e = &LexEntry{ID: "kg:person/" + kg.Slug(name), Name: name, Category: kg.CategoryPerson}
			people.byKey[key] = e
		}
		people.clock++
		people.last[key] = people.clock
		start := s.start + sp.start
		from, to := tokenSpan(s.toks, start, start+len(name))
		if from < to {
			es.note(a, s, e, from, to, false)
		}
	}
}

// namedIn reports whether a lexicon name that ok accepts starts at one of
// toks[from:to].
func (x *Extractor) namedIn(toks []token, from, to int, cache map[string][]string, ok func(*LexEntry) bool) bool {
	for k := from; k < to; k++ {
		if f, _ := x.idx.matcher.match(toks, k, cache); f != nil && ok(f.entry) {
			return true
		}
	}
	return false
}

// isTherapy reports whether e is a Therapy.
func isTherapy(e *LexEntry) bool { return e.Category == kg.CategoryTherapy }

// trimName drops academic degrees and trailing words that are not part of a
// name ("Rusdy Ghazali Malueka, PhD" → "Rusdy Ghazali Malueka").
func (x *Extractor) trimName(name string) string {
	fields := strings.Fields(name)
	// "Dr Helen Marchetti, a consultant …": a title without its full
	// stop opens the apposition, not the name.
	for len(fields) > 1 && x.idx.titles[fold(strings.TrimSuffix(fields[0], "."))] {
		fields = fields[1:]
	}
	var kept []string
	for _, f := range fields {
		w := fold(strings.Trim(f, ".,()"))
		if x.idx.degrees[w] || x.idx.matcher.stop[w] {
			break
		}
		allCaps := true
		for _, r := range strings.Trim(f, ".,()") {
			if unicode.IsLower(r) {
				allCaps = false
			}
		}
		if allCaps && len([]rune(strings.Trim(f, ".,()"))) > 1 {
			break // AAAM, UGM: a degree or an institution
		}
		kept = append(kept, strings.TrimRight(f, ",;"))
	}
	return strings.TrimRight(strings.Join(kept, " "), ".,")
}

// findOrganizations adds organisations named by pattern: institutions
// ("Universitas Diponegoro") and outlets ("laman Regeneric", "dalam
// Klikdokter memaparkan") that the lexicon lacks.
func (x *Extractor) findOrganizations(a *analysis, s *sentence, es *entitySet) {
	// Every pattern needs a capitalised word after the first.
	capital := false
	for _, t := range s.toks[min(1, len(s.toks)):] {
		if r, _ := utf8.DecodeRuneInString(t.raw); unicode.IsUpper(r) {
			capital = true
			break
		}
	}
	if !capital {
		return
	}
	text := a.text[s.start:s.end]
	for _, loc := range x.organizationSpans(a, s) {
		if first, rest, ok := strings.Cut(text[loc[0]:loc[1]], " "); ok && x.idx.orgPrefixes[fold(first)] && rest != "" {
			loc[0] += len(first) + 1
		}
		name := strings.TrimRight(text[loc[0]:loc[1]], " ,.-")
		name = strings.TrimSuffix(strings.TrimSuffix(name, " and"), " dan")
		// "Northvale University's Halloway Institute …" names the
		// institute; "St Aldwyn's Medical School" is a name of its own, and
		// so is "Kyoto University's Hospital", whose owned part is only a
		// head word.
		for _, apo := range []string{"'s ", "’s "} {
			if owner, owned, ok := strings.Cut(name, apo); ok && strings.Contains(owned, " ") && x.idx.orgOwners[fold(lastWord(owner))] {
				loc[0] += len(owner) + len(apo)
				name = owned
			}
		}
		// "Mayo Clinic for Parkinson's Disease surgery": a place patients
		// go to for care ends before what they go for (Cues.OrgPlaces);
		// an institute or foundation "for Brain Research" is so named.
		if head, _, ok := strings.Cut(name, " for "); ok && x.idx.orgPlaces[fold(lastWord(head))] {
			name = head
		}
		if len(name) < 3 {
			continue
		}
		if x.wholeName(name, map[string][]string{}) != nil {
			continue // the lexicon knows it; its own pass will find it
		}
		toks := tokenize(name, 0, len(name))
		if x.idx.matcher.stop[fold(name)] || x.onlyUnitWords(toks) {
			continue
		}
		// "Klinik Kami", "Our Knee Pain Center", "Why Choose Our
		// Regenerative Clinic" are the page's own clinic, named by a
		// pronoun; "Our Lady's Hospital" is a name.
		if x.idx.possessives[toks[len(toks)-1].norm] || x.ownName(name, toks) {
			continue
		}
		e := &LexEntry{ID: "kg:org/" + kg.Slug(name), Name: name, Category: kg.CategoryOrganization}
		if d, ok := es.byID[e.ID]; ok {
			e = d.entry
		}
		start := s.start + loc[0]
		from, to := tokenSpan(s.toks, start, start+len(name))
		if from < to {
			// In running text a name's words are its own; a heading's
			// capitals make any run of words look like one.
			if s.kind == lineBody {
				last := fold(lastWord(name))
				es.dropMentionsInside(s, from, to, x.idx.orgOwners[last] || x.idx.orgPlaces[last])
			}
			es.note(a, s, e, from, to, false)
		}
	}
}

// onlyUnitWords reports whether every word of a name is one of
// Cues.UnitWords ("Fakultas Kedokteran Gigi", "School of Medicine"): such a
// name names no one organisation.
func (x *Extractor) onlyUnitWords(toks []token) bool {
	return !slices.ContainsFunc(toks, func(t token) bool { return !x.idx.unitWords[t.norm] })
}

// ownName reports whether an organisation's name holds a word of
// Cues.Owners ("Our Knee Pain Center") and no possessive "'s", which makes
// "Our Lady's Hospital" a name of its own.
func (x *Extractor) ownName(name string, toks []token) bool {
	if strings.Contains(name, "'s") || strings.Contains(name, "’s") {
		return false
	}
	return slices.ContainsFunc(toks, func(t token) bool { return x.idx.owners[t.norm] })
}

// dropMentionsInside drops the lexicon's mentions that lie wholly inside
// tokens [from, to) of s, an organisation's name in running text
// ("Westmere Arthritis Research Fund" names no arthritis). With a mention
// running across its edge, or a person's, organisation's or therapy's
// inside (a headline's "Klinik Tawarkan Suntik Stem Cell" is a verb
// phrase as often as a name), it drops none, unless the name is headed,
// ending in a word of institutions, and the therapy's name stands between
// its first and last words ("Meridian Cell Therapy Centre").
func (es *entitySet) dropMentionsInside(s *sentence, from, to int, headed bool) {
	var inside []mention
	for _, m := range es.inSent[s] {
		if m.to <= from || m.from >= to {
			continue
		}
		c := m.ent.entry.Category
		// "Meridian Cell Therapy Centre": a therapy's name between the
		// name's own first word and a head word of institutions is part
		// of the name ("Klinik Stem Cell Ilegal" describes a clinic).
		enclosed := headed && m.from > from && m.to < to
		if m.from < from || m.to > to || c == kg.CategoryPerson || c == kg.CategoryOrganization || c == kg.CategoryTherapy && !enclosed {
			return
		}
		inside = append(inside, m)
	}
	if len(inside) == 0 {
		return
	}
	es.inSent[s] = slices.DeleteFunc(es.inSent[s], func(m mention) bool { return m.from >= from && m.to <= to })
	if s.dup {
		return
	}
	for _, m := range inside {
		start := s.toks[m.from].start
		m.ent.mentions = slices.DeleteFunc(m.ent.mentions, func(k kg.Mention) bool { return k.Start == start })
		m.ent.syncSurfaces()
	}
}

// organizationSpans returns the byte spans (within the sentence) of the
// names the organisation and outlet patterns find in s, computed once per
// sentence: people and organisations both need them.
func (x *Extractor) organizationSpans(a *analysis, s *sentence) [][2]int {
	if spans, ok := a.orgSpans[s]; ok {
		return spans
	}
	text := a.text[s.start:s.end]
	cc := &x.cues.compiled
	spans := [][2]int{}
	for _, re := range append(append([]*regexp.Regexp{}, cc.organizations...), cc.outlets...) {
		for _, loc := range re.FindAllStringSubmatchIndex(text, -1) {
			spans = append(spans, [2]int{loc[2], loc[3]})
		}
	}
	if a.orgSpans == nil {
		a.orgSpans = map[*sentence][][2]int{}
	}
	a.orgSpans[s] = spans
	return spans
}

// tokenSpan returns the tokens of toks inside bytes [start, end).
func tokenSpan(toks []token, start, end int) (int, int) {
	from, to := -1, -1
	for i, t := range toks {
		if t.start >= start && t.end <= end {
			if from < 0 {
				from = i
			}
			to = i + 1
		}
	}
	if from < 0 {
		return 0, 0
	}
	return from, to
}

// noteForms records the route a product form implies where the form is
// written against a therapy's name: "krim steroid", "salep sekretom",
// "secretome ointment" are applied to the skin. A form named alone ("the
// cream") is left to refer back to its therapy.
func (x *Extractor) noteForms(a *analysis, s *sentence, es *entitySet) {
	ms := append([]mention(nil), es.inSent[s]...)
	for _, m := range ms {
		if m.ent.entry.Category != kg.CategoryTherapy || m.privative {
			continue
		}
		for _, i := range []int{m.from - 1, m.to} {
			if i < 0 || i >= len(s.toks) || es.overlaps(s, i, i+1) {
				continue
			}
			r := x.idx.formRoutes[s.toks[i].norm]
			gap := s.gaps[max(i, m.from)]
			if r == nil || gap != " " {
				continue
			}
			es.note(a, s, r, i, i+1, false)
		}
	}
}

// noteInto records the specific route an injection names by where it
// goes: "suntikan MSC langsung ke testis" is intratesticular, as "ke dalam
// testis" and "into the testis" are. The places are those the lexicon's
// route names put after "ke dalam" or "into", and they count only within
// a few words after an injection word: "ke testis" alone is just "to the
// testis".
func (x *Extractor) noteInto(a *analysis, s *sentence, es *entitySet) {
	ms := append([]mention(nil), es.inSent[s]...)
	for _, m := range ms {
		e := m.ent.entry
		if e.Category != kg.CategoryRoute || !e.hasTag("generic") {
			continue
		}
		for i := m.to; i < min(m.to+4, len(s.toks)); i++ {
			n, _ := x.idx.into.longestAt(s.toks, i, len(s.toks), nil)
			if n == 0 || i+n >= len(s.toks) {
				continue
			}
			k := i + n
			if n, site := x.idx.intoSites.longestAt(s.toks, k, len(s.toks), nil); n > 0 && !es.overlaps(s, i, k+n) {
				es.note(a, s, x.idx.intoRoute[site], i, k+n, false)
			}
			break
		}
	}
}

// term is an entity defined by the text, with its folded words.
type term struct {
	entry *LexEntry
	words []string
}

// termAt returns the defined term whose words start at token i, and how
// many tokens it spans.
func termAt(s *sentence, i int, terms []term) (*LexEntry, int) {
	for _, t := range terms {
		if i+len(t.words) > len(s.toks) {
			continue
		}
		ok := true
		for k, w := range t.words {
			ok = ok && (s.toks[i+k].norm == w || singularWord(s.toks[i+k].norm) == w)
		}
		if ok {
			return t.entry, len(t.words)
		}
	}
	return nil, 0
}

// overlaps reports whether a mention of s already covers part of tokens
// [from, to).
func (es *entitySet) overlaps(s *sentence, from, to int) bool {
	for _, m := range es.inSent[s] {
		if from < m.to && m.from < to {
			return true
		}
	}
	return false
}

// discoveredConditions returns the conditions an English text names again
// and again that the lexicon lacks: words before a head noun of conditions
// ("unicameral bone cyst", "ischaemic-type biliary lesions"). Of the words
// before a head, the run named most often is the name, the longest on a
// tie: "unicameral bone cyst" over "paediatric unicameral bone cyst".
func (x *Extractor) discoveredConditions(a *analysis, cache map[string][]string) []term {
	type occurrence struct {
		keys, names []string
		plain       []bool // one plain word before the head
	}
	count := map[string]int{}
	var occs []occurrence
	m := x.idx.matcher
	nameWord := func(t token) bool {
		w := t.norm
		if len([]rune(w)) < 3 || x.idx.isStopword(w) || isNumber(w) || x.idx.listMods.startsAt([]token{t}, 0, 1) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' {
				return false
			}
		}
		return true
	}
	for _, s := range a.sents {
		if s.dup || s.lang != "en" {
			continue
		}
		for j := 1; j < len(s.toks); j++ {
			head := singularWord(s.toks[j].norm)
			if x.idx.termHeads[head] != kg.CategoryCondition && !x.idx.condHeads[head] {
				continue
			}
			i := j
			for i > 0 && j-i < 3 && attached(s, i) && nameWord(s.toks[i-1]) {
				i--
			}
			if i == j {
				continue
			}
			// A name the lexicon knows, or one it knows inside, is no new one.
			known := false
			for k := i; k <= j; k++ {
				if f, n := m.match(s.toks[:j+1], k, cache); f != nil && (n > 1 || k < j) {
					known = true
				}
			}
			if known {
				continue
			}
			var o occurrence
			for k := j - 1; k >= i; k-- {
				var ws []string
				for _, t := range s.toks[k:j] {
					ws = append(ws, t.norm)
				}
				key := strings.Join(append(ws, head), " ")
				o.keys = append(o.keys, key)
				o.names = append(o.names, strings.ToLower(a.text[s.toks[k].start:s.toks[j].start])+head)
				// One plain word narrows a general name ("skin disease",
				// "inflammatory disease"); an eponym names a disease
				// ("Buerger disease"), though not in a title's capitals.
				o.plain = append(o.plain, j-k == 1 && (k == 0 || !capitalised(s.toks[k].raw) || capitalised(s.toks[j].raw)))
				count[key]++
			}
			occs = append(occs, o)
		}
	}
	var out []term
	seen := map[string]bool{}
	for _, o := range occs {
		best := -1
		for k, key := range o.keys {
			if best < 0 || count[key] >= count[o.keys[best]] {
				best = k
			}
		}
		key := o.keys[best]
		if count[key] < 2 || seen[key] || o.plain[best] {
			continue
		}
		seen[key] = true
		name := o.names[best]
		e := &LexEntry{ID: "kg:term/" + kg.Slug(name), Name: name, Category: kg.CategoryCondition, Names: map[string][]string{"en": {name}}}
		out = append(out, term{entry: e, words: strings.Fields(key)})
	}
	return out
}

// amongMeasures reports whether a word of measuring (Cues.MeasureWords)
// stands within four words of tokens [from, to) with no clause break
// between.
func (x *Extractor) amongMeasures(s *sentence, from, to int) bool {
	lo, hi := clauseAround(s, from, to, 4)
	_, ok := x.idx.measureWords.any(s.toks, lo, hi)
	return ok
}

// clauseAround returns the span of up to reach words either side of
// tokens [from, to) that no comma, semicolon or colon parts from them.
func clauseAround(s *sentence, from, to, reach int) (int, int) {
	lo, hi := max(0, from-reach), min(len(s.toks), to+reach)
	for k := from; k > lo; k-- {
		if strings.ContainsAny(s.gaps[k], ",;:") {
			lo = k
			break
		}
	}
	for k := to; k < hi; k++ {
		if strings.ContainsAny(s.gaps[k], ",;:") {
			hi = k
			break
		}
	}
	return lo, hi
}

// amongHarms reports whether the mention on tokens from..to of sentence s
// is named among harms: a harm noun (Cues.HarmNouns: "efek samping", "risk
// of") stands within a few words of it with no clause break between, or
// the sentence denies any harm was seen ("tidak ditemukan", "no signs …
// were seen"); never when the sentence reduces something ("menekan proses
// inflamasi") or a word of working stands right before the mention ("works
// by triggering a controlled inflammatory response"): that is how a therapy
// works, not what it risks.
func (x *Extractor) amongHarms(s *sentence, from, to int) bool {
	if _, ok := x.idx.reducers.any(s.toks, 0, len(s.toks)); ok {
		return false
	}
	if _, ok := x.idx.firstCues(kg.ActsVia).any(s.toks, max(0, from-4), from); ok {
		return false
	}
	lo, hi := clauseAround(s, from, to, 6)
	if _, ok := x.idx.harmNouns.any(s.toks, lo, hi); ok {
		return true
	}
	_, seen := x.idx.witnesses.any(s.toks, 0, len(s.toks))
	_, denied := x.idx.negation.any(s.toks, 0, len(s.toks))
	return seen && denied
}

// sitedCondition returns the lexicon's entry for a condition named with
// the body site it is of, right after it ("OA pergelangan kaki") or right
// before it ("ankle OA"), and the span of both, when the lexicon names one
// "<site> <condition>" ("ankle osteoarthritis"). It returns nil otherwise.
func (x *Extractor) sitedCondition(s *sentence, e *LexEntry, from, to int) (*LexEntry, int, int) {
	if e.Category != kg.CategoryCondition {
		return nil, 0, 0
	}
	site := func(h hit) *LexEntry {
		var ws []string
		for _, t := range s.toks[h.from:h.to] {
			ws = append(ws, t.norm)
		}
		at := x.idx.bodySite[strings.Join(ws, " ")]
		if sited := x.idx.byName[at+" "+e.Name]; sited != nil {
			return sited
		}
		// "OA lutut" after "osteoartritis (OA) pergelangan kaki": the
		// acronym stands for a condition at one site; another site next
		// to it names that site's condition. A name written out keeps
		// its own site ("nyeri leher bahu" is neck pain).
		if to-from != 1 || !isAcronymPlural(s.toks[from].raw) {
			return nil
		}
		for _, other := range x.idx.bodySite {
			// Two sites cannot both open one name: the first found is
			// the only one.
			if base, ok := strings.CutPrefix(e.Name, other+" "); ok && other != at {
				return x.idx.byName[at+" "+base]
			}
		}
		return nil
	}
	if to < len(s.toks) && strings.TrimSpace(s.gaps[to]) == "" {
		if h, ok := x.idx.bodySites.hitAt(s.toks, to, 3); ok {
			if sited := site(h); sited != nil {
				return sited, from, h.to
			}
		}
	}
	if h, ok := x.idx.bodySites.hitEndingAt(s.toks, from, 3); ok && strings.TrimSpace(s.gaps[from]) == "" {
		if sited := site(h); sited != nil {
			return sited, h.from, to
		}
	}
	return nil, 0, 0
}

// frameAt returns the entry a paraphrase frame names starting at token i
// (a verb of the frame there, one of its nouns within three words after it
// with no punctuation between, or for a frame of carrying after a list of
// what is carried: afterList), how many tokens it spans and where its noun
// is; nil when none does.
//
// Of several frames, the one whose noun comes nearest the verb names it:
// "rebuilding the corneal epithelium themselves" is the epithelium's
// regeneration, not regeneration as such.
func (x *Extractor) frameAt(s *sentence, i int, cache map[string][]string) (*LexEntry, int, hit) {
	var best *LexEntry
	var head hit
	n, near := 0, len(s.toks)
	for _, f := range x.idx.frames {
		v, ok := f.verbs.hitAt(s.toks, i, 4)
		if !ok {
			continue
		}
		for j := v.to; j <= min(v.to+3, len(s.toks)-1) && j-v.to < near; j++ {
			if j > v.to && strings.ContainsAny(s.gaps[j], ",;:.()") {
				break
			}
			if h, ok := f.heads.hitAt(s.toks, j, 6); ok && !strings.ContainsAny(s.gaps[j], ",;:.()") {
				if _, blocked := f.blockers.any(s.toks, i, min(h.to+1, len(s.toks))); !blocked && !x.namedAcross(s, v.to, h, cache) {
					best, n, near, head = f.entry, h.to-i, j-v.to, h
				}
				break
			}
		}
		// "carry proteins, growth factors and microRNAs from one cell to
		// another": past a list of names the frame's noun may come later,
		// commas and all.
		if f.lists && best != f.entry {
			if h, ok := x.afterList(s, f.heads, v.to); ok && h.from-v.to < near && !x.namedAcross(s, v.to, h, cache) {
				if _, blocked := f.blockers.any(s.toks, i, min(h.to+1, len(s.toks))); !blocked {
					best, n, near, head = f.entry, h.to-i, h.from-v.to, h
				}
			}
		}
	}
	return best, n, head
}

// maxListedCargo is how many words a list between a frame's verb and its
// noun may take.
const maxListedCargo = 10

// afterList returns the frame's noun (one of heads) that follows a list
// starting at token from ("proteins, growth factors and microRNAs"), within
// maxListedCargo words and before any clause break ("but", "tapi") or mark
// that ends a list; it reports false when no noun comes so or when what
// comes before it is no list (no comma, "and", "dan" or "or" joins it).
func (x *Extractor) afterList(s *sentence, heads phrases, from int) (hit, bool) {
	listed := false
	for j := from; j < min(from+maxListedCargo+1, len(s.toks)); j++ {
		if j > from && (strings.ContainsAny(s.gaps[j], listEnds) || x.idx.clauseBreaks.startsAt(s.toks, j, 1)) {
			break
		}
		if h, ok := heads.hitAt(s.toks, j, 6); ok && j > from {
			return h, listed
		}
		comma := j+1 < len(s.toks) && strings.Contains(s.gaps[j+1], ",")
		listed = listed || comma || x.idx.joinWords.startsAt(s.toks, j, 1) || x.idx.disjunctions[s.toks[j].norm]
	}
	return hit{}, false
}

// framed is a frame's entry named by its noun alone, ending at token to.
type framed struct {
	entry *LexEntry
	to    int
}

// namedAcross reports whether a name the lexicon reads starts after a
// frame's verb, at from or later, and runs to the end of its noun h or
// past it: "memperbaiki kerusakan jaringan paru" repairs a named
// condition, and "calmer regulatory T cells" names the cells; the noun
// itself named as the verb's object does not count.
func (x *Extractor) namedAcross(s *sentence, from int, h hit, cache map[string][]string) bool {
	// "calm the local immune response": a noun of the frame that is a
	// name of its own, word for word, is the frame's still when it is the
	// verb's object (right after it, or after a determiner and a word),
	// not a harm a clause of its own names ("mengatur dosis bila reaksi
	// imun muncul").
	object := h.from == from || h.from-from <= 2 && x.idx.determiners[s.toks[from].norm]
	for j := from; j <= h.from; j++ {
		f, n := x.idx.matcher.match(s.toks, j, cache)
		if f == nil || j+n < h.to {
			continue
		}
		if j == h.from && j+n == h.to && object {
			continue
		}
		return true
	}
	return false
}

// inVenue reports whether tokens [from, to) are capitalised words of a
// journal's title: a venue word (Cues.VenueWords) stands in the same run
// of capitalised words ("published in Liver Regeneration Letters", "in the
// Journal of Ocular Regeneration").
func (x *Extractor) inVenue(s *sentence, from, to int) bool {
	if shouting(s.toks) {
		return false
	}
	for k := from; k < to; k++ {
		if !capitalised(s.toks[k].raw) && !x.idx.titleLinks[s.toks[k].norm] {
			return false
		}
	}
	// The run of capitalised words (and title links: "of", "and") around
	// the name.
	lo, hi := from, to
	for lo > 0 && (capitalised(s.toks[lo-1].raw) || x.idx.titleLinks[s.toks[lo-1].norm] && lo > 1 && capitalised(s.toks[lo-2].raw)) && s.gaps[lo] == " " {
		lo--
	}
	for hi < len(s.toks) && (capitalised(s.toks[hi].raw) || x.idx.titleLinks[s.toks[hi].norm]) && s.gaps[hi] == " " {
		hi++
	}
	// Only words that name journals alone count ("Letters", "Journal"),
	// not "Review" or "Reports": "A Review of Stem Cell Therapy for Knee
	// Osteoarthritis" is a headline.
	for _, h := range x.idx.venueWords.find(s.toks, lo, hi) {
		if capitalised(s.toks[h.from].raw) && (h.to <= from || h.from >= to) {
			return true
		}
	}
	return false
}

// lastWord returns the last space-separated word of name.
func lastWord(name string) string {
	return name[strings.LastIndex(name, " ")+1:]
}

// ledConjunct reports whether token i opens the last item of a list a word
// of causing leads ("… yang bisa memicu demam tinggi dan penurunan tekanan
// darah"): it is caused as the items before it are.
func (x *Extractor) ledConjunct(s *sentence, i int) bool {
	if !x.idx.coordination.endsAt(s.toks, i, 1) {
		return false
	}
	for _, h := range x.idx.harmLeads.find(s.toks, max(0, i-maxLedList), i) {
		if !marksBetween(s, h.to, i-1, clauseMarks) {
			return true
		}
	}
	return false
}

// listedWithHarm reports whether the name ending at token to is an item of
// a list whose next item is a harm, in a sentence that denies or speaks of
// harms ("no weight loss, liver damage or other signs of toxicity"): the
// items of one list are of one kind. What a therapy is sold for ("treats
// cancer, fatigue and insomnia") lists no harms.
func (x *Extractor) listedWithHarm(s *sentence, to int, cache map[string][]string) bool {
	if to >= len(s.toks) {
		return false
	}
	next := to
	if x.idx.coordination.startsAt(s.toks, to, 1) && strings.TrimSpace(s.gaps[to]) == "" {
		next++
	} else if strings.TrimSpace(s.gaps[to]) != "," {
		return false
	}
	if next >= len(s.toks) {
		return false
	}
	if f, _ := x.idx.matcher.match(s.toks, next, cache); f == nil || f.entry.Category != kg.CategorySideEffect {
		return false
	}
	_, denied := x.idx.negation.any(s.toks, 0, len(s.toks))
	_, harms := x.idx.harmNouns.any(s.toks, 0, len(s.toks))
	return denied || harms
}

// maxLedList is how far back a word of causing may lead a list of harms.
const maxLedList = 6

// easedBefore reports whether the words right before token i say that what
// follows eases: less of it ("less fatigue", Cues.EasedOpeners) or a verb of
// reducing ("mengurangi rasa lelah", Cues.Reducers), within two words. A
// bare preposition does not: "monitored for fatigue" watches for a harm.
func (x *Extractor) easedBefore(s *sentence, i int) bool {
	if _, ok := x.idx.easedOpeners.hitEndingAt(s.toks, i, 2); ok {
		return true
	}
	_, ok := x.idx.reducers.hitEndingAt(s.toks, i, 2)
	return ok
}
