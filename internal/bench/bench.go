// Package bench measures the service against raw Neo4j, side by side in one
// run: extraction throughput, load throughput against hand-tuned UNWIND
// batches through the same driver, GraphQL latency against the equivalent
// hand-written Cypher at several client counts, Cypher round trips per
// request, peak memory, and how each grows with the corpus. `kg bench`
// runs it and writes BENCHMARKS.md.
package bench

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/regenkg/regenkg/graph"
	"github.com/regenkg/regenkg/internal/gen"
	"github.com/regenkg/regenkg/internal/ingest"
	"github.com/regenkg/regenkg/internal/kg"
	"github.com/regenkg/regenkg/internal/neo4j"
	"github.com/regenkg/regenkg/internal/neo4jserver"
	"github.com/regenkg/regenkg/internal/server"
	"github.com/regenkg/regenkg/loaders"
)

// Options configures a run.
type Options struct {
	// Sizes are the corpus sizes in documents.
	Sizes []int
	// Clients are the concurrency levels of the latency figures.
	Clients []int
	// Duration is how long each latency cell runs.
	Duration time.Duration
	// Seed makes the corpus.
	Seed uint64
	// Server is the template for the Neo4j servers the run starts; its
	// DataDir is replaced by a temporary directory per server. With URI set
	// the run cannot compare against a fresh baseline database and fails.
	Server neo4jserver.Options
	// Progress receives what the run is doing.
	Progress io.Writer
}

// Throughput is work per second.
type Throughput struct {
	DocsPerSec, MBPerSec float64
}

// Latency summarises one latency cell.
type Latency struct {
	N             int
	P50, P95, P99 time.Duration
	Errors        int
}

// QueryFigure compares one query kind at one concurrency.
type QueryFigure struct {
	Name       string
	Clients    int
	GraphQL    Latency
	Cypher     Latency
	RoundTrips float64
}

// LoadFigure compares the loader's writes with the baseline's.
type LoadFigure struct {
	Docs, Claims, Relations, Nodes, Relationships int
	// PipelineSeconds is kg load end to end over all documents (extraction
	// on every core overlapped with writing); PipelineWriteSeconds is the
	// part of it spent in Write.
	PipelineSeconds, PipelineWriteSeconds float64
	// CompareDocs documents (the first 20000 at most) were written again,
	// pre-extracted: WriteSeconds through the loader's Write,
	// BaselineSeconds through the raw baseline.
	CompareDocs                   int
	WriteSeconds, BaselineSeconds float64
	// LoaderPeakHeapMB is the Go heap in use at its highest during the load.
	LoaderPeakHeapMB float64
}

// SizeResult is every figure for one corpus size.
type SizeResult struct {
	Docs              int
	Bytes             int64
	ExtractOne        Throughput
	ExtractAll        Throughput
	Load              LoadFigure
	Queries           []QueryFigure
	ServicePeakHeapMB float64
	DBHits            map[string][2]int64 // query -> {service, baseline}
	SyntheticPerCat   int
}

func (o *Options) logf(format string, args ...any) {
	if o.Progress != nil {
		fmt.Fprintf(o.Progress, "bench: "+format+"\n", args...)
	}
}

// Run measures every size in turn.
func Run(ctx context.Context, o Options) ([]SizeResult, error) {
	if o.Server.URI != "" {
		return nil, fmt.Errorf("bench: needs to start its own databases; unset NEO4J_URI")
	}
	if o.Duration <= 0 {
		o.Duration = 5 * time.Second
	}
	var out []SizeResult
	for _, n := range o.Sizes {
		r, err := runSize(ctx, o, n)
		if err != nil {
			return out, fmt.Errorf("bench %d documents: %w", n, err)
		}
		out = append(out, *r)
	}
	return out, nil
}

type db struct {
	srv   *neo4jserver.Server
	store *neo4j.Store
	dir   string
}

