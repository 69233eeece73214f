package config_test

import (
	"flag"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/regenkg/regenkg/internal/config"
)

func load(t *testing.T, env map[string]string, args ...string) (*config.Config, error) {
	t.Helper()
	fs := flag.NewFlagSet("kg", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	build := config.Register(fs, func(k string) string { return env[k] })
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	return build()
}

func TestDefaultsEnvironmentAndFlags(t *testing.T) {
	for _, tc := range []struct {
		name  string
		env   map[string]string
		args  []string
		check func(*config.Config) bool
	}{
		{"defaults", nil, nil, func(c *config.Config) bool {
			return c.Addr == "127.0.0.1:8080" && c.Neo4jURI == "" && c.RequestTimeout == 10*time.Second && c.Introspection && c.MaxDepth == 12
		}},
		{"environment", map[string]string{"NEO4J_URI": "bolt://db:7687", "KG_REQUEST_TIMEOUT": "3s", "KG_INTROSPECTION": "false", "KG_CORS_ORIGINS": "https://a, https://b"},
			nil, func(c *config.Config) bool {
				return c.Neo4jURI == "bolt://db:7687" && c.RequestTimeout == 3*time.Second && !c.Introspection &&
					len(c.CORSOrigins) == 2 && c.CORSOrigins[1] == "https://b"
			}},
		{"flags win over the environment", map[string]string{"KG_ADDR": "0.0.0.0:1"}, []string{"-addr", "127.0.0.1:9", "-max-depth", "5"},
			func(c *config.Config) bool { return c.Addr == "127.0.0.1:9" && c.MaxDepth == 5 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := load(t, tc.env, tc.args...)
			if err != nil || !tc.check(c) {
				t.Fatalf("config %+v, %v", c, err)
			}
		})
	}
}

func TestBadValuesNameTheSetting(t *testing.T) {
	for _, tc := range []struct {
		env  map[string]string
		args []string
		want string
	}{
		{map[string]string{"KG_REQUEST_TIMEOUT": "soon"}, nil, "KG_REQUEST_TIMEOUT"},
		{nil, []string{"-max-depth", "-3"}, "max-depth"},
		{map[string]string{"KG_NEO4J_DOCKER": "sometimes"}, nil, "neo4j-docker"},
		{map[string]string{"KG_GRAPHIQL": "yes please"}, nil, "KG_GRAPHIQL"},
	} {
		if _, err := load(t, tc.env, tc.args...); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v %v: err = %v, want it to name %s", tc.env, tc.args, err, tc.want)
		}
	}
}

func TestTheTableListsEverySettingAndNoSecret(t *testing.T) {
	var b strings.Builder
	config.PrintTable(&b)
	for _, want := range []string{"NEO4J_URI", "NEO4J_PASSWORD", "KG_TOKEN", "KG_CORS_ORIGINS", "KG_REQUEST_TIMEOUT"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("table lacks %s", want)
		}
	}
}
