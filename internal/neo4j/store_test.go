package neo4j_test

import (
	"context"
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
