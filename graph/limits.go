package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// shapeLimit refuses operations nested deeper than MaxDepth or using more
// than MaxAliases aliases or MaxFields fields in all, before any resolver
// runs. Fragments are followed, so they cannot hide depth; a fragment cycle
// is already refused by validation.
type shapeLimit struct {
	MaxDepth, MaxAliases, MaxFields int
	// NoIntrospection refuses __schema and __type up front, so a client
	// gets a validation error rather than a failing field.
	NoIntrospection bool
}

var (
	_ graphql.HandlerExtension        = shapeLimit{}
	_ graphql.OperationContextMutator = shapeLimit{}
)

func (shapeLimit) ExtensionName() string                   { return "ShapeLimit" }
func (shapeLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (l shapeLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	w := shapeWalker{doc: oc.Doc, seen: map[string]bool{}, budget: l.MaxFields}
	depth := w.walk(oc.Operation.SelectionSet, 1)
	switch {
	case l.NoIntrospection && w.introspection:
		e := gqlerror.Errorf("introspection is disabled on this server")
		e.Extensions = map[string]any{"code": "GRAPHQL_VALIDATION_FAILED"}
		return e
	case l.MaxDepth > 0 && depth > l.MaxDepth:
		return limitError("query depth %d exceeds the limit of %d", depth, l.MaxDepth)
	case l.MaxAliases > 0 && w.aliases > l.MaxAliases:
		return limitError("query uses %d aliases, the limit is %d", w.aliases, l.MaxAliases)
	case l.MaxFields > 0 && w.fields > l.MaxFields:
		return limitError("query selects %d fields, the limit is %d", w.fields, l.MaxFields)
	}
	return nil
}

func limitError(format string, args ...any) *gqlerror.Error {
	e := gqlerror.Errorf(format, args...)
	e.Extensions = map[string]any{"code": CodeLimitExceeded}
	return e
}

type shapeWalker struct {
	doc             *ast.QueryDocument
	seen            map[string]bool
	aliases, fields int
	introspection   bool
	// budget stops the walk once the field limit is passed, so a fragment
	// "bomb" (each fragment spreading the next many times) costs no more
	// than the limit to refuse.
	budget int
}

// walk returns the depth of set, counting fields and aliases on the way.
// Each named fragment is expanded once per path to keep the walk linear.
func (w *shapeWalker) walk(set ast.SelectionSet, depth int) int {
	deepest := depth - 1
	for _, sel := range set {
		if w.budget > 0 && w.fields > w.budget {
			return deepest
		}
		switch s := sel.(type) {
		case *ast.Field:
			w.fields++
			if s.Name == "__schema" || s.Name == "__type" {
				w.introspection = true
			}
			if s.Alias != "" && s.Alias != s.Name {
				w.aliases++
			}
			d := depth
			if len(s.SelectionSet) > 0 {
				d = w.walk(s.SelectionSet, depth+1)
			}
			deepest = max(deepest, d)
		case *ast.InlineFragment:
			deepest = max(deepest, w.walk(s.SelectionSet, depth))
		case *ast.FragmentSpread:
			if w.seen[s.Name] || w.doc == nil {
				continue
			}
			if f := w.doc.Fragments.ForName(s.Name); f != nil {
				w.seen[s.Name] = true
				deepest = max(deepest, w.walk(f.SelectionSet, depth))
				delete(w.seen, s.Name)
			}
		}
	}
	return deepest
}
