package kg

// Relation is the direct edge between two entities that stands for every
// claim with that subject, predicate and object, with aggregates of those
// claims so that traversal and visualization need not touch the claims.
type Relation struct {
	ID        string    `json:"id"`
	Predicate Predicate `json:"predicate"`
	Subject   EntityRef `json:"subject"`
	Object    EntityRef `json:"object"`
	// ClaimCount is the number of claims behind the edge, SourceCount the
	// number of distinct sources stating them.
	ClaimCount  int `json:"claimCount"`
	SourceCount int `json:"sourceCount"`
	// AssertedCount, HedgedCount and SpeculativeCount split ClaimCount by
	// certainty; NegatedCount counts claims that deny the relation.
	AssertedCount    int `json:"assertedCount"`
	HedgedCount      int `json:"hedgedCount"`
	SpeculativeCount int `json:"speculativeCount"`
	NegatedCount     int `json:"negatedCount"`
	// CitedCount counts claims tied to at least one study.
	CitedCount int `json:"citedCount"`
	// BestCertainty is the strongest certainty among affirmative claims, or
	// among all claims when every claim is negated.
	BestCertainty Certainty `json:"bestCertainty"`
	// SubjectNode and ObjectNode are the entities, when a read fetched them.
	SubjectNode *Entity `json:"-"`
	ObjectNode  *Entity `json:"-"`
	Nested      Nested  `json:"-"`
}

// SubjectID is the subject entity's ID (a drawing edge's source).
func (r *Relation) SubjectID() string { return r.Subject.ID }

// ObjectID is the object entity's ID (a drawing edge's target).
func (r *Relation) ObjectID() string { return r.Object.ID }

// Contradicted reports whether some claims affirm and others deny the relation.
func (r *Relation) Contradicted() bool {
	return r.NegatedCount > 0 && r.NegatedCount < r.ClaimCount
}

// Biolink returns the Biolink predicate of the relation at its best certainty.
func (r *Relation) Biolink() string { return r.Predicate.Biolink(r.BestCertainty) }

// RelationFilter narrows the relations of an entity.
type RelationFilter struct {
	Predicates   []Predicate
	Direction    Direction
	MinCertainty Certainty
	// IncludeNegated keeps edges whose every claim is negated.
	IncludeNegated bool
}
