package neo4j

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/regenkg/regenkg/internal/kg"
)

// The read side compiles a client's whole nested selection into one Cypher
// statement: every object becomes a map projection, every nested list a
// COLLECT subquery that filters, orders and limits before it projects, and
// every count a COUNT subquery that only exists when the client asked for
// it. Values from the client only ever travel as parameters; the only
// things spliced into the text are relationship types and labels after they
// have been checked against the closed vocabulary, integers, and variable
// and key names the compiler makes up itself.

// compiler accumulates the parameters of one statement and hands out fresh
// variable names.
type compiler struct {
	params map[string]any
	vars   int
}

func newCompiler() *compiler { return &compiler{params: map[string]any{}} }

// param registers v and returns its placeholder.
func (c *compiler) param(v any) string {
	name := "p" + strconv.Itoa(len(c.params))
	c.params[name] = v
	return "$" + name
}

// fresh returns a variable name no other part of the statement uses.
func (c *compiler) fresh(prefix string) string {
	c.vars++
	return prefix + strconv.Itoa(c.vars)
}

// nestedKey is the key a nested field's value has in the projected map. It
// is derived from the field's position, never from the client's alias.
func nestedKey(i int) string { return "f" + strconv.Itoa(i) }

// projector renders the map projection of one object type bound to v.
type projector func(c *compiler, v string, sel kg.Selection) (string, error)

// single renders a to-one nested field: the projection of the first x
// matched by pattern (which must bind x), or null.
func (c *compiler) single(pattern, x string, sub kg.Selection, proj projector) (string, error) {
	inner, err := proj(c, x, sub)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("[%s | %s][0]", pattern, inner), nil
}

// list renders a to-many nested field without paging: the projections of
// every x matched by match, in order.
func (c *compiler) list(match, x, order string, sub kg.Selection, proj projector, limit int) (string, error) {
	inner, err := proj(c, x, sub)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("COLLECT { %s WITH %s ORDER BY %s LIMIT %d RETURN %s }", match, x, order, limit, inner), nil
}

// connection renders a Relay connection over the rows of match (which binds
// x): {total, items} where total is only counted when asked for and items
// holds one more row than the page so that hasNextPage needs no count.
func (c *compiler) connection(f kg.Field, match, x, order string, proj projector, maxPage int) (string, error) {
	first, err := kg.Page{First: argInt(f.Args, "first", kg.DefaultPageSize)}.Limit(maxPage)
	if err != nil {
		return "", err
	}
	offset, err := kg.Page{After: argString(f.Args, "after")}.Offset()
	if err != nil {
		return "", err
	}
	var node kg.Selection
	for _, e := range f.Sub.Find("edges") {
		for _, n := range e.Sub.Find("node") {
			if node, err = mergeSelections(node, n.Sub); err != nil {
				return "", err
			}
		}
	}
	parts := []string{fmt.Sprintf("offset: %d, first: %d", offset, first)}
	if f.Sub.Has("totalCount") {
		parts = append(parts, fmt.Sprintf("total: COUNT { %s }", match))
	}
	if f.Sub.Has("edges") || f.Sub.Has("pageInfo") {
		inner, err := proj(c, x, node)
		if err != nil {
			return "", err
		}
		parts = append(parts, fmt.Sprintf("items: COLLECT { %s WITH %s ORDER BY %s SKIP %d LIMIT %d RETURN %s }",
			match, x, order, offset, first+1, inner))
	}
	return "{" + strings.Join(parts, ", ") + "}", nil
}

// mergeSelections unions two selections of the same object (several
// `edges { node { … } }` of one connection). Same-named keys must agree.
func mergeSelections(a, b kg.Selection) (kg.Selection, error) {
	out := append(kg.Selection{}, a...)
	for _, f := range b {
		dup := false
		for i, g := range out {
			if g.Key != f.Key {
				continue
			}
			dup = true
			if g.Name != f.Name || fmt.Sprint(g.Args) != fmt.Sprint(f.Args) {
				return nil, kg.Errorf(kg.Invalid, "conflicting selections for %q inside one connection", f.Key)
			}
			if f.Sub != nil {
				merged, err := mergeSelections(g.Sub, f.Sub)
				if err != nil {
					return nil, err
				}
				out[i].Sub = merged
			}
		}
		if !dup {
			out = append(out, f)
		}
	}
	return out, nil
}

