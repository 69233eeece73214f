package graph

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/regenkg/regenkg/internal/kg"
)

// selection returns what the client asked for below the field being
// resolved, as a kg.Selection the store can compile into one statement.
// typeName names the concrete type of the field's value when it is an
// interface (Node); "" uses the field's declared type.
func selection(ctx context.Context, typeName string) kg.Selection {
	fc := graphql.GetFieldContext(ctx)
	oc := graphql.GetOperationContext(ctx)
	if fc == nil || oc == nil {
		return nil
	}
	return convert(oc, fc.Field.Selections, satisfies(oc, fc.Field.Field, typeName))
}

func satisfies(oc *graphql.OperationContext, f *ast.Field, typeName string) []string {
	if typeName == "" && f != nil && f.Definition != nil {
		typeName = f.Definition.Type.Name()
	}
	if typeName == "" {
		return nil
	}
	out := []string{typeName}
	// Objects that implement Node also match fragments on Node.
	switch typeName {
	case "Entity", "Relation", "Claim", "Source", "Study":
		out = append(out, "Node")
	}
	return out
}

func convert(oc *graphql.OperationContext, set ast.SelectionSet, types []string) kg.Selection {
	if len(set) == 0 {
		return nil
	}
	fields := graphql.CollectFields(oc, set, types)
	out := make(kg.Selection, 0, len(fields))
	for _, f := range fields {
		if f.Name == "__typename" {
			continue
		}
		kf := kg.Field{Name: f.Name, Key: f.Alias, Args: f.ArgumentMap(oc.Variables)}
		if len(f.Selections) > 0 {
			kf.Sub = convert(oc, f.Selections, satisfies(oc, f.Field, ""))
		}
		out = append(out, kf)
	}
	return out
}

// nested returns the value of the field being resolved that the parent's
// round trip fetched. A value missing means the compiler skipped a field:
// a bug, reported as an internal error rather than a silent null.
func nested[T any](ctx context.Context, n kg.Nested) (T, error) {
	var zero T
	fc := graphql.GetFieldContext(ctx)
	v, ok := n[fc.Field.Alias]
	if !ok {
		return zero, kg.Wrap(kg.Internal, fmt.Errorf("field %s.%s was not prefetched", fc.Object, fc.Field.Name), "internal error")
	}
	if v == nil {
		return zero, nil
	}
	t, ok := v.(T)
	if !ok {
		return zero, kg.Wrap(kg.Internal, fmt.Errorf("field %s.%s prefetched as %T", fc.Object, fc.Field.Name, v), "internal error")
	}
	return t, nil
}

func deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}
