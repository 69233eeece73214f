package kg

import "context"

// Extractor turns one document into entities, claims and studies without
// touching a database.
type Extractor interface {
	// Extract reads original (the document's bytes) with the metadata in meta
	// (path, URI, title or language when the caller knows them). It returns an
	// Invalid error for a document it cannot read: empty, binary, not UTF-8 or
	// too large.
	Extract(ctx context.Context, original []byte, meta Source) (*Document, error)
}

// WriteStatus says what writing a document did.
type WriteStatus string

// Write outcomes.
const (
	// Created means the source was new.
	Created WriteStatus = "created"
	// Replaced means an earlier version of the same URI was replaced.
	Replaced WriteStatus = "replaced"
	// Unchanged means a source with the same bytes was already loaded.
	Unchanged WriteStatus = "unchanged"
	// Failed means nothing of the document was written.
	Failed WriteStatus = "failed"
	// Deleted means the source and its claims were removed.
	Deleted WriteStatus = "deleted"
)

// WriteResult reports one document's write.
type WriteResult struct {
	SourceID string
	Path     string
	Status   WriteStatus
	// ReplacedID is the ID of the earlier version a Replaced write removed.
	ReplacedID string
	Claims     int
	Entities   int
	Sentences  int
	// Edges counts the direct edges the write created or updated.
	Edges int
	Err   error
}

// Writer stores extracted documents.
type Writer interface {
	// Write stores docs, each in full or not at all, and reports one
	// WriteResult per document in order. A document whose write fails is
	// reported with Status Failed and its error; the others still load. The
	// returned error is for failures that stop the whole batch (cancelled
	// context, unreachable database).
	Write(ctx context.Context, docs []*Document) ([]WriteResult, error)
	// DeleteSource removes a source and its claims and recomputes the edges
	// they supported. It returns a NotFound error for an unknown ID.
	DeleteSource(ctx context.Context, id string) (*WriteResult, error)
}

// Reader answers questions about the graph. Every method costs one database
// round trip, including the nested fields named in its Selection.
type Reader interface {
	// Entities returns the entities with the given IDs that exist, in the
	// order asked.
	Entities(ctx context.Context, ids []string, sel Selection) ([]*Entity, error)
	// EntityPage lists entities matching f, ordered by name.
	EntityPage(ctx context.Context, f EntityFilter, p Page, sel Selection) (*EntityConnection, error)
	// Relations returns the relations with the given IDs that exist.
	Relations(ctx context.Context, ids []string, sel Selection) ([]*Relation, error)
	// Claims returns the claims with the given IDs that exist.
	Claims(ctx context.Context, ids []string, sel Selection) ([]*Claim, error)
	// ClaimPage lists claims matching f for audits.
	ClaimPage(ctx context.Context, f ClaimFilter, p Page, sel Selection) (*ClaimConnection, error)
	// Sources returns the sources with the given IDs that exist.
	Sources(ctx context.Context, ids []string, sel Selection) ([]*Source, error)
	// SourcePage lists sources, newest load first.
	SourcePage(ctx context.Context, p Page, sel Selection) (*SourceConnection, error)
	// Studies returns the studies with the given IDs or DOIs that exist.
	Studies(ctx context.Context, ids []string, sel Selection) ([]*Study, error)
	// Search finds entities by name or alias and claims by quote.
	Search(ctx context.Context, q SearchQuery, sel Selection) ([]*SearchHit, error)
	// Paths finds chains of relations from one entity to another.
	Paths(ctx context.Context, q PathQuery, sel Selection) ([]*Path, error)
	// Subgraph returns the neighbourhood of some entities shaped for drawing.
	Subgraph(ctx context.Context, q SubgraphQuery) (*Subgraph, error)
	// Stats counts what the graph holds.
	Stats(ctx context.Context) (*Stats, error)
}

// Pinger reports whether the database answers; it returns an Unavailable
// error when it does not.
type Pinger interface {
	Ping(ctx context.Context) error
}

// Stats counts the graph's nodes and relationships.
type Stats struct {
	Sources, Entities, Claims, Studies, Relations int
	Nodes, Relationships                          int
}

// Ingester loads single documents on request (the API's ingest and curation
// mutations).
type Ingester interface {
	// Ingest extracts and stores one document. It returns an Invalid error
	// for an unreadable document; nothing of it is stored then.
	Ingest(ctx context.Context, original []byte, meta Source) (*WriteResult, error)
	// Delete removes a source and its claims; NotFound for an unknown ID.
	Delete(ctx context.Context, id string) (*WriteResult, error)
}
