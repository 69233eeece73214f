package graph

import (
	"context"

	"github.com/vektah/gqlparser/v2/gqlerror"
	"log/slog"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
)

// Limits bound what one request may ask for.
type Limits struct {
	// MaxDepth is the deepest nesting of fields.
	MaxDepth int
	// MaxComplexity is the highest estimated cost (see complexity).
	MaxComplexity int
	// MaxAliases and MaxFields bound aliases and fields per operation.
	MaxAliases, MaxFields int
	// MaxTokens bounds the lexer tokens of a query document.
	MaxTokens int
}

// DefaultLimits suit a public read API.
var DefaultLimits = Limits{MaxDepth: 12, MaxComplexity: 200000, MaxAliases: 30, MaxFields: 500, MaxTokens: 5000}

// Options configures NewHandler.
type Options struct {
	Limits Limits
	// Introspection enables __schema and __type queries.
	Introspection bool
	Log           *slog.Logger
}

// NewHandler returns the GraphQL HTTP handler (POST and GET) with the
// limits, error mapping and panic recovery applied.
func NewHandler(r *Resolver, opts Options) *handler.Server {
	log := opts.Log
	if log == nil {
		log = slog.Default()
	}
	cfg := Config{Resolvers: r, Complexity: complexity()}
	srv := handler.New(NewExecutableSchema(cfg))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetErrorPresenter(presenter(log))
	srv.SetRecoverFunc(recoverer(log))
	// Suggestions ("did you mean …") would reveal the schema when
	// introspection is off.
	srv.SetDisableSuggestion(!opts.Introspection)
	l := opts.Limits
	if l.MaxTokens > 0 {
		srv.SetParserTokenLimit(l.MaxTokens)
	}
	if opts.Introspection {
		srv.Use(extension.Introspection{})
	}
	srv.Use(shapeLimit{MaxDepth: l.MaxDepth, MaxAliases: l.MaxAliases, MaxFields: l.MaxFields, NoIntrospection: !opts.Introspection})
	// gqlgen answers a request whose deadline passed before execution with
	// a bare null; clients get the timeout as an error instead.
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		h := next(ctx)
		answered := false
		return func(ctx context.Context) *graphql.Response {
			resp := h(ctx)
			if resp == nil && !answered && ctx.Err() != nil {
				resp = &graphql.Response{Errors: gqlerror.List{limitError("request timed out")}}
			}
			answered = true
			return resp
		}
	})
	if l.MaxComplexity > 0 {
		srv.Use(complexityLimit(l.MaxComplexity))
	}
	return srv
}

// complexityLimit is gqlgen's fixed complexity limit reporting our
// LIMIT_EXCEEDED code, so clients see one code for every limit.
func complexityLimit(n int) graphql.HandlerExtension {
	return &recodedComplexity{ComplexityLimit: extension.FixedComplexityLimit(n)}
}

type recodedComplexity struct{ *extension.ComplexityLimit }

func (c *recodedComplexity) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	err := c.ComplexityLimit.MutateOperationContext(ctx, oc)
	if err != nil {
		err.Extensions = map[string]any{"code": CodeLimitExceeded}
	}
	return err
}
