package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"os"
	"path/filepath"

	"github.com/regenkg/regenkg/graph"
	"github.com/regenkg/regenkg/internal/config"
	"github.com/regenkg/regenkg/internal/ingest"
	"github.com/regenkg/regenkg/internal/kg"
	"github.com/regenkg/regenkg/internal/neo4jserver"
	"github.com/regenkg/regenkg/internal/server"
	"github.com/regenkg/regenkg/loaders"
)

var (
	serveLoad  []string
	evalGold   string
	evalDetail bool
)

func init() {
	commandFlags["serve"] = func(fs *flag.FlagSet) func() error {
		fs.Func("load", "load documents (a file or directory) before serving; repeatable", func(s string) error {
			serveLoad = append(serveLoad, s)
			return nil
		})
		return nil
	}
	commandFlags["eval"] = func(fs *flag.FlagSet) func() error {
		fs.StringVar(&evalGold, "gold", "testdata/gold", "folder of gold sets (each subfolder one set)")
		fs.BoolVar(&evalDetail, "details", false, "list every missed and spurious relation")
		return nil
	}
}

func newExtractor() (*loaders.Extractor, error) { return loaders.New(loaders.Options{}) }

func cmdExtract(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("extract: name at least one file")
	}
	x, err := newExtractor()
	if err != nil {
		return err
	}
	files, err := ingest.Files(args)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	failed := 0
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		b, err := os.ReadFile(f)
		if err == nil && len(b) > loaders.MaxDocumentBytes {
			err = fmt.Errorf("%d bytes, over the %d-byte limit", len(b), loaders.MaxDocumentBytes)
		}
		var doc *kg.Document
		if err == nil {
			doc, err = x.Extract(ctx, b, kg.Source{Path: f})
		}
		if err != nil {
			failed++
			fmt.Fprintf(e.stderr, "extract %s: %v\n", f, err)
			continue
		}
		if err := enc.Encode(doc); err != nil {
			return err
		}
	}
	if failed > 0 {
		return fmt.Errorf("extract: %d of %d documents could not be read", failed, len(files))
	}
	return nil
}

func cmdLoad(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("load: name at least one file or directory")
	}
	store, closeAll, err := database(ctx, e)
	if err != nil {
		return err
	}
	defer closeAll()
	x, err := newExtractor()
	if err != nil {
		return err
	}
	svc := &ingest.Service{Extractor: x, Writer: store, Workers: e.cfg.Workers, Progress: e.stderr}
	sum, err := svc.Load(ctx, args)
	if sum != nil {
		printSummary(e, sum)
	}
	if err != nil {
		return err
	}
	if sum.Failed > 0 {
		return fmt.Errorf("load: %d of %d documents failed", sum.Failed, sum.Documents)
	}
	return nil
}

func printSummary(e *env, sum *ingest.Summary) {
	for _, f := range sum.Failures {
		fmt.Fprintf(e.stderr, "load: FAILED %s: %s\n", f.Path, f.Error)
	}
	fmt.Fprintf(e.stderr, "load: %d documents (%d new, %d replaced, %d unchanged, %d failed), %d sentences, %d entities, %d claims, %d edges in %.2fs\n",
		sum.Documents, sum.Created, sum.Replaced, sum.Unchanged, sum.Failed, sum.Sentences, sum.Entities, sum.Claims, sum.Edges, sum.Seconds)
	enc := json.NewEncoder(e.stdout)
	_ = enc.Encode(sum)
}

func cmdMigrate(ctx context.Context, e *env, args []string) error {
	_, closeAll, err := database(ctx, e)
	if err != nil {
		return err
	}
	closeAll()
	fmt.Fprintln(e.stdout, "migrated")
	return nil
}