// connectionResult decodes what connection rendered.
type connectionResult struct {
	total    int
	offset   int
	items    []map[string]any
	hasTotal bool
	more     bool
}

func decodeConnection(v any) (connectionResult, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return connectionResult{}, errorf("connection: unexpected %T", v)
	}
	r := connectionResult{offset: toInt(m["offset"])}
	first := toInt(m["first"])
	if t, ok := m["total"]; ok {
		r.total, r.hasTotal = toInt(t), true
	}
	for _, it := range asList(m["items"]) {
		im, ok := it.(map[string]any)
		if !ok {
			return r, errorf("connection item: unexpected %T", it)
		}
		r.items = append(r.items, im)
	}
	if len(r.items) > first {
		r.items, r.more = r.items[:first], true
	}
	if !r.hasTotal {
		r.total = r.offset + len(r.items)
		if r.more {
			r.total = -1
		}
	}
	return r, nil
}

func (r connectionResult) pageInfo() kg.PageInfo {
	return kg.NewPageInfo(r.offset, len(r.items), r.more)
}

// certaintyRank turns an optional certainty argument into the minimum rank
// an edge or claim must have.
func certaintyRank(args map[string]any, name string) (int, error) {
	s := argString(args, name)
	if s == "" {
		return 0, nil
	}
	c, err := kg.ParseCertainty(s)
	if err != nil {
		return 0, err
	}
	return c.Rank(), nil
}

// relTypes renders the relationship types of the given predicates (all of
// them when none are given) for a pattern: "CONTAINS|TREATS".
func relTypes(ps []kg.Predicate) string {
	if len(ps) == 0 {
		ps = kg.Predicates
	}
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = string(p)
	}
	return strings.Join(s, "|")
}

// argPredicates reads a predicate or list-of-predicates argument, checked
// against the vocabulary.
func argPredicates(args map[string]any, names ...string) ([]kg.Predicate, error) {
	var out []kg.Predicate
	for _, name := range names {
		v, ok := args[name]
		if !ok || v == nil {
			continue
		}
		var raw []any
		switch t := v.(type) {
		case []any:
			raw = t
		case []string:
			for _, s := range t {
				raw = append(raw, s)
			}
		default:
			raw = []any{t}
		}
		for _, r := range raw {
			p, err := kg.ParsePredicate(fmt.Sprint(r))
			if err != nil {
				return nil, err
			}
			out = append(out, p)
		}
	}
	return out, nil
}

func argInt(args map[string]any, name string, def int) int {
	switch n := args[name].(type) {
	case int:
		return n
	case int64:
		return int(n)
	case int32:
		return int(n)
	case float64:
		return int(n)
	case interface{ Int64() (int64, error) }: // json.Number from variables
		if v, err := n.Int64(); err == nil {
			return int(v)
		}
	}
	return def
}

func argString(args map[string]any, name string) string {
	switch s := args[name].(type) {
	case string:
		return s
	case fmt.Stringer:
		return s.String()
	case nil:
		return ""
	default:
		return fmt.Sprint(s)
	}
}

// argBool returns the boolean argument name, or nil when it is absent or null.
func argBool(args map[string]any, name string) *bool {
	if b, ok := args[name].(bool); ok {
		return &b
	}
	return nil
}

func asList(v any) []any {
	l, _ := v.([]any)
	return l
}

