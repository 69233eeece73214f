package graph

import (
	"context"

	"github.com/regenkg/regenkg/internal/kg"
)

func (r *claimResolver) Subject(ctx context.Context, obj *kg.Claim) (*kg.Entity, error) {
	return nested[*kg.Entity](ctx, obj.Nested)
}

func (r *claimResolver) Object(ctx context.Context, obj *kg.Claim) (*kg.Entity, error) {
	return nested[*kg.Entity](ctx, obj.Nested)
}

func (r *claimResolver) Relation(ctx context.Context, obj *kg.Claim) (*kg.Relation, error) {
	return nested[*kg.Relation](ctx, obj.Nested)
}

func (r *claimResolver) AttributedTo(ctx context.Context, obj *kg.Claim) (*kg.Entity, error) {
	return nested[*kg.Entity](ctx, obj.Nested)
}

func (r *claimResolver) Via(ctx context.Context, obj *kg.Claim) (*kg.Entity, error) {
	return nested[*kg.Entity](ctx, obj.Nested)
}

func (r *claimResolver) Source(ctx context.Context, obj *kg.Claim) (*kg.Source, error) {
	return nested[*kg.Source](ctx, obj.Nested)
}

func (r *claimResolver) Citations(ctx context.Context, obj *kg.Claim) ([]*kg.Study, error) {
	return nested[[]*kg.Study](ctx, obj.Nested)
}

func (r *Resolver) Claim() ClaimResolver { return &claimResolver{r} }

type claimResolver struct{ *Resolver }
