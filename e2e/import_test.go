package e2e_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/regenkg/regenkg/internal/export"
	"github.com/regenkg/regenkg/internal/kg"
	"github.com/regenkg/regenkg/internal/neo4j"
	"github.com/regenkg/regenkg/internal/neo4jserver"
	"github.com/regenkg/regenkg/internal/server"
	"github.com/regenkg/regenkg/loaders"
)

// The bulk path must build the same graph as the loader: export the seeds
// to CSV, import them with neo4j-admin into a fresh database, and compare
// counts and a traced relation with the loader's graph.
func TestBulkImportBuildsTheSameGraphAsTheLoader(t *testing.T) {
	// The imported database always gets a launcher of its own (Start is
	// given no URI), so an external NEO4J_URI for the loaded side is fine.
	a := freshApp(t, server.Options{})
	if _, err := a.ingest.Load(ctx(t), []string{seedDir}); err != nil {
		t.Fatal(err)
	}
	x, err := loaders.New(loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	csvDir := filepath.Join(t.TempDir(), "csv")
	w, err := export.New(csvDir)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		// The loader names sources by path; so must the export.
		d, err := x.Extract(ctx(t), b, kg.Source{Path: f, URI: f})
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := w.Close(); err != nil {
		t.Fatal(err)
	}
	home := filepath.Join(t.TempDir(), "neo4j")
	if err := neo4jserver.Import(ctx(t), neo4jserver.Options{DataDir: home, Progress: os.Stderr}, export.Args(csvDir)); err != nil {
		t.Fatal(err)
	}
	srv, err := neo4jserver.Start(ctx(t), neo4jserver.Options{DataDir: home, Docker: "never", HeapMB: 512, PageCacheMB: 64})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = srv.Stop(context.Background()) })
	st, err := neo4j.Open(ctx(t), neo4j.Config{URI: srv.URI, User: srv.User, Password: srv.Password})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close(context.Background()) })
	if err := st.Migrate(ctx(t)); err != nil {
		t.Fatal(err)
	}
	want, err := a.store.Stats(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	got, err := st.Stats(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	if *got != *want {
		t.Fatalf("imported graph %+v, loaded graph %+v", *got, *want)
	}
	// Aggregates and search work on the imported graph as on the loaded one.
	rel := kg.RelationID("kg:therapy/secretome", kg.Contains, "GO:0070062")
	r1, err1 := a.store.Relations(ctx(t), []string{rel}, nil)
	r2, err2 := st.Relations(ctx(t), []string{rel}, nil)
	if err1 != nil || err2 != nil || len(r1) != 1 || len(r2) != 1 || r1[0].ClaimCount != r2[0].ClaimCount ||
		r1[0].SourceCount != r2[0].SourceCount || r1[0].BestCertainty != r2[0].BestCertainty {
		t.Fatalf("relation loaded %+v / imported %+v (%v %v)", r1, r2, err1, err2)
	}
	c, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	hits, err := st.Search(c, kg.SearchQuery{Text: "sel punca", Kinds: []kg.SearchKind{kg.SearchEntity}, First: 3}, nil)
	if err != nil || len(hits) == 0 || hits[0].Entity.ID != "CL:0000034" {
		t.Fatalf("search on the imported graph: %v %+v", err, hits)
	}
}
