package loaders

import (
	"maps"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/regenkg/regenkg/internal/kg"
)

// frameIndex is a compiled Frame of entry.
type frameIndex struct {
	entry                  *LexEntry
	verbs, heads, blockers phrases
	lists                  bool
}

// index is everything New precomputes from the data files.
type index struct {
	// frames are the lexicon's paraphrase frames, in lexicon order.
	frames            []frameIndex
	stopwords         map[string]map[string]bool
	speculative       phrases
	hedged            phrases
	strong            phrases
	negation          phrases
	notNegation       phrases
	failedCare        phrases
	objMarkers        phrases
	relPronouns       phrases
	reducers          phrases
	causes            phrases
	contra            phrases
	subords           phrases
	determiners       map[string]bool
	byID              map[string]*LexEntry
	listMods          phrases
	measures          measureIndex
	purposes          phrases
	purposeLinks      map[string]bool
	concessives       phrases
	causedBy          phrases
	contractedAfter   phrases
	contraVerbs       phrases
	safeFor           phrases
	appositionOpeners phrases
	riskGroups        phrases
	measuredAfter     phrases
	genericProducts   map[string]bool
	comparatives      map[string]bool
	worsenings        phrases
	conditionSettings phrases
	sufferVerbs       phrases
	shownVerbs        phrases
	careLimits        phrases
	consequences      phrases
	workVerbs         phrases
	treatedHarms      phrases
	sufferers         phrases
	insteads, onlys   phrases
	// productIntros and productArticles mark names of products (Cues.ProductIntros).
	productIntros   phrases
	productArticles phrases
	// workLeads open a list of how the therapy at hand works.
	workLeads phrases
	// groupWords name a trial's arm (Cues.GroupWords).
	groupWords map[string]bool
	// setAside, signWords, riskNouns and higher: see the Cues fields of
	// the same names.
	setAside  phrases
	signWords phrases
	riskNouns phrases
	higher    phrases
	// containWords and givingWords are the words that name CONTAINS and
	// ADMINISTERED_VIA (their first cue list).
	containWords phrases
	givingWords  phrases
	// raisers are the verbs that raise what follows (Cues.Raisers).
	raisers             phrases
	lowerings           phrases
	easings             phrases
	easedOpeners        phrases
	reliefs             phrases
	untils              phrases
	unrelated           phrases
	formNouns           phrases
	armAfter, armBefore map[string]bool
	armNotBefore        map[string]bool
	benefitHeadingWords phrases
	betterings          phrases
	afterWords          phrases
	givingTimes         phrases
	concedes            phrases
	protectsFrom        phrases
	possessives         map[string]bool
	owners              map[string]bool
	causeSuffixes       phrases
	populations         phrases
	standardCare        phrases
	standardAdjectives  phrases
	careNouns           phrases
	benefits            phrases
	improvements        phrases
	popNouns            phrases
	popAnaphora         phrases
	carriers            phrases
	ownProducts         phrases
	// bodySites finds a body site's words; bodySite maps each folded
	// phrase to the site's English word; byName maps names to entries.
	bodySites                            phrases
	bodySite                             map[string]string
	byName                               map[string]*LexEntry
	countWords                           map[string]bool
	condHeads                            map[string]bool
	examples                             phrases
	questionOpeners, rhetoricalOpeners   phrases
	measureWords                         phrases
	negationLinks                        phrases
	deniedKinds                          phrases
	bareCells                            phrases
	definingVerbs                        phrases
	occurrences                          phrases
	deniedBreaks, negatedAux, afterTimes phrases
	timeLinks                            phrases
	harmLeads                            phrases
	withouts                             phrases
	benefitNouns                         phrases
	verdicts                             phrases
	conditionals                         phrases
	products                             map[string]bool
	kickers                              map[string]bool
	siteWords                            phrases
	bylines                              phrases
	bothArms                             phrases
	remedies, resolvedWords              phrases
	contrasts                            phrases
	comparedRecipients, thans            phrases
	witnesses                            phrases
	classWords                           map[string]bool
	classOf                              map[string]bool
	remains                              phrases
	sources                              phrases
	sourceMarks                          phrases
	joinMarks                            string
	productSources                       phrases
	joinWords                            phrases
	sourceOf                             phrases
	symptoms                             phrases
	pairAnaphora                         phrases
	pairOpeners                          phrases
	pairClosers                          phrases
	bothWords                            map[string]bool
	processLinks                         phrases
	kindOpeners                          map[string]bool
	groupAnaphora                        phrases
	methodAnaphora                       phrases
	harmVerbs                            phrases
	armWords                             map[string]bool
	causeNouns                           phrases
	careOpeners                          phrases
	harmLinks                            phrases
	existentials                         phrases
	bareBenefits                         phrases
	definitions                          phrases
	cures                                phrases
	occasions                            phrases
	rarer                                phrases
	actsAs                               phrases
	onsets                               phrases
	untreated                            phrases
	measureNouns                         phrases
	releases                             phrases
	combined                             phrases
	demonstratives                       map[string]bool
	fillers                              phrases
	careLeads                            phrases
	approvals                            phrases
	roleWords                            map[string]bool
	noneWords                            phrases
	featureLinks                         map[string]bool
	riskLinks                            map[string]bool
	riskBearers                          map[string]bool
	treatLeads                           phrases
	candidateLeads                       phrases
	severities, givenOpenings            phrases
	contentsOpenings, copularDenials     phrases
	havingWords, patientNouns            phrases
	harmNouns                            phrases
	// routeWords map the routes' names of one word, folded and singular,
	// to their route: "injection", "infusion", "suntikan", but also
	// "enema" or "inhaler", nouns many therapies of a page share.
	routeWords    map[string]*LexEntry
	containVerbs  phrases
	headingLinks  phrases
	meansWords    phrases
	headingCare   phrases
	slowedCourses phrases
	slowers       phrases
	otherKinds    map[string]bool
	animals       map[string]bool
	headingDoubts phrases
	releasedNouns map[string]bool
	vesicleWords  phrases
	vesicleLeads  phrases
	cellHeads     phrases
	sharedJoins   phrases
	substitutes   phrases
	sourceWords   phrases
	disjunctions  map[string]bool
	venueWords    phrases
	titleLinks    map[string]bool
	changes       phrases
	changeNouns   phrases
	orgPrefixes   map[string]bool
	orgOwners     map[string]bool
	orgPlaces     map[string]bool
	unitWords     map[string]bool
	measureLinks  map[string]bool
	termHeads     map[string]kg.Category
	termSkip      map[string]bool
	acronymOr     map[string]bool
	// intoSites are the places routes name after "ke dalam" / "into"
	// ("testis" of "ke dalam testis"), and intoRoute the route of each.
	intoSites phrases
	intoRoute map[string]*LexEntry
	// into are the words that lead to a place ("ke dalam", "into the").
	into phrases
	// symptomLinks put a symptom in its disease ("pada", "in").
	symptomLinks map[string]bool
	// attributives qualify a harm with a therapy ("PRP-related").
	attributives map[string]bool
	// looseAttributives do so without the hyphen ("PRP related").
	looseAttributives map[string]bool
	// conjunctions join two clauses after a comma (", dan", ", and").
	conjunctions map[string]bool
	harmJoins    phrases
	// sideVerbs say patients took, had, needed or were weaned off a therapy
	// besides the document's.
	sideVerbs   phrases
	sideAfter   phrases
	harmSources phrases
	listJoins   map[string]bool
	drugNouns   map[string]bool
	memberLinks phrases
	// formRoutes maps a folded product-form word to the route it implies.
	formRoutes    map[string]*LexEntry
	productSuffix map[string]*LexEntry
	receiving     phrases
	sitesBefore   phrases
	sitesAfter    phrases
	unitsBefore   phrases
	unitsAfter    phrases
	lacks         map[*LexEntry]*LexEntry
	// liveCells is the entry tagged "live-cells", what a bare "sel" a
	// denied verb of containing names stands for; nil when none is.
	liveCells    *LexEntry
	parents      map[*LexEntry]*LexEntry
	notFollowed  map[*LexEntry]phrases // NotFollowedBy per entry // an entry naming an absence → the absent entry
	clauseBreaks phrases
	copulas      phrases
	riskWords    phrases
	coordination phrases
	anaphora     phrases
	cellAnaphora phrases
	condAnaphora phrases
	speech       phrases
	via          phrases
	sameOutlet   phrases
	outletWords  phrases
	titles       map[string]bool
	currencies   map[string]bool
	roles        phrases
	studyWords   phrases
	continuation phrases
	designs      []designCue
	degrees      map[string]bool
	predicates   []predicateIndex
	matcher      *matcher
	personRe     *regexp.Regexp
	apposRe      []*regexp.Regexp
}

type designCue struct {
	words    phrases
	design   string
	modifier bool
}

type predicateIndex struct {
	name     string
	subject  Signature
	object   Signature
	triggers []triggerIndex
	// undeniable: a negation nearby does not deny the relation.
	undeniable bool
}

// firstCues returns the words of a predicate's first cue list, those that
// name the relation ("contains"; "given", "via"), or no words for a
// predicate the cues lack.
func (idx *index) firstCues(pred kg.Predicate) phrases {
	for _, p := range idx.predicates {
		if p.name == string(pred) && len(p.triggers) > 0 {
			return p.triggers[0].words
		}
	}
	return phrases{}
}

type triggerIndex struct {
	words  phrases
	order  string
	maxGap int
	bare   bool
	named  bool
}

func buildIndex(lex *Lexicon, c *Cues) *index {
	idx := &index{stopwords: map[string]map[string]bool{}}
	for lang, ws := range c.Stopwords {
		set := map[string]bool{}
		for _, w := range ws {
			set[fold(w)] = true
		}
		idx.stopwords[lang] = set
	}
	idx.speculative = compilePhrases(c.Certainty.Speculative.all())
	idx.hedged = compilePhrases(c.Certainty.Hedged.all())
	idx.strong = compilePhrases(c.Certainty.Strong.all())
	idx.negation = compilePhrases(c.Negation.all())
	idx.notNegation = compilePhrases(c.NegationExceptions.all())
	idx.failedCare = compilePhrases(c.FailedCare.all())
	idx.objMarkers = compilePhrases(c.ObjectMarkers.all())
	idx.relPronouns = compilePhrases(c.RelativePronouns.all())
	idx.copulas = compilePhrases(c.Copulas.all())
	idx.riskWords = compilePhrases(c.RiskWords.all())
	idx.reducers = compilePhrases(c.Reducers.all())
	idx.causes = compilePhrases(c.CauseMarkers.all())
	idx.contra = compilePhrases(c.Contraindications.all())
	idx.subords = compilePhrases(c.Subordinators.all())
	idx.listMods = compilePhrases(c.ListModifiers.all())
	idx.measures = newMeasureIndex(c.Measures)
	idx.purposes = compilePhrases(c.PurposeOpeners.all())
	idx.purposeLinks = foldSet(c.PurposeLinks.all())
	idx.concessives = compilePhrases(c.Concessives.all())
	idx.causedBy = compilePhrases(c.CausedBy.all())
	idx.contractedAfter = compilePhrases(c.ContractedAfter.all())
	idx.contraVerbs = compilePhrases(c.ContraVerbs.all())
	idx.safeFor = compilePhrases(c.SafeFor.all())
	idx.appositionOpeners = compilePhrases(c.AppositionOpeners.all())
	idx.riskGroups = compilePhrases(c.RiskGroups.all())
	idx.measuredAfter = compilePhrases(c.MeasuredAfter.all())
	idx.genericProducts = foldSet(c.GenericProducts.all())
	idx.comparatives = foldSet(c.Comparatives.all())
	idx.worsenings = compilePhrases(c.Worsenings.all())
	idx.conditionSettings = compilePhrases(c.ConditionSettings.all())
	idx.sufferVerbs = compilePhrases(c.SufferVerbs.all())
	idx.shownVerbs = compilePhrases(c.ShownVerbs.all())
	idx.careLimits = compilePhrases(c.CareLimits.all())
	idx.consequences = compilePhrases(c.Consequences.all())
	idx.workVerbs = compilePhrases(c.WorkVerbs.all())
	idx.treatedHarms = compilePhrases(c.TreatedHarms.all())
	idx.sufferers = compilePhrases(c.Sufferers.all())
	idx.insteads = compilePhrases(c.Insteads.all())
	idx.onlys = compilePhrases(c.Onlys.all())
	idx.productIntros = compilePhrases(c.ProductIntros.all())
	idx.workLeads = compilePhrases(c.WorkLeads.all())
	idx.groupWords = foldSet(c.GroupWords.all())
	idx.setAside = compilePhrases(c.SetAside.all())
	idx.signWords = compilePhrases(c.SignWords.all())
	idx.riskNouns = compilePhrases(c.RiskNouns.all())
	idx.higher = compilePhrases(c.Higher.all())
	idx.productArticles = compilePhrases(c.ProductArticles.all())
	idx.lowerings = compilePhrases(c.Lowerings.all())
	idx.easings = compilePhrases(c.Easings.all())
	idx.easedOpeners = compilePhrases(c.EasedOpeners.all())
	idx.reliefs = compilePhrases(c.Reliefs.all())
	idx.untils = compilePhrases(c.Untils.all())
	idx.unrelated = compilePhrases(c.Unrelated.all())
	idx.formNouns = compilePhrases(c.FormNouns.all())
	idx.armAfter, idx.armBefore = foldSet(c.ArmNouns["en"]), foldSet(c.ArmNouns["id"])
	idx.armNotBefore = foldSet(c.ArmNotBefore.all())
	idx.benefitHeadingWords = compilePhrases(c.BenefitHeadingWords.all())
	idx.betterings = compilePhrases(c.Betterings.all())
	idx.afterWords = compilePhrases(c.AfterWords.all())
	idx.givingTimes = compilePhrases(c.GivingTimes.all())
	idx.concedes = compilePhrases(c.Concedes.all())
	idx.protectsFrom = compilePhrases(c.ProtectsFrom.all())
	idx.possessives = foldSet(c.Possessives.all())
	idx.owners = foldSet(c.Owners.all())
	idx.causeSuffixes = compilePhrases(c.CauseSuffixes.all())
	idx.populations = compilePhrases(c.Populations.all())
	idx.standardCare = compilePhrases(c.StandardCare.all())
	idx.standardAdjectives = compilePhrases(c.StandardAdjectives.all())
	idx.careNouns = compilePhrases(c.CareNouns.all())
	idx.benefits = compilePhrases(c.Benefits.all())
	idx.improvements = compilePhrases(c.Improvements.all())
	idx.popNouns = compilePhrases(c.PopulationNouns.all())
	idx.popAnaphora = compilePhrases(c.PopulationAnaphora.all())
	idx.carriers = compilePhrases(c.Carriers.all())
	idx.ownProducts = compilePhrases(c.OwnProducts.all())
	idx.bodySite, idx.byName = map[string]string{}, map[string]*LexEntry{}
	var siteWords []string
	for en, ws := range c.BodySites {
		for _, w := range ws {
			idx.bodySite[fold(w)] = en
			siteWords = append(siteWords, w)
		}
	}
	slices.Sort(siteWords)
	idx.bodySites = compilePhrases(siteWords)
	for i := range lex.Entries {
		idx.byName[lex.Entries[i].Name] = &lex.Entries[i]
	}
	idx.countWords = foldSet(c.CountWords.all())
	idx.condHeads = foldSet(c.ConditionHeads)
	idx.examples = compilePhrases(c.Examples.all())
	idx.questionOpeners = compilePhrases(c.QuestionOpeners.all())
	idx.rhetoricalOpeners = compilePhrases(c.RhetoricalOpeners.all())
	idx.measureWords = compilePhrases(c.MeasureWords.all())
	idx.negationLinks = compilePhrases(c.NegationLinks.all())
	idx.deniedKinds = compilePhrases(c.DeniedKinds.all())
	idx.bareCells = compilePhrases(c.BareCells.all())
	idx.definingVerbs = compilePhrases(c.DefiningVerbs.all())
	idx.occurrences = compilePhrases(c.Occurrences.all())
	idx.deniedBreaks = compilePhrases(c.DeniedBreaks.all())
	idx.negatedAux = compilePhrases(c.NegatedAux.all())
	idx.afterTimes = compilePhrases(c.AfterTimes.all())
	idx.timeLinks = compilePhrases(c.TimeLinks.all())
	idx.harmLeads = compilePhrases(c.HarmLeads.all())
	idx.withouts = compilePhrases(c.Withouts.all())
	idx.benefitNouns = compilePhrases(c.BenefitNouns.all())
	idx.verdicts = compilePhrases(c.Verdicts.all())
	idx.conditionals = compilePhrases(c.Conditionals.all())
	idx.kickers = foldSet(c.Kickers)
	idx.siteWords = compilePhrases(c.SiteWords)
	idx.bylines = compilePhrases(c.Bylines)
	idx.bothArms = compilePhrases(c.BothArms.all())
	idx.remedies = compilePhrases(c.Remedies.all())
	idx.resolvedWords = compilePhrases(c.ResolvedWords.all())
	idx.contrasts = compilePhrases(c.Contrasts.all())
	idx.comparedRecipients = compilePhrases(c.ComparedRecipients.all())
	idx.thans = compilePhrases(c.Thans.all())
	idx.occasions = compilePhrases(c.Occasions.all())
	idx.rarer = compilePhrases(c.Rarer.all())
	idx.actsAs = compilePhrases(c.ActsAs.all())
	idx.onsets = compilePhrases(c.Onsets.all())
	idx.untreated = compilePhrases(c.Untreated.all())
	idx.measureNouns = compilePhrases(c.MeasureNouns.all())
	idx.witnesses = compilePhrases(c.Witnesses.all())
	idx.classWords = foldSet(c.ClassWords)
	idx.classOf = foldSet(c.ClassOf)
	idx.remains = compilePhrases(c.Remains.all())
	idx.sources = compilePhrases(c.Sources.all())
	idx.sourceMarks = compilePhrases(c.SourceMarks)
	idx.joinMarks = strings.Join(c.JoinMarks, "")
	idx.productSources = compilePhrases(c.ProductSources.all())
	idx.joinWords = compilePhrases(c.JoinWords.all())
	idx.sourceOf = compilePhrases(c.SourceOf.all())
	idx.symptoms = compilePhrases(c.Symptoms.all())
	idx.pairAnaphora = compilePhrases(c.PairAnaphora.all())
	idx.pairOpeners = compilePhrases(c.PairOpeners.all())
	idx.pairClosers = compilePhrases(c.PairClosers.all())
	idx.bothWords = foldSet(c.BothWords.all())
	idx.processLinks = compilePhrases(c.ProcessLinks.all())
	idx.kindOpeners = foldSet(c.KindOpeners.all())
	idx.groupAnaphora = compilePhrases(c.GroupAnaphora.all())
	idx.methodAnaphora = compilePhrases(c.MethodAnaphora.all())
	idx.harmVerbs = compilePhrases(c.HarmVerbs.all())
	idx.armWords = foldSet(c.ArmWords)
	idx.causeNouns = compilePhrases(c.CauseNouns.all())
	idx.careOpeners = compilePhrases(c.CareOpeners.all())
	idx.harmLinks = compilePhrases(c.HarmLinks.all())
	idx.existentials = compilePhrases(c.Existentials.all())
	idx.bareBenefits = compilePhrases(c.BareBenefits.all())
	idx.definitions = compilePhrases(c.Definitions.all())
	idx.cures = compilePhrases(c.Cures.all())
	idx.releases = compilePhrases(c.Releases.all())
	idx.combined = compilePhrases(c.Combined.all())
	idx.demonstratives = foldSet(c.Demonstratives)
	idx.fillers = compilePhrases(c.Fillers.all())
	idx.careLeads = compilePhrases(c.CareLeads.all())
	idx.approvals = compilePhrases(c.Approvals.all())
	idx.roleWords = foldSet(c.RoleWords)
	idx.noneWords = compilePhrases(c.NoneWords.all())
	idx.featureLinks = foldSet(c.FeatureLinks)
	idx.riskLinks = foldSet(c.RiskLinks)
	idx.riskBearers = foldSet(c.RiskBearers)
	idx.treatLeads = compilePhrases(c.TreatLeads.all())
	idx.candidateLeads = compilePhrases(c.CandidateLeads.all())
	idx.severities = compilePhrases(c.Severities.all())
	idx.givenOpenings = compilePhrases(c.GivenOpenings.all())
	idx.contentsOpenings = compilePhrases(c.ContentsOpenings.all())
	idx.copularDenials = compilePhrases(c.CopularDenials.all())
	idx.havingWords = compilePhrases(c.HavingWords.all())
	idx.patientNouns = compilePhrases(c.PatientNouns.all())
	idx.harmNouns = compilePhrases(c.HarmNouns.all())
	idx.containVerbs = compilePhrases(c.ContainVerbs.all())
	idx.headingLinks = compilePhrases(c.HeadingLinks.all())
	idx.meansWords = compilePhrases(c.MeansWords.all())
	idx.headingCare = compilePhrases(c.HeadingCare.all())
	idx.slowedCourses = compilePhrases(c.SlowedCourses.all())
	idx.slowers = compilePhrases(c.Slowers.all())
	idx.otherKinds = foldSet(c.OtherKinds.all())
	idx.animals = foldSet(c.Animals.all())
	idx.headingDoubts = compilePhrases(c.HeadingDoubts.all())
	idx.releasedNouns = foldSet(c.ReleasedNouns.all())
	idx.vesicleWords = compilePhrases(c.VesicleWords.all())
	idx.vesicleLeads = compilePhrases(c.VesicleLeads.all())
	idx.cellHeads = compilePhrases(c.CellHeads.all())
	idx.sharedJoins = compilePhrases(c.SharedJoins.all())
	idx.raisers = compilePhrases(c.Raisers.all())
	idx.substitutes = compilePhrases(c.Substitutes.all())
	idx.sourceWords = compilePhrases(c.SourceWords.all())
	idx.disjunctions = foldSet(c.Disjunctions)
	idx.venueWords = compilePhrases(c.VenueWords.all())
	idx.titleLinks = foldSet(c.TitleLinks)
	idx.changes = compilePhrases(c.Changes.all())
	idx.changeNouns = compilePhrases(c.ChangeNouns.all())
	idx.orgPrefixes = foldSet(c.OrgPrefixes)
	idx.orgOwners = foldSet(c.OrgOwners)
	idx.orgPlaces = foldSet(c.OrgPlaces)
	idx.unitWords = foldSet(c.UnitWords)
	idx.measureLinks = foldSet(c.MeasureLinks)
	idx.termSkip = foldSet(c.TermSkip)
	idx.acronymOr = foldSet(c.AcronymOr)
	idx.termHeads = map[string]kg.Category{}
	for cat, ws := range c.TermHeads {
		for _, w := range ws {
			idx.termHeads[fold(w)] = cat
		}
	}
	idx.receiving = compilePhrases(c.Recipients)
	idx.sitesBefore = compilePhrases(c.Sites.Before)
	idx.sitesAfter = compilePhrases(c.Sites.After)
	idx.unitsBefore = compilePhrases(c.Units.Before)
	idx.unitsAfter = compilePhrases(c.Units.After)
	idx.products = foldSet(c.ProductNouns.all())
	idx.determiners = foldSet(c.Determiners.all())
	idx.byID = map[string]*LexEntry{}
	for i := range lex.Entries {
		idx.byID[lex.Entries[i].ID] = &lex.Entries[i]
	}
	idx.formRoutes = map[string]*LexEntry{}
	for name, forms := range c.FormRoutes {
		if e := idx.byName[name]; e != nil && e.Category == kg.CategoryRoute {
			for _, w := range forms.all() {
				idx.formRoutes[fold(w)] = e
			}
		}
	}
	idx.productSuffix = map[string]*LexEntry{}
	for name, forms := range c.ProductSuffixes {
		if e := idx.byName[name]; e != nil && e.Category == kg.CategoryTherapy {
			for _, w := range forms {
				idx.productSuffix[w] = e
			}
		}
	}
	idx.into = compilePhrases(c.Into.all())
	idx.symptomLinks = foldSet(c.SymptomLinks)
	idx.attributives = foldSet(c.Attributives)
	idx.looseAttributives = foldSet(c.LooseAttributives)
	idx.conjunctions = foldSet(c.Conjunctions)
	idx.harmJoins = compilePhrases(c.HarmJoins.all())
	idx.sideVerbs = compilePhrases(c.SideVerbs.all())
	idx.sideAfter = compilePhrases(c.SideAfter.all())
	idx.harmSources = compilePhrases(c.HarmSources.all())
	idx.listJoins = foldSet(c.ListJoins.all())
	idx.drugNouns = foldSet(c.DrugNouns.all())
	idx.memberLinks = compilePhrases(c.MemberLinks.all())
	idx.intoRoute, idx.routeWords = map[string]*LexEntry{}, map[string]*LexEntry{}
	var sites []string
	for i := range lex.Entries {
		e := &lex.Entries[i]
		if e.Category != kg.CategoryRoute {
			continue
		}
		for _, a := range e.Aliases() {
			if ws := words(a); len(ws) == 1 {
				idx.routeWords[singularWord(fold(ws[0]))] = e
			}
			toks := tokenize(a, 0, len(a))
			n, _ := idx.into.longestAt(toks, 0, len(toks), nil)
			if n == 0 || n == len(toks) {
				continue
			}
			site := strings.Join(words(a)[n:], " ")
			if _, dup := idx.intoRoute[site]; !dup {
				idx.intoRoute[site] = e
				sites = append(sites, site)
			}
		}
	}
	idx.intoSites = compilePhrases(sites)
	idx.notFollowed = map[*LexEntry]phrases{}
	idx.lacks = map[*LexEntry]*LexEntry{}
	idx.parents = map[*LexEntry]*LexEntry{}
	for i := range lex.Entries {
		e := &lex.Entries[i]
		if len(e.NotFollowedBy) > 0 {
			idx.notFollowed[e] = compilePhrases(e.NotFollowedBy)
		}
		if e.Lacks != "" {
			idx.lacks[e] = idx.byID[e.Lacks]
		}
		if e.hasTag("live-cells") {
			idx.liveCells = e
		}
		if e.Parent != "" {
			idx.parents[e] = idx.byID[e.Parent]
		}
		for _, f := range e.Frames {
			idx.frames = append(idx.frames, frameIndex{entry: e, verbs: compilePhrases(f.Verbs), heads: compilePhrases(f.Heads), blockers: compilePhrases(f.Blockers), lists: f.Lists})
		}
	}
	idx.clauseBreaks = compilePhrases(c.ClauseBreaks.all())
	idx.coordination = compilePhrases(c.Coordination.all())
	idx.anaphora = compilePhrases(c.Anaphora.all())
	idx.cellAnaphora = compilePhrases(c.CellAnaphora.all())
	idx.condAnaphora = compilePhrases(c.ConditionAnaphora.all())
	idx.speech = compilePhrases(c.Attribution.Speech.all())
	idx.via = compilePhrases(c.Attribution.Via.all())
	idx.sameOutlet = compilePhrases(c.Attribution.SameOutlet)
	idx.outletWords = compilePhrases(c.Attribution.OutletWords)
	idx.titles = map[string]bool{}
	for _, t := range c.Attribution.Titles {
		idx.titles[fold(strings.TrimSuffix(t, "."))] = true
	}
	idx.roles = compilePhrases(c.Attribution.Roles.all())
	idx.currencies = foldSet(c.Attribution.Currencies)
	idx.studyWords = compilePhrases(c.Citation.StudyWords.all())
	idx.continuation = compilePhrases(c.Citation.Continuation.all())
	for _, d := range c.StudyDesign {
		idx.designs = append(idx.designs, designCue{words: compilePhrases(d.Words), design: d.Design, modifier: d.Modifier})
	}
	idx.degrees = map[string]bool{}
	for _, d := range c.Attribution.Degrees {
		idx.degrees[fold(strings.Trim(d, "."))] = true
	}
	for _, p := range slices.Sorted(maps.Keys(c.Predicates)) {
		pc := c.Predicates[p]
		pi := predicateIndex{name: p, subject: pc.Subject, object: pc.Object, undeniable: pc.Undeniable}
		for _, t := range pc.Cues {
			gap := 12
			if t.MaxGap != nil {
				gap = *t.MaxGap
			}
			pi.triggers = append(pi.triggers, triggerIndex{
				words: compilePhrases(append(append([]string{}, t.ID...), t.EN...)), order: t.Order, maxGap: gap, bare: t.Bare, named: t.Named,
			})
		}
		idx.predicates = append(idx.predicates, pi)
	}
	idx.containWords = idx.firstCues(kg.Contains)
	idx.givingWords = idx.firstCues(kg.AdministeredVia)
	// Stopwords and known words are never read as misspellings.
	never := map[string]bool{}
	for _, set := range idx.stopwords {
		maps.Copy(never, set)
	}
	for _, w := range c.KnownWords.all() {
		never[fold(w)] = true
	}
	idx.matcher = newMatcher(lex, never)
	idx.matcher.places = foldSet(c.SiteWords)

	titles := make([]string, 0, len(c.Attribution.Titles))
	for _, t := range c.Attribution.Titles {
		titles = append(titles, regexp.QuoteMeta(strings.TrimSuffix(t, ".")))
	}
	sort.Slice(titles, func(i, j int) bool { return len(titles[i]) > len(titles[j]) })
	const name = `((?:[A-Z]\.\s*)*[A-Z][\p{L}'’-]+(?:\s+(?:[A-Z]\.\s*)*[A-Z][\p{L}'’-]+){0,3})`
	idx.personRe = regexp.MustCompile(`(?i:(?:^|[^\p{L}])(?:(?:` + strings.Join(titles, "|") + `)\.?\s+)+)` + name)
	roles := quoteAll(c.Attribution.Roles.all())
	speech := quoteAll(c.Attribution.Speech.all())
	idx.apposRe = []*regexp.Regexp{
		// "Lutfi Hidayat, an orthopedic specialist"
		regexp.MustCompile(`\b([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,3}),\s+(?i:an?|the|seorang|selaku)?\s*[^,.;]{0,60}?\b(?i:` + roles + `)\b`),
		// "lecturer at Diponegoro University, Holly Ametati, shared"
		regexp.MustCompile(`\b(?i:` + roles + `)\b[^.;]{0,80}?,\s+([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,3}),?\s+(?i:` + speech + `)\b`),
	}
	return idx
}

func quoteAll(ws []string) string {
	q := make([]string, len(ws))
	for i, w := range ws {
		q[i] = regexp.QuoteMeta(w)
	}
	sort.Slice(q, func(i, j int) bool { return len(q[i]) > len(q[j]) })
	return strings.Join(q, "|")
}

func matchAny(res []*regexp.Regexp, s string) bool {
	for _, re := range res {
		if re.MatchString(s) {
			return true
		}
	}
	return false
}

// aliasForm is one way of writing an entry: its folded words and, for
// capitalised acronyms, the exact spelling that must appear.
type aliasForm struct {
	entry *LexEntry
	words []string
	exact []string
	// capital marks the words of a cased entry's alias that must open
	// with a capital ("Best" in "penyakit Best").
	capital []bool
	// punct is set when the alias itself holds a comma or bracket
	// ("rest, ice, compression and elevation"), so the text may too.
	punct bool
}

// matcher finds lexicon entries in token streams, tolerating typos.
type matcher struct {
	byFirst map[string][]*aliasForm
	// skippable words may stand between the words of a name ("calm the
	// inflammation" for "calm inflammation").
	skippable map[string]bool
	vocab     map[string]bool
	// english and indonesian are the words of each language's aliases,
	// for inflections only that language has.
	english, indonesian map[string]bool
	byInitial           map[rune][]string
	stop                map[string]bool
	// places are the words that close the name of a place ("Centre",
	// "Klinik"): a capitalised run holding one is no misspelling.
	places map[string]bool
	// owner is the one entry a word is a whole alias of, or nil when it is
	// a whole alias of several.
	owner map[string]*LexEntry
}

func newMatcher(lex *Lexicon, stop map[string]bool) *matcher {
	m := &matcher{byFirst: map[string][]*aliasForm{}, vocab: map[string]bool{}, byInitial: map[rune][]string{}, stop: stop,
		skippable: map[string]bool{"the": true, "a": true, "an": true}, owner: map[string]*LexEntry{},
		english: map[string]bool{}, indonesian: map[string]bool{}}
	for i := range lex.Entries {
		e := &lex.Entries[i]
		for lang, set := range map[string]map[string]bool{"en": m.english, "id": m.indonesian} {
			for _, a := range e.Names[lang] {
				for _, w := range words(a) {
					set[w] = true
				}
			}
		}
		for _, w := range words(e.Name) {
			m.english[w] = true
		}
		for _, a := range e.Aliases() {
			raw := strings.FieldsFunc(a, func(r rune) bool { return !isWordRune(r) })
			ws := words(a)
			if len(ws) == 0 {
				continue
			}
			f := &aliasForm{entry: e, words: ws, punct: strings.ContainsAny(a, ",;()")}
			if isAcronym(a) {
				f.exact = raw
			} else if e.Cased && len(raw) == len(ws) {
				f.capital = make([]bool, len(raw))
				for k, w := range raw {
					f.capital[k] = capitalised(w)
				}
			}
			m.add(f)
			if len(ws) > 1 && f.exact == nil {
				// "anti-inflamasi" is also written "antiinflamasi".
				m.add(&aliasForm{entry: e, words: []string{strings.Join(ws, "")}})
			}
		}
	}
	for w := range m.vocab {
		if utf8.RuneCountInString(w) >= 5 {
			r, _ := utf8.DecodeRuneInString(w)
			m.byInitial[r] = append(m.byInitial[r], w)
		}
	}
	for _, forms := range m.byFirst {
		sort.SliceStable(forms, func(i, j int) bool { return len(forms[i].words) > len(forms[j].words) })
	}
	for _, ws := range m.byInitial {
		sort.Strings(ws)
	}
	return m
}

