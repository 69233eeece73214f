package loaders

// Constructions that state a relation without the plain subject–cue–object
// order the cue patterns read: names of an absence, fronted purposes,
// inverted copulas, and the circumstances, causes and populations that look
// like objects but are not.

import (
	"slices"
	"strings"

	"github.com/regenkg/regenkg/internal/kg"
)

// privatives reads names that state an absence: "sekretom merupakan produk
// bebas sel", "cell-free secretome", "the gel contained no cells" deny that
// the product nearest the name, or the product the sentence leaves unsaid,
// contains what the name says is absent.
func (x *Extractor) privatives(p predicateIndex, slots []slot, imp implicit) []candidate {
	var out []candidate
	for _, o := range slots {
		if !o.privative {
			continue
		}
		var best slot
		found := false
		for _, sb := range slots {
			if sb.privative || sb.ent == o.ent || !p.subject.admits(sb.ent.entry) {
				continue
			}
			if !found || distance(sb, o) < distance(best, o) {
				best, found = sb, true
			}
		}
		if !found && imp.zero != nil && p.subject.admits(imp.zero.entry) {
			best, found = slot{ent: imp.zero}, true
		}
		if found {
			out = append(out, candidate{pred: p.name, subj: best, obj: o, cue: hit{from: o.from, to: o.to}, bare: true, privative: true})
		}
	}
	return out
}

// frontedPurpose reads a sentence that opens with the condition its
// therapies are for: "Untuk spastisitas, suntikan toksin botulinum …
// terbukti efektif", "For women with vaginal laxity, exosomes can be
// combined with our laser". The opening phrase, up to its comma, names
// conditions and no therapy; the subject of the clause after it treats
// them.
func (x *Extractor) frontedPurpose(s *sentence, p predicateIndex, slots []slot, clause []int) []candidate {
	h, ok := x.idx.purposes.any(s.toks, 0, min(3, len(s.toks)))
	if !ok || h.from != 0 {
		return nil
	}
	comma := 0
	for i := h.to; i < len(s.toks) && i <= 12; i++ {
		if strings.Contains(s.gaps[i], ",") {
			comma = i
			break
		}
	}
	if comma == 0 {
		return nil
	}
	var conds, therapies []slot
	for _, sl := range slots {
		switch {
		case sl.privative:
		case sl.to <= comma && p.object.admits(sl.ent.entry):
			conds = append(conds, sl)
		case sl.to <= comma && sl.ent.entry.Category == kg.CategoryTherapy:
			return nil // "Untuk sekretom, …" is not a purpose
		case sl.from >= comma && clause[sl.from] == clause[comma] && p.subject.admits(sl.ent.entry):
			therapies = append(therapies, sl)
		}
	}
	if len(therapies) == 0 {
		return nil
	}
	// The main clause's subject, with what is coordinated with it: a
	// therapy named later ("… dioleskan setelah tindakan laser") is a
	// circumstance, not what the purpose is served by.
	return x.pairList(s, p, therapies, conds, h)
}

// pairList pairs the first subject and those coordinated with it with
// every object.
func (x *Extractor) pairList(s *sentence, p predicateIndex, subs, objs []slot, cue hit) []candidate {
	subjects := []slot{subs[0]}
	for _, sl := range subs[1:] {
		if !x.coordinated(s, subjects[len(subjects)-1], sl) {
			break
		}
		subjects = append(subjects, sl)
	}
	var out []candidate
	for _, t := range subjects {
		for _, o := range objs {
			out = append(out, candidate{pred: p.name, subj: t, obj: o, cue: cue})
		}
	}
	return out
}

// invertedCopula reads a sentence whose copula puts the therapies last:
// "Yang sudah terbukti membantu anak CP adalah fisioterapi, terapi okupasi,
// dan terapi wicara", "satu-satunya terapi yang menyembuhkan adalah
// transplantasi hati"; "tetap" and "remains" serve as the copula too.
// Before the copula stand a benefit word and no therapy; the coordinated
// therapies right after it treat the condition named before it, or the
// document's condition when none is.
func (x *Extractor) invertedCopula(s *sentence, p predicateIndex, slots []slot, imp implicit) []candidate {
	var cop, benefit hit
	found := false
	for _, ps := range []phrases{x.idx.copulas, x.idx.remains} {
		c, ok := ps.any(s.toks, 1, len(s.toks))
		if !ok {
			continue
		}
		if b, ok := x.idx.benefits.any(s.toks, 0, c.from); ok && (!found || c.from < cop.from) {
			cop, benefit, found = c, b, true
		}
	}
	if !found {
		return nil
	}
	var conds, after []slot
	for _, sl := range slots {
		switch {
		case sl.privative:
		case sl.to <= cop.from && sl.ent.entry.Category == kg.CategoryTherapy && !isTherapyWord(s, sl):
			return nil
		case sl.to <= cop.from && p.object.admits(sl.ent.entry):
			conds = append(conds, sl)
		case sl.from >= cop.to && p.subject.admits(sl.ent.entry):
			after = append(after, sl)
		}
	}
	// The list may follow a short head ("adalah perawatan multidisiplin
	// (fisioterapi, terapi wicara …)").
	if len(after) == 0 || after[0].from > cop.to+4 {
		return nil
	}
	if len(conds) == 0 && imp.condition != nil {
		conds = []slot{{ent: imp.condition}}
	}
	return x.pairList(s, p, after, conds, benefit)
}

// isTherapyWord reports whether a therapy slot is only the generic word
// "terapi"/"therapy" ("satu-satunya terapi yang menyembuhkan").
func isTherapyWord(s *sentence, sl slot) bool {
	return sl.to-sl.from == 1 && (s.toks[sl.from].norm == "terapi" || s.toks[sl.from].norm == "therapy")
}

// circumstance reports whether the object is named as a circumstance of
// the claim rather than its object: a side effect that something lowers
// ("menurunkan derajat mukositis, nyeri …", "reduces the risk of
// infection") is no risk of it.
func (x *Extractor) circumstance(s *sentence, c candidate, clause []int) bool {
	o := c.obj
	switch kg.Predicate(c.pred) {
	case kg.HasRisk:
		// The reducing word may govern a list that the object ends, but
		// not across a clause break: "PRP lowers pain but increases the
		// risk of infection".
		if h, ok := wordBefore(s, x.idx.reducers, o.from, 8); ok {
			if _, broken := x.idx.clauseBreaks.any(s.toks, h.to, o.from); !broken {
				return true
			}
		}
		// "… dipertimbangkan bila ada kelemahan tungkai atau nyeri tidak
		// tertahankan": a symptom in a condition is the patient's, unless
		// the condition names the therapy itself ("jika demam muncul setelah
		// suntikan sel punca").
		// A condition fronting the sentence ends at its comma: "Kalau
		// disuntikkan dengan teknik yang tidak steril, risikonya infeksi"
		// names the harm in the main clause.
		if h, ok := wordBefore(s, x.idx.conditionals, o.from, 6); ok && clause[h.from] == clause[o.from] {
			return !(c.subj.from < c.subj.to && c.subj.from >= h.to)
		}
	}
	return false
}

// wordBefore returns the nearest one-word match of ps among the n words
// before token at, not looking past a full stop, semicolon or colon.
func wordBefore(s *sentence, ps phrases, at, n int) (hit, bool) {
	for i := at - 1; i >= max(0, at-n); i-- {
		if h, ok := ps.any(s.toks, i, i+1); ok {
			return h, true
		}
		if strings.ContainsAny(s.gaps[i], ".;:") {
			break
		}
	}
	return hit{}, false
}

