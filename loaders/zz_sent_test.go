package loaders

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func TestSentDump(t *testing.T) {
	x, _ := New(Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	b, _ := os.ReadFile(os.Getenv("DOC"))
	a := x.analyze(string(b))
	es := x.entities(a)
	want := os.Getenv("GREP")
	for _, s := range a.sents {
		body := a.text[s.start:s.end]
		if want != "" && !strings.Contains(body, want) {
			continue
		}
		fmt.Printf("--- [%d %v dup=%v lang=%s sec=%s] %s\n", s.line, s.kind, s.dup, s.lang, s.section, body)
		marks := map[int]string{}
		for _, m := range es.inSent[s] {
			marks[m.from] += "[" + m.ent.entry.Name + ":"
			marks[m.to-1+1000] += "]"
		}
		var out []string
		for i, tk := range s.toks {
			w := marks[i] + tk.raw + marks[i+1000]
			for _, p := range x.idx.predicates {
				for _, tr := range p.triggers {
					for _, h := range tr.words.find(s.toks, i, i+1+4) {
						if h.from == i {
							w += "{" + p.name[:3] + "}"
						}
					}
				}
			}
			out = append(out, fmt.Sprintf("%d:%s", i, w))
		}
		fmt.Println(strings.Join(out, " "))
	}
}
