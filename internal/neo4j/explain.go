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
	res, err := sess.Run(ctx, "EXPLAIN "+cypher, params)
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