func (m *matcher) add(f *aliasForm) {
	m.byFirst[f.words[0]] = append(m.byFirst[f.words[0]], f)
	for _, w := range f.words {
		m.vocab[w] = true
	}
	if len(f.words) == 1 {
		w := f.words[0]
		if o, seen := m.owner[w]; seen && o != f.entry {
			m.owner[w] = nil
		} else {
			m.owner[w] = f.entry
		}
	}
}

// isAcronym reports whether an alias is an acronym that must keep its
// capitals to count (MSC, BMD, LED, IV), so that the English verb "led" is
// not a sedimentation rate.
func isAcronym(a string) bool {
	upper, letters := capitals(a)
	trimmed := strings.TrimSuffix(a, "s")
	lowerInside := false
	for _, r := range trimmed {
		if unicode.IsLower(r) {
			lowerInside = true
		}
	}
	return upper >= 2 && !lowerInside && letters <= 6
}

// inflectionStems returns the alias words w may be an inflection of:
// English "protected" → "protect", "regenerated" → "regenerate",
// "protecting" → "protect", "regenerating" → "regenerate"; Indonesian
// "terkontaminasi" → "kontaminasi". Each ending is undone only towards a
// word of its own language, so "infusing" is not the Indonesian "infus".
func inflectionStems(w string, english, indonesian map[string]bool) []string {
	var out []string
	for _, suf := range []string{"ed", "ing"} {
		if s, ok := strings.CutSuffix(w, suf); ok {
			for _, st := range []string{s, s + "e"} {
				if english[st] {
					out = append(out, st)
				}
			}
		}
	}
	// Short stems are left alone: "tertinggi" is the highest, not high.
	if s, ok := strings.CutPrefix(w, "ter"); ok && utf8.RuneCountInString(s) >= 7 && indonesian[s] {
		out = append(out, s)
	}
	return out
}

// variants returns the alias words a text word may stand for: itself, its
// stem without an English plural ("-s", "-es", "-ies") or Indonesian
// possessive ending, and the
// unique closest alias word within a small edit distance.
func (m *matcher) variants(w string, cache map[string][]string) []string {
	if v, ok := cache[w]; ok {
		return v
	}
	out := []string{w}
	for _, suf := range []string{"s", "es", "nya"} {
		if s := strings.TrimSuffix(w, suf); s != w && utf8.RuneCountInString(s) >= 3 && m.vocab[s] {
			out = append(out, s)
		}
	}
	// "injuries" is the plural of "injury".
	if s, ok := strings.CutSuffix(w, "ies"); ok && utf8.RuneCountInString(s) >= 3 && m.vocab[s+"y"] {
		out = append(out, s+"y")
	}
	// Aliases that are verb phrases name the base form ("protect nerve
	// cells"); text inflects it ("protected dopamine neurons", "went on
	// protecting"), and Indonesian marks the passive state with ter-
	// ("terkontaminasi").
	if !m.vocab[w] {
		for _, st := range inflectionStems(w, m.english, m.indonesian) {
			if utf8.RuneCountInString(st) >= 4 && !slices.Contains(out, st) {
				out = append(out, st)
			}
		}
	}
	if !m.vocab[w] && !m.stop[w] {
		f := m.fuzzy(w)
		// A plural of a misspelling ("exosoms") is the misspelling's
		// reading.
		if st, ok := strings.CutSuffix(w, "s"); ok && f == "" && !m.stop[st] {
			f = m.fuzzy(st)
		}
		if f != "" {
			out = append(out, f)
			cache[fuzzyKey+w] = []string{f}
		}
	}
	cache[w] = out
	return out
}

