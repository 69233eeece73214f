// Command kg builds and serves the knowledge graph of regenerative
// therapies.
//
//	kg serve [-load PATH]...  start (or attach to) Neo4j, migrate, load, serve GraphQL
//	kg load PATH...           extract and load documents
//	kg extract FILE...        print the extraction of each file as JSON Lines
//	kg eval                   score extraction against the gold annotations
//	kg migrate                create constraints and indexes
//	kg neo4j                  run a local Neo4j until interrupted
//	kg config                 print the settings table
//
// main wires the parts together: it creates the Neo4j driver (through
// internal/neo4j), the extractor and the services, and injects them; every
// command runs under a context cancelled on interrupt.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/regenkg/regenkg/internal/config"
	"github.com/regenkg/regenkg/internal/neo4j"
	"github.com/regenkg/regenkg/internal/neo4jserver"
)

type command struct {
	name, usage string
	run         func(ctx context.Context, env *env, args []string) error
}

// env is what every command gets: its streams and configuration.
type env struct {
	stdout, stderr io.Writer
	cfg            *config.Config
	log            *slog.Logger
}

var commands = []command{
	{"serve", "start (or attach to) Neo4j, migrate, optionally load documents, serve GraphQL", cmdServe},
	{"load", "extract documents and load them into Neo4j", cmdLoad},
	{"extract", "print the extraction of each file as JSON Lines (no database)", cmdExtract},
	{"eval", "score extraction against the gold annotations", cmdEval},
	{"migrate", "create the constraints and indexes", cmdMigrate},
	{"neo4j", "run a local Neo4j until interrupted (password from NEO4J_PASSWORD)", cmdNeo4j},
	{"export", "write documents as neo4j-admin import CSV files (-format csv -out DIR, files or -gen N)", cmdExport},
	{"import", "bulk-load export CSV files into the local Neo4j's data directory with neo4j-admin (server stopped)", cmdImport},
	{"gen", "write a synthetic corpus (deterministic from a seed) into a folder", cmdGen},
	{"bench", "measure the service against raw Neo4j and print (or write) BENCHMARKS tables", cmdBench},
	{"config", "print every setting as a Markdown table", cmdConfig},
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		return 2
	}
	for _, c := range commands {
		if c.name != args[0] {
			continue
		}
		fs := flag.NewFlagSet("kg "+c.name, flag.ContinueOnError)
		fs.SetOutput(stderr)
		build := config.Register(fs, os.Getenv)
		extra := commandFlags[c.name]
		var parseExtra func() error
		if extra != nil {
			parseExtra = extra(fs)
		}
		if err := fs.Parse(args[1:]); err != nil {
			return 2
		}
		cfg, err := build()
		if err == nil && parseExtra != nil {
			err = parseExtra()
		}
		if err != nil {
			fmt.Fprintln(stderr, "kg:", err)
			return 2
		}
		e := &env{stdout: stdout, stderr: stderr, cfg: cfg, log: newLogger(stderr, cfg)}
		if err := c.run(ctx, e, fs.Args()); err != nil {
			if errors.Is(err, context.Canceled) {
				fmt.Fprintln(stderr, "kg: interrupted")
				return 130
			}
			fmt.Fprintln(stderr, "kg:", err)
			return 1
		}
		return 0
	}
	fmt.Fprintf(stderr, "kg: unknown command %q\n\n", args[0])
	usage(stderr)
	return 2
}

// commandFlags adds a command's own flags; the returned function checks
// them after parsing.
var commandFlags = map[string]func(*flag.FlagSet) func() error{}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: kg COMMAND [flags] [args]\n\ncommands:")
	for _, c := range commands {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.usage)
	}
	fmt.Fprintln(w, "\nRun kg COMMAND -h for the flags of a command; every setting also reads an environment variable (kg config).")
}

func newLogger(w io.Writer, cfg *config.Config) *slog.Logger {
	var level slog.Level
	if err := level.UnmarshalText([]byte(cfg.LogLevel)); err != nil {
		level = slog.LevelInfo
	}
	opts := &slog.HandlerOptions{Level: level}
	if strings.EqualFold(cfg.LogFormat, "json") {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// database starts or attaches to Neo4j, opens the store and migrates it.
// The returned function closes the store and stops a server it started.
func database(ctx context.Context, e *env) (*neo4j.Store, func(), error) {
	cfg := e.cfg
	srv, err := neo4jserver.Start(ctx, neo4jserver.Options{
		URI: cfg.Neo4jURI, User: cfg.Neo4jUser, Password: cfg.Neo4jPassword, Database: cfg.Neo4jDatabase,
		DataDir: cfg.DataDir, CacheDir: cfg.CacheDir, HeapMB: cfg.Neo4jHeapMB, PageCacheMB: cfg.Neo4jPageCacheMB,
		Docker: cfg.Neo4jDocker, Progress: e.stderr,
	})
	if err != nil {
		return nil, nil, err
	}
	stopServer := func() {
		sctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
		defer cancel()
		if err := srv.Stop(sctx); err != nil {
			e.log.Error("stop neo4j", "err", err)
		}
	}
	store, err := neo4j.Open(ctx, neo4j.Config{URI: srv.URI, User: srv.User, Password: srv.Password, Database: srv.Database})
	if err != nil {
		stopServer()
		return nil, nil, err
	}
	closeAll := func() {
		_ = store.Close(context.Background())
		stopServer()
	}
	if err := store.Migrate(ctx); err != nil {
		closeAll()
		return nil, nil, err
	}
	return store, closeAll, nil
}
