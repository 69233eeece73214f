// Package ingest loads documents into the graph: it reads files, extracts
// them on every core, writes them in batches, reports progress, and sums up
// what happened. It depends only on the domain's Extractor and Writer, so
// the same pipeline serves `kg load`, the ingest mutation and benchmarks.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/regenkg/regenkg/internal/kg"
)

// Service loads documents.
type Service struct {
	Extractor kg.Extractor
	Writer    kg.Writer
	// Workers extract in parallel; 0 means one per CPU.
	Workers int
	// Batch is how many documents go to the writer at once; 0 means 20.
	Batch int
	// MaxBytes refuses larger files before reading them; 0 means 4 MiB.
	MaxBytes int64
	// Progress receives a line per batch (documents, rate); nil discards.
	Progress io.Writer
}

var _ kg.Ingester = (*Service)(nil)

// Summary is what a load did.
type Summary struct {
	Documents int     `json:"documents"`
	Created   int     `json:"created"`
	Replaced  int     `json:"replaced"`
	Unchanged int     `json:"unchanged"`
	Failed    int     `json:"failed"`
	Sentences int     `json:"sentences"`
	Entities  int     `json:"entities"`
	Claims    int     `json:"claims"`
	Edges     int     `json:"edges"`
	Bytes     int64   `json:"bytes"`
	Seconds   float64 `json:"seconds"`
	// Failures name each document that did not load and why.
	Failures []Failure `json:"failures,omitempty"`
}

// Failure is one document that did not load.
type Failure struct {
	Path  string `json:"path"`
	Error string `json:"error"`
}

func (s *Summary) add(r kg.WriteResult) {
	s.Documents++
	switch r.Status {
	case kg.Created:
		s.Created++
	case kg.Replaced:
		s.Replaced++
	case kg.Unchanged:
		s.Unchanged++
	case kg.Failed:
		s.Failed++
		s.Failures = append(s.Failures, Failure{Path: r.Path, Error: errorText(r.Err)})
	}
	s.Sentences += r.Sentences
	s.Entities += r.Entities
	s.Claims += r.Claims
	s.Edges += r.Edges
}

func errorText(err error) string {
	if err == nil {
		return "unknown error"
	}
	return err.Error()
}

