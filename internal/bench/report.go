package bench

import (
	"fmt"
	"io"
	"time"
)

func ms(d time.Duration) string { return fmt.Sprintf("%.1f", float64(d)/float64(time.Millisecond)) }

func ratio(a, b float64) string {
	if b == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f", a/b)
}

// WriteTables writes the results as Markdown tables: one for extraction and
// loading across sizes, one of latencies per size, one of database hits.
func WriteTables(w io.Writer, results []SizeResult) {
	fmt.Fprintln(w, "### Extraction and load")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| docs | MB | extract 1 core docs/s (MB/s) | extract all cores docs/s (MB/s) | claims | relations | kg load s (docs/s) | loader peak heap MB | compared docs | loader write s | baseline write s | **load / baseline** | loader claims/s | baseline claims/s |")
	fmt.Fprintln(w, "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
	for _, r := range results {
		l := r.Load
		claimsCompared := float64(l.Claims) * float64(l.CompareDocs) / float64(max(1, l.Docs))
		fmt.Fprintf(w, "| %d | %.1f | %.0f (%.2f) | %.0f (%.2f) | %d | %d | %.1f (%.0f) | %.0f | %d | %.1f | %.1f | **%s** | %.0f | %.0f |\n",
			r.Docs, float64(r.Bytes)/(1<<20), r.ExtractOne.DocsPerSec, r.ExtractOne.MBPerSec, r.ExtractAll.DocsPerSec, r.ExtractAll.MBPerSec,
			l.Claims, l.Relations, l.PipelineSeconds, float64(l.Docs)/l.PipelineSeconds, l.LoaderPeakHeapMB,
			l.CompareDocs, l.WriteSeconds, l.BaselineSeconds, ratio(l.BaselineSeconds, l.WriteSeconds),
			claimsCompared/l.WriteSeconds, claimsCompared/l.BaselineSeconds)
	}
	for _, r := range results {
		fmt.Fprintf(w, "\n### Queries on %d documents (%d nodes, %d relationships; service peak heap %.0f MB)\n\n",
			r.Docs, r.Load.Nodes, r.Load.Relationships, r.ServicePeakHeapMB)
		fmt.Fprintln(w, "| query | clients | GraphQL p50 / p95 / p99 ms | Cypher p50 / p95 / p99 ms | **p99 ratio** | p95 ratio | requests (GraphQL / Cypher) | round trips / request |")
		fmt.Fprintln(w, "|---|---:|---|---|---:|---:|---:|---:|")
		for _, q := range r.Queries {
			fmt.Fprintf(w, "| %s | %d | %s / %s / %s | %s / %s / %s | **%s** | %s | %d / %d | %.2f |\n", q.Name, q.Clients,
				ms(q.GraphQL.P50), ms(q.GraphQL.P95), ms(q.GraphQL.P99), ms(q.Cypher.P50), ms(q.Cypher.P95), ms(q.Cypher.P99),
				ratio(float64(q.GraphQL.P99), float64(q.Cypher.P99)), ratio(float64(q.GraphQL.P95), float64(q.Cypher.P95)),
				q.GraphQL.N, q.Cypher.N, q.RoundTrips)
			if q.GraphQL.Errors+q.Cypher.Errors > 0 {
				fmt.Fprintf(w, "| ⚠ errors | | %d | %d | | | | |\n", q.GraphQL.Errors, q.Cypher.Errors)
			}
		}
	}
	fmt.Fprintln(w, "\n### Database hits per request (PROFILE; service statements summed / hand-written Cypher)")
	fmt.Fprintln(w)
	fmt.Fprint(w, "| query |")
	for _, r := range results {
		fmt.Fprintf(w, " %d docs |", r.Docs)
	}
	fmt.Fprintln(w)
	fmt.Fprint(w, "|---|")
	for range results {
		fmt.Fprint(w, "---:|")
	}
	fmt.Fprintln(w)
	for _, k := range kinds {
		fmt.Fprintf(w, "| %s |", k.name)
		for _, r := range results {
			h := r.DBHits[k.name]
			if h[0] < 0 {
				fmt.Fprint(w, " failed (see errors) |")
				continue
			}
			fmt.Fprintf(w, " %d / %d |", h[0], h[1])
		}
		fmt.Fprintln(w)
	}
}
