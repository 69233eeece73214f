package kg

import (
	"context"
	"sync/atomic"
)

type roundTripKey struct{}

// WithRoundTripCounter returns a context whose database round trips are
// counted into the returned counter, so that a request can report (and a test
// can bound) how many statements it cost.
func WithRoundTripCounter(ctx context.Context) (context.Context, *atomic.Int64) {
	c := new(atomic.Int64)
	return context.WithValue(ctx, roundTripKey{}, c), c
}

// CountRoundTrip adds one round trip to the counter in ctx, if any. Stores
// call it once per statement sent to the database.
func CountRoundTrip(ctx context.Context) {
	if c, ok := ctx.Value(roundTripKey{}).(*atomic.Int64); ok {
		c.Add(1)
	}
}
