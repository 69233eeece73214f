package neo4j

import (
	"context"
	"fmt"
	"sort"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/regenkg/regenkg/internal/kg"
)

// The baselines below are what a developer would write by hand against the
// same driver, with no service in between. Benchmarks (kg bench, testing.B)
// run them side by side with the service to report ratios, so they must
// produce the same graph (writes) or the same answer (reads) — and nothing
// more: no idempotency checks, no version replacement, no per-request
// compilation.

// BaselineWrite writes the rows of docs with plain UNWIND statements in
// batches of rows, one transaction per statement, aggregates summed in Go.
// It assumes the documents are new (it does not check), which is what makes
// it the upper bound the loader is measured against.
func (s *Store) BaselineWrite(ctx context.Context, docs []*kg.Document, rowsPerBatch int) error {
	var entities, sources, claims, mentions, cites, citations, attributions []map[string]any
	studies := map[string]map[string]any{}
	ents := map[string]map[string]any{}
	rels := map[string]*kg.Tally{}
	for _, d := range docs {
		src := d.Source
		sources = append(sources, map[string]any{"id": src.ID, "uri": uriOf(src), "title": src.Title, "language": src.Language,
			"genre": string(src.Genre), "text": src.Text, "size": len(src.Text), "claimCount": len(d.Claims)})
		for _, e := range d.Entities {
			if _, ok := ents[e.ID]; !ok {
				ents[e.ID] = map[string]any{"id": e.ID, "name": e.Name, "category": string(e.Category), "aliases": nonNil(e.Aliases)}
			}
			mentions = append(mentions, map[string]any{"s": src.ID, "e": e.ID, "n": len(e.Mentions)})
		}
		for _, st := range d.Studies {
			studies[st.ID] = studyRow(st)
			cites = append(cites, map[string]any{"s": src.ID, "st": st.ID})
		}
		for _, c := range d.Claims {
			rid := kg.RelationID(c.Subject.ID, c.Predicate, c.Object.ID)
			claims = append(claims, map[string]any{"id": c.ID, "src": src.ID, "s": c.Subject.ID, "o": c.Object.ID, "rid": rid,
				"predicate": string(c.Predicate), "quote": c.Quote, "start": c.Start, "end": c.End, "certainty": string(c.Certainty),
				"negated": c.Negated, "rank": claimRank(c)})
			for _, st := range c.Citations {
				citations = append(citations, map[string]any{"c": c.ID, "st": st})
			}
			if c.AttributedTo != "" {
				attributions = append(attributions, map[string]any{"c": c.ID, "p": c.AttributedTo})
			}
			if rels[rid] == nil {
				rels[rid] = &kg.Tally{}
			}
			rels[rid].Add(c, src.ID)
		}
	}
	for _, e := range ents {
		entities = append(entities, e)
	}
	var studyRows []map[string]any
	for _, st := range studies {
		studyRows = append(studyRows, st)
	}
	var relRows []map[string]any
	keys := make([]string, 0, len(rels))
	for k := range rels {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		a := rels[k]
		relRows = append(relRows, map[string]any{"id": k, "s": a.Subject, "p": string(a.Predicate), "o": a.Object, "n": a.Claims,
			"sources": a.Sources, "asserted": a.Asserted, "hedged": a.Hedged, "speculative": a.Speculative, "negated": a.Negated, "best": a.BestRank()})
	}
	steps := []struct {
		cypher string
		rows   []map[string]any
	}{
		{"UNWIND $rows AS r MERGE (n:Entity {id: r.id}) ON CREATE SET n.name = r.name, n.category = r.category, n.aliases = r.aliases, n:$(r.category)", entities},
		{"UNWIND $rows AS r MERGE (n:Study {id: r.id}) ON CREATE SET n += r", studyRows},
		{"UNWIND $rows AS r CREATE (n:Source) SET n = r", sources},
		{"UNWIND $rows AS r MATCH (s:Source {id: r.s}) MATCH (st:Study {id: r.st}) CREATE (s)-[:CITES]->(st)", cites},
		{"UNWIND $rows AS r MATCH (s:Source {id: r.s}) MATCH (e:Entity {id: r.e}) CREATE (s)-[:MENTIONS {count: r.n}]->(e)", mentions},
		{`UNWIND $rows AS r MATCH (src:Source {id: r.src}) MATCH (a:Entity {id: r.s}) MATCH (b:Entity {id: r.o})
CREATE (c:Claim {id: r.id, predicate: r.predicate, quote: r.quote, start: r.start, end: r.end, certainty: r.certainty,
  negated: r.negated, rank: r.rank, sourceId: r.src, relationId: r.rid})
CREATE (c)-[:STATED_IN]->(src), (c)-[:SUBJECT]->(a), (c)-[:OBJECT]->(b)`, claims},
		{"UNWIND $rows AS r MATCH (c:Claim {id: r.c}) MATCH (st:Study {id: r.st}) CREATE (c)-[:CITED_BY]->(st)", citations},
		{"UNWIND $rows AS r MATCH (c:Claim {id: r.c}) MATCH (p:Entity {id: r.p}) CREATE (c)-[:ATTRIBUTED_TO]->(p)", attributions},
	}
	byType := map[string][]map[string]any{}
	for _, r := range relRows {
		byType[r["p"].(string)] = append(byType[r["p"].(string)], r)
	}
	for _, p := range kg.Predicates {
		steps = append(steps, struct {
			cypher string
			rows   []map[string]any
		}{fmt.Sprintf(`UNWIND $rows AS r MATCH (a:Entity {id: r.s}) MATCH (b:Entity {id: r.o})
MERGE (a)-[e:%s]->(b)
ON CREATE SET e.id = r.id, e.claimCount = r.n, e.sourceCount = r.sources, e.assertedCount = r.asserted, e.hedgedCount = r.hedged,
  e.speculativeCount = r.speculative, e.negatedCount = r.negated, e.bestRank = r.best
ON MATCH SET e.claimCount = e.claimCount + r.n, e.sourceCount = e.sourceCount + r.sources, e.bestRank = CASE WHEN r.best > e.bestRank THEN r.best ELSE e.bestRank END`, p), byType[string(p)]})
	}
	if rowsPerBatch <= 0 {
		rowsPerBatch = 5000
	}
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	for _, st := range steps {
		for i := 0; i < len(st.rows); i += rowsPerBatch {
			chunk := st.rows[i:min(i+rowsPerBatch, len(st.rows))]
			_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
				return s.runWrite(ctx, tx, st.cypher, map[string]any{"rows": chunk})
			})
			if err != nil {
				return fmt.Errorf("baseline write: %w", classify(ctx, err))
			}
		}
	}
	return nil
}

