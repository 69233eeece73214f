package e2e_test

import (
	"strconv"
	"testing"

	"github.com/regenkg/regenkg/internal/gen"
	"github.com/regenkg/regenkg/internal/server"
)

func TestTraceFromAnEdgeToEveryDOIInOneRequest(t *testing.T) {
	a := seededApp(t)
	var data struct {
		Entity struct {
			Relations struct {
				Edges []struct {
					Node struct {
						ID, Predicate string
						Object        struct{ Name string }
						Claims        struct {
							Edges []struct {
								Node struct {
									Quote, Certainty string
									Start, End       int
									AttributedTo     *struct{ Name string }
									Via              *struct{ Name string }
									Source           struct {
										Title, URI, Publisher, Genre, Published, Language string
									}
									Citations []struct {
										DOI, Title, Design string
										Year, N            int
									}
								}
							}
						}
					}
				}
			}
		}
	}
	r := a.query(t, `{ entity(id: "GO:0070062") { relations(direction: OUT, first: 50) { edges { node { id predicate object { name }
		claims(first: 20) { edges { node { quote start end certainty attributedTo { name } via { name }
			source { title uri publisher genre published language } citations { doi title year design n } } } } } } } } }`, nil)
	r.ok(t, &data)
	if r.roundTrips != "1" {
		t.Errorf("a full trace took %s round trips, want 1", r.roundTrips)
	}
	dois := map[string]bool{}
	attributed := false
	for _, e := range data.Entity.Relations.Edges {
		for _, c := range e.Node.Claims.Edges {
			for _, s := range c.Node.Citations {
				dois[s.DOI] = true
			}
			if c.Node.AttributedTo != nil && c.Node.Via != nil {
				attributed = true
			}
			if c.Node.Source.Genre == "" || c.Node.Source.Language == "" || c.Node.Source.URI == "" {
				t.Errorf("claim source lacks genre, language or uri: %+v", c.Node.Source)
			}
		}
	}
	if !dois["10.3892/mmr.2025.13531"] || !attributed {
		t.Fatalf("trace: DOIs %v, attributed-via claim found %v", dois, attributed)
	}
}

func TestSourceAndStudyTraces(t *testing.T) {
	a := seededApp(t)
	var src struct {
		Sources struct {
			Edges []struct {
				Node struct {
					ID, Genre  string
					ClaimCount int
					Claims     struct{ TotalCount int }
					Cites      []struct {
						DOI    *string
						Design *string
						N      *int
						Claims struct{ TotalCount int }
					}
				}
			}
		}
	}
	a.query(t, `{ sources(first: 10) { edges { node { id genre claimCount claims(first: 1) { totalCount }
		cites { doi design n claims(first: 1) { totalCount } } } } } }`, nil).ok(t, &src)
	var thesis, clinic bool
	for _, e := range src.Sources.Edges {
		if e.Node.Claims.TotalCount != e.Node.ClaimCount {
			t.Errorf("source %s: claimCount %d but %d claims", e.Node.ID, e.Node.ClaimCount, e.Node.Claims.TotalCount)
		}
		switch e.Node.Genre {
		case "THESIS":
			for _, st := range e.Node.Cites {
				if st.N != nil && *st.N == 11 && st.Design != nil && st.Claims.TotalCount > 0 {
					thesis = true
				}
			}
		case "COMMERCIAL":
			clinic = len(e.Node.Cites) == 5
		}
	}
	if !thesis || !clinic {
		t.Fatalf("thesis describes its n=11 study with claims: %v; clinic blog cites five studies: %v", thesis, clinic)
	}
	var text struct{ Source struct{ Text string } }
	id := src.Sources.Edges[0].Node.ID
	a.query(t, `query($id: ID!) { source(id: $id) { text(start: 0, end: 5) } }`, map[string]any{"id": id}).ok(t, &text)
	if len(text.Source.Text) != 5 {
		t.Errorf("text(start, end) = %q", text.Source.Text)
	}
	bad := a.query(t, `query($id: ID!) { source(id: $id) { text(start: 5, end: 999999) } }`, map[string]any{"id": id})
	if c := bad.errorCode(t); c != "BAD_USER_INPUT" {
		t.Errorf("out-of-range text offsets: code %s", c)
	}
}

