package e2e_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/regenkg/regenkg/graph"
	"github.com/regenkg/regenkg/internal/server"
)

// leaks reports text that must never reach a client: database, driver or
// runtime internals.
func leaks(body []byte) string {
	low := strings.ToLower(string(body))
	for _, w := range []string{"neo4j", "cypher", "match (", "unwind", "goroutine", ".go:", "panic", "bolt", "neo.clienterror", "syntaxerror"} {
		if strings.Contains(low, w) {
			return w
		}
	}
	return ""
}

func TestLimitsRefuseHostileQueries(t *testing.T) {
	a := seededApp(t)
	deep := "{ entity(id: \"x\") { relations { edges { node { subject { relations { edges { node { subject { relations { edges { node { subject { relations { edges { node { id } } } } } } } } } } } } } } } } }"
	var aliases strings.Builder
	aliases.WriteString("{")
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&aliases, " a%d: stats { sources }", i)
	}
	aliases.WriteString(" }")
	fanout := `{ entities(first: 100) { edges { node { relations(first: 100) { edges { node { claims(first: 100) { edges { node { quote } } } } } } } } } }`
	var tokens strings.Builder
	tokens.WriteString("{ stats { ")
	for i := 0; i < 3000; i++ {
		tokens.WriteString("sources ")
	}
	tokens.WriteString("} }")
	var bomb strings.Builder
	bomb.WriteString("query { ...F0 } ")
	for i := 0; i < 12; i++ {
		fmt.Fprintf(&bomb, "fragment F%d on Query { ...F%d ...F%d } ", i, i+1, i+1)
	}
	bomb.WriteString("fragment F12 on Query { stats { sources } }")
	for _, tc := range []struct{ name, query, code string }{
		{"depth", deep, "LIMIT_EXCEEDED"},
		{"aliases", aliases.String(), "LIMIT_EXCEEDED"},
		{"complexity", fanout, "LIMIT_EXCEEDED"},
		{"first above the cap", `{ entities(first: 1000) { totalCount } }`, "LIMIT_EXCEEDED"},
		{"negative first", `{ entities(first: -1) { totalCount } }`, "BAD_USER_INPUT"},
		{"tokens", tokens.String(), ""},
		{"fragment bomb", bomb.String(), "LIMIT_EXCEEDED"},
		{"syntax", `{ entity(id: ) }`, "GRAPHQL_PARSE_FAILED"},
		{"unknown field", `{ nope }`, "GRAPHQL_VALIDATION_FAILED"},
		{"search too long", `{ search(query: "` + strings.Repeat("a", 300) + `") { score } }`, "BAD_USER_INPUT"},
		{"subgraph limit", `{ subgraph(ids: ["x"], limit: 5000) { truncated } }`, "LIMIT_EXCEEDED"},
		{"subgraph depth", `{ subgraph(ids: ["x"], depth: 9) { truncated } }`, "LIMIT_EXCEEDED"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			began := time.Now()
			r := a.query(t, tc.query, nil)
			if len(r.Errors) == 0 {
				t.Fatalf("accepted: %s", r.body)
			}
			if tc.code != "" {
				if c := r.errorCode(t); c != tc.code {
					t.Errorf("code = %q, want %s (%s)", c, tc.code, r.body)
				}
			}
			if w := leaks(r.body); w != "" {
				t.Errorf("error leaks %q: %s", w, r.body)
			}
			if d := time.Since(began); d > 10*time.Second {
				t.Errorf("refusal took %s", d)
			}
		})
	}
}

