package loaders_test
import ("context";"encoding/json";"os";"testing";"fmt";"time";"github.com/regenkg/regenkg/loaders";"github.com/regenkg/regenkg/internal/kg")
func TestDump(t *testing.T){
 x,err:=loaders.New(loaders.Options{Now: time.Date(2026,1,1,0,0,0,0,time.UTC)}); if err!=nil{t.Fatal(err)}
 for _,p:=range []string{os.Getenv("DOC")} {
  b,_:=os.ReadFile(p)
  d,err:=x.Extract(context.Background(),b,kg.Source{Path:p}); if err!=nil{t.Fatal(err)}
  s:=d.Source; fmt.Printf("SOURCE %s | %s | %s | %s | %s | %s | %s\n", s.Title, s.Author, s.Published, s.PublishedText, s.Genre, s.Publisher, s.Language)
  fmt.Printf("STATS %+v\n", d.Stats)
  for _,e:=range d.Entities { fmt.Printf("E %-40s %-12s %d %v\n", e.ID, e.Category, len(e.Mentions), e.Mentions[0].Text) }
  for _,c:=range d.Claims { q:=c.Quote; if len(q)>90 {q=q[:90]}; fmt.Printf("C %-28s %-16s %-28s %-11s neg=%v by=%s via=%s cites=%v cues=%v | %s\n", c.Subject.Name, c.Predicate, c.Object.Name, c.Certainty, c.Negated, c.AttributedTo, c.Via, c.Citations, c.Cues, q) }
  for _,st:=range d.Studies { j,_:=json.Marshal(st); fmt.Println("S", string(j)) }
 }
}
