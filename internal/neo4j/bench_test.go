package neo4j_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/regenkg/regenkg/internal/gen"
	"github.com/regenkg/regenkg/internal/kg"
	"github.com/regenkg/regenkg/internal/neo4j"
	"github.com/regenkg/regenkg/internal/neo4jtest"
	"github.com/regenkg/regenkg/loaders"
)

// benchDocs extracts n generated documents (seed varies so that every
// benchmark iteration writes new sources).
func benchDocs(b *testing.B, seed uint64, n int) []*kg.Document {
	b.Helper()
	g, err := gen.New(seed, &gen.Options{Synthetic: 50})
	if err != nil {
		b.Fatal(err)
	}
	x, err := loaders.New(loaders.Options{Lexicon: g.Lexicon()})
	if err != nil {
		b.Fatal(err)
	}
	out := make([]*kg.Document, n)
	for i := range out {
		d := g.Doc(i)
		if out[i], err = x.Extract(context.Background(), d.Text, kg.Source{URI: fmt.Sprintf("bench://%d/%d", seed, i)}); err != nil {
			b.Fatal(err)
		}
	}
	return out
}

// benchWrite writes 200 fresh documents per iteration with write, timing
// only the writes, and reports claims per second.
func benchWrite(b *testing.B, write func(*neo4j.Store, []*kg.Document) error) {
	st := neo4jtest.Store(b)
	// Warm up: Neo4j plans each statement on first use, which takes
	// seconds and is not what is being compared.
	if err := write(st, benchDocs(b, 999, 50)); err != nil {
		b.Fatal(err)
	}
	claims := 0
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		docs := benchDocs(b, uint64(1000+i), 200)
		for _, d := range docs {
			claims += len(d.Claims)
		}
		b.StartTimer()
		if err := write(st, docs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(claims)/b.Elapsed().Seconds(), "claims/s")
}

// BenchmarkWrite is the loader's write path; compare with
// BenchmarkBaselineWrite (go test -bench Write ./internal/neo4j).
func BenchmarkWrite(b *testing.B) {
	benchWrite(b, func(st *neo4j.Store, docs []*kg.Document) error {
		_, err := st.Write(context.Background(), docs)
		return err
	})
}

// BenchmarkBaselineWrite writes the same kind of rows with raw UNWIND batches.
func BenchmarkBaselineWrite(b *testing.B) {
	benchWrite(b, func(st *neo4j.Store, docs []*kg.Document) error {
		return st.BaselineWrite(context.Background(), docs, 5000)
	})
}