func TestInjectionThroughEveryStringArgumentIsHarmless(t *testing.T) {
	a := seededApp(t)
	count := func() int64 {
		rows, err := a.store.Query(ctx(t), "MATCH (n) RETURN count(n) AS n", nil)
		if err != nil {
			t.Fatal(err)
		}
		return rows[0]["n"].(int64)
	}
	before := count()
	payloads := []string{
		`x" }) MATCH (n) DETACH DELETE n //`,
		`x' }) MATCH (n) DETACH DELETE n //`,
		"x`) DETACH DELETE n //",
		`*:* OR title:*`,
		`"\") OR 1=1 --"`,
		`$p0`,
		`secretome) WITH 1 AS x CALL db.labels() YIELD label RETURN label //`,
		`\u0000\uffff`,
		strings.Repeat("(", 150),
	}
	queries := []string{
		`query($s: String!) { search(query: $s) { score } }`,
		`query($s: ID!) { entity(id: $s) { id } }`,
		`query($s: ID!) { node(id: $s) { id } }`,
		`query($s: ID!) { relation(id: $s) { id } }`,
		`query($s: ID!) { claim(id: $s) { id } }`,
		`query($s: ID!) { source(id: $s) { id } }`,
		`query($s: ID!) { study(doi: $s) { id } }`,
		`query($s: String) { entities(filter: {nameContains: $s, language: $s, sourceId: $s}) { totalCount } }`,
		`query($s: ID) { claims(filter: {sourceId: $s, entityId: $s}) { totalCount } }`,
		`query($s: String) { entities(after: $s) { totalCount } }`,
		`query($s: ID!) { paths(from: $s, to: $s) { length } }`,
		`query($s: ID!) { subgraph(ids: [$s]) { truncated } }`,
		`query($s: String) { entity(id: "kg:therapy/secretome") { relations(after: $s) { totalCount } } }`,
		`query($s: String!) { ingestDocument(text: $s, uri: $s, title: $s) { status } }`,
	}
	for _, q := range queries {
		for _, p := range payloads {
			r := a.query(t, q, map[string]any{"s": p})
			if r.status >= 500 {
				t.Errorf("%s with %q: HTTP %d", q, p, r.status)
			}
			if w := leaks(r.body); w != "" {
				t.Errorf("%s with %q leaks %q: %s", q, p, w, r.body)
			}
			for _, e := range r.Errors {
				if c, _ := e.Extensions["code"].(string); c == "INTERNAL" {
					t.Errorf("%s with %q: internal error %s", q, p, r.body)
				}
			}
		}
	}
	if after := count(); after != before {
		t.Fatalf("node count changed from %d to %d", before, after)
	}
}

func TestMutationsNeedTheBearerToken(t *testing.T) {
	a := freshApp(t, server.Options{})
	doc := "Secretome adalah produk dari sel punca mesenkimal. Secretome mengandung exosome dan growth factor. Terapi secretome dapat mengobati psoriasis."
	const ingest = `mutation($t: String!) { ingestDocument(text: $t, uri: "test://doc", title: "Uji") { sourceId status claims entities edges
		source { title claimCount } } }`
	for _, h := range [][]string{nil, {"Authorization", "Bearer wrong"}, {"Authorization", token}} {
		r := a.query(t, ingest, map[string]any{"t": doc}, h...)
		if c := r.errorCode(t); c != "UNAUTHENTICATED" {
			t.Fatalf("headers %v: code %s", h, c)
		}
	}
	auth := []string{"Authorization", "Bearer " + token}
	var res struct {
		IngestDocument struct {
			SourceID, Status        string
			Claims, Entities, Edges int
			Source                  struct {
				Title      string
				ClaimCount int
			}
		}
	}
	a.query(t, ingest, map[string]any{"t": doc}, auth...).ok(t, &res)
	got := res.IngestDocument
	if got.Status != "created" || got.Claims < 3 || got.Source.Title != "Uji" || got.Source.ClaimCount != got.Claims {
		t.Fatalf("ingest: %+v", got)
	}
	a.query(t, ingest, map[string]any{"t": doc}, auth...).ok(t, &res)
	if res.IngestDocument.Status != "unchanged" {
		t.Fatalf("second ingest: %+v", res.IngestDocument)
	}
	// A changed version under the same URI replaces the first.
	a.query(t, ingest, map[string]any{"t": doc + " Exosome tidak mengandung sel hidup."}, auth...).ok(t, &res)
	if res.IngestDocument.Status != "replaced" {
		t.Fatalf("changed version: %+v", res.IngestDocument)
	}
	bad := a.query(t, ingest, map[string]any{"t": "   "}, auth...)
	if c := bad.errorCode(t); c != "BAD_USER_INPUT" {
		t.Fatalf("empty document: %s", c)
	}
	var del struct {
		DeleteSource struct {
			Status string
			Claims int
			Source *struct{ ID string }
		}
	}
	const remove = `mutation($id: ID!) { deleteSource(id: $id) { status claims source { id } } }`
	if c := a.query(t, remove, map[string]any{"id": res.IngestDocument.SourceID}).errorCode(t); c != "UNAUTHENTICATED" {
		t.Fatalf("delete without token: %s", c)
	}
	a.query(t, remove, map[string]any{"id": res.IngestDocument.SourceID}, auth...).ok(t, &del)
	if del.DeleteSource.Status != "deleted" || del.DeleteSource.Source != nil {
		t.Fatalf("delete: %+v", del)
	}
	if c := a.query(t, remove, map[string]any{"id": res.IngestDocument.SourceID}, auth...).errorCode(t); c != "NOT_FOUND" {
		t.Fatalf("deleting twice: %s", c)
	}
	var stats struct {
		Stats struct{ Sources, Claims, Relations, Entities, Studies int }
	}
	a.query(t, `{ stats { sources claims relations entities studies } }`, nil).ok(t, &stats)
	if stats.Stats != (struct{ Sources, Claims, Relations, Entities, Studies int }{}) {
		t.Fatalf("after deleting the only source the graph should be empty: %+v", stats.Stats)
	}
}

