// Package neo4j stores the knowledge graph in Neo4j 5. It is the only
// package that imports the Neo4j driver: it writes extracted documents with
// batched, parameterized UNWIND statements in managed transactions, and it
// answers reads by compiling a whole nested selection into one Cypher
// statement, so that a request costs one round trip however many objects it
// returns.
package neo4j

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/regenkg/regenkg/internal/kg"
)

// Config says how to reach Neo4j.
type Config struct {
	URI, User, Password, Database string
	// MaxPoolSize caps open connections; 0 keeps the driver default.
	MaxPoolSize int
}

// Store reads and writes the graph. It is safe for concurrent use.
type Store struct {
	driver neo4j.DriverWithContext
	db     string
	// BatchDocs is how many documents one write transaction carries.
	BatchDocs int
	// OnStatement, when set, sees every statement before it is sent (tests
	// use it to EXPLAIN what requests run).
	OnStatement func(cypher string, params map[string]any)
	// OnStatementDone, when set, gets each statement's wall time and the
	// server's own time (benchmarks use it to see where a load spends it).
	OnStatementDone func(cypher string, wall, server time.Duration)
}

var (
	_ kg.Reader = (*Store)(nil)
	_ kg.Writer = (*Store)(nil)
	_ kg.Pinger = (*Store)(nil)
)

// Open connects to Neo4j and waits (up to ctx's deadline, or 60 seconds)
// until it answers. It returns an Unavailable error when it never does; the
// password is never part of any error.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	auth := neo4j.NoAuth()
	if cfg.Password != "" {
		auth = neo4j.BasicAuth(cfg.User, cfg.Password, "")
	}
	driver, err := neo4j.NewDriverWithContext(cfg.URI, auth, func(c *config.Config) {
		if cfg.MaxPoolSize > 0 {
			c.MaxConnectionPoolSize = cfg.MaxPoolSize
		}
		c.MaxTransactionRetryTime = 30 * time.Second
	})
	if err != nil {
		return nil, kg.Wrap(kg.Invalid, err, "neo4j: bad connection settings")
	}
	s := &Store{driver: driver, db: cfg.Database, BatchDocs: 100}
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, 60*time.Second)
		defer cancel()
	}
	for {
		err = driver.VerifyConnectivity(ctx)
		if err == nil {
			return s, nil
		}
		var nerr *neo4j.Neo4jError
		if errors.As(err, &nerr) && strings.Contains(nerr.Code, "Security") {
			driver.Close(context.Background())
			return nil, kg.Wrap(kg.Unavailable, err, "neo4j: authentication failed")
		}
		select {
		case <-ctx.Done():
			driver.Close(context.Background())
			return nil, kg.Wrap(kg.Unavailable, err, "neo4j: not reachable at "+redact(cfg.URI))
		case <-time.After(300 * time.Millisecond):
		}
	}
}

// Close releases the driver's connections.
func (s *Store) Close(ctx context.Context) error { return s.driver.Close(ctx) }

// Ping runs a trivial query; it returns an Unavailable error when Neo4j does
// not answer.
func (s *Store) Ping(ctx context.Context) error {
	_, err := s.read(ctx, "RETURN 1 AS ok", nil)
	return err
}

// redact drops any user info from a URI before it reaches a message.
func redact(uri string) string {
	if i := strings.Index(uri, "@"); i >= 0 {
		if j := strings.Index(uri, "://"); j >= 0 && j < i {
			return uri[:j+3] + uri[i+1:]
		}
	}
	return uri
}

func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.db, AccessMode: mode})
}

// txConfig passes the caller's deadline on to Neo4j, so that a request that
// times out also stops its transaction on the server.
func txConfig(ctx context.Context) []func(*neo4j.TransactionConfig) {
	if dl, ok := ctx.Deadline(); ok {
		if d := time.Until(dl); d > 0 {
			return []func(*neo4j.TransactionConfig){neo4j.WithTxTimeout(d)}
		}
	}
	return nil
}

// read runs one statement in a managed read transaction and returns its
// records: one round trip.
func (s *Store) read(ctx context.Context, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	if err := ctx.Err(); err != nil {
		return nil, classify(ctx, err) // no work past the deadline
	}
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(context.WithoutCancel(ctx))
	out, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return s.run(ctx, tx, cypher, params)
	}, txConfig(ctx)...)
	if err != nil {
		return nil, classify(ctx, err)
	}
	return out.([]*neo4j.Record), nil
}

// run sends one statement and counts it as a round trip.
func (s *Store) run(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	kg.CountRoundTrip(ctx)
	if s.OnStatement != nil {
		s.OnStatement(cypher, params)
	}
	began := time.Now()
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	recs, err := res.Collect(ctx)
	if s.OnStatementDone != nil && err == nil {
		var server time.Duration
		if sum, serr := res.Consume(ctx); serr == nil && sum != nil {
			server = sum.ResultAvailableAfter() + sum.ResultConsumedAfter()
		}
		s.OnStatementDone(cypher, time.Since(began), server)
	}
	return recs, err
}

// classify turns driver errors into coded domain errors whose messages are
// safe for clients; the driver's own text stays in the wrapped error for logs.
func classify(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	var kerr *kg.Error
	if errors.As(err, &kerr) {
		return err
	}
	switch {
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded):
		return kg.Wrap(kg.LimitExceeded, err, "request timed out")
	case errors.Is(err, context.Canceled):
		return kg.Wrap(kg.Unavailable, err, "request cancelled")
	}
	var nerr *neo4j.Neo4jError
	if errors.As(err, &nerr) {
		switch {
		case strings.Contains(nerr.Code, "TransactionTimedOut"), strings.Contains(nerr.Code, "Transaction.Terminated"):
			return kg.Wrap(kg.LimitExceeded, err, "request timed out")
		case strings.Contains(nerr.Code, "MemoryPoolOutOfMemory"):
			return kg.Wrap(kg.LimitExceeded, err, "request too expensive")
		}
		return kg.Wrap(kg.Internal, err, "database error")
	}
	if neo4j.IsConnectivityError(err) || neo4j.IsRetryable(err) {
		return kg.Wrap(kg.Unavailable, err, "database unavailable")
	}
	return kg.Wrap(kg.Internal, err, "database error")
}

// Exec runs a write statement outside the loader (benchmarks, tests, tools)
// and returns how many records it produced.
func (s *Store) Exec(ctx context.Context, cypher string, params map[string]any) (int, error) {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	out, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		recs, err := s.run(ctx, tx, cypher, params)
		return len(recs), err
	}, txConfig(ctx)...)
	if err != nil {
		return 0, classify(ctx, err)
	}
	return out.(int), nil
}

// Query runs a read statement and returns its records as maps, for tools and
// tests that need an answer the typed API does not give.
func (s *Store) Query(ctx context.Context, cypher string, params map[string]any) ([]map[string]any, error) {
	recs, err := s.read(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	out := make([]map[string]any, len(recs))
	for i, r := range recs {
		out[i] = r.AsMap()
	}
	return out, nil
}

func errorf(format string, args ...any) error { return fmt.Errorf("neo4j: "+format, args...) }
