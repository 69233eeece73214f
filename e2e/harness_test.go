// Package e2e_test runs the service end to end: a real Neo4j (the one
// NEO4J_URI names, else one the test starts), the seed corpus loaded by the
// real loader, the real HTTP server on a free loopback port, and GraphQL
// over HTTP.
package e2e_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/regenkg/regenkg/graph"
	"github.com/regenkg/regenkg/internal/ingest"
	"github.com/regenkg/regenkg/internal/kg"
	"github.com/regenkg/regenkg/internal/neo4j"
	"github.com/regenkg/regenkg/internal/neo4jtest"
	"github.com/regenkg/regenkg/internal/server"
	"github.com/regenkg/regenkg/loaders"
)

func TestMain(m *testing.M) { os.Exit(neo4jtest.Run(m, stopShared)) }

// stopShared stops the seeded app after all tests, before the database.
func stopShared() {
	if stopSeeded != nil {
		stopSeeded()
	}
}

const token = "e2e-secret-token"

var seedDir = filepath.Join("..", "corpus", "seeds")

// app is a running service on a loaded graph.
type app struct {
	url    string
	store  *neo4j.Store
	ingest *ingest.Service
}

var (
	seedOnce   sync.Once
	seeded     *app
	seedErr    error
	stopSeeded func()
)

// seededApp returns the service with the seed corpus loaded, started once
// for all tests that only read. Tests that write must use freshApp.
func seededApp(t testing.TB) *app {
	t.Helper()
	neo4jtest.Server(t)
	seedOnce.Do(func() {
		st := neo4jtest.Store(t)
		a, stop := startApp(t, st, server.Options{GraphiQL: true, Introspection: true})
		stopSeeded = stop
		if _, err := a.ingest.Load(ctx(t), []string{seedDir}); err != nil {
			seedErr = err
		}
		seeded = a
	})
	if seedErr != nil {
		t.Fatalf("load seeds: %v", seedErr)
	}
	return seeded
}

// freshApp returns a service over an empty graph, stopped with the test.
// It invalidates the shared seeded app.
func freshApp(t testing.TB, opts server.Options) *app {
	t.Helper()
	if stopSeeded != nil {
		stopSeeded()
		stopSeeded = nil
	}
	seedOnce = sync.Once{}
	seeded = nil
	a, stop := startApp(t, neo4jtest.Store(t), opts)
	t.Cleanup(stop)
	return a
}

// startApp serves a store on a free loopback port; stop ends the server.
func startApp(t testing.TB, st *neo4j.Store, opts server.Options) (*app, func()) {
	t.Helper()
	x, err := loaders.New(loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	svc := &ingest.Service{Extractor: x, Writer: st}
	opts.Resolver = &graph.Resolver{Graph: st, Ingest: svc}
	opts.Pinger = st
	if opts.Limits == (graph.Limits{}) {
		opts.Limits = graph.DefaultLimits
	}
	if opts.Token == "" {
		opts.Token = token
	}
	if opts.Log == nil {
		// Request logs would drown test output.
		opts.Log = quietLog()
	}
	srv := server.New(opts)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	sctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { _ = srv.Serve(sctx, ln); close(done) }()
	stop := func() { cancel(); <-done }
	return &app{url: "http://" + ln.Addr().String(), store: st, ingest: svc}, stop
}

func ctx(t testing.TB) context.Context {
	t.Helper()
	c, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	return c
}

// gqlResponse is a GraphQL response with the request's round-trip count.
type gqlResponse struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Path       []any          `json:"path"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
	status     int
	roundTrips string
	body       []byte
}

// query posts a GraphQL request and decodes the answer.
func (a *app) query(t testing.TB, q string, vars map[string]any, headers ...string) *gqlResponse {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
	return a.post(t, body, headers...)
}

func (a *app) post(t testing.TB, body []byte, headers ...string) *gqlResponse {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx(t), http.MethodPost, a.url+"/graphql", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	out := &gqlResponse{status: resp.StatusCode, roundTrips: resp.Header.Get("X-Cypher-Round-Trips"), body: raw}
	if err := json.Unmarshal(raw, out); err != nil {
		t.Fatalf("response is not JSON (%d): %s", resp.StatusCode, raw)
	}
	return out
}

// ok fails the test on GraphQL errors and decodes data into v.
func (r *gqlResponse) ok(t testing.TB, v any) {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("graphql errors: %s", r.body)
	}
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatalf("decode %s: %v", r.Data, err)
	}
}

// errorCode returns the code of the first error, failing when there is none.
func (r *gqlResponse) errorCode(t testing.TB) string {
	t.Helper()
	if len(r.Errors) == 0 {
		t.Fatalf("expected an error, got %s", r.body)
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

func kgSource(uri string) kg.Source { return kg.Source{URI: uri} }

func serverOptions() server.Options { return server.Options{} }

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }
