package graph

import (
	"context"

	"github.com/regenkg/regenkg/internal/kg"
)

func (r *relationResolver) Subject(ctx context.Context, obj *kg.Relation) (*kg.Entity, error) {
	return nested[*kg.Entity](ctx, obj.Nested)
}

func (r *relationResolver) Object(ctx context.Context, obj *kg.Relation) (*kg.Entity, error) {
	return nested[*kg.Entity](ctx, obj.Nested)
}

func (r *relationResolver) Claims(ctx context.Context, obj *kg.Relation, certainty *kg.Certainty, negated *bool, first *int, after *string) (*kg.ClaimConnection, error) {
	return nested[*kg.ClaimConnection](ctx, obj.Nested)
}

func (r *Resolver) Relation() RelationResolver { return &relationResolver{r} }

type relationResolver struct{ *Resolver }