// Files expands paths into the document files they name: files as given,
// directories walked for *.txt files (so that a folder's README is not
// taken for a document), in sorted order. It
// returns an error for a path that does not exist.
func Files(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("load %s: %w", p, err)
		}
		if !info.IsDir() {
			out = append(out, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			switch strings.ToLower(filepath.Ext(path)) {
			case ".txt":
				if !d.IsDir() {
					found = append(found, path)
				}
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("load %s: %w", p, err)
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}

// Load extracts and writes the files at paths (see Files). Documents that
// cannot be read or extracted are reported in the summary and the rest
// still load. The error is for what stops the whole load: a cancelled
// context or an unreachable database.
func (s *Service) Load(ctx context.Context, paths []string) (*Summary, error) {
	files, err := Files(paths)
	if err != nil {
		return nil, err
	}
	return s.run(ctx, len(files), func(yield func(string, []byte, error) bool) {
		for _, f := range files {
			b, err := s.read(f)
			if !yield(f, b, err) {
				return
			}
		}
	})
}

// Source feeds documents to LoadFrom: it calls yield for each (name,
// bytes, read error) and stops when yield returns false.
type Source func(yield func(name string, original []byte, err error) bool)

// LoadFrom is Load for documents that do not come from files (generated
// corpora, benchmarks); total is shown in progress lines, 0 if unknown.
func (s *Service) LoadFrom(ctx context.Context, total int, src Source) (*Summary, error) {
	return s.run(ctx, total, src)
}

func (s *Service) read(path string) ([]byte, error) {
	limit := s.maxBytes()
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.Size() > limit {
		return nil, kg.Errorf(kg.Invalid, "%s: %d bytes, over the %d-byte limit", path, info.Size(), limit)
	}
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, kg.Errorf(kg.Invalid, "%s: over the %d-byte limit", path, limit)
	}
	return b, nil
}

func (s *Service) maxBytes() int64 {
	if s.MaxBytes > 0 {
		return s.MaxBytes
	}
	return 4 << 20
}

type job struct {
	seq  int
	name string
	data []byte
	err  error
}

type extracted struct {
	seq  int
	name string
	doc  *kg.Document
	err  error
}

// run is the pipeline: one reader, Workers extractors, one writer taking
// batches, so memory holds at most a few batches whatever the corpus size.
func (s *Service) run(ctx context.Context, total int, src Source) (*Summary, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	began := time.Now()
	workers := s.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batchSize := s.Batch
	if batchSize <= 0 {
		batchSize = 20
	}
	jobs := make(chan job, workers*2)
	results := make(chan extracted, batchSize*2)
	var readBytes atomic.Int64
	go func() {
		defer close(jobs)
		seq := 0
		src(func(name string, b []byte, err error) bool {
			readBytes.Add(int64(len(b)))
			select {
			case jobs <- job{seq: seq, name: name, data: b, err: err}:
				seq++
				return true
			case <-ctx.Done():
				return false
			}
		})
	}()
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				e := extracted{seq: j.seq, name: j.name, err: j.err}
				if e.err == nil {
					e.doc, e.err = s.Extractor.Extract(ctx, j.data, kg.Source{Path: j.name, URI: j.name})
				}
				select {
				case results <- e:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	sum := &Summary{}
	var batch []*kg.Document
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		res, err := s.Writer.Write(ctx, batch)
		for _, r := range res {
			sum.add(r)
		}
		batch = batch[:0]
		s.progress(sum, total, began)
		return err
	}
	for e := range results {
		if e.err != nil {
			sum.add(kg.WriteResult{Path: e.name, Status: kg.Failed, Err: e.err})
			s.progress(sum, total, began)
			continue
		}
		batch = append(batch, e.doc)
		if len(batch) >= batchSize {
			if err := flush(); err != nil {
				cancel()
				return finish(sum, began, readBytes.Load()), err
			}
		}
	}
	if err := flush(); err != nil {
		return finish(sum, began, readBytes.Load()), err
	}
	if err := ctx.Err(); err != nil && !errors.Is(err, context.Canceled) {
		return finish(sum, began, readBytes.Load()), err
	}
	return finish(sum, began, readBytes.Load()), context.Cause(ctx)
}

func finish(s *Summary, began time.Time, bytes int64) *Summary {
	s.Seconds = time.Since(began).Seconds()
	s.Bytes = bytes
	return s
}

func (s *Service) progress(sum *Summary, total int, began time.Time) {
	if s.Progress == nil {
		return
	}
	el := time.Since(began).Seconds()
	rate := 0.0
	if el > 0 {
		rate = float64(sum.Documents) / el
	}
	of := ""
	if total > 0 {
		of = fmt.Sprintf("/%d", total)
	}
	fmt.Fprintf(s.Progress, "load: %d%s documents (%d new, %d replaced, %d unchanged, %d failed), %d claims, %.1f docs/s\n",
		sum.Documents, of, sum.Created, sum.Replaced, sum.Unchanged, sum.Failed, sum.Claims, rate)
}

// Ingest extracts and stores one document given as bytes (the ingest
// mutation). It returns an Invalid error, and stores nothing, for a
// document that cannot be read.
func (s *Service) Ingest(ctx context.Context, original []byte, meta kg.Source) (*kg.WriteResult, error) {
	if int64(len(original)) > s.maxBytes() {
		return nil, kg.Errorf(kg.Invalid, "document is %d bytes, over the %d-byte limit", len(original), s.maxBytes())
	}
	doc, err := s.Extractor.Extract(ctx, original, meta)
	if err != nil {
		return nil, err
	}
	res, err := s.Writer.Write(ctx, []*kg.Document{doc})
	if err != nil {
		return nil, err
	}
	if res[0].Status == kg.Failed {
		return nil, res[0].Err
	}
	return &res[0], nil
}

// Delete removes a source and its claims.
func (s *Service) Delete(ctx context.Context, id string) (*kg.WriteResult, error) {
	return s.Writer.DeleteSource(ctx, id)
}
