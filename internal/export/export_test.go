package export_test

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/regenkg/regenkg/internal/export"
	"github.com/regenkg/regenkg/internal/kg"
	"github.com/regenkg/regenkg/loaders"
)

func read(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

func TestExportWritesTheGraphAsImportFiles(t *testing.T) {
	x, err := loaders.New(loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "csv")
	w, err := export.New(dir)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../../corpus/seeds/*.txt")
	claims, texts := 0, map[string]string{}
	for _, f := range append(files, files[0]) { // the same bytes twice count once
		b, _ := os.ReadFile(f)
		d, err := x.Extract(context.Background(), b, kg.Source{Path: f})
		if err != nil {
			t.Fatal(err)
		}
		if _, dup := texts[d.Source.ID]; !dup {
			claims += len(d.Claims)
		}
		texts[d.Source.ID] = string(b)
		if err := w.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	sum, err := w.Close()
	if err != nil {
		t.Fatal(err)
	}
	if sum.Sources != 4 || sum.Claims != claims || sum.Entities < 50 || sum.Relations < 50 || sum.Studies != 6 {
		t.Fatalf("summary %+v (claims %d)", sum, claims)
	}
	// Every row has its header's width; texts survive CSV with newlines and quotes.
	for _, name := range []string{"sources.csv", "claims.csv", "entities.csv", "relations.csv", "mentions.csv", "studies.csv", "stated_in.csv"} {
		rows := read(t, filepath.Join(dir, name))
		for i, r := range rows {
			if len(r) != len(rows[0]) {
				t.Fatalf("%s row %d has %d fields, header %d", name, i, len(r), len(rows[0]))
			}
		}
	}
	for _, r := range read(t, filepath.Join(dir, "sources.csv"))[1:] {
		if texts[r[0]] != r[11] {
			t.Fatalf("source %s text changed in CSV", r[0])
		}
	}
	for _, r := range read(t, filepath.Join(dir, "claims.csv"))[1:] {
		if !strings.HasPrefix(r[0], "claim:") || !strings.HasPrefix(r[13], "rel:"+r[1]+":") {
			t.Fatalf("claim row %v", r)
		}
	}
	if !strings.Contains(sum.Command, "--nodes="+filepath.Join(dir, "claims.csv")) || !strings.HasPrefix(sum.Command, "neo4j-admin database import full neo4j --nodes=") {
		t.Fatalf("command %s", sum.Command)
	}
	if _, err := export.New(dir); err == nil {
		t.Fatal("exporting into a non-empty folder must fail")
	}
}
