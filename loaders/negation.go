package loaders

// The negation and certainty of a claim: the clause a candidate is judged
// in, the words that deny it, and the cue that says how sure the text is.

import (
	"slices"
	"strings"

	"github.com/regenkg/regenkg/internal/kg"
)

// claimWindow returns the tokens [start, end) of the clause candidate c is
// judged in; lo and hi are the first token of c and the token after it.
func (x *Extractor) claimWindow(s *sentence, c candidate, clause []int, lo, hi int) (int, int) {
	cl := clause[c.obj.from]
	// The window is the object's clause: a dropped or carried subject lies
	// outside it, and "Tidak ditemukan …; dua pasien mengeluhkan …" must not
	// lend the first clause's negation to the second.
	cStart, cEnd := c.obj.from, c.obj.to
	if clause[min(c.subj.from, len(clause)-1)] == cl && c.subj.from != c.subj.to {
		cStart, cEnd = lo, hi
	}
	cStart = clauseStart(clause, cStart)
	for cEnd < len(s.toks) && clause[cEnd] == cl {
		cEnd++
	}
	// "… and may therefore help lesions re-epithelialise": a modal right
	// before the connective that opens the clause is the clause's own.
	if cStart > 0 && clause[cStart-1] == cl-1 {
		cStart = x.modalStart(s, cStart)
	}
	return cStart, cEnd
}

// modalStart returns where a hedge or a word of speculation of at most
// two words ending right before token at starts ("may", "could well"), or
// at when none ends there.
func (x *Extractor) modalStart(s *sentence, at int) int {
	for _, ps := range []phrases{x.idx.hedged, x.idx.speculative} {
		if m, ok := ps.hitEndingAt(s.toks, at, 2); ok {
			at = m.from
		}
	}
	return at
}

// negation reports whether the claim of candidate c is denied, with the
// words that deny it; it returns false and no words when nothing does.
// cStart is where c's clause starts and hi the token after c.
func (x *Extractor) negation(a *analysis, s *sentence, c candidate, cStart, hi int) (bool, []string) {
	var cues []string
	negated := false
	if c.privative {
		negated = true
		cues = append(cues, a.text[s.toks[c.obj.from].start:s.toks[c.obj.to-1].end])
	}
	if c.denied {
		negated = true
		cues = append(cues, c.cue.text)
	}
	if !negated {
		cues = x.denial(s, c, cStart, hi)
		negated = len(cues) > 0
	}
	// A route is denied only by a negation right before it ("bukan untuk
	// disuntikkan", "bukan ke dalam rongga sendi"); one elsewhere denies a
	// harm or a recommendation, not the way the therapy is given, which
	// stands.
	if negated && c.pred == string(kg.AdministeredVia) && !x.negatedRight(s, c.obj) {
		negated, cues = false, nil
	}
	return negated, cues
}

// denial returns the negating words that deny the claim of candidate c,
// from the first of the ways a sentence denies that applies; nil when none
// does.
func (x *Extractor) denial(s *sentence, c candidate, cStart, hi int) []string {
	if h, ok := x.deniedReason(s, c); ok {
		return []string{h.text}
	}
	if h, ok := x.setAsideWay(s, c); ok {
		return []string{h.text}
	}
	if h, ok := x.disowned(s, c); ok {
		return []string{h.text}
	}
	undeniable := x.undeniable(c.pred)
	if cues := x.deniedImprovement(s, c); len(cues) > 0 {
		return cues
	}
	if h, ok := x.deniedBenefit(s, c, cStart); ok {
		return []string{h.text}
	}
	if undeniable {
		return nil
	}
	if h, ok := x.deniedFinding(s, c, cStart); ok {
		return []string{h.text}
	}
	if h, ok := x.governingNegation(s, c, cStart, hi); ok {
		return []string{h.text}
	}
	return nil
}

// disowned returns the cue that judges the harm of a HAS_RISK candidate c
// unrelated to the therapy right after it (Cues.Unrelated), in its own
// clause or a relative clause ("one had a urinary tract infection that
// investigators judged unrelated to treatment"), and whether there is one.
// The judgement must be of the treatment: "unrelated to the cell dose"
// says only how much of it was given. A comma that opens no relative
// clause, a semicolon or a coordinating word leaves the judgement to a
// later harm ("two patients had a fever and one had an infection judged
// unrelated").
func (x *Extractor) disowned(s *sentence, c candidate) (hit, bool) {
	if c.pred != string(kg.HasRisk) || c.obj.from == c.obj.to {
		return hit{}, false
	}
	h, ok := x.idx.unrelated.any(s.toks, c.obj.to, min(len(s.toks), c.obj.to+10))
	if !ok {
		return hit{}, false
	}
	for k := c.obj.to; k <= h.from && k < len(s.toks); k++ {
		comma := strings.Contains(s.gaps[k], ",") && !x.idx.relPronouns.startsAt(s.toks, k, 1)
		if strings.Contains(s.gaps[k], ";") || comma || k < h.from && x.idx.coordination.startsAt(s.toks, k, 1) {
			return hit{}, false
		}
	}
	// What it is unrelated to: a word of care or a form of the therapy
	// ("treatment", "the cell infusions"), or the therapy itself.
	end := min(len(s.toks), h.to+4)
	_, care := x.idx.careNouns.any(s.toks, h.to, end)
	_, form := x.idx.formNouns.any(s.toks, h.to, end)
	if !care && !form && !(c.subj.from >= h.to && c.subj.from < end) {
		return hit{}, false
	}
	return h, true
}

// deniedReason returns the negation that denies the reason c's subject
// opens, or false when there is none.
func (x *Extractor) deniedReason(s *sentence, c candidate) (hit, bool) {
	// "bukan karena sel punca berubah menjadi sel saraf", "not because the
	// cells turn into neurons": the denied reason is a whole clause.
	if c.subj.from < c.subj.to && c.subj.from < c.obj.from {
		for _, h := range x.idx.negation.find(s.toks, max(0, c.subj.from-3), c.subj.from) {
			if sub, ok := x.idx.subords.any(s.toks, h.to, min(h.to+1, c.subj.from)); ok && sub.from == h.to && sub.to <= c.subj.from {
				return h, true
			}
		}
	}
	return hit{}, false
}

// setAsideWay returns the words that set aside the way of working c
// names, or false when none do.
func (x *Extractor) setAsideWay(s *sentence, c candidate) (hit, bool) {
	// "… rather than by turning into new endometrial cells": a way of
	// working set aside is denied.
	if c.pred == string(kg.ActsVia) {
		if h, ok := x.idx.setAside.any(s.toks, max(0, c.obj.from-4), c.obj.from); ok && x.onlySmall(s, h.to, c.obj.from) {
			return h, true
		}
	}
	return hit{}, false
}

// undeniable reports whether relations of predicate pred stand whatever
// negation is near.
func (x *Extractor) undeniable(pred string) bool {
	return x.predicate(pred).undeniable
}

// predicate returns the index of predicate name; one that admits nothing
// when the cues define no such predicate, so that a caller reads no
// relation rather than failing.
func (x *Extractor) predicate(name string) *predicateIndex {
	for i := range x.idx.predicates {
		if x.idx.predicates[i].name == name {
			return &x.idx.predicates[i]
		}
	}
	return &predicateIndex{name: name}
}

// deniedImprovement returns the negations of an improvement named between
// the therapy and the condition of a TREATS candidate c, or nil when no
// improvement there is denied.
func (x *Extractor) deniedImprovement(s *sentence, c candidate) []string {
	var cues []string
	// "adding UC-MSCs did not significantly increase complete renal response
	// in refractory LN": a denied improvement between the therapy and the
	// condition denies that it treats.
	if c.pred == string(kg.Treats) && c.subj.to <= c.obj.from && c.subj.from < c.subj.to {
		for _, v := range x.idx.improvements.find(s.toks, c.subj.to, c.obj.from) {
			for _, h := range x.idx.negation.find(s.toks, max(c.subj.to, v.from-3), v.from) {
				if !x.exempt(s, h) && v.from-h.to <= 1 {
					cues = append(cues, h.text)
				}
			}
		}
	}
	return cues
}

// deniedBenefit returns the negation of a benefit named before the therapy
// of a TREATS candidate c, or false when there is none.
func (x *Extractor) deniedBenefit(s *sentence, c candidate, cStart int) (hit, bool) {
	// "tidak menemukan manfaat tambahan PRP", "found no benefit of MSCs": a
	// denied benefit before the therapy denies that it treats.
	if c.pred == string(kg.Treats) && c.subj.from < c.subj.to {
		for _, h := range x.idx.negation.find(s.toks, cStart, c.subj.from) {
			if x.exempt(s, h) {
				continue
			}
			if b, ok := x.idx.benefitNouns.any(s.toks, h.to, min(h.to+3, c.subj.from)); ok && c.subj.from-b.to <= 4 {
				return h, true
			}
		}
	}
	return hit{}, false
}

// deniedFinding returns the negation of a finding that names the claim of
// c after it, or that follows the harms it denies (deniedAfter); false
// when there is none.
func (x *Extractor) deniedFinding(s *sentence, c candidate, cStart int) (hit, bool) {
	// "We never saw the particles trigger an immune reaction": a denied
	// finding covers what it names after it, when no comma comes between
	// the verb and the first of subject and object ("Tidak ditemukan
	// infeksi …, tiga pasien PRP mengeluhkan …" denies no complaint).
	first := c.obj.from
	if c.subj.from < c.subj.to {
		first = min(first, c.subj.from)
	}
	for _, h := range x.idx.negation.find(s.toks, cStart, first) {
		if !commaBetween(s, h.to+1, first) && (x.idx.witnesses.startsAt(s.toks, h.to, 1) || x.idx.signWords.startsAt(s.toks, h.to, 1)) {
			return h, true
		}
	}
	if h, ok := x.deniedAfter(s, c, cStart); ok {
		return h, true
	}
	return hit{}, false
}

// deniedAfter returns the negation of a finding or an occurrence that
// follows the harms opening c's clause, or false when there is none:
// "Pembentukan tumor tidak ditemukan", "Infections and fever were not
// seen", "Tumour formation has not been reported", "… did not occur".
// A comma, a word of finding or occurring, or one of Cues.DeniedBreaks
// between the harms and the negation ("Demam muncul pada dua pasien,
// tetapi infeksi tidak ditemukan", "Fever was reported in patients who
// did not develop …") makes the negation another clause's; so does a
// hedge before it ("mungkin tidak terjadi") or a word of time after the
// verb ("tidak terlihat lagi setelah tiga hari": it passed).
func (x *Extractor) deniedAfter(s *sentence, c candidate, cStart int) (hit, bool) {
	if c.pred != string(kg.HasRisk) || c.subj.from < c.subj.to && c.subj.from < c.obj.from || !x.opensWithHarms(s, cStart, c.obj.from) {
		return hit{}, false
	}
	const reach = 6 // the rest of the list of harms and an auxiliary
	for k := c.obj.to; k < len(s.toks) && k <= c.obj.to+reach; k++ {
		if (k > c.obj.to && strings.ContainsAny(s.gaps[k], ",;:")) || x.breaksDenial(s, k) {
			return hit{}, false
		}
		h, ok := x.idx.negation.hitAt(s.toks, k, 3)
		if !ok {
			continue
		}
		if _, hedge := x.idx.hedged.any(s.toks, max(0, h.from-1), h.from); hedge {
			return hit{}, false
		}
		v := h.to
		if x.idx.negatedAux.startsAt(s.toks, v, 1) {
			v++ // "has not been reported", "belum pernah dilaporkan"
		}
		verb, ok := x.idx.witnesses.hitAt(s.toks, v, 2)
		if !ok {
			verb, ok = x.idx.occurrences.hitAt(s.toks, v, 2)
		}
		if !ok || x.passed(s, verb.to) {
			return hit{}, false
		}
		return h, true
	}
	return hit{}, false
}

// passed reports whether the words at token at say a harm was no longer
// seen ("tidak terlihat lagi", "not seen after day 3"): a word of time
// after the verb (Cues.AfterTimes). "After" (Cues.TimeLinks) names a time
// only when a unit of time follows it ("after three days"); "not reported
// after the procedure" or "after 1,200 injections" still denies.
func (x *Extractor) passed(s *sentence, at int) bool {
	h, ok := x.idx.afterTimes.hitAt(s.toks, at, 2)
	if !ok {
		return false
	}
	if !x.idx.timeLinks.startsAt(s.toks, h.from, 1) {
		return true
	}
	for k := h.to; k < min(h.to+3, len(s.toks)); k++ {
		if x.idx.measures.times[s.toks[k].norm] {
			return true
		}
	}
	return false
}

// opensWithHarms reports whether the harm at token at opens the clause
// that starts at cStart, after at most one word ("Risiko infeksi …") or as
// a later item of a list of harms that does ("Infections and fever …"):
// only words of a list and no break (breaksDenial) stand before it.
func (x *Extractor) opensWithHarms(s *sentence, cStart, at int) bool {
	if at <= cStart+1 {
		return true
	}
	if at-cStart > 6 {
		return false
	}
	listed := false
	for k := cStart; k < at; k++ {
		if x.breaksDenial(s, k) {
			return false
		}
		listed = listed || x.idx.coordination.startsAt(s.toks, k, 1)
	}
	return listed
}

// breaksDenial reports whether the word at token k belongs to a clause of
// its own between harms and a negation after them: one of
// Cues.DeniedBreaks ("tetapi", "who") or a word of finding or occurring
// ("muncul", "reported"), which says the harm before it came.
func (x *Extractor) breaksDenial(s *sentence, k int) bool {
	return x.idx.deniedBreaks.startsAt(s.toks, k, 1) || x.idx.witnesses.startsAt(s.toks, k, 1) || x.idx.occurrences.startsAt(s.toks, k, 1)
}

// governingNegation returns the first negation in c's clause, up to hi,
// that governs its trigger or its object, or false when none does.
func (x *Extractor) governingNegation(s *sentence, c candidate, cStart, hi int) (hit, bool) {
	// A negation before the subject is about something else ("Tanpa X, Y
	// …"), unless the subject comes last ("No tumours attributable to the
	// cells were seen") or names the patients the negation counts ("no
	// EV-treated patient developed granuloma").
	negFrom := max(cStart, c.subj.to)
	if c.subj.from > c.obj.from || x.noPatient(s, c.subj) {
		negFrom = cStart
	}
	hits := x.idx.negation.find(s.toks, negFrom, hi)
	// "there is no way that it could form a tumour": a negation ending
	// in a link right before the subject denies what the subject does.
	if h, ok := x.idx.negation.hitEndingAt(s.toks, c.subj.from, 4); ok && c.subj.from < c.subj.to && x.idx.negationLinks.endsAt(s.toks, h.to, 1) {
		hits = append([]hit{h}, hits...)
	}
	for _, h := range hits {
		if !x.negationApart(s, c, h) && x.negationReaches(s, c, h, cStart) {
			return h, true
		}
	}
	return hit{}, false
}

// onlyAfter returns the first "only" / "hanya" in tokens [from, to) that
// opens a clause of its own after a comma ("…, only the exosomes they
// release"); inside a clause it narrows what is said ("mice given only
// exosomes"). It reports false when there is none.
func (x *Extractor) onlyAfter(s *sentence, from, to int) (hit, bool) {
	for _, o := range x.idx.onlys.find(s.toks, from, min(to, len(s.toks))) {
		if strings.Contains(s.gaps[o.from], ",") {
			return o, true
		}
	}
	return hit{}, false
}

// negationApart reports whether the negation h belongs to a word, a
// condition, a relative clause or a conjunct of its own, and so denies
// nothing of candidate c whatever its distance.
func (x *Extractor) negationApart(s *sentence, c candidate, h hit) bool {
	// "no-option CLTI", "no-touch technique": a negation joined to the
	// next word by a hyphen makes a compound modifier and denies nothing.
	if h.to < len(s.toks) && s.gaps[h.to] == "-" {
		return true
	}
	if x.exempt(s, h) {
		return true
	}
	// "tidak mengandung sel, melainkan faktor pertumbuhan": what comes
	// after "melainkan" holds.
	// "bukan penyakit yang perlu disembuhkan dengan infus, melainkan
	// dengan terapi wicara": so does a subject named after it.
	if _, ok := x.idx.insteads.any(s.toks, h.to, max(c.obj.from, c.subj.from)); ok {
		return true
	}
	// "We never infuse stem cells themselves, only the exosomes they
	// release": so does what follows "only" opening a clause of its own
	// ("hanya saja", "however", breaks the denial too).
	if _, ok := x.onlyAfter(s, h.to, max(c.obj.from, c.subj.from)); ok {
		return true
	}
	// "bila tidak mempan dokter menambahkan agen biologis", "if it
	// does not help": a negation right after a conditional word is the
	// condition's, not the claim's.
	if x.conditionBefore(s, h) && (c.subj.from < c.subj.to && h.to <= c.subj.from || c.subj.from == c.subj.to && h.to < c.obj.from) {
		return true
	}
	// "Produk yang tidak terstandar bisa terkontaminasi": a negation in a
	// relative clause ends where the main clause's hedge ("bisa",
	// "may") begins.
	if x.idx.relPronouns.endsAt(s.toks, h.from, 1) && h.to < c.obj.from {
		if _, ok := x.idx.hedged.any(s.toks, h.to+1, c.obj.from); ok {
			return true
		}
	}
	// "Sel punca bukan obat …, dan pada HNP …, operasi tetap pilihan
	// utama": a conjunct after ", dan" with its own subject is not
	// denied by a negation before it.
	if x.ownConjunct(s, h, c) {
		return true
	}
	return x.secondRisk(s, h, c.obj.from)
}

// negationReaches reports whether the negation h governs the trigger or
// the object of candidate c, or opens the clause that lists the object.
func (x *Extractor) negationReaches(s *sentence, c candidate, h hit, cStart int) bool {
	// "no way for it to engraft or form a tumour", "no way that it could
	// …": the pronoun and the "to" or modal after the negation say of
	// what; it governs the verb after them.
	if x.idx.negationLinks.endsAt(s.toks, h.to, 1) && h.to+1 < len(s.toks) && isPronoun(s.toks[h.to].raw) && x.idx.negationLinks.startsAt(s.toks, h.to+1, 1) {
		h.to += 2
	}
	// "not a disease that can be cured with stem cells", "bukan penyakit
	// yang bisa disembuhkan dengan …": the negation denies the relative
	// clause on the kind of thing it names, from its verb on.
	h.to = x.deniedKind(s, h.to)
	// A negation governs the word right after it: the trigger or the object.
	// "cannot multiply or form tumours", "cannot grow into tissue or
	// form tumours": it reaches past one verb phrase joined to the next.
	near := func(at int) bool {
		return at >= h.to && (at-h.to <= 2 || x.disjoinedVerb(s, h.to, at))
	}
	// "No wound infections or allergic reactions were observed": a
	// negation opening the clause denies what the clause lists.
	// The list must start soon after the negation: "No skin atrophy was
	// seen, unlike with topical steroids" denies no route.
	lf := c.obj.from
	if c.listFrom > 0 && c.listFrom < lf {
		lf = c.listFrom
	}
	// "there is no risk of an allergic reaction" opens with the negation
	// too (Cues.Existentials).
	opening := h.from <= cStart+1 || spans(x.idx.existentials, s, cStart, h.from)
	opens := opening && h.to <= c.obj.from && (lf-h.to <= 4 || x.harmHeaded(s, h.to, lf)) && (c.bare || c.cue.from >= h.to || c.cue.to <= h.from)
	listed := c.listFrom > 0 && c.listFrom < c.obj.from && near(c.listFrom)
	// "None of the exosome-treated mice developed tumours or signs of
	// liver damage": a negation that counts (Cues.NoneWords) opening the
	// clause reaches past whom it counts to what they suffered
	// (Cues.SufferVerbs) or showed (Cues.ShownVerbs).
	if c.pred == string(kg.HasRisk) && opening && h.to <= lf && x.idx.noneWords.startsAt(s.toks, h.from, 3) {
		v, ok := x.idx.sufferVerbs.any(s.toks, h.to, lf)
		if !ok {
			v, ok = x.idx.shownVerbs.any(s.toks, h.to, lf)
		}
		if ok && v.from-h.to <= maxCountedWords && lf-v.to <= 2 && !commaBetween(s, h.to, lf) && x.countsPeople(s, h.to, v.from) {
			return true
		}
	}
	// "MSC treatment did not increase acute cellular rejection", "did not
	// increase the rate of cytomegalovirus infection": a denied rise
	// reaches its object a few words on, with no comma and no joining
	// word between ("did not increase survival and caused fever" denies
	// no fever).
	if r, ok := x.idx.raisers.hitAt(s.toks, h.to, 1); ok && c.obj.from >= r.to && !commaBetween(s, r.to, c.obj.from) {
		j, joined := x.idx.coordination.any(s.toks, r.to, c.obj.from)
		if !joined && c.obj.from-r.to <= 4 {
			return true
		}
		// "did not increase cytomegalovirus reactivation (48.8% vs
		// 50.9%) or infections": a second rise joined by "or" right
		// before the object is denied too.
		if joined && j.to == c.obj.from && x.idx.disjunctions[s.toks[j.from].norm] && c.obj.from-r.to <= 12 {
			return true
		}
	}
	// "No thromboembolic events, donor-specific antibodies or
	// malignancies were observed": a negation opening the clause with a
	// harm denies every harm listed before the verb of finding that
	// closes it, though an item between ("donor-specific antibodies") is
	// no entity and breaks the list the entities make.
	if c.pred == string(kg.HasRisk) && opening && h.to <= c.obj.from && c.obj.from-h.to <= 12 && x.closedByFinding(s, h.to, c.obj.to) {
		return true
	}
	// "No benefit was reported, and three children developed fever": a
	// negation of the cue reaches the object only within its clause.
	cueNear := !c.bare && c.cue.to > c.cue.from && near(c.cue.from) && x.plainJoin(s, c.cue, c.obj)
	return near(c.obj.from) || listed || cueNear || opens
}

// plainJoin reports whether no new clause starts between the cue h and
// the slot o, whichever comes first: a semicolon, or a comma with a
// joining word after it (", and three children developed fever"). A list
// ("No fever, infection or rejection was observed") is no new clause.
func (x *Extractor) plainJoin(s *sentence, h hit, o slot) bool {
	from, to := h.to, o.from
	if o.to <= h.from {
		from, to = o.to, h.from
	}
	for k := from; k < to && k < len(s.toks); k++ {
		if strings.Contains(s.gaps[k], ";") || strings.Contains(s.gaps[k], ",") && x.idx.coordination.startsAt(s.toks, k, 1) {
			return false
		}
	}
	return true
}

// closedByFinding reports whether the words from token from to token to
// are a list of harms that a verb of finding or occurring closes right
// after to ("No thromboembolic events, … or malignancies were observed"),
// past at most two auxiliaries: it names no population first ("No patient
// withdrew …") and holds no break (breaksDenial: a word of finding of its
// own), copula ("No dose adjustment was needed and headache occurred …")
// or semicolon.
func (x *Extractor) closedByFinding(s *sentence, from, to int) bool {
	if x.idx.popNouns.startsAt(s.toks, from, 1) {
		return false
	}
	for k := from; k < to; k++ {
		if x.breaksDenial(s, k) || x.idx.copulas.startsAt(s.toks, k, 1) || k > from && strings.Contains(s.gaps[k], ";") {
			return false
		}
	}
	for k := to; k < min(to+3, len(s.toks)); k++ {
		if k > to && strings.ContainsAny(s.gaps[k], ",;:(") {
			return false
		}
		if x.idx.witnesses.startsAt(s.toks, k, 1) || x.idx.occurrences.startsAt(s.toks, k, 1) {
			return true
		}
	}
	return false
}

// deniedKind returns where the relative clause's verb starts when a kind
// of thing (Cues.DeniedKinds) and a relative pronoun stand at token at,
// past a hedge ("can", "bisa"); at itself when they do not.
func (x *Extractor) deniedKind(s *sentence, at int) int {
	k, ok := x.idx.deniedKinds.hitAt(s.toks, at, 4)
	if !ok || !x.idx.relPronouns.startsAt(s.toks, k.to, 1) {
		return at
	}
	end := k.to + 1
	if hd, ok := x.idx.hedged.hitAt(s.toks, end, 2); ok {
		end = hd.to
	}
	return end
}

// noPatient reports whether a negation right before the subject counts
// what the subject qualifies: the patients it names ("no EV-treated
// patient", "tidak ada pasien sekretom") or the harm it is hyphened to ("No
// PRP-related inflammation").
func (x *Extractor) noPatient(s *sentence, sb slot) bool {
	if sb.from == sb.to {
		return false
	}
	// Only a negation that counts ("no", "tidak ada"), not "without":
	// "Tanpa sekretom, pasien mengalami infeksi" denies nothing.
	var neg hit
	found := false
	for _, h := range x.idx.noneWords.find(s.toks, max(0, sb.from-3), sb.from) {
		if sb.from-h.to <= 1 {
			neg, found = h, true
		}
	}
	if !found {
		return false
	}
	// "No PRP-related intraocular inflammation was observed": the therapy
	// qualifies the harm the negation counts.
	if x.attributiveAfter(s, sb) {
		return true
	}
	for i := neg.to; i < min(sb.to+3, len(s.toks)); i++ {
		if i > neg.to && strings.ContainsAny(s.gaps[i], ",;:") {
			return false
		}
		if (i < sb.from || i >= sb.to) && x.idx.popNouns.startsAt(s.toks, i, 1) {
			return true
		}
	}
	return false
}

// ownConjunct reports whether the claim's subject stands in a clause that
// ", dan" / ", and" joins after the negation h: such a conjunct names its
// own subject and says its own thing.
func (x *Extractor) ownConjunct(s *sentence, h hit, c candidate) bool {
	if c.subj.from == c.subj.to || c.subj.from <= h.to {
		return false
	}
	for p := h.to + 1; p <= c.subj.from && p < len(s.toks); p++ {
		if strings.Contains(s.gaps[p], ",") && x.idx.conjunctions[s.toks[p].norm] {
			return true
		}
	}
	return false
}

// conditionBefore reports whether a conditional word stands within the
// three words before negation h, with no comma between ("bila tidak
// mempan", "if it does not help").
func (x *Extractor) conditionBefore(s *sentence, h hit) bool {
	for _, c := range x.idx.conditionals.find(s.toks, max(0, h.from-3), h.from) {
		if !commaBetween(s, c.to, h.from) {
			return true
		}
	}
	return false
}

