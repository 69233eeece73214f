// Package server is the HTTP face of the service: /graphql (with limits,
// timeouts, CORS, bearer authentication for mutations and one round-trip
// counter per request), GraphiQL at /, /healthz, /readyz and /metrics in
// the Prometheus format. It holds no domain logic.
package server

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/playground"

	"github.com/regenkg/regenkg/graph"
	"github.com/regenkg/regenkg/internal/kg"
)

// Options configures a Server.
type Options struct {
	Resolver       *graph.Resolver
	Pinger         kg.Pinger
	Limits         graph.Limits
	Introspection  bool
	GraphiQL       bool
	Token          string
	CORSOrigins    []string
	RequestTimeout time.Duration
	MaxBodyBytes   int64
	Log            *slog.Logger
}

// Server serves the API.
type Server struct {
	opts    Options
	log     *slog.Logger
	metrics *metrics
	handler http.Handler
}

// New builds the server's routes.
func New(opts Options) *Server {
	log := opts.Log
	if log == nil {
		log = slog.Default()
	}
	if opts.RequestTimeout <= 0 {
		opts.RequestTimeout = 10 * time.Second
	}
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = 1 << 20
	}
	s := &Server{opts: opts, log: log, metrics: newMetrics()}
	gql := graph.NewHandler(opts.Resolver, graph.Options{Limits: opts.Limits, Introspection: opts.Introspection, Log: log})
	gql.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		resp := next(ctx)
		if resp != nil {
			for _, e := range resp.Errors {
				s.metrics.errors.WithLabelValues(graph.Code(e)).Inc()
			}
		}
		return resp
	})
	mux := http.NewServeMux()
	mux.Handle("/graphql", s.graphql(gql))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("/readyz", s.ready)
	mux.Handle("/metrics", s.metrics.handler())
	if opts.GraphiQL {
		mux.Handle("/", exact("/", playground.Handler("regenkg", "/graphql")))
	}
	s.handler = s.logged(mux)
	return s
}

// Handler returns the server's root handler.
func (s *Server) Handler() http.Handler { return s.handler }

// Serve serves on ln until ctx is cancelled, then shuts down gracefully,
// letting requests in flight finish for up to 15 seconds.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       s.opts.RequestTimeout + 10*time.Second,
		WriteTimeout:      s.opts.RequestTimeout + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	err := srv.Shutdown(shutdownCtx)
	if e := <-done; e != nil && !errors.Is(e, http.ErrServerClosed) && err == nil {
		err = e
	}
	return err
}

func exact(path string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != path {
			http.NotFound(w, r)
			return
		}
		h.ServeHTTP(w, r)
	})
}

func (s *Server) ready(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
	defer cancel()
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if s.opts.Pinger == nil {
		_, _ = w.Write([]byte("ready\n"))
		return
	}
	if err := s.opts.Pinger.Ping(ctx); err != nil {
		s.log.WarnContext(ctx, "not ready", "err", err)
		w.WriteHeader(http.StatusServiceUnavailable)
		_, _ = w.Write([]byte("neo4j unreachable\n"))
		return
	}
	_, _ = w.Write([]byte("ready\n"))
}

// graphql wraps the GraphQL handler: CORS, body limit, timeout, bearer
// authentication, and a round-trip counter reported in a response header
// and in the metrics.
func (s *Server) graphql(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.cors(w, r) {
			return
		}
		if r.Method == http.MethodOptions {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes)
		ctx, cancel := context.WithTimeout(r.Context(), s.opts.RequestTimeout)
		defer cancel()
		if s.authenticated(r) {
			ctx = graph.WithAuthenticated(ctx)
		}
		ctx, trips := kg.WithRoundTripCounter(ctx)
		began := time.Now()
		rw := &countingWriter{ResponseWriter: w, trips: trips}
		next.ServeHTTP(rw, r.WithContext(ctx))
		s.metrics.duration.Observe(time.Since(began).Seconds())
		s.metrics.trips.Observe(float64(trips.Load()))
		s.metrics.tripsTotal.Add(float64(trips.Load()))
		if info, ok := r.Context().Value(logKey{}).(*logInfo); ok {
			info.trips = trips.Load()
		}
	})
}

