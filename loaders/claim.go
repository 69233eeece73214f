package loaders

import (
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/regenkg/regenkg/internal/kg"
)

// slot is a mention that can take part in a claim: a real mention, or the
// therapy an anaphor ("Terapi ini", "this fluid") stands for.
type slot struct {
	ent      *docEntity
	from, to int
	// privative marks a name stating the entity's absence ("bebas sel").
	privative bool
	// referred marks a reference back ("di dalamnya", "it"), not a name.
	referred bool
	// subtype marks a name of a subtype recorded as its parent.
	subtype bool
}

// candidate is a relation found in one sentence before certainty and
// negation are decided.
type candidate struct {
	pred      string
	subj, obj slot
	cue       hit
	bare      bool
	// privative claims deny by their object's name ("produk bebas sel").
	privative bool
	// listFrom is where the list the object ends starts ("no ectopic
	// tissue formation or tumour"): a negation before the list denies it.
	listFrom int
	// denied marks a relation its construction denies ("found no
	// difference between MSC and placebo"); cue is the negation.
	denied bool
}

// discourse is what the claims pass remembers between sentences.
type discourse struct {
	topic     *docEntity // the therapy the text is about
	topicLine int
	// headed is the therapy the last heading named; nil when it named none.
	headed     *docEntity
	person     *docEntity
	personLine int
	via        *docEntity
	cited      []string
	citedLine  int
	riskLine   int // the last line that named a risk
	// lastCell is the cell therapy the sentence before named last ("the
	// grafted tissue carries its own mesenchymal stem cells. These cells
	// …"), on line cellLine.
	lastCell *docEntity
	// cells are the cell therapies the sentence at cellLine named.
	cells    []*docEntity
	cellLine int
	// containedIn maps a component to the therapy last said to contain it.
	containedIn map[*docEntity]*docEntity
	// routed maps a route to the therapies said to be given by it.
	routed map[*docEntity][]*docEntity
	// side is the therapy sentence sideAt of the document named as standard
	// care ("pengobatan standar … suntikan kortikosteroid").
	side   *docEntity
	sideAt int
	// condAt is the last sentence that opened with a condition and named
	// no therapy, on line condLine; cond is that condition when the
	// sentence says what it is ("Penyakit autoimun terjadi ketika …").
	condAt, condLine int
	cond             *docEntity
	listTopic        *docEntity // the therapy a heading or lead-in opened a list about
	listLine         int
	// benefitLine is the last line of a list of benefits ("Manfaat yang
	// dapat Anda rasakan:"), whose items name no risks.
	benefitLine int
	// listGroup are all the therapies a list is about when a heading that
	// names none opens it on a page about several ("Manfaat Perawatan" under
	// "Nanofat dan SVF: …"): each item is said of each.
	listGroup []*docEntity
	// products are the therapies the document's first heading names.
	products []*docEntity
	// careCond is the condition a lead-in opened a list of its care for
	// ("standar penanganan azoospermia saat ini adalah:", "Untuk pasien
	// NASH tertentu, dokter dapat meresepkan:"), last extended at
	// careLine.
	careCond *docEntity
	careLine int
	// treatFor are the therapies a lead-in or heading opened a list of the
	// conditions they treat for ("Other tendon problems we treat with
	// PRP", "Who is a good candidate for stem cell or PRP therapy?"), last
	// extended at treatLine.
	treatFor  []*docEntity
	treatLine int
	// leadCond is the condition a sentence named with its care and no
	// therapy ("Three approved treatments have changed the outlook for
	// children with SMA."), sentence leadAt, for the therapies the next
	// sentence names.
	leadCond *docEntity
	leadAt   int
	// pair are two therapies a sentence joined ("sekretom dan eksosom"),
	// for "keduanya" / "both therapies" on the same or the next line to
	// refer back to.
	pair     [2]*docEntity
	pairLine int
	// lastTwo are the last two therapies the text was about, the earlier
	// first ("PRP diperoleh dari darah Anda sendiri … Eksosom yang kami
	// gunakan …"), for "kombinasi keduanya" to refer back to when no
	// sentence joined a pair.
	lastTwo [2]*docEntity
	// lastTwoLine is the last line the earlier of lastTwo was the topic
	// on, lastTopicLine the last line any therapy was, and lastTwoSent
	// the last sentence that named either of lastTwo.
	lastTwoLine, lastTopicLine, lastTwoSent int
	// drugs are the drugs (conventional therapies, no procedure or
	// product) that sentence drugsSent named, for "obat-obatan
	// ini" / "these medications" in the next sentence to refer back to.
	drugs     []*docEntity
	drugsSent int
}

// harmFirst drops the therapies named after the first side effect of a
// sentence that opens with one, from its slots and mentions alike; one
// named as the harm's source ("pinpoint bleeding from microneedling") is
// kept.
func (x *Extractor) harmFirst(s *sentence, slots []slot, ms []mention) ([]slot, []mention) {
	harm := -1
	for _, sl := range slots {
		if sl.from == sl.to {
			continue
		}
		// The first name must be the harm: "Pada pasien diabetes, infeksi
		// …" opens with who, not with what happened.
		if sl.ent.entry.Category != kg.CategorySideEffect {
			return slots, ms
		}
		harm = sl.from
		break
	}
	if harm < 0 {
		return slots, ms
	}
	after := func(e *LexEntry, from int) bool {
		return e.Category == kg.CategoryTherapy && from > harm && !x.harmSource(s, from)
	}
	slots = slices.DeleteFunc(slices.Clone(slots), func(sl slot) bool { return after(sl.ent.entry, sl.from) })
	ms = slices.DeleteFunc(slices.Clone(ms), func(m mention) bool { return after(m.ent.entry, m.from) })
	return slots, ms
}

// harmSource reports whether the name at token from is written as the
// source of a harm: "from microneedling", "after the PRP injections".
func (x *Extractor) harmSource(s *sentence, from int) bool {
	if from > 0 && x.idx.determiners[s.toks[from-1].norm] {
		from--
	}
	return x.idx.harmSources.endsAt(s.toks, from, 2)
}

// demonstrative reports whether a reference back points with "ini",
// "tersebut", "this" or "these".
func (x *Extractor) demonstrative(s *sentence, h hit) bool {
	for _, t := range s.toks[h.from:h.to] {
		if x.idx.demonstratives[t.norm] {
			return true
		}
	}
	return false
}

// attributiveAfter reports whether sl is hyphened to an attributive
// ("PRP-related", "paracetamol-induced"): it qualifies what follows. Sloppy
// text leaves out the hyphen ("No PRP related infection occured"); only
// the attributives that are no verb (Cues.LooseAttributives: "related")
// count then, with no stopword or preposition after them ("Stem cells
// induced fibrosis regression" and "PRP associated with less pain" say
// what the therapy did).
func (x *Extractor) attributiveAfter(s *sentence, sl slot) bool {
	if sl.to >= len(s.toks) {
		return false
	}
	w := s.toks[sl.to].norm
	switch s.gaps[sl.to] {
	case "-":
		return x.idx.attributives[w]
	case " ":
		return x.idx.looseAttributives[w] && sl.to+1 < len(s.toks) && s.gaps[sl.to+1] == " " && !x.small(s, sl.to+1)
	}
	return false
}

// fanOut adds, for each candidate that match selects, a copy said of each
// of others: what a list item or "keduanya" says of one therapy it says
// of the others it stands for.
func fanOut(cands []candidate, match func(candidate) bool, others []*docEntity) []candidate {
	for _, c := range cands {
		if !match(c) {
			continue
		}
		for _, e := range others {
			c2 := c
			c2.subj.ent = e
			cands = append(cands, c2)
		}
	}
	return cands
}

// free returns a test of whether a span overlaps any of slots, for the
// phrase finders that must not read a word inside an entity's name.
func free(slots []slot) func(from, to int) bool {
	return func(from, to int) bool { return overlapsAny(slots, from, to) }
}

// opensWithCondition reports whether the first name of a sentence is a
// condition's, within its first three words: the sentence is about it.
func opensWithCondition(slots []slot) bool {
	_, ok := openingCondition(slots)
	return ok
}

// openingCondition returns the condition a sentence opens with (its first
// named slot, within its first four words); false when it opens otherwise.
func openingCondition(slots []slot) (slot, bool) {
	for _, sl := range slots {
		if sl.from == sl.to {
			continue
		}
		return sl, sl.from <= 3 && sl.ent.entry.Category == kg.CategoryCondition
	}
	return slot{}, false
}

// aboutOther reports whether a sentence that names no therapy is about
// something other than the therapy at hand: how a condition it opens with
// arises ("Keratitis neurotrofik sering muncul pada penderita diabetes"),
// what a condition does untreated ("Jika tidak ditangani, luka …
// berkembang menjadi ulkus kornea") or what a study measures ("Luaran yang
// diukur meliputi …").
func (x *Extractor) aboutOther(s *sentence, slots []slot) bool {
	if x.idx.untreated.startsAt(s.toks, 0, 5) || x.idx.measureNouns.startsAt(s.toks, 0, 3) {
		return true
	}
	for _, sl := range slots {
		if sl.from < sl.to {
			// One word (an adverb) may stand between: "… kerap timbul".
			return sl.from <= 1 && sl.ent.entry.Category == kg.CategoryCondition &&
				(x.idx.onsets.startsAt(s.toks, sl.to, 3) || x.idx.onsets.startsAt(s.toks, sl.to+1, 3))
		}
	}
	return false
}

// opensWithRoute reports whether the sentence's first or second word
// starts a generic route ("Suntikan", "Spinal injections").
func opensWithRoute(slots []slot) bool {
	for _, sl := range slots {
		if sl.from < sl.to {
			return sl.from <= 1 && sl.ent.entry.Category == kg.CategoryRoute && sl.ent.entry.hasTag("generic")
		}
	}
	return false
}

// onlyHarms reports whether a sentence names side effects and nothing but
// side effects.
func onlyHarms(slots []slot) bool {
	harm := false
	for _, sl := range slots {
		if sl.from == sl.to {
			continue
		}
		if sl.ent.entry.Category != kg.CategorySideEffect {
			return false
		}
		harm = true
	}
	return harm
}

// namedBefore reports whether a therapy is named before token at.
func namedBefore(ms []mention, at int) bool {
	for _, m := range ms {
		if m.from < at && isTopicTherapy(m.ent.entry) {
			return true
		}
	}
	return false
}

// labelledItem reports whether a line opens with a therapy's name and has
// a colon within twelve words after it ("Platelet Rich Plasma (PRP): a
// concentrate of …", "BMAC, sometimes marketed as \"stem cell therapy\":
// …"), as the items of an unbulleted list do.
func labelledItem(s *sentence, slots []slot) bool {
	if len(slots) == 0 || slots[0].from > 1 || !isTopicTherapy(slots[0].ent.entry) {
		return false
	}
	return firstColon(s, slots[0].to, slots[0].to+13) >= 0
}

// firstColon returns the first token in [from, to) that a colon precedes,
// or -1.
func firstColon(s *sentence, from, to int) int {
	for i := max(from, 1); i < min(to, len(s.gaps)); i++ {
		if strings.Contains(s.gaps[i], ":") {
			return i
		}
	}
	return -1
}

// careLead returns the condition a lead-in names when it opens a list of
// that condition's care: it names a condition and no therapy but standard
// care as a class ("Pengobatan standar untuk KMPP antara lain:"), and a
// word of care ("standar penanganan", "meresepkan", "treatment options"). A
// lead-in naming no condition is about the document's, main, when it names
// standard care or opens care (Cues.CareOpeners: "langkah awalnya biasanya
// konservatif:").
func (x *Extractor) careLead(s *sentence, ms []mention, main *docEntity) *docEntity {
	// Standard care named as a class ("Pengobatan standar untuk KMPP antara
	// lain:") is the word of care, not a therapy of its own.
	if slices.ContainsFunc(ms, func(m mention) bool {
		return isTopicTherapy(m.ent.entry) && !m.ent.entry.hasTag("standard-care")
	}) {
		return nil
	}
	_, care := x.idx.careLeads.any(s.toks, 0, len(s.toks))
	_, std := x.idx.standardCare.any(s.toks, 0, len(s.toks))
	_, opens := x.idx.careOpeners.any(s.toks, 0, len(s.toks))
	if !care && !std && !opens {
		return nil
	}
	for _, m := range ms {
		if m.ent.entry.Category == kg.CategoryCondition {
			return m.ent
		}
	}
	// "After the treatment, please avoid:" lists no care for the condition.
	if std || opens {
		return main
	}
	return nil
}

// treatLead returns the therapy a heading or lead-in above a list names
// as treating what the list names ("Other tendon problems we treat with
// PRP", "PRP can help with:"): it names a therapy and a word of treating
// (Cues.TreatLeads), denies nothing, names no risk, and names no condition
// after the therapy (one before it is the kind of the items: "tendon
// problems"); nil when it is no such lead.
func (x *Extractor) treatLead(s *sentence, ms []mention) *docEntity {
	i := slices.IndexFunc(ms, func(m mention) bool { return isTopicTherapy(m.ent.entry) })
	if i < 0 {
		return nil
	}
	for _, ps := range []phrases{x.idx.negation, x.idx.riskWords} {
		if _, ok := ps.any(s.toks, 0, len(s.toks)); ok {
			return nil
		}
	}
	if _, ok := x.idx.treatLeads.any(s.toks, 0, len(s.toks)); !ok {
		return nil
	}
	if slices.ContainsFunc(ms[i:], func(m mention) bool { return m.ent.entry.Category == kg.CategoryCondition }) {
		return nil
	}
	return ms[i].ent
}

// slotsOf returns the mentions ms as slots.
func slotsOf(ms []mention) []slot {
	slots := make([]slot, len(ms))
	for i, m := range ms {
		slots[i] = slot{ent: m.ent, from: m.from, to: m.to, privative: m.privative, subtype: m.subtype}
	}
	return slots
}

// dropIngredientMeasures leaves out a measure that every mention of names
// as what a therapy contains ("PRP mengandung growth factor dalam kadar
// tinggi"): an ingredient is no condition's measure. One named again
// elsewhere stays ("secretome containing IL-10 …, and serum IL-17 levels
// were measured": both are cytokines).
func dropIngredientMeasures(cands []candidate, slots []slot) []candidate {
	return slices.DeleteFunc(cands, func(c candidate) bool {
		if c.pred != string(kg.MeasuredBy) || c.obj.from == c.obj.to {
			return false
		}
		return !slices.ContainsFunc(slots, func(sl slot) bool {
			_, contained := containerOf(cands, sl)
			return sl.ent == c.obj.ent && sl.from < sl.to && !contained
		})
	})
}

// containerOf returns the candidate that names sl as what a therapy
// contains, and whether there is one.
func containerOf(cands []candidate, sl slot) (candidate, bool) {
	i := slices.IndexFunc(cands, func(d candidate) bool {
		return d.pred == string(kg.Contains) && d.obj.from == sl.from && d.obj.to == sl.to
	})
	if i < 0 {
		return candidate{}, false
	}
	return cands[i], true
}

// dropArmContents leaves out what a therapy named as a trial's arm is said
// to contain ("Femoral BMD in the ADSC-Exo group was 17.6% higher"): the
// measure was taken in the arm's animals, not found in the product.
func (x *Extractor) dropArmContents(s *sentence, cands []candidate) []candidate {
	return slices.DeleteFunc(cands, func(c candidate) bool {
		return c.pred == string(kg.Contains) && c.subj.from < c.subj.to && c.subj.to < len(s.toks) && x.idx.groupWords[s.toks[c.subj.to].norm]
	})
}

// treatedItem reads an item of a list a lead-in opened of the conditions
// the therapies ts treat: a condition opening the item ("- Golfer's elbow
// (medial epicondylitis)", "- Achilles tendinopathy: PRP is one option
// …"), after its patients ("Dogs with …") or glossing its opening words in
// brackets, is one of them.
func (x *Extractor) treatedItem(s *sentence, cands []candidate, slots []slot, ts []*docEntity) []candidate {
	var prev *slot
	for i, sl := range slots {
		if sl.from == sl.to || sl.ent.entry.Category == kg.CategoryRoute {
			continue
		}
		if sl.ent.entry.Category != kg.CategoryCondition {
			break
		}
		if prev == nil {
			// "Stress-related shedding (telogen effluvium)": words the
			// lexicon lacks, glossed in brackets by a name it has alone.
			glossed := strings.Contains(s.gaps[sl.from], "(") && (sl.to == len(s.toks) || strings.HasPrefix(s.gaps[sl.to], ")"))
			// "Mild to moderate knee osteoarthritis": how severe it is may
			// open the item.
			severity, _ := x.idx.severities.longestAt(s.toks, 0, sl.from, nil)
			modifier, _ := x.idx.listMods.longestAt(s.toks, 0, sl.from, nil)
			if sl.from > 1 && severity != sl.from && modifier != sl.from && !glossed && !x.population(s, sl) {
				break
			}
			// After its patients or how severe, two conditions leave open
			// which is treated and which says who they are ("Women with
			// PCOS and thinning hair", "Pasien osteoartritis lutut dan
			// obesitas", "Mild knee osteoarthritis and obesity"): the item
			// claims nothing.
			patients := sl.from > 1 || x.population(s, sl)
			if patients && i+1 < len(slots) && slots[i+1].ent.entry.Category == kg.CategoryCondition && x.conjoined(s, sl, slots[i+1]) {
				break
			}
		} else if !x.conjoined(s, *prev, sl) {
			// "Tendon and muscle injuries" opens with two.
			break
		}
		for _, t := range ts {
			cands = addTreats(cands, slot{ent: t}, sl)
		}
		prev = &slots[i]
	}
	return cands
}

