package graph

import (
	"context"

	"github.com/regenkg/regenkg/internal/kg"
)

func (r *loadSummaryResolver) Status(ctx context.Context, obj *kg.WriteResult) (string, error) {
	return string(obj.Status), nil
}

func (r *loadSummaryResolver) Source(ctx context.Context, obj *kg.WriteResult) (*kg.Source, error) {
	if obj.Status == kg.Deleted || obj.SourceID == "" {
		return nil, nil
	}
	return one(r.Graph.Sources(ctx, []string{obj.SourceID}, selection(ctx, "")))
}

func (r *mutationResolver) IngestDocument(ctx context.Context, text string, uri *string, title *string, language *string) (*kg.WriteResult, error) {
	if err := requireToken(ctx); err != nil {
		return nil, err
	}
	meta := kg.Source{URI: deref(uri, ""), Title: deref(title, ""), Language: deref(language, "")}
	return r.Ingest.Ingest(ctx, []byte(text), meta)
}

func (r *mutationResolver) DeleteSource(ctx context.Context, id string) (*kg.WriteResult, error) {
	if err := requireToken(ctx); err != nil {
		return nil, err
	}
	return r.Ingest.Delete(ctx, id)
}

func (r *Resolver) LoadSummary() LoadSummaryResolver { return &loadSummaryResolver{r} }

func (r *Resolver) Mutation() MutationResolver { return &mutationResolver{r} }

type loadSummaryResolver struct{ *Resolver }

type mutationResolver struct{ *Resolver }
