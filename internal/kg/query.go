package kg

// SearchQuery asks the full-text index for entities and claim quotes.
type SearchQuery struct {
	Text       string
	Categories []Category
	// Kinds limits hits to entities or claims; empty means both.
	Kinds []SearchKind
	First int
}

// SearchHit is one search result: an entity or a claim, with its score.
type SearchHit struct {
	Kind   SearchKind
	Score  float64
	Entity *Entity
	Claim  *Claim
}

// Maximum hop count for Paths, and the node cap for Subgraph.
const (
	MaxPathHops      = 4
	MaxSubgraphNodes = 1000
	MaxSubgraphDepth = 3
)

// PathQuery asks how one entity connects to another.
type PathQuery struct {
	From, To     string
	MaxHops      int
	Predicates   []Predicate
	MinCertainty Certainty
	First        int
}

// Path is a chain of relations from one entity to another.
type Path struct {
	Nodes []*Entity
	Hops  []*Relation
}

// SubgraphQuery asks for the neighbourhood of some entities.
type SubgraphQuery struct {
	IDs          []string
	Depth        int
	Predicates   []Predicate
	MinCertainty Certainty
	Limit        int
}

// Subgraph is a set of nodes and edges for a drawing library.
type Subgraph struct {
	Nodes []*Entity
	Edges []*Relation
	// Truncated is true when Limit cut nodes (and their edges) off.
	Truncated bool
}

// SearchKind says what a search hit is.
type SearchKind string

// Search hit kinds.
const (
	SearchEntity SearchKind = "entity"
	SearchClaim  SearchKind = "claim"
)

// Length is the number of hops of the path.
func (p *Path) Length() int { return len(p.Hops) }
