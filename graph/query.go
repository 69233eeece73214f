package graph

import (
	"context"
	"strings"

	"github.com/regenkg/regenkg/graph/model"
	"github.com/regenkg/regenkg/internal/kg"
)

// one returns the single item of a lookup by ID, or nil when it does not exist.
func one[T any](items []*T, err error) (*T, error) {
	if err != nil || len(items) == 0 {
		return nil, err
	}
	return items[0], nil
}

func page(first *int, after *string) kg.Page {
	return kg.Page{First: deref(first, kg.DefaultPageSize), After: deref(after, "")}
}

func entityFilter(f *kg.EntityFilter) (kg.EntityFilter, error) {
	if f == nil {
		return kg.EntityFilter{}, nil
	}
	if len(f.NameContains) > 200 {
		return kg.EntityFilter{}, kg.Errorf(kg.Invalid, "nameContains longer than 200 bytes")
	}
	return *f, nil
}

// node fetches any object by its global ID; the ID's shape says its type.
func (r *Resolver) node(ctx context.Context, id string) (model.Node, error) {
	var n model.Node
	var err error
	switch {
	case strings.HasPrefix(id, "rel:"):
		var v *kg.Relation
		if v, err = one(r.Graph.Relations(ctx, []string{id}, selection(ctx, "Relation"))); v != nil {
			n = v
		}
	case strings.HasPrefix(id, "claim:"):
		var v *kg.Claim
		if v, err = one(r.Graph.Claims(ctx, []string{id}, selection(ctx, "Claim"))); v != nil {
			n = v
		}
	case strings.HasPrefix(id, "sha256:"):
		var v *kg.Source
		if v, err = one(r.Graph.Sources(ctx, []string{id}, selection(ctx, "Source"))); v != nil {
			n = v
		}
	case kg.NormalizeDOI(id) != "" || strings.HasPrefix(id, "kg:study/"):
		var v *kg.Study
		if v, err = one(r.Graph.Studies(ctx, []string{id}, selection(ctx, "Study"))); v != nil {
			n = v
		}
	default:
		var v *kg.Entity
		if v, err = one(r.Graph.Entities(ctx, []string{id}, selection(ctx, "Entity"))); v != nil {
			n = v
		}
	}
	return n, err
}
