package loaders

import (
	"embed"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/regenkg/regenkg/internal/kg"
)

//go:embed data/lexicon.json data/cues.json
var dataFS embed.FS

// Lexicon is the set of entities the extractor recognises by name.
type Lexicon struct {
	Entries []LexEntry `json:"entities"`
}

// LexEntry is one concept of the lexicon.
type LexEntry struct {
	ID       string      `json:"id"`
	Name     string      `json:"name"`
	Category kg.Category `json:"category"`
	XRefs    []string    `json:"xrefs,omitempty"`
	// Names are aliases by language code ("en", "id").
	Names map[string][]string `json:"names"`
	// Tags refine a category for relation signatures ("cell", "cell-product").
	Tags []string `json:"tags,omitempty"`
	// ReducedTo names the entry a therapy acts via when the text says it
	// reduces this one: reducing inflammation is an anti-inflammatory effect.
	ReducedTo string `json:"reducedTo,omitempty"`
	// ActsAs names the mechanism a class of therapies stands for when the
	// text says other therapies act as one ("act mainly as vasodilators"
	// is vasodilation, not a second therapy).
	ActsAs string `json:"actsAs,omitempty"`
	// HarmAs names the side effect a mention of this entry means in a
	// sentence about harms ("no signs of irritation or inflammation were
	// seen" is an inflammatory reaction, not the process).
	HarmAs string `json:"harmAs,omitempty"`
	// TreatedAs names the condition a mention of this side effect means
	// where the text says it eased or was treated ("More energy and less
	// fatigue", "mengurangi rasa lelah"): what a therapy is said to treat
	// is a condition, whatever it may also be as a harm.
	TreatedAs string `json:"treatedAs,omitempty"`
	// MeasuredAs names the measure a mention of this entry means among
	// words of measuring ("insulin and C-peptide levels rose", "kadar
	// glukosa dan insulin diukur"): the level, not the drug.
	MeasuredAs string `json:"measuredAs,omitempty"`
	// Lacks names the entry whose absence this one's names state ("cell-free",
	// "bebas sel" lack live cells): a product so described is a negated
	// CONTAINS of that entry, and the mention counts as one of it.
	Lacks string `json:"lacks,omitempty"`
	// NotFollowedBy are words (a trailing * matches any ending) that make a
	// name mean something else when they come right after it: "oral" is a
	// route, "oral lesions" a place.
	NotFollowedBy []string `json:"notFollowedBy,omitempty"`
	// Parent names the broader entry of the controlled vocabulary that a
	// mention of this subtype is recorded as ("urinary tract infection" is
	// an infection): the graph keeps one node per vocabulary concept, and
	// the mention keeps the specific words.
	Parent string `json:"parent,omitempty"`
	// KindOf names the broader condition this one is a kind of ("diabetic
	// foot ulcer" is a wound): in a document about this one alone, a bare
	// mention of the broader ("lukanya", "the wound") means it, as an
	// annotator reads it.
	KindOf string `json:"kindOf,omitempty"`
	// Cased names must appear with their capitals, as acronyms must: an
	// eponym that is also a common word ("Best disease") is not "the
	// best disease-modifying drugs".
	Cased bool `json:"cased,omitempty"`
	// Nouns are the common nouns a text refers back to this therapy with
	// once it has named it ("these vesicles" after "exosomes", "cairan
	// ini" after "sekretom").
	Nouns []string `json:"nouns,omitempty"`
	// Frames name the entry by a verb and a noun a few words apart
	// ("regrow a worn-out knee's cartilage", "berubah menjadi sel kulit"),
	// paraphrases no fixed alias covers.
	Frames []Frame `json:"frames,omitempty"`
}

// Frame is a paraphrase of an entry: one of Verbs, then, within three words
// and no punctuation, one of Heads ("repair the alveolar epithelium"). A
// trailing * in a word matches any ending.
type Frame struct {
	Verbs []string `json:"verbs"`
	Heads []string `json:"heads"`
	// Blockers are words that, anywhere in the span or right after the
	// head, make it something else ("replaced by scar tissue",
	// "pembentukan jaringan parut" is scarring, not regeneration).
	Blockers []string `json:"blockers,omitempty"`
	// Lists lets the head follow a list of what the verb carries, past
	// commas ("carry proteins, fats and genetic material from one cell to
	// another"): only verbs of carrying take such objects.
	Lists bool `json:"lists,omitempty"`
}

// Aliases returns the entry's name and every alias, without duplicates.
func (e *LexEntry) Aliases() []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		if k := strings.ToLower(s); s != "" && !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	add(e.Name)
	langs := make([]string, 0, len(e.Names))
	for l := range e.Names {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		for _, a := range e.Names[l] {
			add(a)
		}
	}
	return out
}

func (e *LexEntry) hasTag(t string) bool {
	for _, x := range e.Tags {
		if x == t {
			return true
		}
	}
	return false
}

// ParseLexicon reads a lexicon file's bytes. It returns an error naming the
// first entry that lacks an id, a name or a valid category, that repeats an
// id, whose reducedTo, lacks, parent or another reference names an id the
// lexicon does not have, or whose cased names cannot keep their capitals.
func ParseLexicon(b []byte) (*Lexicon, error) {
	var l Lexicon
	if err := json.Unmarshal(b, &l); err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	seen := map[string]bool{}
	for i, e := range l.Entries {
		switch {
		case e.ID == "" || e.Name == "":
			return nil, fmt.Errorf("lexicon: entry %d: id and name are required", i)
		case !e.Category.Valid():
			return nil, fmt.Errorf("lexicon: %s: unknown category %q", e.ID, e.Category)
		case seen[e.ID]:
			return nil, fmt.Errorf("lexicon: %s: duplicate id", e.ID)
		}
		seen[e.ID] = true
	}
	// References are checked once every id is known.
	for _, e := range l.Entries {
		for _, ref := range []string{e.ReducedTo, e.ActsAs, e.Lacks, e.Parent, e.HarmAs, e.TreatedAs, e.MeasuredAs, e.KindOf} {
			if ref != "" && !seen[ref] {
				return nil, fmt.Errorf("lexicon: %s: refers to unknown id %s", e.ID, ref)
			}
		}
		// A cased name's capitals are kept word by word, so its words
		// must be the matcher's words.
		if e.Cased {
			for _, a := range e.Aliases() {
				if len(strings.FieldsFunc(a, func(r rune) bool { return !isWordRune(r) })) != len(words(a)) {
					return nil, fmt.Errorf("lexicon: %s: cased name %q splits into other words than it matches", e.ID, a)
				}
			}
		}
	}
	return &l, nil
}

// DefaultLexicon returns the built-in lexicon.
func DefaultLexicon() (*Lexicon, error) {
	b, _ := dataFS.ReadFile("data/lexicon.json")
	return ParseLexicon(b)
}

// LoadLexicon reads a lexicon file from disk.
func LoadLexicon(path string) (*Lexicon, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	return ParseLexicon(b)
}

// Measures are the nouns that make a name an outcome scale.
type Measures struct {
	// Closing nouns end a name ("Scale", "score").
	Closing []string `json:"closing"`
	// Opening nouns open a name and are translated ("skor" → "score").
	Opening map[string]string `json:"opening"`
	// Qualifiers may open a closing-noun name in lower case ("modified").
	Qualifiers []string `json:"qualifiers"`
	// Connectors may stand inside a name in lower case ("of", "for", and
	// descriptors such as "clinical" in "Thongprasom clinical score").
	Connectors []string `json:"connectors"`
	// Times are the words of a time point written before a name ("Day-7
	// REEDA scores", "Week-12 WOMAC"): they are not part of it.
	Times []string `json:"times"`
}

