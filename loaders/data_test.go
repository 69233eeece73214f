package loaders_test

import (
	"strings"
	"testing"

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
