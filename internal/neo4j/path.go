package neo4j

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/regenkg/regenkg/internal/kg"
)

// Paths finds up to q.First shortest chains of direct edges from q.From to
// q.To, in either direction along each edge, over affirmed edges of at least
// q.MinCertainty; one round trip. It returns an Invalid or LimitExceeded
// error for bad bounds.
func (s *Store) Paths(ctx context.Context, q kg.PathQuery, sel kg.Selection) ([]*kg.Path, error) {
	if q.MaxHops < 1 || q.MaxHops > kg.MaxPathHops {
		return nil, kg.Errorf(kg.LimitExceeded, "maxHops must be between 1 and %d", kg.MaxPathHops)
	}
	first, err := kg.Page{First: q.First}.Limit(kg.MaxPageSize)
	if err != nil {
		return nil, err
	}
	c := newCompiler()
	var nodeSel, hopSel kg.Selection
	for _, f := range sel {
		switch f.Name {
		case "nodes":
			nodeSel, err = mergeSelections(nodeSel, f.Sub)
		case "hops":
			hopSel, err = mergeSelections(hopSel, f.Sub)
		}
		if err != nil {
			return nil, err
		}
	}
	np, err := projectEntity(c, "n", nodeSel)
	if err != nil {
		return nil, err
	}
	hp, err := projectRelation(c, "h", hopSel)
	if err != nil {
		return nil, err
	}
	// SHORTEST k takes a literal; first and maxHops are checked integers.
	cypher := fmt.Sprintf(`MATCH (a:Entity {id: %s}), (b:Entity {id: %s})
MATCH p = SHORTEST %d (a)(()-[r:%s WHERE %s]-()){1,%d}(b)
WITH p ORDER BY length(p)
RETURN [n IN nodes(p) | %s] AS nodes, [h IN relationships(p) | %s] AS hops`,
		c.param(q.From), c.param(q.To), first, relTypes(q.Predicates), affirmedAtLeast(c, q.MinCertainty), q.MaxHops, np, hp)
	recs, err := s.read(ctx, cypher, c.params)
	if err != nil {
		return nil, fmt.Errorf("paths: %w", err)
	}
	out := make([]*kg.Path, 0, len(recs))
	for _, r := range recs {
		p := &kg.Path{}
		for _, n := range asList(r.Values[0]) {
			e, err := decodeEntity(asMap(n), nodeSel)
			if err != nil {
				return nil, err
			}
			p.Nodes = append(p.Nodes, e)
		}
		for _, h := range asList(r.Values[1]) {
			rel, err := decodeRelation(asMap(h), hopSel)
			if err != nil {
				return nil, err
			}
			p.Hops = append(p.Hops, rel)
		}
		out = append(out, p)
	}
	return out, nil
}

// Subgraph returns the entities within q.Depth hops of q.IDs (nearest and
// best-evidenced first, at most q.Limit of them) and the edges among them;
// one round trip. Each hop level is expanded once from the whole frontier,
// so a hub does not multiply the work the way a variable-length pattern
// enumerating paths would.
func (s *Store) Subgraph(ctx context.Context, q kg.SubgraphQuery) (*kg.Subgraph, error) {
	if q.Depth < 0 || q.Depth > kg.MaxSubgraphDepth {
		return nil, kg.Errorf(kg.LimitExceeded, "depth must be between 0 and %d", kg.MaxSubgraphDepth)
	}
	if q.Limit < 1 || q.Limit > kg.MaxSubgraphNodes {
		return nil, kg.Errorf(kg.LimitExceeded, "limit must be between 1 and %d", kg.MaxSubgraphNodes)
	}
	if len(q.IDs) == 0 || len(q.IDs) > kg.MaxSubgraphNodes {
		return nil, kg.Errorf(kg.Invalid, "ids must name between 1 and %d entities", kg.MaxSubgraphNodes)
	}
	cypher, params := subgraphStatement(q)
	recs, err := s.read(ctx, cypher, params)
	if err != nil {
		return nil, fmt.Errorf("subgraph: %w", err)
	}
	return decodeSubgraph(recs), nil
}

