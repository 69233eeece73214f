package e2e_test

import (
	"fmt"
	"testing"

	"github.com/regenkg/regenkg/internal/kg"
	"github.com/regenkg/regenkg/internal/neo4j"
)

const traceQuery = `query($id: ID!) { relation(id: $id) { id predicate claimCount sourceCount bestCertainty subject { id name } object { id name }
  claims(first: 20) { edges { node { id quote start end certainty negated source { id title uri genre published language } citations { doi title year design n } } } } } }`

func traceRelation(b *testing.B, a *app) string {
	rows, err := a.store.Query(ctx(b), "MATCH ()-[r:TREATS]->() RETURN r.id AS id ORDER BY r.claimCount DESC LIMIT 1", nil)
	if err != nil || len(rows) == 0 {
		b.Fatalf("no relation to trace: %v", err)
	}
	return rows[0]["id"].(string)
}

// BenchmarkTraceGraphQL is a full trace (edge → claims → sources →
// studies) over real HTTP; compare with BenchmarkTraceCypher, the same
// answer from one hand-written statement through the driver.
func BenchmarkTraceGraphQL(b *testing.B) {
	a := seededApp(b)
	id := traceRelation(b, a)
	vars := map[string]any{"id": id}
	b.ResetTimer()
	for b.Loop() {
		if r := a.query(b, traceQuery, vars); len(r.Errors) > 0 {
			b.Fatal(string(r.body))
		}
	}
}

// BenchmarkTraceCypher is the hand-written baseline of BenchmarkTraceGraphQL.
func BenchmarkTraceCypher(b *testing.B) {
	a := seededApp(b)
	id := traceRelation(b, a)
	stmt := fmt.Sprintf(neo4j.BaselineTrace, kg.RelationPredicate(id))
	b.ResetTimer()
	for b.Loop() {
		if _, err := a.store.BaselineQuery(ctx(b), stmt, map[string]any{"id": id}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTraceCompiledCypher runs the statement the service compiles for
// the trace, alone, through the driver: what the service costs beyond it is
// HTTP and GraphQL.
func BenchmarkTraceCompiledCypher(b *testing.B) {
	a := seededApp(b)
	id := traceRelation(b, a)
	stmts := a.store.Capture(func() { a.query(b, traceQuery, map[string]any{"id": id}) })
	if len(stmts) != 1 {
		b.Fatalf("%d statements", len(stmts))
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := a.store.BaselineQuery(ctx(b), stmts[0].Cypher, stmts[0].Params); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGraphQLOverhead is a request that touches no database.
func BenchmarkGraphQLOverhead(b *testing.B) {
	a := seededApp(b)
	b.ResetTimer()
	for b.Loop() {
		a.query(b, `{ __typename }`, nil)
	}
}
