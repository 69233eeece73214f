package graph

import (
	"context"

	"github.com/regenkg/regenkg/internal/kg"
)

type authKey struct{}

// WithAuthenticated marks a request as carrying the configured bearer token.
// The HTTP layer calls it after checking the token; mutations require it.
func WithAuthenticated(ctx context.Context) context.Context {
	return context.WithValue(ctx, authKey{}, true)
}

// requireToken returns an Unauthenticated error unless the request was
// authenticated.
func requireToken(ctx context.Context) error {
	if ok, _ := ctx.Value(authKey{}).(bool); ok {
		return nil
	}
	return kg.Errorf(kg.Unauthenticated, "this mutation needs a valid bearer token")
}
