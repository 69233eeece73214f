package graph

import (
	"context"

	"github.com/regenkg/regenkg/internal/kg"
)

func (r *entityResolver) Relations(ctx context.Context, obj *kg.Entity, predicate *kg.Predicate, predicates []kg.Predicate, direction *kg.Direction, minCertainty *kg.Certainty, includeNegated *bool, first *int, after *string) (*kg.RelationConnection, error) {
	return nested[*kg.RelationConnection](ctx, obj.Nested)
}

func (r *Resolver) Entity() EntityResolver { return &entityResolver{r} }

type entityResolver struct{ *Resolver }
