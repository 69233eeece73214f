package e2e_test

import (
	"context"
	"errors"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/regenkg/regenkg/graph"
	"github.com/regenkg/regenkg/internal/kg"
	"github.com/regenkg/regenkg/internal/server"
)

// slowReader delays Stats so that a request is in flight when the server
// is told to stop.
type slowReader struct {
	kg.Reader
	started chan struct{}
}

func (s slowReader) Stats(ctx context.Context) (*kg.Stats, error) {
	close(s.started)
	time.Sleep(700 * time.Millisecond)
	return s.Reader.Stats(ctx)
}

func TestShutdownLetsRequestsInFlightFinish(t *testing.T) {
	// The seeded store, not neo4jtest.Store: that would empty the graph
	// under the tests that share the seed corpus.
	st := seededApp(t).store
	started := make(chan struct{})
	srv := server.New(server.Options{Resolver: &graph.Resolver{Graph: slowReader{Reader: st, started: started}}, Pinger: st,
		Limits: graph.DefaultLimits, Log: quietLog()})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	sctx, stop := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- srv.Serve(sctx, ln) }()
	a := &app{url: "http://" + ln.Addr().String(), store: st}
	answer := make(chan *gqlResponse, 1)
	go func() { answer <- a.query(t, `{ stats { sources } }`, nil) }()
	<-started
	stop() // while the request waits on the database
	r := <-answer
	if len(r.Errors) > 0 || r.status != http.StatusOK {
		t.Fatalf("the request in flight was cut off: %d %s", r.status, r.body)
	}
	select {
	case err := <-served:
		if err != nil && !errors.Is(err, http.ErrServerClosed) {
			t.Fatalf("serve: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the server did not stop")
	}
	if _, err := http.Get(a.url + "/healthz"); err == nil {
		t.Fatal("the server still answers after shutdown")
	}
}
