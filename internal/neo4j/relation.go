package neo4j

import (
	"context"
	"fmt"
	"strings"

	"github.com/regenkg/regenkg/internal/kg"
)

var relationProps = map[string][]string{
	"biolink": {".bestCertainty"}, "claimCount": {".claimCount"}, "sourceCount": {".sourceCount"},
	"assertedCount": {".assertedCount"}, "hedgedCount": {".hedgedCount"}, "speculativeCount": {".speculativeCount"},
	"negatedCount": {".negatedCount"}, "citedCount": {".citedCount"}, "bestCertainty": {".bestCertainty"},
	"contradicted": {".negatedCount", ".claimCount"},
}

// projectRelation renders the map projection of the direct edge bound to r.
func projectRelation(c *compiler, r string, sel kg.Selection) (string, error) {
	parts := props(sel, []string{".id", ".predicate"}, relationProps)
	if sel == nil || sel.Has("source") || sel.Has("target") || sel.Has("from") || sel.Has("to") {
		parts = append(parts, fmt.Sprintf("subjectId: startNode(%[1]s).id, objectId: endNode(%[1]s).id", r))
	}
	for _, end := range []struct{ field, fn string }{{"subject", "startNode"}, {"object", "endNode"}} {
		sub, ok, err := byName(sel, end.field)
		if err != nil {
			return "", err
		}
		if !ok {
			continue
		}
		x := c.fresh("e")
		expr, err := c.single(fmt.Sprintf("%s IN [%s(%s)]", x, end.fn, r), x, sub, projectEntity)
		if err != nil {
			return "", err
		}
		parts = append(parts, "n_"+end.field+": "+expr)
	}
	for i, f := range sel {
		if f.Name != "claims" {
			continue
		}
		expr, err := relationClaims(c, r, f)
		if err != nil {
			return "", err
		}
		parts = append(parts, nestedKey(i)+": "+expr)
	}
	return r + " {" + strings.Join(parts, ", ") + "}", nil
}

// relationClaims renders Relation.claims: the claims behind the edge bound
// to r, strongest first, found through the indexed Claim.relationId.
func relationClaims(c *compiler, r string, f kg.Field) (string, error) {
	x := c.fresh("c")
	conds := []string{fmt.Sprintf("%s.relationId = %s.id", x, r)}
	if s := argString(f.Args, "certainty"); s != "" {
		cert, err := kg.ParseCertainty(s)
		if err != nil {
			return "", err
		}
		conds = append(conds, fmt.Sprintf("%s.certainty = %s", x, c.param(string(cert))))
	}
	if b := argBool(f.Args, "negated"); b != nil {
		conds = append(conds, fmt.Sprintf("%s.negated = %s", x, c.param(*b)))
	}
	match := fmt.Sprintf("MATCH (%s:Claim) WHERE %s", x, strings.Join(conds, " AND "))
	return c.connection(f, match, x, fmt.Sprintf("%[1]s.rank DESC, %[1]s.sourceId, %[1]s.start", x), projectClaim, kg.MaxPageSize)
}

// decodeRelation builds a relation from what projectRelation rendered.
func decodeRelation(m map[string]any, sel kg.Selection) (*kg.Relation, error) {
	if m == nil {
		return nil, nil
	}
	r := &kg.Relation{
		ID: str(m["id"]), Predicate: kg.Predicate(str(m["predicate"])),
		Subject: kg.EntityRef{ID: str(m["subjectId"])}, Object: kg.EntityRef{ID: str(m["objectId"])},
		ClaimCount: toInt(m["claimCount"]), SourceCount: toInt(m["sourceCount"]),
		AssertedCount: toInt(m["assertedCount"]), HedgedCount: toInt(m["hedgedCount"]),
		SpeculativeCount: toInt(m["speculativeCount"]), NegatedCount: toInt(m["negatedCount"]),
		CitedCount: toInt(m["citedCount"]), BestCertainty: kg.Certainty(str(m["bestCertainty"])),
	}
	for _, end := range []string{"subject", "object"} {
		sub, ok, err := byName(sel, end)
		if err != nil || !ok {
			continue
		}
		e, err := decodeEntity(asMap(m["n_"+end]), sub)
		if err != nil {
			return nil, err
		}
		if end == "subject" {
			r.SubjectNode = e
		} else {
			r.ObjectNode = e
		}
	}
	for i, f := range sel {
		if f.Name != "claims" {
			continue
		}
		v, err := decodeClaimConnection(m[nestedKey(i)], f)
		if err != nil {
			return nil, err
		}
		r.Nested.Set(f.Key, v)
	}
	return r, nil
}

func decodeRelationConnection(v any, f kg.Field) (*kg.RelationConnection, error) {
	nodes, res, err := decodePage(v, f, decodeRelation)
	if err != nil {
		return nil, err
	}
	out := &kg.RelationConnection{TotalCount: res.total, PageInfo: res.pageInfo()}
	for i, n := range nodes {
		out.Edges = append(out.Edges, kg.RelationEdge{Cursor: kg.Cursor(res.offset + i), Node: n})
	}
	return out, nil
}

// Relations returns the direct edges with the given IDs that exist, in the
// order asked; one round trip. The predicate inside each ID picks the
// relationship type, so every lookup uses that type's ID index.
func (s *Store) Relations(ctx context.Context, ids []string, sel kg.Selection) ([]*kg.Relation, error) {
	byType := map[kg.Predicate][]string{}
	for _, id := range ids {
		if p := kg.RelationPredicate(id); p != "" {
			byType[p] = append(byType[p], id)
		}
	}
	if len(byType) == 0 {
		return nil, nil
	}
	c := newCompiler()
	var branches []string
	for _, p := range kg.Predicates {
		if len(byType[p]) == 0 {
			continue
		}
		proj, err := projectRelation(c, "r", sel)
		if err != nil {
			return nil, err
		}
		branches = append(branches, fmt.Sprintf("UNWIND %s AS id MATCH ()-[r:%s {id: id}]->() RETURN id, %s AS x", c.param(byType[p]), p, proj))
	}
	recs, err := s.read(ctx, "CALL () { "+strings.Join(branches, " UNION ALL ")+" } RETURN id, x", c.params)
	if err != nil {
		return nil, fmt.Errorf("relations: %w", err)
	}
	byID := map[string]*kg.Relation{}
	for _, rec := range recs {
		r, err := decodeRelation(asMap(rec.Values[1]), sel)
		if err != nil {
			return nil, err
		}
		byID[str(rec.Values[0])] = r
	}
	out := make([]*kg.Relation, 0, len(byID))
	for _, id := range ids {
		if r, ok := byID[id]; ok {
			out = append(out, r)
		}
	}
	return out, nil
}
