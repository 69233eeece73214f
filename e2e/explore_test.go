package e2e_test

import (
	"testing"
)

type pageInfo struct {
	HasNextPage, HasPreviousPage bool
	StartCursor, EndCursor       *string
}

func TestEntitiesArePagedRelayConnections(t *testing.T) {
	a := seededApp(t)
	type page struct {
		Entities struct {
			TotalCount int
			PageInfo   pageInfo
			Edges      []struct {
				Cursor string
				Node   struct{ ID, Name, Category string }
			}
		}
	}
	const q = `query($after: String) { entities(filter: {category: CONDITION}, first: 5, after: $after) {
		totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id name category } } } }`
	var p1, p2 page
	a.query(t, q, nil).ok(t, &p1)
	if p1.Entities.TotalCount <= 5 || len(p1.Entities.Edges) != 5 || !p1.Entities.PageInfo.HasNextPage || p1.Entities.PageInfo.HasPreviousPage {
		t.Fatalf("first page: %+v", p1.Entities)
	}
	a.query(t, q, map[string]any{"after": *p1.Entities.PageInfo.EndCursor}).ok(t, &p2)
	if !p2.Entities.PageInfo.HasPreviousPage || p2.Entities.TotalCount != p1.Entities.TotalCount {
		t.Fatalf("second page: %+v", p2.Entities)
	}
	seen := map[string]bool{}
	for _, e := range append(p1.Entities.Edges, p2.Entities.Edges...) {
		if e.Node.Category != "CONDITION" {
			t.Errorf("%s is %s, not a condition", e.Node.ID, e.Node.Category)
		}
		if seen[e.Node.ID] {
			t.Errorf("%s on both pages", e.Node.ID)
		}
		seen[e.Node.ID] = true
	}
	bad := a.query(t, `{ entities(after: "not-a-cursor") { totalCount } }`, nil)
	if c := bad.errorCode(t); c != "BAD_USER_INPUT" {
		t.Fatalf("bad cursor code = %s", c)
	}
}