// careItem reads an item of a care list: the therapy it names first, within
// its first five words and after any route ("Suntikan metotreksat"),
// treats the lead-in's condition (an item whose first name is of another
// kind names no care of its own), and a condition it names for a group of
// patients ("pada pasien dengan diabetes tipe 2", "pada pasien tanpa
// diabetes") or as a feature of another ("NASH dengan fibrosis") says who
// gets it, not what it treats. Other conditions it names keep their
// reading.
func (x *Extractor) careItem(s *sentence, cands []candidate, slots []slot, cond *docEntity) []candidate {
	// The first name of the item may follow a few words of its own ("A
	// short course of NSAIDs", "Quadriceps and hamstring stretching
	// exercises").
	var first *slot
	for i := range slots {
		if slots[i].from < slots[i].to {
			// "Topical corticosteroids", "Suntikan metotreksat": the route
			// the therapy is given by may come first.
			if slots[i].ent.entry.Category == kg.CategoryRoute {
				continue
			}
			if slots[i].from <= 4 && isTopicTherapy(slots[i].ent.entry) {
				first = &slots[i]
			}
			break
		}
	}
	if first == nil {
		return cands
	}
	out := slices.DeleteFunc(cands, func(c candidate) bool {
		return c.pred == string(kg.Treats) && c.subj.ent == first.ent && c.obj.ent != cond && (x.population(s, c.obj) || x.qualifier(s, slots, c.obj))
	})
	// The item may open with several therapies ("Penghambat ACE dan
	// penyekat beta, …").
	for _, k := range x.therapiesFrom(s, slots, first.from) {
		out = addTreats(out, slots[k], slot{ent: cond})
	}
	return out
}

// opensList reports whether the line right below the sentence's is an
// item of a list.
func opensList(a *analysis, s *sentence) bool {
	return s.line+1 < len(a.lines) && a.lines[s.line+1].kind == lineList
}

// counted reports whether a word of care in the sentence is counted
// ("Three approved treatments", "dua pilihan terapi"): a number or a
// counting word stands at most two words before it.
func (x *Extractor) counted(s *sentence) bool {
	for _, h := range x.idx.careLeads.find(s.toks, 0, len(s.toks)) {
		for i := max(0, h.from-3); i < h.from; i++ {
			if w := s.toks[i].norm; isNumber(w) || x.idx.countWords[w] {
				return true
			}
		}
	}
	return false
}

// addTreats adds "sb treats cond", read from the text around it, unless
// the candidates already say so.
func addTreats(cands []candidate, sb, obj slot) []candidate {
	if treatsIn(cands, sb.ent, obj.ent) {
		return cands
	}
	return append(cands, candidate{pred: string(kg.Treats), subj: sb, obj: obj, bare: true})
}

// treatsIn reports whether cands already say that t treats cond.
func treatsIn(cands []candidate, t, cond *docEntity) bool {
	return slices.ContainsFunc(cands, func(c candidate) bool {
		return c.pred == string(kg.Treats) && c.subj.ent == t && c.obj.ent == cond
	})
}

// ledTherapies reads the therapies of a sentence that follows one naming a
// condition's care ("Nusinersen is given by lumbar puncture …, risdiplam
// is a daily oral liquid, and onasemnogene abeparvovec is …") as treating
// that condition. It takes two or more, none of them a cell therapy, a
// cell product or a class: one therapy after such a sentence is as often
// the page's own product, said to do something else. A sentence that
// denies, compares or names a harm says something else of them ("PRP did
// not outperform hyaluronic acid", "methotrexate damaged the liver").
func (x *Extractor) ledTherapies(s *sentence, cands []candidate, slots []slot, cond *docEntity) []candidate {
	if hasCategory(slots, kg.CategorySideEffect) {
		return cands
	}
	for _, ps := range []phrases{x.idx.negation, x.idx.riskWords, x.idx.harmVerbs, x.idx.contrasts} {
		if _, ok := ps.any(s.toks, 0, len(s.toks)); ok {
			return cands
		}
	}
	var led []slot
	for _, sl := range slots {
		e := sl.ent.entry
		if sl.from < sl.to && isTopicTherapy(e) && !e.hasTag("standard-care") && !e.hasTag("cell") && !e.hasTag("cell-product") && !e.hasTag("kind") &&
			!slices.ContainsFunc(led, func(l slot) bool { return l.ent == sl.ent }) {
			led = append(led, sl)
		}
	}
	if len(led) < 2 {
		return cands
	}
	for _, sl := range led {
		cands = addTreats(cands, sl, slot{ent: cond})
	}
	return cands
}

// qualifier reports whether a condition is written as a feature of the
// condition before it ("NASH dengan fibrosis sedang", "OA with effusion"):
// one word, "dengan" or "with", between them.
func (x *Extractor) qualifier(s *sentence, slots []slot, o slot) bool {
	if o.from < 2 || o.from == o.to || !x.idx.featureLinks[s.toks[o.from-1].norm] {
		return false
	}
	return slices.ContainsFunc(slots, func(c slot) bool {
		return c.to == o.from-1 && c.from < c.to && c.ent.entry.Category == kg.CategoryCondition
	})
}

// notePair remembers the first two therapies a sentence joins with a
// coordinating word ("sekretom dan eksosom").
func (d *discourse) notePair(x *Extractor, s *sentence, slots []slot) {
	for i := 0; i+1 < len(slots); i++ {
		a, b := slots[i], slots[i+1]
		if a.from == a.to || a.ent == b.ent || !isTopicTherapy(a.ent.entry) || !isTopicTherapy(b.ent.entry) {
			continue
		}
		if x.coordinated(s, a, b) && x.coordinatedByWord(s, a, b) {
			d.pair, d.pairLine = [2]*docEntity{a.ent, b.ent}, s.line
			return
		}
	}
}

// noteLastTwo keeps the last two different therapies that were the topic
// after sentence si, on line line, and notes whether ms names either; it
// does nothing while there is no topic.
func (d *discourse) noteLastTwo(si, line int, ms []mention) {
	if d.topic == nil {
		return
	}
	if d.topic != d.lastTwo[1] {
		// The earlier therapy's last line as the topic says how far back
		// the pair reaches.
		d.lastTwo, d.lastTwoLine = [2]*docEntity{d.lastTwo[1], d.topic}, d.lastTopicLine
	}
	d.lastTopicLine = line
	if slices.ContainsFunc(ms, func(m mention) bool { return m.ent == d.lastTwo[0] || m.ent == d.lastTwo[1] }) {
		d.lastTwoSent = si
	}
}

// claims extracts the claims of every content sentence.
func (x *Extractor) claims(a *analysis, es *entitySet, doc *kg.Document) []kg.Claim {
	r := x.newReader(a, es, doc)
	for si, s := range a.sents {
		ms := dropMeasuredHarms(s, x.dropHarmOfHarm(s, x.dropDefinitions(s, x.dropRoleModifiers(s, x.dropQualifiedInfusions(s, es.inSent[s])))))
		if s.dup {
			continue
		}
		if s.kind == lineHeading {
			r.heading(s, ms)
			r.d.noteLastTwo(si, s.line, ms)
			if cs := x.headingTreats(s, ms); len(cs) > 0 {
				rd := r.newReading(si, s, ms)
				rd.cands = cs
				r.emit(rd)
			}
			continue
		}
		rd := r.newReading(si, s, ms)
		r.pairAnaphora(rd)
		r.paraphrasedVesicles(rd)
		r.referBack(rd)
		r.listSubject(rd)
		r.ownProducts(rd)
		r.conditionAnaphora(rd)
		r.harmItem(rd)
		r.zeroSubject(rd)
		r.attribute(rd)
		r.implicitSubjects(rd)
		r.findCandidates(rd)
		r.spread(rd)
		r.emit(rd)
		r.noteTopic(rd)
		r.noteNames(rd)
		r.noteLeadIn(rd)
		r.d.noteLastTwo(si, s.line, ms)
	}
	return x.yieldGenericRoutes(r.out, r.named)
}

