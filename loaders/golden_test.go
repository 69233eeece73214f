package loaders_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/regenkg/regenkg/internal/kg"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGoldenExtraction pins the `kg extract` output of every seed, so that
// any change in what the extractor finds shows up as a diff to review (and
// to accept with go test ./loaders -run Golden -update).
func TestGoldenExtraction(t *testing.T) {
	for _, p := range []string{"000", "001", "002", "003"} {
		t.Run(p, func(t *testing.T) {
			d := extractSeed(t, p)
			d.Source.Path = filepath.ToSlash(d.Source.Path)
			got, err := json.MarshalIndent(d, "", " ")
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "golden", p+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(bytes.TrimSpace(want), bytes.TrimSpace(got)) {
				t.Fatalf("extraction of seed %s differs from %s; review with `go test ./loaders -run Golden -update && git diff`", p, path)
			}
		})
	}
}

// TestExtractionIsDeterministic extracts every corpus document three times
// and wants the same output each time: a choice left to map order (a
// surname two people share once went either way) makes the graph differ
// between loads of the same text.
func TestExtractionIsDeterministic(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "corpus", "*", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("corpus: %d files, %v", len(files), err)
	}
	x := extractor(t)
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var first []byte
		for run := range 3 {
			d, err := x.Extract(context.Background(), text, kg.Source{Path: f})
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			got, err := json.Marshal(d)
			if err != nil {
				t.Fatal(err)
			}
			if run == 0 {
				first = got
			} else if !bytes.Equal(first, got) {
				t.Errorf("%s: run %d differs from run 1", f, run+1)
				break
			}
		}
	}
}
