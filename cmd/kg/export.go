package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/regenkg/regenkg/internal/export"
	"github.com/regenkg/regenkg/internal/gen"
	"github.com/regenkg/regenkg/internal/ingest"
	"github.com/regenkg/regenkg/internal/kg"
	"github.com/regenkg/regenkg/internal/neo4jserver"
	"github.com/regenkg/regenkg/loaders"
)

var (
	exportFormat string
	exportOut    string
	exportGen    int
	exportSeed   uint64
)

func init() {
	commandFlags["export"] = func(fs *flag.FlagSet) func() error {
		fs.StringVar(&exportFormat, "format", "csv", "output format (csv: neo4j-admin database import files)")
		fs.StringVar(&exportOut, "out", "export", "output folder (must be empty)")
		fs.IntVar(&exportGen, "gen", 0, "export a generated corpus of this many documents instead of files")
		fs.Uint64Var(&exportSeed, "seed", 1, "seed of the generated corpus")
		return func() error {
			if exportFormat != "csv" {
				return fmt.Errorf("export: unknown -format %q (only csv)", exportFormat)
			}
			return nil
		}
	}
}

func cmdExport(ctx context.Context, e *env, args []string) error {
	if exportGen == 0 && len(args) == 0 {
		return fmt.Errorf("export: name files or folders, or use -gen N")
	}
	x, err := newExtractor()
	var g *gen.Generator
	if exportGen > 0 {
		// The generated corpus names synthetic entities; extract with its lexicon.
		if g, err = gen.New(exportSeed, &gen.Options{Synthetic: max(20, exportGen/20)}); err != nil {
			return err
		}
		x, err = loaders.New(loaders.Options{Lexicon: g.Lexicon()})
	}
	if err != nil {
		return err
	}
	w, err := export.New(exportOut)
	if err != nil {
		return err
	}
	began, n, failed := time.Now(), 0, 0
	// Documents are extracted on every core a chunk at a time and written in
	// their original order, so that the files are the same on every run.
	type item struct {
		name string
		text []byte
		doc  *kg.Document
		err  error
	}
	var chunk []item
	flush := func() error {
		var wg sync.WaitGroup
		next := make(chan int)
		for range runtime.GOMAXPROCS(0) {
			wg.Go(func() {
				for i := range next {
					it := &chunk[i]
					it.doc, it.err = x.Extract(ctx, it.text, kg.Source{Path: it.name, URI: it.name})
				}
			})
		}
		for i := range chunk {
			next <- i
		}
		close(next)
		wg.Wait()
		for _, it := range chunk {
			if it.err != nil {
				failed++
				fmt.Fprintf(e.stderr, "export %s: %v\n", it.name, it.err)
				continue
			}
			n++
			if n%5000 == 0 {
				fmt.Fprintf(e.stderr, "export: %d documents, %.0f docs/s\n", n, float64(n)/time.Since(began).Seconds())
			}
			if err := w.Add(it.doc); err != nil {
				return err
			}
		}
		chunk = chunk[:0]
		return nil
	}
	add := func(name string, b []byte) error {
		chunk = append(chunk, item{name: name, text: b})
		if len(chunk) < 512 {
			return nil
		}
		return flush()
	}
	if g != nil {
		for i := 0; i < exportGen; i++ {
			if err := ctx.Err(); err != nil {
				return err
			}
			d := g.Doc(i)
			if err := add(d.Name, d.Text); err != nil {
				return err
			}
		}
	} else {
		files, err := ingest.Files(args)
		if err != nil {
			return err
		}
		for _, f := range files {
			if err := ctx.Err(); err != nil {
				return err
			}
			b, err := os.ReadFile(f)
			if err != nil {
				failed++
				fmt.Fprintf(e.stderr, "export %s: %v\n", f, err)
				continue
			}
			if err := add(f, b); err != nil {
				return err
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	sum, err := w.Close()
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "export: %d sources, %d claims, %d entities, %d studies, %d relations in %s (%.1fs)\n",
		sum.Sources, sum.Claims, sum.Entities, sum.Studies, sum.Relations, sum.Dir, time.Since(began).Seconds())
	fmt.Fprintln(e.stdout, sum.Command)
	if failed > 0 {
		return fmt.Errorf("export: %d documents could not be read", failed)
	}
	return nil
}

func cmdImport(ctx context.Context, e *env, args []string) error {
	if len(args) != 1 {
		return fmt.Errorf("import: name the folder kg export wrote")
	}
	cfg := e.cfg
	err := neo4jserver.Import(ctx, neo4jserver.Options{URI: cfg.Neo4jURI, DataDir: cfg.DataDir, CacheDir: cfg.CacheDir,
		HeapMB: cfg.Neo4jHeapMB, Progress: e.stderr}, export.Args(args[0]))
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "imported %s into %s; the next kg serve or kg migrate creates the indexes\n", args[0], cfg.DataDir)
	return nil
}
