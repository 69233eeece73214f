package loaders

import (
	"os"
	"path/filepath"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

func TestRequiredLiterals(t *testing.T) {
	for _, tc := range []struct {
		expr string
		want []string
	}{
		{`(?i)\bbaca juga\b`, []string{"baca juga"}},
		{`(?i)\b(kata kunci|keywords)\s*:`, []string{"kata kunci", "keywords"}},
		{`(?i)^\s*(background|aims?)\s*:`, []string{"background", "aim"}},
		{`(?i)^\s*by [A-Z][\p{L}'.-]+ [A-Z]`, []string{"by "}},
		{`(?i)\b\d{4};\s*\d+`, nil},
		{`(?i)^\s*[A-Z][a-z]+\s*:`, nil},
		{`x|yz`, nil}, // one letter is too weak a test
		{`(?i)ÄRZTE`, nil},
		// A literal found inside a later part is no continuation.
		{`(?i)ab(\s*cd)`, []string{"ab"}},
		{`\bbaca(\s+juga)\b`, []string{"baca"}},
		{`ab(cd|\s*ef)`, []string{"ab"}},
	} {
		t.Run(tc.expr, func(t *testing.T) {
			tree, err := syntax.Parse(tc.expr, syntax.Perl)
			if err != nil {
				t.Fatal(err)
			}
			got := requiredLiterals(tree.Simplify())
			slices.Sort(got)
			want := slices.Clone(tc.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

// TestPatternAgreesWithItsExpression checks the literal test never rejects
// a line the expression matches, on every line of the corpora and on lines
// written to trip case folding.
func TestPatternAgreesWithItsExpression(t *testing.T) {
	c, err := DefaultCues()
	if err != nil {
		t.Fatal(err)
	}
	lines := []string{"BACA JUGA: x", "Kata Kunci: sel", "\u212Aata kunci: sel", "Trial regiſtration", "By Jane Doe", "  KEYWORDS :", "Trial ReGiStRaTiOn",
		"ab cd", "baca  juga"}
	files, _ := filepath.Glob(filepath.Join("..", "corpus", "*", "*.txt"))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	checked, matched := 0, 0
	for g, ps := range c.compiled.genres {
		for _, p := range ps {
			for i, l := range lines {
				want := p.re.MatchString(l)
				// The line itself is not printed: some corpora are blind
				// test sets.
				if got := p.match(l, lowerLine(l)); got != want {
					t.Errorf("%s %q on line %d: got %v, want %v", g, p.re, i, got, want)
				}
				checked++
				if want {
					matched++
				}
			}
		}
	}
	if matched == 0 {
		t.Fatalf("no line matched any of %d checks: the test proves nothing", checked)
	}
}
