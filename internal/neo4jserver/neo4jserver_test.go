package neo4jserver_test

import (
	"context"
	"errors"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/regenkg/regenkg/internal/neo4j"
	"github.com/regenkg/regenkg/internal/neo4jserver"
)

// start starts a launcher server on dir; without Java and Maven the test
// fails in CI and skips elsewhere.
func start(t *testing.T, dir string) *neo4jserver.Server {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	s, err := neo4jserver.Start(ctx, neo4jserver.Options{DataDir: dir, Docker: "never", HeapMB: 512, PageCacheMB: 64})
	if errors.Is(err, neo4jserver.ErrNoRuntime) && os.Getenv("CI") != "true" {
		t.Skipf("no Java/Maven here: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Stop(context.Background()) })
	return s
}

func open(t *testing.T, s *neo4jserver.Server) *neo4j.Store {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	st, err := neo4j.Open(ctx, neo4j.Config{URI: s.URI, User: s.User, Password: s.Password})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close(context.Background()) })
	return st
}

func TestExternalURIStartsNothing(t *testing.T) {
	s, err := neo4jserver.Start(context.Background(), neo4jserver.Options{URI: "bolt://db.example:7687", Password: "pw"})
	if err != nil || s.Kind != neo4jserver.External || s.URI != "bolt://db.example:7687" || s.User != "neo4j" {
		t.Fatalf("external: %+v %v", s, err)
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func TestLauncherListensOnLoopbackAndRefusesASecondStartOnItsDirectory(t *testing.T) {
	dir := t.TempDir()
	s := start(t, dir)
	if !strings.HasPrefix(s.URI, "bolt://127.0.0.1:") || s.Kind != neo4jserver.Launcher {
		t.Fatalf("server %+v", s)
	}
	st := open(t, s)
	ctx := context.Background()
	if _, err := st.Exec(ctx, "CREATE (:Probe {v: 1})", nil); err != nil {
		t.Fatal(err)
	}
	_, err := neo4jserver.Start(ctx, neo4jserver.Options{DataDir: dir, Docker: "never"})
	if err == nil || !strings.Contains(err.Error(), "in use") {
		t.Fatalf("second start on the same directory: %v, want an 'in use' error", err)
	}
	// The first server is unharmed.
	rows, err := st.Query(ctx, "MATCH (p:Probe) RETURN count(p) AS n", nil)
	if err != nil || rows[0]["n"].(int64) != 1 {
		t.Fatalf("after the refused start: %v %v", rows, err)
	}
}

func TestACrashedLauncherLeavesItsDataUsable(t *testing.T) {
	dir := t.TempDir()
	s := start(t, dir)
	st := open(t, s)
	ctx := context.Background()
	if _, err := st.Exec(ctx, "CREATE (:Probe {v: 42})", nil); err != nil {
		t.Fatal(err)
	}
	_ = st.Close(ctx)
	// A crash: no shutdown, no checkpoint.
	if err := syscall.Kill(s.PID, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = s.Stop(ctx) // reaps the process and releases the lock
	s2 := start(t, dir)
	st2 := open(t, s2)
	rows, err := st2.Query(ctx, "MATCH (p:Probe) RETURN p.v AS v", nil)
	if err != nil || len(rows) != 1 || rows[0]["v"].(int64) != 42 {
		t.Fatalf("after a crash the committed data must survive: %v %v", rows, err)
	}
}