// Words holds word patterns per language code.
type Words map[string][]string

// all returns the patterns of every language.
func (w Words) all() []string {
	var out []string
	for _, l := range []string{"id", "en"} {
		out = append(out, w[l]...)
	}
	for l, ws := range w {
		if l != "id" && l != "en" {
			out = append(out, ws...)
		}
	}
	return out
}

// Cues are the extractor's patterns.
type Cues struct {
	Abbreviations []string `json:"abbreviations"`
	Boilerplate   struct {
		Line    []string `json:"line"`
		Next    []string `json:"next"`
		Stop    []string `json:"stop"`
		Caption []string `json:"caption"`
	} `json:"boilerplate"`
	Metadata   []string            `json:"metadata"`
	References []string            `json:"references"`
	Sections   map[string][]string `json:"sections"`
	Stopwords  Words               `json:"stopwords"`
	Certainty  struct {
		Speculative Words `json:"speculative"`
		Hedged      Words `json:"hedged"`
		Strong      Words `json:"strong"`
	} `json:"certainty"`
	Negation Words `json:"negation"`
	// NegationExceptions look like negations but are not ("bukan hanya").
	NegationExceptions Words `json:"negationExceptions"`
	// FailedCare say that a condition did not give way to a therapy ("that
	// has not improved with physical therapy", "yang tidak membaik dengan
	// obat", "do not respond to standard induction therapy"): the therapy
	// is one used for the condition, which the words deny nothing of. Only
	// in a relative clause or before standard care: "Patients with ALS did
	// not respond to stem cell therapy in the trial" is a failure.
	FailedCare Words `json:"failedCare"`
	// ObjectMarkers are prepositions after which an entity is the object of
	// something else, not a clause's subject.
	ObjectMarkers Words `json:"objectMarkers"`
	// RelativePronouns open a relative clause ("yang", "that").
	RelativePronouns Words `json:"relativePronouns"`
	// RiskWords mark a sentence about side effects ("efek samping",
	// "adverse"): one that names no therapy is about the therapy at hand.
	RiskWords Words `json:"riskWords"`
	// KnownWords are correctly spelled words that the typo-tolerant matcher
	// must never read as a near lexicon word ("informasi" is not
	// "inflamasi", "selling" is not "swelling"); found by running the
	// matcher over frequent words of each language.
	KnownWords Words `json:"knownWords"`
	// Copulas join a subject to what it is ("Sekretom adalah cairan …"): a
	// relative clause on the complement is about the subject.
	Copulas Words `json:"copulas"`
	// CauseMarkers introduce a cause ("akibat", "due to"): what follows is
	// not the object of the verb before.
	CauseMarkers Words `json:"causeMarkers"`
	// Contraindications ("tidak dianjurkan", "not recommended") say when a
	// therapy should not be used: not a claim that it treats or fails to.
	Contraindications Words `json:"contraindications"`
	// Subordinators open a fronted clause that ends at its first comma
	// ("Because X contains no cells, the risk … is low").
	Subordinators Words `json:"subordinators"`
	// ListModifiers may stand before a list item without breaking the list
	// ("… or severe hypoglycaemia").
	ListModifiers Words `json:"listModifiers"`
	// Measures name the nouns of outcome scales. An English noun ends a
	// capitalised name ("National Institutes of Health Stroke Scale", "WOMAC
	// score"); an Indonesian one opens it and is translated ("skor IIEF-5"
	// is the "IIEF-5 score").
	Measures Measures `json:"measures"`
	// PurposeOpeners open a sentence with the condition its therapies are
	// for ("Untuk spastisitas, suntikan toksin botulinum …").
	PurposeOpeners Words `json:"purposeOpeners"`
	// PurposeLinks say what an item of a list is for before the next item
	// ("chest physiotherapy to clear the airways, hypertonic saline …").
	PurposeLinks Words `json:"purposeLinks"`
	// Concessives open a clause that does not inherit the subject before
	// it ("although", "sedangkan").
	Concessives Words `json:"concessives"`
	// CareLimits say what care is limited to ("pilihan … terbatas pada",
	// "current treatment relies on"): after a word of care, what follows
	// is standard care.
	CareLimits Words `json:"careLimits"`
	// SufferVerbs say a condition was suffered ("mengalami", "developed"):
	// what caused it is a harm too, not only how the condition came.
	SufferVerbs Words `json:"sufferVerbs"`
	// ShownVerbs say what those counted showed ("None of the treated mice
	// showed signs of liver toxicity"): read only after a negation that
	// counts, since "mice that showed milder injury caused by infection"
	// names no harm of the therapy.
	ShownVerbs Words `json:"shownVerbs"`
	// CausedBy are causal prepositions ("akibat", "induced by"): the
	// therapy after one causes what was named before it.
	CausedBy Words `json:"causedBy"`
	// ContractedAfter say a condition came after an illness caught before
	// ("setelah terserang meningitis", "after contracting measles"): the
	// illness is how the condition came about, no harm of a therapy.
	ContractedAfter Words `json:"contractedAfter"`
	// AppositionOpeners open an apposition naming what a drug is ("a",
	// "sebuah"): "Dexamethasone, a steroid …".
	AppositionOpeners Words `json:"appositionOpeners"`
	// SafeFor say whom a therapy suits without harm ("aman untuk", "safe
	// for"): a condition right after them is who may use it, not what it
	// treats.
	SafeFor Words `json:"safeFor"`
	// RiskGroups single out whom a harm touches most ("terutama pada",
	// "especially in"): in a sentence of harm, the condition after them is
	// whom the harm touches, not what is treated.
	RiskGroups Words `json:"riskGroups"`
	// ContraVerbs are verbs of giving or doing that, denied right before a
	// therapy given to patients ("We do not perform PRP on patients with
	// …"), name a contraindication.
	ContraVerbs Words `json:"contraVerbs"`
	// MeasuredAfter say, right after a harm, that it was measured ("Pain
	// was judged by …", "Nyeri dinilai dengan VAS"): an outcome, no harm.
	MeasuredAfter Words `json:"measuredAfter"`
	// GenericProducts are the bare nouns of products ("produk", "product"):
	// with a demonstrative ("Produk ini") on a page that sells a product,
	// they stand for that product.
	GenericProducts Words `json:"genericProducts"`
	// Comparatives after a counting negation make it count an amount ("no
	// more than two patients"), not deny that any had the harm.
	Comparatives Words `json:"comparatives"`
	// Worsenings say a condition got worse or came up ("memburuk", "can
	// temporarily worsen"): an item of a benefit list saying so names
	// nothing eased.
	Worsenings Words `json:"worsenings"`
	// ConditionSettings name, between two conditions, the second as the
	// setting of the first ("perianal fistulas in Crohn's disease"): a
	// therapy for the first is no therapy for the second.
	ConditionSettings Words `json:"conditionSettings"`
	// Lowerings say, after a name, that it went down ("peradangan
	// berkurang", "pertumbuhan pembuluh darah baru … dapat ditekan",
	// "inflammation was reduced").
	Lowerings Words `json:"lowerings"`
	// Easings say, after a condition, that it eased or went away
	// ("Nyeri sendi berkurang", "flek memudar", "acne scars fade"): an
	// item of a therapy's list saying so names what the therapy treats.
	// Wider than Lowerings, which are said of mechanisms and measures
	// ("inflammation was reduced"), and than Betterings: a side effect
	// that went away ("memar yang memudar") was still a side effect.
	Easings Words `json:"easings"`
	// EasedOpeners open an item of a therapy's list with less of what
	// follows ("Fewer acne breakouts", "Less hair loss", "Berkurangnya
	// nyeri sendi"): the condition named next is eased, as with Easings
	// after it.
	EasedOpeners Words `json:"easedOpeners"`
	// Reliefs say a harm ended ("tidak lagi", "no longer"): what follows
	// is relief, no risk denied.
	Reliefs Words `json:"reliefs"`
	// ArmNouns name a trial's arm by the therapy it got: the English ones
	// right after it ("MSC recipients", "the MSC group", not "the
	// corticosteroid group of medicines": ArmNotBefore), the Indonesian
	// ones right before it ("kelompok MSC").
	ArmNouns     Words `json:"armNouns"`
	ArmNotBefore Words `json:"armNotBefore"`
	// FormNouns name the form a therapy comes in, written after it
	// ("hyaluronic acid injections", "bronchodilator inhalers"): a list
	// of therapies runs on past them.
	FormNouns Words `json:"formNouns"`
	// Unrelated words disown a harm named right before it ("a blood clot in the
	// lung, which the investigators judged unrelated to the treatment"):
	// it happened, but not as the therapy's risk.
	Unrelated Words `json:"unrelated"`
	// Untils say a list item waits for something ("sampai", "until"):
	// "Hindari naik tangga sampai nyeri sendi berkurang" is an
	// instruction, not a benefit.
	Untils Words `json:"untils"`
	// BenefitHeadingWords may follow the noun of benefit in a heading over
	// a list of what the page's therapy does ("Manfaat yang Dilaporkan
	// Klien Kami").
	BenefitHeadingWords Words `json:"benefitHeadingWords"`
	// Betterings say, after a harm, that it got better than it was or
	// than with something else ("lebih ringan", "less severe",
	// "improved"): a report of relief, no risk. Only comparisons: a harm
	// that went away (Easings) still arose.
	Betterings Words `json:"betterings"`
	// Concedes open a clause that concedes a harm ("meski", "although"):
	// the harm is the therapy's the clause before names.
	Concedes Words `json:"concedes"`
	// AfterWords place a harm in the time after a therapy ("setelah",
	// "after"): a sentence with one speaks of the therapy's harms.
	AfterWords Words `json:"afterWords"`
	// GivingTimes open a sentence with the time after the therapy at hand
	// was given ("After the injections, …", "Within a week of the
	// infusion, …").
	GivingTimes Words `json:"givingTimes"`
	// ProtectsFrom are the words before what a therapy protects from
	// ("melindungi sel saraf dari kematian sel"): that is no way it works.
	ProtectsFrom Words `json:"protectsFrom"`
	// Insteads turn a denial into what holds ("tidak mengandung sel,
	// melainkan faktor pertumbuhan", "no cells but rather growth factors"):
	// a negation before one does not reach the names after it.
	Insteads Words `json:"insteads"`
	// Onlys after a comma that follows a denial say what holds instead
	// ("We never infuse stem cells themselves, only the exosomes they
	// release"); inside the denied clause they narrow what it denies ("no
	// tumours in mice given only exosomes").
	Onlys Words `json:"onlys"`
	// Sufferers name the people who have the condition ("penderitanya",
	// "people with"): the harms a sentence says they have, naming no
	// therapy and no time after one, are the condition's.
	Sufferers Words `json:"sufferers"`
	// TreatedHarms are words right before a harm that make it what is
	// treated, not a risk ("treat long COVID fatigue", "an option for
	// pelvic pain", "untuk nyeri").
	TreatedHarms Words `json:"treatedHarms"`
	// WorkVerbs say how a therapy works ("bekerja", "works") when a colon
	// after them spells it out.
	WorkVerbs Words `json:"workVerbs"`
	// Consequences open a clause of consequence after a comma ("jadi",
	// "so").
	Consequences Words `json:"consequences"`
	// Owners, opening an organisation's name, make it the page's own
	// ("Our Knee Pain Center"), which is no entity.
	Owners Words `json:"owners"`
	// Possessives close a name that is the page's own ("Klinik Kami").
	Possessives Words `json:"possessives"`
	// CauseSuffixes, joined by a hyphen after a name, make it the cause of
	// what follows ("cisplatin-induced AKI").
	CauseSuffixes Words `json:"causeSuffixes"`
	// Populations say who the patients are ("children with", "penderita"):
	// a condition after one may only describe them.
	Populations Words `json:"populations"`
	// StandardCare names standard or first-line treatment ("standard
	// induction therapy", "terapi standar"): the conventional therapies the
	// sentence lists treat its condition.
	StandardCare Words `json:"standardCare"`
	// StandardAdjectives and CareNouns make a mark of standard care when
	// written next to each other ("the standard injection", "suntikan
	// standar") beyond the phrases of StandardCare.
	StandardAdjectives Words `json:"standardAdjectives"`
	CareNouns          Words `json:"careNouns"`
	// Benefits say that something helps, before a copula that names what
	// ("Yang terbukti membantu anak CP adalah fisioterapi …").
	Benefits Words `json:"benefits"`
	// Improvements say that an outcome got better ("menurunkan",
	// "improved"): a therapy that improved an outcome in a population
	// treated the population's condition.
	Improvements Words `json:"improvements"`
	// PopulationNouns name patients right before their condition ("64
	// pasien AR", "penderita HNP").
	PopulationNouns Words `json:"populationNouns"`
	// PopulationAnaphora refer back to patients already described ("Kelompok
	// ini biasanya mendapat takrolimus"): what they receive treats the
	// document's condition.
	PopulationAnaphora Words `json:"populationAnaphora"`
	// CountWords count a condition's treatments ("three", "beberapa") in a
	// sentence that leads the next, which names them.
	CountWords Words `json:"countWords"`
	// ConditionHeads end the names of conditions (English): "fistula",
	// "stricture"; with the words before them a text names a condition the
	// lexicon lacks.
	ConditionHeads []string `json:"conditionHeads"`
	// OwnProducts are a page's words for its own product ("produk kami",
	// "our products"): the therapy the page names most.
	OwnProducts Words `json:"ownProducts"`
	// Carriers put a product on or in a vehicle ("exosomes loaded on a
	// scaffold"): the vehicle contains it, and is not what acts.
	Carriers Words `json:"carriers"`
	// Conditionals open a clause that states a condition ("jika", "if"):
	// a symptom named there is the patient's, not a therapy's risk.
	Conditionals Words `json:"conditionals"`
	// Verdicts judge the evidence for what the clause says ("belum
	// terbukti", "remains experimental"); a hedge among them qualifies the
	// claim even when it comes after it.
	Verdicts Words `json:"verdicts"`
	// BenefitNouns name a benefit ("manfaat", "improvement"): denied right
	// before a therapy ("found no benefit of PRP") they deny that it treats.
	BenefitNouns Words `json:"benefitNouns"`
	// Examples introduce instances of a class ("such as", "seperti"):
	// "antifibrotic drugs such as pirfenidone" says pirfenidone is
	// antifibrotic.
	Examples Words `json:"examples"`
	// QuestionOpeners open a question ("Apakah", "Can"): a sentence ending
	// in a question mark that opens with one asks and claims nothing, one
	// that does not asks only in its last clause ("Stem cells can repair
	// cartilage, but are they safe?").
	QuestionOpeners Words `json:"questionOpeners"`
	// RhetoricalOpeners open a question that states what follows ("Did
	// you know that …?").
	RhetoricalOpeners Words `json:"rhetoricalOpeners"`
	// Occurrences say a harm came about ("terjadi", "occurred"): denied
	// after the harm ("… did not occur") they deny it, as a denied
	// finding does.
	Occurrences Words `json:"occurrences"`
	// Withouts say a therapy is not done ("tanpa operasi", "without
	// surgery"): named only so, it is no topic.
	Withouts Words `json:"withouts"`
	// HarmLeads, right before a name with LexEntry.HarmAs, make it the
	// harm ("can cause cancer", "risiko kanker", "turn into cancer"),
	// whatever else the sentence says.
	HarmLeads Words `json:"harmLeads"`
	// DeniedBreaks end the reach of a negation after the harms it denies
	// ("Demam muncul …, tetapi infeksi tidak ditemukan"); NegatedAux may
	// stand between that negation and its verb ("has not been
	// reported"); AfterTimes after the verb say the harm passed ("tidak
	// terlihat lagi setelah tiga hari"), not that it never came; those of
	// them in TimeLinks ("after", "setelah") only when a unit of time
	// follows ("not reported after the procedure" denies). TimeLinks also
	// mark care the patients had before ("after breast cancer treatment").
	DeniedBreaks Words `json:"deniedBreaks"`
	NegatedAux   Words `json:"negatedAux"`
	AfterTimes   Words `json:"afterTimes"`
	TimeLinks    Words `json:"timeLinks"`
	// DeniedKinds are the kinds of thing a negation may deny a claim
	// through, by a relative clause on them ("not a disease that can be
	// cured with stem cells", "bukan penyakit yang bisa disembuhkan
	// dengan …").
	DeniedKinds Words `json:"deniedKinds"`
	// DefiningVerbs, right after a condition a sentence opens with, say
	// what the condition is ("Penyakit autoimun terjadi ketika …",
	// "Osteoarthritis is …"): the symptoms a next sentence eases are its.
	DefiningVerbs Words `json:"definingVerbs"`
	// BareCells deny that a product holds cells, the bare word ending its
	// phrase or coming before "or" ("Sekretom tidak mengandung sel, jadi
	// …"): the cells are live cells, as in "tidak mengandung sel hidup".
	// Only denials: "media kultur yang mengandung sel" says what the
	// medium held.
	BareCells Words `json:"bareCells"`
	// NegationLinks join an existential negation to what it denies,
	// around the pronoun between ("no way for it to form a tumour", "no
	// way that it could …"); a negation ending in one right before a
	// subject denies what the subject does ("We do not claim that stem
	// cells cure …", "Kami tidak mengklaim sel punca menyembuhkan …").
	NegationLinks Words `json:"negationLinks"`
	// MeasureWords say a quantity was measured ("levels", "kadar",
	// "measured"): near them a drug's name is its level
	// (LexEntry.MeasuredAs).
	MeasureWords Words `json:"measureWords"`
	// BodySites name parts of the body by their English word, each with
	// its words in either language ("ankle": "pergelangan kaki", "ankle").
	// A condition named with its site ("OA pergelangan kaki", "ankle OA")
	// is the lexicon's entry named "<site> <condition>" when there is one.
	BodySites map[string][]string `json:"bodySites"`
	// Sites name a place on the body by a procedure done there: a word
	// before the procedure in Indonesian ("area sedot lemak") or after it
	// in English ("liposuction site").
	Sites struct {
		// Before are the words before the procedure ("area", "lokasi").
		Before []string `json:"before"`
		// After are the words after it ("site").
		After []string `json:"after"`
	} `json:"sites"`
	// Units name a team, laboratory or department by the therapy it works
	// on, capitalised: the noun before the therapy in Indonesian ("Tim
	// Terapi Sel", "Laboratorium Sel Punca"), after it in English ("the
	// Stem Cell Unit"). Each is one word: only the word next to the
	// therapy is read.
	Units struct {
		// Before are the unit nouns before the therapy ("tim", "unit").
		Before []string `json:"before"`
		// After are the unit nouns after it ("unit", "centre").
		After []string `json:"after"`
	} `json:"units"`
	// Recipients are the verbs of receiving a therapy ("received",
	// "menerima"): the condition they treat is named right before them.
	Recipients []string `json:"recipients"`
	// FormRoutes map a route's lexicon name to the product forms that imply
	// it when written against a therapy's name ("krim steroid", "secretome
	// ointment" are topical).
	FormRoutes map[string]Words `json:"formRoutes"`
	// ProductSuffixes map a cell product's lexicon name to the short forms
	// joined by a hyphen to a cell's acronym that name it ("MSC-Exo",
	// "UC-MSC-S", "UC-MSC-CM"): the product, not the cells. Case matters.
	ProductSuffixes map[string][]string `json:"productSuffixes"`
	// TermHeads map the last word of a term the text defines with an
	// acronym ("cultivated limbal epithelial transplantation (CLET)") to
	// the category such a term has; TermSkip are the small words that give
	// the acronym no letter ("of", "and").
	TermHeads map[kg.Category][]string `json:"termHeads"`
	TermSkip  []string                 `json:"termSkip"`
	// Into lead from an injection to the place it goes ("ke dalam",
	// "into the"); route names that start with them name that place.
	Into Words `json:"into"`
	// SymptomLinks put a symptom in the disease it belongs to ("penurunan
	// fungsi kognitif pada Alzheimer", "cognitive decline in Alzheimer").
	SymptomLinks []string `json:"symptomLinks"`
	// Attributives, hyphened to a therapy's name, make it qualify the harm
	// after it ("No PRP-related inflammation was observed").
	Attributives []string `json:"attributives"`
	// LooseAttributives are those that qualify even without the hyphen
	// ("No PRP related infection occured"): they are no verb.
	LooseAttributives []string `json:"looseAttributives"`
	// Symptoms introduce what a disease is made of ("a chronic condition of
	// bladder pain", "ditandai dengan nyeri"): a harm named after one is the
	// disease's symptom, not a therapy's side effect.
	Symptoms Words `json:"symptoms"`
	// SideVerbs say that patients took, underwent, had or needed a therapy
	// ("took", "underwent", "after", "menjalani", "setelah", "tidak lagi
	// membutuhkan transfusi"): one so named besides the document's own
	// therapy is not the therapy at hand.
	SideVerbs Words `json:"sideVerbs"`
	// ListJoins end an item of a list before the next ("dan", "or"): an
	// unnamed item so set off keeps a list of objects going.
	ListJoins Words `json:"listJoins"`
	// DrugNouns written with a mechanism name a class of drugs by how it
	// acts ("anti-inflammatory tablets", "obat antifibrotik").
	DrugNouns Words `json:"drugNouns"`
	// MemberLinks introduce the members of a class named just before
	// ("yaitu", "such as").
	MemberLinks Words `json:"memberLinks"`
	// HarmSources, right before a therapy in an item of a side-effect list,
	// name it as the harm's source ("pinpoint bleeding from microneedling",
	// "nyeri setelah PRP").
	HarmSources Words `json:"harmSources"`
	// SideAfter follow a therapy carried on beside the one studied
	// ("Maintenance immunosuppression … was continued unchanged").
	SideAfter Words `json:"sideAfter"`
	// Conjunctions join a second clause after a comma (", dan", ", and"):
	// a negation before them does not reach a clause with its own subject.
	Conjunctions []string `json:"conjunctions"`
	// HarmJoins are the contrast words that, like Conjunctions, join a
	// verb of harm to the sentence's first verb and its subject
	// ("Tetrabenazine reduces chorea but may cause depression").
	HarmJoins Words `json:"harmJoins"`
	// AcronymOr introduce an acronym after a name instead of brackets
	// ("cardiosphere-derived cells, or CDCs,").
	AcronymOr []string `json:"acronymOr"`
	// MeasureLinks join an outcome to the measure that scores it ("nyeri
	// dengan VAS", "pain on the VAS").
	MeasureLinks []string `json:"measureLinks"`
	// OrgPrefixes are words a capitalised run may open with that are not
	// part of the organisation's name ("About Westmere University", "The
	// Lumora Regenerative Eye Center").
	OrgPrefixes []string `json:"orgPrefixes"`
	// OrgOwners are the last words of institutions that own another by
	// a possessive ("Northvale University's Halloway Institute for
	// Cardiovascular Research"): the name is the owned one's.
	OrgOwners []string `json:"orgOwners"`
	// OrgPlaces are the last words of places patients go to for care
	// ("Hospital", "Clinic"): "… Clinic for Parkinson's Disease surgery"
	// says what for, not the clinic's name.
	OrgPlaces []string `json:"orgPlaces"`
	// UnitWords are the words of a faculty's or a hospital's kind; a name
	// made of them alone ("Fakultas Kedokteran", "School of Medicine",
	// "Rumah Sakit Umum Daerah") names no one organisation.
	UnitWords []string `json:"unitWords"`
	// Remains are verbs that, like a copula, can put the therapies last
	// ("Yang sudah terbukti membantu … tetap terapi perilaku", "what
	// works remains physiotherapy").
	Remains Words `json:"remains"`
	// Sources name where a cell product comes from ("derived from",
	// "released by", "berasal dari"): the cell after one is the product's
	// source, not an agent of the clause. SourceMarks do the same from
	// after the cell ("MSC-derived exosomes"), and SourceOf are the plain
	// prepositions ("sekretom dari MSC", "secretome of MSCs") that count
	// only right after a cell product.
	Sources     Words    `json:"sources"`
	SourceMarks []string `json:"sourceMarks"`
	// ProductSources say, right after a cell product, what releases it,
	// with no "oleh"/"by" ("Eksosom yang disekresikan sel punca
	// mesenkimal"): the cells after them are its source.
	ProductSources Words `json:"productSources"`
	// JoinMarks are the marks that join two products into one offer in a
	// heading ("Salmon DNA + Exosome", "PRP & Exosome"), where a word such
	// as "dan" or a comma may only list a menu.
	JoinMarks []string `json:"joinMarks"`
	// JoinWords join two products, and only two, into one offer in a
	// heading ("Manfaat infus eksosom dan sekretome"); a longer list is a
	// menu.
	JoinWords Words `json:"joinWords"`
	SourceOf  Words `json:"sourceOf"`
	// ClassWords may stand before a parenthesised class that glosses a
	// therapy ("galantamin (golongan penghambat kolinesterase)").
	ClassWords []string `json:"classWords"`
	// ClassOf joins a class of drugs to the one named after it ("obat
	// antinyeri golongan NSAID"): only the latter is named.
	ClassOf []string `json:"classOf"`
	// Witnesses are verbs of finding ("saw", "observed", "ditemukan"): a
	// negation right before one denies what the clause goes on to name ("we
	// never saw the particles trigger an immune reaction").
	Witnesses Words `json:"witnesses"`
	// Contrasts open a sentence with what its subject is set against
	// ("Berbeda dengan steroid, exosome …", "Unlike stem cells, …"): the
	// therapy they name is not what the text goes on about.
	Contrasts Words `json:"contrasts"`
	// ComparedRecipients name those who received a therapy ("pasien yang hanya
	// mendapat", "those given"): after a contrast or "than", the therapy
	// they received is set against the sentence's subject too ("dibanding
	// pasien yang hanya mendapat fisioterapi").
	ComparedRecipients Words `json:"comparedRecipients"`
	// Thans compare, like contrasts, but only before recipients ("than").
	Thans Words `json:"thans"`
	// Onsets say how a condition arises ("Keratitis neurotrofik sering
	// muncul pada penderita diabetes"), Untreated what it does without care
	// ("Jika tidak ditangani, luka … berkembang menjadi ulkus"), and
	// MeasureNouns open a list of what a study measures ("Luaran yang diukur
	// meliputi …"): such sentences are about the disease or the study, so
	// the therapy at hand is not their unsaid subject.
	Onsets       Words `json:"onsets"`
	Untreated    Words `json:"untreated"`
	MeasureNouns Words `json:"measureNouns"`
	// ActsAs are the verbs of "act as", "bekerja sebagai", one word
	// (an adverb) allowed between verb and "as": a class of therapies named
	// after them with an ActsAs entry is its mechanism.
	ActsAs Words `json:"actsAs"`
	// Rarer say a harm was less frequent with a therapy ("Cytomegalovirus
	// infection was less frequent in the MSC group", "fewer infections"): a
	// benefit, not a side effect.
	Rarer Words `json:"rarer"`
	// Occasions open a sentence with when it happens ("Selama operasi, PRP
	// dan BMAC disuntikkan …", "During surgery, …"): like a contrast, the
	// therapy they name is not what the text goes on about.
	Occasions Words `json:"occasions"`
	// Remedies introduce what was done about a side effect ("treated with",
	// "that needed", "diobati dengan"): a therapy named after them cured
	// the harm, it did not cause it.
	Remedies Words `json:"remedies"`
	// ResolvedWords say a side effect cleared up with a therapy ("resolved
	// with antibiotics"): that therapy is no new topic.
	ResolvedWords Words `json:"resolvedWords"`
	// BothArms say that something held in every arm of a trial ("in both
	// groups", "pada kedua kelompok").
	BothArms Words `json:"bothArms"`
	// Kickers are labels pages put above a headline ("Original Research",
	// "Tanya Dokter"): they are not the title.
	Kickers []string `json:"kickers"`
	// TitleNoise are patterns of opening lines that are no headline: a
	// journal's or repository's header, a menu spaced with blanks. Lines
	// that match SiteNoise are no headline either.
	TitleNoise []string `json:"titleNoise"`
	// SiteNoise are patterns of opening lines that name no site though a
	// menu follows them, nor a headline: a cookie banner, a breadcrumb, a
	// contact line, an advertisement, a newsletter box.
	SiteNoise []string `json:"siteNoise"`
	// SiteWords mark a short opening line as the name of the site or
	// clinic ("Harborview Spine & Regenerative Center"), not its headline.
	SiteWords []string `json:"siteWords"`
	// Bylines open the line naming who wrote a piece ("By", "Ditulis
	// oleh"): the line above one is its headline.
	Bylines []string `json:"bylines"`
	// ProductNouns name the form a therapy comes in ("cream", "spray",
	// "tetes"): named right after a therapy, they let "the cream" refer
	// back to it.
	ProductNouns Words `json:"productNouns"`
	// GroupWords name a trial's arm by its therapy ("pada kelompok PRP"):
	// a therapy after a preposition and one of them is the arm's, and may
	// be what a finding is about.
	GroupWords Words `json:"groupWords"`
	// WorkLeads open a list of how the therapy at hand works ("Bagaimana
	// cara kerjanya?", "How does it work?") without naming it.
	WorkLeads Words `json:"workLeads"`
	// SetAside are the words before a way of working a text rules out
	// ("rather than by turning into new cells", "alih-alih"): they deny
	// the mechanism right after them, and nothing else.
	SetAside Words `json:"setAside"`
	// SignWords, after a negation, deny what follows as a finding would
	// ("no sign that the cells triggered an immune reaction", "tidak ada
	// bukti"); alone ("Signs of infection include …") they report nothing.
	SignWords Words `json:"signWords"`
	// RiskNouns are the nouns of risk itself ("risk", "risiko"), narrower
	// than RiskWords, which also hold verbs of suffering ("had",
	// "mengalami").
	RiskNouns Words `json:"riskNouns"`
	// Higher are the words that say a risk is raised ("Risikonya lebih
	// tinggi pada …", "the risk is higher in …").
	Higher Words `json:"higher"`
	// ProductIntros are the words that introduce a product's name
	// ("known as CRX-201", "bernama DermaRegen"); ProductArticles open a
	// phrase set in apposition to one ("Fistracel, a one-off injection").
	// A name so marked, after a therapy word, is a product the lexicon
	// need not know.
	ProductIntros   Words `json:"productIntros"`
	ProductArticles Words `json:"productArticles"`
	// Determiners make a noun definite ("the", "these"; "ini", "tersebut"
	// after the noun): "the vesicles" refers to a therapy named before.
	Determiners Words `json:"determiners"`
	// Reducers are verbs of lowering something ("menekan", "reduce").
	Reducers     Words `json:"reducers"`
	ClauseBreaks Words `json:"clauseBreaks"`
	Coordination Words `json:"coordination"`
	Anaphora     Words `json:"anaphora"`
	// Approvals are a regulator's words ("approved", "disetujui"): denied,
	// they deny no treating.
	Approvals Words `json:"approvals"`
	// CareLeads mark a lead-in that opens a list of a condition's care
	// ("dokter dapat meresepkan:", "treatment options:").
	CareLeads Words `json:"careLeads"`
	// Fillers say what a route's vehicle holds ("a nasal spray containing
	// EVs", "semprotan hidung berisi sekretome").
	Fillers Words `json:"fillers"`
	// Demonstratives point back ("ini", "this"): a reference back holding
	// one names the sentence's subject.
	Demonstratives []string `json:"demonstratives"`
	// Combined join a therapy to those given with it ("dikombinasikan
	// dengan", "combined with"): they share what it treats.
	Combined Words `json:"combined"`
	// Releases are the verbs by which a cell gives off a product
	// ("releasing exosomes", "melepaskan sekretom").
	Releases Words `json:"releases"`
	// FeatureLinks join a condition to a feature of it ("NASH dengan
	// fibrosis", "OA with effusion").
	FeatureLinks []string `json:"featureLinks"`
	// RiskLinks join a noun of risk to the condition risked ("risk of
	// cerebral palsy", "risiko terjadinya perforasi").
	RiskLinks []string `json:"riskLinks"`
	// RiskBearers before a noun of risk make it the patients' own ("infants
	// at risk of BPD"): what they are at risk of is no therapy's harm.
	RiskBearers []string `json:"riskBearers"`
	// TreatLeads are the words of a heading or lead-in that say the list
	// under it is of what a therapy treats ("we treat with", "dapat
	// membantu").
	TreatLeads Words `json:"treatLeads"`
	// HarmNouns say a sentence speaks of harms ("efek samping", "risk of"):
	// a process it names, such as inflammation, is a harm there
	// (LexEntry.HarmAs).
	HarmNouns Words `json:"harmNouns"`
	// Substitutes say a therapy is no substitute for what follows ("bukan
	// pengganti", "not a substitute for"): like a contraindication they
	// leave the clause without a claim, but for the claims of what follows
	// right after them.
	Substitutes Words `json:"substitutes"`
	// HeadingDoubts in a heading say it doubts or denies what it names
	// ("Stem Cell Therapy for ALS Fails in Phase 3 Trial", "Mitos atau
	// Fakta"): such a heading claims nothing.
	HeadingDoubts Words `json:"headingDoubts"`
	// ReleasedNouns name what cells release ("sinyal", "factors"): "dari"
	// / "from" after one names the cells as a source, not a topic.
	ReleasedNouns Words `json:"releasedNouns"`
	// VesicleWords describe vesicles without naming them ("tiny packages",
	// "partikel"): right before a word of releasing and the cells that
	// release them, they are the vesicles the document names.
	VesicleWords Words `json:"vesicleWords"`
	// VesicleLeads may stand right before VesicleWords ("the", "ini",
	// "are"); after any other word the words are of another noun
	// ("Microplastic particles").
	VesicleLeads Words `json:"vesicleLeads"`
	// CellHeads are nouns a cell's name qualifies ("stem cell clinics"):
	// such cells release no vesicles.
	CellHeads Words `json:"cellHeads"`
	// HeadingLinks join a heading's therapies to the conditions they
	// treat ("PRP for Plantar Fasciitis", "Sekretom untuk Luka Bakar").
	HeadingLinks Words `json:"headingLinks"`
	// MeansWords join a thing to what it is done with: the care of a
	// condition to its therapies in a heading ("Perawatan Peri-implantitis
	// dengan i-PRF"), and a condition to its measure where the verb is left
	// out ("… and hearing loss with pure-tone thresholds").
	MeansWords Words `json:"meansWords"`
	// HeadingCare open a heading with the care given ("Perawatan …",
	// "Treatment of …"): before a therapy it names what the therapy is,
	// before a condition what is cared for.
	HeadingCare Words `json:"headingCare"`
	// Animals name laboratory animals ("tikus", "mice"): in a study of
	// them a wound or arthritis is one the model induced, not the kind of
	// it patients have (LexEntry.KindOf).
	Animals Words `json:"animals"`
	// OtherKinds, right before a broader condition's name, make it a kind
	// the lexicon lacks ("acute low back pain", "raised acne scars"), not
	// the one kind a document is about (LexEntry.KindOf).
	OtherKinds Words `json:"otherKinds"`
	// SharedJoins join two words that share the rest of one name ("liver
	// or kidney toxicity", "toksisitas hati dan ginjal").
	SharedJoins Words `json:"sharedJoins"`
	// Raisers are verbs that raise what follows ("promoted", "meningkatkan"):
	// one between a lowering cue and a mechanism leaves the mechanism
	// raised ("reduced dermal fibrosis and promoted angiogenesis").
	Raisers Words `json:"raisers"`
	// ContainVerbs say what follows is held by a therapy ("and contains
	// mesenchymal stem cells"): an object after them is no source of a
	// DERIVED_FROM cue before them.
	ContainVerbs Words `json:"containVerbs"`
	// SourceWords say what follows is a therapy's source ("growth factors
	// released by stem cells"): an object after them is not contained by a
	// CONTAINS cue before them.
	SourceWords Words `json:"sourceWords"`
	// CandidateLeads are the words of a heading or question above a list
	// that ask who a therapy suits or which conditions it helps ("Who is a
	// good candidate?", "Siapa yang cocok?", "Kondisi yang dapat dibantu
	// dengan terapi stem cell:"): on a page about that therapy, the
	// conditions the list opens with are what it treats.
	CandidateLeads Words `json:"candidateLeads"`
	// Severities say how severe or advanced a condition is ("mild to
	// moderate", "early-stage"): an item of a list of what a therapy
	// treats may open with one, or with a list modifier ("mild"), before
	// the condition. Indonesian puts them after it, where they are no
	// opening.
	Severities Words `json:"severities"`
	// GivenOpenings open a sentence with how its subject is given
	// ("Given through the nose …, the exosomes", "Disuntikkan ke sendi,
	// PRP …").
	GivenOpenings Words `json:"givenOpenings"`
	// ContentsOpenings open a sentence with the contents of the product at
	// hand, the list of them following right after ("Isinya growth factor,
	// sitokin, dan eksosom", "Kandungannya antara lain VEGF dan EGF", "Its
	// contents include growth factors and exosomes").
	ContentsOpenings Words `json:"contentsOpenings"`
	// CopularDenials deny what the subject is ("Eksosom bukan sel", "EVs
	// are not cells"): a product said not to be cells holds no live cells.
	CopularDenials Words `json:"copularDenials"`
	// HavingWords say the patients a heading names have a condition ("…
	// for Dogs with Hip Dysplasia", "untuk Pasien dengan Stroke"); the
	// PatientNouns name them.
	HavingWords  Words `json:"havingWords"`
	PatientNouns Words `json:"patientNouns"`
	// Disjunctions join two verbs one negation denies both of ("cannot
	// multiply or form tumours").
	Disjunctions []string `json:"disjunctions"`
	// VenueWords close or open the capitalised title of a journal ("Liver
	// Regeneration Letters", "Journal of Ocular Regeneration"): the words
	// of a title name no entity.
	VenueWords Words `json:"venueWords"`
	// TitleLinks are the small words a journal's capitalised title keeps
	// ("Journal of Ocular Regeneration").
	TitleLinks []string `json:"titleLinks"`
	// NoneWords are the negations that count ("no", "tidak ada"): one right
	// before a therapy and the patients who had it denies for them ("no
	// EV-treated patient developed …").
	NoneWords Words `json:"noneWords"`
	// RoleWords introduce the role a therapy plays ("sebagai terapi
	// pendukung", "as an adjunct").
	RoleWords []string `json:"roleWords"`
	// Cures name what a therapy treats ("bukan pengobatan untuk kankernya",
	// "a treatment for cancer"): a harm right after one is the disease
	// treated, not a side effect.
	Cures Words `json:"cures"`
	// Definitions open an apposition saying what a condition is
	// ("proktitis radiasi, yaitu peradangan rektum …"): a mechanism named
	// there is the condition's nature, not how a therapy works.
	Definitions Words `json:"definitions"`
	// BareBenefits say a therapy helps without naming with what
	// ("memang membantu", "offer only partial relief"): the condition is
	// the document's.
	BareBenefits Words `json:"bareBenefits"`
	// Changes are the verbs that report a measure moving or holding
	// ("naik", "tidak berubah", "did not differ", "returned to baseline"),
	// and ChangeNouns the nouns that do so before it ("perbaikan",
	// "improvement in"): the measure was a study's outcome.
	Changes     Words `json:"changes"`
	ChangeNouns Words `json:"changeNouns"`
	// PairAnaphora refer back to two therapies at once ("keduanya", "both
	// therapies").
	PairAnaphora Words `json:"pairAnaphora"`
	// PairOpeners and PairClosers enclose a reference to two therapies
	// that names their kind ("kedua obat pengencer darah ini"): the names
	// between them are of both, not a third therapy.
	PairOpeners Words `json:"pairOpeners"`
	PairClosers Words `json:"pairClosers"`
	// KindOpeners open what a copula says a therapy is ("the only
	// approved drugs", "one of the most widely used chemotherapy drugs").
	KindOpeners Words `json:"kindOpeners"`
	// ProcessLinks steer a process rather than name it ("mengatur",
	// "works through"): with one, a harmful process (tag harmful) a
	// therapy does not lower is still how it works.
	ProcessLinks Words `json:"processLinks"`
	// BothWords count two things of any kind when their noun follows
	// ("kedua mata", "both eyes"; not "minggu kedua,", nor "both men and
	// women"): a sentence that so counts two other things means them by
	// "keduanya", not the last two therapies.
	BothWords Words `json:"bothWords"`
	// GroupAnaphora refer back to the drugs the sentence before named
	// ("obat-obatan ini", "these medications"), all of them.
	GroupAnaphora Words `json:"groupAnaphora"`
	// MethodAnaphora refer back to a way of treating just described ("cara
	// ini", "this method"): right after standard care is named, that care.
	MethodAnaphora Words `json:"methodAnaphora"`
	// HarmVerbs say a therapy brings about what follows them ("does not
	// cause erectile dysfunction", "dapat memicu"): a condition named right
	// after one is a side effect of the therapy.
	HarmVerbs Words `json:"harmVerbs"`
	// ArmWords may stand between two trial arms besides a coordinating word
	// and a route: sizes, doses and articles ("PRP (n=46) or a single
	// injection of triamcinolone 40 mg").
	ArmWords []string `json:"armWords"`
	// CauseNouns say the name before them causes the one after ("the most
	// frequent cause of acute liver failure", "penyebab"): no treating.
	CauseNouns Words `json:"causeNouns"`
	// CareOpeners open a list of first care for the document's condition
	// when the lead-in names none ("langkah awalnya biasanya konservatif:").
	CareOpeners Words `json:"careOpeners"`
	// HarmLinks join a harm to the harm it is of ("a post-injection flare
	// of pain"): the first names the side effect.
	HarmLinks Words `json:"harmLinks"`
	// Existentials open a clause before its negation ("there is no risk
	// of …"): the negation still opens the clause.
	Existentials Words `json:"existentials"`
	// ConditionAnaphora refer to the condition the document is about
	// ("gejala", "this condition") in a sentence that names none.
	ConditionAnaphora Words `json:"conditionAnaphora"`
	// SlowedCourses name the course of the condition the document is about
	// ("the decline", "perburukan") when a word of Slowers comes right
	// before them: "slow the decline" treats that condition.
	SlowedCourses Words `json:"slowedCourses"`
	Slowers       Words `json:"slowers"`
	// CellAnaphora refer back to a cell therapy only ("the cells", "sel-sel
	// ini"): after a secretome they would name its source, not it.
	CellAnaphora Words `json:"cellAnaphora"`
	Attribution  struct {
		Titles      []string `json:"titles"`
		Speech      Words    `json:"speech"`
		Via         Words    `json:"via"`
		SameOutlet  []string `json:"sameOutlet"`
		OutletWords []string `json:"outletWords"`
		Roles       Words    `json:"roles"`
		// Degrees stand after a name ("Sp.KK", "PhD", "MD"): they are no
		// part of it, and a full stop after one ends the sentence when a
		// new one starts ("…, says Dr. Camille Ostrander, MD. “But HRT
		// isn't for everyone …").
		Degrees []string `json:"degrees"`
		// Currencies are no names, though a role word comes before them
		// ("konsultasi dokter Rp 150.000").
		Currencies []string `json:"currencies"`
	} `json:"attribution"`
	Citation struct {
		StudyWords   Words `json:"studyWords"`
		Continuation Words `json:"continuation"`
	} `json:"citation"`
	StudyDesign []struct {
		Words    []string `json:"words"`
		Design   string   `json:"design"`
		Modifier bool     `json:"modifier"`
	} `json:"studyDesign"`
	SampleSize []string            `json:"sampleSize"`
	Genres     map[string][]string `json:"genres"`
	Publisher  []string            `json:"publisher"`
	// Organizations and Outlets find organisation names the lexicon lacks;
	// each pattern's first group is the name.
	Organizations []string                `json:"organizations"`
	Outlets       []string                `json:"outlets"`
	Predicates    map[string]PredicateCue `json:"predicates"`

	compiled compiledCues
}