// BaselineQuery runs one hand-written read statement and returns how many
// records it produced.
func (s *Store) BaselineQuery(ctx context.Context, cypher string, params map[string]any) (int, error) {
	recs, err := s.read(ctx, cypher, params)
	return len(recs), err
}

// Hand-written equivalents of the benchmarked GraphQL requests.
const (
	// BaselineTrace answers relation(id) { subject object claims(first: 20) { quote … source { … } citations { … } } };
	// %s is the relationship type, which a hand-written query spells out.
	BaselineTrace = `MATCH (s:Entity)-[r:%s {id: $id}]->(o:Entity)
CALL (r) {
  MATCH (c:Claim {relationId: r.id})
  WITH c ORDER BY c.rank DESC, c.sourceId, c.start LIMIT 20
  MATCH (c)-[:STATED_IN]->(src:Source)
  RETURN collect({id: c.id, quote: c.quote, start: c.start, end: c.end, certainty: c.certainty, negated: c.negated,
    source: src {.id, .title, .uri, .genre, .published, .language},
    citations: COLLECT { MATCH (c)-[:CITED_BY]->(st:Study) RETURN st {.doi, .title, .year, .design, .n} }}) AS claims
}
RETURN r {.id, .predicate, .claimCount, .sourceCount, .bestCertainty} AS relation, s {.id, .name} AS subject, o {.id, .name} AS object, claims`
	// BaselineSearch answers search(query, first: 10) { score entity { id name category } }.
	BaselineSearch = `CALL db.index.fulltext.queryNodes('entity_names', $q, {limit: 10}) YIELD node, score
RETURN node.id AS id, node.name AS name, node.category AS category, score`
	// BaselinePaths answers paths(from, to, maxHops: 3, first: 5) { nodes { id name } hops { id predicate claimCount bestCertainty } }.
	BaselinePaths = `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 5 (a)(()-[r:CONTAINS|DERIVED_FROM|TREATS|ACTS_VIA|HAS_RISK|ADMINISTERED_VIA|MEASURED_BY WHERE r.affirmed]-()){1,3}(b)
RETURN [n IN nodes(p) | n {.id, .name}] AS nodes, [r IN relationships(p) | r {.id, .predicate, .claimCount, .bestCertainty}] AS hops`
	// BaselineSubgraph answers subgraph(ids: [$id], depth: 2, limit: 200) { nodes edges } the way one
	// writes it by hand: a variable-length pattern, distinct nodes, then the edges among them.
	BaselineSubgraph = `MATCH (s:Entity {id: $id})
MATCH (s)-[:CONTAINS|DERIVED_FROM|TREATS|ACTS_VIA|HAS_RISK|ADMINISTERED_VIA|MEASURED_BY*0..2]-(n:Entity)
WITH DISTINCT n LIMIT 200
WITH collect(n) AS nodes
UNWIND nodes AS a
MATCH (a)-[r:CONTAINS|DERIVED_FROM|TREATS|ACTS_VIA|HAS_RISK|ADMINISTERED_VIA|MEASURED_BY]->(b)
WHERE b IN nodes
RETURN [x IN nodes | x {.id, .name, .category}] AS nodes, collect(r {.id, .predicate, .claimCount, s: a.id, o: b.id}) AS edges`
)
