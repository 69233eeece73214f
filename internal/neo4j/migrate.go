package neo4j

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/regenkg/regenkg/internal/kg"
)

// schemaStatements are the constraints and indexes the store relies on. Each
// is idempotent (IF NOT EXISTS), so migrating again changes nothing. Every
// key the loader MERGEs on has a uniqueness constraint; the other indexes
// serve the trace, listing and search queries (see docs/QUERY_PLANS.md).
func schemaStatements() []string {
	stmts := []string{
		"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
		"CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE",
		"CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE",
		"CREATE CONSTRAINT study_id IF NOT EXISTS FOR (n:Study) REQUIRE n.id IS UNIQUE",
		"CREATE INDEX source_uri IF NOT EXISTS FOR (n:Source) ON (n.uri)",
		"CREATE INDEX source_loaded IF NOT EXISTS FOR (n:Source) ON (n.loadedAt)",
		"CREATE INDEX claim_relation IF NOT EXISTS FOR (n:Claim) ON (n.relationId)",
		// Claims of a source are found through STATED_IN, not an index: one
		// index less to maintain on every load.
		"DROP INDEX claim_source IF EXISTS",
		"CREATE INDEX claim_rank IF NOT EXISTS FOR (n:Claim) ON (n.rank)",
		"CREATE INDEX study_doi IF NOT EXISTS FOR (n:Study) ON (n.doi)",
		"CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.sortName)",
		"CREATE TEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON (n.searchText)",
		"CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText] " +
			"OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}",
		"CREATE FULLTEXT INDEX claim_quotes IF NOT EXISTS FOR (n:Claim) ON EACH [n.quote] " +
			"OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words'}}",
	}
	// Direct edges are found by ID, when a trace starts from an edge and
	// when the loader updates an edge; the ID is unique per type. (Early
	// versions had a plain index there, which the constraint replaces.)
	for _, p := range kg.Predicates {
		stmts = append(stmts,
			fmt.Sprintf("DROP INDEX rel_%s_id IF EXISTS", lower(p)),
			fmt.Sprintf("CREATE CONSTRAINT rel_%s_id_unique IF NOT EXISTS FOR ()-[r:%s]-() REQUIRE r.id IS UNIQUE", lower(p), p))
	}
	return stmts
}

// Migrate creates the constraints and indexes and waits until they are
// online. It is idempotent; it returns an error when Neo4j refuses a
// statement or the indexes do not come online in time.
func (s *Store) Migrate(ctx context.Context) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	for _, stmt := range schemaStatements() {
		// Schema statements cannot share a transaction with each other.
		_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			return s.run(ctx, tx, stmt, nil)
		})
		if err != nil {
			return fmt.Errorf("migrate: %w", classify(ctx, err))
		}
	}
	res, err := sess.Run(ctx, "CALL db.awaitIndexes(300)", nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("migrate: await indexes: %w", classify(ctx, err))
	}
	return nil
}

func lower(p kg.Predicate) string {
	b := []byte(p)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