// dropCauses drops a relation whose therapy is named as the cause of its
// object ("mukositis oral akibat kemoterapi"): a cause does not treat what
// it causes. HAS_RISK reads causes by its own cues.
func (x *Extractor) dropCauses(s *sentence, cs []candidate) []candidate {
	out := cs[:0:0]
	for _, c := range cs {
		if c.pred != string(kg.HasRisk) && c.obj.to <= c.subj.from && x.causeMarked(s, c.subj) {
			continue
		}
		// "Paracetamol … is the most frequent cause of acute liver failure";
		// in "… menekan aktivasi sel imun yang menjadi penyebab utama
		// kekambuhan asma" the cause is what a relative clause is about.
		if c.pred == string(kg.Treats) && c.subj.to <= c.obj.from {
			// "Exosomes target the root cause of hair loss": a treating
			// verb before the cause noun makes the cause what is treated.
			if h, ok := x.idx.causeNouns.any(s.toks, c.subj.to, c.obj.from); ok {
				_, rel := x.idx.relPronouns.any(s.toks, c.subj.to, h.from)
				treated := c.cue.to > c.cue.from && c.cue.from >= c.subj.to && c.cue.to <= h.from && h.from-c.cue.to <= 3
				if !rel && !treated {
					continue
				}
			}
		}
		// "adults with ARDS received UC-MSCs" names the treated condition
		// right before the verb; "xerostomia in patients who received
		// radiotherapy" names what the therapy left behind, but "women
		// with thin endometrium who received PRP" what the recipients had.
		if c.pred == string(kg.Treats) && c.obj.to < c.cue.from && spans(x.idx.receiving, s, c.cue.from, c.cue.to) && x.recipientsNamed(s, c.obj.to, c.cue.from) && !x.population(s, c.obj) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// recipientsNamed reports whether the words between a condition and a verb
// of receiving name who received ("in patients who", "pada pasien yang"):
// then the condition is what they had before or after, not what was
// treated; "diagnosed with severe OI on ultrasound received" names none.
func (x *Extractor) recipientsNamed(s *sentence, from, to int) bool {
	if x.idx.relPronouns.startsAt(s.toks, max(from, to-1), 1) {
		return true
	}
	for i := from; i < to; i++ {
		if x.idx.popNouns.startsAt(s.toks, i, 1) {
			return true
		}
	}
	return false
}

// yieldPopulation drops a TREATS whose condition only says who the
// patients are ("in reducing oral mucositis in children with ALL") when the
// same therapy treats another condition in the sentence, unless that one
// is a syndrome written right after it (chainedCondition), or harms before
// it, one whose condition is a symptom of another it treats (symptomOf),
// and one whose condition is only the setting or cause of another it
// treats (settingOf).
func (x *Extractor) yieldPopulation(s *sentence, cs []candidate) []candidate {
	other := map[*docEntity]bool{}
	for _, c := range cs {
		if c.pred == string(kg.Treats) && !x.population(s, c.obj) {
			other[c.subj.ent] = true
		}
	}
	out := cs[:0:0]
	for _, c := range cs {
		if c.pred == string(kg.Treats) && other[c.subj.ent] && x.population(s, c.obj) && !x.chainedCondition(s, c, cs) {
			continue
		}
		if c.pred == string(kg.Treats) && (x.symptomOf(s, c, cs) || x.settingOf(s, c, cs)) {
			continue
		}
		if c.pred == string(kg.Treats) && x.atRisk(s, c) {
			continue
		}
		// "steroid shots can push blood sugar up in people with diabetes":
		// patients named after a harm are who runs the risk.
		if c.pred == string(kg.Treats) && x.population(s, c.obj) && slices.ContainsFunc(cs, func(d candidate) bool {
			return d.pred == string(kg.HasRisk) && d.subj.ent == c.subj.ent && d.obj.from >= c.subj.to && d.obj.to <= c.obj.from
		}) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// chainedCondition reports whether the same therapy treats, in cs, a
// condition named by an acronym right after c's ("patients with COVID-19
// ARDS"): two conditions the patients have. "HIV neuropathy" and "cancer
// radiation ulcers" name one.
func (x *Extractor) chainedCondition(s *sentence, c candidate, cs []candidate) bool {
	if c.obj.from == c.obj.to || c.obj.to >= len(s.toks) || !isAcronymPlural(s.toks[c.obj.to].raw) {
		return false
	}
	return slices.ContainsFunc(cs, func(d candidate) bool {
		return d.pred == c.pred && d.subj.ent == c.subj.ent && d.obj.ent != c.obj.ent && d.obj.from == c.obj.to && tight(s, c.obj, d.obj)
	})
}

// atRisk reports whether a TREATS candidate's condition names who runs a
// risk the sentence named before it ("Risikonya lebih tinggi pada ibu
// dengan obesitas", "the risk is higher in people with diabetes"): such
// patients are not treated for it. Only the noun of risk counts ("safe"
// names none), said to be higher.
func (x *Extractor) atRisk(s *sentence, c candidate) bool {
	if !x.population(s, c.obj) {
		return false
	}
	for _, r := range x.idx.riskNouns.find(s.toks, 0, c.obj.from) {
		if c.subj.from < c.subj.to && c.subj.to > r.from {
			continue
		}
		// The risk must be said to be higher ("lebih tinggi", "higher"):
		// "reduced the risk of amputation in patients with …" and "low
		// risk" say the patients are helped.
		if h, ok := x.idx.higher.any(s.toks, r.to, min(len(s.toks), r.to+4)); ok && h.to <= c.obj.from {
			return true
		}
	}
	return false
}

// symptomOf reports whether a TREATS candidate's condition is a symptom
// (tagged so in the lexicon) named as a feature of another condition the
// same therapy treats, right after "pada" or "in" ("memperlambat penurunan
// fungsi kognitif pada Alzheimer"): the therapy treats the disease. A
// disease of its own in another ("perianal fistula in Crohn disease") is
// treated as itself, and the other is its setting (settingOf).
func (x *Extractor) symptomOf(s *sentence, c candidate, cs []candidate) bool {
	if c.obj.from == c.obj.to || c.obj.to >= len(s.toks) || !c.obj.ent.entry.hasTag("symptom") {
		return false
	}
	if !x.idx.symptomLinks[s.toks[c.obj.to].norm] {
		return false
	}
	for _, d := range cs {
		if d.pred == c.pred && d.subj.ent == c.subj.ent && d.obj.from == c.obj.to+1 && d.obj.ent != c.obj.ent {
			return true
		}
	}
	return false
}

// settingOf reports whether a TREATS candidate's condition is named only
// as the setting or the cause of another condition the same therapy treats
// right before it ("complex perianal fistulas in Crohn's disease", "cedera
// ginjal akut akibat sepsis"): the therapy treats the fistula, the injury.
// The words between are one of Cues.ConditionSettings or Cues.CausedBy,
// with no punctuation ("tested in stroke, in spinal cord injury" names two
// settings of use); a symptom before its disease is symptomOf's, the other
// way round.
func (x *Extractor) settingOf(s *sentence, c candidate, cs []candidate) bool {
	if c.obj.from == c.obj.to {
		return false
	}
	return slices.ContainsFunc(cs, func(d candidate) bool {
		a := d.obj
		return d.pred == c.pred && d.subj.ent == c.subj.ent && a.from < a.to && a.to <= c.obj.from && a.ent != c.obj.ent &&
			a.ent.entry.Category == kg.CategoryCondition && !a.ent.entry.hasTag("symptom") && x.settingBetween(s, a.to, c.obj.from)
	})
}

// causeOfNamed reports whether a therapy is named as the cause of a
// condition or harm the sentence names with it ("AKI akibat cisplatin",
// "cisplatin-induced AKI"): the sentence says what it did, not what it
// does as a therapy.
func (x *Extractor) causeOfNamed(s *sentence, sl slot, slots []slot) bool {
	at, after, ok := x.causedAt(s, sl)
	if !ok || after {
		return ok
	}
	// What was caused may be a name the lexicon lacks ("AKI akibat
	// cisplatin"), but not a therapy: "terapi akibat …" is no cause.
	return !slices.ContainsFunc(slots, func(o slot) bool {
		c := o.ent.entry.Category
		return o.from < o.to && o.to == at && c != kg.CategoryCondition && c != kg.CategorySideEffect
	})
}

// causeOfCondition reports whether a harm is named as the cause of a
// condition the sentence names right before it ("AKI akibat sepsis",
// "kidney injury caused by sepsis"): it says how the condition came
// about. ("sepsis-induced kidney injury" is one name, read elsewhere.)
// A condition the sentence names as suffered or caused ("mengalami gagal
// ginjal akibat infeksi setelah disuntik sel punca") is a harm of its
// own, and so is its cause. An illness caught before the condition
// (Cues.ContractedAfter) is its cause too.
func (x *Extractor) causeOfCondition(s *sentence, sl slot, slots []slot) bool {
	// "tuli setelah terserang meningitis", "deaf after contracting
	// meningitis": the illness caught before a condition named a few
	// words earlier is how it came about.
	// One the sentence says a therapy brought ("setelah menderita sepsis
	// akibat infus sel punca") is a harm all the same.
	caused := x.idx.causedBy.startsAt(s.toks, sl.to, 2)
	if h, ok := x.idx.contractedAfter.hitEndingAt(s.toks, sl.from, 3); ok && h.to == sl.from && !caused {
		if slices.ContainsFunc(slots, func(o slot) bool {
			return o.from < o.to && o.ent.entry.Category == kg.CategoryCondition && o.to <= h.from && h.from-o.to <= 2
		}) {
			return true
		}
	}
	at, after, ok := x.causedAt(s, sl)
	if !ok || after {
		return false
	}
	return slices.ContainsFunc(slots, func(o slot) bool {
		if o.from == o.to || o.ent.entry.Category != kg.CategoryCondition || o.to != at {
			return false
		}
		lo := max(0, o.from-maxSufferGap)
		_, led := x.idx.harmLeads.any(s.toks, lo, o.from)
		_, suffered := x.idx.sufferVerbs.any(s.toks, lo, o.from)
		return !led && !suffered
	})
}

// maxSufferGap is how many words may stand between a verb of suffering or
// causing and the condition it names ("developed a severe stroke").
const maxSufferGap = 3

// causedAt returns where what the slot is named as causing lies: right
// after a cause suffix ("cisplatin-induced AKI": at is the first token
// after the suffix, after is true) or right before a causal preposition
// ("AKI akibat cisplatin": at is where the preposition starts); ok is
// false when the slot is named as no cause.
func (x *Extractor) causedAt(s *sentence, sl slot) (at int, after, ok bool) {
	if sl.from == sl.to {
		return 0, false, false
	}
	if sl.to < len(s.toks) && s.gaps[sl.to] == "-" && x.idx.causeSuffixes.startsAt(s.toks, sl.to, 1) {
		return sl.to + 1, true, true
	}
	if h, ok := x.idx.causedBy.hitEndingAt(s.toks, sl.from, 3); ok && h.from > 0 {
		return h.from, false, true
	}
	return 0, false, false
}

// causeMarked reports whether a causal preposition ("akibat", "due to",
// "induced by") stands right before the slot.
func (x *Extractor) causeMarked(s *sentence, sl slot) bool {
	if sl.from == sl.to {
		return false
	}
	return x.idx.causedBy.endsAt(s.toks, sl.from, 2)
}

// standardCare reads a sentence that names a standard or first-line
// treatment: the conventional therapies it lists ("Standard induction
// therapy combines corticosteroids with mycophenolate mofetil or
// cyclophosphamide") treat the condition of its clause, or the document's
// condition when the clause names none. Cell therapies, the subject of
// comparison, are left to the plain reading.
func (x *Extractor) standardCare(s *sentence, p predicateIndex, slots []slot, clause []int, imp implicit) []candidate {
	marks := x.careMarks(s, slots)
	var out []candidate
	for _, sc := range marks {
		var therapies, conds []slot
		for _, sl := range slots {
			switch {
			// "Care is supportive: patients receive …": the clause after a
			// colon spells out what the standard care is.
			case sl.from == sl.to || sl.from == sc.from || clause[sl.from] != clause[sc.from] && !elaborates(s, clause, hit{from: sc.from, to: sc.to}, sl):
			case p.object.admits(sl.ent.entry):
				conds = append(conds, sl)
			case p.subject.admits(sl.ent.entry) && conventional(sl.ent.entry):
				therapies = append(therapies, sl)
			}
		}
		// The condition standard care is for is named with it ("standard
		// treatment for RA", "pengobatan standar eksim") or before it ("In
		// RA, methotrexate is the first-line treatment"); later in the
		// clause a condition is more often a symptom it eases ("Levodopa,
		// the standard treatment, … eases tremor") than what it is for.
		var named []slot
		for _, c := range conds {
			if c.from >= sc.to && c.from-sc.to <= 3 || c.to <= sc.from {
				named = append(named, c)
			}
		}
		// "Bila pemicunya kekambuhan hepatitis B, dokter akan memberikan
		// antivirus …": the condition of an opening conditional clause is
		// the one the care is for.
		if len(named) == 0 && x.opensConditional(s) {
			for _, sl := range slots {
				if sl.from < sl.to && clause[sl.from] == clause[0] && clause[0] != clause[sc.from] && p.object.admits(sl.ent.entry) {
					named = append(named, sl)
				}
			}
		}
		switch {
		case len(named) > 0:
			conds = named
		case imp.condition != nil:
			conds = []slot{{ent: imp.condition}}
		}
		for _, t := range therapies {
			for _, c := range conds {
				out = append(out, candidate{pred: p.name, subj: t, obj: c, cue: hit{from: sc.from, to: sc.to}})
			}
		}
	}
	return out
}

// conventional reports whether e is a therapy of conventional care by its
// kind: no cells or cell product, and not standard care named as such.
func conventional(e *LexEntry) bool {
	return !e.hasTag("cell") && !e.hasTag("cell-product") && !e.hasTag("standard-care")
}

// clauseMarks are the marks that end a clause within a sentence.
const clauseMarks = ";:."

// maxCareLimitGap is how many words may stand between a word of care and
// what it is limited to ("pilihan bagi anak dengan LLA kambuhan terbatas
// pada").
const maxCareLimitGap = 8

// careMarks returns where a sentence names standard care: names tagged
// so ("conventional therapy") and the phrases of Cues.StandardCare outside
// any name ("pengobatan standar"), the latter without an entity.
func (x *Extractor) careMarks(s *sentence, slots []slot) []slot {
	var marks []slot
	for _, sl := range slots {
		if sl.from < sl.to && sl.ent.entry.hasTag("standard-care") {
			marks = append(marks, sl)
		}
	}
	for _, h := range x.idx.standardCare.findFree(s.toks, 0, len(s.toks), free(slots)) {
		marks = append(marks, slot{from: h.from, to: h.to})
	}
	// "the standard injection for tennis elbow", "suntikan standar": an
	// adjective of standard care next to a noun of care, either order.
	// The noun is care in general, not part of a therapy's name ("Saat
	// ini, terapi ozon sedang ramai dipromosikan" names no standard care).
	named := func(h hit) bool {
		return slices.ContainsFunc(slots, func(sl slot) bool {
			return sl.from < sl.to && h.from < sl.to && sl.from < h.to && isTherapy(sl.ent.entry)
		})
	}
	// "Selama ini, pilihan bagi anak dengan LLA kambuhan terbatas pada
	// kemoterapi", "current treatment relies on physiotherapy": what a
	// word of care a few words before is limited to ("Adverse events were
	// limited to …" names no care).
	for _, h := range x.idx.careLimits.findFree(s.toks, 0, len(s.toks), free(slots)) {
		for _, n := range x.idx.careNouns.findFree(s.toks, max(0, h.from-maxCareLimitGap), h.from, free(slots)) {
			if !marksBetween(s, n.to, h.from, clauseMarks) {
				marks = append(marks, slot{from: n.from, to: h.to})
				break
			}
		}
	}
	for _, a := range x.idx.standardAdjectives.findFree(s.toks, 0, len(s.toks), free(slots)) {
		if overlapsAny(marks, a.from, a.to) {
			continue
		}
		if n, ok := x.idx.careNouns.hitAt(s.toks, a.to, 3); ok && !named(n) {
			marks = append(marks, slot{from: a.from, to: n.to})
		} else if n, ok := x.idx.careNouns.hitEndingAt(s.toks, a.from, 3); ok && !named(n) {
			marks = append(marks, slot{from: n.from, to: a.to})
		}
	}
	return marks
}

// population reports whether the slot names who the patients are:
// "children with CP", "64 pasien AR".
func (x *Extractor) population(s *sentence, o slot) bool {
	if o.from == o.to {
		return false
	}
	return x.idx.populations.endsAt(s.toks, o.from, 3) || x.idx.popNouns.endsAt(s.toks, o.from, 1)
}

// trialPopulation reads a trial's result: "uji klinis pada 64 pasien AR
// melaporkan infus sel punca tali pusat menurunkan skor DAS28", "MSCs
// improved the six-minute walk in patients with heart failure". The verb's
// object is an outcome, not a condition; a therapy that improved an outcome
// of patients with a condition treated that condition.
func (x *Extractor) trialPopulation(s *sentence, p predicateIndex, slots []slot, clause []int, imp implicit) []candidate {
	var pops []slot
	for _, sl := range slots {
		if !sl.privative && p.object.admits(sl.ent.entry) && x.population(s, sl) {
			pops = append(pops, sl)
		}
	}
	// With no condition named, an outcome the therapy improved ("melaporkan
	// perbaikan skor IIEF-5") is one of the document's condition.
	outcomeOnly := false
	if len(pops) == 0 && imp.condition != nil && !hasCategory(slots, kg.CategoryCondition) {
		pops, outcomeOnly = []slot{{ent: imp.condition}}, true
	}
	if len(pops) == 0 {
		return nil
	}
	var out []candidate
	for i, t := range slots {
		if t.from == t.to || t.privative || !p.subject.admits(t.ent.entry) || t.ent.entry.hasTag("standard-care") {
			continue
		}
		h, ok := x.idx.improvements.any(s.toks, t.to, min(t.to+10, len(s.toks)))
		if !ok || clause[h.from] != clause[t.from] {
			continue
		}
		// The verb belongs to the therapy named last before it: in "PRP
		// dibanding kortikosteroid menurunkan …" it is not PRP's.
		if i+1 < len(slots) && slots[i+1].from < h.from && slots[i+1].ent.entry.Category == kg.CategoryTherapy {
			continue
		}
		if outcomeOnly && !measuredAfter(slots, h) {
			continue
		}
		for _, c := range pops {
			if outcomeOnly || clause[c.from] == clause[t.from] {
				out = append(out, candidate{pred: p.name, subj: t, obj: c, cue: h})
			}
		}
	}
	return out
}

// classExamples reads a class named by what it does, followed by examples:
// "antifibrotic drugs such as pirfenidone and nintedanib", "obat
// antiinflamasi seperti kortikosteroid dan bronkodilator". Each example acts
// via the class's mechanism.
func (x *Extractor) classExamples(s *sentence, p predicateIndex, slots []slot) []candidate {
	var out []candidate
	for i, m := range slots {
		if m.from == m.to || m.privative || !p.object.admits(m.ent.entry) {
			continue
		}
		// At most one class noun between the mechanism and the marker.
		h, ok := x.idx.examples.any(s.toks, m.to, min(m.to+3, len(s.toks)))
		if !ok || h.from > m.to+1 {
			continue
		}
		var subs []slot
		for _, t := range slots[i+1:] {
			if t.from >= h.to && p.subject.admits(t.ent.entry) && !t.privative {
				subs = append(subs, t)
			}
		}
		if len(subs) == 0 || subs[0].from != h.to {
			continue
		}
		out = append(out, x.pairList(s, p, subs, []slot{m}, h)...)
	}
	return out
}

// measuredAfter reports whether a Biomarker is named within three words
// after the cue: the outcome a verb of improvement improved.
func measuredAfter(slots []slot, h hit) bool {
	for _, sl := range slots {
		if sl.from >= h.to && sl.from-h.to <= 3 && sl.ent.entry.Category == kg.CategoryBiomarker {
			return true
		}
	}
	return false
}

// nullResult reads a trial that found no difference: "uji klinis … tidak
// menemukan perbedaan bermakna pada skor nyeri VAS antara MSC dan suntikan
// plasebo", "found no significant difference in pain between MSCs and
// placebo". The therapy compared does not treat the condition of the
// clause, or the document's condition when the sentence names none.
func (x *Extractor) nullResult(s *sentence, p predicateIndex, slots []slot, clause []int, imp implicit) []candidate {
	var out []candidate
	for _, n := range x.idx.negation.find(s.toks, 0, len(s.toks)) {
		if x.exempt(s, n) {
			continue
		}
		b, ok := x.idx.benefitNouns.any(s.toks, n.to, min(n.to+3, len(s.toks)))
		if !ok || b.from-n.to > 2 {
			continue
		}
		var therapies, conds []slot
		for _, sl := range slots {
			switch {
			case sl.from == sl.to || sl.privative || sl.from < b.to || sl.from-b.to > 14 || clause[sl.from] != clause[b.from]:
			case p.subject.admits(sl.ent.entry) && !sl.ent.entry.hasTag("standard-care"):
				therapies = append(therapies, sl)
			case p.object.admits(sl.ent.entry):
				conds = append(conds, sl)
			}
		}
		if len(conds) == 0 && imp.condition != nil && !hasCategory(slots, kg.CategoryCondition) {
			conds = []slot{{ent: imp.condition}}
		}
		if len(therapies) == 0 {
			continue
		}
		for _, c := range conds {
			out = append(out, candidate{pred: p.name, subj: therapies[0], obj: c, cue: n, denied: true})
		}
		break
	}
	return out
}

// bothArms reads what a trial saw in all its arms: "tidak ditemukan infeksi
// maupun ruptur tendon pada kedua kelompok", "no infections occurred in
// either group". The side effects of that clause are said of every therapy
// the sentence compares or, when it names no therapy, of each trial arm
// the sentences before named (standard care aside).
func (x *Extractor) bothArms(s *sentence, p predicateIndex, slots []slot, clause []int, arms []*docEntity) []candidate {
	h, ok := x.idx.bothArms.any(s.toks, 0, len(s.toks))
	if !ok {
		return nil
	}
	var subs, objs []slot
	for _, sl := range slots {
		switch {
		case sl.from == sl.to || sl.privative:
		case p.object.admits(sl.ent.entry) && clause[sl.from] == clause[h.from]:
			objs = append(objs, sl)
		case p.subject.admits(sl.ent.entry) && clause[sl.from] != clause[h.from] && !sl.ent.entry.hasTag("standard-care"):
			if !slices.ContainsFunc(subs, func(o slot) bool { return o.ent == sl.ent }) {
				subs = append(subs, sl)
			}
		}
	}
	// The arms stand in as unsaid (zero-width) subjects.
	if len(subs) == 0 && !hasCategory(slots, kg.CategoryTherapy) {
		for _, e := range arms {
			if p.subject.admits(e.entry) && !e.entry.hasTag("standard-care") {
				subs = append(subs, slot{ent: e})
			}
		}
	}
	if len(subs) < 2 {
		return nil
	}
	var out []candidate
	for _, t := range subs {
		for _, o := range objs {
			out = append(out, candidate{pred: p.name, subj: t, obj: o, cue: h})
		}
	}
	return out
}

// ownedRoutes maps each route named in a relative clause right after one
// therapy ("deferasirox yang diminum atau deferoxamine yang disuntikkan di
// bawah kulit", "timolol, which is applied as drops") to that therapy, keyed
// by the route's first token: such a clause says how that one therapy is
// given, not how the therapies around it are. A therapy that closes a
// coordination ("A dan B yang diberikan secara intravena") owns nothing,
// because the clause may be about the whole list. An Indonesian route word
// right after a therapy's name is that therapy's too.
func (x *Extractor) ownedRoutes(s *sentence, p predicateIndex, subs, objs []slot) map[int]slot {
	var owned map[int]slot
	for i, sb := range subs {
		// "PRP injected intravitreally": a route's verb right after the
		// therapy opens a clause about it, as "yang" does.
		verb := slices.ContainsFunc(objs, func(o slot) bool { return o.from == sb.to && participle(s, o) })
		if sb.from == sb.to || !x.idx.relPronouns.startsAt(s.toks, sb.to, 1) && !verb {
			continue
		}
		if i > 0 && x.coordinated(s, subs[i-1], sb) {
			// An example ("terapi kelasi besi, misalnya deferasirox yang
			// diminum") is no list member: the clause is about it alone.
			if _, ex := x.idx.examples.any(s.toks, subs[i-1].to, sb.from); !ex {
				continue
			}
		}
		for _, o := range objs {
			if o.from < sb.to || o.from-sb.to > 4 || !x.onlyRouteWords(s, p, objs, sb.to, o.from) {
				continue
			}
			owned = ownRoute(owned, o, sb)
		}
	}
	// "kortikosteroid inhalasi dan bronkodilator oral": Indonesian puts a
	// route word after the therapy it qualifies, which owns it; a verb of
	// giving there ("PRP dan BMAC disuntikkan") or a route phrase ("ke
	// telinga tengah") is said of the whole list.
	if s.lang != "en" {
		for _, o := range objs {
			if _, ok := owned[o.from]; ok || o.to-o.from != 1 || participle(s, o) {
				continue
			}
			if i := slices.IndexFunc(subs, func(sb slot) bool { return sb.from < sb.to && sb.to == o.from && tight(s, sb, o) }); i >= 0 {
				owned = ownRoute(owned, o, subs[i])
			}
		}
	}
	return owned
}

// ownRoute returns owned with route o given to therapy sb, keyed by the
// route's first token; owned is made when it is nil.
func ownRoute(owned map[int]slot, o, sb slot) map[int]slot {
	if owned == nil {
		owned = map[int]slot{}
	}
	owned[o.from] = sb
	return owned
}

// onlyRouteWords reports whether tokens [from, to) hold nothing but a
// relative pronoun, a copula, the predicate's cue words and other routes.
func (x *Extractor) onlyRouteWords(s *sentence, p predicateIndex, objs []slot, from, to int) bool {
	for i := from; i < to; {
		n := 0
		for _, ps := range []phrases{x.idx.relPronouns, x.idx.copulas} {
			if k, _ := ps.longestAt(s.toks, i, to, nil); k > n {
				n = k
			}
		}
		for _, t := range p.triggers {
			if !t.bare {
				if k, _ := t.words.longestAt(s.toks, i, to, nil); k > n {
					n = k
				}
			}
		}
		for _, o := range objs {
			if o.from == i && o.to <= to {
				n = max(n, o.to-o.from)
			}
		}
		if n == 0 {
			return false
		}
		i += n
	}
	return true
}

// withoutRemedies returns slots without the therapies named as remedies,
// so that a sentence naming only a remedy is still read as about the
// therapy at hand.
func (x *Extractor) withoutRemedies(s *sentence, slots []slot) []slot {
	var out []slot
	for _, sl := range slots {
		if sl.ent.entry.Category == kg.CategoryTherapy && x.remedy(s, sl, slots) {
			continue
		}
		out = append(out, sl)
	}
	return out
}

// remedy reports whether a therapy is named as what was done about a side
// effect named before it ("one donor-site infection was treated with oral
// antibiotics", "a retinal detachment that needed repeat surgery"): the
// therapy answered the harm and is not its cause. So is one named as the
// occasion the harms come on ("iritasi … sampai infeksi kalau dipakai
// setelah microneedling", "if used after microneedling"): the harms are
// the product's, the other therapy only when.
func (x *Extractor) remedy(s *sentence, sb slot, objs []slot) bool {
	if sb.from == sb.to {
		return false
	}
	if after, ok := x.idx.afterWords.hitEndingAt(s.toks, sb.from, 1); ok {
		if _, cond := x.idx.conditionals.any(s.toks, max(0, after.from-3), after.from); cond {
			for _, o := range objs {
				if o.to <= after.from && o.ent.entry.Category == kg.CategorySideEffect {
					return true
				}
			}
		}
	}
	return x.answersHarm(s, x.idx.remedies, sb, objs)
}

// answersHarm reports whether a phrase of ps ("treated with", "resolved
// with") ends right before therapy sb, one word between at most ("oral",
// "repeat"), after a side effect among objs.
func (x *Extractor) answersHarm(s *sentence, ps phrases, sb slot, objs []slot) bool {
	for _, h := range ps.find(s.toks, max(0, sb.from-5), sb.from) {
		if h.to >= sb.from-1 && slices.ContainsFunc(objs, func(o slot) bool {
			return o.to <= h.from && o.ent.entry.Category == kg.CategorySideEffect
		}) {
			return true
		}
	}
	return false
}

// topicOf returns the therapy a sentence is about: its first, leaving out
// a product named as released, unless a
// contrast or an occasion opening the sentence names that one ("Berbeda
// dengan steroid, exosome tidak menyebabkan penipisan kulit", "Selama
// operasi, PRP …"), in which case the next, or nil when it names no other.
func (x *Extractor) topicOf(s *sentence, ms []mention) *docEntity {
	// "They are thought to work by releasing exosomes": a product named
	// as what the therapy at hand releases is not what the text turns to.
	ms = slices.DeleteFunc(slices.Clone(ms), func(m mention) bool {
		return m.ent.entry.hasTag("cell-product") && x.idx.releases.endsAt(s.toks, m.from, 2)
	})
	t := firstTherapy(ms)
	if t == nil {
		return nil
	}
	n, _ := x.idx.contrasts.longestAt(s.toks, 0, min(3, len(s.toks)), nil)
	if n == 0 {
		// "Selama operasi, PRP …": the occasion is closed by a comma right
		// after the therapy it names; "Ketika PRP disuntikkan, …" is about
		// PRP.
		if k, _ := x.idx.occasions.longestAt(s.toks, 0, 1, nil); k > 0 {
			for _, m := range ms {
				if m.from == k && m.to < len(s.toks) && strings.Contains(s.gaps[m.to], ",") {
					n = k
				}
			}
		}
	}
	if n == 0 {
		return t
	}
	var therapyMs []mention
	for _, m := range ms {
		if isTopicTherapy(m.ent.entry) {
			therapyMs = append(therapyMs, m)
		}
	}
	if first := therapyMs[0]; first.from < n || first.from > n+2 {
		return t
	}
	for _, m := range therapyMs {
		if m.ent != t {
			return m.ent
		}
	}
	// Only the contrasted therapy is named ("Berbeda dengan steroid, produk
	// ini …"): the topic stays what it was.
	return nil
}

// measuredWith reports whether a slot is followed by the measure it is
// scored with ("nyeri dengan VAS", "pain on the VAS", "pain (VAS)"), or,
// opening its clause, by a word of measuring (Cues.MeasuredAfter: "Pain was
// judged by how much weight the rats put on the leg", "Nyeri dinilai
// dengan VAS"): the sentence reports an outcome. A harm a verb of harm
// brought ("caused fever measured at 39 degrees") or a risk deemed low
// ("risiko penolakan dinilai rendah") is none.
func (x *Extractor) measuredWith(s *sentence, sl slot, slots []slot, clause []int) bool {
	if sl.from == sl.to {
		return false
	}
	if sl.to < len(s.toks) && !strings.ContainsAny(s.gaps[sl.to], ",;:") && sl.from-clauseStart(clause, sl.from) <= 1 &&
		x.idx.measuredAfter.startsAt(s.toks, sl.to, 2) {
		if _, risk := x.idx.riskWords.any(s.toks, max(0, sl.from-3), sl.from); !risk {
			return true
		}
	}
	for _, m := range slots {
		if m.from < sl.to || m.from-sl.to > 4 || m.ent.entry.Category != kg.CategoryBiomarker {
			continue
		}
		if m.from == sl.to && strings.Contains(s.gaps[m.from], "(") {
			return true
		}
		// "itch on a 0-10 numeric rating scale": the scale's range may
		// stand between.
		ok, words := m.from > sl.to, 0
		for i := sl.to; i < m.from; i++ {
			digits := isNumber(s.toks[i].norm)
			ok = ok && (x.idx.measureLinks[s.toks[i].norm] || digits)
			if !digits {
				words++
			}
		}
		ok = ok && words <= 2
		if ok {
			return true
		}
	}
	return false
}

// withoutSymptoms drops the harms a sentence names as what a disease is
// made of ("a chronic condition of bladder pain, urgency and frequency",
// "ditandai dengan nyeri"), with the list they open, and every harm of a
// sentence opening with the disease's symptoms: they are symptoms, not side
// effects. A harm named as what a therapy treats ("pengobatan untuk
// kanker") or as less frequent ("fewer infections") is no side effect
// either.
func (x *Extractor) withoutSymptoms(s *sentence, objs []slot) []slot {
	// "Keluhan utamanya adalah …", "The main symptoms are …": the sentence
	// is about the disease.
	if x.idx.symptoms.startsAt(s.toks, 0, 3) {
		return nil
	}
	var out []slot
	for _, o := range objs {
		// "bukan pengobatan untuk kankernya": the disease treated.
		if x.idx.cures.endsAt(s.toks, o.from, 3) {
			continue
		}
		// "fewer infections", "infection was less frequent": a benefit.
		if x.idx.rarer.endsAt(s.toks, o.from, 2) || x.rarerAfter(s, o, objs) {
			continue
		}
		start := x.listStart(s, objs, o)
		// One word may qualify the first item ("bladder pain").
		if x.idx.symptoms.endsAt(s.toks, start, 4) || start > 0 && x.idx.symptoms.endsAt(s.toks, start-1, 4) {
			continue
		}
		out = append(out, o)
	}
	return out
}

// rarerAfter reports whether the clause goes on to say the harm o was less
// frequent ("infection was less frequent in the MSC group"), within three
// words, no comma and no other harm between: in "demam muncul, tetapi nyeri
// berkurang" the fever stays a side effect. A parenthesis gives how often
// the harm comes ("Infection is rare (fewer than 1 in 1,000 injections)").
func (x *Extractor) rarerAfter(s *sentence, o slot, objs []slot) bool {
	for _, h := range x.idx.rarer.find(s.toks, o.to, min(o.to+4, len(s.toks))) {
		near := true
		for k := o.to; k <= h.from && k < len(s.toks); k++ {
			if k > o.to && strings.ContainsAny(s.gaps[k], ",;(") {
				near = false
			}
		}
		for _, p := range objs {
			if p.from >= o.to && p.from < h.from {
				near = false
			}
		}
		if near {
			return true
		}
	}
	return false
}

// bareBenefit reads a therapy said to help with no condition named
// ("Obat antinyeri dan fisioterapi memang membantu", "Saliva substitutes
// and pilocarpine offer only partial relief") as treating the condition
// the document is about. The therapies come before the word, in its
// clause; a sentence that names any condition is left to the cues.
func (x *Extractor) bareBenefit(s *sentence, p predicateIndex, slots []slot, clause []int, imp implicit) []candidate {
	if imp.condition == nil || hasCategory(slots, kg.CategoryCondition) {
		return nil
	}
	var out []candidate
	for _, h := range x.idx.bareBenefits.findFree(s.toks, 0, len(s.toks), free(slots)) {
		// The word ends its clause, but for a word or two ("hanya membantu
		// sebentar", "does not help these patients,") or a role it plays
		// ("bermanfaat sebagai terapi pendukung"): "membantu memperbaiki
		// jaringan" says what the help is.
		end := h.to
		for end < len(s.toks) && clause[end] == clause[h.from] && !strings.ContainsAny(s.gaps[end], ",;:(") &&
			!x.idx.roleWords[s.toks[end].norm] {
			end++
		}
		if end-h.to > 2 || overlapsAny(slots, h.to, end) {
			continue
		}
		// Two words are whom it helps ("these patients"), not what it does
		// ("help heal cartilage").
		if end-h.to == 2 && !x.idx.popNouns.startsAt(s.toks, end-1, 1) {
			continue
		}
		var before []slot
		for _, sl := range slots {
			if sl.from < sl.to && sl.to <= h.from && h.from-sl.to <= 6 && clause[sl.from] == clause[h.from] &&
				p.subject.admits(sl.ent.entry) && !sl.ent.entry.hasTag("standard-care") {
				before = append(before, sl)
			}
		}
		for _, sb := range x.subjectGroup(s, before, slot{from: h.from, to: h.to}, true) {
			// The condition stands in at the word, so that a negation
			// before it ("does not help") reaches it.
			out = append(out, candidate{pred: p.name, subj: sb, obj: slot{ent: imp.condition, from: h.from, to: h.to}, cue: h})
		}
	}
	return out
}

// vehicles returns, by the token each starts at, the slots named as what
// a product is carried on or in ("BM-MSC exosomes loaded on an HA-Col
// scaffold"), with the product each carries.
func (x *Extractor) vehicles(s *sentence, slots []slot) map[int]slot {
	out := map[int]slot{}
	for _, h := range x.idx.carriers.find(s.toks, 0, len(s.toks)) {
		var cargo, vehicle *slot
		for i := range slots {
			sl := &slots[i]
			if sl.from == sl.to || sl.ent.entry.Category != kg.CategoryTherapy {
				continue
			}
			if sl.to <= h.from && h.from-sl.to <= 2 {
				cargo = sl
			}
			if vehicle == nil && sl.from >= h.to && sl.from-h.to <= 3 {
				vehicle = sl
			}
		}
		if cargo != nil && vehicle != nil && cargo.ent != vehicle.ent {
			out[vehicle.from] = *cargo
		}
	}
	return out
}

// carriedOn reads each vehicle (see vehicles) as containing the product
// put on it, in text order.
func carriedOn(p predicateIndex, slots []slot, vehicles map[int]slot) []candidate {
	var out []candidate
	for _, v := range slots {
		cargo, ok := vehicles[v.from]
		if ok && v.from < v.to && p.subject.admits(v.ent.entry) && p.object.admits(cargo.ent.entry) {
			out = append(out, candidate{pred: p.name, subj: v, obj: cargo, cue: hit{from: cargo.to, to: v.from}})
		}
	}
	return out
}

// patientsReceive reads patients referred back to as receiving therapies
// ("Kelompok ini biasanya mendapat takrolimus atau rituksimab", "These
// patients received PRP") as those therapies treating the document's
// condition, when the sentence names no condition.
func (x *Extractor) patientsReceive(s *sentence, p predicateIndex, slots []slot, clause []int, imp implicit) []candidate {
	var out []candidate
	for _, h := range x.idx.receiving.findFree(s.toks, 0, len(s.toks), free(slots)) {
		cond, named := slot{ent: imp.condition, from: h.from, to: h.to}, false
		// "women with thin endometrium who received PRP", "bayi dengan OI
		// yang menerima sel punca": the condition the recipients have is
		// named right before the relative pronoun.
		if rel, ok := x.idx.relPronouns.hitEndingAt(s.toks, h.from, 1); ok {
			for _, sl := range slots {
				if sl.from < sl.to && p.object.admits(sl.ent.entry) && sl.to <= rel.from && rel.from-sl.to <= 2 && clause[sl.from] == clause[h.from] {
					cond, named = sl, true
				}
			}
		}
		if !named && (imp.condition == nil || hasCategory(slots, kg.CategoryCondition)) {
			continue
		}
		// Otherwise the patients come right before the verb, or an adverb
		// apart ("biasanya mendapat").
		if !named {
			pop, ok := x.idx.popAnaphora.any(s.toks, max(0, h.from-3), h.from)
			if !ok || h.from-pop.to > 1 || clause[pop.from] != clause[h.from] {
				continue
			}
		}
		var after []slot
		for _, sl := range slots {
			if sl.from >= h.to && sl.from-h.to <= 3 && clause[sl.from] == clause[h.from] && p.subject.admits(sl.ent.entry) {
				after = append(after, sl)
			}
		}
		verb := slot{from: h.from, to: h.to}
		for _, sb := range x.subjectGroup(s, after, verb, false) {
			out = append(out, candidate{pred: p.name, subj: sb, obj: cond, cue: h})
		}
	}
	return out
}

// outcomeChange reads a measure reported as moving ("Serum creatinine
// returned to baseline faster", "Kadar IgE total tidak berubah", "perbaikan
// ketajaman penglihatan") as measuring the condition the document is about,
// when the sentence names no condition. Whether it moved is the study's
// result, not the relation's: "did not differ" still says what was
// measured.
func (x *Extractor) outcomeChange(s *sentence, p predicateIndex, slots []slot, clause []int, imp implicit) []candidate {
	if imp.condition == nil || hasCategory(slots, kg.CategoryCondition) {
		return nil
	}
	taken := free(slots)
	changes := x.idx.changes.findFree(s.toks, 0, len(s.toks), taken)
	marks := x.idx.changeNouns.findFree(s.toks, 0, len(s.toks), taken)
	var out []candidate
	for _, sl := range slots {
		if sl.from == sl.to || !p.object.admits(sl.ent.entry) {
			continue
		}
		moved := false
		// The verb follows within a few words ("LVEF hanya naik sedikit",
		// "levels of alpha-synuclein did not differ").
		for _, h := range changes {
			if h.from >= sl.to && h.from-sl.to <= 4 && clause[h.from] == clause[sl.from] && !overlapsAny(slots, sl.to, h.from) {
				moved = true
			}
		}
		// Or a noun of change comes right before ("perbaikan ketajaman
		// penglihatan", "improvement in visual acuity").
		for _, h := range marks {
			if h.to <= sl.from && sl.from-h.to <= 1 {
				moved = true
			}
		}
		if moved {
			out = append(out, candidate{pred: p.name, subj: slot{ent: imp.condition}, obj: sl, cue: hit{from: sl.from, to: sl.to}, bare: true})
		}
	}
	return out
}

// inheritExamples gives the examples that follow a treating therapy, and
// the therapies it is combined with, what it treats: "Terapi sel punca
// untuk RP memang sedang diteliti, misalnya sel progenitor retina" says the
// progenitor cells are studied for RP too; "Untuk kantung mata yang sudah
// besar, secretome dapat dikombinasikan dengan PRP" offers PRP for them.
// Only examples the sentence says nothing else about inherit.
func (x *Extractor) inheritExamples(s *sentence, cands []candidate, slots []slot) []candidate {
	var out []candidate
	hits := x.idx.examples.find(s.toks, 0, len(s.toks))
	for _, h := range x.idx.combined.find(s.toks, 0, len(s.toks)) {
		// "… bila dikombinasikan dengan laser", "when combined with": the
		// combination qualifies the first therapy's effect.
		if !x.idx.conditionals.startsAt(s.toks, max(0, h.from-1), 1) && !x.idx.conditionals.startsAt(s.toks, h.from, 1) {
			hits = append(hits, h)
		}
	}
	for _, h := range hits {
		cond, forCond := x.examplesFor(s, slots, h)
		for _, k := range x.therapiesFrom(s, slots, exampleStart(s, slots, h)) {
			y := slots[k]
			if slices.ContainsFunc(cands, func(c candidate) bool { return c.pred == string(kg.Treats) && c.subj.ent == y.ent }) {
				continue
			}
			if forCond {
				out = append(out, candidate{pred: string(kg.Treats), subj: y, obj: cond, bare: true})
				continue
			}
			for _, c := range cands {
				if c.pred != string(kg.Treats) || c.subj.from == c.subj.to || c.subj.to > h.from || c.subj.ent == y.ent || c.denied {
					continue
				}
				c2 := c
				c2.subj = y
				out = append(out, c2)
			}
		}
	}
	return append(cands, out...)
}

// exampleStart returns where the examples after h begin: right after it,
// or a word later when that word modifies the first example ("includes
// daily chest physiotherapy").
func exampleStart(s *sentence, slots []slot, h hit) int {
	at := h.to + 1
	if at >= len(s.toks) || overlapsAny(slots, h.to, at) || strings.TrimSpace(s.gaps[at]) != "" ||
		!slices.ContainsFunc(slots, func(sl slot) bool { return sl.from == at && sl.to > at }) {
		return h.to
	}
	return at
}

// examplesFor returns the condition that examples are named for when no
// therapy comes before it: "terapi yang buktinya lebih kuat untuk selulit
// antara lain subsisi …", "Options for cellulite include …" and
// "Conventional bronchiectasis care includes …" (a word of care between
// the condition and the examples) list what treats the condition, though
// the class they exemplify is no entry.
func (x *Extractor) examplesFor(s *sentence, slots []slot, h hit) (slot, bool) {
	for i, c := range slots {
		if c.from == c.to || c.to > h.from || c.ent.entry.Category != kg.CategoryCondition {
			continue
		}
		// "Conventional bronchiectasis care includes …": the condition
		// names whose care the examples are.
		if c.to < h.from {
			if n, _ := x.idx.careLeads.longestAt(s.toks, c.to, h.from, nil); c.to+n != h.from {
				continue
			}
		} else if !x.idx.purposes.endsAt(s.toks, c.from, 3) {
			return slot{}, false
		}
		for _, b := range slots[:i] {
			if b.from < b.to && b.ent.entry.Category == kg.CategoryTherapy {
				return slot{}, false
			}
		}
		return c, true
	}
	return slot{}, false
}

// exampleSlots marks the therapies a sentence names as examples of one
// before them ("Corticosteroids such as prednisone and deflazacort"),
// by their index in slots.
func (x *Extractor) exampleSlots(s *sentence, slots []slot) map[int]bool {
	out := map[int]bool{}
	for _, h := range x.idx.examples.find(s.toks, 0, len(s.toks)) {
		ks := x.therapiesFrom(s, slots, h.to)
		if len(ks) == 0 || ks[0] == 0 || slots[ks[0]-1].to > h.from {
			continue // no class before the examples
		}
		for _, k := range ks {
			out[k] = true
		}
	}
	return out
}

// therapiesFrom returns, by their index in slots, the therapy named at
// token at and those coordinated with it after it ("prednisone and
// deflazacort" after "such as").
func (x *Extractor) therapiesFrom(s *sentence, slots []slot, at int) []int {
	var out []int
	for k, sl := range slots {
		if sl.from == sl.to || sl.ent.entry.Category != kg.CategoryTherapy {
			continue
		}
		if len(out) == 0 && sl.from == at || len(out) > 0 && (x.coordinated(s, slots[out[len(out)-1]], sl) ||
			x.glossedBetween(s, slots[out[len(out)-1]], sl) || x.purposedBetween(s, slots, slots[out[len(out)-1]], sl)) {
			out = append(out, k)
		}
	}
	return out
}

// purposedBetween reports whether a is followed by what it is for before
// b is coordinated with it: "chest physiotherapy to clear the airways,
// nebulised hypertonic saline to thin the mucus and, for frequent
// flare-ups, long-term azithromycin". No other therapy stands between.
func (x *Extractor) purposedBetween(s *sentence, slots []slot, a, b slot) bool {
	if b.from-a.to > 14 || b.from <= a.to+1 || a.to >= len(s.toks) || strings.ContainsAny(s.gaps[a.to], ",;:()") {
		return false
	}
	if !x.idx.purposeLinks[s.toks[a.to].norm] {
		return false
	}
	for _, sl := range slots {
		if sl.from < sl.to && sl.from >= a.to && sl.to <= b.from && sl.ent.entry.Category == kg.CategoryTherapy {
			return false
		}
	}
	return strings.Contains(s.gaps[b.from], ",") || x.idx.conjunctions[s.toks[b.from-1].norm]
}

// glossedBetween reports whether a and b are items of one list with an
// apposition defining a between them: "subsisi, yaitu memotong septa
// dengan jarum khusus, serta terapi gelombang kejut".
func (x *Extractor) glossedBetween(s *sentence, a, b slot) bool {
	if b.from-a.to > 14 || a.to >= len(s.toks) || !strings.Contains(s.gaps[a.to], ",") {
		return false
	}
	if n, _ := x.idx.definitions.longestAt(s.toks, a.to, b.from, nil); n == 0 {
		return false
	}
	h, ok := x.idx.coordination.any(s.toks, b.from-2, b.from)
	return ok && h.to == b.from && strings.Contains(s.gaps[h.from], ",")
}

// routeNouns reads a route named as the vehicle of therapies: "a nasal
// spray containing extracellular vesicles", "semprotan hidung berisi
// sekretome", and a route written before a list ("injeksi exosome,
// secretome, dan stem cell"), which is how each of the list is given.
func (x *Extractor) routeNouns(s *sentence, p predicateIndex, slots []slot) []candidate {
	var out []candidate
	for i, r := range slots {
		if r.from == r.to || !p.object.admits(r.ent.entry) {
			continue
		}
		start := r.to
		if h, ok := x.idx.fillers.any(s.toks, r.to, min(r.to+3, len(s.toks))); ok && h.from == r.to {
			start = h.to
		} else if i+1 >= len(slots) || !tight(s, r, slots[i+1]) {
			continue
		}
		var chain []slot
		for _, t := range slots[i+1:] {
			if t.from == t.to {
				continue
			}
			if len(chain) == 0 {
				if t.from != start || !p.subject.admits(t.ent.entry) {
					break
				}
				chain = append(chain, t)
				continue
			}
			last := chain[len(chain)-1]
			// "(EVs)" glosses the item before it.
			if t.ent == last.ent {
				continue
			}
			if !p.subject.admits(t.ent.entry) || !x.coordinated(s, last, t) {
				break
			}
			chain = append(chain, t)
		}
		// "oral amitriptyline, pentosan polysulfate and intravesical
		// DMSO": a list whose items carry routes of their own does not
		// share the first.
		if len(chain) > 0 {
			// Only a route inside the list, or right after it past one
			// coordinating word ("… pentosan polysulfate and intravesical
			// DMSO"), counts.
			end := chain[len(chain)-1].to
			for j, o := range slots {
				if j != i && j+1 < len(slots) && o.from < o.to && p.object.admits(o.ent.entry) && tight(s, o, slots[j+1]) &&
					p.subject.admits(slots[j+1].ent.entry) && o.from > r.to && o.from <= end+1 {
					chain = chain[:1]
					break
				}
			}
		}
		// One therapy right after a route is already read as its compound.
		if start == r.to && len(chain) < 2 {
			continue
		}
		for _, t := range chain {
			out = append(out, candidate{pred: p.name, subj: t, obj: r, cue: hit{from: r.from, to: r.to}, bare: true})
		}
	}
	return out
}

// classMembers reads a class of drugs named by how it acts, and its
// members: "anti-inflammatory tablets (NSAIDs)", "obat antifibrotik yang
// tersedia saat ini, yaitu pirfenidon dan nintedanib". The class is a
// mechanism written with a drug noun (Cues.DrugNouns); its members, the
// therapies right after it in parentheses or after a colon or a word
// introducing members (Cues.MemberLinks), act via that mechanism.
func (x *Extractor) classMembers(s *sentence, cands []candidate, slots []slot) []candidate {
	for _, sl := range slots {
		end := sl.to
		if sl.from == sl.to || sl.ent.entry.Category != kg.CategoryMechanism {
			continue
		}
		if end < len(s.toks) && s.gaps[end] == " " && x.idx.drugNouns[s.toks[end].norm] {
			end++
		} else if sl.from == 0 || s.gaps[sl.from] != " " || !x.idx.drugNouns[s.toks[sl.from-1].norm] {
			continue
		}
		after := slices.DeleteFunc(slices.Clone(slots), func(o slot) bool { return o.from < end })
		at := x.membersAt(s, after, end)
		if at < 0 {
			continue
		}
		for _, k := range x.therapiesFrom(s, slots, at) {
			if slots[k].ent == sl.ent || slots[k].ent.entry.hasTag("cell") || slots[k].ent.entry.hasTag("cell-product") {
				continue
			}
			cands = append(cands, candidate{pred: string(kg.ActsVia), subj: slots[k], obj: sl, bare: true})
		}
	}
	return cands
}

// membersAt returns where the members of a class ending at token end
// begin: the next token when the text opens parentheses or a colon there
// ("(NSAIDs)") or, within a few words, after a word introducing members
// ("…, yaitu pirfenidon"); -1 when none is named so.
func (x *Extractor) membersAt(s *sentence, after []slot, end int) int {
	if end >= len(s.toks) {
		return -1
	}
	if strings.Contains(s.gaps[end], "(") || strings.Contains(s.gaps[end], ":") {
		return end
	}
	if h, ok := x.idx.memberLinks.any(s.toks, end, min(end+6, len(s.toks))); ok && !overlapsAny(after, end, h.from) {
		return h.to
	}
	return -1
}

// contrastDenials reads an object denied after a contrast that closes a
// list of the same relation ("They carry growth factors, peptides and
// microRNAs, but no living cells", "berisi faktor pertumbuhan, tetapi tanpa
// sel hidup"): the subject of the list is denied that object. The other
// way round, what follows "melainkan" or "but rather" after an object
// ("tidak mengandung sel hidup, melainkan faktor pertumbuhan") is the
// subject's too.
func (x *Extractor) contrastDenials(s *sentence, cands []candidate, slots []slot) []candidate {
	out := slices.Clone(cands)
	for _, c := range cands {
		if c.obj.from == c.obj.to {
			continue
		}
		// "tidak mengandung sel hidup, melainkan faktor pertumbuhan dan
		// eksosom", "contain no living cells, only the growth factors …":
		// what follows "melainkan", or "only" after a comma, is what the
		// subject has.
		in, ok := x.idx.insteads.hitAt(s.toks, c.obj.to, 4)
		if _, denied := x.idx.negation.any(s.toks, max(0, c.obj.from-3), c.obj.to); !ok && (denied || c.privative) {
			in, ok = x.onlyAfter(s, c.obj.to, c.obj.to+4)
			// "…, hanya saja …" is "however": it names nothing held.
			ok = ok && !(in.to < len(s.toks) && s.toks[in.to].norm == "saja")
		}
		if ok {
			for _, o := range x.objectsOf(c.pred, slots, func(sl slot) bool { return sl.from >= in.to && sl.from-in.to <= 12 }) {
				out = append(out, candidate{pred: c.pred, subj: c.subj, obj: o, cue: c.cue})
			}
		}
		if c.denied {
			continue
		}
		b, ok := x.idx.clauseBreaks.hitAt(s.toks, c.obj.to, 4)
		if !ok {
			continue
		}
		n, ok := x.idx.negation.hitAt(s.toks, b.to, 4)
		if !ok {
			continue
		}
		for _, o := range x.objectsOf(c.pred, slots, func(sl slot) bool { return sl.from == n.to }) {
			out = append(out, candidate{pred: c.pred, subj: c.subj, obj: o, cue: n, denied: true})
		}
	}
	return out
}

// objectsOf returns the named slots, not privative, that predicate pred
// admits as its object and keep accepts.
func (x *Extractor) objectsOf(pred string, slots []slot, keep func(slot) bool) []slot {
	var out []slot
	p := x.predicate(pred)
	for _, sl := range slots {
		if sl.from < sl.to && !sl.privative && p.object.admits(sl.ent.entry) && keep(sl) {
			out = append(out, sl)
		}
	}
	return out
}

// containerSubject gives back to the subject of a CONTAINS the clause of
// consequence that follows its object ("Tidak mengandung antibiotik, jadi
// tidak memicu resistensi antibiotik"): what a product holds, or lacks, is
// not the subject of what the sentence goes on to say about the product.
// So is how the content works when the product is named before it
// ("Sekretom … mengandung faktor pertumbuhan, sitokin dan vesikel
// ekstraseluler yang dapat menekan inflamasi": the secretome works so);
// named first, the content is what the sentence is about ("eksosom,
// komponen utama dalam secretome, berperan dalam komunikasi antar sel").
// It rewrites cands in place and returns it.
func (x *Extractor) containerSubject(s *sentence, cands []candidate) []candidate {
	for i, c := range cands {
		if c.pred == string(kg.Contains) || c.subj.from == c.subj.to || c.obj.from < c.subj.to {
			continue
		}
		for _, k := range cands {
			// The object must follow its verb: in "eksosom yaitu komponen
			// utama dalam secretome, mengandung …" the exosome is the
			// subject of what follows.
			acting := c.pred == string(kg.ActsVia) && k.subj.from < k.subj.to && k.subj.to <= c.subj.from
			if k.pred == string(kg.Contains) && k.obj.from == c.subj.from && k.obj.ent == c.subj.ent && k.cue.from < k.cue.to && k.cue.to <= k.obj.from &&
				(acting || x.consequenceBetween(s, c.subj.to, c.obj.from)) && k.subj.ent.entry.Category == kg.CategoryTherapy {
				cands[i].subj = k.subj
				break
			}
		}
	}
	return cands
}

// consequenceBetween reports whether a clause of consequence opens
// between tokens from and to: a comma, then a word of Cues.Consequences
// ("…, jadi …", "…, so …").
func (x *Extractor) consequenceBetween(s *sentence, from, to int) bool {
	for k := from; k < to && k < len(s.gaps); k++ {
		if strings.Contains(s.gaps[k], ",") && x.idx.consequences.startsAt(s.toks, k, 3) {
			return true
		}
	}
	return false
}

// workElaborated reads how a therapy works spelled out after a colon:
// "Eksosom tampaknya bekerja ganda: meredam peradangan dan melindungi sel
// saraf", "Secretome works in two ways: it calms inflammation and …". Each
// mechanism after the colon is how the therapy named before the verb works.
func (x *Extractor) workElaborated(s *sentence, p predicateIndex, slots []slot) []candidate {
	var out []candidate
	for _, h := range x.idx.workVerbs.find(s.toks, 0, len(s.toks)) {
		colon := firstColon(s, h.to, h.to+6)
		if colon < 0 || commaBetween(s, h.to+1, colon-1) {
			continue
		}
		var subj *slot
		for i := range slots {
			if sl := slots[i]; sl.from < sl.to && sl.to <= h.from && h.from-sl.to <= 3 && p.subject.admits(sl.ent.entry) {
				subj = &slots[i]
			}
		}
		if subj == nil {
			continue
		}
		for _, o := range slots {
			// "melindungi sel saraf dari kematian sel": what the therapy
			// protects from is no way it works.
			if o.from >= colon && o.from < o.to && p.object.admits(o.ent.entry) && !x.idx.protectsFrom.endsAt(s.toks, o.from, 1) {
				out = append(out, candidate{pred: p.name, subj: *subj, obj: o, cue: h})
			}
		}
	}
	return out
}

// contrastedDenial reads "Unlike embryonic stem cells, which can form
// tumours, UC-MSCs do not" and "Berbeda dengan sel punca embrionik yang
// dapat membentuk tumor, MSC tidak": what the clause of the therapy set
// aside says is its own, and the therapy of the main clause, which only
// denies, is denied it; with no denial, what a relative clause right after
// the therapy set aside says is that therapy's, not the main clause's.
func (x *Extractor) contrastedDenial(s *sentence, cands []candidate, slots []slot) []candidate {
	h, ok := x.idx.contrasts.any(s.toks, 0, min(3, len(s.toks)))
	if !ok || h.from > 1 {
		return cands
	}
	var a, b *slot
	for i := range slots {
		sl := &slots[i]
		if sl.from == sl.to || sl.ent.entry.Category != kg.CategoryTherapy {
			continue
		}
		switch {
		case a == nil && sl.from >= h.to && sl.from-h.to <= 2:
			a = sl
		case a != nil && commaBetween(s, a.to, sl.from):
			b = sl
		}
		if b != nil {
			break
		}
	}
	if a == nil || b == nil || b.ent == a.ent {
		return cands
	}
	n, denial := x.idx.negation.any(s.toks, b.to, min(b.to+3, len(s.toks)))
	if denial && slices.ContainsFunc(slots, func(o slot) bool { return o.from >= n.to && o.from < o.to }) {
		return cands
	}
	// With no denial, only a relative clause right after the therapy set
	// aside is its own ("Unlike TNF inhibitors, which … raise the risk of
	// serious infections, …"); "Unlike steroid injections, for knee
	// osteoarthritis PRP …" leaves the main clause its objects.
	if !denial && !x.relativeAfter(s, *a) {
		return cands
	}
	var out []candidate
	for _, c := range cands {
		if c.obj.from < a.to || c.obj.to > b.from || c.obj.from == c.obj.to || c.subj.ent != a.ent && c.subj.ent != b.ent {
			out = append(out, c)
			continue
		}
		// "Unlike TNF inhibitors, which … raise the risk of serious
		// infections, the exosomes acted mainly in the joints": with no
		// denial after it, the clause set aside is only its own.
		own, denied := c, c
		own.subj, denied.subj = *a, *b
		if !denial {
			out = append(out, own)
			continue
		}
		denied.cue, denied.denied = n, true
		out = append(out, own, denied)
	}
	return out
}

// relativeAfter reports whether a relative clause opens after the comma
// that closes the phrase of slot a ("Unlike steroid injections, which …"),
// within three words of it.
func (x *Extractor) relativeAfter(s *sentence, a slot) bool {
	for k := a.to; k < len(s.toks) && k <= a.to+3; k++ {
		if strings.Contains(s.gaps[k], ",") {
			return x.idx.relPronouns.startsAt(s.toks, k, 1)
		}
	}
	return false
}

// commaBetween reports whether a comma stands in the gaps of tokens from
// to to.
func commaBetween(s *sentence, from, to int) bool {
	return marksBetween(s, from, to, ",")
}

// marksBetween reports whether any of the punctuation marks stands in the
// gaps of tokens from to to.
func marksBetween(s *sentence, from, to int, marks string) bool {
	for k := max(from, 0); k <= to && k < len(s.gaps); k++ {
		if strings.ContainsAny(s.gaps[k], marks) {
			return true
		}
	}
	return false
}

// havingPatients reports whether the words from from to to name patients
// and say they have what follows ("Dogs and Cats with", "Pasien dengan"),
// in at most four words.
func (x *Extractor) havingPatients(s *sentence, from, to int) bool {
	h, ok := x.idx.havingWords.hitEndingAt(s.toks, to, 2)
	return ok && to-from <= 4 && h.from > from && x.idx.patientNouns.endsAt(s.toks, h.from, 1)
}

// headingTreats reads a heading that opens with therapies for conditions
// ("PRP and Exosome Therapy for Plantar Fasciitis", "Terapi Sekretom untuk
// Luka Bakar Mulai Diuji"), perhaps after the route they are given by
// ("Injeksi Exosome untuk Keloid", the route the first therapy's) or a word
// of care: each therapy before the linking word
// (Cues.HeadingLinks) treats each condition right after it, and works by
// each effect joined with them ("… untuk Peremajaan Area Intim &
// Inkontinensia Urin"). A heading that
// does not open with the therapies ("Why Doctors Don't Recommend PRP for
// …", "Mitos atau Fakta: Sel Punca untuk Autisme"), negates, joins the
// therapies by anything but coordination, or names a therapy after the
// conditions that says which is meant ("Terapi Regeneratif pada Asma
// dengan Secretome") claims nothing. A heading of the care of conditions
// with therapies is headingCareWith's to read.
func (x *Extractor) headingTreats(s *sentence, ms []mention) []candidate {
	// "… Tanpa Operasi" names what the therapy spares, and negates
	// nothing (a therapy spared is set aside below).
	for _, h := range x.idx.negation.find(s.toks, 0, len(s.toks)) {
		if _, spares := x.idx.withouts.hitAt(s.toks, h.from, 1); !spares {
			return nil
		}
	}
	if _, doubted := x.idx.headingDoubts.any(s.toks, 0, len(s.toks)); doubted {
		return nil
	}
	slots := slotsOf(ms)
	if cs := x.headingCareWith(s, slots); cs != nil {
		return cs
	}
	var ther []slot
	k := 0
	// The route the therapies are given by or a word of care may open the
	// heading ("Injeksi Exosome untuk Keloid", "Perawatan Exosome untuk
	// Bopeng"); a route so named is the first therapy's.
	lead := 0
	var route *slot
	if len(slots) > 1 && slots[0].from == 0 && slots[0].ent.entry.Category == kg.CategoryRoute && slots[1].from == slots[0].to {
		lead, k, route = slots[0].to, 1, &slots[0]
	} else if h, ok := x.idx.headingCare.hitAt(s.toks, 0, 1); ok {
		lead = h.to
	}
	for ; k < len(slots) && slots[k].ent.entry.Category == kg.CategoryTherapy; k++ {
		if len(ther) == 0 && slots[k].from > lead {
			return nil
		}
		if len(ther) > 0 && !x.coordinated(s, ther[len(ther)-1], slots[k]) {
			return nil
		}
		ther = append(ther, slots[k])
	}
	// What the therapies are for are conditions they treat and, joined
	// with them, effects they work by ("… untuk Peremajaan Area Intim &
	// Inkontinensia Urin").
	aim := func(sl slot) bool {
		c := sl.ent.entry.Category
		return c == kg.CategoryCondition || c == kg.CategoryMechanism
	}
	if len(ther) == 0 {
		return nil
	}
	// How the therapies are given may come between them and the link
	// ("Stem Cell and PRP Joint Injections for Hip Arthritis").
	end := ther[len(ther)-1].to
	for ; k < len(slots) && slots[k].ent.entry.Category == kg.CategoryRoute && slots[k].from == end; k++ {
		end = slots[k].to
	}
	if k == len(slots) || !aim(slots[k]) {
		return nil
	}
	// So may the word for what they are ("Stem Cell and PRP Therapy for
	// Hip Dysplasia").
	if h, ok := x.idx.careNouns.hitAt(s.toks, end, 1); ok {
		end = h.to
	}
	link, ok := x.idx.headingLinks.hitAt(s.toks, end, 1)
	// The patients who have the condition may come between the link and
	// it ("… for Dogs and Cats with Hip Dysplasia", "untuk Pasien dengan
	// Stroke"); anyone else with it has it besides ("PRP Therapy for
	// Athletes with Diabetes").
	if !ok || link.to != slots[k].from && !x.havingPatients(s, link.to, slots[k].from) {
		return nil
	}
	conds := []slot{slots[k]}
	j := k + 1
	for ; j < len(slots) && aim(slots[j]) && x.coordinated(s, conds[len(conds)-1], slots[j]); j++ {
		conds = append(conds, slots[j])
	}
	if !slices.ContainsFunc(conds, func(sl slot) bool { return sl.ent.entry.Category == kg.CategoryCondition }) {
		return nil
	}
	// "… Tanpa Operasi" names what it spares.
	if slices.ContainsFunc(slots[j:], func(sl slot) bool {
		return sl.ent.entry.Category == kg.CategoryTherapy && !x.idx.withouts.endsAt(s.toks, sl.from, 1)
	}) {
		return nil
	}
	var out []candidate
	if route != nil && x.predicate(string(kg.AdministeredVia)).subject.admits(ther[0].ent.entry) {
		out = append(out, candidate{pred: string(kg.AdministeredVia), subj: ther[0], obj: *route, cue: link})
	}
	for _, t := range ther {
		for _, c := range conds {
			pred := kg.Treats
			if c.ent.entry.Category == kg.CategoryMechanism {
				pred = kg.ActsVia
			}
			out = append(out, candidate{pred: string(pred), subj: t, obj: c, cue: link})
		}
	}
	return out
}

// headingCareWith reads a heading that opens with the care of conditions
// and names the therapies it is given with ("Perawatan Peri-implantitis
// dengan i-PRF dan Sekretom", "Treatment of Knee Osteoarthritis with PRP",
// "Atasi Mata Panda dengan Secretome"): each therapy treats each
// condition. It returns nil for a heading of any other shape.
func (x *Extractor) headingCareWith(s *sentence, slots []slot) []candidate {
	h, ok := x.idx.headingCare.hitAt(s.toks, 0, 1)
	if !ok || len(slots) < 2 {
		return nil
	}
	at := h.to
	if at < len(s.toks) && s.toks[at].norm == "of" {
		at++
	}
	if slots[0].from != at || slots[0].ent.entry.Category != kg.CategoryCondition {
		return nil
	}
	conds, k := x.coordinatedRun(s, slots, 0, kg.CategoryCondition)
	means, ok := x.idx.meansWords.hitAt(s.toks, conds[len(conds)-1].to, 1)
	if !ok || k == len(slots) || slots[k].from != means.to || slots[k].ent.entry.Category != kg.CategoryTherapy {
		return nil
	}
	ther, _ := x.coordinatedRun(s, slots, k, kg.CategoryTherapy)
	var out []candidate
	for _, t := range ther {
		for _, c := range conds {
			out = append(out, candidate{pred: string(kg.Treats), subj: t, obj: c, cue: means})
		}
	}
	return out
}

// coordinatedRun returns the slots from k on that are of category c and
// joined to the one before by coordination, and the index after them; the
// run holds at least slots[k].
func (x *Extractor) coordinatedRun(s *sentence, slots []slot, k int, c kg.Category) ([]slot, int) {
	j := k + 1
	for ; j < len(slots) && slots[j].ent.entry.Category == c && x.coordinated(s, slots[j-1], slots[j]); j++ {
	}
	return slots[k:j], j
}

// easedItem adds, to the candidates of an item of a therapy's list (slots[0]
// the therapy the list is about, named by no word of the item), the
// conditions the item says eased: "Nyeri sendi berkurang, naik tangga jadi
// lebih nyaman", "kerutan halus dan flek memudar" under "Manfaat terapi sel
// punca plasenta:" say what the therapy treats, and so does an item opening
// with less of a condition ("Fewer acne breakouts"). A condition eases when a
// word of easing (Cues.Easings) follows it closely (followedBy), with only
// other conditions between. In a list of benefits (benefit), an item opening
// with a condition names what the therapy treats ("Smoother, younger-looking
// skin"). An item that says until or if ("Hindari naik tangga sampai nyeri
// sendi berkurang"), denies, or tells of a harm or a worsening (noEasing) is
// an instruction or a warning, not a benefit.
func (x *Extractor) easedItem(s *sentence, cands []candidate, slots []slot, clause []int, benefit bool) []candidate {
	if len(slots) < 2 || slots[0].from != slots[0].to {
		return cands
	}
	t := slots[0]
	if x.noEasing(s) {
		return cands
	}
	// "Smoother, younger-looking skin" under "Benefits …:": an item of a
	// list of benefits that opens with a condition names what the therapy
	// treats.
	if first := slots[1]; benefit && first.from < first.to && first.from <= 2 && first.ent.entry.Category == kg.CategoryCondition && !treatsIn(cands, t.ent, first.ent) {
		cands = append(cands, candidate{pred: string(kg.Treats), subj: t, obj: first})
	}
	// "Fewer acne breakouts", "More energy and less fatigue": less of a
	// condition (Cues.EasedOpeners, right before it) says it eased, and so
	// of the conditions joined to it ("Fewer colds and bouts of flu").
	var prev *slot
	var opener hit
	for i := 1; i < len(slots); i++ {
		sl := slots[i]
		if sl.ent.entry.Category != kg.CategoryCondition {
			prev = nil
			continue
		}
		if h, ok := x.idx.easedOpeners.hitEndingAt(s.toks, sl.from, 2); ok && h.to == sl.from {
			opener = h
		} else if prev == nil || !x.conjoined(s, *prev, sl) {
			prev = nil
			continue
		}
		if !treatsIn(cands, t.ent, sl.ent) {
			cands = append(cands, candidate{pred: string(kg.Treats), subj: t, obj: sl, cue: opener})
		}
		prev = &slots[i]
	}
	eases := x.idx.easings.findFree(s.toks, 0, len(s.toks), free(slots))
	for i := 1; i < len(slots); i++ {
		sl := slots[i]
		if sl.ent.entry.Category != kg.CategoryCondition || treatsIn(cands, t.ent, sl.ent) {
			continue
		}
		h, ok := x.followedBy(s, clause, sl, eases, maxEasedGap)
		if !ok {
			continue
		}
		between := slices.ContainsFunc(slots[i+1:], func(o slot) bool {
			return o.from < h.from && o.ent.entry.Category != kg.CategoryCondition
		})
		if !between {
			cands = append(cands, candidate{pred: string(kg.Treats), subj: t, obj: sl, cue: h})
		}
	}
	return cands
}

// noEasing reports whether an item of a therapy's list says nothing eased:
// it denies (a negation), says until or if (Cues.Untils,
// Cues.Conditionals), or tells of a harm or a rise (Cues.HarmVerbs,
// Cues.Raisers, Cues.Occurrences: "Acne can temporarily worsen", "Jerawat
// bisa muncul sementara").
func (x *Extractor) noEasing(s *sentence) bool {
	for _, ps := range []phrases{x.idx.negation, x.idx.untils, x.idx.conditionals, x.idx.harmVerbs, x.idx.raisers, x.idx.occurrences, x.idx.worsenings} {
		if _, ok := ps.any(s.toks, 0, len(s.toks)); ok {
			return true
		}
	}
	return false
}

// followedBy returns the first of hits that follows sl within gap words in
// its clause, with no comma between and no negation right before it
// ("Nyeri sendi berkurang", not "nyeri sendi tidak berkurang"); it reports
// false when none does.
func (x *Extractor) followedBy(s *sentence, clause []int, sl slot, hits []hit, gap int) (hit, bool) {
	for _, h := range hits {
		if h.from < sl.to || h.from-sl.to > gap || clause[h.from] != clause[sl.from] ||
			commaBetween(s, sl.to, h.from) || x.idx.negation.endsAt(s.toks, h.from, 2) {
			continue
		}
		return h, true
	}
	return hit{}, false
}

// maxEasedGap is how many words may come between a condition and the word
// saying it eased ("kerutan halus dan flek memudar").
const maxEasedGap = 4

// settingBetween reports whether the words from token from to token to are
// exactly a word naming a setting or a cause ("in", "akibat"), unbroken by
// punctuation.
func (x *Extractor) settingBetween(s *sentence, from, to int) bool {
	if marksBetween(s, from, to, ","+clauseMarks) {
		return false
	}
	for _, ps := range []phrases{x.idx.conditionSettings, x.idx.causedBy} {
		if h, ok := ps.hitAt(s.toks, from, to-from); ok && h.to == to {
			return true
		}
	}
	return false
}

// dropBetteredHarms drops the harms a sentence says got better or ended
// rather than arose: "Nyeri dan bengkak pasca operasi cenderung lebih
// ringan", "kakinya tidak lagi bengkak" report relief, which is no risk of
// the therapy, affirmed or denied. The harm is followed closely by a word
// of bettering (Cues.Betterings, a comparison: "lebih ringan", "less
// severe"), or comes right after a word of relief (Cues.Reliefs). A harm
// that merely went away ("memar yang biasanya memudar dalam seminggu",
// Cues.Easings) was still a harm.
func (x *Extractor) dropBetteredHarms(s *sentence, cs []candidate, clause []int) []candidate {
	betters := x.idx.betterings.find(s.toks, 0, len(s.toks))
	return slices.DeleteFunc(cs, func(c candidate) bool {
		if c.pred != string(kg.HasRisk) || c.obj.from == c.obj.to {
			return false
		}
		if _, ok := x.followedBy(s, clause, c.obj, betters, maxBetteredGap); ok {
			return true
		}
		return x.idx.reliefs.endsAt(s.toks, c.obj.from, 3)
	})
}

// maxBetteredGap is how many words may come between a harm and the word
// saying it got better ("nyeri dan bengkak pasca operasi cenderung lebih
// ringan").
const maxBetteredGap = 6
