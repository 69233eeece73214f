package graph

import (
	"context"

	"github.com/regenkg/regenkg/internal/kg"
)

func (r *studyResolver) Claims(ctx context.Context, obj *kg.Study, first *int, after *string) (*kg.ClaimConnection, error) {
	return nested[*kg.ClaimConnection](ctx, obj.Nested)
}

func (r *studyResolver) CitedBy(ctx context.Context, obj *kg.Study) ([]*kg.Source, error) {
	return nested[[]*kg.Source](ctx, obj.Nested)
}

func (r *Resolver) Study() StudyResolver { return &studyResolver{r} }

type studyResolver struct{ *Resolver }