func asMap(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func boolean(v any) bool {
	b, _ := v.(bool)
	return b
}

// props renders the property list of a map projection: always the given
// keys, and for each requested field the properties it needs, so that a
// client asking for names does not pay for aliases or quotes. A nil
// selection (a caller in Go, not a client) gets every property.
func props(sel kg.Selection, always []string, byField map[string][]string) []string {
	out := append([]string{}, always...)
	seen := map[string]bool{}
	for _, p := range always {
		seen[p] = true
	}
	if sel == nil {
		names := make([]string, 0, len(byField))
		for f := range byField {
			names = append(names, f)
		}
		sort.Strings(names) // a stable statement text keeps Neo4j's plan cache warm
		for _, n := range names {
			sel = append(sel, kg.Field{Name: n})
		}
	}
	for _, f := range sel {
		for _, p := range byField[f.Name] {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	return out
}

// byName merges the sub-selections of every field called name in sel: an
// argument-less object field asked for under several aliases is fetched
// once, with everything any alias wants. ok is false when sel does not ask
// for the field.
func byName(sel kg.Selection, name string) (sub kg.Selection, ok bool, err error) {
	for _, f := range sel {
		if f.Name != name {
			continue
		}
		ok = true
		if sub, err = mergeSelections(sub, f.Sub); err != nil {
			return nil, false, err
		}
	}
	if ok && sub == nil {
		sub = kg.Selection{}
	}
	return sub, ok, nil
}

// byIDs fetches the nodes with the given IDs under label (a constant of the
// caller's, never client text), projected for sel, in the order of ids,
// skipping IDs that do not exist; one round trip.
func byIDs[T any](ctx context.Context, s *Store, what, label string, ids []string, sel kg.Selection,
	proj projector, decode func(map[string]any, kg.Selection) (*T, error)) ([]*T, error) {
	c := newCompiler()
	p, err := proj(c, "v", sel)
	if err != nil {
		return nil, err
	}
	cypher := fmt.Sprintf("UNWIND %s AS id MATCH (v:%s {id: id}) RETURN id, %s AS x", c.param(ids), label, p)
	recs, err := s.read(ctx, cypher, c.params)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	found := make(map[string]*T, len(recs))
	for _, r := range recs {
		v, err := decode(asMap(r.Values[1]), sel)
		if err != nil {
			return nil, err
		}
		found[str(r.Values[0])] = v
	}
	out := make([]*T, 0, len(found))
	for _, id := range ids {
		if v, ok := found[id]; ok {
			out = append(out, v)
		}
	}
	return out, nil
}

// decodePage decodes what connection rendered for field f into its nodes.
func decodePage[T any](v any, f kg.Field, decode func(map[string]any, kg.Selection) (*T, error)) ([]*T, connectionResult, error) {
	res, err := decodeConnection(v)
	if err != nil {
		return nil, res, err
	}
	node := connectionNode(f)
	nodes := make([]*T, 0, len(res.items))
	for _, it := range res.items {
		n, err := decode(it, node)
		if err != nil {
			return nil, res, err
		}
		nodes = append(nodes, n)
	}
	return nodes, res, nil
}

// connectionNode returns the merged node selection of a connection field,
// as connection compiled it.
func connectionNode(f kg.Field) kg.Selection {
	var node kg.Selection
	for _, e := range f.Sub.Find("edges") {
		for _, n := range e.Sub.Find("node") {
			node, _ = mergeSelections(node, n.Sub)
		}
	}
	return node
}

// edgeConditions returns the WHERE conditions on edge variable r for a
// certainty floor (a rank) and, with affirmedOnly, affirmed edges only. A
// floor every qualifying edge meets is left out, so that it costs no
// property read per expanded edge: any edge has a rank of at least 0, and
// every affirmed edge is at least speculative.
func edgeConditions(c *compiler, r string, minRank int, affirmedOnly bool) []string {
	var conds []string
	if affirmedOnly {
		conds = append(conds, r+".affirmed")
	}
	floor := 0
	if affirmedOnly {
		floor = kg.Speculative.Rank()
	}
	if minRank > floor {
		conds = append(conds, fmt.Sprintf("%s.bestRank >= %s", r, c.param(minRank)))
	}
	return conds
}