// PredicateCue says which entities a predicate joins and which words signal it.
type PredicateCue struct {
	Subject Signature `json:"subject"`
	Object  Signature `json:"object"`
	Cues    []Trigger `json:"cues"`
	// Undeniable marks a relation that a negation in its sentence does not
	// deny: "no difference in VAS scores" still says VAS measured the pain.
	Undeniable bool `json:"undeniable"`
}

// Signature restricts the entities on one side of a relation.
type Signature struct {
	Categories []kg.Category `json:"categories"`
	Tags       []string      `json:"tags"`
	NotTags    []string      `json:"notTags"`
	// AffirmedNotTags are tags an entity may carry only in a negated claim:
	// "secretome does not contain stem cells" is a claim, "stem cell
	// technology is part of regenerative therapy" is not a CONTAINS.
	AffirmedNotTags []string `json:"affirmedNotTags"`
	// AffirmedBy are tags of the other side that lift AffirmedNotTags: a
	// cell mixture ("stromal vascular fraction contains MSCs") does contain
	// cells.
	AffirmedBy []string `json:"affirmedBy"`
	// NotHeads are last words of names the side may not have: a product
	// contains platelets, not a "platelet count" or a "WOMAC score" (see
	// headAllowed).
	NotHeads []string `json:"notHeads"`
}

