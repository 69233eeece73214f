package e2e_test

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"
)

type claimJSON struct {
	ID        string `json:"id"`
	Quote     string `json:"quote"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Certainty string `json:"certainty"`
	Negated   bool   `json:"negated"`
	Predicate string `json:"predicate"`
	Subject   struct{ ID, Name string }
	Object    struct{ ID, Name string }
	Source    struct {
		ID, Title, URI, Genre, Language, Text string
	}
	Citations []struct {
		DOI   string `json:"doi"`
		Title string `json:"title"`
		Year  int    `json:"year"`
	}
}

// seedBytes maps source IDs to the seed files' original bytes.
func seedBytes(t *testing.T) map[string][]byte {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if len(files) != 4 {
		t.Fatalf("want 4 seed files, found %d", len(files))
	}
	out := map[string][]byte{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		out["sha256:"+hex.EncodeToString(sum[:])] = b
	}
	return out
}

func TestEveryQuoteIsTheSourceBytesAtItsOffsets(t *testing.T) {
	a := seededApp(t)
	var data struct {
		Sources struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					ID, Text, Title string
					Claims          struct {
						TotalCount int
						Edges      []struct{ Node claimJSON }
					}
				}
			}
		}
	}
	a.query(t, `{ sources(first: 10) { totalCount edges { node { id title text
		claims(first: 100) { totalCount edges { node { id quote start end } } } } } } }`, nil).ok(t, &data)
	originals := seedBytes(t)
	if data.Sources.TotalCount != len(originals) {
		t.Fatalf("sources = %d, want %d", data.Sources.TotalCount, len(originals))
	}
	checked := 0
	for _, e := range data.Sources.Edges {
		orig, ok := originals[e.Node.ID]
		if !ok {
			t.Fatalf("source %s is not the hash of any seed file", e.Node.ID)
		}
		if e.Node.Text != string(orig) {
			t.Fatalf("source %s text differs from the file's bytes", e.Node.ID)
		}
		if e.Node.Claims.TotalCount > 100 {
			t.Fatalf("source %s has %d claims; raise first", e.Node.ID, e.Node.Claims.TotalCount)
		}
		for _, c := range e.Node.Claims.Edges {
			cl := c.Node
			if cl.Start < 0 || cl.End > len(orig) || cl.Start >= cl.End {
				t.Fatalf("claim %s offsets %d..%d outside %d bytes", cl.ID, cl.Start, cl.End, len(orig))
			}
			if got := string(orig[cl.Start:cl.End]); got != cl.Quote {
				t.Fatalf("claim %s: quote %q != bytes %q", cl.ID, cl.Quote, got)
			}
			checked++
		}
	}
	if checked < 50 {
		t.Fatalf("only %d claims checked; the seeds should give many more", checked)
	}
}

func TestSeedRelationsTraceToQuotesAndStudies(t *testing.T) {
	a := seededApp(t)
	rel := func(entity, predicate, object string) claimJSON {
		t.Helper()
		var data struct {
			Entity struct {
				Relations struct {
					Edges []struct {
						Node struct {
							ID, Predicate string
							Object        struct{ ID string }
							ClaimCount    int
							Claims        struct{ Edges []struct{ Node claimJSON } }
						}
					}
				}
			}
		}
		a.query(t, `query($id: ID!, $p: Predicate) { entity(id: $id) { relations(predicate: $p, direction: OUT, first: 50) {
			edges { node { id predicate object { id } claimCount claims(first: 5) { edges { node {
				id quote start end certainty negated predicate subject { id name } object { id name }
				source { id title uri genre language text } citations { doi title year } } } } } } } } }`,
			map[string]any{"id": entity, "p": predicate}).ok(t, &data)
		for _, e := range data.Entity.Relations.Edges {
			if e.Node.Object.ID == object {
				if e.Node.ClaimCount == 0 || len(e.Node.Claims.Edges) == 0 {
					t.Fatalf("%s %s %s has no claims", entity, predicate, object)
				}
				c := e.Node.Claims.Edges[0].Node
				if c.Source.Text[c.Start:c.End] != c.Quote {
					t.Fatalf("quote %q is not the source bytes at %d..%d", c.Quote, c.Start, c.End)
				}
				return c
			}
		}
		t.Fatalf("no relation %s %s %s in %+v", entity, predicate, object, data)
		return claimJSON{}
	}
	c := rel("kg:therapy/secretome", "CONTAINS", "GO:0070062")
	if c.Source.Genre == "" || c.Source.Title == "" {
		t.Errorf("source of a claim lacks genre or title: %+v", c.Source)
	}
	rel("GO:0070062", "TREATS", "MONDO:0005083")
	// A claim tied to the Molecular Medicine Reports review cites its DOI.
	var data struct {
		Study struct {
			DOI, Title string
			Year       int
			Claims     struct {
				TotalCount int
				Edges      []struct{ Node claimJSON }
			}
		}
	}
	a.query(t, `{ study(doi: "https://doi.org/10.3892/MMR.2025.13531") { doi title year
		claims(first: 10) { totalCount edges { node { quote predicate subject { name } object { name } } } } } }`, nil).ok(t, &data)
	if data.Study.DOI != "10.3892/mmr.2025.13531" || data.Study.Year != 2025 || data.Study.Claims.TotalCount == 0 {
		t.Fatalf("study trace: %+v", data.Study)
	}
}

func TestSearchFindsStemCellInBothLanguages(t *testing.T) {
	a := seededApp(t)
	for _, q := range []string{"sel punca", "stem cell", "Stem Cells"} {
		t.Run(q, func(t *testing.T) {
			var data struct {
				Search []struct {
					Kind   string
					Entity *struct{ ID, Name string }
				}
			}
			a.query(t, `query($q: String!) { search(query: $q, kinds: [ENTITY], first: 3) { kind entity { id name } } }`,
				map[string]any{"q": q}).ok(t, &data)
			if len(data.Search) == 0 || data.Search[0].Entity == nil || data.Search[0].Entity.ID != "CL:0000034" {
				t.Fatalf("search %q: top hit %+v, want stem cell (CL:0000034)", q, data.Search)
			}
		})
	}
}

func TestLoadingTheCorpusTwiceChangesNothing(t *testing.T) {
	a := seededApp(t)
	count := func() (int64, int64) {
		rows, err := a.store.Query(ctx(t), "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels", nil)
		if err != nil {
			t.Fatal(err)
		}
		return rows[0]["nodes"].(int64), rows[0]["rels"].(int64)
	}
	n1, r1 := count()
	sum, err := a.ingest.Load(ctx(t), []string{seedDir})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Unchanged != 4 || sum.Created != 0 {
		t.Fatalf("second load: %+v", sum)
	}
	n2, r2 := count()
	if n1 != n2 || r1 != r2 {
		t.Fatalf("reload changed counts: nodes %d -> %d, relationships %d -> %d", n1, n2, r1, r2)
	}
}
