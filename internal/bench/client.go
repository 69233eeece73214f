package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"time"
)

// gqlClient posts GraphQL requests over real HTTP with keep-alive.
type gqlClient struct {
	url  string
	http *http.Client
}

func newClient(url string) *gqlClient {
	tr := &http.Transport{MaxIdleConns: 256, MaxIdleConnsPerHost: 256, IdleConnTimeout: time.Minute}
	return &gqlClient{url: url, http: &http.Client{Transport: tr, Timeout: time.Minute}}
}

// do sends one request and returns the Cypher round trips it cost; a
// GraphQL error is an error.
func (c *gqlClient) do(ctx context.Context, query string, vars map[string]any) (int, error) {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, err
	}
	// A client reads the answer anyway; the benchmark only needs to know
	// it is one. The key "errors" can only appear unescaped as a key.
	if resp.StatusCode != http.StatusOK || bytes.Contains(raw, []byte(`"errors":`)) || !json.Valid(raw) {
		return 0, fmt.Errorf("graphql error %d: %.300s", resp.StatusCode, raw)
	}
	n, _ := strconv.Atoi(resp.Header.Get("X-Cypher-Round-Trips"))
	return n, nil
}

func discardLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }
