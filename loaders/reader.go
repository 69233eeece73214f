package loaders

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/regenkg/regenkg/internal/kg"
)

// reader is the claims pass over one document: what it remembers between
// sentences and the claims it has found so far.
type reader struct {
	x   *Extractor
	a   *analysis
	es  *entitySet
	doc *kg.Document
	d   discourse
	out []kg.Claim
	// seen marks the claims already in out.
	seen map[string]bool
	// named marks claims whose two names form one ("injeksi exosome",
	// "PRP injection").
	named map[string]bool
	// mainCond is the condition the document is about and mainTher the
	// therapy it names most (the page's own product); nil when none is.
	mainCond, mainTher *docEntity
	// arms are the therapies the document names as a trial's arms.
	arms []trialArm
	// title is the document's title with its spaces made single.
	title string
	// heads maps the nouns therapies were last named with ("cream" after
	// "ADSC-Exo cream", "vesicle" after "extracellular vesicles") to them.
	heads map[string][]*docEntity
	// vesicles is the kind of vesicle (tag "vesicles") the document names
	// most, or nil.
	vesicles *docEntity
}

// newReader returns a reader at the start of the document, before any
// sentence.
func (x *Extractor) newReader(a *analysis, es *entitySet, doc *kg.Document) *reader {
	return &reader{
		x: x, a: a, es: es, doc: doc,
		d:        discourse{riskLine: -10, benefitLine: -10, condAt: -10, containedIn: map[*docEntity]*docEntity{}, routed: map[*docEntity][]*docEntity{}},
		seen:     map[string]bool{},
		named:    map[string]bool{},
		mainCond: mainCondition(a, es),
		mainTher: mostNamed(a, es, isTopicTherapy),
		arms:     x.trialArms(a, es),
		vesicles: mostNamedAtLeast(a, es, func(e *LexEntry) bool { return e.hasTag("vesicles") }, 1),
		heads:    map[string][]*docEntity{},
		title:    strings.Join(strings.Fields(doc.Source.Title), " "),
	}
}

// reading is one sentence as the claims pass reads it: sentence si, s, its
// mentions and slots, and what each step finds in it for the steps after.
type reading struct {
	si     int
	s      *sentence
	ms     []mention
	clause []int
	slots  []slot
	// condOpen marks a sentence that opens with a condition and names no
	// therapy.
	condOpen bool
	// drugsAt is where a reference to all the drugs the sentence before
	// named starts, -1 where there is none.
	drugsAt int
	// pairAt is where a reference to both therapies of the pair starts
	// ("keduanya"), or -1.
	pairAt int
	// referred is the therapy the sentence's first demonstrative
	// reference back ("cairan ini"), reference to cells ("the
	// transplanted cells") or reference by a noun it was named with
	// ("the vesicles") names, at referredAt; a bare "the patch" is too
	// loose to set the topic by itself.
	referred   *docEntity
	referredAt int
	// itemOf is the therapy of the list this line is an item of, when
	// the item opens without a subject of its own.
	itemOf *docEntity
	// condRef marks a pronoun among the first two words that stands for
	// the condition the sentence before was about ("It can cause …").
	condRef bool
	// own are the slots without the therapies named as remedies ("treated
	// with oral antibiotics"); ownTherapy marks a sentence naming a therapy
	// of its own.
	own        []slot
	ownTherapy bool
	// zero is the therapy a sentence that names none of its own is about,
	// or nil.
	zero *docEntity
	// person is who the sentence's claims come from, via the outlet they
	// spoke through, and cites the studies they cite.
	person, via *docEntity
	cites       []string
	// imp holds the subjects the sentence may leave unsaid.
	imp implicit
	// risk marks a sentence naming a risk word, leadIn one ending in a
	// colon.
	risk, leadIn bool
	// compound marks the pairs of entities named written as one.
	compound map[[2]*docEntity]bool
	// cands are the sentence's candidate relations, filtered step by step.
	cands []candidate
}

// heading reads a heading: a therapy it names becomes the topic and opens a
// list, one that names none opens a list about the page's products, and
// every heading ends the care list before it.
func (r *reader) heading(s *sentence, ms []mention) {
	x, a, d := r.x, r.a, &r.d
	d.headed = r.leadTherapy(s, ms)
	if t := d.headed; t != nil {
		d.topic, d.topicLine = t, s.line
		d.openList(t, s.line, x.joinedGroup(s, ms, t))
		if d.products == nil {
			// A procedure a title names ("… pasca artrosentesis") is
			// how the products are given, not one of them.
			d.products = slices.DeleteFunc(therapies(ms), func(e *docEntity) bool { return e.entry.hasTag("procedure") })
		}
	} else if len(d.products) > 1 {
		// "Manfaat Perawatan" on a page about "Nanofat dan SVF": a
		// list under it is about the page's products.
		d.openList(d.products[0], s.line, d.products)
	} else if d.topic != nil && r.benefitsHeading(s, ms) {
		// "Manfaat yang Dilaporkan Klien Kami" over a list, as a
		// lead-in would: what the therapy at hand does.
		d.openList(d.topic, s.line, nil)
		d.benefitLine = s.line
	}
	if _, ok := x.idx.riskWords.any(s.toks, 0, len(s.toks)); ok {
		d.riskLine = s.line
	}
	// A heading right above a list ("First-line care at
	// Harbourview", "Conventional options") leads it as a colon
	// would, for its care.
	// Every heading ends the care list before it.
	d.careCond = nil
	if opensList(a, s) {
		d.careCond, d.careLine = x.careLead(s, ms, r.mainCond), s.line
	}
	d.treatFor = nil
	if opensList(a, s) {
		d.treatFor, d.treatLine = r.listLead(s, ms), s.line
	}
}

// leadTherapy returns the therapy heading or lead-in s is about: the first
// it names, or the therapy at hand when a pronoun before "after" stands
// for it ("How do they help after surgery or laser?": surgery and laser
// say when, not what); nil when it is about none.
func (r *reader) leadTherapy(s *sentence, ms []mention) *docEntity {
	t := firstTherapy(ms)
	if t == nil || r.d.topic == nil {
		return t
	}
	// The pronoun must do what a therapy does ("they help"); "What will
	// they feel after ACL reconstruction?" asks about patients.
	after, ok := r.x.idx.afterWords.any(s.toks, 0, len(s.toks))
	if !ok {
		return t
	}
	k := slices.IndexFunc(s.toks[:after.from], func(tk token) bool { return isPronoun(tk.raw) })
	if k < 0 || !r.x.idx.firstCues(kg.ActsVia).startsAt(s.toks, k+1, 2) {
		return t
	}
	for _, m := range ms {
		if m.ent == t && m.from < after.from {
			return t
		}
	}
	return r.d.topic
}

// benefitsHeading reports whether a heading names the benefits of what the
// page offers and nothing else ("Manfaat yang Dilaporkan Klien Kami",
// "Manfaat untuk Kulit Eksim"): its words after the noun of benefit are
// small words, names, or words of whose benefits they are
// (Cues.BenefitHeadingWords). "Efek Samping" names harms, and "Manfaat
// Tidur yang Cukup", "Keuntungan Berolahraga" the benefits of something
// else.
func (r *reader) benefitsHeading(s *sentence, ms []mention) bool {
	x := r.x
	h, ok := x.idx.benefitNouns.any(s.toks, 0, min(2, len(s.toks)))
	if !ok {
		return false
	}
	if _, risk := x.idx.riskWords.any(s.toks, 0, len(s.toks)); risk {
		return false
	}
	for k := h.to; k < len(s.toks); k++ {
		named := slices.ContainsFunc(ms, func(m mention) bool { return m.from <= k && k < m.to })
		if !named && !x.small(s, k) && !x.idx.benefitHeadingWords.startsAt(s.toks, k, 1) {
			return false
		}
	}
	return true
}

// listLead returns the therapies that treat what the list under s opens
// with: the one s names as treating (treatLead); or, when s asks who suits
// a therapy and names no condition ("Who is a good candidate for stem cell
// or PRP therapy?", "Siapa yang cocok?"), the therapies it names, else the
// page's own therapy or the therapy at hand; nil when s leads no such
// list.
func (r *reader) listLead(s *sentence, ms []mention) []*docEntity {
	x := r.x
	if t := x.treatLead(s, ms); t != nil {
		return []*docEntity{t}
	}
	if slices.ContainsFunc(ms, func(m mention) bool { return m.ent.entry.Category == kg.CategoryCondition }) {
		return nil
	}
	if _, ok := x.idx.candidateLeads.any(s.toks, 0, len(s.toks)); !ok && !x.leadAcross(s, ms) {
		return nil
	}
	// "Siapa saja yang sebaiknya menghindari terapi ini?", "Who is at
	// risk of side effects?": a list of who should not have it, or who
	// suffers from it, names nothing it treats.
	for _, ps := range []phrases{x.idx.negation, x.idx.harmNouns, x.idx.sideVerbs} {
		if _, ok := ps.any(s.toks, 0, len(s.toks)); ok {
			return nil
		}
	}
	if named := x.uncontrasted(s, ms); len(named) > 0 {
		return named
	}
	if r.mainTher != nil {
		return []*docEntity{r.mainTher}
	}
	if r.d.topic != nil {
		return []*docEntity{r.d.topic}
	}
	return nil
}

// openingRoutes returns cands with the routes of a sentence that opens
// with how its subject is given ("Given through the nose twice a week, the
// engineered exosomes cut …", "Disuntikkan ke dalam sendi, PRP …") added
// for the therapy named right after the opening clause's comma. The route
// must follow the opening word within a word and be the sentence's first
// name: "Given the risk of clots with intravenous infusion, …" and
// "Diberikan bersama obat oral, …" give nothing.
func (x *Extractor) openingRoutes(s *sentence, cands []candidate, slots []slot) []candidate {
	if !x.idx.givenOpenings.startsAt(s.toks, 0, 1) || len(slots) == 0 || slots[0].ent.entry.Category != kg.CategoryRoute || slots[0].from > 2 {
		return cands
	}
	comma := slices.IndexFunc(s.gaps, func(g string) bool { return strings.Contains(g, ",") })
	if comma < 0 {
		return cands
	}
	// The subject may follow a determiner or two ("the engineered").
	i := slices.IndexFunc(slots, func(sl slot) bool { return sl.from >= comma && isTopicTherapy(sl.ent.entry) })
	if i < 0 || slots[i].from-comma > 2 {
		return cands
	}
	subj := slots[i]
	// A route the cues read too comes out once: emit keeps a claim once.
	for _, r := range slots {
		if r.to <= comma && r.ent.entry.Category == kg.CategoryRoute {
			cands = append(cands, candidate{pred: string(kg.AdministeredVia), subj: subj, obj: r, bare: true})
		}
	}
	return cands
}

// openingContents returns cands with what a sentence opening with the
// contents of the product at hand lists ("Isinya growth factor, sitokin
// anti-radang, dan eksosom", "Kandungannya antara lain VEGF dan EGF", "Its
// contents include growth factors and exosomes") added as that product's
// contents. The list must start right after the opening, which may end in
// a word that leads a list ("antara lain", "include"), or past unnamed
// items (listOpens): "Isinya mirip dengan PRP" lists nothing. It runs
// while only list words join its items:
// "Isinya faktor pertumbuhan … yang dilepaskan sel punca" does not hold the
// cells that release them.
func (x *Extractor) openingContents(s *sentence, cands []candidate, slots []slot, topic *docEntity) []candidate {
	if topic == nil || !isTopicTherapy(topic.entry) || !x.containsSubject(topic.entry) {
		return cands
	}
	// A quotation mark or a dash may stand before the opening.
	h, ok := x.idx.contentsOpenings.hitAt(s.toks, 0, 4)
	if !ok && len(s.toks) > 1 {
		h, ok = x.idx.contentsOpenings.hitAt(s.toks, 1, 4)
	}
	if !ok {
		return cands
	}
	p := x.predicate(string(kg.Contains))
	subj := slot{ent: topic, from: h.from, to: h.to, referred: true}
	var last *slot
	for i := range slots {
		sl := slots[i]
		switch {
		case sl.from < h.to || sl.from == sl.to:
			continue
		case last == nil && !x.listOpens(s, h.to, sl.from), last != nil && !x.coordinated(s, *last, sl):
			return cands
		}
		last = &slots[i]
		if sl.ent != topic && p.object.admits(sl.ent.entry) {
			cands = append(cands, candidate{pred: p.name, subj: subj, obj: sl, bare: true})
		}
	}
	return cands
}

// listOpens reports whether a list opened at token from reaches its first
// named item at token at: right there, or past a few unnamed items parted
// by commas ("Isinya protein, lipid, dan mikroRNA") with no preposition
// among them ("Isinya mirip dengan PRP" lists nothing).
func (x *Extractor) listOpens(s *sentence, from, at int) bool {
	if at == from {
		return true
	}
	if at-from > 4 || !commaBetween(s, from+1, at) {
		return false
	}
	_, marked := x.idx.objMarkers.any(s.toks, from, at)
	return !marked
}

// notCells returns cands with a product said not to be cells ("Eksosom
// ini bukan sel, jadi aman", "Because EVs are not cells, …", "sekretom
// bukan sel hidup") read as holding no live cells. Only the bare word for
// cells counts: "bukan stem cell" sets the product apart from a therapy,
// which says nothing of what it holds (notKindRisks reads that).
func (x *Extractor) notCells(s *sentence, cands []candidate, slots []slot, clause []int) []candidate {
	live := x.idx.liveCells
	for _, o := range slots {
		if live == nil || o.ent.entry != live || o.from == o.to {
			continue
		}
		h, ok := x.idx.copularDenials.hitEndingAt(s.toks, o.from, 3)
		if !ok {
			continue
		}
		if sb, ok := x.deniedProduct(s, slots, clause, h); ok {
			cands = append(cands, candidate{pred: string(kg.Contains), subj: sb, obj: o, cue: h, denied: true})
		}
	}
	return cands
}

// deniedProduct returns the product a copular denial h is about: the
// nearest named slot before it, at most two words before ("Eksosom ini
// bukan", "EVs are not"), in its clause, that CONTAINS takes as subject;
// false when the nearest is none such.
func (x *Extractor) deniedProduct(s *sentence, slots []slot, clause []int, h hit) (slot, bool) {
	for j := len(slots) - 1; j >= 0; j-- {
		sb := slots[j]
		if sb.from == sb.to || sb.to > h.from {
			continue
		}
		if h.from-sb.to <= 2 && clause[sb.from] == clause[h.from] && x.containsSubject(sb.ent.entry) {
			return sb, true
		}
		return slot{}, false
	}
	return slot{}, false
}

// causeOfLast returns cands with the harms a list of risks names before the
// one a cause follows ("Risiko lainnya termasuk infeksi berat, penolakan
// cangkok, serta gangguan kesuburan akibat kemoterapi pengkondisian",
// "Other risks include infection, graft rejection and infertility caused
// by chemotherapy") given back to the therapy at hand: the cause is only
// the last harm's. The list must be one of risks (a word of risk before
// it) with a comma inside: "Nausea, vomiting and hair loss caused by
// chemotherapy are common" and "kematian atau emboli paru akibat pemberian
// sekretom" give the cause every harm. With no therapy at hand the earlier
// harms are dropped; when the therapy at hand is the cause, all stay its.
func (x *Extractor) causeOfLast(s *sentence, cands []candidate, slots []slot, topic *docEntity) []candidate {
	out := cands[:0]
	for _, c := range cands {
		if c.pred != string(kg.HasRisk) || c.subj.from == c.subj.to || c.subj.from < c.obj.to || c.subj.ent == topic {
			out = append(out, c)
			continue
		}
		h, ok := x.idx.causedBy.any(s.toks, c.obj.to, c.subj.from)
		if !ok || !slices.ContainsFunc(slots, func(sl slot) bool {
			return sl.from >= c.obj.to && sl.to <= h.from && sl.from < sl.to && sl.ent.entry.Category != kg.CategoryTherapy
		}) {
			out = append(out, c)
			continue
		}
		start := x.listStart(s, slots, c.obj)
		_, risky := x.idx.riskWords.any(s.toks, 0, start)
		if !risky || !commaBetween(s, start+1, h.from) {
			out = append(out, c)
			continue
		}
		if topic != nil && isTopicTherapy(topic.entry) {
			c.subj = slot{ent: topic, from: c.subj.from, to: c.subj.from}
			out = append(out, c)
		}
	}
	return out
}

// notKindRisks returns cands with a harm denied after a product is said
// not to be another therapy ("Exosome bukan stem cell, jadi tidak ada
// risiko penolakan", "Exosomes are not stem cells, so there is no risk of
// rejection") given to the product: the therapy it is not is named only to
// set it apart. The harm must follow a comma after that therapy and be
// denied after the comma; a relative clause there is the other therapy's
// ("Eksosom bukan sel punca, yang berisiko membentuk tumor").
func (x *Extractor) notKindRisks(s *sentence, cands []candidate, slots []slot, clause []int) []candidate {
	for i, c := range cands {
		if c.pred != string(kg.HasRisk) || c.subj.from == c.subj.to || c.obj.from < c.subj.to || !commaBetween(s, c.subj.to, c.obj.from) ||
			x.idx.relPronouns.startsAt(s.toks, c.subj.to, 1) {
			continue
		}
		if _, denied := x.idx.negation.any(s.toks, c.subj.to, c.obj.from); !denied {
			continue
		}
		h, ok := x.idx.copularDenials.hitEndingAt(s.toks, c.subj.from, 3)
		if !ok {
			continue
		}
		if sb, ok := x.deniedProduct(s, slots, clause, h); ok && sb.ent != c.subj.ent {
			cands[i].subj = sb
		}
	}
	return cands
}

// measuredInCondition gives a measure to the condition a symptom it
// measures is named in: "Derajat kelumpuhan pada Bell's palsy dinilai dengan
// skala House-Brackmann", "pain in knee osteoarthritis was scored on the
// VAS" measure Bell's palsy and knee osteoarthritis.
func (x *Extractor) measuredInCondition(s *sentence, cands []candidate, slots []slot) []candidate {
	for i, c := range cands {
		if c.pred != string(kg.MeasuredBy) || c.subj.from == c.subj.to || c.subj.to+1 >= len(s.toks) || !x.idx.symptomLinks[s.toks[c.subj.to].norm] {
			continue
		}
		k := slices.IndexFunc(slots, func(o slot) bool {
			return o.from == c.subj.to+1 && o.ent != c.subj.ent && o.ent.entry.Category == kg.CategoryCondition
		})
		if k >= 0 && !commaBetween(s, c.subj.to, slots[k].from) {
			cands[i].subj = slots[k]
		}
	}
	return cands
}

// dropContraindicated returns cands without a therapy's treating the
// patients a clause says it is not given to: "We do not perform PRP on
// patients with bleeding disorders", "Kami tidak melakukan PRP … pada pasien
// dengan gangguan pembekuan darah" name a contraindication, neither a
// treatment nor a denied one. The negation and one verb of giving
// (Cues.ContraVerbs) must stand right before the subject, in its clause,
// and the object name the patients.
func (x *Extractor) dropContraindicated(s *sentence, cands []candidate, slots []slot, clause []int) []candidate {
	return slices.DeleteFunc(cands, func(c candidate) bool {
		if c.pred != string(kg.Treats) || c.subj.from == c.subj.to || c.obj.from < c.subj.to || !x.population(s, c.obj) {
			return false
		}
		// Right after the negation, the verb ("do not perform", "tidak
		// menyuntikkan"); between it and the subject only other therapies
		// and the words joining them ("PRP maupun microneedling").
		hits := x.idx.negation.find(s.toks, 0, c.subj.from)
		if len(hits) == 0 {
			return false
		}
		h := hits[len(hits)-1]
		if clause[h.from] != clause[c.subj.from] || !x.idx.contraVerbs.startsAt(s.toks, h.to, 1) {
			return false
		}
		for k := h.to + 1; k < c.subj.from; k++ {
			therapy := slices.ContainsFunc(slots, func(o slot) bool {
				return o.from <= k && k < o.to && o.ent.entry.Category == kg.CategoryTherapy
			})
			if !therapy && !x.idx.coordination.startsAt(s.toks, k, 1) {
				return false
			}
		}
		return true
	})
}

// dropSafeFor returns cands without a therapy's treating a condition named
// as whom it suits ("Sekretom aman untuk kulit sensitif") or, after a harm
// it names, as whom the harm touches most ("Reaksi alergi jarang terjadi,
// terutama pada kulit sensitif"). A condition joined to the first after
// such words, by a comma or a joining word, is one of them.
func (x *Extractor) dropSafeFor(s *sentence, cands []candidate, slots []slot) []candidate {
	harmBefore := func(at int) bool {
		return slices.ContainsFunc(cands, func(c candidate) bool {
			return c.pred == string(kg.HasRisk) && c.obj.from < c.obj.to && c.obj.to <= at
		})
	}
	named := func(o slot) bool {
		for {
			if x.idx.safeFor.endsAt(s.toks, o.from, 4) {
				return true
			}
			if h, ok := x.idx.riskGroups.hitEndingAt(s.toks, o.from, 3); ok && harmBefore(h.from) {
				return true
			}
			prev, ok := x.listedBefore(s, slots, o, kg.CategoryCondition)
			if !ok {
				return false
			}
			o = prev
		}
	}
	return slices.DeleteFunc(cands, func(c candidate) bool {
		return c.pred == string(kg.Treats) && c.obj.from < c.obj.to && named(c.obj)
	})
}

// dropReliefOfTreated returns cands without the relief (a mechanism tagged
// "relief": pain relief) of a therapy the same sentence says treats a
// condition: "Fisioterapi terbukti mengurangi nyeri tennis elbow" and
// "Steroid injections can relieve pain in knee osteoarthritis" say what the
// therapy treats, not how it works.
func dropReliefOfTreated(cands []candidate) []candidate {
	treats := map[*docEntity]bool{}
	for _, c := range cands {
		if c.pred == string(kg.Treats) && !c.denied {
			treats[c.subj.ent] = true
		}
	}
	return slices.DeleteFunc(cands, func(c candidate) bool {
		return c.pred == string(kg.ActsVia) && c.obj.ent.entry.hasTag("relief") && treats[c.subj.ent]
	})
}

// containsSubject reports whether e can hold what CONTAINS names: the
// readings of a product's contents and of a product said not to be cells
// need a product, not a cell or a drug.
func (x *Extractor) containsSubject(e *LexEntry) bool {
	return x.predicate(string(kg.Contains)).subject.admits(e)
}

// leadAcross reports whether s asks who suits a therapy with the
// therapy's name inside the question ("Who is BMAC for?"): the words around
// a therapy's name read as a lead once the name is taken out. "Is PRP right
// for you?" is no lead: its list is as often of who should not have it.
func (x *Extractor) leadAcross(s *sentence, ms []mention) bool {
	for _, m := range ms {
		if m.from == 0 || m.to >= len(s.toks) || !isTopicTherapy(m.ent.entry) {
			continue
		}
		toks := joinedAcross(s.toks[:m.from], s.toks[m.to:])
		if _, ok := x.idx.candidateLeads.any(toks, 0, len(toks)); ok {
			return true
		}
	}
	return false
}

// newReading returns sentence si, s, with its mentions ms as slots: a name
// and the same name right after it in brackets ("umbilical cord mesenchymal
// stem cells (UC-MSCs)") are one.
func (r *reader) newReading(si int, s *sentence, ms []mention) *reading {
	clause := r.x.clauses(r.a, s)
	slots := make([]slot, 0, len(ms)+1)
	for _, m := range ms {
		// "umbilical cord mesenchymal stem cells (UC-MSCs)" is one slot.
		if n := len(slots); n > 0 && slots[n-1].ent == m.ent && m.from == slots[n-1].to &&
			strings.Trim(s.gaps[m.from], " (") == "" {
			slots[n-1].to = m.to
			continue
		}
		slots = append(slots, slot{ent: m.ent, from: m.from, to: m.to, privative: m.privative, subtype: m.subtype})
	}
	condOpen := firstTherapy(ms) == nil && opensWithCondition(slots)
	return &reading{si: si, s: s, ms: ms, clause: clause, slots: slots, condOpen: condOpen}
}

// pairAnaphora adds a slot for a reference to both therapies the sentence
// before joined, or to the last two the text was about ("keduanya", "kedua
// suntikan"), standing for the first, and sets rd.pairAt where it starts;
// rd.pairAt is -1 where there is none.
func (r *reader) pairAnaphora(rd *reading) {
	x, d, s := r.x, &r.d, rd.s
	// "Keduanya tidak mengandung sel hidup": both therapies the sentence
	// before joined, when this one names none of its own.
	rd.pairAt, rd.drugsAt = -1, -1
	// "Pengobatan standar LES berupa kortikosteroid, hidroksiklorokuin
	// dan obat imunosupresan. Obat-obatan ini …": all the drugs the
	// sentence before named.
	if len(d.drugs) > 0 && d.drugsSent == rd.si-1 && firstTherapy(rd.ms) == nil {
		for _, h := range x.idx.groupAnaphora.find(s.toks, 0, len(s.toks)) {
			if !overlapsAny(rd.slots, h.from, h.to) {
				rd.slots = append(rd.slots, slot{ent: d.drugs[0], from: h.from, to: h.to, referred: true})
				rd.drugsAt = h.from
				sortSlots(rd.slots)
				break
			}
		}
	}
	refs := append(x.idx.pairAnaphora.find(s.toks, 0, len(s.toks)), x.pairSpans(s)...)
	// "Kedua obat pengencer darah ini": a therapy's name inside the
	// reference names the kind of both.
	inRef := func(from, to int) bool {
		return slices.ContainsFunc(refs, func(h hit) bool { return from >= h.from && to <= h.to })
	}
	named := slices.ContainsFunc(rd.ms, func(m mention) bool { return isTopicTherapy(m.ent.entry) && !inRef(m.from, m.to) })
	pair := d.pair[1] != nil && s.line-d.pairLine <= 1
	// The last two therapies the text was about, named apart, are the pair
	// "keduanya" refers to, when the sentence before named one of them
	// and this one names nothing before the reference ("diabetes dan
	// hipertensi, dan keduanya …" means the conditions) and counts no two
	// other things ("menyuntik kedua mata … keduanya").
	if !pair && !named && len(refs) > 0 && d.lastTwo[0] != nil && d.lastTwo[1] == d.topic && d.lastTwoSent == rd.si-1 && s.line-d.lastTwoLine <= maxPairLines &&
		!slices.ContainsFunc(rd.slots, func(sl slot) bool { return sl.from < refs[0].from }) && !x.countsTwo(s, refs[0].from) {
		d.pair, d.pairLine, pair = d.lastTwo, s.line, true
	}
	if pair && !named {
		for _, h := range refs {
			// "kedua suntikan", "kedua obat pengencer darah ini": the
			// route or kind named is part of the reference.
			rd.slots = slices.DeleteFunc(rd.slots, func(sl slot) bool {
				c := sl.ent.entry.Category
				return (c == kg.CategoryRoute || c == kg.CategoryTherapy) && sl.from < sl.to && sl.from >= h.from && sl.to <= h.to
			})
			if !overlapsAny(rd.slots, h.from, h.to) {
				rd.slots = append(rd.slots, slot{ent: d.pair[0], from: h.from, to: h.to})
				rd.pairAt = h.from
				sortSlots(rd.slots)
				break
			}
		}
	}
}

// pairSpans returns the references to two therapies that enclose what
// they are between a PairOpeners word and a PairClosers word, two to five
// words apart with no punctuation ("kedua obat pengencer darah ini"); nil
// when there are none.
func (x *Extractor) pairSpans(s *sentence) []hit {
	var out []hit
	for _, o := range x.idx.pairOpeners.find(s.toks, 0, len(s.toks)) {
		for j := o.to + 1; j < min(len(s.toks), o.to+5); j++ {
			if s.toks[j].punct || strings.ContainsAny(s.gaps[j], ",;:.") {
				break
			}
			if c, ok := x.idx.pairClosers.hitAt(s.toks, j, 1); ok {
				out = append(out, hit{from: o.from, to: c.to})
				break
			}
		}
	}
	return out
}

// referBack adds a slot for each reference back the sentence makes
// ("cairan ini", "the transplanted cells", "the vesicles", "it") and sets
// rd.referred and rd.condRef; before any therapy is at hand it adds none.
func (r *reader) referBack(rd *reading) {
	x, d, s := r.x, &r.d, rd.s
	if d.topic == nil {
		return
	}
	r.narrowedReferences(rd)
	hits := x.idx.anaphora.find(s.toks, 0, len(s.toks))
	// "Cairan hasil sekresi sel punca ini tidak mengandung sel": a
	// product noun opening the sentence, closed by a demonstrative a
	// few words on, is the therapy at hand; the names between say
	// where it comes from.
	if h, ok := x.longReference(s); ok && !slices.ContainsFunc(hits, func(o hit) bool { return o.from == 0 }) {
		rd.slots = slices.DeleteFunc(rd.slots, func(sl slot) bool { return sl.from >= h.from && sl.to <= h.to })
		hits = append([]hit{h}, hits...)
	}
	cellFrom := len(hits)
	hits = append(hits, x.idx.cellAnaphora.find(s.toks, 0, len(s.toks))...)
	cellTo := len(hits)
	hits = append(hits, r.es.refs[s]...)
	kindTo := len(hits)
	hits = append(hits, x.headAnaphora(r.a, s, r.heads)...)
	named := len(rd.slots)
	for i, h := range hits {
		ref, ok := r.referent(rd, h, i < cellFrom, i >= cellFrom && i < cellTo, named)
		if !ok {
			continue
		}
		// "Psoriatic arthritis is an autoimmune disease …. It can
		// cause painful, swollen joints": a pronoun among the first
		// two words of the sentence after one about a condition is
		// that condition.
		if isPronoun(h.text) && h.from <= 1 && d.condLine == s.line && d.condAt == rd.si-1 {
			rd.condRef = true
			continue
		}
		if isPronoun(h.text) && firstTherapy(rd.ms) != nil {
			// "it" in a later clause is the therapy an earlier clause
			// named ("PRP has the stronger evidence: trials show it
			// can…"), not an example of one ("Corticosteroids such as
			// prednisone …, though they cause weight gain"); in its own
			// clause it only stands in when nothing else can.
			ref = r.pronounReferent(rd, h, named)
			// "They carry growth factors …, so this is not a stem cell
			// treatment", "Unlike whole stem cells, they contain no
			// living cells": a pronoun opening its clause, with no
			// therapy in that clause or one it could stand for before,
			// is the therapy at hand.
			opens := h.from == 0 || rd.clause[h.from-1] != rd.clause[h.from]
			if ref == nil && opens && !r.peopleBefore(rd) && !slices.ContainsFunc(rd.slots[:named], func(sl slot) bool {
				return rd.clause[sl.from] == rd.clause[h.from] && isTopicTherapy(sl.ent.entry)
			}) {
				ref = d.topic
			}
			if ref == nil {
				continue
			}
		}
		if overlapsAny(rd.slots, h.from, h.to) {
			continue
		}
		// "PRP dan BMAC disuntikkan …. Terapi biologis ini …": a
		// kind named right after two therapies were joined is both.
		if i >= cellTo && i < kindTo && rd.pairAt < 0 && d.pair[1] != nil && s.line-d.pairLine <= 1 {
			ref, rd.pairAt = d.pair[0], h.from
		}
		rd.slots = append(rd.slots, slot{ent: ref, from: h.from, to: h.to, referred: true})
		if rd.referred == nil && (x.demonstrative(s, h) || i >= cellFrom) {
			rd.referred, rd.referredAt = ref, h.from
		}
	}
	sortSlots(rd.slots)
}

// paraphrasedVesicles adds a slot for vesicles the sentence describes
// rather than names, right before a word of releasing and the cells that
// release them ("tiny packages released by stem cells", "partikel yang
// dilepaskan sel punca"): they are the vesicles the document names most.
// With none named it adds nothing: the text may mean any particle.
func (r *reader) paraphrasedVesicles(rd *reading) {
	x, s := r.x, rd.s
	if r.vesicles == nil {
		return
	}
	// Only spaces may stand between the words: "particles, released by
	// the lab" or "bubbles (released by …)" is another reading.
	plain := func(from, to int) bool { return plainBetween(s, from-1, to-1) }
	added := false
	for _, h := range x.idx.vesicleWords.find(s.toks, 0, len(s.toks)) {
		// "exosome particles" is named already; "Microplastic particles"
		// are something else: a bare noun describes vesicles only after
		// a word that cannot be another noun's ("the", "ini"); "tiny
		// packages" do anywhere.
		bare := h.to-h.from == 1 && h.from > 0 && plain(h.from, h.from+1) && !x.idx.vesicleLeads.startsAt(s.toks, h.from-1, 1)
		if overlapsAny(rd.slots, h.from, h.to) || bare {
			continue
		}
		at := h.to
		if x.idx.relPronouns.startsAt(s.toks, at, 1) {
			at++
		}
		src, ok := x.idx.sources.hitAt(s.toks, at, 4)
		if !ok {
			src, ok = x.idx.productSources.hitAt(s.toks, at, 1)
		}
		if !ok || !plain(h.to, src.to) {
			continue
		}
		// Up to three words may qualify the cells ("human umbilical
		// cord"); cells that qualify a noun after them ("stem cell
		// clinics") release nothing.
		if !slices.ContainsFunc(rd.slots, func(sl slot) bool {
			return sl.ent.entry.hasTag("cell") && sl.from >= src.to && sl.from-src.to <= 3 && plain(src.to, sl.from+1) &&
				(sl.to == len(s.toks) || !plain(sl.to, sl.to+1) || !x.idx.cellHeads.startsAt(s.toks, sl.to, 1))
		}) {
			continue
		}
		rd.slots = append(rd.slots, slot{ent: r.vesicles, from: h.from, to: h.to, referred: true})
		added = true
	}
	if added {
		sortSlots(rd.slots)
	}
}

// narrowerCells returns the cells the sentence before s named, of a kind
// that narrows the cells g ("sel punca mesenkimal" narrows "sel punca"),
// when they are the only such cells it named: after "sel punca embrionik
// dan sel punca mesenkimal" (each an entry of its own), "these cells" are
// neither. It returns nil otherwise.
func (r *reader) narrowerCells(s *sentence, g *docEntity) *docEntity {
	d := &r.d
	if d.lastCell == nil || s.line-d.cellLine > 1 || !narrows(d.lastCell.entry.Name, g.entry.Name) {
		return nil
	}
	for _, c := range d.cells {
		if c != d.lastCell && narrows(c.entry.Name, g.entry.Name) {
			return nil
		}
	}
	return d.lastCell
}

// narrowedReferences reads a general name of cells pointed back with a
// demonstrative ("Sel punca ini berperan ganda", "these stem cells") as the
// narrower cells named last, in the sentence before or as the therapy at
// hand ("… ditanami sel punca mesenkimal dari pulpa gigi susu").
func (r *reader) narrowedReferences(rd *reading) {
	x, d, s := r.x, &r.d, rd.s
	for i, sl := range rd.slots {
		if sl.from == sl.to || sl.referred || !sl.ent.entry.hasTag("cell") {
			continue
		}
		after := sl.to < len(s.toks) && x.idx.demonstratives[s.toks[sl.to].norm] && strings.TrimSpace(s.gaps[sl.to]) == ""
		before := sl.from > 0 && x.idx.demonstratives[s.toks[sl.from-1].norm] && strings.TrimSpace(s.gaps[sl.from]) == ""
		if !(s.lang == "id" && after || s.lang == "en" && before) {
			continue
		}
		// "Ada dua jenis sel punca, yaitu sel punca embrionik dan sel
		// punca mesenkimal. Sel punca ini …": after the general cells and
		// their kinds, the general name is the general cells.
		if slices.Contains(d.cells, sl.ent) && s.line-d.cellLine <= 1 {
			continue
		}
		narrow := r.narrowerCells(s, sl.ent)
		// With no narrower cells named just before, the therapy at hand
		// may be them; after two kinds ("sel punca embrionik dan sel
		// punca mesenkimal"), neither is.
		named := slices.ContainsFunc(d.cells, func(c *docEntity) bool { return narrows(c.entry.Name, sl.ent.entry.Name) })
		if narrow == nil && !named && d.topic.entry.hasTag("cell") && narrows(d.topic.entry.Name, sl.ent.entry.Name) {
			narrow = d.topic
		}
		if narrow != nil {
			rd.slots[i].ent, rd.slots[i].referred = narrow, true
			if rd.referred == nil {
				rd.referred, rd.referredAt = narrow, sl.from
			}
		}
	}
}

// referent returns what the reference back h stands for: the therapy at
// hand, the standard care named in the sentence before ("Cara ini"), the
// cells a reference to cells means, or the therapy last named with h's noun
// ("the cream"). plain marks a plain reference back ("cara ini", "it"),
// cells a reference to cells ("sel ini"); false when a reference to cells
// finds no cells to stand for. The first named slots are the sentence's own
// names.
func (r *reader) referent(rd *reading, h hit, plain, cells bool, named int) (*docEntity, bool) {
	x, d, s := r.x, &r.d, rd.s
	ref := d.topic
	// "Pengobatan standar biasanya berupa suntikan kortikosteroid.
	// Cara ini cukup efektif, tetapi …": right after standard
	// care was named, "this" is that care's therapy.
	if plain && d.side != nil && d.sideAt == rd.si-1 && x.idx.methodAnaphora.startsAt(s.toks, h.from, h.to-h.from) {
		ref = d.side
	}
	// "Apakah terapi ini sakit?" in a page's questions asks about the
	// page's own therapy, not the comparator an answer before named last
	// ("core decompression + implantasi MSC"); in a section whose heading
	// names the therapy at hand ("Knee Replacement"), it asks about that.
	if plain && !isPronoun(h.text) && r.mainTher != nil && firstTherapy(rd.ms) == nil && r.asks(s) && d.headed != d.topic {
		ref = r.mainTher
	}
	// "Risks: Temporary soreness at the injection site …" after a list
	// that named rest last: the injection is a therapy the page gave by
	// injection, its own product first, when the therapy at hand is not
	// the page's own, is no cell or product one injects and was given by
	// no route at all.
	head := s.toks[h.to-1]
	if s.lang == "id" {
		head = s.toks[h.from] // "gel ini", "vesikel tersebut"
	}
	if plain && ref != r.mainTher && !isProduct(ref.entry) && !r.routedAny(ref) {
		if given := r.givenBy(head.norm); len(given) > 0 {
			ref = given[len(given)-1]
			if slices.Contains(given, r.mainTher) {
				ref = r.mainTher
			}
		}
	}
	// "ADSC bekerja melalui sinyal parakrin: sel ini melepaskan
	// faktor …": the cells are those an earlier clause named, or
	// the therapy at hand when it is a cell.
	if cells {
		ref = r.cellReferent(rd, h, named)
		if ref == nil {
			return nil, false
		}
	}
	// "the cream" is the therapy last named as a cream ("ADSC-Exo
	// cream"), whatever was named since.
	if es := r.heads[singularWord(head.norm)]; len(es) > 0 && h.to-h.from > 1 && !slices.Contains(es, d.topic) {
		ref = es[len(es)-1]
	}
	// "Produk ini adalah kosmetik, bukan obat", "This product is not
	// intended to …": the bare noun of products on a page that sells one
	// is that one rather than a therapy named last, lines before, that is
	// no product ("tutup dengan sunscreen"); right after a drug is named
	// ("minoxidil is sold over the counter. This product …"), it is that
	// drug.
	if plain && r.sells() && !isProduct(ref.entry) && s.line-d.topicLine > 1 && x.idx.genericProducts[singularWord(head.norm)] {
		ref = r.mainTher
	}
	return ref, true
}

// questionFrom returns the token where the question s asks starts: 0
// when it opens with a question word ("Apakah PRP menyebabkan nyeri?",
// after a label such as "T:"), the clause after a comma that opens with
// one, the last clause otherwise ("Stem cells can repair cartilage, but
// are they safe?" states what comes before), and the end for a question
// that states what follows it ("Tahukah Anda bahwa sekretom mengandung
// …?").
func (x *Extractor) questionFrom(s *sentence) int {
	first := 0
	if len(s.toks) > 2 && len([]rune(s.toks[0].raw)) == 1 && strings.Contains(s.gaps[1], ":") {
		first = 1 // "T: Apakah …?", "Q: Can …?"
	}
	if x.idx.rhetoricalOpeners.startsAt(s.toks, first, 4) {
		return len(s.toks)
	}
	if x.idx.questionOpeners.startsAt(s.toks, first, 2) {
		return 0
	}
	// "Banyak yang penasaran, apakah secretom bisa menumbuhkan rambut?":
	// a clause that opens with a question word, a conjunction aside, asks
	// from there; else the last clause does.
	last := 0
	for k := first + 1; k < len(s.toks); k++ {
		if !strings.ContainsAny(s.gaps[k], ",;") {
			continue
		}
		last = k
		if x.idx.questionOpeners.startsAt(s.toks, k, 2) || x.idx.conjunctions[s.toks[k].norm] && x.idx.questionOpeners.startsAt(s.toks, k+1, 2) {
			return k
		}
	}
	return last
}

// asks reports whether s is a question, its closing quotes aside.
func (r *reader) asks(s *sentence) bool {
	body := strings.TrimSpace(r.a.text[s.start:s.end])
	return strings.HasSuffix(strings.TrimRight(body, "\"'”’)"), "?")
}

// givenBy returns the therapies the text said were given by the route
// whose one-word name is w ("injection"), in the order they were said;
// nil when w names no route the text gave anything by.
func (r *reader) givenBy(w string) []*docEntity {
	route := r.x.idx.routeWords[singularWord(w)]
	if route == nil {
		return nil
	}
	for rt, ts := range r.d.routed {
		if rt.entry == route {
			return ts
		}
	}
	return nil
}

// sells reports whether the page's own therapy is a product made to be
// given (a product or a cell product, not cells), which "this product"
// names.
func (r *reader) sells() bool {
	return r.mainTher != nil && (r.mainTher.entry.hasTag("product") || r.mainTher.entry.hasTag("cell-product"))
}

// isProduct reports whether e is cells or a product made to be given (a
// cell product, a named product), not a way of caring such as rest.
func isProduct(e *LexEntry) bool {
	return e.hasTag("cell") || e.hasTag("cell-product") || e.hasTag("product")
}

// routedAny reports whether the text said therapy t was given by any
// route.
func (r *reader) routedAny(t *docEntity) bool {
	for _, ts := range r.d.routed {
		if slices.Contains(ts, t) {
			return true
		}
	}
	return false
}

// cellReferent returns the cells the reference to cells h stands for
// ("sel ini", "these cells"): the last cells an earlier clause of the
// sentence named, else the therapy at hand when it is a cell (or the
// narrower cells the sentence before named), else the cells the sentence
// before named when this one names none; nil when there are none.
func (r *reader) cellReferent(rd *reading, h hit, named int) *docEntity {
	d, s := &r.d, rd.s
	var ref *docEntity
	if d.topic.entry.hasTag("cell") {
		ref = d.topic
	}
	// "Terapi stem cell …, terutama sel punca mesenkimal
	// (MSC) …. Sel-sel ini …": the narrower cells named last.
	if ref != nil {
		if narrow := r.narrowerCells(s, ref); narrow != nil {
			ref = narrow
		} else if ref.entry.hasTag("cell-mixture") && d.lastCell != nil && d.containedIn[d.lastCell] == ref && s.line-d.cellLine <= 1 {
			// "BMAC … contains mesenchymal stem cells …. These cells
			// are thought to calm inflammation": the cells the mixture
			// was just said to hold, not the mixture.
			ref = d.lastCell
		}
	}
	for _, sl := range rd.slots[:named] {
		if sl.to <= h.from && rd.clause[sl.from] < rd.clause[h.from] && sl.ent.entry.hasTag("cell") {
			ref = sl.ent
		}
	}
	ownCells := slices.ContainsFunc(rd.slots[:named], func(sl slot) bool { return sl.ent.entry.hasTag("cell") })
	if ref == nil && d.lastCell != nil && s.line-d.cellLine <= 1 && !ownCells {
		ref = d.lastCell
	}
	// "… tabir surya dan retinoid topikal. Ia menambahkan, produk sel yang
	// tidak jelas asal …": with other therapies named since, cells are
	// still those the page is about.
	if ref == nil && r.mainTher != nil && r.mainTher.entry.hasTag("cell") && !ownCells {
		ref = r.mainTher
	}
	return ref
}

// peopleBefore reports whether the sentence before names patients or
// other people ("Patients were screened before PRP. They had a fever …"):
// a pronoun then more likely stands for them than for the therapy.
func (r *reader) peopleBefore(rd *reading) bool {
	if rd.si == 0 {
		return false
	}
	prev := r.a.sents[rd.si-1]
	_, ok := r.x.idx.popNouns.any(prev.toks, 0, len(prev.toks))
	return ok
}

// pronounReferent returns the therapy the pronoun h stands for in a
// sentence that names one: the last therapy an earlier clause named that is
// not given as an example; nil when there is none. The first named slots
// are the sentence's own names.
func (r *reader) pronounReferent(rd *reading, h hit, named int) *docEntity {
	var ref *docEntity
	examples := r.x.exampleSlots(rd.s, rd.slots[:named])
	for k, sl := range rd.slots[:named] {
		// "Unlike whole stem cells, they contain no living cells": what
		// the pronoun is set against is not what it stands for. The
		// contrast ends right before the therapy, but for one word.
		if slices.ContainsFunc(r.x.idx.contrasts.find(rd.s.toks, max(0, sl.from-4), sl.from), func(c hit) bool {
			return sl.from-c.to <= 1 && !commaBetween(rd.s, c.to, sl.from)
		}) {
			continue
		}
		if sl.to <= h.from && rd.clause[sl.from] < rd.clause[h.from] && !examples[k] &&
			sl.ent.entry.Category == kg.CategoryTherapy && !sl.ent.entry.hasTag("cell-component") {
			ref = sl.ent
		}
	}
	return ref
}

// listSubject makes the therapy a heading or lead-in opened a list about
// the first slot of an item of that list that opens without a subject.
func (r *reader) listSubject(rd *reading) {
	x, d, s := r.x, &r.d, rd.s
	// A list item that opens without a subject ("• Memperbaiki skin
	// barrier … setelah fototerapi") is about the therapy its heading or
	// lead-in named, whatever it names later.
	if s.kind == lineList && d.listTopic != nil && s.line-d.listLine <= 1 {
		d.listLine = s.line
		// An item of a side-effect list naming the harm's source
		// ("Temporary redness … from microneedling") names its own.
		sourced := s.line-d.riskLine <= 1 && slices.ContainsFunc(rd.slots, func(sl slot) bool {
			return sl.from < sl.to && sl.ent.entry.Category == kg.CategoryTherapy && x.harmSource(s, sl.from)
		})
		// "Meredakan peradangan: exosome menekan sitokin …": after a
		// label, the item names its own subject.
		labelled, _ := x.label(s, rd.slots, rd.clause)
		if !sourced && labelled == 0 && (len(rd.slots) == 0 || rd.slots[0].from > 1 || rd.slots[0].ent.entry.Category != kg.CategoryTherapy) {
			rd.slots = append([]slot{{ent: d.listTopic}}, rd.slots...)
			rd.itemOf = d.listTopic
		}
	}
}

// ownProducts adds a slot for each mention of the page's own product
// ("Produk kami", "Ours"), standing for the therapy the document names
// most; one opening the sentence is what it refers back to.
func (r *reader) ownProducts(rd *reading) {
	s, mainTher := rd.s, r.mainTher
	// "Produk kami bebas sel": the page's own product is the therapy it
	// names most.
	// "Ours are isolated from adipose-derived MSCs": opening the
	// sentence, it is its subject whatever the sentence names after.
	if mainTher != nil {
		for _, h := range r.x.idx.ownProducts.find(s.toks, 0, len(s.toks)) {
			opening := h.from == 0
			if (opening || firstTherapy(rd.ms) == nil) && !overlapsAny(rd.slots, h.from, h.to) {
				rd.slots = append(rd.slots, slot{ent: mainTher, from: h.from, to: h.to, referred: true})
				if opening && rd.referred == nil {
					rd.referred, rd.referredAt = mainTher, h.from
				}
			}
		}
		sortSlots(rd.slots)
	}
}