func TestEntityFilters(t *testing.T) {
	a := seededApp(t)
	ids := func(filter string) map[string]bool {
		t.Helper()
		var data struct {
			Entities struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
		a.query(t, `{ entities(filter: `+filter+`, first: 100) { edges { node { id } } } }`, nil).ok(t, &data)
		out := map[string]bool{}
		for _, e := range data.Entities.Edges {
			out[e.Node.ID] = true
		}
		return out
	}
	if got := ids(`{nameContains: "sekretom"}`); !got["kg:therapy/secretome"] {
		t.Errorf("nameContains through an Indonesian alias: %v", got)
	}
	en := ids(`{language: "en"}`)
	if !en["kg:condition/pemphigus-vulgaris"] || en["MONDO:0005083"] {
		t.Errorf("language en: pemphigus (English seed) %v, psoriasis (Indonesian only) %v", en["kg:condition/pemphigus-vulgaris"], en["MONDO:0005083"])
	}
	if got := ids(`{category: PERSON}`); !got["kg:person/gia-pratama"] || len(got) < 5 {
		t.Errorf("people: %v", got)
	}
}

func TestNodeFetchesEveryKindByGlobalID(t *testing.T) {
	a := seededApp(t)
	var ids struct {
		Relation struct {
			ID     string
			Claims struct {
				Edges []struct {
					Node struct {
						ID        string
						Source    struct{ ID string }
						Citations []struct{ ID string }
					}
				}
			}
		}
	}
	// The relation exosome TREATS asthma has a claim citing a study.
	var rel struct {
		Entity struct {
			Relations struct {
				Edges []struct{ Node struct{ ID string } }
			}
		}
	}
	a.query(t, `{ entity(id: "GO:0070062") { relations(predicate: TREATS, direction: OUT, first: 1) { edges { node { id } } } } }`, nil).ok(t, &rel)
	rid := rel.Entity.Relations.Edges[0].Node.ID
	a.query(t, `query($id: ID!) { relation(id: $id) { id claims(first: 10) { edges { node { id source { id } citations { id } } } } } }`,
		map[string]any{"id": rid}).ok(t, &ids)
	want := map[string]string{"GO:0070062": "Entity", rid: "Relation"}
	for _, c := range ids.Relation.Claims.Edges {
		want[c.Node.ID] = "Claim"
		want[c.Node.Source.ID] = "Source"
		for _, s := range c.Node.Citations {
			want[s.ID] = "Study"
		}
	}
	if len(want) < 5 {
		t.Fatalf("expected an entity, a relation, a claim, a source and a study: %v", want)
	}
	for id, typ := range want {
		var data struct {
			Node *struct{ Typename, ID string }
		}
		a.query(t, `query($id: ID!) { node(id: $id) { typename: __typename id } }`, map[string]any{"id": id}).ok(t, &data)
		if data.Node == nil || data.Node.Typename != typ || data.Node.ID != id {
			t.Errorf("node(%s) = %+v, want a %s", id, data.Node, typ)
		}
	}
	var missing struct{ Node *struct{ ID string } }
	a.query(t, `{ node(id: "kg:does/not-exist") { id } }`, nil).ok(t, &missing)
	if missing.Node != nil {
		t.Errorf("unknown id gave %+v", missing.Node)
	}
}

func TestRelationAggregatesAndFilters(t *testing.T) {
	a := seededApp(t)
	type rel struct {
		ID, Predicate, BestCertainty, Biolink                                              string
		ClaimCount, AssertedCount, HedgedCount, SpeculativeCount, NegatedCount, CitedCount int
		SourceCount                                                                        int
		Contradicted                                                                       bool
		Object                                                                             struct{ ID string }
	}
	fetch := func(args string) []rel {
		t.Helper()
		var data struct {
			Entity struct {
				Relations struct{ Edges []struct{ Node rel } }
			}
		}
		a.query(t, `{ entity(id: "kg:therapy/secretome") { relations(`+args+`) { edges { node {
			id predicate bestCertainty biolink claimCount assertedCount hedgedCount speculativeCount negatedCount citedCount
			sourceCount contradicted object { id } } } } } }`, nil).ok(t, &data)
		var out []rel
		for _, e := range data.Entity.Relations.Edges {
			out = append(out, e.Node)
		}
		return out
	}
	all := fetch(`first: 100, includeNegated: true`)
	if len(all) < 10 {
		t.Fatalf("secretome has only %d relations", len(all))
	}
	negatedOnly := false
	for _, r := range all {
		if r.AssertedCount+r.HedgedCount+r.SpeculativeCount != r.ClaimCount || r.SourceCount < 1 || r.SourceCount > r.ClaimCount {
			t.Errorf("inconsistent aggregates %+v", r)
		}
		if r.NegatedCount == r.ClaimCount {
			negatedOnly = true
			if r.Object.ID != "kg:therapy/live-cell" || r.Predicate != "CONTAINS" {
				t.Errorf("unexpected fully negated edge %+v", r)
			}
		}
		if r.Predicate == "TREATS" && r.BestCertainty != "ASSERTED" && r.Biolink != "biolink:studied_to_treat" {
			t.Errorf("a hedged TREATS must map to biolink:studied_to_treat: %+v", r)
		}
	}
	if !negatedOnly {
		t.Error(`"secretome tidak mengandung sel hidup" should give a fully negated CONTAINS edge`)
	}
	for _, r := range fetch(`first: 100`) {
		if r.NegatedCount == r.ClaimCount {
			t.Errorf("negated edge %s listed without includeNegated", r.ID)
		}
	}
	for _, r := range fetch(`first: 100, minCertainty: ASSERTED, predicates: [TREATS, CONTAINS], direction: OUT`) {
		if r.BestCertainty != "ASSERTED" || (r.Predicate != "TREATS" && r.Predicate != "CONTAINS") {
			t.Errorf("filter not applied: %+v", r)
		}
	}
	for _, r := range fetch(`first: 100, direction: IN`) {
		if r.Object.ID != "kg:therapy/secretome" {
			t.Errorf("direction IN returned an edge pointing at %s", r.Object.ID)
		}
	}
}
