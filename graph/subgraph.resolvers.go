package graph

import (
	"context"

	"github.com/regenkg/regenkg/internal/kg"
)

func (r *graphEdgeResolver) Source(ctx context.Context, obj *kg.Relation) (string, error) {
	return obj.Subject.ID, nil
}

func (r *graphEdgeResolver) Target(ctx context.Context, obj *kg.Relation) (string, error) {
	return obj.Object.ID, nil
}

func (r *graphEdgeResolver) From(ctx context.Context, obj *kg.Relation) (string, error) {
	return obj.Subject.ID, nil
}

func (r *graphEdgeResolver) To(ctx context.Context, obj *kg.Relation) (string, error) {
	return obj.Object.ID, nil
}

func (r *Resolver) GraphEdge() GraphEdgeResolver { return &graphEdgeResolver{r} }

type graphEdgeResolver struct{ *Resolver }
