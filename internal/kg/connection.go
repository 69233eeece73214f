package kg

// EntityConnection is one page of entities.
type EntityConnection struct {
	TotalCount int
	Edges      []EntityEdge
	PageInfo   PageInfo
}

// EntityEdge is an entity with its cursor.
type EntityEdge struct {
	Cursor string
	Node   *Entity
}

// RelationConnection is one page of relations.
type RelationConnection struct {
	TotalCount int
	Edges      []RelationEdge
	PageInfo   PageInfo
}

// RelationEdge is a relation with its cursor.
type RelationEdge struct {
	Cursor string
	Node   *Relation
}

// ClaimConnection is one page of claims.
type ClaimConnection struct {
	TotalCount int
	Edges      []ClaimEdge
	PageInfo   PageInfo
}

// ClaimEdge is a claim with its cursor.
type ClaimEdge struct {
	Cursor string
	Node   *Claim
}

// SourceConnection is one page of sources.
type SourceConnection struct {
	TotalCount int
	Edges      []SourceEdge
	PageInfo   PageInfo
}

// SourceEdge is a source with its cursor.
type SourceEdge struct {
	Cursor string
	Node   *Source
}

// StudyConnection is one page of studies.
type StudyConnection struct {
	TotalCount int
	Edges      []StudyEdge
	PageInfo   PageInfo
}

// StudyEdge is a study with its cursor.
type StudyEdge struct {
	Cursor string
	Node   *Study
}