// negatedRight reports whether a negation ends at most three words before
// the slot.
func (x *Extractor) negatedRight(s *sentence, o slot) bool {
	if o.from == o.to {
		return false
	}
	// The window reaches past three words so that a negation of several
	// words ending within them is found whole.
	for _, h := range x.idx.negation.find(s.toks, max(0, o.from-6), o.from) {
		if o.from-h.to <= 3 && x.onlyGiving(s, h.to, o.from) {
			return true
		}
	}
	return false
}

// secondRisk reports whether a risk named after the negation h and a
// coordination, before token obj, is a second one the negation does not
// reach: "there is no risk of rejection and only a very low risk of
// infection". Only the noun of risk counts: "No patient had fever or
// experienced itching" denies both.
func (x *Extractor) secondRisk(s *sentence, h hit, obj int) bool {
	for _, r := range x.idx.riskNouns.find(s.toks, h.to+1, obj) {
		if _, ok := x.idx.coordination.any(s.toks, h.to, r.from); ok && r.to <= obj {
			return true
		}
	}
	return false
}

// harmHeaded reports whether the words from from to to are a generic harm
// that heads a list, as in "No serious treatment-related adverse events,
// tumour formation or deaths occurred": the generic item is no entity, so
// the list's first named item comes later than a negation's usual reach.
func (x *Extractor) harmHeaded(s *sentence, from, to int) bool {
	if to-from > 8 {
		return false
	}
	r, ok := x.idx.riskWords.any(s.toks, from, to)
	if !ok {
		return false
	}
	// "No serious treatment-related adverse events or infections": "or"
	// joins the named item to the generic one as a comma does ("and"
	// may open a clause of its own: "No treatment is entirely safe and
	// infection can follow").
	joined := slices.ContainsFunc(s.toks[r.to:to], func(t token) bool { return x.idx.disjunctions[t.norm] })
	return commaBetween(s, r.to, to) || joined
}

// certainty returns how sure the text is of the claim of candidate c and
// the word that says so, or kg.Asserted and no word when nothing
// qualifies it. cStart and cEnd bound c's clause; lo and hi are the first
// token of c and the token after it. A word of an organisation's name (orgs,
// byte spans within s) qualifies nothing: "Rumah Sakit Harapan Merapi" names
// a hospital, no hope.
func (x *Extractor) certainty(s *sentence, c candidate, clause []int, cStart, cEnd, lo, hi int, orgs [][2]int) (kg.Certainty, string) {
	// A word opening the name ("Perhaps Northvale Hospital will …") is the
	// sentence's, and a heading's capitals make names of anything.
	inOrgName := func(h hit) bool {
		from, to := s.toks[h.from].start-s.start, s.toks[h.to-1].end-s.start
		return s.kind == lineBody && slices.ContainsFunc(orgs, func(o [2]int) bool { return o[0] < from && to <= o[1] })
	}
	// The certainty cue nearest the claim decides, within its clause, or
	// within the lead-in a colon ends ("Side effects are uncommon and mild:
	// a low-grade fever …").
	certFrom := cStart
	if cStart > 0 && strings.Contains(s.gaps[cStart], ":") {
		for certFrom > 0 && clause[certFrom-1] == clause[cStart-1] {
			certFrom--
		}
	}
	certainty, bestDist, word := kg.Asserted, 1<<30, ""
	consider := func(ps phrases, level kg.Certainty) {
		for _, h := range ps.find(s.toks, certFrom, cEnd) {
			if inOrgName(h) {
				continue
			}
			d, ok := x.certaintyDistance(s, c, h, lo, hi)
			if ok && (d < bestDist || (d == bestDist && level.Rank() < certainty.Rank())) {
				bestDist, certainty, word = d, level, h.text
			}
		}
	}
	consider(x.idx.strong, kg.Asserted)
	consider(x.idx.hedged, kg.Hedged)
	consider(x.idx.speculative, kg.Speculative)
	// Hope anywhere before the claim makes it a hope.
	hopes := x.idx.speculative.find(s.toks, cStart, hi)
	if i := slices.IndexFunc(hopes, func(h hit) bool { return !inOrgName(h) }); i >= 0 && certainty != kg.Speculative {
		certainty, word = kg.Speculative, hopes[i].text
	}
	if certainty == kg.Asserted {
		if h, ok := x.reasonVerdict(s, clause, cEnd); ok {
			certainty, word = kg.Hedged, h.text
		}
	}
	return certainty, word
}

// certaintyDistance returns how far the certainty word h stands from
// candidate c, which spans tokens lo to hi, a word after c counting two
// more than one as near before it; it reports false for a word that
// cannot qualify c.
func (x *Extractor) certaintyDistance(s *sentence, c candidate, h hit, lo, hi int) (int, bool) {
	// A word of the names themselves ("heparin berat molekul
	// rendah") qualifies nothing.
	if h.from < c.subj.to && c.subj.from < h.to || h.from < c.obj.to && c.obj.from < h.to {
		return 0, false
	}
	// Nor does a word of measuring in a measure's sentence ("Ketebalan
	// endometrium dinilai dengan …", "Tingkat keparahan psoriasis dinilai
	// memakai PASI" measure; they do not "deem"), though a risk's own cue
	// may hedge it ("potensi risiko").
	if c.pred == string(kg.MeasuredBy) && x.idx.firstCues(kg.MeasuredBy).startsAt(s.toks, h.from, h.to-h.from) {
		return 0, false
	}
	d := 0
	switch {
	case h.to <= lo:
		d = lo - h.to
	case h.from >= hi:
		// After the claim only for relations whose cue need not sit
		// between the two entities ("demam … mungkin terjadi"), and
		// only close by.
		// A risk is judged after it is named ("risiko reaksi penolakan
		// dinilai rendah"), so HAS_RISK takes a close hedge after.
		between := c.cue.to > c.cue.from && c.cue.from >= lo && c.cue.to <= hi && c.pred != string(kg.HasRisk)
		// "Terapi sel punca untuk autisme belum terbukti": a verdict
		// on the evidence qualifies the whole clause before it.
		_, verdict := x.idx.verdicts.any(s.toks, h.from, h.to)
		if !verdict && (c.bare && c.pred != string(kg.HasRisk) || between || h.from-hi > 3) {
			return 0, false
		}
		d = h.from - hi + 2
	}
	return d, true
}

// reasonVerdict returns a verdict on the evidence in the clause given as
// the reason right after the claim's clause, which ends at cEnd, or false
// when there is none.
func (x *Extractor) reasonVerdict(s *sentence, clause []int, cEnd int) (hit, bool) {
	// "We do not offer BMAC for jumper's knee, because there is no good
	// evidence yet that they work": a verdict on the evidence given as the
	// reason, in the clause right after, qualifies the claim.
	if cEnd >= len(s.toks) || !x.idx.subords.startsAt(s.toks, cEnd, 2) {
		return hit{}, false
	}
	end := cEnd + 1
	for end < len(s.toks) && clause[end] == clause[cEnd] {
		end++
	}
	return x.idx.verdicts.any(s.toks, cEnd, end)
}

// disjoinedVerb reports whether the phrase a negation governs at token k,
// up to three words, is joined by "or" to what follows up to token at, at
// most two words past the join's next word, with no punctuation between
// and no new subject or modal after the join ("cannot multiply or form
// tumours", "cannot grow into tissue or form tumours", "No tumour
// formation or clinically relevant immune reactions", not "is not alive
// and can cause …").
func (x *Extractor) disjoinedVerb(s *sentence, k, at int) bool {
	j := k + 1
	for j < at && j <= k+3 && !x.idx.disjunctions[s.toks[j].norm] {
		j++
	}
	if j+1 > at || j > k+3 || !x.idx.disjunctions[s.toks[j].norm] || at-(j+1) > 2 {
		return false
	}
	for i := k + 1; i <= at && i < len(s.gaps); i++ {
		if strings.TrimSpace(s.gaps[i]) != "" {
			return false
		}
	}
	next := s.toks[j+1].norm
	_, modal := x.idx.hedged.any(s.toks, j+1, j+2)
	return !isPronoun(next) && !modal
}

// maxCountedWords is how many words may name whom a counting negation
// counts before the verb of what they suffered ("None of the young
// exosome-treated mice developed").
const maxCountedWords = 5

// countsPeople reports whether the words from token from to token to name
// the people or animals a counting negation counts ("of the
// exosome-treated mice", "anak yang"): a word of them (Cues.PopulationNouns)
// and no word that makes the negation count something else, a comparison
// ("no more than two patients"), a number or a joining word ("Tidak ada
// perbaikan dan dua pasien mengalami infeksi").
func (x *Extractor) countsPeople(s *sentence, from, to int) bool {
	people := false
	for k := from; k < to; k++ {
		w := s.toks[k].norm
		if x.idx.conjunctions[w] || x.idx.comparatives[w] || isNumber(w) {
			return false
		}
		people = people || x.idx.popNouns.startsAt(s.toks, k, 1)
	}
	return people
}