func cmdServe(ctx context.Context, e *env, args []string) error {
	cfg := e.cfg
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer ln.Close()
	store, closeAll, err := database(ctx, e)
	if err != nil {
		return err
	}
	defer closeAll()
	x, err := newExtractor()
	if err != nil {
		return err
	}
	svc := &ingest.Service{Extractor: x, Writer: store, Workers: cfg.Workers, Progress: e.stderr}
	if len(serveLoad) > 0 {
		sum, err := svc.Load(ctx, serveLoad)
		if err != nil {
			return err
		}
		printSummary(e, sum)
	}
	srv := server.New(server.Options{
		Resolver: &graph.Resolver{Graph: store, Ingest: svc}, Pinger: store,
		Limits: graph.Limits{MaxDepth: cfg.MaxDepth, MaxComplexity: cfg.MaxComplexity, MaxAliases: cfg.MaxAliases,
			MaxFields: cfg.MaxFields, MaxTokens: cfg.MaxTokens},
		Introspection: cfg.Introspection, GraphiQL: cfg.GraphiQL, Token: cfg.Token, CORSOrigins: cfg.CORSOrigins,
		RequestTimeout: cfg.RequestTimeout, MaxBodyBytes: cfg.MaxBodyBytes, Log: e.log,
	})
	e.log.Info("serving", "graphql", "http://"+ln.Addr().String()+"/graphql", "graphiql", cfg.GraphiQL,
		"mutations", cfg.Token != "")
	fmt.Fprintf(e.stderr, "kg: GraphQL at http://%s/graphql", ln.Addr())
	if cfg.GraphiQL {
		fmt.Fprintf(e.stderr, ", GraphiQL at http://%s/", ln.Addr())
	}
	fmt.Fprintln(e.stderr, " (Ctrl-C stops)")
	return srv.Serve(ctx, ln)
}

func cmdNeo4j(ctx context.Context, e *env, args []string) error {
	cfg := e.cfg
	if cfg.Neo4jURI != "" {
		return fmt.Errorf("neo4j: NEO4J_URI is set; there is nothing to start")
	}
	if cfg.Neo4jPassword == "" {
		return fmt.Errorf("neo4j: set NEO4J_PASSWORD to the password the local server should use")
	}
	srv, err := neo4jserver.Start(ctx, neo4jserver.Options{
		Password: cfg.Neo4jPassword, DataDir: cfg.DataDir, CacheDir: cfg.CacheDir,
		HeapMB: cfg.Neo4jHeapMB, PageCacheMB: cfg.Neo4jPageCacheMB, Docker: cfg.Neo4jDocker, Progress: e.stderr,
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "NEO4J_URI=%s\nNEO4J_USER=%s\n", srv.URI, srv.User)
	<-ctx.Done()
	return srv.Stop(context.Background())
}

func cmdConfig(ctx context.Context, e *env, args []string) error {
	config.PrintTable(e.stdout)
	return nil
}

func cmdEval(ctx context.Context, e *env, args []string) error {
	x, err := newExtractor()
	if err != nil {
		return err
	}
	sets, err := os.ReadDir(evalGold)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	root, err := repoRoot(evalGold)
	if err != nil {
		return err
	}
	for _, set := range sets {
		if !set.IsDir() {
			continue
		}
		golds, err := loaders.LoadGold(filepath.Join(evalGold, set.Name()))
		if err != nil {
			return err
		}
		if len(golds) == 0 {
			continue
		}
		rep, err := x.Evaluate(ctx, root, golds)
		if err != nil {
			return err
		}
		rep.Print(e.stdout, fmt.Sprintf("%s (%d documents)", set.Name(), len(golds)), evalDetail)
		fmt.Fprintln(e.stdout)
	}
	return nil
}

// repoRoot finds the directory that gold document paths are relative to:
// the nearest ancestor of the gold folder holding go.mod, else the working
// directory.
func repoRoot(gold string) (string, error) {
	dir, err := filepath.Abs(gold)
	if err != nil {
		return "", err
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	return os.Getwd()
}
