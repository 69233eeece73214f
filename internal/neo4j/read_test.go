package neo4j_test

import (
	"strings"
	"testing"

	"github.com/regenkg/regenkg/internal/kg"
	"github.com/regenkg/regenkg/internal/neo4jtest"
)

func sel(fields ...kg.Field) kg.Selection { return fields }
func fld(name string, args map[string]any, sub ...kg.Field) kg.Field {
	return kg.Field{Name: name, Key: name, Args: args, Sub: sub}
}

func TestNestedReadIsOneRoundTrip(t *testing.T) {
	st := neo4jtest.Store(t)
	c := ctx(t)
	d := fixture(t, "doc://b", "Secretome contains exosomes. Exosomes treat psoriasis. Secretome treats asthma.",
		"kg:secretome|CONTAINS|kg:exosome|Secretome contains exosomes.",
		"kg:exosome|TREATS|kg:psoriasis|Exosomes treat psoriasis.",
		"kg:secretome|TREATS|kg:asthma|Secretome treats asthma.")
	if _, err := st.Write(c, []*kg.Document{d}); err != nil {
		t.Fatal(err)
	}
	selection := sel(fld("relations", map[string]any{"first": 10, "direction": "OUT"},
		fld("totalCount", nil),
		fld("edges", nil, fld("node", nil,
			fld("object", nil),
			fld("claims", map[string]any{"first": 5}, fld("totalCount", nil), fld("edges", nil, fld("node", nil,
				fld("quote", nil), fld("start", nil), fld("end", nil),
				fld("source", nil, fld("text", nil)),
				fld("citations", nil))))))))
	rc, counter := kg.WithRoundTripCounter(c)
	ents, err := st.Entities(rc, []string{"kg:secretome"}, selection)
	if err != nil {
		t.Fatal(err)
	}
	if n := counter.Load(); n != 1 {
		t.Fatalf("round trips = %d, want 1", n)
	}
	conn := ents[0].Nested["relations"].(*kg.RelationConnection)
	if conn.TotalCount != 2 || len(conn.Edges) != 2 {
		t.Fatalf("relations: %+v", conn)
	}
	for _, e := range conn.Edges {
		claims := e.Node.Nested["claims"].(*kg.ClaimConnection)
		cl := claims.Edges[0].Node
		src := cl.SourceNode
		if cl.Quote == "" || src.Text[cl.Start:cl.End] != cl.Quote {
			t.Fatalf("quote %q != text[%d:%d]", cl.Quote, cl.Start, cl.End)
		}
		if obj := e.Node.ObjectNode; obj == nil || obj.ID == "kg:secretome" || !strings.HasPrefix(e.Node.ID, "rel:") {
			t.Fatalf("relation %s object %+v", e.Node.ID, obj)
		}
	}
	paths, err := st.Paths(c, kg.PathQuery{From: "kg:asthma", To: "kg:psoriasis", MaxHops: 4, First: 3}, sel(fld("nodes", nil), fld("hops", nil)))
	if err != nil || len(paths) != 1 || len(paths[0].Hops) != 3 {
		t.Fatalf("paths: %v %+v", err, paths)
	}
	g, err := st.Subgraph(c, kg.SubgraphQuery{IDs: []string{"kg:secretome"}, Depth: 2, Limit: 3})
	if err != nil || len(g.Nodes) != 3 || !g.Truncated {
		t.Fatalf("subgraph: %v %+v", err, g)
	}
	hits, err := st.Search(c, kg.SearchQuery{Text: "psoriasi", First: 5}, sel(fld("entity", nil), fld("claim", nil)))
	if err != nil || len(hits) == 0 {
		t.Fatalf("search: %v %+v", err, hits)
	}
	page, err := st.EntityPage(c, kg.EntityFilter{NameContains: "SECRET"}, kg.Page{First: 1}, sel(fld("totalCount", nil), fld("edges", nil, fld("node", nil))))
	if err != nil || page.TotalCount != 1 || page.Edges[0].Node.ID != "kg:secretome" {
		t.Fatalf("entity page: %v %+v", err, page)
	}
	cp, err := st.ClaimPage(c, kg.ClaimFilter{Predicate: kg.Treats}, kg.Page{First: 1}, sel(fld("totalCount", nil), fld("pageInfo", nil), fld("edges", nil, fld("node", nil))))
	if err != nil || cp.TotalCount != 2 || len(cp.Edges) != 1 || !cp.PageInfo.HasNextPage {
		t.Fatalf("claim page: %v %+v", err, cp)
	}
}
