package neo4j

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// PlanStep is one operator of a query plan.
type PlanStep struct {
	Depth    int
	Operator string
	// Details is the planner's description (the index used, the label
	// scanned).
	Details string
}

// Explain returns the plan Neo4j would run for cypher with params, without
// running it, flattened depth first. It is for tests and for documenting
// plans; it returns the planner's error for a statement it rejects.
func (s *Store) Explain(ctx context.Context, cypher string, params map[string]any) ([]PlanStep, error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(context.WithoutCancel(ctx))
	res, err := sess.Run(ctx, "EXPLAIN "+strings.TrimPrefix(cypher, noReplan), params)
	if err != nil {
		return nil, err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return nil, err
	}
	var out []PlanStep
	var walk func(p neo4j.Plan, depth int)
	walk = func(p neo4j.Plan, depth int) {
		if p == nil {
			return
		}
		details := ""
		if d, ok := p.Arguments()["Details"]; ok {
			details = fmt.Sprint(d)
		}
		op := p.Operator()
		if i := strings.IndexByte(op, '@'); i >= 0 {
			op = op[:i]
		}
		out = append(out, PlanStep{Depth: depth, Operator: op, Details: details})
		for _, c := range p.Children() {
			walk(c, depth+1)
		}
	}
	walk(sum.Plan(), 0)
	return out, nil
}

// Profile runs cypher with PROFILE and returns the total database hits and
// rows of its plan, the machine-independent measure of how much work a
// query does (used to show how query cost grows with the graph).
func (s *Store) Profile(ctx context.Context, cypher string, params map[string]any) (dbHits int64, err error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(context.WithoutCancel(ctx))
	res, err := sess.Run(ctx, "PROFILE "+strings.TrimPrefix(cypher, noReplan), params)
	if err != nil {
		return 0, err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return 0, err
	}
	var walk func(p neo4j.ProfiledPlan)
	walk = func(p neo4j.ProfiledPlan) {
		if p == nil {
			return
		}
		dbHits += p.DbHits()
		for _, c := range p.Children() {
			walk(c)
		}
	}
	walk(sum.Profile())
	return dbHits, nil
}

// Capture returns, in order, the statements fn makes the store send, so
// that a benchmark can PROFILE exactly what the service runs. It is not safe
// to use while other goroutines use the store.
func (s *Store) Capture(fn func()) []Captured {
	var out []Captured
	prev := s.OnStatement
	s.OnStatement = func(cypher string, params map[string]any) { out = append(out, Captured{cypher, params}) }
	defer func() { s.OnStatement = prev }()
	fn()
	return out
}

// Captured is one statement seen by Capture.
type Captured struct {
	Cypher string
	Params map[string]any
}
