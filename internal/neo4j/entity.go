package neo4j

import (
	"context"
	"fmt"
	"strings"

	"github.com/regenkg/regenkg/internal/kg"
)

var entityProps = map[string][]string{
	"name": {".name"}, "category": {".category"}, "aliases": {".aliases"}, "xrefs": {".xrefs"},
	"mentionCount": {".mentionCount"}, "sourceCount": {".sourceCount"},
}

// projectEntity renders the map projection of the entity bound to v.
func projectEntity(c *compiler, v string, sel kg.Selection) (string, error) {
	parts := props(sel, []string{".id"}, entityProps)
	for i, f := range sel {
		var expr string
		var err error
		switch f.Name {
		case "relations":
			expr, err = entityRelations(c, v, f)
		default:
			continue
		}
		if err != nil {
			return "", err
		}
		parts = append(parts, nestedKey(i)+": "+expr)
	}
	return v + " {" + strings.Join(parts, ", ") + "}", nil
}

// entityRelations renders Entity.relations: the direct edges at v, best
// evidence first.
func entityRelations(c *compiler, v string, f kg.Field) (string, error) {
	preds, err := argPredicates(f.Args, "predicate", "predicates")
	if err != nil {
		return "", err
	}
	minRank, err := certaintyRank(f.Args, "minCertainty")
	if err != nil {
		return "", err
	}
	r, o := c.fresh("r"), c.fresh("o")
	var pattern string
	switch strings.ToUpper(argString(f.Args, "direction")) {
	case "OUT":
		pattern = fmt.Sprintf("(%s)-[%s:%s]->(%s:Entity)", v, r, relTypes(preds), o)
	case "IN":
		pattern = fmt.Sprintf("(%s)<-[%s:%s]-(%s:Entity)", v, r, relTypes(preds), o)
	case "", "BOTH":
		pattern = fmt.Sprintf("(%s)-[%s:%s]-(%s:Entity)", v, r, relTypes(preds), o)
	default:
		return "", kg.Errorf(kg.Invalid, "unknown direction %q", argString(f.Args, "direction"))
	}
	b := argBool(f.Args, "includeNegated")
	conds := edgeConditions(c, r, minRank, b == nil || !*b)
	match := "MATCH " + pattern
	if len(conds) > 0 {
		match += " WHERE " + strings.Join(conds, " AND ")
	}
	return c.connection(f, match, r, fmt.Sprintf("%[1]s.bestRank DESC, %[1]s.claimCount DESC, %[1]s.id", r), projectRelation, kg.MaxPageSize)
}

// decodeEntity builds an entity from what projectEntity rendered.
func decodeEntity(m map[string]any, sel kg.Selection) (*kg.Entity, error) {
	if m == nil {
		return nil, nil
	}
	e := &kg.Entity{
		ID: str(m["id"]), Name: str(m["name"]), Category: kg.Category(str(m["category"])),
		Aliases: stringList(m["aliases"]), XRefs: stringList(m["xrefs"]),
		MentionCount: toInt(m["mentionCount"]), SourceCount: toInt(m["sourceCount"]),
	}
	for i, f := range sel {
		if f.Name != "relations" {
			continue
		}
		conn, err := decodeRelationConnection(m[nestedKey(i)], f)
		if err != nil {
			return nil, err
		}
		e.Nested.Set(f.Key, conn)
	}
	return e, nil
}

func decodeEntityConnection(v any, f kg.Field) (*kg.EntityConnection, error) {
	nodes, res, err := decodePage(v, f, decodeEntity)
	if err != nil {
		return nil, err
	}
	out := &kg.EntityConnection{TotalCount: res.total, PageInfo: res.pageInfo()}
	for i, n := range nodes {
		out.Edges = append(out.Edges, kg.EntityEdge{Cursor: kg.Cursor(res.offset + i), Node: n})
	}
	return out, nil
}

// Entities returns the entities with the given IDs that exist, in the order
// asked, with the nested fields of sel; one round trip.
func (s *Store) Entities(ctx context.Context, ids []string, sel kg.Selection) ([]*kg.Entity, error) {
	return byIDs(ctx, s, "entities", "Entity", ids, sel, projectEntity, decodeEntity)
}

// EntityPage lists entities matching f ordered by name; one round trip.
// It returns an Invalid error for a bad category or cursor.
func (s *Store) EntityPage(ctx context.Context, f kg.EntityFilter, p kg.Page, sel kg.Selection) (*kg.EntityConnection, error) {
	c := newCompiler()
	var conds []string
	if f.Category != "" {
		if !f.Category.Valid() {
			return nil, kg.Errorf(kg.Invalid, "unknown category %q", f.Category)
		}
		conds = append(conds, "v.category = "+c.param(string(f.Category)))
	}
	if q := strings.ToLower(strings.TrimSpace(f.NameContains)); q != "" {
		conds = append(conds, "v.searchText CONTAINS "+c.param(q))
	}
	if f.Language != "" {
		conds = append(conds, fmt.Sprintf("EXISTS { (v)<-[:MENTIONS]-(s:Source) WHERE s.language IN [%s, 'mixed'] }", c.param(f.Language)))
	}
	if f.SourceID != "" {
		conds = append(conds, fmt.Sprintf("EXISTS { (v)<-[:MENTIONS]-(:Source {id: %s}) }", c.param(f.SourceID)))
	}
	// The sort key condition lets Neo4j read the name index in order
	// instead of sorting every entity.
	conds = append(conds, "v.sortName >= ''")
	match := "MATCH (v:Entity) WHERE " + strings.Join(conds, " AND ")
	field := kg.Field{Name: "entities", Key: "entities", Args: map[string]any{"first": p.First, "after": p.After}, Sub: sel}
	if p.First == 0 {
		field.Args["first"] = kg.DefaultPageSize
	}
	conn, err := c.connection(field, match, "v", "v.sortName, v.id", projectEntity, kg.MaxPageSize)
	if err != nil {
		return nil, err
	}
	recs, err := s.read(ctx, "RETURN "+conn+" AS x", c.params)
	if err != nil {
		return nil, fmt.Errorf("entity page: %w", err)
	}
	return decodeEntityConnection(recs[0].Values[0], field)
}
