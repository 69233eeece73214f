package loaders_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/regenkg/regenkg/internal/kg"
	"github.com/regenkg/regenkg/loaders"
)

// FuzzExtract feeds the extractor arbitrary bytes: it must never panic, and
// whatever it returns must keep provenance (offsets in range, on UTF-8
// boundaries, quotes equal to the bytes).
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "corpus", "seeds", "*.txt"))
	for _, p := range files {
		b, _ := os.ReadFile(p)
		f.Add(b)
		f.Add(b[:len(b)/3])
	}
	for _, s := range []string{"", "dr. ", "(Dec. 3)", "1. A, B. (2020). T. V, 1(2), 3. https://doi.org/10.1/x", "• \u00a0secretome tidak mengandung sel hidup", "\xff", "Scretome\u0301 e\u0301",
		// Once a crash: a condition left unsaid, lowered in a sentence.
		"Fibrosis is scarring. Fibrosis is common.\nThree approved treatments have changed the outlook for fibrosis.\nPirfenidone decreased decline and nintedanib slows it."} {
		f.Add([]byte(s))
	}
	x, err := loaders.New(loaders.Options{Now: now})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := x.Extract(context.Background(), data, kg.Source{})
		if err != nil {
			// An Internal error is a reading rule that failed: a bug.
			if kg.ErrorCode(err) != kg.Invalid {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		checkProvenance(t, data, d)
		for _, c := range d.Claims {
			if !c.Predicate.Valid() || !c.Certainty.Valid() {
				t.Fatalf("bad claim %+v", c)
			}
		}
	})
}