func TestDeleteRecomputesTheAggregatesOfSharedEdges(t *testing.T) {
	a := freshApp(t, server.Options{})
	if _, err := a.ingest.Load(ctx(t), []string{seedDir}); err != nil {
		t.Fatal(err)
	}
	const q = `{ entity(id: "GO:0070062") { relations(predicate: TREATS, direction: OUT, first: 50) { edges { node { object { id } claimCount sourceCount } } } } }`
	psoriasis := func() (int, int) {
		var d struct {
			Entity struct {
				Relations struct {
					Edges []struct {
						Node struct {
							Object                  struct{ ID string }
							ClaimCount, SourceCount int
						}
					}
				}
			}
		}
		a.query(t, q, nil).ok(t, &d)
		for _, e := range d.Entity.Relations.Edges {
			if e.Node.Object.ID == "MONDO:0005083" {
				return e.Node.ClaimCount, e.Node.SourceCount
			}
		}
		return 0, 0
	}
	c0, s0 := psoriasis()
	res, err := a.ingest.Ingest(ctx(t), []byte("Exosome dapat mengobati psoriasis pada pasien dewasa."), kgSource("test://extra"))
	if err != nil {
		t.Fatal(err)
	}
	if c1, s1 := psoriasis(); c1 != c0+1 || s1 != s0+1 {
		t.Fatalf("after ingest: claims %d -> %d, sources %d -> %d", c0, c1, s0, s1)
	}
	if _, err := a.ingest.Delete(ctx(t), res.SourceID); err != nil {
		t.Fatal(err)
	}
	if c2, s2 := psoriasis(); c2 != c0 || s2 != s0 {
		t.Fatalf("after delete: claims %d (want %d), sources %d (want %d)", c2, c0, s2, s0)
	}
}

func TestSwitchesTimeoutsCORSAndBodyLimit(t *testing.T) {
	slow := freshApp(t, server.Options{RequestTimeout: time.Nanosecond})
	r := slow.query(t, `{ stats { sources } }`, nil)
	if c := r.errorCode(t); c != "LIMIT_EXCEEDED" || leaks(r.body) != "" {
		t.Errorf("1ns timeout: %s %s", c, r.body)
	}
	a := freshApp(t, server.Options{Introspection: false, GraphiQL: false, CORSOrigins: []string{"https://viz.example"},
		MaxBodyBytes: 2048, Limits: graph.DefaultLimits})
	if c := a.query(t, `{ __schema { types { name } } }`, nil).errorCode(t); c != "GRAPHQL_VALIDATION_FAILED" {
		t.Errorf("introspection off: %s", c)
	}
	resp, err := http.Get(a.url + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("GraphiQL off: / answered %d", resp.StatusCode)
	}
	big, _ := json.Marshal(map[string]any{"query": "{ stats { sources } }", "variables": map[string]any{"pad": strings.Repeat("x", 4096)}})
	if r := a.post(t, big); r.status < 400 && len(r.Errors) == 0 {
		t.Errorf("a body over the limit was accepted: %d %s", r.status, r.body)
	}
	preflight := func(origin string) *http.Response {
		req, _ := http.NewRequest(http.MethodOptions, a.url+"/graphql", nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", "POST")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	if r := preflight("https://viz.example"); r.StatusCode != http.StatusNoContent || r.Header.Get("Access-Control-Allow-Origin") != "https://viz.example" {
		t.Errorf("allowed origin: %d %v", r.StatusCode, r.Header)
	}
	if r := preflight("https://evil.example"); r.StatusCode != http.StatusForbidden || r.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("other origin: %d %v", r.StatusCode, r.Header)
	}
}

func TestOperationsEndpoints(t *testing.T) {
	a := seededApp(t)
	a.query(t, `{ stats { sources } }`, nil)
	a.query(t, `{ nope }`, nil)
	get := func(path string) (int, string) {
		resp, err := http.Get(a.url + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if c, b := get("/healthz"); c != 200 || !strings.Contains(b, "ok") {
		t.Errorf("/healthz %d %q", c, b)
	}
	if c, b := get("/readyz"); c != 200 || !strings.Contains(b, "ready") {
		t.Errorf("/readyz %d %q", c, b)
	}
	c, m := get("/metrics")
	for _, want := range []string{"kg_http_requests_total", "kg_graphql_request_duration_seconds_bucket", "kg_cypher_round_trips_total",
		"kg_cypher_round_trips_per_request", `kg_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"}`} {
		if c != 200 || !strings.Contains(m, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if c, b := get("/"); c != 200 || !strings.Contains(strings.ToLower(b), "graphiql") {
		t.Errorf("GraphiQL at / : %d", c)
	}
	if r := a.post(t, bytes.Repeat([]byte("{"), 10)); r.status == 0 {
		t.Error("no answer to a malformed body")
	}
}
