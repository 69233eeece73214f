package loaders

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func TestCandDump(t *testing.T) {
	x, _ := New(Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	b, _ := os.ReadFile(os.Getenv("DOC"))
	a := x.analyze(string(b))
	es := x.entities(a)
	for _, s := range a.sents {
		if !strings.Contains(a.text[s.start:s.end], os.Getenv("GREP")) || s.dup {
			continue
		}
		var slots []slot
		for _, m := range es.inSent[s] {
			slots = append(slots, slot{ent: m.ent, from: m.from, to: m.to})
		}
		for _, c := range x.candidates(s, slots, x.clauses(a, s), nil) {
			fmt.Printf("%s %s->%s cue=%+v bare=%v\n", c.pred, c.subj.ent.entry.Name, c.obj.ent.entry.Name, c.cue, c.bare)
		}
	}
}
