package graph

import (
	"context"

	"github.com/regenkg/regenkg/graph/model"
	"github.com/regenkg/regenkg/internal/kg"
)

func (r *queryResolver) Node(ctx context.Context, id string) (model.Node, error) {
	return r.node(ctx, id)
}

func (r *queryResolver) Entity(ctx context.Context, id string) (*kg.Entity, error) {
	return one(r.Graph.Entities(ctx, []string{id}, selection(ctx, "")))
}

func (r *queryResolver) Entities(ctx context.Context, filter *kg.EntityFilter, first *int, after *string) (*kg.EntityConnection, error) {
	f, err := entityFilter(filter)
	if err != nil {
		return nil, err
	}
	return r.Graph.EntityPage(ctx, f, page(first, after), selection(ctx, ""))
}

func (r *queryResolver) Relation(ctx context.Context, id string) (*kg.Relation, error) {
	return one(r.Graph.Relations(ctx, []string{id}, selection(ctx, "")))
}

func (r *queryResolver) Claim(ctx context.Context, id string) (*kg.Claim, error) {
	return one(r.Graph.Claims(ctx, []string{id}, selection(ctx, "")))
}

func (r *queryResolver) Claims(ctx context.Context, filter *kg.ClaimFilter, first *int, after *string) (*kg.ClaimConnection, error) {
	var f kg.ClaimFilter
	if filter != nil {
		f = *filter
	}
	return r.Graph.ClaimPage(ctx, f, page(first, after), selection(ctx, ""))
}

func (r *queryResolver) Source(ctx context.Context, id string) (*kg.Source, error) {
	return one(r.Graph.Sources(ctx, []string{id}, selection(ctx, "")))
}

func (r *queryResolver) Sources(ctx context.Context, first *int, after *string) (*kg.SourceConnection, error) {
	return r.Graph.SourcePage(ctx, page(first, after), selection(ctx, ""))
}

func (r *queryResolver) Study(ctx context.Context, doi string) (*kg.Study, error) {
	return one(r.Graph.Studies(ctx, []string{doi}, selection(ctx, "")))
}

func (r *queryResolver) Search(ctx context.Context, query string, categories []kg.Category, kinds []kg.SearchKind, first *int) ([]*kg.SearchHit, error) {
	q := kg.SearchQuery{Text: query, Categories: categories, Kinds: kinds, First: deref(first, 10)}
	return r.Graph.Search(ctx, q, selection(ctx, ""))
}

func (r *queryResolver) Paths(ctx context.Context, from string, to string, maxHops *int, predicates []kg.Predicate, minCertainty *kg.Certainty, first *int) ([]*kg.Path, error) {
	q := kg.PathQuery{From: from, To: to, MaxHops: deref(maxHops, 3), Predicates: predicates,
		MinCertainty: deref(minCertainty, ""), First: deref(first, 10)}
	return r.Graph.Paths(ctx, q, selection(ctx, ""))
}

func (r *queryResolver) Subgraph(ctx context.Context, ids []string, depth *int, predicates []kg.Predicate, minCertainty *kg.Certainty, limit *int) (*kg.Subgraph, error) {
	q := kg.SubgraphQuery{IDs: ids, Depth: deref(depth, 1), Predicates: predicates,
		MinCertainty: deref(minCertainty, ""), Limit: deref(limit, 200)}
	return r.Graph.Subgraph(ctx, q)
}

func (r *queryResolver) Stats(ctx context.Context) (*kg.Stats, error) {
	return r.Graph.Stats(ctx)
}

func (r *Resolver) Query() QueryResolver { return &queryResolver{r} }

type queryResolver struct{ *Resolver }