func startDB(ctx context.Context, o Options) (*db, error) {
	dir, err := os.MkdirTemp("", "kg-bench-")
	if err != nil {
		return nil, err
	}
	so := o.Server
	so.DataDir = filepath.Join(dir, "neo4j")
	srv, err := neo4jserver.Start(ctx, so)
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	st, err := neo4j.Open(ctx, neo4j.Config{URI: srv.URI, User: srv.User, Password: srv.Password, Database: srv.Database, MaxPoolSize: 100})
	if err == nil {
		err = st.Migrate(ctx)
	}
	if err != nil {
		_ = srv.Stop(context.Background())
		os.RemoveAll(dir)
		return nil, err
	}
	return &db{srv: srv, store: st, dir: dir}, nil
}

func (d *db) stop() {
	_ = d.store.Close(context.Background())
	_ = d.srv.Stop(context.Background())
	os.RemoveAll(d.dir)
}

// timedWriter measures the time spent writing.
type timedWriter struct {
	kg.Writer
	nanos atomic.Int64
}

func (w *timedWriter) Write(ctx context.Context, docs []*kg.Document) ([]kg.WriteResult, error) {
	began := time.Now()
	defer func() { w.nanos.Add(int64(time.Since(began))) }()
	return w.Writer.Write(ctx, docs)
}

// heapPeak samples the Go heap until stop is called and returns its peak.
func heapPeak() (stop func() float64) {
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var m runtime.MemStats
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peak.Load() {
				peak.Store(m.HeapInuse)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() float64 {
		close(done)
		wg.Wait()
		return float64(peak.Load()) / (1 << 20)
	}
}

func runSize(ctx context.Context, o Options, n int) (*SizeResult, error) {
	synth := max(20, n/20)
	g, err := gen.New(o.Seed, &gen.Options{Synthetic: synth})
	if err != nil {
		return nil, err
	}
	x, err := loaders.New(loaders.Options{Lexicon: g.Lexicon()})
	if err != nil {
		return nil, err
	}
	res := &SizeResult{Docs: n, DBHits: map[string][2]int64{}, SyntheticPerCat: synth}
	o.logf("%d documents: extraction", n)
	res.ExtractOne, res.ExtractAll = extraction(ctx, g, x, min(n, 1000))

	runtime.GC()
	a, err := startDB(ctx, o)
	if err != nil {
		return nil, err
	}
	defer a.stop()
	o.logf("%d documents: loading through the service", n)
	tw := &timedWriter{Writer: a.store}
	svc := &ingest.Service{Extractor: x, Writer: tw, Batch: 100}
	stopPeak := heapPeak()
	began := time.Now()
	sum, err := svc.LoadFrom(ctx, n, func(yield func(string, []byte, error) bool) {
		for i := 0; i < n; i++ {
			d := g.Doc(i)
			if !yield(d.Name, d.Text, nil) {
				return
			}
		}
	})
	res.Load.LoaderPeakHeapMB = stopPeak()
	if err != nil {
		return nil, err
	}
	res.Load.PipelineSeconds = time.Since(began).Seconds()
	res.Load.PipelineWriteSeconds = time.Duration(tw.nanos.Load()).Seconds()
	res.Load.Docs, res.Load.Claims, res.Bytes = sum.Documents, sum.Claims, sum.Bytes
	if sum.Failed > 0 {
		return nil, fmt.Errorf("%d generated documents failed to load: %v", sum.Failed, sum.Failures[0])
	}
	stats, err := a.store.Stats(ctx)
	if err != nil {
		return nil, err
	}
	res.Load.Relations, res.Load.Nodes, res.Load.Relationships = stats.Relations, stats.Nodes, stats.Relationships

	// The write comparison: the same documents, extracted beforehand (not
	// timed) and written in chunks of 1000, once through the loader's Write
	// and once through the raw baseline, each into a fresh database, with
	// nothing else competing for the CPU.
	m := min(n, 20000)
	res.Load.CompareDocs = m
	o.logf("%d documents: writing %d through the loader, extraction untimed", n, m)
	if res.Load.WriteSeconds, err = chunkedWrite(ctx, o, g, x, m, func(ctx context.Context, st *neo4j.Store, docs []*kg.Document) error {
		results, err := st.Write(ctx, docs)
		for _, r := range results {
			if r.Status == kg.Failed {
				return r.Err
			}
		}
		return err
	}); err != nil {
		return nil, err
	}
	o.logf("%d documents: writing the same %d with the raw UNWIND baseline", n, m)
	if res.Load.BaselineSeconds, err = chunkedWrite(ctx, o, g, x, m, func(ctx context.Context, st *neo4j.Store, docs []*kg.Document) error {
		return st.BaselineWrite(ctx, docs, 5000)
	}); err != nil {
		return nil, err
	}
	o.logf("%d documents: queries", n)
	if err := queries(ctx, o, a.store, res); err != nil {
		return nil, err
	}
	return res, nil
}

// extraction measures extracting m documents on one core, then on all.
func extraction(ctx context.Context, g *gen.Generator, x *loaders.Extractor, m int) (one, all Throughput) {
	docs := make([][]byte, m)
	var size int64
	for i := range docs {
		docs[i] = g.Doc(i).Text
		size += int64(len(docs[i]))
	}
	measure := func(workers int) Throughput {
		began := time.Now()
		var next atomic.Int64
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					i := int(next.Add(1)) - 1
					if i >= len(docs) {
						return
					}
					_, _ = x.Extract(ctx, docs[i], kg.Source{})
				}
			}()
		}
		wg.Wait()
		s := time.Since(began).Seconds()
		return Throughput{DocsPerSec: float64(m) / s, MBPerSec: float64(size) / (1 << 20) / s}
	}
	return measure(1), measure(runtime.GOMAXPROCS(0))
}

