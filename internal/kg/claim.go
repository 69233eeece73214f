package kg

// Claim is one assertion from one sentence of one source: subject, predicate,
// object, the exact quote with its byte offsets in the original document,
// how firmly it is stated, whether it is denied, who said it and which
// studies back it.
type Claim struct {
	ID        string    `json:"id"`
	Subject   EntityRef `json:"subject"`
	Predicate Predicate `json:"predicate"`
	Object    EntityRef `json:"object"`
	// Quote is exactly the bytes [Start, End) of the source's original text.
	Quote     string    `json:"quote"`
	Start     int       `json:"start"`
	End       int       `json:"end"`
	Certainty Certainty `json:"certainty"`
	Negated   bool      `json:"negated"`
	// Cues are the words that decided certainty and negation ("dapat", "tidak").
	Cues []string `json:"cues,omitempty"`
	// AttributedTo is the ID of the Person entity the text credits with the claim.
	AttributedTo string `json:"attributedTo,omitempty"`
	// Via is the ID of the Organization (outlet, site) through which the person
	// said it ("dr. Gia Pratama dalam Klikdokter").
	Via string `json:"via,omitempty"`
	// Citations are the IDs (DOIs where known) of the studies the text ties to
	// this claim.
	Citations []string `json:"citations,omitempty"`
	Language  string   `json:"language,omitempty"`
	SourceID  string   `json:"sourceId,omitempty"`
	// RelationID is the ID of the direct edge that aggregates this claim.
	RelationID       string `json:"relationId,omitempty"`
	Extractor        string `json:"extractor,omitempty"`
	ExtractorVersion string `json:"extractorVersion,omitempty"`
	// The nodes below are what a store read brought back with the claim
	// when the caller asked for them; nil otherwise.
	SubjectNode      *Entity   `json:"-"`
	ObjectNode       *Entity   `json:"-"`
	RelationNode     *Relation `json:"-"`
	AttributedToNode *Entity   `json:"-"`
	ViaNode          *Entity   `json:"-"`
	SourceNode       *Source   `json:"-"`
	CitationNodes    []*Study  `json:"-"`
	Nested           Nested    `json:"-"`
}

// ClaimFilter narrows a listing of claims for audits. Nil pointers and empty
// values do not filter.
type ClaimFilter struct {
	Predicate Predicate
	Certainty Certainty
	Negated   *bool
	// Cited keeps claims with (true) or without (false) a cited study.
	Cited *bool
	// Contradicted keeps claims whose relation also has claims of the
	// opposite polarity.
	Contradicted *bool
	SourceID     string
	Genre        Genre
	EntityID     string
}
