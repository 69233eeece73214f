package graph

import "github.com/regenkg/regenkg/internal/kg"

// complexity estimates what a request costs before it runs: a list field
// costs its page size times what each item selects, so asking for 100
// entities with 100 relations each with 100 claims is priced at a million
// and refused, while any single trace is cheap.
func complexity() ComplexityRoot {
	var c ComplexityRoot
	pageOf := func(first *int) int { return max(1, deref(first, kg.DefaultPageSize)) }
	// Unpaged lists (citations, cites, citedBy) are short in practice; ten
	// keeps a query that fans out through them honest.
	const shortList = 10
	c.Entity.Relations = func(child int, _ *kg.Predicate, _ []kg.Predicate, _ *kg.Direction, _ *kg.Certainty, _ *bool, first *int, _ *string) int {
		return 1 + pageOf(first)*child
	}
	c.Relation.Claims = func(child int, _ *kg.Certainty, _ *bool, first *int, _ *string) int {
		return 1 + pageOf(first)*child
	}
	c.Source.Claims = func(child int, first *int, _ *string) int { return 1 + pageOf(first)*child }
	c.Study.Claims = func(child int, first *int, _ *string) int { return 1 + pageOf(first)*child }
	c.Claim.CitationNodes = func(child int) int { return 1 + shortList*child }
	c.Source.CitesNodes = func(child int) int { return 1 + shortList*child }
	c.Study.CitedByNodes = func(child int) int { return 1 + shortList*child }
	c.Query.Entities = func(child int, _ *kg.EntityFilter, first *int, _ *string) int { return 1 + pageOf(first)*child }
	c.Query.Claims = func(child int, _ *kg.ClaimFilter, first *int, _ *string) int { return 1 + pageOf(first)*child }
	c.Query.Sources = func(child int, first *int, _ *string) int { return 1 + pageOf(first)*child }
	c.Query.Search = func(child int, _ string, _ []kg.Category, _ []kg.SearchKind, first *int) int {
		return 1 + max(1, deref(first, 10))*child
	}
	c.Query.Paths = func(child int, _, _ string, maxHops *int, _ []kg.Predicate, _ *kg.Certainty, first *int) int {
		return 1 + max(1, deref(first, 10))*max(1, deref(maxHops, 3))*child
	}
	c.Query.Subgraph = func(child int, _ []string, _ *int, _ []kg.Predicate, _ *kg.Certainty, limit *int) int {
		// Nodes and edges are flat; the cost is in the traversal.
		return 1 + max(1, deref(limit, 200))/10 + child
	}
	return c
}