// chunkedWrite extracts the first m documents in chunks of 1000 (untimed)
// and writes each chunk with write into a fresh database, returning the
// time spent writing.
func chunkedWrite(ctx context.Context, o Options, g *gen.Generator, x *loaders.Extractor, m int,
	write func(context.Context, *neo4j.Store, []*kg.Document) error) (float64, error) {
	b, err := startDB(ctx, o)
	if err != nil {
		return 0, err
	}
	defer b.stop()
	var spent time.Duration
	const chunk = 1000
	for from := 0; from < m; from += chunk {
		var docs []*kg.Document
		for i := from; i < min(m, from+chunk); i++ {
			gd := g.Doc(i)
			d, err := x.Extract(ctx, gd.Text, kg.Source{Path: gd.Name, URI: gd.Name})
			if err != nil {
				return 0, err
			}
			docs = append(docs, d)
		}
		began := time.Now()
		if err := write(ctx, b.store, docs); err != nil {
			return 0, err
		}
		spent += time.Since(began)
	}
	return spent.Seconds(), nil
}

// pools are the parameters the latency loops draw from.
type pools struct {
	relations []string
	pairs     [][2]string
	terms     []string
	hubs      []string
}

func collectPools(ctx context.Context, st *neo4j.Store) (*pools, error) {
	p := &pools{}
	rows, err := st.Query(ctx, "MATCH ()-[r:TREATS]->() RETURN r.id AS id ORDER BY r.claimCount DESC LIMIT 100", nil)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		p.relations = append(p.relations, r["id"].(string))
	}
	rows, err = st.Query(ctx, `MATCH (a:Entity)-[:CONTAINS|ACTS_VIA]->(:Entity)<-[:CONTAINS|ACTS_VIA]-(:Entity)-[:TREATS]->(c:Entity)
WHERE a.category = 'Therapy' AND NOT (a)-[:TREATS]->(c)
RETURN DISTINCT a.id AS a, c.id AS c LIMIT 100`, nil)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		p.pairs = append(p.pairs, [2]string{r["a"].(string), r["c"].(string)})
	}
	rows, err = st.Query(ctx, "MATCH (e:Entity) WHERE e.category IN ['Therapy', 'Condition'] RETURN e.name AS n LIMIT 300", nil)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		p.terms = append(p.terms, r["n"].(string))
	}
	rows, err = st.Query(ctx, `MATCH (e:Entity) WHERE e.category = 'Therapy'
RETURN e.id AS id ORDER BY COUNT { (e)-[:TREATS|CONTAINS|ACTS_VIA|HAS_RISK|ADMINISTERED_VIA|DERIVED_FROM]-() } DESC LIMIT 10`, nil)
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		p.hubs = append(p.hubs, r["id"].(string))
	}
	if len(p.relations) == 0 || len(p.pairs) == 0 || len(p.terms) == 0 || len(p.hubs) == 0 {
		return nil, fmt.Errorf("the corpus is too small for query pools: %d relations, %d pairs, %d terms, %d hubs",
			len(p.relations), len(p.pairs), len(p.terms), len(p.hubs))
	}
	return p, nil
}

