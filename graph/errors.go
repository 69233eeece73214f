package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/regenkg/regenkg/internal/kg"
)

// GraphQL error codes, in extensions.code of every error.
const (
	CodeBadUserInput    = "BAD_USER_INPUT"
	CodeNotFound        = "NOT_FOUND"
	CodeUnauthenticated = "UNAUTHENTICATED"
	CodeLimitExceeded   = "LIMIT_EXCEEDED"
	CodeUnavailable     = "UNAVAILABLE"
	CodeInternal        = "INTERNAL"
)

// codes maps domain error codes to GraphQL error codes; it is the only place
// that does.
var codes = map[kg.Code]string{
	kg.Invalid:         CodeBadUserInput,
	kg.NotFound:        CodeNotFound,
	kg.Unauthenticated: CodeUnauthenticated,
	kg.LimitExceeded:   CodeLimitExceeded,
	kg.Unavailable:     CodeUnavailable,
	kg.Internal:        CodeInternal,
}

// Code returns the GraphQL error code for err.
func Code(err error) string {
	var gerr *gqlerror.Error
	if errors.As(err, &gerr) {
		if c, ok := gerr.Extensions["code"].(string); ok {
			return c
		}
	}
	if c, ok := codes[kg.ErrorCode(err)]; ok {
		return c
	}
	return CodeInternal
}

// presenter turns a resolver error into a GraphQL error whose message is
// safe to show: domain errors keep their client message, anything else
// becomes "internal error". Details go to the log, never to the client.
func presenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		var gerr *gqlerror.Error
		if errors.As(err, &gerr) && gerr.Extensions != nil && gerr.Extensions["code"] != nil {
			// Parser, validation and limit errors are already safe.
			return gerr
		}
		out := graphql.DefaultErrorPresenter(ctx, err)
		code := codes[kg.ErrorCode(err)]
		if code == "" {
			code = CodeInternal
		}
		if errors.As(err, &gerr) && gerr.Err == nil {
			// gqlgen's own complaint about the request (a bad argument
			// value): it describes the query, not the server.
			code = CodeBadUserInput
			out.Message = gerr.Message
		} else {
			out.Message = kg.ErrorMessage(err)
		}
		if out.Extensions == nil {
			out.Extensions = map[string]any{}
		}
		out.Extensions["code"] = code
		if code == CodeInternal || code == CodeUnavailable {
			log.ErrorContext(ctx, "graphql resolver error", "code", code, "path", out.Path.String(), "err", err)
		}
		return out
	}
}

// recoverer logs a resolver panic with its value and reports a plain
// internal error.
func recoverer(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, v any) error {
		log.ErrorContext(ctx, "graphql resolver panic", "panic", fmt.Sprint(v))
		return kg.Errorf(kg.Internal, "internal error")
	}
}
