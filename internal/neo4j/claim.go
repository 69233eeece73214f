package neo4j

import (
	"context"
	"fmt"
	"strings"

	"github.com/regenkg/regenkg/internal/kg"
)

var claimProps = map[string][]string{
	"predicate": {".predicate"}, "quote": {".quote"}, "start": {".start"}, "end": {".end"},
	"certainty": {".certainty"}, "negated": {".negated"}, "cues": {".cues"}, "language": {".language"},
	"extractor": {".extractor"}, "extractorVersion": {".extractorVersion"},
	// Not GraphQL fields: for callers in Go that pass a nil selection.
	"_refs": {".sourceId", ".relationId", ".subjectId", ".objectId"},
}

// claimNodes are the claim's argument-less object fields: how to reach
// each from the claim (%[1]s) to the node (%[2]s).
func claimNodes() []claimNode {
	return []claimNode{
		{field: "subject", pattern: "(%[1]s)-[:SUBJECT]->(%[2]s:Entity)", proj: projectEntity},
		{field: "object", pattern: "(%[1]s)-[:OBJECT]->(%[2]s:Entity)", proj: projectEntity},
		{field: "attributedTo", pattern: "(%[1]s)-[:ATTRIBUTED_TO]->(%[2]s:Entity)", proj: projectEntity},
		{field: "via", pattern: "(%[1]s)-[:VIA]->(%[2]s:Entity)", proj: projectEntity},
		{field: "source", pattern: "(%[1]s)-[:STATED_IN]->(%[2]s:Source)", proj: projectSource},
		// From the subject, the edge is one hop among few.
		{field: "relation", pattern: "(%[1]s)-[:SUBJECT]->(:Entity)-[%[2]s]->(:Entity) WHERE %[2]s.id = %[1]s.relationId", proj: projectRelation},
		{field: "citations", pattern: "MATCH (%[1]s)-[:CITED_BY]->(%[2]s:Study)", order: "%[1]s.year DESC, %[1]s.id", list: true, proj: projectStudy},
	}
}

type claimNode struct {
	field, pattern, order string
	list                  bool
	proj                  projector
}

// projectClaim renders the map projection of the claim bound to c.
func projectClaim(cp *compiler, c string, sel kg.Selection) (string, error) {
	parts := props(sel, []string{".id"}, claimProps)
	for _, n := range claimNodes() {
		sub, ok, err := byName(sel, n.field)
		if err != nil {
			return "", err
		}
		if !ok {
			continue
		}
		x := cp.fresh("n")
		var expr string
		if n.list {
			expr, err = cp.list(fmt.Sprintf(n.pattern, c, x), x, fmt.Sprintf(n.order, x), sub, n.proj, 1000)
		} else {
			expr, err = cp.single(fmt.Sprintf(n.pattern, c, x), x, sub, n.proj)
		}
		if err != nil {
			return "", err
		}
		parts = append(parts, "n_"+n.field+": "+expr)
	}
	return c + " {" + strings.Join(parts, ", ") + "}", nil
}

// decodeClaim builds a claim from what projectClaim rendered.
func decodeClaim(m map[string]any, sel kg.Selection) (*kg.Claim, error) {
	if m == nil {
		return nil, nil
	}
	cl := &kg.Claim{
		ID: str(m["id"]), Predicate: kg.Predicate(str(m["predicate"])), Quote: str(m["quote"]),
		Start: toInt(m["start"]), End: toInt(m["end"]), Certainty: kg.Certainty(str(m["certainty"])),
		Negated: boolean(m["negated"]), Cues: stringList(m["cues"]), Language: str(m["language"]),
		Extractor: str(m["extractor"]), ExtractorVersion: str(m["extractorVersion"]),
		SourceID: str(m["sourceId"]), RelationID: str(m["relationId"]),
		Subject: kg.EntityRef{ID: str(m["subjectId"])}, Object: kg.EntityRef{ID: str(m["objectId"])},
	}
	var err error
	ent := func(field string) *kg.Entity {
		sub, ok, _ := byName(sel, field)
		if !ok || err != nil {
			return nil
		}
		var e *kg.Entity
		e, err = decodeEntity(asMap(m["n_"+field]), sub)
		return e
	}
	cl.SubjectNode, cl.ObjectNode, cl.AttributedToNode, cl.ViaNode = ent("subject"), ent("object"), ent("attributedTo"), ent("via")
	if sub, ok, _ := byName(sel, "source"); ok && err == nil {
		cl.SourceNode, err = decodeSource(asMap(m["n_source"]), sub)
	}
	if sub, ok, _ := byName(sel, "relation"); ok && err == nil {
		cl.RelationNode, err = decodeRelation(asMap(m["n_relation"]), sub)
	}
	if sub, ok, _ := byName(sel, "citations"); ok && err == nil {
		cl.CitationNodes = []*kg.Study{}
		for _, it := range asList(m["n_citations"]) {
			st, derr := decodeStudy(asMap(it), sub)
			if derr != nil {
				return nil, derr
			}
			cl.CitationNodes = append(cl.CitationNodes, st)
		}
	}
	if err != nil {
		return nil, err
	}
	return cl, nil
}

func decodeClaimConnection(v any, f kg.Field) (*kg.ClaimConnection, error) {
	nodes, res, err := decodePage(v, f, decodeClaim)
	if err != nil {
		return nil, err
	}
	out := &kg.ClaimConnection{TotalCount: res.total, PageInfo: res.pageInfo()}
	for i, n := range nodes {
		out.Edges = append(out.Edges, kg.ClaimEdge{Cursor: kg.Cursor(res.offset + i), Node: n})
	}
	return out, nil
}

// Claims returns the claims with the given IDs that exist, in the order
// asked; one round trip.
func (s *Store) Claims(ctx context.Context, ids []string, sel kg.Selection) ([]*kg.Claim, error) {
	return byIDs(ctx, s, "claims", "Claim", ids, sel, projectClaim, decodeClaim)
}

// ClaimPage lists the claims matching f, strongest first; one round trip.
// sel is the selection of the connection (totalCount, edges, pageInfo).
func (s *Store) ClaimPage(ctx context.Context, f kg.ClaimFilter, p kg.Page, sel kg.Selection) (*kg.ClaimConnection, error) {
	c := newCompiler()
	var conds []string
	if f.Predicate != "" {
		if !f.Predicate.Valid() {
			return nil, kg.Errorf(kg.Invalid, "unknown predicate %q", f.Predicate)
		}
		conds = append(conds, "c.predicate = "+c.param(string(f.Predicate)))
	}
	if f.Certainty != "" {
		if !f.Certainty.Valid() {
			return nil, kg.Errorf(kg.Invalid, "unknown certainty %q", f.Certainty)
		}
		conds = append(conds, "c.certainty = "+c.param(string(f.Certainty)))
	}
	if f.Negated != nil {
		conds = append(conds, "c.negated = "+c.param(*f.Negated))
	}
	if f.Cited != nil {
		conds = append(conds, "c.cited = "+c.param(*f.Cited))
	}
	if f.SourceID != "" {
		conds = append(conds, fmt.Sprintf("EXISTS { (c)-[:STATED_IN]->(:Source {id: %s}) }", c.param(f.SourceID)))
	}
	if f.EntityID != "" {
		e := c.param(f.EntityID)
		conds = append(conds, fmt.Sprintf("(c.subjectId = %s OR c.objectId = %s)", e, e))
	}
	if f.Genre != "" {
		conds = append(conds, fmt.Sprintf("EXISTS { (c)-[:STATED_IN]->(s:Source) WHERE s.genre = %s }", c.param(string(f.Genre))))
	}
	if f.Contradicted != nil {
		cond := "EXISTS { MATCH (o:Claim) WHERE o.relationId = c.relationId AND o.negated <> c.negated }"
		if !*f.Contradicted {
			cond = "NOT " + cond
		}
		conds = append(conds, cond)
	}
	// The rank condition lets Neo4j read the rank index in order.
	conds = append(conds, "c.rank >= -100")
	match := "MATCH (c:Claim) WHERE " + strings.Join(conds, " AND ")
	field := kg.Field{Name: "claims", Key: "claims", Args: map[string]any{"first": p.First, "after": p.After}, Sub: sel}
	if p.First == 0 {
		field.Args["first"] = kg.DefaultPageSize
	}
	conn, err := c.connection(field, match, "c", "c.rank DESC, c.sourceId, c.start", projectClaim, kg.MaxPageSize)
	if err != nil {
		return nil, err
	}
	recs, err := s.read(ctx, "RETURN "+conn+" AS x", c.params)
	if err != nil {
		return nil, fmt.Errorf("claim page: %w", err)
	}
	return decodeClaimConnection(recs[0].Values[0], field)
}