// conditionAnaphora adds a slot for the condition the document is about,
// or the one the sentence before said what it is, where the sentence
// speaks of its symptoms ("meredakan gejala") and names no condition
// near.
func (r *reader) conditionAnaphora(rd *reading) {
	s, mainCond := rd.s, r.mainCond
	// "Penyakit autoimun terjadi ketika … . Obat seperti kortikosteroid
	// … membantu mengendalikan gejala": right after a sentence, in the
	// same paragraph, that says what a condition is, the symptoms are
	// that condition's ("Obesitas memperberat beban pada sendi" names a
	// burden, not the condition whose symptoms are eased).
	if d := &r.d; d.condAt == rd.si-1 && d.condLine == s.line && d.cond != nil {
		mainCond = d.cond
	}
	// "meredakan gejala" relieves the symptoms of the condition the
	// document is about, and "slow the decline" slows its course, when the
	// sentence names no condition near it
	// ("can calm a flare, …, in people with diabetes" names who is at
	// risk much later).
	if mainCond != nil {
		hits := r.x.idx.condAnaphora.find(s.toks, 0, len(s.toks))
		// "slow the decline", "memperlambat perburukan": the course slowed
		// is the condition's; "the decline in muscle mass" alone is not.
		for _, h := range r.x.idx.slowedCourses.find(s.toks, 0, len(s.toks)) {
			if _, ok := r.x.idx.slowers.hitEndingAt(s.toks, h.from, 1); ok {
				hits = append(hits, h)
			}
		}
		for _, h := range hits {
			near := slices.ContainsFunc(rd.slots, func(sl slot) bool {
				return sl.from < sl.to && sl.ent.entry.Category == kg.CategoryCondition && sl.from < h.to+8 && h.from < sl.to+8
			})
			if !near && !overlapsAny(rd.slots, h.from, h.to) {
				rd.slots = append(rd.slots, slot{ent: mainCond, from: h.from, to: h.to})
			}
		}
		sortSlots(rd.slots)
	}
}

// harmItem drops the therapies an item of a side-effect list names after
// the harm it opens with, from its slots and mentions alike.
func (r *reader) harmItem(rd *reading) {
	d, s := &r.d, rd.s
	// An item of a side-effect list that opens with the harm names any
	// therapy after it as a circumstance ("2. Memar kecil, terutama bila
	// dikombinasikan dengan suntik PRP", "Kemerahan di area yang
	// di-microneedling"): the list stays about the therapy at hand.
	if s.kind == lineList && s.line-d.riskLine <= 1 && d.topic != nil {
		rd.slots, rd.ms = r.x.harmFirst(s, rd.slots, rd.ms)
	}
}

// zeroSubject sets rd.zero to the therapy a sentence that names none of
// its own is about: the topic, the page's products, or the therapy last
// said to contain a component it names; rd.zero stays nil when none is.
func (r *reader) zeroSubject(rd *reading) {
	x, d, s, ms, slots := r.x, &r.d, rd.s, rd.ms, rd.slots
	// Indonesian drops subjects ("Bisa juga disuntikan ke dalam kulit"):
	// a sentence right after the topic was named, with no therapy of its
	// own, is about the topic.
	// A therapy named only as what was done about a side effect ("one
	// infection was treated with oral antibiotics") leaves the sentence
	// about the topic.
	rd.own = x.withoutRemedies(s, slots)
	rd.ownTherapy = firstTherapy(ms) != nil && (len(rd.own) == len(slots) || hasCategory(rd.own, kg.CategoryTherapy))
	if d.topic != nil && !rd.ownTherapy && s.line-d.topicLine <= 1 && !otherTherapy(rd.own, d.topic) && !x.aboutOther(s, slots) {
		rd.zero = d.topic
	}
	// The paragraph right under a heading of risks that names no
	// therapy ("Risks") speaks of the page's products, all of them,
	// where a sentence names none of its own.
	if !rd.ownTherapy && s.kind == lineBody && len(d.listGroup) > 1 && s.line-d.listLine <= 1 && s.line-d.riskLine <= 1 {
		rd.zero = d.listGroup[0]
	}
	// "Suntikan di wajah … bisa menimbulkan infeksi": a sentence that
	// opens with the act of giving names what the therapy at hand was
	// given by, a paragraph or two later too.
	if rd.zero == nil && d.topic != nil && !rd.ownTherapy && s.line-d.topicLine <= 3 && (opensWithRoute(slots) || x.givenBefore(s, slots)) {
		rd.zero = d.topic
	}
	// "… menjelaskan bahwa faktor pertumbuhan tersebut diduga dapat
	// merangsang …": a component named with a demonstrative stands for
	// the therapy last said to contain it, however far back.
	if rd.zero == nil && !rd.ownTherapy {
		for _, m := range ms {
			if t := d.containedIn[m.ent]; t != nil && m.ent.entry.Category == kg.CategoryBiomarker {
				if _, ok := x.withDemonstrative(r.a, s, m); ok {
					rd.zero = t
					break
				}
			}
		}
	}
}

// givenBefore reports whether s opens with the time after an act of giving
// that names no therapy ("After the injections, the women developed …",
// "Setelah suntikan, …"): the act is the therapy at hand's.
func (x *Extractor) givenBefore(s *sentence, slots []slot) bool {
	h, ok := x.idx.givingTimes.hitAt(s.toks, 0, 2)
	if !ok {
		return false
	}
	for _, sl := range slots {
		if sl.from < sl.to {
			return sl.ent.entry.Category == kg.CategoryRoute && sl.ent.entry.hasTag("generic") && sl.from-h.to <= 5 &&
				!commaBetween(s, h.to, sl.from)
		}
	}
	return false
}

// attribute finds who the sentence's claims come from, the outlet they
// spoke through and the studies they cite.
func (r *reader) attribute(rd *reading) {
	x, d, s := r.x, &r.d, rd.s
	rd.person, rd.via = x.attribution(r.a, s, rd.ms, d)
	if s.line-d.citedLine > 2 {
		d.cited = nil
	}
	rd.cites = x.citedStudies(r.a, s, d.cited)
	if len(rd.cites) > 0 {
		d.cited, d.citedLine = rd.cites, s.line
	}
}

// implicitSubjects sets rd.imp, the subjects the sentence may leave
// unsaid (the zero subject, the therapy a side-effect sentence is about,
// the document's condition), and rd.risk and rd.leadIn. A sentence with a
// zero subject keeps the topic at hand, and a side-effect question,
// lead-in or list item is noted as the last line of risks.
func (r *reader) implicitSubjects(rd *reading) {
	x, d, s, slots := r.x, &r.d, rd.s, rd.slots
	if rd.zero != nil {
		d.topicLine = s.line
	}
	imp := implicit{zero: rd.zero, condition: r.mainCond}
	for _, t := range r.arms {
		if t.sent < rd.si {
			imp.arms = append(imp.arms, t.ent)
		}
	}
	// A side-effect paragraph or list may be opened by a heading, a
	// question or a lead-in ("Apakah ada efek samping?", "Efek samping
	// yang mungkin terjadi:"), its own lines naming no risk word.
	_, risk := x.idx.riskWords.any(s.toks, 0, len(s.toks))
	led := s.line-d.riskLine <= 1
	imp.aboutCondition = opensWithCondition(slots) || rd.condRef || x.sufferersHave(s, rd.ms)
	body := strings.TrimSpace(r.a.text[s.start:s.end])
	imp.question = r.asks(s)
	if (risk || led) && d.topic != nil && !rd.ownTherapy && !otherTherapy(rd.own, d.topic) {
		imp.risky = d.topic
		// "Is it safe?" opens the page's section on its own product,
		// whatever the paragraph before named last.
		if led && r.mainTher != nil && s.line-d.topicLine > 1 {
			imp.risky = r.mainTher
		}
	}
	// "No tumours or signs of rejection were seen, although one baby
	// developed a short-lived fever": a sentence naming only harms and
	// what was seen of them, a few lines after the therapy at hand,
	// reports its safety.
	witnessed := false
	if imp.risky == nil && d.topic != nil && s.line-d.topicLine <= 3 && onlyHarms(slots) {
		if _, seen := x.idx.witnesses.any(s.toks, 0, len(s.toks)); seen {
			imp.risky, witnessed = d.topic, true
		}
	}
	// An item of a side-effect list names side effects by itself, as
	// does a report of harms seen ("Dua pasien melaporkan gatal ringan").
	// So does a sentence naming only harms in the answer to a question of
	// side effects ("Are there side effects? … Infection is rare with
	// sterile technique."), unless it tells of the harms eased or of the
	// condition untreated ("Fatigue … usually eases after the first
	// session", "Left untreated, pain and swelling get worse").
	answered := led && s.kind == lineBody && onlyHarms(slots) && !x.eased(s)
	imp.listed = led && s.kind == lineList || witnessed || answered
	// "Rarely, patients report a brief headache after the IV session":
	// harms tied to a specific route only one therapy of the page is
	// given by are that therapy's ("injection" names too many).
	if rd.zero == nil && !rd.ownTherapy && hasCategory(slots, kg.CategorySideEffect) {
		for _, sl := range slots {
			if ts := d.routed[sl.ent]; sl.ent.entry.Category == kg.CategoryRoute && !sl.ent.entry.hasTag("generic") && len(ts) == 1 {
				imp.risky, imp.listed = ts[0], true
				break
			}
		}
	}
	leadIn := strings.HasSuffix(body, ":")
	if risk && (imp.question || leadIn) || led && s.kind == lineList {
		d.riskLine = s.line
	}
	rd.imp, rd.risk, rd.leadIn = imp, risk, leadIn
}

// compounds returns the pairs of entities a sentence names written as one
// ("injeksi exosome", "PRP injection"), each pair both ways round.
func compounds(s *sentence, slots []slot) map[[2]*docEntity]bool {
	compound := map[[2]*docEntity]bool{}
	for i := 1; i < len(slots); i++ {
		if tight(s, slots[i-1], slots[i]) && !participle(s, slots[i-1]) && !participle(s, slots[i]) {
			compound[[2]*docEntity{slots[i-1].ent, slots[i].ent}] = true
			compound[[2]*docEntity{slots[i].ent, slots[i-1].ent}] = true
		}
	}
	return compound
}

