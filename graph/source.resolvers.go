package graph

import (
	"context"

	"github.com/regenkg/regenkg/internal/kg"
)

func (r *sourceResolver) Text(ctx context.Context, obj *kg.Source, start *int, end *int) (string, error) {
	return sliceText(obj.Text, start, end)
}

func (r *sourceResolver) Claims(ctx context.Context, obj *kg.Source, first *int, after *string) (*kg.ClaimConnection, error) {
	return nested[*kg.ClaimConnection](ctx, obj.Nested)
}

func (r *sourceResolver) Cites(ctx context.Context, obj *kg.Source) ([]*kg.Study, error) {
	return nested[[]*kg.Study](ctx, obj.Nested)
}

func (r *Resolver) Source() SourceResolver { return &sourceResolver{r} }

type sourceResolver struct{ *Resolver }