func (s Signature) admits(e *LexEntry) bool {
	ok := false
	for _, c := range s.Categories {
		ok = ok || c == e.Category
	}
	if !ok {
		return false
	}
	if len(s.Tags) > 0 {
		ok = false
		for _, t := range s.Tags {
			ok = ok || e.hasTag(t)
		}
		if !ok {
			return false
		}
	}
	for _, t := range s.NotTags {
		if e.hasTag(t) {
			return false
		}
	}
	return true
}

// headAllowed reports whether e's name ends in none of NotHeads. Such an
// entity still links a list ("platelets, white blood cells and growth
// factors"); only the relation to it is refused.
func (s Signature) headAllowed(e *LexEntry) bool {
	ws := words(e.Name)
	return len(ws) < 2 || !containsFold(s.NotHeads, ws[len(ws)-1])
}

// Trigger is one family of cue words for a predicate: the words (per
// language), where subject and object stand relative to them ("forward":
// subject, cue, object; "reverse": object, cue, subject; "any"), and how many
// words may separate the two entities. A bare trigger needs no words: the
// entities' categories and nearness suffice.
type Trigger struct {
	ID    []string `json:"id"`
	EN    []string `json:"en"`
	Order string   `json:"order"`
	// MaxGap is the most words allowed between the cue and each entity (for
	// bare triggers, between the entities); absent means 12, 0 means the
	// names must touch.
	MaxGap *int `json:"maxGap"`
	Bare   bool `json:"bare"`
	// Named marks a cue too slight to pair with a subject the sentence
	// leaves unsaid ("in", "pada"): "In chronic Lyme the immune system
	// stays stuck" says nothing of the page's therapy; a longer cue says
	// it ("Also helpful in tennis elbow", "Juga digunakan pada kasus
	// stroke"). Only forward cues that are not bare may be named.
	Named bool `json:"named"`
}