// findCandidates sets rd.cands to the relations the sentence states, less
// those the lists, lead-ins and standard care around it say are not so.
func (r *reader) findCandidates(rd *reading) {
	x, d, s, slots, clause := r.x, &r.d, rd.s, rd.slots, rd.clause
	// Names written as one ("injeksi exosome", "PRP injection").
	rd.compound = compounds(s, slots)
	cands := yieldGeneric(x.candidates(s, slots, clause, rd.imp))
	cands = x.yieldPopulation(s, x.dropCauses(s, cands))
	cands = x.containerSubject(s, x.contrastDenials(s, x.inheritExamples(s, cands, slots), slots))
	cands = x.contrastedDenial(s, cands, slots)
	cands = x.classMembers(s, cands, slots)
	// "Jerawat meradang (… bengkak, dan nyeri) muncul ketika … bakteri
	// … berkembang biak di dalamnya": in a sentence about a condition,
	// a reference back is no cause of the harms it names.
	if rd.imp.aboutCondition {
		cands = slices.DeleteFunc(cands, func(c candidate) bool { return c.pred == string(kg.HasRisk) && c.subj.referred })
	}
	cands = x.elaborateMechanism(s, cands, slots, clause)
	cands = x.openingRoutes(s, cands, slots)
	cands = x.openingContents(s, cands, slots, d.topic)
	cands = x.notCells(s, cands, slots, clause)
	cands = x.causeOfLast(s, cands, slots, d.topic)
	cands = x.notKindRisks(s, cands, slots, clause)
	cands = x.dropContraindicated(s, cands, slots, clause)
	cands = x.dropSafeFor(s, cands, slots)
	cands = x.measuredInCondition(s, cands, slots)
	cands = dropReliefOfTreated(cands)
	cands = x.dropBetteredHarms(s, cands, clause)
	cands = x.dropArmContents(s, dropIngredientMeasures(cands, slots))
	if s.kind == lineList && s.line-d.benefitLine <= 1 {
		d.benefitLine = s.line
		cands = dropHarms(cands)
	}
	if rd.itemOf != nil && s.line-d.riskLine > 1 {
		cands = x.easedItem(s, cands, slots, clause, d.benefitLine == s.line)
	}
	if d.leadCond != nil && rd.si == d.leadAt+1 && !hasCategory(slots, kg.CategoryCondition) {
		cands = x.ledTherapies(s, cands, slots, d.leadCond)
	}
	if s.kind == lineList && d.treatFor != nil && s.line-d.treatLine <= 1 {
		d.treatLine = s.line
		cands = x.treatedItem(s, cands, slots, d.treatFor)
		// "• Nyeri saat ereksi mereda", "- Pain traced to one or two
		// degenerated discs on MRI": an item of a list of what a therapy
		// treats, or of who it suits, names no harm of it.
		cands = dropHarms(cands)
	}
	if (s.kind == lineList || labelledItem(s, slots)) && d.careCond != nil && s.line-d.careLine <= 1 {
		d.careLine = s.line
		cands = x.careItem(s, cands, slots, d.careCond)
	}
	// "Pengaruh Sekretom … terhadap Kualitas Sperma, Stres Oksidatif dan
	// Kadar Testosteron pada Tikus", "… terhadap Pembengkakan Sendi": a
	// title names what was studied, for what and by which measures, not
	// how the therapy works or what it risks.
	if r.isTitle(s) {
		cands = slices.DeleteFunc(cands, func(c candidate) bool {
			return c.pred == string(kg.ActsVia) || c.pred == string(kg.HasRisk)
		})
	}
	rd.cands = cands
}

// isTitle reports whether s is the document's title; a title cut short at
// titleMax bytes need only open the sentence.
func (r *reader) isTitle(s *sentence) bool {
	if r.title == "" {
		return false
	}
	body := r.spaced(s)
	return body == r.title || len(r.doc.Source.Title) >= titleMax-utf8.UTFMax && strings.HasPrefix(body, r.title)
}

// spaced returns the text of s with its spaces made single, as the title
// is kept.
func (r *reader) spaced(s *sentence) string {
	return strings.Join(strings.Fields(r.a.text[s.start:s.end]), " ")
}

// opensTitle reports whether s is the first sentence of a title that
// goes on after it.
func (r *reader) opensTitle(s *sentence) bool {
	return r.title != "" && strings.HasPrefix(r.title, r.spaced(s)+" ")
}

// spread says what the sentence says of one of the page's products, or of
// the first of the pair the sentence before joined, of each of them too;
// then it notes the pair this sentence joins.
func (r *reader) spread(rd *reading) {
	d, s := &r.d, rd.s
	// A page's several products share what a list, or the paragraph
	// right under a heading that names none ("Efek Samping"), says
	// without naming a therapy.
	if len(d.listGroup) > 1 && s.line-d.listLine <= 1 {
		rd.cands = fanOut(rd.cands, func(c candidate) bool { return c.subj.from == c.subj.to && c.subj.ent == d.listGroup[0] }, d.listGroup[1:])
	}
	if rd.drugsAt >= 0 {
		rd.cands = fanOut(rd.cands, func(c candidate) bool { return c.subj.from == rd.drugsAt && c.subj.ent == d.drugs[0] }, d.drugs[1:])
	}
	// A sentence naming no therapy after one that joined two speaks of
	// both ("Terapi exsosome dan PRP minim risiko. Efek samping yang
	// mungkin terjadi hanya kemerahan …"); so does a reference to both
	// and any clause it leaves without a subject ("Because both products
	// come from your own body, there is no risk of rejection").
	both := rd.pairAt >= 0 || d.pair[1] != nil && s.line-d.pairLine <= 1 && firstTherapy(rd.ms) == nil
	if both {
		rd.cands = fanOut(rd.cands, func(c candidate) bool {
			return (c.subj.from == c.subj.to || rd.pairAt >= 0 && c.subj.from == rd.pairAt) && c.subj.ent == d.pair[0]
		}, d.pair[1:])
	}
	d.notePair(r.x, s, rd.slots)
}

// emit finishes the sentence's candidates as claims and adds those not
// seen before to the document's, noting the routes and components they
// tell of.
func (r *reader) emit(rd *reading) {
	x, d, s := r.x, &r.d, rd.s
	// A question asks; it claims nothing, unless it is the title, or
	// opens it ("… Bisa Diatasi dengan Stemcell? Ini Penjelasan …").
	asked := len(s.toks)
	if rd.imp.question && !r.isTitle(s) && !r.opensTitle(s) {
		asked = x.questionFrom(s)
	}
	for _, c := range rd.cands {
		// Nothing is related to itself: a backstop, since a name read
		// again further on ("BMAC … the concentrate") can meet itself in a
		// list.
		if max(c.subj.to, c.obj.to) > asked || c.subj.ent == c.obj.ent || x.incidental(s, c) {
			continue
		}
		c, kept := x.reduce(r.a, s, r.es, c)
		if !kept {
			continue
		}
		cl, ok := x.finish(r.a, s, c, rd.clause, r.doc.Source.ID)
		if !ok {
			continue
		}
		if rd.person != nil {
			cl.AttributedTo = rd.person.entry.ID
		}
		if rd.via != nil {
			cl.Via = rd.via.entry.ID
		}
		cl.Citations = rd.cites
		// A specific route recorded as the generic one ("injected
		// intralesionally") stays, as a route named with the therapy does.
		if rd.compound[[2]*docEntity{c.subj.ent, c.obj.ent}] || c.pred == string(kg.AdministeredVia) && slices.ContainsFunc(rd.slots, func(sl slot) bool {
			return sl.ent == c.obj.ent && sl.subtype
		}) {
			r.named[cl.ID] = true
		}
		if r.seen[cl.ID] {
			continue
		}
		r.seen[cl.ID] = true
		r.out = append(r.out, cl)
		if c.pred == string(kg.AdministeredVia) && !cl.Negated && !slices.Contains(d.routed[c.obj.ent], c.subj.ent) {
			d.routed[c.obj.ent] = append(d.routed[c.obj.ent], c.subj.ent)
		}
		if c.pred == string(kg.Contains) && !cl.Negated {
			d.containedIn[c.obj.ent] = c.subj.ent
		}
	}
}

// noteTopic makes the therapy the sentence is about the topic for the
// sentences after: the therapy it refers back to first, else the one it
// names as its topic; a sentence about neither leaves the topic as it was.
func (r *reader) noteTopic(rd *reading) {
	x, d, s, ms, mainTher := r.x, &r.d, rd.s, rd.ms, r.mainTher
	// "… two patients had an infection at the harvest site that resolved
	// with antibiotics. No tumours … were observed": a therapy named only
	// as what a harm cleared up with is no new topic. One a condition
	// "needed" or was "treated with" is ("Pasien yang nyerinya menetap
	// memerlukan suntikan sel punca").
	ms = slices.DeleteFunc(slices.Clone(ms), func(m mention) bool {
		return m.ent.entry.Category == kg.CategoryTherapy && x.answersHarm(s, x.idx.resolvedWords, slot{ent: m.ent, from: m.from, to: m.to}, rd.slots)
	})
	// "Manfaat: - Mendukung hasil fisioterapi": a therapy an item of a
	// list names after the list's own, unsaid, is no new topic.
	if rd.itemOf != nil {
		d.topic, d.topicLine = rd.itemOf, s.line
		return
	}
	// "Cairan ini mengandung …, namun tidak mengandung sel punca": a
	// reference back before any therapy named is the sentence's subject.
	// "Yang bekerja adalah sinyal-sinyal dari sel tersebut": cells
	// referred to as a source are not what the text turns to.
	if rd.referred != nil && rd.referred.entry.Category == kg.CategoryTherapy && !namedBefore(ms, rd.referredAt) && !x.sourceBefore(s, rd.referredAt) {
		d.topic, d.topicLine = rd.referred, s.line
	} else if t := x.topicOf(s, ms); t != nil && !x.sideTherapy(s, ms, t, mainTher) {
		d.topic, d.topicLine = t, s.line
	} else if t != nil && !x.namedAsStandardCare(s, ms, t) {
		// "adults with ITP refractory to corticosteroids … received
		// UC-MSCs": the therapy named after the one set aside is the
		// topic.
		for _, m := range ms {
			// "avoid anti-inflammatory painkillers such as ibuprofen":
			// an example of the therapy set aside is set aside too.
			// "… for PRP instead of knee replacement surgery?": the
			// therapy set against it is no topic either.
			if isTopicTherapy(m.ent.entry) && m.ent != t && !x.sideTherapy(s, ms, m.ent, mainTher) && namedBefore(ms, m.from) &&
				!exampleOf(s, x.idx.examples, ms, m, t) && !x.contrasted(s, m) {
				d.topic, d.topicLine = m.ent, s.line
				break
			}
		}
	}
}

