package loaders_test

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/regenkg/regenkg/internal/kg"
	"github.com/regenkg/regenkg/loaders"
)

func TestParseLexiconRefusesBrokenEntries(t *testing.T) {
	for _, tc := range []struct {
		name, entries, want string
	}{
		{"no id", `{"name": "fever", "category": "SideEffect"}`, "id and name are required"},
		{"unknown category", `{"id": "a", "name": "fever", "category": "Symptom"}`, "unknown category"},
		{"duplicate id", `{"id": "a", "name": "fever", "category": "SideEffect"}, {"id": "a", "name": "pain", "category": "SideEffect"}`, "duplicate id"},
		{"unknown parent", `{"id": "a", "name": "cellulitis", "category": "SideEffect", "parent": "b"}`, "refers to unknown id b"},
		{"unknown lacks", `{"id": "a", "name": "cell-free", "category": "Therapy", "lacks": "b"}`, "refers to unknown id b"},
		{"unknown reducedTo", `{"id": "a", "name": "inflammation", "category": "Mechanism", "reducedTo": "b"}`, "refers to unknown id b"},
		{"unknown harmAs", `{"id": "a", "name": "inflammation", "category": "Mechanism", "harmAs": "b"}`, "refers to unknown id b"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := loaders.ParseLexicon([]byte(`{"entities": [` + tc.entries + `]}`))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("ParseLexicon: got %v, want an error containing %q", err, tc.want)
			}
		})
	}
	l, err := loaders.ParseLexicon([]byte(`{"entities": [{"id": "a", "name": "infection", "category": "SideEffect"}, {"id": "b", "name": "cellulitis", "category": "SideEffect", "parent": "a"}]}`))
	if err != nil || len(l.Entries) != 2 {
		t.Fatalf("a valid lexicon: %v", err)
	}
}

// TestParseCuesRefusesBrokenPredicates checks that a cue file naming an
// unknown predicate, or a named cue that is bare or not forward, is
// refused: a named cue needs a subject the sentence can name before it.
func TestParseCuesRefusesBrokenPredicates(t *testing.T) {
	for _, tc := range []struct {
		name, predicates, want string
	}{
		{"unknown predicate", `"CURES": {"cues": []}`, "unknown predicate"},
		{"named and bare", `"TREATS": {"cues": [{"en": ["in"], "order": "forward", "bare": true, "named": true}]}`, "named needs a forward cue"},
		{"named and reverse", `"TREATS": {"cues": [{"en": ["in"], "order": "reverse", "named": true}]}`, "named needs a forward cue"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := loaders.ParseCues([]byte(`{"predicates": {` + tc.predicates + `}}`))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("ParseCues: got %v, want an error containing %q", err, tc.want)
			}
		})
	}
	if _, err := loaders.ParseCues([]byte(`{"predicates": {"TREATS": {"cues": [{"en": ["in"], "order": "forward", "named": true}]}}}`)); err != nil {
		t.Fatalf("a named forward cue: %v", err)
	}
}

// TestShippedLexiconNamesEachThingOnce checks that no name, case, accents
// and punctuation aside, belongs to two entries of the shipped lexicon: the
// matcher would read such a name as whichever it meets first, and the
// evaluation would compare gold and extraction through different entries.
func TestShippedLexiconNamesEachThingOnce(t *testing.T) {
	l, err := loaders.DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	key := func(s string) string {
		s = strings.ToLower(norm.NFKD.String(s))
		return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
	}
	owner := map[string]string{}
	for _, e := range l.Entries {
		for _, n := range e.Aliases() {
			k := key(n)
			if o, ok := owner[k]; ok && o != e.ID {
				t.Errorf("%q names both %s and %s", n, o, e.ID)
			}
			owner[k] = e.ID
		}
	}
}

// TestShippedCuesNameLexiconEntries checks that the cues naming lexicon
// entries name ones that exist, in the category the cue needs: a misspelt
// name would switch its rule off without a word.
func TestShippedCuesNameLexiconEntries(t *testing.T) {
	lex, err := loaders.DefaultLexicon()
	if err != nil {
		t.Fatal(err)
	}
	cues, err := loaders.DefaultCues()
	if err != nil {
		t.Fatal(err)
	}
	category := map[string]kg.Category{}
	for _, e := range lex.Entries {
		category[e.Name] = e.Category
	}
	for _, tc := range []struct {
		cue   string
		names []string
		want  kg.Category
	}{
		{"productSuffixes", slices.Collect(maps.Keys(cues.ProductSuffixes)), kg.CategoryTherapy},
		{"formRoutes", slices.Collect(maps.Keys(cues.FormRoutes)), kg.CategoryRoute},
	} {
		for _, name := range tc.names {
			if got, ok := category[name]; !ok || got != tc.want {
				t.Errorf("%s names %q: lexicon category %q, want %q", tc.cue, name, got, tc.want)
			}
		}
	}
}
