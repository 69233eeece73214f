package e2e_test

import (
	"encoding/json"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// readmeExample is a GraphQL request in the README and the answer printed
// under it.
type readmeExample struct {
	query, answer string
	// roundTrips is the cost the README states for it ("(1 round trip)"),
	// empty when it states none.
	roundTrips string
}

var (
	exampleRe = regexp.MustCompile("(?s)```graphql\n(.*?)\n```\\s*(?:\n[^`]*?)?```json\n(.*?)\n```")
	tripsRe   = regexp.MustCompile(`\((\d) round trips?`)
)

// readmeExamples returns every request of the README followed by its answer.
func readmeExamples(t testing.TB) []readmeExample {
	t.Helper()
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	var out []readmeExample
	for _, m := range exampleRe.FindAllStringSubmatchIndex(text, -1) {
		ex := readmeExample{query: text[m[2]:m[3]], answer: text[m[4]:m[5]]}
		// The stated cost sits in the paragraph right before the request.
		before := text[:m[0]]
		if i := strings.LastIndex(before, "\n\n**"); i >= 0 {
			if tm := tripsRe.FindStringSubmatch(before[i:]); tm != nil {
				ex.roundTrips = tm[1]
			}
		}
		out = append(out, ex)
	}
	return out
}

// The README's examples are the real answers on the seed corpus: this keeps
// them true as the extractor and the API change.
func TestReadmeExamplesAnswerAsDocumented(t *testing.T) {
	a := seededApp(t)
	examples := readmeExamples(t)
	if len(examples) < 4 {
		t.Fatalf("found %d examples with answers in the README, want the main one and one per user", len(examples))
	}
	for i, ex := range examples {
		t.Run(strings.Fields(ex.query)[1], func(t *testing.T) {
			var want any
			if err := json.Unmarshal([]byte(ex.answer), &want); err != nil {
				t.Fatalf("example %d: the README's answer is not JSON: %v", i, err)
			}
			r := a.query(t, ex.query, nil)
			var got any
			if err := json.Unmarshal(r.body, &got); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				g, _ := json.Marshal(got)
				t.Errorf("example %d answers differently now; update the README with the real answer:\n%s", i, g)
			}
			if ex.roundTrips != "" && r.roundTrips != ex.roundTrips {
				t.Errorf("example %d costs %s round trips, the README says %s", i, r.roundTrips, ex.roundTrips)
			}
		})
	}
}
