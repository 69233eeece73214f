package loaders_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/regenkg/regenkg/internal/kg"
)

func seedCorpus(b *testing.B) ([][]byte, int64) {
	files, _ := filepath.Glob(filepath.Join("..", "corpus", "seeds", "*.txt"))
	var docs [][]byte
	var n int64
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, data)
		n += int64(len(data))
	}
	return docs, n
}

// BenchmarkExtract measures extraction of the seed corpus on one core;
// docs/s and MB/s are reported per iteration of the whole corpus.
func BenchmarkExtract(b *testing.B) {
	docs, size := seedCorpus(b)
	x := extractor(b)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			if _, err := x.Extract(context.Background(), d, kg.Source{}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkExtractParallel is BenchmarkExtract on every core (one shared
// Extractor, as the loader uses it).
func BenchmarkExtractParallel(b *testing.B) {
	docs, size := seedCorpus(b)
	x := extractor(b)
	b.SetBytes(size / int64(len(docs)))
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			if _, err := x.Extract(context.Background(), docs[i%len(docs)], kg.Source{}); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