// yieldGenericRoutes drops a therapy's claims of a generic route
// ("injection") when the document names a specific route for it
// ("intramuscular", "intra-articular"): the specific one says how. A
// generic route named as part of the therapy's name ("injeksi exosome")
// stays: the text calls the product so; so does a specific route recorded
// as the generic one (named marks both).
func (x *Extractor) yieldGenericRoutes(cs []kg.Claim, named map[string]bool) []kg.Claim {
	specific := map[string]bool{}
	for _, c := range cs {
		if c.Predicate == kg.AdministeredVia && !c.Negated {
			if e := x.idx.byID[c.Object.ID]; e != nil && !e.hasTag("generic") {
				specific[c.Subject.ID] = true
			}
		}
	}
	out := cs[:0]
	for _, c := range cs {
		if c.Predicate == kg.AdministeredVia && specific[c.Subject.ID] && !named[c.ID] {
			if e := x.idx.byID[c.Object.ID]; e != nil && e.hasTag("generic") {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// elaborateMechanism reads an apposition spelling out how a therapy works
// ("bekerja melalui imunomodulasi, yaitu menggeser respons imun dari pola
// alergi ke arah toleransi, antara lain dengan memperbanyak sel T
// regulator"): the mechanisms it names are how the therapy works too, and
// the harms it names are what the mechanism acts on, not risks.
func (x *Extractor) elaborateMechanism(s *sentence, cands []candidate, slots []slot, clause []int) []candidate {
	i := slices.IndexFunc(cands, func(c candidate) bool {
		o := c.obj
		if c.pred != string(kg.ActsVia) || c.denied || o.to >= len(s.toks) || !strings.Contains(s.gaps[o.to], ",") {
			return false
		}
		n, _ := x.idx.definitions.longestAt(s.toks, o.to, min(o.to+2, len(s.toks)), nil)
		return n > 0
	})
	if i < 0 {
		return cands
	}
	c := cands[i]
	from := c.obj.to
	out := slices.DeleteFunc(slices.Clone(cands), func(d candidate) bool {
		return d.pred == string(kg.HasRisk) && d.obj.from >= from && clause[d.obj.from] == clause[from]
	})
	for _, m := range slots {
		if m.from < from || m.from == m.to || m.ent.entry.Category != kg.CategoryMechanism ||
			slices.ContainsFunc(out, func(d candidate) bool { return d.pred == c.pred && d.subj.ent == c.subj.ent && d.obj.ent == m.ent }) {
			continue
		}
		e := c
		e.obj = m
		out = append(out, e)
	}
	return out
}

// negatedRelative reports whether a negated relative clause ends at token
// at: "yang tidak", "who did not".
func (x *Extractor) negatedRelative(s *sentence, at int) bool {
	for _, n := range x.idx.negation.find(s.toks, max(0, at-2), at) {
		if n.to == at && x.idx.relPronouns.endsAt(s.toks, n.from, 2) {
			return true
		}
	}
	return false
}

// listAfter extends subjects named after a reverse cue with the therapies
// coordinated after the last of them, however far the list runs ("who
// underwent pars plana vitrectomy, ILM peeling and SF6 gas tamponade").
func (x *Extractor) listAfter(s *sentence, subjects, subs, routes []slot) []slot {
	if len(subjects) == 0 {
		return subjects
	}
	last := subjects[0]
	for _, sb := range subjects[1:] {
		if sb.from > last.from {
			last = sb
		}
	}
	out := subjects
	for _, sb := range subs {
		if sb.from < last.to || sb.from == sb.to || slices.Contains(out, sb) {
			continue
		}
		if !x.coordinated(s, last, sb) && !x.armsJoined(s, last, sb, routes) {
			break
		}
		out = append(out, sb)
		last = sb
	}
	return out
}

// routeSlots returns the routes among slots.
func routeSlots(slots []slot) []slot {
	var out []slot
	for _, sl := range slots {
		if sl.from < sl.to && sl.ent.entry.Category == kg.CategoryRoute {
			out = append(out, sl)
		}
	}
	return out
}

// armsJoined reports whether the words between two therapies only join
// trial arms: a coordinating word, an arm's size and the route of the
// second ("PRP (n=46) or a peritendinous injection of triamcinolone").
func (x *Extractor) armsJoined(s *sentence, a, b slot, routes []slot) bool {
	if b.from-a.to > 10 {
		return false
	}
	joined := false
	for i := a.to; i < b.from; i++ {
		if slices.ContainsFunc(routes, func(r slot) bool { return r.from <= i && i < r.to }) {
			continue
		}
		w := s.toks[i].norm
		if _, ok := x.idx.coordination.any(s.toks, i, i+1); ok {
			joined = true
			continue
		}
		if !x.idx.armWords[w] && !isNumber(w) {
			return false
		}
	}
	return joined
}

// participle reports whether a route is named by a verb ("PRP injected
// intravitreally", "sekretom disuntikkan"): a therapy and such a verb are a
// clause, not one name.
func participle(s *sentence, sl slot) bool {
	if sl.ent.entry.Category != kg.CategoryRoute || sl.to-sl.from != 1 {
		return false
	}
	w := s.toks[sl.from].norm
	if s.lang == "id" {
		return strings.HasPrefix(w, "di") && len(w) > 5
	}
	return strings.HasSuffix(w, "ed")
}

// harmedBy reports whether the condition sl is named as a harm: after a
// noun of risk a therapy runs (riskedCondition), or right after a verb of
// harm with a therapy a few words before it as its subject ("Li-ESWT does
// not cause erectile dysfunction"; in "perdarahan berulang menyebabkan
// anemia" the bleeding does it), or joined to side effects that verb
// opens.
func (x *Extractor) harmedBy(s *sentence, sl slot, slots []slot) bool {
	if x.riskedCondition(s, sl, slots) {
		return true
	}
	// "… and cause nephrotoxicity and hypertension": a condition joined
	// to the harms a verb of harm opens is one of them, unless it names
	// whom a new clause is about ("…, and diabetes patients should …").
	if x.idx.popNouns.startsAt(s.toks, sl.to, 1) {
		return false
	}
	for {
		prev, ok := x.listedBefore(s, slots, sl, kg.CategorySideEffect, kg.CategoryCondition)
		if !ok {
			break
		}
		sl = prev
	}
	for _, h := range x.idx.harmVerbs.find(s.toks, max(0, sl.from-2), sl.from) {
		if h.to != sl.from {
			continue
		}
		if slices.ContainsFunc(slots, func(o slot) bool {
			return o.from < o.to && o.to <= h.from && h.from-o.to <= 3 && o.ent.entry.Category == kg.CategoryTherapy
		}) {
			return true
		}
		// "Calcineurin inhibitors induce remission in half of children
		// with SRNS and cause hypertension": after "and", a verb of harm
		// has the sentence's subject, the therapy it opens with, when no
		// comma sets that therapy apart ("Despite stem cell therapy, the
		// diabetes progressed and caused kidney failure").
		// "… reduce chorea but may cause depression": a modal may stand
		// between the joining word (or one of Cues.HarmJoins) and the verb.
		j := x.modalStart(s, h.from)
		k := slices.IndexFunc(slots, func(o slot) bool { return o.from < o.to })
		if k < 0 || j == 0 || !x.idx.conjunctions[s.toks[j-1].norm] && !x.idx.harmJoins.startsAt(s.toks, j-1, 1) {
			return false
		}
		subj := slots[k]
		return subj.ent.entry.Category == kg.CategoryTherapy && subj.to <= h.from && !commaBetween(s, subj.to, h.from)
	}
	return false
}

// riskedCondition reports whether the condition sl is named as a risk a therapy
// before it in the sentence runs ("dexamethasone … increases the risk of
// cerebral palsy", "membawa risiko terjadinya perforasi"): the noun of risk
// stands right before it, or with one linking word between.
func (x *Extractor) riskedCondition(s *sentence, sl slot, slots []slot) bool {
	for _, r := range x.idx.riskNouns.find(s.toks, max(0, sl.from-2), sl.from) {
		if r.to != sl.from && !(r.to+1 == sl.from && x.idx.riskLinks[s.toks[r.to].norm]) {
			continue
		}
		// "preterm infants at (very high) risk of BPD", "patients with a
		// high risk of stroke": the patients' own risk.
		for k := r.from - 1; k >= max(0, r.from-4); k-- {
			w := s.toks[k].norm
			if x.idx.riskBearers[w] || x.idx.featureLinks[w] && x.idx.popNouns.endsAt(s.toks, k, 2) {
				return false
			}
			if strings.TrimSpace(s.gaps[k+1]) != "" {
				break
			}
		}
		return slices.ContainsFunc(slots, func(o slot) bool {
			return o.from < o.to && o.to <= r.from && o.ent.entry.Category == kg.CategoryTherapy
		})
	}
	return false
}

// narrows reports whether the name sp is the name g with words before it
// ("hypertrophic scar" narrows "scar", "knee osteoarthritis" narrows
// "osteoarthritis").
func narrows(sp, g string) bool {
	return len(sp) > len(g) && strings.HasSuffix(sp, " "+g)
}

// spans reports whether one pattern of ps covers exactly the tokens
// [from, to) of s.
func spans(ps phrases, s *sentence, from, to int) bool {
	n, _ := ps.longestAt(s.toks, from, to, nil)
	return n > 0 && n == to-from
}

// dropMeasuredHarms leaves out a harm named as what a scale right before it
// measured ("VAS pain did not differ", "KOOS Pain"): it is no side effect.
func dropMeasuredHarms(s *sentence, ms []mention) []mention {
	return slices.DeleteFunc(slices.Clone(ms), func(m mention) bool {
		return m.ent.entry.Category == kg.CategorySideEffect && slices.ContainsFunc(ms, func(p mention) bool {
			return p.ent.entry.Category == kg.CategoryBiomarker && p.to == m.from && strings.TrimSpace(s.gaps[m.from]) == ""
		})
	})
}

// dropHarmOfHarm leaves out a harm named as what another harm is of ("a
// post-injection flare of pain"): the first names the side effect.
func (x *Extractor) dropHarmOfHarm(s *sentence, ms []mention) []mention {
	return slices.DeleteFunc(slices.Clone(ms), func(m mention) bool {
		if m.ent.entry.Category != kg.CategorySideEffect {
			return false
		}
		return slices.ContainsFunc(ms, func(p mention) bool {
			return p.ent != m.ent && p.ent.entry.Category == kg.CategorySideEffect && p.to < m.from &&
				spans(x.idx.harmLinks, s, p.to, m.from)
		})
	})
}

// dropDefinitions leaves out a mechanism named in an apposition defining
// the condition before it ("proktitis radiasi, yaitu peradangan rektum"):
// it says what the condition is, not how a therapy works.
func (x *Extractor) dropDefinitions(s *sentence, ms []mention) []mention {
	out := ms[:0:0]
	for i, m := range ms {
		if m.ent.entry.Category == kg.CategoryMechanism && i > 0 && ms[i-1].ent.entry.Category == kg.CategoryCondition {
			c := ms[i-1]
			if n, _ := x.idx.definitions.longestAt(s.toks, c.to, m.from, nil); n > 0 && c.to+n == m.from && strings.Contains(s.gaps[c.to], ",") {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// dropQualifiedInfusions leaves out a route named by a bare product noun
// ("infusion", "infus") when another route qualifies it a few words
// before, with only a therapy's name or a number between: "two
// intrauterine PRP infusions" are given into the uterus, not into a vein;
// "by injection or infusion" names two routes.
func (x *Extractor) dropQualifiedInfusions(s *sentence, ms []mention) []mention {
	bare := func(m mention) bool {
		return m.to-m.from == 1 && x.idx.products[singularWord(s.toks[m.from].norm)]
	}
	joined := func(from, to int) bool {
		_, coordinated := x.idx.coordination.any(s.toks, from, to)
		return plainBetween(s, from-1, to) && !coordinated
	}
	out := ms[:0:0]
	for i, m := range ms {
		qualified := false
		if m.ent.entry.Category == kg.CategoryRoute && bare(m) {
			for _, o := range ms[:i] {
				if o.ent.entry.Category == kg.CategoryRoute && o.ent != m.ent && o.to <= m.from && m.from-o.to <= 3 && joined(o.to, m.from) {
					qualified = true
				}
			}
		}
		if !qualified {
			out = append(out, m)
		}
	}
	return out
}

// unitName reports whether the mention is part of the capitalised name of
// a team, laboratory or department ("Ketua Tim Terapi Sel RSU Kapuas", "the
// Stem Cell Unit"): the unit noun before it in Indonesian and after it in
// English, one word, joined by a space, each with a capital. A capital
// proves nothing on a sentence's first word or on an acronym ("Unit PRP
// kami …"), and "Lab-Grown" is no unit.
func (x *Extractor) unitName(s *sentence, m mention) bool {
	first := s.toks[m.from].raw
	if !capitalised(first) || isAcronymPlural(first) {
		return false
	}
	if s.lang == "id" {
		return m.from > 1 && s.gaps[m.from] == " " && capitalised(s.toks[m.from-1].raw) && x.idx.unitsBefore.endsAt(s.toks, m.from, 1)
	}
	if m.to >= len(s.toks) || s.gaps[m.to] != " " || !capitalised(s.toks[m.to].raw) || !x.idx.unitsAfter.startsAt(s.toks, m.to, 1) {
		return false
	}
	return m.to+1 >= len(s.toks) || s.gaps[m.to+1] != "-"
}

// dropRoleModifiers leaves out a therapy named only as what a person works
// on ("a stem cell biologist", "peneliti sel punca"), as a team or
// laboratory's name ("Tim Terapi Sel"), as a place on the
// body ("the liposuction site") or as the class of the therapy named next
// ("obat antinyeri golongan NSAID", "krim anestesi lidokain"): such a name neither takes part in
// claims nor becomes the therapy at hand.
func (x *Extractor) dropRoleModifiers(s *sentence, ms []mention) []mention {
	// The role word follows the name in English ("stem cell biologist") and
	// precedes it in Indonesian ("peneliti sel punca"), with only a space
	// between.
	role := func(m mention) bool {
		cat := m.ent.entry.Category
		if cat != kg.CategoryTherapy && cat != kg.CategoryRoute {
			return false
		}
		// "area sedot lemak", "the liposuction site", "nyeri di titik
		// suntik" name a place on the body, not the therapy or the way it
		// is given.
		if x.idx.sitesBefore.endsAt(s.toks, m.from, 1) || x.idx.sitesAfter.startsAt(s.toks, m.to, 1) {
			return true
		}
		if cat == kg.CategoryRoute {
			return false
		}
		if x.unitName(s, m) {
			return true
		}
		if s.lang == "id" {
			return x.idx.roles.endsAt(s.toks, m.from, 1) && strings.TrimSpace(s.gaps[m.from]) == ""
		}
		return x.idx.roles.startsAt(s.toks, m.to, 1) && strings.TrimSpace(s.gaps[m.to]) == ""
	}
	// "obat antinyeri golongan NSAID": the drug named is the NSAID; the
	// class before "golongan" only says what kind it is.
	classed := func(i int) bool {
		m := ms[i]
		if i+1 >= len(ms) || m.ent.entry.Category != kg.CategoryTherapy || ms[i+1].ent.entry.Category != kg.CategoryTherapy {
			return false
		}
		// "krim anestesi lidokain", "the antibiotic doxycycline": a class
		// of drugs right before one of its drugs says what kind it is.
		if ms[i+1].from == m.to && s.gaps[m.to] == " " && m.ent.entry.hasTag("drug-class") && !ms[i+1].ent.entry.hasTag("drug-class") &&
			conventional(ms[i+1].ent.entry) && !ms[i+1].ent.entry.hasTag("procedure") {
			return true
		}
		return ms[i+1].from == m.to+1 && x.idx.classOf[s.toks[m.to].norm] &&
			strings.TrimSpace(s.gaps[m.to]) == "" && strings.TrimSpace(s.gaps[m.to+1]) == ""
	}
	out := ms[:0:0]
	for i, m := range ms {
		if !role(m) && !classed(i) && !x.predicatedKind(s, ms, i) && !x.apposedKind(s, ms, i) {
			out = append(out, m)
		}
	}
	return out
}

// predicatedKind reports whether ms[i] names the kind of drug or therapy a
// therapy named before it is said to be ("Riluzole and edaravone remain
// the only approved disease-modifying drugs for ALS", "Cisplatin is one of
// the most widely used chemotherapy drugs, prescribed for …"): what is
// said after it is the named therapy's. A kind is tagged so, or named
// with a drug noun; a negation between ("is not a cell therapy") keeps it.
func (x *Extractor) predicatedKind(s *sentence, ms []mention, i int) bool {
	m := ms[i]
	if i == 0 || m.ent.entry.Category != kg.CategoryTherapy || ms[i-1].ent.entry.Category != kg.CategoryTherapy {
		return false
	}
	named := m.ent.entry.hasTag("kind") || x.idx.drugNouns[s.toks[m.to-1].norm] ||
		m.to < len(s.toks) && s.gaps[m.to] == " " && x.idx.drugNouns[s.toks[m.to].norm]
	if !named {
		return false
	}
	prev := ms[i-1]
	for _, ps := range []phrases{x.idx.copulas, x.idx.remains} {
		c, ok := ps.any(s.toks, prev.to, m.from)
		if !ok || m.from-c.to > maxKindWords || c.from-prev.to > 1 {
			continue
		}
		if _, neg := x.idx.negation.any(s.toks, prev.to, m.from); neg {
			return false
		}
		// What the therapy is said to be opens right after the copula
		// or with an article ("the only …", "one of the …", "a …"); "are
		// usually combined with …", "were infused after …" say something
		// else of it.
		if c.to < m.from && !x.idx.kindOpeners[s.toks[c.to].norm] {
			return false
		}
		return plainBetween(s, c.to-1, m.from)
	}
	return false
}

// apposedKind reports whether ms[i] names the kind of drug a therapy named
// right before it is, set in apposition after a comma and an opener of
// Cues.AppositionOpeners ("Dexamethasone, a steroid widely used to
// control …", "phenylbutazone, an anti-inflammatory painkiller"): what is
// said of the kind is the named therapy's. Mentions of other categories
// between them are passed over. The therapy must not stand in a fronted
// phrase ("After PRP, the corticosteroid group …", "Unlike PRP, …"), and
// a kind followed by a joining word before the next comma is a list item
// ("hyaluronic acid, a corticosteroid injection and exercise").
func (x *Extractor) apposedKind(s *sentence, ms []mention, i int) bool {
	m := ms[i]
	if m.ent.entry.Category != kg.CategoryTherapy || !conventional(m.ent.entry) || m.ent.entry.hasTag("procedure") || m.ent.entry.hasTag("product") {
		return false
	}
	k := i - 1
	for k >= 0 && ms[k].ent.entry.Category != kg.CategoryTherapy {
		k--
	}
	if k < 0 {
		return false
	}
	prev := ms[k]
	if prev.to >= m.from || !strings.Contains(s.gaps[prev.to], ",") || m.from-prev.to > maxApposedWords || !plainBetween(s, prev.to, m.from) {
		return false
	}
	if !x.idx.appositionOpeners.startsAt(s.toks, prev.to, 2) {
		return false
	}
	for _, ps := range []phrases{x.idx.afterWords, x.idx.contrasts, x.idx.subords} {
		if ps.endsAt(s.toks, prev.from, 3) {
			return false
		}
	}
	for j := m.to; j < len(s.toks) && !strings.Contains(s.gaps[j], ","); j++ {
		if x.idx.coordination.startsAt(s.toks, j, 1) {
			return false
		}
	}
	return true
}

// maxApposedWords is how many words may open an apposition before the kind
// it names: an opener and an adjective ("an anti-inflammatory painkiller").
const maxApposedWords = 3

// maxKindWords is how many words may stand between a copula and the kind
// of drug it says a therapy is ("one of the most widely used").
const maxKindWords = 6

// plainBetween reports whether only spaces part token from from token to:
// no punctuation in any gap between them.
func plainBetween(s *sentence, from, to int) bool {
	for k := from + 1; k <= to && k < len(s.gaps); k++ {
		if strings.TrimSpace(s.gaps[k]) != "" {
			return false
		}
	}
	return true
}

// label finds a list item's label ("Meningkatkan produksi kolagen:
// exosome merangsang …"): a first clause ending in a colon that names no
// therapy, followed by a clause opening with one. It returns where the label
// ends and the subject that opens the rest, or 0.
func (x *Extractor) label(s *sentence, slots []slot, clause []int) (int, slot) {
	end := firstColon(s, 1, 12)
	if end < 0 || clause[end-1] != 0 {
		return 0, slot{}
	}
	for _, sl := range slots {
		if sl.from < end && sl.ent.entry.Category == kg.CategoryTherapy {
			return 0, slot{}
		}
		if sl.from >= end && sl.from <= end+2 && sl.ent.entry.Category == kg.CategoryTherapy && !sl.ent.entry.hasTag("cell-component") {
			return end, sl
		}
	}
	return 0, slot{}
}

// implicit are the subjects a sentence may leave unsaid.
type implicit struct {
	// zero is the therapy of the sentence before, for a sentence that names
	// none ("Bisa juga disuntikan ke dalam kulit").
	zero *docEntity
	// risky is the therapy last named, for a sentence that names none but
	// speaks of side effects ("Efek samping yang mungkin muncul adalah
	// kemerahan"): side-effect paragraphs are about the therapy at hand.
	risky *docEntity
	// listed marks an item of a list that a side-effect lead-in opened
	// ("Efek samping yang mungkin muncul antara lain:"): it needs no risk
	// word of its own.
	listed bool
	// condition is the condition the document is about: a sentence that
	// names only measures ("The primary endpoint was the change in HbA1c")
	// measures that condition.
	condition *docEntity
	// question marks a sentence ending in a question mark.
	question bool
	// arms are the therapies the sentences before named as a trial's
	// arms: what a sentence naming none says happened "in both groups"
	// happened with each.
	arms []*docEntity
	// aboutCondition marks a sentence that opens with a condition ("Ruptur
	// perineum … meningkatkan risiko infeksi"): the harms it names are the
	// condition's complications, so no therapy is their implied cause.
	aboutCondition bool
}

// subject returns the unsaid subject of predicate p, if the sentence may
// leave one, and whether it is the therapy at hand of a side-effect
// sentence (which needs a risk word, not nearness alone).
func (imp implicit) subject(p predicateIndex) (*docEntity, bool) {
	switch {
	case p.name == string(kg.HasRisk) && imp.aboutCondition:
		return nil, false
	case imp.zero != nil && p.subject.admits(imp.zero.entry):
		return imp.zero, false
	case imp.risky != nil && p.name == string(kg.HasRisk):
		return imp.risky, !imp.listed
	case imp.condition != nil && p.name == string(kg.MeasuredBy):
		return imp.condition, false
	}
	return nil, false
}

// yieldGeneric drops a candidate whose object is tagged "generic" when the
// same subject and predicate also reach a more specific object of the same
// category in the sentence: "injected into the knee (intra-articular
// injection)" says intra-articular, not injection as well.
func yieldGeneric(cs []candidate) []candidate {
	specific := map[[2]any]bool{}
	for _, c := range cs {
		if !c.obj.ent.entry.hasTag("generic") {
			specific[[2]any{c.subj.ent, c.pred}] = true
		}
	}
	out := cs[:0:0]
	for _, c := range cs {
		if c.obj.ent.entry.hasTag("generic") && specific[[2]any{c.subj.ent, c.pred}] {
			continue
		}
		out = append(out, c)
	}
	return out
}

// mainCondition returns the condition a document is about: the one named
// most often (at least twice) outside repeated blocks, the first named on a
// tie; when none is named twice, the first condition of the first body
// sentence naming a therapy and a condition (a news lead: "… menguji terapi
// sel punca … untuk pasien proktitis radiasi"); nil when there is none.
func mainCondition(a *analysis, es *entitySet) *docEntity {
	isCond := func(e *LexEntry) bool { return e.Category == kg.CategoryCondition }
	if c := mostNamed(a, es, isCond); c != nil {
		return c
	}
	for _, s := range a.sents {
		if s.dup || s.kind != lineBody {
			continue
		}
		var cond *docEntity
		therapy := false
		for _, m := range es.inSent[s] {
			therapy = therapy || isTopicTherapy(m.ent.entry)
			if cond == nil && isCond(m.ent.entry) {
				cond = m.ent
			}
		}
		if therapy && cond != nil {
			return cond
		}
	}
	return nil
}

// mostNamed returns the entity of kind named most often (at least twice)
// outside repeated blocks, the first named on a tie; nil when none stands
// out.
func mostNamed(a *analysis, es *entitySet, kind func(*LexEntry) bool) *docEntity {
	return mostNamedAtLeast(a, es, kind, 2)
}

// mostNamedAtLeast is mostNamed for entities named at least least times.
func mostNamedAtLeast(a *analysis, es *entitySet, kind func(*LexEntry) bool, least int) *docEntity {
	count := map[*docEntity]int{}
	first := map[*docEntity]int{}
	n := 0
	for _, s := range a.sents {
		if s.dup {
			continue
		}
		for _, m := range es.inSent[s] {
			if !kind(m.ent.entry) {
				continue
			}
			if _, ok := first[m.ent]; !ok {
				first[m.ent] = n
				n++
			}
			count[m.ent]++
		}
	}
	// "parut hipertrofik" named twice and "scar" twice: a condition page is
	// about the kind its one more specific name says, named at least as
	// often, so the general name's mentions count for it too.
	own := maps.Clone(count)
	for g, c := range own {
		if g.entry.Category != kg.CategoryCondition {
			continue
		}
		var narrower []*docEntity
		for sp := range own {
			if sp != g && narrows(sp.entry.Name, g.entry.Name) {
				narrower = append(narrower, sp)
			}
		}
		if len(narrower) == 1 && own[narrower[0]] >= 2 && own[narrower[0]] >= c {
			count[narrower[0]] += c
		}
	}
	var best *docEntity
	for e, c := range count {
		if c < least {
			continue
		}
		if best == nil || c > count[best] || c == count[best] && first[e] < first[best] {
			best = e
		}
	}
	return best
}

// sortSlots puts slots in text order, as anaphora appended out of order.
func sortSlots(slots []slot) {
	sort.Slice(slots, func(i, j int) bool { return slots[i].from < slots[j].from })
}

func isPronoun(s string) bool {
	switch strings.ToLower(s) {
	case "it", "they", "mereka":
		return true
	}
	return false
}

func overlapsAny(slots []slot, from, to int) bool {
	for _, s := range slots {
		if from < s.to && s.from < to {
			return true
		}
	}
	return false
}

// otherTherapy reports whether a slot names a therapy other than topic: a
// reference back to the topic itself ("the hydrogel") leaves it the
// subject of the clauses that name none.
func otherTherapy(slots []slot, topic *docEntity) bool {
	for _, s := range slots {
		// "Karena bebas sel, risiko penolakan …": what the topic lacks is
		// no other therapy.
		if s.privative {
			continue
		}
		if s.ent.entry.Category == kg.CategoryTherapy && s.ent != topic {
			return true
		}
	}
	return false
}

// hasCategory reports whether any of slots names an entity of category c.
func hasCategory(slots []slot, c kg.Category) bool {
	for _, s := range slots {
		if s.ent.entry.Category == c {
			return true
		}
	}
	return false
}

// therapies returns the distinct therapies mentioned, in order, at most
// three.
func therapies(ms []mention) []*docEntity {
	var out []*docEntity
	for _, m := range ms {
		if isTopicTherapy(m.ent.entry) && !slices.Contains(out, m.ent) && len(out) < 3 {
			out = append(out, m.ent)
		}
	}
	return out
}

// isTopicTherapy reports whether an entry can be what a text is about: a
// therapy, but not a component of one.
func isTopicTherapy(e *LexEntry) bool {
	return e.Category == kg.CategoryTherapy && !e.hasTag("cell-component")
}

func firstTherapy(ms []mention) *docEntity {
	for _, m := range ms {
		if isTopicTherapy(m.ent.entry) {
			return m.ent
		}
	}
	return nil
}

// clauses numbers the clause of every token: a semicolon, a colon, a
// parenthesis closing a long aside, or a contrastive word ("namun", "but")
// starts a new clause.
func (x *Extractor) clauses(a *analysis, s *sentence) []int {
	ids := make([]int, len(s.toks))
	breaks := map[int]bool{}
	for _, h := range x.idx.clauseBreaks.find(s.toks, 0, len(s.toks)) {
		// "has not yet been tested", "They do not, however, regenerate
		// …": a contrast word right after a negation, unless a comma
		// parts them and none closes it ("none, but two patients …"),
		// qualifies the negation rather than opening a clause.
		if _, ok := x.idx.negation.any(s.toks, max(0, h.from-1), h.from); ok {
			parted := strings.Contains(s.gaps[h.from], ",")
			closed := h.to < len(s.toks) && strings.Contains(s.gaps[h.to], ",")
			if !parted || closed {
				continue
			}
		}
		breaks[h.from] = true
	}
	// A sentence opening with a subordinator ("Because …,", "Karena …,")
	// or a contrast ("Dibandingkan filler …,", "Unlike steroids,") has its
	// first clause end at the first comma.
	fronted := x.opensSubordinate(s) || x.idx.contrasts.startsAt(s.toks, 0, 3)
	c := 0
	for i := range s.toks {
		if i > 0 {
			if strings.ContainsAny(s.gaps[i], ";:") || breaks[i] {
				c++
			} else if fronted && strings.Contains(s.gaps[i], ",") {
				c++
				fronted = false
			}
		}
		ids[i] = c
	}
	return ids
}

// candidates pairs the sentence's slots into relations wherever a
// predicate's signature admits the pair and one of its triggers joins them.
//
// imp holds the subjects a sentence may leave unsaid; they stand before its
// first word.
func (x *Extractor) candidates(s *sentence, slots []slot, clause []int, imp implicit) []candidate {
	cs := &candidateSearch{x: x, s: s, slots: slots, clause: clause, imp: imp}
	cs.taken = free(slots)
	cs.heads = x.dropModifiers(s, slots)
	cs.label, cs.labelSubj = x.label(s, cs.heads, clause)
	cs.careSpans = x.idx.standardCare.find(s.toks, 0, len(s.toks))
	cs.vehicles = x.vehicles(s, slots)
	for _, p := range x.idx.predicates {
		cs.predicate(p)
	}
	return cs.out
}

// candidateSearch is what the pairings of every predicate in one sentence
// share, and the candidates they have found so far.
type candidateSearch struct {
	x      *Extractor
	s      *sentence
	slots  []slot
	clause []int
	imp    implicit
	// taken rejects cue words inside an entity's name.
	taken func(from, to int) bool
	// heads are the slots less a cell that only modifies a cell product
	// (dropModifiers); DERIVED_FROM alone reads every slot.
	heads []slot
	// label is where a list item's label ends, 0 for none, and labelSubj
	// the subject that opens the rest of the item.
	label     int
	labelSubj slot
	// careSpans are the names of standard care, which standardCare reads.
	careSpans []hit
	vehicles  map[int]slot
	out       []candidate
}

// predicatePairs is the pairing of one predicate's subjects and objects in
// a sentence.
type predicatePairs struct {
	*candidateSearch
	p          predicateIndex
	subs, objs []slot
	// owned maps a route's first token to the therapy the route belongs
	// to: no other subject takes that route.
	owned map[int]slot
	// found holds the subject–object pairs already added: each pair is
	// one candidate, whatever else joins it.
	found map[[2]*docEntity]bool
	// cued holds where the harms a cue has paired with some subject
	// start (HAS_RISK only), so nearness pairs them with no other.
	cued map[int]bool
	// risky marks an unsaid subject that only a risk word pairs, not
	// nearness alone.
	risky bool
}

// predicate adds to cs.out the candidates of predicate p: those its own
// constructions read, then those its triggers join. It adds nothing more
// than the constructions' when the sentence lacks a subject or an object
// for p.
func (cs *candidateSearch) predicate(p predicateIndex) {
	src := cs.heads
	if p.name == string(kg.DerivedFrom) {
		src = cs.slots
	}
	nounRoutes := cs.constructions(p)
	subs, objs := cs.roles(p, src)
	subs, risky := cs.unsaidSubject(p, subs, objs)
	if len(subs) == 0 || len(objs) == 0 {
		return
	}
	pp := &predicatePairs{candidateSearch: cs, p: p, subs: subs, objs: objs, found: map[[2]*docEntity]bool{}, cued: map[int]bool{}, risky: risky}
	if p.name == string(kg.AdministeredVia) {
		pp.owned = cs.routeOwners(p, subs, objs, nounRoutes)
	}
	for _, o := range objs {
		if ow, ok := pp.owned[o.from]; ok {
			pp.add(ow, o, hit{}, true)
		}
	}
	if cs.label > 0 && p.subject.admits(cs.labelSubj.ent.entry) {
		pp.labelled()
	}
	for _, t := range p.triggers {
		pp.trigger(t)
	}
}

// constructions adds to cs.out the candidates of p that its own
// constructions read rather than its triggers, and returns those of them
// whose route a noun names ("a peritendinous injection of
// triamcinolone"); it returns nil when there are none, as for every
// predicate but ADMINISTERED_VIA.
func (cs *candidateSearch) constructions(p predicateIndex) []candidate {
	x, s, slots, heads, clause, imp := cs.x, cs.s, cs.slots, cs.heads, cs.clause, cs.imp
	if p.name == string(kg.Contains) {
		cs.out = append(cs.out, x.privatives(p, slots, imp)...)
		cs.out = append(cs.out, carriedOn(p, slots, cs.vehicles)...)
	}
	if p.name == string(kg.ActsVia) {
		cs.out = append(cs.out, x.classExamples(s, p, slots)...)
		cs.out = append(cs.out, x.workElaborated(s, p, slots)...)
	}
	if p.name == string(kg.HasRisk) {
		cs.out = append(cs.out, x.bothArms(s, p, heads, clause, imp.arms)...)
	}
	if p.name == string(kg.MeasuredBy) {
		cs.out = append(cs.out, x.outcomeChange(s, p, heads, clause, imp)...)
	}
	var nounRoutes []candidate
	if p.name == string(kg.AdministeredVia) {
		nounRoutes = x.routeNouns(s, p, heads)
		cs.out = append(cs.out, nounRoutes...)
	}
	if p.name == string(kg.Treats) {
		cs.out = append(cs.out, x.frontedPurpose(s, p, heads, clause)...)
		cs.out = append(cs.out, x.invertedCopula(s, p, heads, imp)...)
		cs.out = append(cs.out, x.standardCare(s, p, heads, clause, imp)...)
		cs.out = append(cs.out, x.trialPopulation(s, p, heads, clause, imp)...)
		cs.out = append(cs.out, x.nullResult(s, p, heads, clause, imp)...)
		cs.out = append(cs.out, x.bareBenefit(s, p, heads, clause, imp)...)
		cs.out = append(cs.out, x.patientsReceive(s, p, heads, clause, imp)...)
		cs.out = append(cs.out, compoundTreats(s, p, heads)...)
	}
	return nounRoutes
}

// roles returns the slots of src that p takes as subjects and those it
// takes as objects; either is nil when no slot fits.
func (cs *candidateSearch) roles(p predicateIndex, src []slot) (subs, objs []slot) {
	x, s, heads, imp := cs.x, cs.s, cs.heads, cs.imp
	for _, sl := range src {
		if sl.privative {
			continue
		}
		// Standard care as such is no one therapy: it is given, acts and
		// harms only through the therapies named with it.
		if p.name != string(kg.Treats) && sl.ent.entry.hasTag("standard-care") {
			continue
		}
		// What a product is loaded on only holds it: "exosomes loaded on
		// a scaffold enhanced bone formation".
		_, vehicle := cs.vehicles[sl.from]
		// "a platelet concentrate prepared without anticoagulant, releases
		// growth factors": what is left out does nothing ("with or
		// without PRP" leaves it in).
		leftOut := x.idx.withouts.endsAt(s.toks, sl.from, 1) && !(sl.from >= 2 && x.idx.disjunctions[s.toks[sl.from-2].norm])
		if p.subject.admits(sl.ent.entry) && !(p.name == string(kg.HasRisk) && x.remedy(s, sl, heads)) && !(vehicle && p.name != string(kg.Contains)) &&
			!(p.name != string(kg.HasRisk) && x.causeOfNamed(s, sl, src)) && !leftOut {
			subs = append(subs, sl)
		}
		// "nyeri dengan VAS", "pain on the VAS", "Pain was judged by …": an
		// outcome, not a harm.
		if p.name == string(kg.HasRisk) && x.measuredWith(s, sl, heads, cs.clause) {
			continue
		}
		// "AKI akibat sepsis": a harm named as the cause of a condition
		// is how the condition came, no risk.
		if p.name == string(kg.HasRisk) && x.causeOfCondition(s, sl, src) {
			continue
		}
		// "women who developed lymphoedema after breast cancer
		// treatment": a condition whose care came before is the
		// patients' history, not what the therapy treats.
		if p.name == string(kg.Treats) && x.caredBefore(s, sl, src) {
			continue
		}
		// "we treat long COVID fatigue", "an option for pelvic pain": a
		// harm named as what is treated is no risk.
		if p.name == string(kg.HasRisk) && x.treatedHarm(s, sl, src) {
			continue
		}
		// In a list of side effects, a condition named there is one too
		// ("- nyeri punggung dan demam sesaat setelah tindakan").
		// "Li-ESWT does not cause erectile dysfunction": a condition
		// right after a verb of harm is one too.
		harmed := p.name == string(kg.HasRisk) && sl.ent.entry.Category == kg.CategoryCondition && sl.from < sl.to && x.harmedBy(s, sl, src)
		if p.object.admits(sl.ent.entry) || imp.listed && p.name == string(kg.HasRisk) && sl.ent.entry.Category == kg.CategoryCondition || harmed {
			objs = append(objs, sl)
		}
	}
	if p.name == string(kg.HasRisk) {
		objs = x.withoutSymptoms(s, objs)
	}
	return subs, objs
}

// caredBefore reports whether the condition sl is named with a noun of
// care right after "after" (Cues.TimeLinks), the noun following it ("after
// breast cancer treatment") or, in Indonesian, before it ("setelah operasi
// kanker payudara"): care the patients had before. Care a therapy of the
// sentence gives ("after knee osteoarthritis treatment with PRP") is that
// therapy's and counts not.
func (x *Extractor) caredBefore(s *sentence, sl slot, slots []slot) bool {
	if sl.from == sl.to || sl.ent.entry.Category != kg.CategoryCondition {
		return false
	}
	careEnd := -1
	switch {
	case x.idx.timeLinks.endsAt(s.toks, sl.from, 1):
		if h, ok := x.idx.careNouns.hitAt(s.toks, sl.to, 2); ok {
			careEnd = h.to
		}
	case sl.from >= 2 && x.idx.careNouns.startsAt(s.toks, sl.from-1, 1) && x.idx.timeLinks.endsAt(s.toks, sl.from-1, 1):
		careEnd = sl.to
	}
	if careEnd < 0 {
		return false
	}
	return !slices.ContainsFunc(slots, func(o slot) bool {
		return o.from >= careEnd && o.from <= careEnd+2 && o.ent.entry.Category == kg.CategoryTherapy
	})
}

// unsaidSubject returns subs with the subject the sentence leaves unsaid
// added, and whether that subject is the therapy at hand of a side-effect
// sentence; subs comes back as it was, and false, when the sentence leaves
// none unsaid.
func (cs *candidateSearch) unsaidSubject(p predicateIndex, subs, objs []slot) ([]slot, bool) {
	imp := cs.imp
	risky := false
	// A sentence that only refers back to the therapy at hand ("… to
	// the hydrogel were observed; transient itching … occurred") still
	// leaves it the subject of its other clauses.
	if len(subs) > 0 && imp.zero != nil && p.subject.admits(imp.zero.entry) && !slices.ContainsFunc(subs, func(sl slot) bool { return sl.ent != imp.zero }) {
		subs = append([]slot{{ent: imp.zero}}, subs...)
	}
	if len(subs) == 0 && len(objs) > 0 {
		var e *docEntity
		if e, risky = imp.subject(p); e != nil {
			subs = []slot{{ent: e, from: 0, to: 0}}
		}
	}
	return subs, risky
}

// routeOwners returns, by the route's first token, the therapy each route
// among objs belongs to, or nil when no route belongs to one.
func (cs *candidateSearch) routeOwners(p predicateIndex, subs, objs []slot, nounRoutes []candidate) map[int]slot {
	owned := cs.x.ownedRoutes(cs.s, p, subs, objs)
	// "a peritendinous injection of triamcinolone": the route is
	// that therapy's, not the one named before it.
	for _, c := range nounRoutes {
		if _, ok := owned[c.obj.from]; !ok {
			owned = ownRoute(owned, c.obj, c.subj)
		}
	}
	return owned
}

// add adds to pp.out the candidate pairing subject sb with object o, cued
// by h; it adds nothing for a pair already found, an entity paired with
// itself, an object whose head p does not allow, or a route that belongs
// to another therapy.
func (pp *predicatePairs) add(sb, o slot, h hit, bare bool) {
	k := [2]*docEntity{sb.ent, o.ent}
	if sb.ent == o.ent || pp.found[k] || !pp.p.object.headAllowed(o.ent.entry) {
		return
	}
	if ow, ok := pp.owned[o.from]; ok && ow.ent != sb.ent {
		return
	}
	pp.found[k] = true
	if !bare && pp.p.name == string(kg.HasRisk) {
		pp.cued[o.from] = true
	}
	pp.out = append(pp.out, candidate{pred: pp.p.name, subj: sb, obj: o, cue: h, bare: bare, listFrom: pp.x.listStart(pp.s, pp.objs, o)})
}

// labelled adds the pairs that a list item's label says of the subject
// opening the rest of the item; it adds nothing when the label holds no
// cue of p and is no object of it.
func (pp *predicatePairs) labelled() {
	x, s, label, labelSubj := pp.x, pp.s, pp.label, pp.labelSubj
	// "Meningkatkan produksi kolagen: exosome merangsang fibroblas":
	// the label's verb and object are said of the item's subject.
	for _, t := range pp.p.triggers {
		if t.bare || t.order != "forward" {
			continue
		}
		for _, h := range t.words.findFree(s.toks, 0, label, pp.taken) {
			var group []slot
			for _, o := range pp.objs {
				if o.from >= h.to && o.to <= label && distance(o, slot{from: h.from, to: h.to}) <= t.maxGap {
					group = append(group, o)
				}
			}
			for _, o := range x.objectGroup(s, group, slot{from: h.from, to: h.to}, true) {
				pp.add(labelSubj, o, h, false)
			}
		}
	}
	// "Memperbaiki skin barrier: sekretom merangsang …": a label that
	// is itself a mechanism's name says the item's subject acts
	// through it.
	if pp.p.name == string(kg.ActsVia) {
		for _, o := range pp.objs {
			if o.from == 0 && o.to == label {
				pp.add(labelSubj, o, hit{}, true)
			}
		}
	}
}

// trigger adds the pairs trigger t joins: by nearness alone for a bare
// trigger, around each of its cue words otherwise. It adds nothing for a
// bare trigger in a sentence whose subject needs a risk word or that asks
// a question about harms.
func (pp *predicatePairs) trigger(t triggerIndex) {
	if t.bare && pp.risky {
		return // a side effect named far from any therapy needs a risk word
	}
	// "Gusi di sekitar implan gigi Anda berdarah, bengkak …?" asks
	// about the reader's symptoms: a question names a risk only in
	// words ("Apakah PRP menyebabkan nyeri?").
	if t.bare && pp.p.name == string(kg.HasRisk) && pp.imp.question {
		return
	}
	if t.bare {
		// Nearness alone: each object takes the nearest subject on the
		// trigger's side.
		for _, o := range pp.objs {
			// A cue says whose harm it is better than nearness does:
			// in "… slow the decline but cause weight gain, and
			// exon-skipping drugs …" the harm is the steroids', which
			// the verb of causing follows, not the drug named nearer.
			if pp.cued[o.from] {
				continue
			}
			for _, sb := range pp.nearSubjects(t, o) {
				pp.add(sb, o, hit{}, true)
			}
		}
		return
	}
	for _, h := range pp.cues(t) {
		switch t.order {
		case "forward", "reverse":
			pp.across(t, h)
		case "any":
			pp.around(t, h)
		}
	}
}

// nearSubjects returns the subjects that bare trigger t pairs with object o
// by nearness alone, or nil when none is near enough.
func (pp *predicatePairs) nearSubjects(t triggerIndex, o slot) []slot {
	x, s := pp.x, pp.s
	// "MMF or intravenous cyclophosphamide": a route right
	// before a therapy's name is that therapy's alone, which
	// the compound trigger (maxGap 0) reads.
	if x.modifies(s, pp.subs, o) && t.maxGap > 0 {
		return nil
	}
	side := pp.nearSide(t, o)
	// A name written against the object's ("oral
	// amitriptyline") is its own subject, whatever marks the
	// pair ("including oral amitriptyline").
	group := side
	if t.maxGap > 0 {
		group = x.subjectGroup(s, side, o, true)
		// "is bisphosphonate infusions": a name written right
		// before the route's is its subject, marked or not.
		if len(group) == 0 {
			for _, sb := range side {
				if tight(s, sb, o) {
					group = []slot{sb}
				}
			}
		}
	}
	return group
}

// nearSide returns the subjects on bare trigger t's side of object o within
// its reach or, when there are none, the one a carried subject or a fronted
// or conceded clause gives; nil when there is none either.
func (pp *predicatePairs) nearSide(t triggerIndex, o slot) []slot {
	x, s, clause, subs := pp.x, pp.s, pp.clause, pp.subs
	var side []slot
	for _, sb := range subs {
		ok := t.order == "any" || (t.order == "forward") == (sb.to <= o.from)
		if t.maxGap == 0 {
			// Adjacency means a compound: nothing but a space
			// or hyphen between the two names.
			ok = ok && (tight(s, sb, o) || tight(s, o, sb))
		}
		if ok && sb.ent != o.ent && sameClause(clause, sb, o) && distance(sb, o) <= t.maxGap {
			side = append(side, sb)
		}
	}
	// "Exosomes cannot form tumours, and they are small": of a subject
	// named on both sides, the one before the object, with no comma
	// between them, is the one its verb (and any negation) goes with; in
	// "PRP does not contain cells, and injection-site pain after PRP is
	// common" the first PRP is another clause's.
	before := map[*docEntity]bool{}
	for _, sb := range side {
		if sb.to <= o.from && !commaBetween(s, sb.to, o.from) {
			before[sb.ent] = true
		}
	}
	side = slices.DeleteFunc(side, func(sb slot) bool { return sb.from >= o.to && before[sb.ent] })
	// "Jika nyeri menjalar tetap berat, injeksi steroid …": a
	// symptom in a fronted condition is the patient's, not a
	// risk of the therapy the main clause names.
	conditional := pp.p.name == string(kg.HasRisk) && clause[o.from] == 0 && x.opensConditional(s)
	if len(side) == 0 && t.maxGap > 0 && !conditional {
		side = x.carriedGroup(s, clause, subs, o.from)
	}
	if len(side) == 0 && pp.p.name == string(kg.HasRisk) {
		// "Setelah perawatan exosome, kulit mungkin tampak
		// kemerahan": what follows a fronted "after X" clause
		// happens because of X.
		if sb, ok := x.frontedSubject(s, clause, subs, o); ok {
			side = x.joinedTo(s, clause, subs, sb)
		} else if sb, ok := x.conceded(s, clause, subs, pp.slots, o); ok {
			side = []slot{sb}
		}
	}
	return side
}

// cues returns where the words of trigger t stand in the sentence as cues,
// or nil when they stand nowhere.
func (pp *predicatePairs) cues(t triggerIndex) []hit {
	s, p := pp.s, pp.p
	// A word inside an entity's name is not a cue, except at the start
	// of an object whose name is itself a verb phrase ("mengurangi
	// fibrosis"): that cue sits right before the object.
	hits := t.words.findFree(s.toks, 0, len(s.toks), pp.taken)
	// "the standard treatment" is read by standardCare, which knows
	// which condition it is for.
	if p.name == string(kg.Treats) {
		hits = slices.DeleteFunc(hits, func(h hit) bool {
			for _, sc := range pp.careSpans {
				if sc.from < h.to && h.from < sc.to {
					return true
				}
			}
			return false
		})
	}
	if t.order == "forward" {
		hits = append(hits, pp.openingCues(t)...)
	}
	// A measure named with its own measuring word ("skor DAS28",
	// "EASI score") says by itself that it measures.
	if t.order == "any" && p.name == string(kg.MeasuredBy) {
		for _, o := range pp.objs {
			for _, h := range t.words.find(s.toks, o.from, o.to) {
				hits = append(hits, hit{from: o.from, to: o.from, text: h.text})
			}
		}
	}
	return hits
}

// openingCues returns the cues of forward trigger t that open a name, each
// as an empty hit where the name starts, or nil when no name opens with one.
func (pp *predicatePairs) openingCues(t triggerIndex) []hit {
	x, s, p := pp.x, pp.s, pp.p
	var hits []hit
	for _, o := range pp.objs {
		if n, text := t.words.longestAt(s.toks, o.from, o.to, nil); n > 0 && n < o.to-o.from {
			hits = append(hits, hit{from: o.from, to: o.from, text: text})
		} else if p.name == string(kg.ActsVia) && !t.bare {
			// "dapat meredam peradangan": a mechanism named by
			// the verb that lowers what it lowers says itself how
			// the therapy works.
			if k, verb := x.idx.reducers.longestAt(s.toks, o.from, o.to, nil); k > 0 && k < o.to-o.from {
				hits = append(hits, hit{from: o.from, to: o.from, text: verb})
			}
		}
	}
	// "mengurangi nyeri tennis elbow": a treating verb that opens
	// a mechanism's name also reaches the condition right after
	// that name.
	if p.name == string(kg.Treats) {
		for _, m := range pp.slots {
			if m.from == m.to || m.ent.entry.Category != kg.CategoryMechanism || !slices.ContainsFunc(pp.objs, func(o slot) bool { return o.from == m.to && tight(s, m, o) }) {
				continue
			}
			if n, text := t.words.longestAt(s.toks, m.from, m.to, nil); n > 0 && n < m.to-m.from {
				hits = append(hits, hit{from: m.from, to: m.from, text: text})
			}
		}
	}
	return hits
}

// across adds the pairs the cue h of a forward or reverse trigger t joins:
// the subjects on one side of it with the objects it governs on the other.
// It adds nothing when no object is within t's reach, or when h is denied
// in a relative clause that says who the patients are.
func (pp *predicatePairs) across(t triggerIndex, h hit) {
	x, s := pp.x, pp.s
	cue := slot{from: h.from, to: h.to}
	fwd := t.order == "forward"
	before, after := pp.subjectsAround(t, h)
	objBefore, objAfter := pp.objectsAround(h)
	if fwd && len(before) == 0 {
		if g := x.carriedGroup(s, pp.clause, pp.subs, h.from); len(g) > 0 {
			before = g
		} else if sb, ok := x.describedSubject(s, pp.subs, h); ok {
			before = []slot{sb}
		}
	}
	subjSide, objSide := before, objAfter
	if !fwd {
		subjSide, objSide = after, objBefore
		// "pasien SUI yang tidak membaik dengan senam Kegel"
		// says who the patients are: those the therapy
		// failed, which is no claim about it.
		if x.negatedRelative(s, h.from) {
			return
		}
	}
	group := x.objectGroup(s, objSide, cue, fwd)
	if len(group) == 0 || distance(group[0], cue) > t.maxGap {
		return
	}
	subjects := x.subjectGroup(s, subjSide, cue, false)
	if fwd {
		if sb, ok := x.copulaSubject(s, before, h); ok {
			subjects = []slot{sb}
		}
	} else if pp.p.name == string(kg.Treats) {
		subjects = x.listAfter(s, subjects, pp.subs, routeSlots(pp.heads))
	}
	for _, sb := range subjects {
		if t.named && sb.from == sb.to {
			continue
		}
		for _, o := range group {
			pp.add(sb, o, h, false)
		}
	}
}

// subjectsAround returns the subjects in the clause of cue h within reach
// of t, those before it and those after; either is nil when it has none.
func (pp *predicatePairs) subjectsAround(t triggerIndex, h hit) (before, after []slot) {
	cue := slot{from: h.from, to: h.to}
	for _, sl := range pp.subs {
		// Subjects may sit further away than objects: a
		// relative clause can separate a head from its verb.
		if sameClause(pp.clause, sl, slot{from: h.from, to: h.from + 1}) && distance(sl, cue) <= 2*t.maxGap {
			if sl.to <= h.from {
				before = append(before, sl)
			} else if sl.from >= h.to {
				after = append(after, sl)
			}
		}
	}
	return before, after
}

// objectsAround returns the objects in the clause of cue h that it
// governs, those before it and those after; either is nil when it has
// none.
func (pp *predicatePairs) objectsAround(h hit) (before, after []slot) {
	// Objects past the cue's reach still count when coordinated
	// with one in reach ("seperti peradangan, regenerasi
	// jaringan, dan angiogenesis").
	rival, hasRival := pp.x.rivalCues(pp.p.name)
	for _, o := range pp.objs {
		if pp.clause[o.from] == pp.clause[h.from] && pp.x.governed(pp.s, h, o) {
			if hasRival && o.from >= h.to {
				// "BMAC is harvested from the hip bone and contains
				// mesenchymal stem cells": what follows "and contains"
				// is contained, not a source; "of cultures containing"
				// still names the source.
				if pp.x.rivalJoined(pp.s, rival, h.to, o.from) {
					continue
				}
			}
			if o.to <= h.from {
				before = append(before, o)
			} else if o.from >= h.to {
				after = append(after, o)
			}
		}
	}
	return before, after
}

// rivalCues returns the words that name the relation standing opposite
// predicate name between two therapies (what contains for DERIVED_FROM,
// what is a source for CONTAINS), and false for a predicate with no such
// rival.
func (x *Extractor) rivalCues(name string) (phrases, bool) {
	switch name {
	case string(kg.DerivedFrom):
		return x.idx.containVerbs, true
	case string(kg.Contains):
		return x.idx.sourceWords, true
	}
	return phrases{}, false
}

// rivalJoined reports whether a word of rival stands between tokens from
// and to joined by a coordinating word to what came before ("… and
// contains"), as a second verb of the same subject.
func (x *Extractor) rivalJoined(s *sentence, rival phrases, from, to int) bool {
	for _, r := range rival.find(s.toks, from, to) {
		if r.from > from {
			if c, ok := x.idx.coordination.any(s.toks, max(from, r.from-1), r.from); ok && c.to == r.from {
				return true
			}
		}
	}
	return false
}

// around adds the pairs the cue h of an "any" trigger t joins: each object
// in its clause, or in a clause it elaborates, with the subjects near it;
// an object with no subject near adds nothing.
func (pp *predicatePairs) around(t triggerIndex, h hit) {
	x, s, clause := pp.x, pp.s, pp.clause
	for _, o := range pp.objs {
		elab := false
		if h.from < len(clause) && clause[o.from] != clause[h.from] {
			if elab = elaborates(s, clause, h, o); !elab {
				continue
			}
		}
		var side []slot
		for _, sb := range pp.subs {
			// "Pengobatan osteoartritis lutut: obat antinyeri,
			// fisioterapi, dan …": the clause after a colon may spell out
			// the subjects of a word of care ("Medications that can cause
			// hair loss: …" lists no care).
			same := sameClause(clause, sb, o) || elab && (sb.from == sb.to || clause[sb.from] == clause[h.from]) ||
				!elab && sb.from < sb.to && clause[o.from] == clause[h.from] && elaborates(s, clause, h, sb) && x.idx.careLeads.startsAt(s.toks, h.from, h.to-h.from)
			if sb.ent != o.ent && same && distance(sb, o) <= t.maxGap {
				side = append(side, sb)
			}
		}
		if len(side) == 0 {
			side = x.carriedGroup(s, clause, pp.subs, o.from)
		}
		side = pp.gappedSubjects(side, h, o)
		for _, sb := range x.subjectGroup(s, side, o, false) {
			pp.add(sb, o, h, false)
		}
	}
}

// gappedSubjects returns side less the subjects that a gapped clause
// pairs with a later object, when object o follows cue h of MEASURED_BY
// and a subject stands before the cue: in "Tinnitus is assessed with the
// THI, and hearing loss with pure-tone thresholds" the verb is left out
// before "with", and hearing loss is measured by what follows it, not by
// the THI. Any other side comes back as it was.
func (pp *predicatePairs) gappedSubjects(side []slot, h hit, o slot) []slot {
	if pp.p.name != string(kg.MeasuredBy) || o.from < h.to || !slices.ContainsFunc(side, func(sb slot) bool { return sb.from < sb.to && sb.to <= h.from }) {
		return side
	}
	return slices.DeleteFunc(slices.Clone(side), func(sb slot) bool {
		if sb.from < o.to {
			return false
		}
		// The gap shows in the word that joins the subject to its
		// measure ("… and tinnitus with the THI"), whether or not the
		// measure is a known one.
		if _, ok := pp.x.idx.meansWords.hitAt(pp.s.toks, sb.to, 1); ok {
			return true
		}
		return slices.ContainsFunc(pp.objs, func(o2 slot) bool {
			return o2.from >= sb.to && sameClause(pp.clause, sb, o2)
		})
	})
}

// governed reports whether object o is the cue h's own; it reports false
// when a word of cause stands between them.
func (x *Extractor) governed(s *sentence, h hit, o slot) bool {
	// A cause is not an object: "kerusakan akibat inflamasi".
	lo, hi := h.to, o.from
	if o.to <= h.from {
		lo, hi = o.to, h.from
	}
	_, cause := x.idx.causes.any(s.toks, lo, hi)
	return !cause
}

// modifies reports whether o is a route whose name comes right before a
// subject's: "intravenous cyclophosphamide" says how cyclophosphamide is
// given, and nothing about the therapies around it.
func (x *Extractor) modifies(s *sentence, subs []slot, o slot) bool {
	if o.ent.entry.Category != kg.CategoryRoute {
		return false
	}
	for _, sb := range subs {
		if sb.from == o.to && sb.from < sb.to && tight(s, o, sb) {
			return true
		}
	}
	return false
}

// opensSubordinate reports whether a sentence opens with a subordinator
// ("Karena …,", "After …,"), its first clause ending at the first comma.
func (x *Extractor) opensSubordinate(s *sentence) bool {
	return x.idx.subords.startsAt(s.toks, 0, 2)
}

// opensConditional reports whether the sentence opens with a condition
// ("Jika …,", "If …,").
func (x *Extractor) opensConditional(s *sentence) bool {
	return x.idx.conditionals.startsAt(s.toks, 0, 2)
}

// carried returns the subject a clause without one inherits: when the
// clause holding token at opens with a linking word ("… karena tidak
// mengandung sel hidup", "… because it lacks…"), the first subject of the
// clause before it, unless that one is the object of a preposition. When
// the clause before names none but carries one itself, a clause that
// refers back to the product ("…, tetapi produk yang tidak steril bisa
// menyebabkan infeksi") inherits that: one whose own noun is no product
// ("…, tetapi penderita diabetes tetap rentan infeksi") does not.
func (x *Extractor) carried(s *sentence, clause []int, subs []slot, at int) (slot, bool) {
	c := clause[at]
	if c == 0 {
		// "Karena tidak mengandung sel hidup, gel ini …": a fronted
		// subordinate clause takes the main clause's subject.
		if !x.opensSubordinate(s) {
			return slot{}, false
		}
		for _, sb := range subs {
			if sb.from < sb.to && clause[sb.from] == 1 && !x.objectMarked(s, sb) {
				return sb, true
			}
		}
		return slot{}, false
	}
	start := clauseStart(clause, at)
	if !x.idx.clauseBreaks.startsAt(s.toks, start, 2) {
		return slot{}, false
	}
	// A concession ("although no such case has been reported in stroke
	// trials") or a contrast of two subjects ("sedangkan sekretom …") is
	// about something else, unless the clause before listed a therapy's
	// risks: "efek samping terapi sel punca … adalah demam ringan,
	// sementara infeksi sangat jarang terjadi" contrasts two of its harms.
	concedes := x.idx.concessives.startsAt(s.toks, start, 2)
	for _, sb := range subs {
		if sb.from == sb.to || clause[sb.from] != c-1 || x.objectMarked(s, sb) && !x.riskOf(s, sb) {
			continue
		}
		if concedes && !x.riskOf(s, sb) {
			return slot{}, false
		}
		return sb, true
	}
	if !concedes && start > 0 && x.refersToProduct(s, start) {
		return x.carried(s, clause, subs, start-1)
	}
	return slot{}, false
}

// refersToProduct reports whether the clause starting at token start,
// after its linking word, opens with a word for the product, a reference
// back ("tetapi produk yang …", "but it …") or a negation that leaves the
// subject unsaid ("sehingga tidak menimbulkan reaksi alergi").
func (x *Extractor) refersToProduct(s *sentence, start int) bool {
	h, ok := x.idx.clauseBreaks.hitAt(s.toks, start, 2)
	if !ok || h.to >= len(s.toks) {
		return false
	}
	return x.idx.products[s.toks[h.to].norm] || x.idx.anaphora.startsAt(s.toks, h.to, 3) || x.idx.negation.startsAt(s.toks, h.to, 1)
}

// carriedGroup returns the subjects a clause without one inherits: the
// one carried finds and those joined to it ("Because PRP and BMAC come
// from your own body, there is no risk of rejection" is about both), or
// nil when nothing is carried.
func (x *Extractor) carriedGroup(s *sentence, clause []int, subs []slot, at int) []slot {
	sb, ok := x.carried(s, clause, subs, at)
	if !ok {
		return nil
	}
	return x.joinedTo(s, clause, subs, sb)
}

// joinedTo returns subject sb, one of subs, with the subjects of its
// clause coordinated with it; nil when no subject of subs shares its
// clause.
func (x *Extractor) joinedTo(s *sentence, clause []int, subs []slot, sb slot) []slot {
	var mates []slot
	for _, m := range subs {
		if m.from < m.to && clause[m.from] == clause[sb.from] {
			mates = append(mates, m)
		}
	}
	return x.subjectGroup(s, mates, sb, false)
}

// riskOf reports whether a therapy is named as whose risks a clause lists
// ("Side effects of exosome treatments are mild, but infections …").
func (x *Extractor) riskOf(s *sentence, sb slot) bool {
	h, ok := x.idx.riskWords.any(s.toks, max(0, sb.from-4), sb.from)
	return ok && sb.from-h.to <= 2
}

// copulaSubject returns the subject a relative clause is about when it
// hangs on a copula's complement: in "Sekretom adalah cairan hasil sekresi
// sel punca mesenkimal yang mengandung growth factor" what contains growth
// factors is the secretome, the complement's referent, not the cells named
// inside the complement.
func (x *Extractor) copulaSubject(s *sentence, before []slot, cue hit) (slot, bool) {
	if len(before) < 2 {
		return slot{}, false
	}
	rel, ok := x.idx.relPronouns.any(s.toks, max(0, cue.from-2), cue.from)
	if !ok {
		return slot{}, false
	}
	first := before[0]
	for _, b := range before[1:] {
		if b.from < first.from {
			first = b
		}
	}
	if first.from == first.to {
		return slot{}, false
	}
	cop, ok := x.idx.copulas.any(s.toks, first.to, min(first.to+1, rel.from))
	if !ok || cop.from != first.to {
		return slot{}, false
	}
	for _, b := range before {
		if b.ent != first.ent && b.from >= cop.to && b.to <= rel.from {
			return first, true
		}
	}
	return slot{}, false
}

// describedSubject returns the subject of a copula whose description
// ends in a relative clause holding the cue: "PRF adalah konsentrat
// trombosit autolog generasi kedua yang melepaskan faktor pertumbuhan",
// "PRF is a platelet concentrate that releases growth factors". The
// subject opens the sentence or follows its first word. It is asked only
// when no subject stands before the cue in its clause.
func (x *Extractor) describedSubject(s *sentence, subs []slot, cue hit) (slot, bool) {
	rel, ok := x.idx.relPronouns.any(s.toks, max(0, cue.from-2), cue.from)
	if !ok {
		return slot{}, false
	}
	for _, sb := range subs {
		if sb.from == sb.to || sb.to > rel.from || sb.from > 1 {
			continue
		}
		if _, ok := x.idx.copulas.any(s.toks, sb.to, min(sb.to+1, rel.from)); ok {
			return sb, true
		}
	}
	return slot{}, false
}

// frontedSubject returns the therapy of a fronted subordinate clause
// ("After exosome treatment, …") for an object in the main clause right
// after it, when the main clause names no subject of its own.
func (x *Extractor) frontedSubject(s *sentence, clause []int, subs []slot, o slot) (slot, bool) {
	if clause[o.from] != 1 {
		return slot{}, false
	}
	if !x.opensSubordinate(s) {
		return slot{}, false
	}
	var found slot
	ok := false
	for _, sb := range subs {
		if sb.from == sb.to {
			continue
		}
		switch clause[sb.from] {
		case 0:
			// The fronted clause's own subject, not what it names after
			// its verb: "Because exosome products contain no stem cells,
			// the risk of rejection is low" is about exosomes.
			if !ok {
				found, ok = sb, true
			}
		case 1:
			return slot{}, false
		}
	}
	return found, ok
}

// sameClause reports whether two slots share a clause; a dropped subject
// (an empty slot at the start) belongs to every clause.
func sameClause(clause []int, a, b slot) bool {
	if a.from == a.to || b.from == b.to {
		return true
	}
	return clause[min(a.from, len(clause)-1)] == clause[min(b.from, len(clause)-1)]
}

func distance(a, b slot) int {
	if a.to <= b.from {
		return b.from - a.to
	}
	if b.to <= a.from {
		return a.from - b.to
	}
	return 0
}

// subjectGroup picks, among the candidate subjects, the one nearest to
// anchor that is not itself the object of a preposition ("produced by stem
// cells that contains…") nor inside a relative clause about an earlier
// candidate ("eksosom yang berasal dari secretome MSC memiliki…"), and adds
// the candidates coordinated with it ("exosome dan secretome").
//
// With strict (nearness alone, no cue word) a candidate that is the object
// of something else is never taken; otherwise the nearest is the fallback.
func (x *Extractor) subjectGroup(s *sentence, cands []slot, anchor slot, strict bool) []slot {
	if len(cands) == 0 {
		return nil
	}
	sorted := append([]slot{}, cands...)
	sort.SliceStable(sorted, func(i, j int) bool { return distance(sorted[i], anchor) < distance(sorted[j], anchor) })
	head, found := sorted[0], false
	for _, c := range sorted {
		if c.from != c.to && (x.objectMarked(s, c) && !x.riskOf(s, c) && !x.describedAfter(s, c, anchor) || x.inRelativeClause(s, c, cands)) {
			continue
		}
		if c.from != c.to && c.to <= anchor.from && x.containedBefore(s, c, cands) {
			continue
		}
		head, found = c, true
		break
	}
	if strict && !found {
		return nil
	}
	// The subjects coordinated with the head form a chain ("kortikosteroid,
	// bronkodilator, dan terapi biologis"), each link only punctuation or a
	// coordinating word; the chain counts only if a word joins it somewhere:
	// a bare comma too often separates a fronted phrase from the subject.
	byPos := append([]slot{}, cands...)
	sort.SliceStable(byPos, func(i, j int) bool { return byPos[i].from < byPos[j].from })
	at := 0
	for i, c := range byPos {
		if c == head {
			at = i
		}
	}
	// A parenthesised gloss joins the chain as a word would.
	link := func(a, b slot) (joined, byWord bool) {
		if x.glossed(s, a, b) {
			return true, true
		}
		if x.coordinated(s, a, b) {
			return true, x.coordinatedByWord(s, a, b)
		}
		// "Hyaluronic acid injections, painkillers and physiotherapy":
		// the form an item opening its clause comes in is part of its
		// name. In "no longer helped by steroid injections, PRP and
		// physiotherapy …" the injections end a fronted phrase.
		if h, ok := x.idx.formNouns.hitAt(s.toks, a.to, 2); ok && a.from < a.to && a.to <= b.from && opensClause(s, a.from) {
			formed := slot{from: a.from, to: h.to}
			if x.coordinated(s, formed, b) {
				return true, x.coordinatedByWord(s, formed, b)
			}
		}
		return false, false
	}
	lo, hi, word := at, at, false
	for lo > 0 {
		ok, w := link(byPos[lo-1], byPos[lo])
		if !ok {
			break
		}
		word = word || w
		lo--
	}
	for hi+1 < len(byPos) {
		ok, w := link(byPos[hi], byPos[hi+1])
		if !ok {
			break
		}
		word = word || w
		hi++
	}
	if !word {
		return []slot{head}
	}
	out := []slot{head}
	for i := lo; i <= hi; i++ {
		if byPos[i] != head {
			out = append(out, byPos[i])
		}
	}
	return out
}

// dropModifiers removes the cell that only modifies a cell product in a
// compound ("Sekretom Sel Punca Mesenkimal", "Mesenchymal Stem Cell
// Secretome") or is named as where one comes from (source: "exosomes
// derived from stem cells"): the product is what the rest of the sentence
// is about. The compound itself is still read as DERIVED_FROM, which is
// why that predicate keeps every slot.
func (x *Extractor) dropModifiers(s *sentence, slots []slot) []slot {
	modifier := map[int]bool{}
	for i := 0; i+1 < len(slots); i++ {
		a, b := slots[i], slots[i+1]
		if b.from != a.to || !tight(s, a, b) {
			continue
		}
		switch {
		case a.ent.entry.hasTag("cell-product") && b.ent.entry.hasTag("cell"):
			modifier[i+1] = true
		case a.ent.entry.hasTag("cell") && b.ent.entry.hasTag("cell-product"):
			modifier[i] = true
		}
	}
	for i, sl := range slots {
		if sl.ent.entry.hasTag("cell") && x.source(s, slots, sl) {
			modifier[i] = true
		}
		// "paracetamol-induced liver injury": a therapy hyphened to an
		// attributive before a condition names its cause, not a treatment
		// ("PRP-related inflammation" stays PRP's harm).
		if sl.from < sl.to && x.attributiveAfter(s, sl) &&
			slices.ContainsFunc(slots, func(o slot) bool {
				return o.from >= sl.to+1 && o.from <= sl.to+2 && o.ent.entry.Category == kg.CategoryCondition
			}) {
			modifier[i] = true
		}
	}
	if len(modifier) == 0 {
		return slots
	}
	out := make([]slot, 0, len(slots))
	for i, sl := range slots {
		if !modifier[i] {
			out = append(out, sl)
		}
	}
	return out
}

// maxAcronymLag is how many words may qualify a name before the acronym
// in brackets that stands for both ("sel punca mesenkimal asal jaringan
// adiposa (AD-MSC)").
const maxAcronymLag = 3

// source reports whether the cell in sl is named only as where a cell
// product comes from: after "derived from" / "released by" ("packages
// released by stem cells"), before "-derived" and a product
// ("MSC-derived exosomes"), or after a product and "dari" / "of" or an
// acronym prefix ("sekretom dari MSC", "Sekretom SP-MSC").
func (x *Extractor) source(s *sentence, slots []slot, sl slot) bool {
	// Up to three words may qualify the cell ("donated umbilical cord").
	const reach = 4
	clear := func(from, to int) bool {
		for i := from + 1; i <= to && i < len(s.gaps); i++ {
			if strings.ContainsAny(s.gaps[i], ",;:()") {
				return false
			}
		}
		return true
	}
	for _, h := range x.idx.sources.find(s.toks, max(0, sl.from-reach-3), sl.from) {
		if sl.from-h.to < reach && clear(h.from, sl.from) {
			return true
		}
	}
	product := func(p slot) bool { return p.ent.entry.hasTag("cell-product") && p.ent != sl.ent }
	// "Eksosom yang disekresikan sel punca mesenkimal": a word of
	// releasing right after a product, the relative pronoun aside.
	for _, h := range x.idx.productSources.find(s.toks, max(0, sl.from-reach-3), sl.from) {
		after := h.from
		if after > 0 && x.idx.relPronouns.startsAt(s.toks, after-1, 1) {
			after--
		}
		if sl.from-h.to < reach && clear(h.from, sl.from) && slices.ContainsFunc(slots, func(p slot) bool { return product(p) && p.to == after }) {
			return true
		}
	}
	// "… yang disekresikan oleh sel punca mesenkimal asal jaringan
	// adiposa (AD-MSC)": the acronym in brackets a few words after the
	// source's name, with no other word of listing between, is that
	// source again.
	for _, p := range slots {
		if p.ent != sl.ent || p.from == p.to || p.to > sl.from || sl.from-p.to > maxAcronymLag || !strings.Contains(s.gaps[sl.from], "(") || !clear(p.to-1, sl.from-1) {
			continue
		}
		if _, listed := x.idx.coordination.any(s.toks, p.to, sl.from); !listed && x.source(s, slots, p) {
			return true
		}
	}
	if h, ok := x.idx.sourceMarks.any(s.toks, sl.to, min(sl.to+1, len(s.toks))); ok {
		for _, p := range slots {
			if product(p) && p.from >= h.to && p.from-h.to < reach && clear(sl.to, p.from) {
				return true
			}
		}
	}
	for _, p := range slots {
		if !product(p) || p.to >= sl.from || !clear(p.to, sl.from) {
			continue
		}
		if h, ok := x.idx.sourceOf.any(s.toks, p.to, min(p.to+1, len(s.toks))); ok && h.from == p.to && sl.from-h.to < reach {
			return true
		}
		if sl.from == p.to+1 && s.gaps[sl.from] == "-" && isAcronymWord(s.toks[p.to].raw) {
			return true
		}
	}
	return false
}

// tight reports whether only spaces or a hyphen separate two slots.
func tight(s *sentence, a, b slot) bool {
	if a.to != b.from || a.to == 0 || b.from >= len(s.toks) {
		return false
	}
	// An opening quotation mark may stand between: intravenous "exosome
	// drips".
	return strings.Trim(s.gaps[b.from], " -\u00a0\"“'‘") == ""
}

// compoundTreats reads a therapy and a condition written as one name as the
// therapy of that condition: "kemoterapi kanker payudara", "radioterapi
// kanker serviks" put the condition after the therapy in Indonesian, "cancer
// radiotherapy" before it in English. Cells and cell products so named are
// a kind of cell ("sel punca kanker"), and standard care named with its
// condition is left to the standard-care reading.
func compoundTreats(s *sentence, p predicateIndex, slots []slot) []candidate {
	var out []candidate
	for i := 1; i < len(slots); i++ {
		a, b := slots[i-1], slots[i]
		// Only a space between: a hyphen or a quotation mark, which tight
		// allows, joins other kinds of names.
		if !tight(s, a, b) || strings.TrimSpace(s.gaps[b.from]) != "" {
			continue
		}
		t, c := a, b
		if s.lang == "en" {
			t, c = b, a
		}
		if p.subject.admits(t.ent.entry) && p.object.admits(c.ent.entry) && conventional(t.ent.entry) {
			out = append(out, candidate{pred: p.name, subj: t, obj: c, cue: hit{from: a.from, to: b.to}})
		}
	}
	return out
}

// objectGroup picks the object nearest the cue on its side and the objects
// coordinated with it in a chain ("peradangan, regenerasi jaringan, dan
// angiogenesis").
func (x *Extractor) objectGroup(s *sentence, cands []slot, cue slot, after bool) []slot {
	if len(cands) == 0 {
		return nil
	}
	sorted := append([]slot{}, cands...)
	sort.SliceStable(sorted, func(i, j int) bool { return distance(sorted[i], cue) < distance(sorted[j], cue) })
	out := []slot{sorted[0]}
	last := sorted[0]
	for _, c := range sorted[1:] {
		if x.listedWith(s, c, last) {
			out = append(out, c)
			last = c
		}
	}
	return out
}

// listStart returns where the coordinated list that o ends begins: the
// first of the objects before o joined to it by commas and "or"/"and".
func (x *Extractor) listStart(s *sentence, objs []slot, o slot) int {
	cur := o
	for {
		var prev *slot
		for i := range objs {
			if objs[i].to <= cur.from && (prev == nil || objs[i].from > prev.from) {
				prev = &objs[i]
			}
		}
		if prev == nil || !x.coordinated(s, *prev, cur) {
			return cur.from
		}
		cur = *prev
	}
}

// objectMarked reports whether a preposition comes right before the slot,
// or one word before it ("melalui pendekatan terapi regeneratif").
func (x *Extractor) objectMarked(s *sentence, sl slot) bool {
	from := max(0, sl.from-2)
	for _, h := range x.idx.objMarkers.find(s.toks, from, sl.from) {
		// "Tidak ditemukan infeksi … pada kelompok PRP": the preposition
		// names the arm, whose therapy the finding is about.
		if sl.from-h.to == 1 && x.idx.groupWords[s.toks[h.to].norm] {
			continue
		}
		if sl.from-h.to <= 1 {
			return true
		}
	}
	return false
}

// containedBefore reports whether candidate c is what another candidate
// before it was just said to contain ("BMAC contains mesenchymal stem cells
// and other progenitor cells and may enhance bone regeneration"): the
// verb after the list is the container's.
func (x *Extractor) containedBefore(s *sentence, c slot, cands []slot) bool {
	h, ok := x.idx.containWords.hitEndingAt(s.toks, c.from, 3)
	if !ok || c.from-h.to > 1 {
		return false
	}
	return slices.ContainsFunc(cands, func(o slot) bool { return o.from < o.to && o.to <= h.from && h.from-o.to <= 2 })
}

// describedAfter reports whether a copula's complement is what a phrase
// right after it, past a comma, describes: in "Pengobatan standar … adalah
// kortikosteroid, baik diminum maupun disuntikkan" the corticosteroid is
// taken by mouth.
func (x *Extractor) describedAfter(s *sentence, c, anchor slot) bool {
	return x.idx.copulas.endsAt(s.toks, c.from, 1) && anchor.from >= c.to && anchor.from-c.to <= 3 &&
		c.to < len(s.gaps) && strings.Contains(s.gaps[c.to], ",")
}

// inRelativeClause reports whether a relative pronoun separates the slot
// from an earlier candidate, making it part of a clause about that one.
func (x *Extractor) inRelativeClause(s *sentence, sl slot, cands []slot) bool {
	for _, c := range cands {
		if c.to <= sl.from && c.ent != sl.ent {
			if _, ok := x.idx.relPronouns.any(s.toks, c.to, sl.from); ok {
				return true
			}
		}
	}
	return false
}

// glossed reports whether b is a parenthesised gloss of a, at most two
// class words between them and the bracket closing right after b:
// "galantamin (golongan penghambat kolinesterase)", "donepezil (a
// cholinesterase inhibitor)". A gloss shares a's verb.
func (x *Extractor) glossed(s *sentence, a, b slot) bool {
	if b.from < a.to || b.from-a.to > 2 || b.from == b.to || !strings.Contains(s.gaps[a.to], "(") ||
		b.to < len(s.toks) && !strings.HasPrefix(s.gaps[b.to], ")") {
		return false
	}
	for i := a.to; i < b.from; i++ {
		if !x.idx.classWords[s.toks[i].norm] {
			return false
		}
	}
	return true
}

// listedBefore returns the slot of one of cats that comes right before sl
// in a plain list ("kulit sensitif, kering dan berjerawat": "kering" for
// "berjerawat"); false when sl opens its list. Of names that overlap and
// end at the same word, it returns the last in slots, the innermost.
func (x *Extractor) listedBefore(s *sentence, slots []slot, sl slot, cats ...kg.Category) (slot, bool) {
	for k := len(slots) - 1; k >= 0; k-- {
		o := slots[k]
		if o.from < o.to && o.to <= sl.from && slices.Contains(cats, o.ent.entry.Category) && x.conjoined(s, o, sl) {
			return o, true
		}
	}
	return slot{}, false
}

// conjoined reports whether b follows a with only a comma or one word of
// Cues.SharedJoins ("and", "or") between them: a plain list. Unlike
// coordinated, which also lets examples ("COPD, including emphysema") and
// severity words through, it takes nothing else.
func (x *Extractor) conjoined(s *sentence, a, b slot) bool {
	switch b.from - a.to {
	case 0:
		return strings.TrimSpace(s.gaps[b.from]) == ","
	case 1:
		_, ok := x.idx.sharedJoins.hitAt(s.toks, a.to, 1)
		return ok
	}
	return false
}

// joinedGroup returns t and the therapies a heading joins to it into one
// offer ("Manfaat kombinasi Salmon DNA + Exosome", "Manfaat infus eksosom
// dan sekretome"), in order: a list under it is about each. Nil when none
// is so joined: a menu ("Layanan Exosome, PRP dan Botox") lists products
// apart.
func (x *Extractor) joinedGroup(s *sentence, ms []mention, t *docEntity) []*docEntity {
	var group []*docEntity
	var last slot
	byWord := false
	for _, m := range ms {
		if !isTopicTherapy(m.ent.entry) || m.from == m.to {
			continue
		}
		sl := slot{ent: m.ent, from: m.from, to: m.to}
		if group == nil {
			if m.ent == t {
				group, last = []*docEntity{t}, sl
			}
			continue
		}
		marked, worded := x.joinedBy(s, last, sl)
		if !marked && !worded || len(group) > 1 && (worded || byWord) {
			// A third product, or one joined by a word to more than one
			// other, makes a menu.
			if len(group) > 1 {
				return nil
			}
			break
		}
		byWord = byWord || worded
		if !slices.Contains(group, m.ent) {
			group = append(group, m.ent)
		}
		last = sl
	}
	if len(group) < 2 {
		return nil
	}
	return group
}

// joinedBy reports whether a and b, in either order, are joined into one
// offer by a joining mark (Cues.JoinMarks: "+", "&") or a word of
// combining (Cues.Combined) between them (marked), or by a plain joining
// word (Cues.JoinWords: "dan", "and") with no comma (worded).
func (x *Extractor) joinedBy(s *sentence, a, b slot) (marked, worded bool) {
	if b.to <= a.from {
		a, b = b, a
	}
	if _, ok := x.idx.combined.any(s.toks, a.to, b.from); ok {
		return true, false
	}
	if !x.coordinated(s, a, b) {
		return false, false
	}
	if marksBetween(s, a.to, b.from, x.idx.joinMarks) {
		return true, false
	}
	return false, !commaBetween(s, a.to, b.from) && spans(x.idx.joinWords, s, a.to, b.from)
}

// coordinatedByWord reports whether a coordinating word (not only
// punctuation) stands between a and b.
func (x *Extractor) coordinatedByWord(s *sentence, a, b slot) bool {
	lo, hi := a.to, b.from
	if b.to <= a.from {
		lo, hi = b.to, a.from
	}
	_, ok := x.idx.coordination.any(s.toks, lo, hi)
	return ok
}

// coordinated reports whether only coordinating words, punctuation and
// other entities separate a and b ("sitokin, growth factors, eksosom, dan
// mikroRNA").
func (x *Extractor) coordinated(s *sentence, a, b slot) bool {
	lo, hi := a.to, b.from
	if b.to <= a.from {
		lo, hi = b.to, a.from
	}
	if hi < lo || hi-lo > 3 {
		return false
	}
	for i := lo; i < hi; {
		if h, ok := x.idx.coordination.any(s.toks, i, hi); ok && h.from == i {
			i = h.to
			continue
		}
		// A severity word right before the later item ("or severe
		// hypoglycaemia") belongs to that item.
		if h, ok := x.idx.listMods.any(s.toks, i, hi); ok && h.from == i && h.to == hi && i > lo {
			i = h.to
			continue
		}
		return false
	}
	return true
}

// listedWith reports whether a and b stand in one list of objects:
// coordinated, or with one item of a word or two between them
// ("microRNA, protein, dan faktor pertumbuhan"), set off by a comma before
// it and a comma or a word of Cues.ListJoins after it. Whether that item
// names an entry is not asked: a named one is an object of its own.
func (x *Extractor) listedWith(s *sentence, a, b slot) bool {
	if x.coordinated(s, a, b) {
		return true
	}
	first, later := a, b
	if b.to <= a.from {
		first, later = b, a
	}
	lo, hi := first.to, later.from
	if hi <= lo || hi-lo > 4 || !s.toks[lo].punct {
		return false
	}
	for n := 1; n <= 2 && lo+n < hi; n++ {
		if next := s.toks[lo+n]; next.punct || x.idx.listJoins[next.norm] {
			return x.coordinated(s, slot{from: lo + n - 1, to: lo + n}, later)
		}
	}
	return false
}

// reduce rewrites "acts via inflammation" as "acts via an
// anti-inflammatory effect" when the text says the therapy lowers it
// ("menekan gejala dan peradangan", "reduces inflammation"): the lexicon
// entry names what its reduction is. It reports false for a candidate to
// drop: a mechanism lowered that the lexicon has no name of lowering for.
func (x *Extractor) reduce(a *analysis, s *sentence, es *entitySet, c candidate) (candidate, bool) {
	// An object the sentence leaves unsaid (the condition a care list or
	// a count of treatments is about) has no words here to be lowered.
	if c.obj.from == c.obj.to {
		return c, true
	}
	e := c.obj.ent.entry
	// "to reduce tissue fibrosis", "limiting fibrosis": a process a therapy
	// lowers, named as a condition, is how it works, not what it treats.
	lowered := c.pred == string(kg.ActsVia) || c.pred == string(kg.Treats) && e.Category == kg.CategoryCondition
	if !lowered {
		return c, true
	}
	from, to := max(0, c.obj.from-3), c.obj.from
	// "dampening IL-6–driven inflammation": the word that lowers the
	// mechanism stands right before a hyphened modifier of it, or a
	// determiner before that ("reduced the LPS-stimulated inflammation").
	mod := compoundStart(s, c.obj.from)
	if mod < c.obj.from {
		from, to = max(0, mod-1), mod
		if mod >= 2 && x.idx.determiners[s.toks[mod-1].norm] {
			from = mod - 2
		}
	}
	// "anti-inflammatory and angiogenic effects": a prefix lowers only the
	// word it is joined to.
	hits := slices.DeleteFunc(x.idx.reducers.find(s.toks, from, to), func(h hit) bool {
		return h.to < c.obj.from && hyphen(s.gaps[h.to])
	})
	target := x.idx.byID[e.ReducedTo]
	if target == nil {
		// "menghambat pembentukan pembuluh darah", "slow new bone
		// formation": a mechanism lowered, with no name for its lowering,
		// is not how the therapy works.
		right := slices.ContainsFunc(hits, func(h hit) bool { return c.obj.from-h.to <= 1 })
		return c, !(right && c.pred == string(kg.ActsVia) && e.Category == kg.CategoryMechanism)
	}
	// "pertumbuhan pembuluh darah baru di kornea dapat ditekan": lowered
	// a few words after it, before any comma.
	after := false
	for _, h := range x.idx.lowerings.find(s.toks, c.obj.to, min(c.obj.to+5, len(s.toks))) {
		after = after || !commaBetween(s, c.obj.to, h.from)
	}
	lowering := false
	if _, ok := x.idx.reducers.any(s.toks, c.cue.from, c.cue.to); ok {
		// "reduced dermal fibrosis and promoted angiogenesis": a verb of
		// its own between the cue and the mechanism lowers nothing.
		lowering = c.cue.to > c.obj.from || !x.raiserBetween(s, c.cue.to, mod)
	}
	if !lowering && len(hits) == 0 && !after {
		// "home in on areas of inflammation", "X adalah peradangan …":
		// a harmful process no word lowers is no way a therapy works,
		// unless a word of steering it says so ("bekerja melalui
		// inflamasi terkendali", "mengatur … peradangan").
		if c.pred == string(kg.ActsVia) && e.hasTag("harmful") {
			_, steered := x.idx.processLinks.any(s.toks, c.cue.from, max(c.cue.to, c.cue.from+1))
			return c, steered
		}
		return c, true
	}
	d := es.get(target)
	start, end := s.toks[c.obj.from].start, s.toks[c.obj.to-1].end
	if len(hits) > 0 {
		start = s.toks[hits[0].from].start
	}
	if !hasMention(d, start) {
		d.mentions = append(d.mentions, kg.Mention{Start: start, End: end, Text: a.text[start:end]})
	}
	c.pred, c.obj.ent = string(kg.ActsVia), d
	return c, true
}

// raiserBetween reports whether a verb that raises what follows
// (Cues.Raisers: "promoted", "meningkatkan") stands in tokens [from, to);
// the caller stops before a hyphened modifier, whose "-induced" raises
// nothing.
func (x *Extractor) raiserBetween(s *sentence, from, to int) bool {
	_, ok := x.idx.raisers.any(s.toks, from, to)
	return ok
}

// compoundStart returns the index of the first word of the hyphened
// modifier right before token at ("IL" of "IL-6–driven inflammation"), or
// at when there is none.
func compoundStart(s *sentence, at int) int {
	k := at - 1
	for k > 0 && hyphen(s.gaps[k]) {
		k--
	}
	if k == at-1 {
		return at
	}
	return k
}

// hyphen reports whether a gap between two words is a hyphen or an en
// dash written against both.
func hyphen(gap string) bool { return gap == "-" || gap == "–" }

func hasMention(d *docEntity, start int) bool {
	for _, m := range d.mentions {
		if m.Start == start {
			return true
		}
	}
	return false
}

// finish turns a candidate into a claim: quote and offsets, certainty from
// the cue nearest the claim, negation when a negating word governs the
// trigger or the object.
func (x *Extractor) finish(a *analysis, s *sentence, c candidate, clause []int, sourceID string) (kg.Claim, bool) {
	lo, hi := min(c.subj.from, c.obj.from), max(c.subj.to, c.obj.to)
	cStart, cEnd := x.claimWindow(s, c, clause, lo, hi)
	negated, cues := x.negation(a, s, c, cStart, hi)
	certainty, word := x.certainty(s, c, clause, cStart, cEnd, lo, hi, x.organizationSpans(a, s))
	if word != "" {
		cues = append(cues, word)
	}
	if x.noClaim(s, c, clause, cStart, cEnd, negated) {
		return kg.Claim{}, false
	}
	return newClaim(a, s, c, sourceID, certainty, negated, cues), true
}

// noClaim reports whether candidate c, whose clause runs from cStart to
// cEnd, states no claim either way, affirmed or negated; false for a
// candidate that makes one.
func (x *Extractor) noClaim(s *sentence, c candidate, clause []int, cStart, cEnd int, negated bool) bool {
	// A contraindication is no claim either way, but what a therapy is
	// said to be no substitute for is named right after the words ("sel
	// punca bukan pengganti transplantasi hati, yang … terapi definitif
	// untuk sirosis"): its own claims stand.
	if _, ok := x.idx.contra.any(s.toks, cStart, cEnd); ok {
		return true
	}
	// "Sekretom tidak menyembuhkan diabetes dan tidak menggantikan
	// insulin": words of substitution after both names belong to a later
	// clause and leave this claim standing.
	if h, ok := x.idx.substitutes.any(s.toks, cStart, min(cEnd, max(c.subj.to, c.obj.to))); ok && !(c.subj.from >= h.to && c.subj.from-h.to <= 1) {
		return true
	}
	if x.circumstance(s, c, clause) {
		return true
	}
	// A placebo arm ("PRP or saline") is compared with, not a treatment.
	if c.pred == string(kg.Treats) && c.subj.ent.entry.hasTag("comparator") {
		return true
	}
	if c.pred == string(kg.Treats) && x.unapproved(s, cStart, cEnd) {
		return true
	}
	return !negated && x.onlyDeniable(c)
}

// unapproved reports whether the clause from cStart to cEnd says a
// regulator has not approved something; false when it does not.
func (x *Extractor) unapproved(s *sentence, cStart, cEnd int) bool {
	// "The FDA has not approved any stem cell product for glaucoma", "PRP
	// and BMAC are not FDA-approved": a regulator's silence says nothing of
	// whether the therapy works.
	for _, h := range x.idx.negation.find(s.toks, cStart, cEnd) {
		if x.exempt(s, h) {
			continue
		}
		if _, ok := x.idx.approvals.any(s.toks, h.to, min(h.to+3, len(s.toks))); ok {
			return true
		}
	}
	return false
}

// onlyDeniable reports whether the object of candidate c carries a tag its
// predicate admits only in a negated claim (Signature.AffirmedNotTags)
// while its subject carries none that lifts it; false when c may be
// affirmed.
func (x *Extractor) onlyDeniable(c candidate) bool {
	subj, obj := c.subj.ent.entry, c.obj.ent.entry
	p := x.predicate(c.pred)
	mixture := slices.ContainsFunc(p.object.AffirmedBy, subj.hasTag)
	for _, t := range p.object.AffirmedNotTags {
		if obj.hasTag(t) && !mixture {
			return true
		}
	}
	return false
}

// newClaim returns the claim candidate c makes in sentence s, quoted whole
// and identified by its source, offsets, entities, predicate and polarity.
func newClaim(a *analysis, s *sentence, c candidate, sourceID string, certainty kg.Certainty, negated bool, cues []string) kg.Claim {
	pred := kg.Predicate(c.pred)
	subj, obj := c.subj.ent.entry, c.obj.ent.entry
	claim := kg.Claim{
		Subject: kg.EntityRef{ID: subj.ID, Name: subj.Name, Category: subj.Category}, Predicate: pred,
		Object: kg.EntityRef{ID: obj.ID, Name: obj.Name, Category: obj.Category},
		Quote:  a.text[s.start:s.end], Start: s.start, End: s.end,
		Certainty: certainty, Negated: negated, Cues: cues, Language: s.lang,
		SourceID: sourceID, RelationID: kg.RelationID(subj.ID, pred, obj.ID),
		Extractor: Name, ExtractorVersion: Version,
	}
	claim.ID = kg.ClaimID(sourceID, s.start, s.end, subj.ID, pred, obj.ID, negated)
	return claim
}

// attribution finds who a sentence's claims come from: a person named with
// a speech verb ("dr. Gia Pratama dalam Klikdokter memaparkan"), a pronoun
// with a speech verb ("he said") for the last person named, or the rest of
// an attributed paragraph. via is the outlet the person spoke through.
func (x *Extractor) attribution(a *analysis, s *sentence, ms []mention, d *discourse) (person, via *docEntity) {
	_, speaks := x.idx.speech.any(s.toks, 0, len(s.toks))
	var named *docEntity
	var outlet *docEntity
	for _, m := range ms {
		switch m.ent.entry.Category {
		case kg.CategoryPerson:
			if named == nil {
				named = m.ent
			}
		case kg.CategoryOrganization:
			if outlet == nil && x.viaBefore(s, m) {
				outlet = m.ent
			}
		}
	}
	if _, ok := x.idx.sameOutlet.any(s.toks, 0, len(s.toks)); ok && outlet == nil {
		outlet = d.via
	}
	switch {
	case named != nil && speaks:
		person = named
	case speaks && outlet != nil:
		// "laman Regeneric menjelaskan": an outlet speaks, no person.
	case speaks && d.person != nil && s.line-d.personLine <= 2:
		person = named
		if person == nil {
			person = d.person
		}
	case named == nil && d.person != nil && s.line == d.personLine:
		person = d.person // later sentences of the attributed paragraph
		outlet = d.via
	}
	if person != nil {
		d.person, d.personLine = person, s.line
		if outlet != nil {
			d.via = outlet
		} else if person != named || named == nil {
			outlet = d.via
		} else {
			d.via = nil
		}
	} else if outlet != nil && speaks {
		d.via = outlet
	} else {
		outlet = nil
	}
	return person, outlet
}

// viaBefore reports whether an outlet word ("dalam", "melalui", "laman")
// introduces the organisation mention m.
func (x *Extractor) viaBefore(s *sentence, m mention) bool {
	from := max(0, m.from-3)
	for _, h := range x.idx.via.find(s.toks, from, m.from) {
		if m.from-h.to <= 2 {
			return true
		}
	}
	for _, h := range x.idx.outletWords.find(s.toks, from, m.from) {
		if m.from-h.to <= 1 {
			return true
		}
	}
	return false
}

// headAnaphora finds definite references to a therapy by a noun it was
// named with: "the vesicles" after "extracellular vesicles (EVs)", "vesikel
// tersebut", "the cream" after "ADSC-Exo cream".
func (x *Extractor) headAnaphora(a *analysis, s *sentence, heads map[string][]*docEntity) []hit {
	var out []hit
	// The pointing word and the noun are next to each other, or one
	// describing word stands between ("these tiny vesicles", "vesikel
	// kecil ini").
	for i := 0; i+1 < len(s.toks); i++ {
		for _, n := range []int{2, 3} {
			end := i + n
			if end > len(s.toks) || strings.TrimSpace(s.gaps[end-1]) != "" || n == 3 && x.idx.stopwords[s.lang][s.toks[i+1].norm] {
				continue
			}
			det, head := s.toks[i], s.toks[end-1]
			if s.lang == "id" {
				det, head = head, det
			}
			if x.idx.determiners[det.norm] && len(heads[singularWord(head.norm)]) > 0 {
				out = append(out, hit{from: i, to: end, text: spanText(a, s, i, end)})
				break
			}
		}
	}
	return out
}

// noteHeads records the nouns the sentence names its therapies with: the
// last word of a name of several words, a product noun right after the
// name ("ADSC-Exo cream") or, in Indonesian, right before it ("gel
// sekretom"), and the nouns the lexicon gives the therapy
// ("vesicle" for exosomes), but not a route's noun ("injection"). "cell"
// is left to the cell anaphora.
func noteHeads(s *sentence, ms []mention, products map[string]bool, routeWords map[string]*LexEntry, heads map[string][]*docEntity) {
	if s.dup {
		return
	}
	for _, m := range ms {
		if m.ent.entry.Category != kg.CategoryTherapy || m.privative {
			continue
		}
		add := func(w string) {
			w = singularWord(w)
			// "cortisone injection": a route's noun is shared by every
			// therapy given that way, so "the injection site" is no
			// reference back to this one.
			if routeWords[w] != nil {
				return
			}
			heads[w] = append(slices.DeleteFunc(heads[w], func(e *docEntity) bool { return e == m.ent }), m.ent)
		}
		if m.to-m.from > 1 {
			add(s.toks[m.to-1].norm)
		}
		for _, n := range m.ent.entry.Nouns {
			add(fold(n))
		}
		if m.to < len(s.toks) && s.gaps[m.to] == " " && products[singularWord(s.toks[m.to].norm)] {
			add(s.toks[m.to].norm)
		}
		// Indonesian puts the form first: "gel sekretom", "krim eksosom".
		if s.lang == "id" && m.from > 0 && s.gaps[m.from] == " " && products[s.toks[m.from-1].norm] {
			add(s.toks[m.from-1].norm)
		}
	}
	delete(heads, "cell")
	delete(heads, "sel")
}

// singularWord strips an English plural ending.
func singularWord(w string) string {
	for _, suf := range []string{"es", "s"} {
		if t := strings.TrimSuffix(w, suf); t != w && len(t) >= 3 {
			if suf == "es" && !strings.HasSuffix(t, "ss") && !strings.HasSuffix(t, "sh") && !strings.HasSuffix(t, "ch") && !strings.HasSuffix(t, "x") {
				continue
			}
			return t
		}
	}
	return w
}

// elaborates reports whether the object's clause follows the cue's after a
// colon: "Side effects were mild: nasal irritation and headache" lists
// what the clause before the colon announced.
func elaborates(s *sentence, clause []int, h hit, o slot) bool {
	if h.from >= len(clause) || clause[o.from] != clause[h.from]+1 {
		return false
	}
	return strings.Contains(s.gaps[clauseStart(clause, o.from)], ":")
}

// onlyNamedAs reports whether every mention of t among ms is one that as
// accepts; true when ms does not name t at all.
func onlyNamedAs(ms []mention, t *docEntity, as func(mention) bool) bool {
	return !slices.ContainsFunc(ms, func(m mention) bool { return m.ent == t && !as(m) })
}

// opensClause reports whether token i opens its sentence or follows a
// comma, semicolon or colon.
func opensClause(s *sentence, i int) bool {
	return i == 0 || strings.ContainsAny(s.gaps[i], ",;:")
}

// sideTherapy reports whether t, the therapy a sentence names first, is
// named as standard care, or is only what some patients took, underwent,
// had before, needed or were weaned off, besides the document's own therapy
// ("Patients took immunosuppressive drugs for three months", "three
// underwent revision with bone graft", "patients with xerostomia after
// radiotherapy", "tujuh pasien tidak lagi membutuhkan transfusi darah"), or
// what was carried on beside it ("Maintenance tacrolimus was continued
// unchanged", Cues.SideAfter), or what is to be avoided ("Please avoid
// anti-inflammatory painkillers"), or what is done without (Cues.Withouts:
// "tanpa operasi"), or what the page's therapy is set against or is no
// substitute for (Cues.Contrasts: "bukan pengganti fisioterapi"), or what
// eases the page's procedure (tag adjunct: "krim anestesi"): it does not
// become the therapy at hand.
func (x *Extractor) sideTherapy(s *sentence, ms []mention, t, main *docEntity) bool {
	if t == main {
		return false
	}
	// "Penanganan standar serangan jantung tetap pemasangan ring (PCI)":
	// standard care is named to compare with, not to talk about. Only the
	// therapy named as it counts: "UC-MSCs were added to standard care"
	// stays about the cells.
	if x.namedAsStandardCare(s, ms, t) {
		return true
	}
	// "… tanpa operasi dan tanpa rawat inap", "without surgery": a
	// therapy the sentence names only as done without is not what the
	// text turns to.
	if onlyNamedAs(ms, t, func(m mention) bool { return x.idx.withouts.endsAt(s.toks, m.from, 1) }) {
		return true
	}
	if main == nil {
		return false
	}
	// "Karena itu kami menyebutnya terapi tambahan, bukan pengganti
	// fisioterapi": a therapy named only to set the page's against is not
	// what the text turns to.
	if onlyNamedAs(ms, t, func(m mention) bool { return x.contrasted(s, m) }) {
		return true
	}
	// "Kami mengoleskan krim anestesi 30 menit sebelum tindakan": what
	// is given to ease the page's procedure is not what the text turns to,
	// unless the sentence opens with it ("General anaesthesia itself
	// carries some risks").
	if t.entry.hasTag("adjunct") && !slices.ContainsFunc(ms, func(m mention) bool { return m.ent == t && m.from == 0 }) {
		return true
	}
	for _, m := range ms {
		if m.ent == t {
			_, before := x.idx.sideVerbs.any(s.toks, max(0, m.from-4), m.from)
			_, after := x.idx.sideAfter.any(s.toks, m.to, min(len(s.toks), m.to+8))
			return before || after
		}
	}
	return false
}

// namedAsStandardCare reports whether t is named as standard care: tagged
// so, or written within a few words after a standard-care mark
// ("penanganan standar serangan jantung tetap pemasangan ring") or right
// before one ("Levodopa, the standard treatment").
func (x *Extractor) namedAsStandardCare(s *sentence, ms []mention, t *docEntity) bool {
	if t.entry.hasTag("standard-care") {
		return true
	}
	slots := slotsOf(ms)
	marks := x.careMarks(s, slots)
	for _, m := range slots {
		if m.ent != t {
			continue
		}
		for _, h := range marks {
			// "Selain minoksidil, pengobatan standar …": a comma ends what
			// the standard care is named with.
			before := m.to <= h.from && h.from-m.to <= 2 && !commaBetween(s, m.to, h.from)
			if m.from >= h.to && m.from-h.to <= 5 || before {
				return true
			}
		}
	}
	return false
}

// openList records that the line at line opens a list about topic, and
// about each of group when it names several.
func (d *discourse) openList(topic *docEntity, line int, group []*docEntity) {
	d.listTopic, d.listLine, d.listGroup = topic, line, group
}

// exempt reports whether the negation h is part of a phrase that denies
// nothing ("not only", "tidak hanya", "belum terbukti") or says what a
// condition did not give way to (failedCare).
func (x *Extractor) exempt(s *sentence, h hit) bool {
	_, ok := x.idx.notNegation.any(s.toks, h.from, min(h.to+2, len(s.toks)))
	return ok || x.failedCare(s, h)
}

// failedCare reports whether the negation h opens words of a condition not
// giving way to a therapy (Cues.FailedCare) in a relative clause ("that
// has not improved with", "yang tidak membaik dengan") or before standard
// care ("do not respond to standard induction therapy"): the therapy is
// one used for it. Elsewhere the words report a failure ("did not respond
// to stem cell therapy in the trial").
func (x *Extractor) failedCare(s *sentence, h hit) bool {
	for _, f := range x.idx.failedCare.find(s.toks, max(0, h.from-1), min(h.to+3, len(s.toks))) {
		if f.from > h.from || f.to < h.to {
			continue
		}
		if _, rel := x.idx.relPronouns.any(s.toks, max(0, f.from-2), f.from); rel {
			return true
		}
		if _, std := x.idx.standardAdjectives.any(s.toks, f.to, min(f.to+2, len(s.toks))); std {
			return true
		}
	}
	return false
}

// onlyGiving reports whether the words from token from to token to are only
// small words and words of giving ("bukan untuk disuntikkan", "not given
// by"): "tidak tergiur tawaran infus" denies the temptation, not the drip.
func (x *Extractor) onlyGiving(s *sentence, from, to int) bool {
	giving := x.idx.givingWords.find(s.toks, from, to)
	for k := from; k < to; k++ {
		if x.small(s, k) || slices.ContainsFunc(giving, func(h hit) bool { return h.from <= k && k < h.to }) {
			continue
		}
		return false
	}
	return true
}

// onlySmall reports whether the words from token from to token to are only
// stopwords and prepositions ("rather than by").
func (x *Extractor) onlySmall(s *sentence, from, to int) bool {
	for k := from; k < to; k++ {
		if !x.small(s, k) {
			return false
		}
	}
	return true
}

// small reports whether token k is a stopword or a preposition.
func (x *Extractor) small(s *sentence, k int) bool {
	return x.idx.isStopword(s.toks[k].norm) || x.idx.objMarkers.startsAt(s.toks, k, 1)
}

// treatedHarm reports whether a harm is named as what is treated: a word
// of Cues.TreatedHarms ends right before it, or before a condition it
// qualifies ("treat long COVID fatigue"), with no risk word just before
// that ("risk for infection").
func (x *Extractor) treatedHarm(s *sentence, o slot, slots []slot) bool {
	if o.from == o.to || o.ent.entry.Category != kg.CategorySideEffect {
		return false
	}
	at := o.from
	for _, c := range slots {
		if c.to == at && c.from < c.to && c.ent.entry.Category == kg.CategoryCondition {
			at = c.from
		}
	}
	h, ok := x.idx.treatedHarms.hitEndingAt(s.toks, at, 3)
	if !ok {
		return false
	}
	_, risk := x.idx.riskWords.any(s.toks, max(0, h.from-2), h.from)
	return !risk
}

// sufferersHave reports whether a sentence that names no therapy says what
// those with the condition have ("Pada tahap lanjut, penderitanya mengalami
// nyeri hebat"): with no time after a therapy ("setelah", "after") named,
// its harms are the condition's.
func (x *Extractor) sufferersHave(s *sentence, ms []mention) bool {
	if firstTherapy(ms) != nil {
		return false
	}
	if _, ok := x.idx.sufferers.any(s.toks, 0, len(s.toks)); !ok {
		return false
	}
	_, after := x.idx.afterWords.any(s.toks, 0, len(s.toks))
	return !after
}

// longReference finds an Indonesian reference back that opens a sentence
// with a product noun and closes, two to five words on, with a
// demonstrative ("Cairan hasil sekresi sel punca ini"), with no comma
// between.
func (x *Extractor) longReference(s *sentence) (hit, bool) {
	if s.lang != "id" || len(s.toks) < 3 || !x.idx.products[s.toks[0].norm] {
		return hit{}, false
	}
	for k := 2; k <= 5 && k < len(s.toks); k++ {
		if s.toks[k].punct {
			break
		}
		if x.idx.demonstratives[s.toks[k].norm] {
			return hit{from: 0, to: k + 1, text: s.toks[0].raw}, true
		}
	}
	return hit{}, false
}

// conceded returns the therapy a harm in a conceding clause is about: "PRP
// aman, meski bisa muncul memar", "PRP is safe, although bruising may
// occur". The clause opens with a word of Cues.Concedes and names no
// therapy or condition of its own ("although no such case has been
// reported in stroke trials" is about something else); the first therapy
// of the clause before it is the subject.
func (x *Extractor) conceded(s *sentence, clause []int, subs, slots []slot, o slot) (slot, bool) {
	c := clause[o.from]
	if c == 0 {
		return slot{}, false
	}
	if !x.idx.concedes.startsAt(s.toks, clauseStart(clause, o.from), 2) {
		return slot{}, false
	}
	for _, sl := range slots {
		cat := sl.ent.entry.Category
		if sl.from < sl.to && clause[sl.from] == c && (cat == kg.CategoryTherapy || cat == kg.CategoryCondition) {
			return slot{}, false
		}
	}
	for _, sb := range subs {
		if sb.from < sb.to && clause[sb.from] == c-1 {
			return sb, true
		}
	}
	return slot{}, false
}

// clauseStart returns the first token of the clause holding token at.
func clauseStart(clause []int, at int) int {
	for at > 0 && clause[at-1] == clause[at] {
		at--
	}
	return at
}
