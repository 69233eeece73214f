package server

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the server's Prometheus series, in a registry of its own so
// that two servers in one process (tests) do not collide.
type metrics struct {
	reg        *prometheus.Registry
	requests   *prometheus.CounterVec
	errors     *prometheus.CounterVec
	duration   prometheus.Histogram
	trips      prometheus.Histogram
	tripsTotal prometheus.Counter
}

func newMetrics() *metrics {
	m := &metrics{reg: prometheus.NewRegistry()}
	m.requests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "kg_http_requests_total", Help: "HTTP requests by path and status.",
	}, []string{"path", "status"})
	m.errors = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "kg_graphql_errors_total", Help: "GraphQL errors by extensions.code.",
	}, []string{"code"})
	m.duration = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name: "kg_graphql_request_duration_seconds", Help: "Latency of /graphql requests.",
		Buckets: prometheus.ExponentialBuckets(0.001, 2, 15),
	})
	m.trips = prometheus.NewHistogram(prometheus.HistogramOpts{
		Name: "kg_cypher_round_trips_per_request", Help: "Cypher statements sent per /graphql request.",
		Buckets: []float64{0, 1, 2, 3, 4, 5, 8, 13, 21},
	})
	m.tripsTotal = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "kg_cypher_round_trips_total", Help: "Cypher statements sent for /graphql requests.",
	})
	m.reg.MustRegister(m.requests, m.errors, m.duration, m.trips, m.tripsTotal,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}
