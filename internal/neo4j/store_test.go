package neo4j_test

import (
	"fmt"

	"context"
	"github.com/regenkg/regenkg/internal/gen"
	"github.com/regenkg/regenkg/loaders"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/regenkg/regenkg/internal/kg"
	"github.com/regenkg/regenkg/internal/neo4jtest"
)

func TestMain(m *testing.M) { os.Exit(neo4jtest.Run(m)) }

// fixture builds a document by hand: the store, not the extractor, is under
// test here. Each claim is "subject|PREDICATE|object|quote".
func fixture(t testing.TB, uri, text string, claims ...string) *kg.Document {
	t.Helper()
	src := kg.Source{ID: kg.SourceID([]byte(text)), URI: uri, Title: "t " + uri, Language: "en", Genre: kg.GenreNews, Text: text, Size: len(text)}
	d := &kg.Document{Source: src}
	ents := map[string]bool{}
	add := func(id string) {
		if !ents[id] {
			ents[id] = true
			d.Entities = append(d.Entities, kg.Entity{ID: id, Name: strings.TrimPrefix(id, "kg:"), Category: kg.CategoryTherapy, Aliases: []string{id + " alias"},
				Mentions: []kg.Mention{{Start: 0, End: 1, Text: text[:1]}}})
		}
	}
	for _, c := range claims {
		parts := strings.SplitN(c, "|", 4)
		i := strings.Index(text, parts[3])
		if i < 0 {
			t.Fatalf("quote %q not in text", parts[3])
		}
		add(parts[0])
		add(parts[2])
		p := kg.Predicate(parts[1])
		neg := strings.Contains(parts[3], "not")
		d.Claims = append(d.Claims, kg.Claim{
			ID: kg.ClaimID(src.ID, i, i+len(parts[3]), parts[0], p, parts[2], neg), Subject: kg.EntityRef{ID: parts[0]}, Predicate: p,
			Object: kg.EntityRef{ID: parts[2]}, Quote: parts[3], Start: i, End: i + len(parts[3]), Certainty: kg.Asserted, Negated: neg,
			Extractor: "fixture", ExtractorVersion: "1",
		})
	}
	return d
}

func ctx(t testing.TB) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return c
}

func TestWriteIsIdempotentAndReplacesChangedVersions(t *testing.T) {
	st := neo4jtest.Store(t)
	c := ctx(t)
	v1 := fixture(t, "doc://a", "Secretome contains exosomes. Exosomes treat psoriasis.",
		"kg:secretome|CONTAINS|kg:exosome|Secretome contains exosomes.", "kg:exosome|TREATS|kg:psoriasis|Exosomes treat psoriasis.")
	res, err := st.Write(c, []*kg.Document{v1})
	if err != nil || res[0].Status != kg.Created || res[0].Err != nil {
		t.Fatalf("first write: %v %+v", err, res)
	}
	before := stats(t, st)
	res, err = st.Write(c, []*kg.Document{v1})
	if err != nil || res[0].Status != kg.Unchanged {
		t.Fatalf("second write: %v %+v", err, res)
	}
	if after := stats(t, st); after != before {
		t.Fatalf("reload changed the graph: %+v -> %+v", before, after)
	}
	v2 := fixture(t, "doc://a", "Secretome contains exosomes. Exosomes do not treat psoriasis.",
		"kg:secretome|CONTAINS|kg:exosome|Secretome contains exosomes.", "kg:exosome|TREATS|kg:psoriasis|Exosomes do not treat psoriasis.")
	res, err = st.Write(c, []*kg.Document{v2})
	if err != nil || res[0].Status != kg.Replaced || res[0].ReplacedID != v1.Source.ID {
		t.Fatalf("changed version: %v %+v", err, res)
	}
	rid := kg.RelationID("kg:exosome", kg.Treats, "kg:psoriasis")
	rels, err := st.Relations(c, []string{rid}, nil)
	if err != nil || len(rels) != 1 {
		t.Fatalf("relation: %v %v", err, rels)
	}
	if r := rels[0]; r.ClaimCount != 1 || r.NegatedCount != 1 || r.SourceCount != 1 {
		t.Fatalf("aggregates not recomputed: %+v", r)
	}
	if s := stats(t, st); s.Sources != 1 || s.Claims != 2 {
		t.Fatalf("old version not removed: %+v", s)
	}
}

func stats(t testing.TB, st interface {
	Stats(context.Context) (*kg.Stats, error)
}) kg.Stats {
	t.Helper()
	s, err := st.Stats(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	return *s
}

func TestRequestDeadlineStopsTheTransactionInNeo4j(t *testing.T) {
	st := neo4jtest.Store(t)
	c, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	began := time.Now()
	// Counting to a billion takes Neo4j tens of seconds.
	_, err := st.Query(c, "UNWIND range(1, 1000000000) AS x RETURN count(x) AS n", nil)
	if kg.ErrorCode(err) != kg.LimitExceeded {
		t.Fatalf("err = %v, want a LimitExceeded timeout", err)
	}
	if d := time.Since(began); d > 20*time.Second {
		t.Fatalf("the transaction ran on for %s after its deadline", d)
	}
	if kg.ErrorMessage(err) != "request timed out" {
		t.Fatalf("client message %q", kg.ErrorMessage(err))
	}
}

// The loader keeps edge aggregates incrementally; they must always equal a
// full recount from the claims, through loads, replacements and deletions.
func TestIncrementalAggregatesEqualARecount(t *testing.T) {
	st := neo4jtest.Store(t)
	c := ctx(t)
	g, err := gen.New(5, nil)
	if err != nil {
		t.Fatal(err)
	}
	x, err := loaders.New(loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	extract := func(i int, uri string, extra string) *kg.Document {
		d, err := x.Extract(c, append(g.Doc(i).Text, extra...), kg.Source{URI: uri})
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	var docs []*kg.Document
	for i := 0; i < 30; i++ {
		docs = append(docs, extract(i, fmt.Sprintf("gen://%d", i), ""))
	}
	st.BatchDocs = 7 // batches of uneven size
	if _, err := st.Write(c, docs); err != nil {
		t.Fatal(err)
	}
	// Replace one, delete another.
	if _, err := st.Write(c, []*kg.Document{extract(3, "gen://3", "\nSecretome tidak mengandung sel hidup.\n")}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.DeleteSource(c, docs[4].Source.ID); err != nil {
		t.Fatal(err)
	}
	rows, err := st.Query(c, `MATCH ()-[e]->() WHERE e.claimCount IS NOT NULL
CALL (e) {
  MATCH (cl:Claim {relationId: e.id})
  RETURN count(cl) AS n, count(DISTINCT cl.sourceId) AS sources, sum(CASE WHEN cl.negated THEN 1 ELSE 0 END) AS negated,
    sum(CASE WHEN cl.certainty = 'hedged' THEN 1 ELSE 0 END) AS hedged,
    max(CASE WHEN NOT cl.negated THEN cl.rank / 2 END) AS bestAff, max(CASE WHEN cl.negated THEN (cl.rank + 10) / 2 END) AS bestNeg
}
RETURN e.id AS id, e.claimCount = n AND e.sourceCount = sources AND e.negatedCount = negated AND e.hedgedCount = hedged
  AND e.bestRank = coalesce(bestAff, bestNeg) AND e.affirmed = (n > negated) AS ok, n`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 50 {
		t.Fatalf("only %d edges", len(rows))
	}
	for _, r := range rows {
		if !r["ok"].(bool) || r["n"].(int64) == 0 {
			t.Fatalf("edge %v: aggregates differ from a recount (claims %v)", r["id"], r["n"])
		}
	}
}

func TestAFailingDocumentLeavesNothingAndTheBatchStillLoads(t *testing.T) {
	st := neo4jtest.Store(t)
	c := ctx(t)
	good := fixture(t, "doc://good", "Secretome contains exosomes.", "kg:secretome|CONTAINS|kg:exosome|Secretome contains exosomes.")
	bad := fixture(t, "doc://bad", "Exosomes treat psoriasis here.", "kg:exosome|TREATS|kg:psoriasis|Exosomes treat psoriasis here.")
	// The bad document passes validation but reuses the good one's claim
	// ID, which the database refuses at commit.
	bad.Claims[0].ID = good.Claims[0].ID
	other := fixture(t, "doc://other", "Secretome treats asthma.", "kg:secretome|TREATS|kg:asthma|Secretome treats asthma.")
	res, err := st.Write(c, []*kg.Document{good, bad, other})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Status != kg.Created || res[1].Status != kg.Failed || res[1].Err == nil || res[2].Status != kg.Created {
		t.Fatalf("results: %+v", res)
	}
	rows, err := st.Query(c, "MATCH (s:Source {id: $id}) RETURN count(s) AS n", map[string]any{"id": bad.Source.ID})
	if err != nil || rows[0]["n"].(int64) != 0 {
		t.Fatalf("the failed document left its source behind: %v %v", rows, err)
	}
	if s := stats(t, st); s.Sources != 2 || s.Claims != 2 {
		t.Fatalf("stats after a failed document: %+v", s)
	}
	// A malformed document is refused before any statement runs.
	broken := fixture(t, "doc://broken", "Secretome contains exosomes!", "kg:secretome|CONTAINS|kg:exosome|Secretome contains exosomes!")
	broken.Claims[0].Quote = "not the text"
	res, err = st.Write(c, []*kg.Document{broken})
	if err != nil || res[0].Status != kg.Failed || kg.ErrorCode(res[0].Err) != kg.Invalid {
		t.Fatalf("broken: %+v %v", res, err)
	}
}
