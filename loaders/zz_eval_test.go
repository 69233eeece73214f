package loaders_test
import ("context";"os";"testing";"time";"github.com/regenkg/regenkg/loaders")
func TestEvalDump(t *testing.T){
 x,_:=loaders.New(loaders.Options{Now: time.Date(2026,1,1,0,0,0,0,time.UTC)})
 g,err:=loaders.LoadGold("../testdata/gold/"+os.Getenv("SET")); if err!=nil{t.Fatal(err)}
 r,err:=x.Evaluate(context.Background(),"..",g); if err!=nil{t.Fatal(err)}
 r.Print(os.Stdout, os.Getenv("SET"), true)
}
