// Package neo4jtest gives tests a real Neo4j: the one named by NEO4J_URI,
// else one started by neo4jserver (a container or the embedded launcher),
// shared by all tests of a test binary and stopped when they finish. Without
// a database the tests fail when CI=true and skip otherwise.
package neo4jtest

import (
	"context"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/regenkg/regenkg/internal/neo4j"
	"github.com/regenkg/regenkg/internal/neo4jserver"
)

var (
	once    sync.Once
	server  *neo4jserver.Server
	store   *neo4j.Store
	started error
)

// Run runs the tests of m, then the cleanups (for what must stop before the
// database), then stops the server the tests started, if any. Use it from
// TestMain: os.Exit(neo4jtest.Run(m)).
func Run(m *testing.M, cleanups ...func()) int {
	code := m.Run()
	for _, c := range cleanups {
		c()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	if store != nil {
		_ = store.Close(ctx)
	}
	if server != nil {
		_ = server.Stop(ctx)
	}
	return code
}

// Server returns the shared server, starting it on first use. Without one
// it fails the test when CI=true and skips it otherwise.
func Server(t testing.TB) *neo4jserver.Server {
	t.Helper()
	once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 6*time.Minute)
		defer cancel()
		server, started = neo4jserver.Start(ctx, neo4jserver.Options{
			URI: os.Getenv("NEO4J_URI"), User: os.Getenv("NEO4J_USER"), Password: os.Getenv("NEO4J_PASSWORD"),
			Database: os.Getenv("NEO4J_DATABASE"), Progress: os.Stderr, Docker: os.Getenv("KG_NEO4J_DOCKER"),
		})
		if started != nil {
			return
		}
		store, started = neo4j.Open(ctx, neo4j.Config{URI: server.URI, User: server.User, Password: server.Password, Database: server.Database})
		if started == nil {
			started = store.Migrate(ctx)
		}
	})
	if started != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("neo4j is required in CI: %v", started)
		}
		t.Skipf("no neo4j (set NEO4J_URI, or install Java 17+ and Maven): %v", started)
	}
	return server
}

// Store returns a store on the shared server with an empty graph (the
// schema stays). Tests using it must not run in parallel with each other.
func Store(t testing.TB) *neo4j.Store {
	t.Helper()
	Server(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if _, err := store.Exec(ctx, "MATCH (n) DETACH DELETE n", nil); err != nil {
		t.Fatalf("reset graph: %v", err)
	}
	return store
}
