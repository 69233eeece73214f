package loaders_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
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