// fuzzy returns the one alias word that w is a likely misspelling of, or "".
// Typos sit in the middle of words, so the first letter and the last two
// must agree; words shorter than six letters or with digits are never
// corrected.
func (m *matcher) fuzzy(w string) string {
	n := utf8.RuneCountInString(w)
	if n < 6 {
		return ""
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return ""
		}
	}
	// Two edits only in long words, and only past a shared three-letter
	// start: "meschymal" is "mesenchymal", "inclusion" is not "infusion".
	maxd := 1
	if n >= 9 {
		maxd = 2
	}
	r, _ := utf8.DecodeRuneInString(w)
	best, bestD, ties := "", maxd+1, 0
	shed, shedN := "", 0
	for _, c := range m.byInitial[r] {
		if len(c) < 2 {
			continue
		}
		// A dropped final "e" is the one typo allowed at the end, when
		// nothing else is near: Indonesian spelling sheds English endings
		// ("exosom").
		if c[:len(c)-1] == w && c[len(c)-1] == 'e' {
			shed, shedN = c, shedN+1
			continue
		}
		if !strings.HasSuffix(w, c[len(c)-2:]) {
			// Two letters swapped near the end of a long word
			// ("kortikosteriod") are the one other typo allowed there.
			if n >= 8 && swappedTail(w, c) {
				switch {
				case 1 < bestD:
					best, bestD, ties = c, 1, 1
				case bestD == 1:
					ties++
				}
			}
			continue
		}
		d := damerau(w, c, maxd)
		if d == 2 && !samePrefix(w, c, 3) {
			continue
		}
		switch {
		case d < bestD:
			best, bestD, ties = c, d, 1
		case d == bestD:
			ties++
		}
	}
	if ties == 0 && shedN == 1 {
		return shed
	}
	if ties > 1 && n >= 7 && m.owner[best] != nil {
		// "exsosome" is as near "exosome" as "eksosome": spellings of one
		// name, each a whole alias of it, are one reading, not a tie.
		same := 0
		for _, c := range m.byInitial[r] {
			if c != best && m.owner[c] == m.owner[best] && damerau(w, c, maxd) == bestD {
				same++
			}
		}
		if same == ties-1 {
			return best
		}
	}
	if ties != 1 {
		return ""
	}
	return best
}