// subgraphStatement compiles a subgraph request into one statement.
func subgraphStatement(q kg.SubgraphQuery) (string, map[string]any) {
	c := newCompiler()
	types := relTypes(q.Predicates)
	cond := affirmedAtLeast(c, q.MinCertainty)
	limit := c.param(q.Limit)
	// Level by level, best evidenced first, and only as far as the limit
	// reaches: a level is cut to the room left, and the next level expands
	// only what was kept — a hub's whole neighbourhood is ranked once, its
	// neighbours' neighbourhoods never when the hub alone fills the limit.
	var b strings.Builder
	fmt.Fprintf(&b, "UNWIND %s AS id MATCH (s:Entity {id: id}) WITH collect(DISTINCT s) AS c0\n", c.param(q.IDs))
	fmt.Fprintf(&b, "WITH c0[0..%[1]s] AS l0, size(c0) > %[1]s AS t0\n", limit)
	levels := []string{"l0"}
	for d := 1; d <= q.Depth; d++ {
		prev := levels[len(levels)-1]
		seen := strings.Join(levels, " + ")
		fmt.Fprintf(&b, `CALL (%[1]s) {
  UNWIND CASE WHEN size(%[5]s) < %[7]s THEN %[2]s ELSE [] END AS x
  MATCH (x)-[r:%[3]s]-(y:Entity) WHERE %[4]s AND NOT y IN %[5]s
  WITH y, sum(r.claimCount) AS w ORDER BY w DESC, y.id
  RETURN collect(y) AS c%[6]d
}
WITH %[1]s, t%[8]d, c%[6]d[0..(%[7]s - size(%[5]s))] AS l%[6]d,
  t%[8]d OR size(%[5]s) + size(c%[6]d) > %[7]s OR (size(%[5]s) >= %[7]s AND
    EXISTS { UNWIND %[2]s AS x MATCH (x)-[r:%[3]s]-(y:Entity) WHERE %[4]s AND NOT y IN %[5]s }) AS t%[6]d
`, strings.Join(levels, ", "), prev, types, cond, seen, d, limit, d-1)
		levels = append(levels, fmt.Sprintf("l%d", d))
	}
	fmt.Fprintf(&b, `WITH %[1]s AS kept, t%[2]d AS truncated
CALL (kept) {
  UNWIND kept AS a MATCH (a)-[r:%[3]s]->(z:Entity) WHERE %[4]s AND z IN kept
  WITH a, r, z ORDER BY r.claimCount DESC, r.id
  RETURN collect(r {.id, .predicate, .claimCount, .sourceCount, .bestCertainty, .negatedCount, s: a.id, o: z.id}) AS edges
}
RETURN [n IN kept | n {.id, .name, .category}] AS nodes, edges, truncated`, strings.Join(levels, " + "), q.Depth, types, cond)
	return b.String(), c.params
}

// affirmedAtLeast is the condition on an edge r that it is affirmed with
// at least certainty min.
func affirmedAtLeast(c *compiler, min kg.Certainty) string {
	return strings.Join(edgeConditions(c, "r", min.Rank(), true), " AND ")
}

// decodeSubgraph reads the one record of a subgraph statement.
func decodeSubgraph(recs []*neo4j.Record) *kg.Subgraph {
	out := &kg.Subgraph{Nodes: []*kg.Entity{}, Edges: []*kg.Relation{}}
	if len(recs) == 0 {
		return out
	}
	r := recs[0]
	for _, n := range asList(r.Values[0]) {
		m := asMap(n)
		out.Nodes = append(out.Nodes, &kg.Entity{ID: str(m["id"]), Name: str(m["name"]), Category: kg.Category(str(m["category"]))})
	}
	for _, e := range asList(r.Values[1]) {
		m := asMap(e)
		out.Edges = append(out.Edges, &kg.Relation{
			ID: str(m["id"]), Predicate: kg.Predicate(str(m["predicate"])),
			Subject: kg.EntityRef{ID: str(m["s"])}, Object: kg.EntityRef{ID: str(m["o"])},
			ClaimCount: toInt(m["claimCount"]), SourceCount: toInt(m["sourceCount"]),
			NegatedCount: toInt(m["negatedCount"]), BestCertainty: kg.Certainty(str(m["bestCertainty"])),
		})
	}
	out.Truncated = boolean(r.Values[2])
	return out
}

// Stats counts what the graph holds from Neo4j's count store; one round trip.
func (s *Store) Stats(ctx context.Context) (*kg.Stats, error) {
	recs, err := s.read(ctx, fmt.Sprintf(`RETURN COUNT { (:Source) } AS sources, COUNT { (:Entity) } AS entities,
  COUNT { (:Claim) } AS claims, COUNT { (:Study) } AS studies, COUNT { ()-[:%s]->() } AS relations,
  COUNT { () } AS nodes, COUNT { ()-->() } AS rels`, relTypes(nil)), nil)
	if err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	v := recs[0].Values
	return &kg.Stats{Sources: toInt(v[0]), Entities: toInt(v[1]), Claims: toInt(v[2]), Studies: toInt(v[3]),
		Relations: toInt(v[4]), Nodes: toInt(v[5]), Relationships: toInt(v[6])}, nil
}
