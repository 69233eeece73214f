package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/regenkg/regenkg/internal/bench"
	"github.com/regenkg/regenkg/internal/gen"
	"github.com/regenkg/regenkg/internal/neo4jserver"
)

var (
	genN, genSynthetic       int
	genSeed                  uint64
	genOut                   string
	benchSizes, benchClients string
	benchDuration            time.Duration
	benchSeed                uint64
)

func init() {
	commandFlags["gen"] = func(fs *flag.FlagSet) func() error {
		fs.IntVar(&genN, "n", 100, "number of documents")
		fs.Uint64Var(&genSeed, "seed", 1, "random seed")
		fs.IntVar(&genSynthetic, "synthetic", 0, "synthetic entities per category (0: none; bench uses n/20)")
		fs.StringVar(&genOut, "out", "corpus/gen", "output folder")
		return nil
	}
	commandFlags["bench"] = func(fs *flag.FlagSet) func() error {
		fs.StringVar(&benchSizes, "sizes", "100,1000", "comma-separated corpus sizes")
		fs.StringVar(&benchClients, "clients", "1,8,32", "comma-separated client counts")
		fs.DurationVar(&benchDuration, "duration", 5*time.Second, "duration of each latency cell")
		fs.Uint64Var(&benchSeed, "seed", 1, "corpus seed")
		return nil
	}
}

func cmdGen(ctx context.Context, e *env, args []string) error {
	g, err := gen.New(genSeed, &gen.Options{Synthetic: genSynthetic})
	if err != nil {
		return err
	}
	if err := os.MkdirAll(genOut, 0o755); err != nil {
		return err
	}
	for i := 0; i < genN; i++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		d := g.Doc(i)
		if err := os.WriteFile(filepath.Join(genOut, d.Name), d.Text, 0o644); err != nil {
			return err
		}
	}
	fmt.Fprintf(e.stdout, "wrote %d documents to %s\n", genN, genOut)
	if genSynthetic > 0 {
		fmt.Fprintln(e.stderr, "gen: the documents name synthetic entities; the default lexicon will not recognise them")
	}
	return nil
}

func ints(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("want positive integers, got %q", s)
		}
		out = append(out, n)
	}
	return out, nil
}

func cmdBench(ctx context.Context, e *env, args []string) error {
	sizes, err := ints(benchSizes)
	if err != nil {
		return fmt.Errorf("bench -sizes: %w", err)
	}
	clients, err := ints(benchClients)
	if err != nil {
		return fmt.Errorf("bench -clients: %w", err)
	}
	cfg := e.cfg
	began := time.Now()
	res, err := bench.Run(ctx, bench.Options{
		Sizes: sizes, Clients: clients, Duration: benchDuration, Seed: benchSeed, Progress: e.stderr,
		Server: neo4jserver.Options{URI: cfg.Neo4jURI, CacheDir: cfg.CacheDir, HeapMB: cfg.Neo4jHeapMB,
			PageCacheMB: cfg.Neo4jPageCacheMB, Docker: cfg.Neo4jDocker, Progress: e.stderr},
	})
	if len(res) > 0 {
		fmt.Fprintf(e.stdout, "<!-- kg bench -sizes %s -clients %s -duration %s -seed %d; %s; took %s -->\n\n",
			benchSizes, benchClients, benchDuration, benchSeed, time.Now().UTC().Format(time.RFC3339), time.Since(began).Round(time.Second))
		bench.WriteTables(e.stdout, res)
	}
	return err
}