// A query kind: the GraphQL request and its hand-written Cypher twin, each
// drawing its parameters from the pools.
type queryKind struct {
	name    string
	graphql string
	vars    func(p *pools, r *rand.Rand) map[string]any
	cypher  string
	params  func(vars map[string]any) map[string]any
	// typed statements take the relationship type of the "id" variable
	// spelled into the text (a closed vocabulary, never user text).
	typed bool
}

func (k queryKind) statement(vars map[string]any) string {
	if !k.typed {
		return k.cypher
	}
	return fmt.Sprintf(k.cypher, kg.RelationPredicate(vars["id"].(string)))
}

var kinds = []queryKind{
	{
		name:    "search",
		graphql: `query($q: String!) { search(query: $q, kinds: [ENTITY], first: 10) { score entity { id name category } } }`,
		vars:    func(p *pools, r *rand.Rand) map[string]any { return map[string]any{"q": p.terms[r.IntN(len(p.terms))]} },
		cypher:  neo4j.BaselineSearch,
		params:  func(v map[string]any) map[string]any { return map[string]any{"q": neo4j.LuceneQuery(v["q"].(string))} },
	},
	{
		name: "trace",
		graphql: `query($id: ID!) { relation(id: $id) { id predicate claimCount sourceCount bestCertainty subject { id name } object { id name }
  claims(first: 20) { edges { node { id quote start end certainty negated source { id title uri genre published language } citations { doi title year design n } } } } } }`,
		vars: func(p *pools, r *rand.Rand) map[string]any {
			return map[string]any{"id": p.relations[r.IntN(len(p.relations))]}
		},
		cypher: neo4j.BaselineTrace,
		params: func(v map[string]any) map[string]any { return map[string]any{"id": v["id"]} },
		typed:  true,
	},
	{
		name:    "paths",
		graphql: `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 3, first: 5) { nodes { id name } hops { id predicate claimCount bestCertainty } } }`,
		vars: func(p *pools, r *rand.Rand) map[string]any {
			pr := p.pairs[r.IntN(len(p.pairs))]
			return map[string]any{"from": pr[0], "to": pr[1]}
		},
		cypher: neo4j.BaselinePaths,
		params: func(v map[string]any) map[string]any { return v },
	},
	{
		name:    "subgraph200",
		graphql: `query($id: ID!) { subgraph(ids: [$id], depth: 2, limit: 200) { truncated nodes { id name category } edges { id source target predicate claimCount certainty } } }`,
		vars:    func(p *pools, r *rand.Rand) map[string]any { return map[string]any{"id": p.hubs[r.IntN(len(p.hubs))]} },
		cypher:  neo4j.BaselineSubgraph,
		params:  func(v map[string]any) map[string]any { return v },
	},
}