// authenticated reports whether the request carries the configured bearer
// token, compared in constant time. Without a configured token nobody is.
func (s *Server) authenticated(r *http.Request) bool {
	if s.opts.Token == "" {
		return false
	}
	h := r.Header.Get("Authorization")
	tok, ok := strings.CutPrefix(h, "Bearer ")
	return ok && subtle.ConstantTimeCompare([]byte(tok), []byte(s.opts.Token)) == 1
}

// cors answers for allowed browser origins; it returns false (after
// answering 403) for a preflight from an origin not on the list.
func (s *Server) cors(w http.ResponseWriter, r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	allowed := false
	for _, o := range s.opts.CORSOrigins {
		if o == "*" || o == origin {
			allowed = true
		}
	}
	if !allowed {
		if r.Method == http.MethodOptions {
			w.WriteHeader(http.StatusForbidden)
			return false
		}
		return true // no CORS headers: the browser will not expose the answer
	}
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", origin)
	h.Add("Vary", "Origin")
	h.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
	h.Set("Access-Control-Allow-Headers", "Content-Type, Authorization")
	h.Set("Access-Control-Expose-Headers", "X-Cypher-Round-Trips, X-Request-Id")
	h.Set("Access-Control-Max-Age", "600")
	return true
}

// countingWriter adds the round-trip count as a header when the response
// starts, which is after every resolver has run.
type countingWriter struct {
	http.ResponseWriter
	trips interface{ Load() int64 }
	wrote bool
}

func (c *countingWriter) WriteHeader(code int) {
	if !c.wrote {
		c.wrote = true
		c.Header().Set("X-Cypher-Round-Trips", strconv.FormatInt(c.trips.Load(), 10))
	}
	c.ResponseWriter.WriteHeader(code)
}

func (c *countingWriter) Write(b []byte) (int, error) {
	if !c.wrote {
		c.WriteHeader(http.StatusOK)
	}
	return c.ResponseWriter.Write(b)
}

type logKey struct{}

type logInfo struct {
	status int
	trips  int64
}

type statusWriter struct {
	http.ResponseWriter
	info *logInfo
}

func (s *statusWriter) WriteHeader(code int) {
	if s.info.status == 0 {
		s.info.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusWriter) Write(b []byte) (int, error) {
	if s.info.status == 0 {
		s.info.status = http.StatusOK
	}
	return s.ResponseWriter.Write(b)
}

// logged logs one line per request (never headers or bodies: they may carry
// the token) and counts requests by path and status.
func (s *Server) logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-Id")
		if id == "" || len(id) > 64 {
			b := make([]byte, 8)
			_, _ = rand.Read(b)
			id = hex.EncodeToString(b)
		}
		w.Header().Set("X-Request-Id", id)
		info := &logInfo{}
		began := time.Now()
		ctx := context.WithValue(r.Context(), logKey{}, info)
		defer func() {
			if v := recover(); v != nil {
				s.log.ErrorContext(ctx, "http panic", "request_id", id, "panic", v)
				if info.status == 0 {
					http.Error(w, "internal error", http.StatusInternalServerError)
				}
				info.status = http.StatusInternalServerError
			}
			path := r.URL.Path
			switch path {
			case "/graphql", "/healthz", "/readyz", "/metrics", "/":
			default:
				path = "other"
			}
			s.metrics.requests.WithLabelValues(path, strconv.Itoa(info.status)).Inc()
			s.log.InfoContext(ctx, "request", "request_id", id, "method", r.Method, "path", path,
				"status", info.status, "ms", time.Since(began).Milliseconds(), "cypher_round_trips", info.trips)
		}()
		next.ServeHTTP(&statusWriter{ResponseWriter: w, info: info}, r.WithContext(ctx))
	})
}
