package neo4jserver

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// Import bulk-loads a database with Neo4j's own importer (`neo4j-admin
// database import full neo4j`, run as org.neo4j.cli.AdminTool from the
// launcher's jars) into opts.DataDir, replacing the database there. args are
// the importer's options (the files). The directory must not be in use; the
// next Start on it serves the imported graph. It returns an error with the
// importer's output when the import fails, and when opts names an external
// Neo4j (import into it with its own neo4j-admin).
func Import(ctx context.Context, opts Options, args []string) error {
	if opts.URI != "" {
		return fmt.Errorf("neo4j import: NEO4J_URI names an external server; run its neo4j-admin with the printed command instead")
	}
	if opts.DataDir == "" {
		return fmt.Errorf("neo4j import: a data directory is required")
	}
	dir, err := launcherDir(ctx, opts.CacheDir, progressOf(opts))
	if err != nil {
		return err
	}
	home, err := filepath.Abs(opts.DataDir)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(home, 0o700); err != nil {
		return fmt.Errorf("neo4j import: %w", err)
	}
	unlock, err := lockFile(ctx, filepath.Join(home, "kg.lock"), false)
	if err != nil {
		return fmt.Errorf("neo4j import: data directory %s is in use; stop the server first", home)
	}
	defer unlock()
	heap := opts.HeapMB
	if heap == 0 {
		heap = 1024
	}
	cmdArgs := append([]string{fmt.Sprintf("-Xmx%dm", heap), "-cp", filepath.Join(dir, "lib", "*"),
		"org.neo4j.cli.AdminTool", "database", "import", "full", "neo4j"}, args...)
	cmd := exec.CommandContext(ctx, "java", cmdArgs...)
	cmd.Dir = home
	cmd.Env = append(os.Environ(), "NEO4J_HOME="+home)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	began := time.Now()
	fmt.Fprintf(progressOf(opts), "neo4j: importing into %s with neo4j-admin\n", home)
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("neo4j import: %w\n%s", err, tail(out.Bytes(), 3000))
	}
	fmt.Fprintf(progressOf(opts), "neo4j: import done in %s\n", time.Since(began).Round(time.Millisecond))
	return nil
}
