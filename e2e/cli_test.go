package e2e_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/regenkg/regenkg/internal/kg"
	"github.com/regenkg/regenkg/internal/neo4jtest"
)

// buildKG builds the kg command once per test binary.
func buildKG(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "kg")
	cmd := exec.Command("go", "build", "-o", bin, "../cmd/kg")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build kg: %v\n%s", err, out)
	}
	return bin
}

func TestExtractPrintsTheJSONLinesContract(t *testing.T) {
	bin := buildKG(t)
	files, _ := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(bin, append([]string{"extract"}, files...)...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("kg extract: %v\n%s", err, stderr.String())
	}
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	n := 0
	for sc.Scan() {
		var d struct {
			Source struct {
				ID, Path, Language, Genre, Title string
			}
			Entities []struct {
				ID, Name, Category string
				Mentions           []struct {
					Start, End int
					Text       string
				}
			}
			Claims []struct {
				ID               string
				Subject, Object  struct{ ID, Name string }
				Predicate, Quote string
				Start, End       int
				Certainty        string
				Negated          *bool
				AttributedTo     string
				Citations        []string
			}
			Studies []struct{ DOI, Title string }
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("line %d is not JSON: %v", n+1, err)
		}
		orig, err := os.ReadFile(d.Source.Path)
		if err != nil {
			t.Fatal(err)
		}
		if kg.SourceID(orig) != d.Source.ID || d.Source.Language == "" || d.Source.Genre == "" {
			t.Fatalf("source %+v", d.Source)
		}
		for _, c := range d.Claims {
			if string(orig[c.Start:c.End]) != c.Quote || c.Negated == nil || c.Subject.ID == "" || c.Object.Name == "" {
				t.Fatalf("claim %+v breaks the contract", c)
			}
		}
		for _, e := range d.Entities {
			for _, m := range e.Mentions {
				if string(orig[m.Start:m.End]) != m.Text {
					t.Fatalf("mention %+v of %s", m, e.ID)
				}
			}
		}
		n++
	}
	if n != len(files) {
		t.Fatalf("%d lines for %d files", n, len(files))
	}
}

func TestLoadReportsBadDocumentsAndLoadsTheRest(t *testing.T) {
	bin := buildKG(t)
	srv := neo4jtest.Server(t)
	freshApp(t, serverOptions()) // empties the graph
	dir := t.TempDir()
	for _, f := range []string{"000_f848d8fc26aaeaa9.txt", "002_92350f9cc46a9ec4.txt"} {
		b, _ := os.ReadFile(filepath.Join(seedDir, f))
		os.WriteFile(filepath.Join(dir, f), b, 0o644)
	}
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "binary.txt"), []byte("\x00\x01\x02PK\x03\x04"), 0o644)
	os.WriteFile(filepath.Join(dir, "latin1.txt"), []byte("sel punca \xe9\xe8 mesenkimal"), 0o644)
	os.WriteFile(filepath.Join(dir, "huge.txt"), bytes.Repeat([]byte("secretome "), 500_000), 0o644)
	run := func() (string, string, error) {
		var stdout, stderr bytes.Buffer
		cmd := exec.Command(bin, "load", dir)
		cmd.Env = append(os.Environ(), "NEO4J_URI="+srv.URI, "NEO4J_USER="+srv.User, "NEO4J_PASSWORD="+srv.Password)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		return stdout.String(), stderr.String(), err
	}
	out, errOut, err := run()
	if err == nil {
		t.Fatalf("kg load must exit non-zero when documents fail; stderr:\n%s", errOut)
	}
	for _, want := range []string{"empty.txt: empty document", "binary.txt: binary content", "latin1.txt: not valid UTF-8", "huge.txt", "over the"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if strings.Contains(errOut, srv.Password) {
		t.Error("the password reached the output")
	}
	var sum struct{ Documents, Created, Failed, Claims int }
	if err := json.Unmarshal([]byte(out), &sum); err != nil || sum.Created != 2 || sum.Failed != 4 || sum.Claims == 0 {
		t.Fatalf("summary %s (%v)", out, err)
	}
	out, _, _ = run()
	var again struct{ Created, Unchanged int }
	json.Unmarshal([]byte(out), &again)
	if again.Created != 0 || again.Unchanged != 2 {
		t.Fatalf("second load: %s", out)
	}
}

// kg export extracts on every core but must write the same files, in the
// same order, on every run: a bulk import is only as reproducible as they are.
func TestExportWritesTheSameFilesEveryRun(t *testing.T) {
	bin := buildKG(t)
	export := func() string {
		dir := filepath.Join(t.TempDir(), "csv")
		var stderr bytes.Buffer
		cmd := exec.Command(bin, "export", "-out", dir, "-gen", "600")
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("kg export: %v\n%s", err, stderr.String())
		}
		return dir
	}
	a, b := export(), export()
	files, _ := filepath.Glob(filepath.Join(a, "*.csv"))
	if len(files) < 5 {
		t.Fatalf("export wrote %d CSV files", len(files))
	}
	// Only the time of the export itself may differ.
	stamp := regexp.MustCompile(`\d{4}-\d\d-\d\dT[\d:.]+Z`)
	for _, f := range files {
		x, _ := os.ReadFile(f)
		y, err := os.ReadFile(filepath.Join(b, filepath.Base(f)))
		x, y = stamp.ReplaceAll(x, nil), stamp.ReplaceAll(y, nil)
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs", filepath.Base(f))
		}
	}
	src, _ := os.ReadFile(filepath.Join(a, "sources.csv"))
	if rows := bytes.Count(src, []byte("\n")); rows < 601 {
		t.Errorf("sources.csv has %d lines, want a header and 600 documents", rows)
	}
}