func TestPathsShowEvidenceOnEveryHop(t *testing.T) {
	a := seededApp(t)
	var data struct {
		Paths []struct {
			Length int
			Nodes  []struct{ ID string }
			Hops   []struct {
				Predicate     string
				ClaimCount    int
				BestCertainty string
				Subject       struct{ ID string }
				Object        struct{ ID string }
			}
		}
	}
	a.query(t, `{ paths(from: "kg:therapy/secretome", to: "MONDO:0005083", maxHops: 3, first: 5) { length
		nodes { id } hops { predicate claimCount bestCertainty subject { id } object { id } } } }`, nil).ok(t, &data)
	if len(data.Paths) == 0 {
		t.Fatal("no path from secretome to psoriasis (secretome CONTAINS exosome TREATS psoriasis)")
	}
	for i, p := range data.Paths {
		if p.Length != len(p.Hops) || len(p.Nodes) != len(p.Hops)+1 || p.Nodes[0].ID != "kg:therapy/secretome" || p.Nodes[len(p.Nodes)-1].ID != "MONDO:0005083" {
			t.Fatalf("malformed path %+v", p)
		}
		if i > 0 && p.Length < data.Paths[i-1].Length {
			t.Errorf("paths not shortest first")
		}
		for j, h := range p.Hops {
			ends := map[string]bool{h.Subject.ID: true, h.Object.ID: true}
			if h.ClaimCount == 0 || !ends[p.Nodes[j].ID] || !ends[p.Nodes[j+1].ID] {
				t.Errorf("hop %d of %+v does not join its nodes or has no evidence", j, p)
			}
		}
	}
	over := a.query(t, `{ paths(from: "a", to: "b", maxHops: 9) { length } }`, nil)
	if c := over.errorCode(t); c != "LIMIT_EXCEEDED" {
		t.Errorf("maxHops 9: code %s", c)
	}
}

func TestSubgraphMapsOntoCytoscapeAndNVL(t *testing.T) {
	a := seededApp(t)
	var data struct {
		Subgraph struct {
			Truncated bool
			Nodes     []struct{ ID, Name, Category string }
			Edges     []struct {
				ID, Source, Target, From, To, Predicate, Certainty string
				ClaimCount                                         int
			}
		}
	}
	for _, limit := range []int{8, 200} {
		a.query(t, `query($limit: Int) { subgraph(ids: ["kg:therapy/secretome"], depth: 2, limit: $limit) { truncated
			nodes { id name category } edges { id source target from to predicate certainty claimCount } } }`,
			map[string]any{"limit": limit}).ok(t, &data)
		g := data.Subgraph
		nodes := map[string]bool{}
		for _, n := range g.Nodes {
			nodes[n.ID] = true
		}
		if len(g.Nodes) > limit || (limit == 8) != g.Truncated || !nodes["kg:therapy/secretome"] {
			t.Fatalf("limit %d: %d nodes, truncated %v", limit, len(g.Nodes), g.Truncated)
		}
		ids := map[string]bool{}
		for _, e := range g.Edges {
			if !nodes[e.Source] || !nodes[e.Target] || e.From != e.Source || e.To != e.Target || e.ClaimCount == 0 {
				t.Fatalf("edge %+v does not fit the nodes", e)
			}
			if ids[e.ID] || nodes[e.ID] {
				t.Fatalf("edge id %s is not unique among elements", e.ID)
			}
			ids[e.ID] = true
		}
		if len(g.Edges) == 0 {
			t.Fatalf("limit %d: no edges", limit)
		}
	}
}

func TestOneRoundTripForANestedQueryOverAHundredEntities(t *testing.T) {
	// The seeds name 80 entities; generated documents bring the rest.
	a := freshApp(t, server.Options{})
	if _, err := a.ingest.Load(ctx(t), []string{seedDir}); err != nil {
		t.Fatal(err)
	}
	g, err := gen.New(1, nil)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := a.ingest.LoadFrom(ctx(t), 60, func(yield func(string, []byte, error) bool) {
		for i := 0; i < 60; i++ {
			d := g.Doc(i)
			if !yield(d.Name, d.Text, nil) {
				return
			}
		}
	})
	if err != nil || sum.Failed > 0 {
		t.Fatalf("load generated documents: %v %+v", err, sum)
	}
	var data struct {
		Entities struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					Relations struct {
						Edges []struct {
							Node struct {
								Claims struct {
									Edges []struct {
										Node struct {
											Source    struct{ Title *string }
											Citations []struct{ DOI *string }
										}
									}
								}
							}
						}
					}
				}
			}
		}
	}
	r := a.query(t, `{ entities(first: 100) { totalCount edges { node { id name
		relations(first: 5) { edges { node { predicate claims(first: 5) { edges { node { quote
			source { title genre } citations { doi year } } } } } } } } } } }`, nil)
	r.ok(t, &data)
	if len(data.Entities.Edges) != 100 {
		t.Fatalf("got %d entities, the seeds have %d", len(data.Entities.Edges), data.Entities.TotalCount)
	}
	claims := 0
	for _, e := range data.Entities.Edges {
		for _, rel := range e.Node.Relations.Edges {
			claims += len(rel.Node.Claims.Edges)
		}
	}
	// The bound: one round trip per top-level field, whatever the nesting
	// and however many objects come back.
	n, err := strconv.Atoi(r.roundTrips)
	if err != nil || n > 1 {
		t.Fatalf("round trips = %q for 100 entities with %d claims; bound is 1", r.roundTrips, claims)
	}
	if claims < 50 {
		t.Fatalf("only %d claims came back; the query did not exercise nesting", claims)
	}
}