type compiledCues struct {
	boilerLine, boilerNext, boilerStop, caption []*regexp.Regexp
	metadata, references, sampleSize, publisher []*regexp.Regexp
	organizations, outlets, titleNoise          []*regexp.Regexp
	siteNoise                                   []*regexp.Regexp
	sections                                    map[string][]*regexp.Regexp
	genres                                      map[string][]pattern
	abbrev                                      map[string]bool
}

// ParseCues reads a cue file's bytes. It returns an error for bad JSON, a bad
// regular expression or an unknown predicate.
func ParseCues(b []byte) (*Cues, error) {
	var c Cues
	if err := json.Unmarshal(b, &c); err != nil {
		return nil, fmt.Errorf("cues: %w", err)
	}
	for p, pc := range c.Predicates {
		if !kg.Predicate(p).Valid() {
			return nil, fmt.Errorf("cues: unknown predicate %q", p)
		}
		// Only a forward cue with words on both sides has a subject it
		// can require the sentence to name.
		for i, t := range pc.Cues {
			if t.Named && (t.Bare || t.Order != "forward") {
				return nil, fmt.Errorf("cues: %s cue %d: named needs a forward cue that is not bare", p, i)
			}
		}
	}
	var err error
	compile := func(name string, pats []string) []*regexp.Regexp {
		return compileEach(name, pats, regexp.Compile, &err)
	}
	cc := &c.compiled
	cc.boilerLine = compile("boilerplate.line", c.Boilerplate.Line)
	cc.boilerNext = compile("boilerplate.next", c.Boilerplate.Next)
	cc.boilerStop = compile("boilerplate.stop", c.Boilerplate.Stop)
	cc.caption = compile("boilerplate.caption", c.Boilerplate.Caption)
	cc.metadata = compile("metadata", c.Metadata)
	cc.references = compile("references", c.References)
	cc.sampleSize = compile("sampleSize", c.SampleSize)
	cc.publisher = compile("publisher", c.Publisher)
	cc.organizations = compile("organizations", c.Organizations)
	cc.outlets = compile("outlets", c.Outlets)
	cc.titleNoise = compile("titleNoise", c.TitleNoise)
	cc.siteNoise = compile("siteNoise", c.SiteNoise)
	cc.sections = map[string][]*regexp.Regexp{}
	for k, v := range c.Sections {
		cc.sections[k] = compile("sections."+k, v)
	}
	cc.genres = map[string][]pattern{}
	for k, v := range c.Genres {
		if _, gerr := kg.ParseGenre(k); gerr != nil && err == nil {
			err = fmt.Errorf("cues: genres: %w", gerr)
		}
		cc.genres[k] = compileEach("genres."+k, v, newPattern, &err)
	}
	for cat := range c.TermHeads {
		if !cat.Valid() && err == nil {
			err = fmt.Errorf("cues: termHeads: unknown category %q", cat)
		}
	}
	cc.abbrev = map[string]bool{}
	for _, a := range c.Abbreviations {
		cc.abbrev[strings.ToLower(a)] = true
	}
	if err != nil {
		return nil, err
	}
	return &c, nil
}

// compileEach compiles every expression of a cue list with compile,
// leaving out the bad ones and recording the first error in *err.
func compileEach[T any](name string, exprs []string, compile func(string) (T, error), err *error) []T {
	out := make([]T, 0, len(exprs))
	for _, expr := range exprs {
		v, e := compile(expr)
		if e != nil {
			if *err == nil {
				*err = fmt.Errorf("cues: %s: %w", name, e)
			}
			continue
		}
		out = append(out, v)
	}
	return out
}

// DefaultCues returns the built-in cue patterns.
func DefaultCues() (*Cues, error) {
	b, _ := dataFS.ReadFile("data/cues.json")
	return ParseCues(b)
}

// LoadCues reads a cue file from disk.
func LoadCues(path string) (*Cues, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("cues: %w", err)
	}
	return ParseCues(b)
}