// uncontrasted returns the therapies ms names (therapies), but those set
// against another (contrasted).
func (x *Extractor) uncontrasted(s *sentence, ms []mention) []*docEntity {
	return slices.DeleteFunc(therapies(ms), func(t *docEntity) bool {
		return slices.ContainsFunc(ms, func(m mention) bool { return m.ent == t && x.contrasted(s, m) })
	})
}

// contrasted reports whether m is named right after a word that sets it
// against another ("… for PRP instead of knee replacement surgery?",
// Cues.Contrasts), or as what those compared with received ("dibanding
// pasien yang hanya mendapat fisioterapi", Cues.ComparedRecipients after a
// contrast or Cues.Thans).
func (x *Extractor) contrasted(s *sentence, m mention) bool {
	if x.idx.contrasts.endsAt(s.toks, m.from, 3) {
		return true
	}
	// "than those given a corticosteroid": one word may stand between
	// those who received and the therapy ("a").
	for at := m.from; at >= max(0, m.from-1); at-- {
		if h, ok := x.idx.comparedRecipients.hitEndingAt(s.toks, at, 5); ok {
			return x.idx.contrasts.endsAt(s.toks, h.from, 3) || x.idx.thans.endsAt(s.toks, h.from, 2)
		}
	}
	return false
}

// sourceBefore reports whether words naming a source end right before
// token at: "released by", or "dari"/"from" after a noun of what cells
// release ("sinyal-sinyal dari sel tersebut", Cues.ReleasedNouns); "benefit
// from these cells" names none.
func (x *Extractor) sourceBefore(s *sentence, at int) bool {
	if x.idx.sourceWords.endsAt(s.toks, at, 1) {
		return true
	}
	return at >= 2 && x.idx.sourceOf.endsAt(s.toks, at, 1) && x.idx.releasedNouns[s.toks[at-2].norm]
}

// dropHarms returns cands without their HAS_RISK candidates.
func dropHarms(cands []candidate) []candidate {
	return slices.DeleteFunc(cands, func(c candidate) bool { return c.pred == string(kg.HasRisk) })
}

// exampleOf reports whether mention m is introduced as an example
// ("such as", "seperti") right after a mention of t.
func exampleOf(s *sentence, examples phrases, ms []mention, m mention, t *docEntity) bool {
	if !examples.endsAt(s.toks, m.from, 2) {
		return false
	}
	// "injections such as PRP" gives an example of a route, not of the
	// therapy set aside before it.
	var before *mention
	for k := range ms {
		if ms[k].to <= m.from {
			before = &ms[k]
		}
	}
	return before != nil && before.ent == t
}

// exemplified reports whether the drug kind m is followed by drugs given
// as its examples ("Painkillers such as ibuprofen and naproxen"): a
// reference to the group after it means the examples. A condition given
// as an example ("methotrexate for conditions like rheumatoid arthritis")
// leaves the drug the group.
func (x *Extractor) exemplified(s *sentence, ms []mention, m mention) bool {
	return slices.ContainsFunc(ms, func(n mention) bool {
		return isTopicTherapy(n.ent.entry) && conventional(n.ent.entry) && exampleOf(s, x.idx.examples, ms, n, m.ent)
	})
}

// noteNames notes for the sentences after what the sentence named: the
// therapy it names as standard care, whether it opened with a condition,
// the nouns its therapies were named with, the cells it named last and the
// condition whose treatments it counts.
func (r *reader) noteNames(rd *reading) {
	x, d, si, s, ms := r.x, &r.d, rd.si, rd.s, rd.ms
	for _, m := range ms {
		if isTopicTherapy(m.ent.entry) && !m.ent.entry.hasTag("standard-care") && x.namedAsStandardCare(s, ms, m.ent) {
			d.side, d.sideAt = m.ent, si
			break
		}
	}
	if rd.condOpen {
		d.condAt, d.condLine, d.cond = si, s.line, nil
		if c, _ := openingCondition(rd.slots); x.idx.definingVerbs.startsAt(s.toks, c.to, 3) {
			d.cond = c.ent
		}
	}
	d.drugs, d.drugsSent = nil, si
	for _, m := range ms {
		// "Anti-inflammatory painkillers such as carprofen and meloxicam
		// …. Long-term use of these drugs …": the drugs are the examples,
		// not their kind.
		if x.exemplified(s, ms, m) {
			continue
		}
		if e := m.ent.entry; isTopicTherapy(e) && conventional(e) && !e.hasTag("procedure") && !e.hasTag("product") && !slices.Contains(d.drugs, m.ent) {
			d.drugs = append(d.drugs, m.ent)
		}
	}
	noteHeads(s, ms, x.idx.products, x.idx.routeWords, r.heads)
	d.lastCell, d.cells = nil, nil
	for _, m := range ms {
		if m.ent.entry.hasTag("cell") {
			d.lastCell, d.cellLine = m.ent, s.line
			if !slices.Contains(d.cells, m.ent) {
				d.cells = append(d.cells, m.ent)
			}
		}
	}
	// "Three approved treatments have changed the outlook for children
	// with SMA.": a sentence counting a condition's treatments leads the
	// next, which names them.
	if d.leadCond = nil; !rd.leadIn && s.kind == lineBody && x.counted(s) {
		if c := x.careLead(s, ms, nil); c != nil {
			d.leadCond, d.leadAt = c, si
		}
	}
}

// noteLeadIn opens the list a lead-in ending in a colon, or a question
// right above a list, is about: of the therapies it names, the therapy at
// hand, or the care of a condition; a sentence that leads no list opens
// none.
func (r *reader) noteLeadIn(rd *reading) {
	x, d, s, ms := r.x, &r.d, rd.s, rd.ms
	// "PRP can help with:" lists what PRP treats.
	if s.kind != lineList && opensList(r.a, s) && (rd.leadIn || rd.imp.question) {
		d.treatFor = r.listLead(s, ms)
		d.treatLine = s.line
	}
	// A lead-in ending in a colon names what its list is about ("Efek
	// samping terapi stem cell …:", "Manfaat terapi stem cell dan
	// secretome …:"), ending a list about the page's products; so does
	// a question right above a list ("Mengapa secretome untuk
	// jerawat?").
	if (rd.leadIn || rd.imp.question && opensList(r.a, s)) && s.kind != lineList {
		_, benefits := x.idx.benefitNouns.any(s.toks, 0, min(2, len(s.toks)))
		benefits = benefits && !rd.risk
		d.careCond = nil
		if c := x.careLead(s, ms, r.mainCond); c != nil {
			d.careCond, d.careLine = c, s.line
		}
		if rd.pairAt >= 0 {
			// "Kombinasi keduanya membantu:": each item is said of both
			// therapies the reference stands for.
			d.openList(d.pair[0], s.line, d.pair[:])
		} else if t := r.leadTherapy(s, ms); t != nil {
			var group []*docEntity
			if ts := x.uncontrasted(s, ms); len(ts) > 1 && t == ts[0] {
				group = ts
			}
			d.openList(t, s.line, group)
		} else if d.topic != nil && len(x.idx.anaphora.find(s.toks, 0, len(s.toks))) > 0 {
			d.openList(d.topic, s.line, nil)
		} else if _, ok := x.idx.workLeads.any(s.toks, 0, len(s.toks)); ok && d.topic != nil {
			// "Bagaimana cara kerjanya?" lists how the therapy at hand
			// works.
			d.openList(d.topic, s.line, nil)
		} else if benefits && d.topic != nil {
			// "Manfaat yang kami amati pada pasien kami:" lists what the
			// therapy at hand does; "Manfaat untuk penderita
			// Parkinson:", naming whom it is for, what the page's own
			// therapy does for them.
			t := d.topic
			if r.mainTher != nil && hasCategory(rd.slots, kg.CategoryCondition) {
				t = r.mainTher
			}
			d.openList(t, s.line, nil)
		}
		if benefits {
			d.benefitLine = s.line
		}
	}
}

// incidental reports whether c's subject is a generic procedure word (tag
// incidental) named in passing: "after surgery", "surgery to drain
// abscesses" say when or how, not what harms or how anything works. What
// it treats it may still say, and a sentence opening with it ("Surgery
// carries a risk of wound infection") is about it.
func (x *Extractor) incidental(s *sentence, c candidate) bool {
	sb := c.subj
	if c.pred == string(kg.Treats) || !sb.ent.entry.hasTag("incidental") || sb.subtype || sb.referred || sb.from == sb.to {
		return false
	}
	return sb.from > 1 || sb.from == 1 && !x.idx.determiners[s.toks[0].norm]
}

// maxPairLines is how many lines back the earlier of the last two
// therapies may have been the topic for "keduanya" to mean both.
const maxPairLines = 3

// countsTwo reports whether a word of Cues.BothWords counts two things
// before token end: "kedua" before its noun ("kedua mata"), not the
// ordinal after one ("minggu kedua,"); "both" not opening "both … and …".
func (x *Extractor) countsTwo(s *sentence, end int) bool {
	for i := 0; i+1 < end; i++ {
		if !x.idx.bothWords[s.toks[i].norm] || s.gaps[i+1] != " " {
			continue
		}
		if _, ok := x.idx.coordination.any(s.toks, i+1, min(i+4, end)); ok {
			continue
		}
		return true
	}
	return false
}

// eased reports whether a sentence tells of something eased or lowered
// (Cues.Reducers, Cues.Lowerings) or of a condition left untreated
// (Cues.Untreated).
func (x *Extractor) eased(s *sentence) bool {
	for _, ps := range []phrases{x.idx.reducers, x.idx.lowerings, x.idx.untreated} {
		if _, ok := ps.any(s.toks, 0, len(s.toks)); ok {
			return true
		}
	}
	return false
}