// match returns the longest alias form starting at toks[i] and how many
// tokens it covers (articles skipped inside it included).
func (m *matcher) match(toks []token, i int, cache map[string][]string) (*aliasForm, int) {
	var best *aliasForm
	bestN, bestWords, bestExact := 0, 0, false
	// "At Crestline we treat …": a capitalised word inside a sentence,
	// followed by a lower-case one, is a name of its own; two edits from
	// an alias word ("creatine") are too many to read it as a misspelling.
	variants := m.variants(toks[i].norm, cache)
	guessed := ""
	if f := cache[fuzzyKey+toks[i].norm]; len(f) == 1 && (properNoun(toks, i) && damerau(toks[i].norm, f[0], 2) > 1 || nameRun(toks, i, m.places)) {
		guessed = f[0]
	}
	for _, first := range variants {
		if first == guessed {
			continue
		}
		for _, f := range m.byFirst[first] {
			// Of two forms as long, one written as the text is wins:
			// "anti-inflammatories" over "anti-inflammatory".
			if len(f.words) < bestWords || len(f.words) == bestWords && (bestExact || !exactAt(f, toks, i)) {
				continue
			}
			if n, ok := m.formMatches(f, toks, i, cache); ok {
				best, bestN, bestWords, bestExact = f, n, len(f.words), exactAt(f, toks, i)
			}
		}
	}
	return best, bestN
}

// exactAt reports whether the words of f stand at toks[i:] as written.
func exactAt(f *aliasForm, toks []token, i int) bool {
	if i+len(f.words) > len(toks) {
		return false
	}
	for k, w := range f.words {
		if toks[i+k].norm != w {
			return false
		}
	}
	return true
}

// formMatches reports whether form f matches at toks[i] and how many
// tokens it spans.
func (m *matcher) formMatches(f *aliasForm, toks []token, i int, cache map[string][]string) (int, bool) {
	j := i
	for k, w := range f.words {
		if k > 0 && f.exact == nil {
			for j < len(toks) && m.skippable[toks[j].norm] && !m.skippable[w] && j+1 < len(toks) && !gapBreaks(toks[j], toks[j+1]) {
				j++
			}
		}
		if j >= len(toks) {
			return 0, false
		}
		t := toks[j]
		if k > 0 && (gapBreaks(toks[j-1], t) || t.punct && !f.punct) {
			return 0, false
		}
		if f.exact != nil {
			if t.raw != f.exact[k] && t.raw != f.exact[k]+"s" {
				return 0, false
			}
			j++
			continue
		}
		ok := false
		for _, v := range m.variants(t.norm, cache) {
			if v == w {
				ok = true
				break
			}
		}
		if f.capital != nil && f.capital[k] && !capitalised(t.raw) {
			ok = false
		}
		if !ok {
			return 0, false
		}
		j++
	}
	return j - i, true
}

// gapBreaks reports whether two words are too far apart to belong to one
// name: more than a space, hyphen or slash (or " - ") between them.
func gapBreaks(a, b token) bool { return b.start-a.end > 3 }

func samePrefix(a, b string, n int) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < n || len(rb) < n {
		return false
	}
	return string(ra[:n]) == string(rb[:n])
}

// swappedTail reports whether w is c with two adjacent letters among its
// last four swapped.
func swappedTail(w, c string) bool {
	if len(w) != len(c) {
		return false
	}
	i := 0
	for i < len(w) && w[i] == c[i] {
		i++
	}
	return i >= len(w)-4 && i+1 < len(w) && w[i] == c[i+1] && w[i+1] == c[i] && w[i+2:] == c[i+2:]
}

// isStopword reports whether the folded word w is a stopword of either
// language.
func (idx *index) isStopword(w string) bool {
	return idx.stopwords["id"][w] || idx.stopwords["en"][w]
}

// fuzzyKey prefixes the cache entry that records a word's misspelling
// reading.
const fuzzyKey = "\x00fuzzy:"

// properNoun reports whether toks[i] is capitalised inside a sentence and
// followed by a lower-case word: a name, not a word of a title-case line.
func properNoun(toks []token, i int) bool {
	if i == 0 || i+1 >= len(toks) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(toks[i].raw)
	next, _ := utf8.DecodeRuneInString(toks[i+1].raw)
	return unicode.IsUpper(r) && unicode.IsLower(next) && strings.ToUpper(toks[i].raw) != toks[i].raw
}

// nameRun reports whether toks[i] opens a run of capitalised words after a
// lower-case one, inside a sentence of lower-case words, that a place word
// closes ("di klinik Asteria Regenerative Centre"): the name of a place,
// whose words are no misspellings of anything ("menerima Mesenchimal Stem
// Cell" is one).
func nameRun(toks []token, i int, places map[string]bool) bool {
	if i == 0 || i+1 >= len(toks) {
		return false
	}
	capital := func(t token) bool {
		r, _ := utf8.DecodeRuneInString(t.raw)
		return unicode.IsUpper(r) && strings.ToUpper(t.raw) != t.raw
	}
	prev, _ := utf8.DecodeRuneInString(toks[i-1].raw)
	if !capital(toks[i]) || !capital(toks[i+1]) || !unicode.IsLower(prev) {
		return false
	}
	lower := 0
	for _, t := range toks[max(0, i-4):min(len(toks), i+6)] {
		if r, _ := utf8.DecodeRuneInString(t.raw); unicode.IsLower(r) {
			lower++
		}
	}
	if lower < 3 {
		return false
	}
	for k := i + 1; k < len(toks) && k-i <= 4 && capital(toks[k]); k++ {
		if places[toks[k].norm] {
			return true
		}
	}
	return false
}