func queries(ctx context.Context, o Options, st *neo4j.Store, res *SizeResult) error {
	p, err := collectPools(ctx, st)
	if err != nil {
		return err
	}
	srv := server.New(server.Options{Resolver: &graph.Resolver{Graph: st}, Pinger: st, Limits: graph.DefaultLimits,
		RequestTimeout: 30 * time.Second, Log: discardLogger()})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	sctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { _ = srv.Serve(sctx, ln); close(done) }()
	defer func() { cancel(); <-done }()
	client := newClient("http://" + ln.Addr().String() + "/graphql")
	stopPeak := heapPeak()
	for _, k := range kinds {
		// A query that fails here (a timeout on a large corpus) is reported
		// in the table, not allowed to throw away the run.
		hits, base, err := profile(ctx, st, client, k, p)
		if err != nil {
			o.logf("%d documents: %s: profile: %v", res.Docs, k.name, err)
			hits, base = -1, -1
		}
		res.DBHits[k.name] = [2]int64{hits, base}
		// Warm both paths first: the JVM compiles hot code as it runs, and
		// whichever path ran second would otherwise look faster.
		warm := max(3*time.Second, o.Duration)
		cell(ctx, 2, warm, func(r *rand.Rand) error { _, err := client.do(ctx, k.graphql, k.vars(p, r)); return err })
		cell(ctx, 2, warm, func(r *rand.Rand) error {
			v := k.vars(p, r)
			_, err := st.BaselineQuery(ctx, k.statement(v), k.params(v))
			return err
		})
		for _, c := range o.Clients {
			o.logf("%d documents: %s with %d clients", res.Docs, k.name, c)
			var trips atomic.Int64
			gql := cell(ctx, c, o.Duration, func(r *rand.Rand) error {
				n, err := client.do(ctx, k.graphql, k.vars(p, r))
				trips.Add(int64(n))
				return err
			})
			cy := cell(ctx, c, o.Duration, func(r *rand.Rand) error {
				v := k.vars(p, r)
				_, err := st.BaselineQuery(ctx, k.statement(v), k.params(v))
				return err
			})
			f := QueryFigure{Name: k.name, Clients: c, GraphQL: gql, Cypher: cy}
			if gql.N > 0 {
				f.RoundTrips = float64(trips.Load()) / float64(gql.N)
			}
			res.Queries = append(res.Queries, f)
		}
	}
	res.ServicePeakHeapMB = stopPeak()
	return nil
}

// profile sums the database hits of the statements one GraphQL request
// sends and of its hand-written twin, on the same parameters.
func profile(ctx context.Context, st *neo4j.Store, client *gqlClient, k queryKind, p *pools) (int64, int64, error) {
	vars := k.vars(p, rand.New(rand.NewPCG(1, 2)))
	var reqErr error
	stmts := st.Capture(func() { _, reqErr = client.do(ctx, k.graphql, vars) })
	if reqErr != nil {
		return 0, 0, reqErr
	}
	var hits int64
	for _, s := range stmts {
		h, err := st.Profile(ctx, s.Cypher, s.Params)
		if err != nil {
			return 0, 0, err
		}
		hits += h
	}
	base, err := st.Profile(ctx, k.statement(vars), k.params(vars))
	return hits, base, err
}

// cell runs fn from `clients` goroutines for d and summarises latencies.
func cell(ctx context.Context, clients int, d time.Duration, fn func(r *rand.Rand) error) Latency {
	var mu sync.Mutex
	var lat []time.Duration
	errs := 0
	deadline := time.Now().Add(d)
	var wg sync.WaitGroup
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(seed uint64) {
			defer wg.Done()
			r := rand.New(rand.NewPCG(seed, 99))
			var local []time.Duration
			bad := 0
			for time.Now().Before(deadline) && ctx.Err() == nil {
				began := time.Now()
				if err := fn(r); err != nil {
					bad++
					continue
				}
				local = append(local, time.Since(began))
			}
			mu.Lock()
			lat = append(lat, local...)
			errs += bad
			mu.Unlock()
		}(uint64(c))
	}
	wg.Wait()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	q := func(f float64) time.Duration {
		if len(lat) == 0 {
			return 0
		}
		return lat[min(len(lat)-1, int(f*float64(len(lat))))]
	}
	return Latency{N: len(lat), P50: q(0.50), P95: q(0.95), P99: q(0.99), Errors: errs}
}
