// Package config reads the service's settings from the environment and
// from command-line flags (flags win). Every setting, its variable, its
// flag and its default are listed in one table, which also prints the
// README's settings section (`kg config`).
package config

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
)

// Config is every setting of the service.
type Config struct {
	// Addr is where the HTTP server listens.
	Addr string
	// Neo4j connection; empty URI means start a local server.
	Neo4jURI, Neo4jUser, Neo4jPassword, Neo4jDatabase string
	// DataDir keeps the local Neo4j's database; CacheDir its jars.
	DataDir, CacheDir string
	// Neo4jHeapMB and Neo4jPageCacheMB size the local Neo4j.
	Neo4jHeapMB, Neo4jPageCacheMB int
	// Neo4jDocker is auto, never or always.
	Neo4jDocker string
	// Token, when set, is the bearer token the mutations require.
	Token string
	// Introspection and GraphiQL switch the schema queries and the IDE.
	Introspection, GraphiQL bool
	// CORSOrigins are the browser origins allowed to call the API.
	CORSOrigins []string
	// RequestTimeout bounds each request, its Neo4j transaction included.
	RequestTimeout time.Duration
	// MaxBodyBytes bounds request bodies.
	MaxBodyBytes int64
	// Query limits.
	MaxDepth, MaxComplexity, MaxAliases, MaxFields, MaxTokens int
	// LogLevel is debug, info, warn or error; LogFormat text or json.
	LogLevel, LogFormat string
	// Workers extract documents in parallel during loads (0: one per CPU).
	Workers int
}

type setting struct {
	flag, env, def, usage string
	set                   func(c *Config, v string) error
}

func str(p func(*Config) *string) func(*Config, string) error {
	return func(c *Config, v string) error { *p(c) = v; return nil }
}

func num(p func(*Config) *int) func(*Config, string) error {
	return func(c *Config, v string) error {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return fmt.Errorf("want a non-negative integer, got %q", v)
		}
		*p(c) = n
		return nil
	}
}

func boolean(p func(*Config) *bool) func(*Config, string) error {
	return func(c *Config, v string) error {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return fmt.Errorf("want true or false, got %q", v)
		}
		*p(c) = b
		return nil
	}
}

var settings = []setting{
	{"addr", "KG_ADDR", "127.0.0.1:8080", "HTTP listen address", str(func(c *Config) *string { return &c.Addr })},
	{"neo4j-uri", "NEO4J_URI", "", "Bolt URI of an existing Neo4j; empty starts a local one", str(func(c *Config) *string { return &c.Neo4jURI })},
	{"neo4j-user", "NEO4J_USER", "neo4j", "Neo4j user", str(func(c *Config) *string { return &c.Neo4jUser })},
	{"neo4j-password", "NEO4J_PASSWORD", "", "Neo4j password (prefer the environment variable)", str(func(c *Config) *string { return &c.Neo4jPassword })},
	{"neo4j-database", "NEO4J_DATABASE", "", "Neo4j database name (empty: the server default)", str(func(c *Config) *string { return &c.Neo4jDatabase })},
	{"data-dir", "KG_DATA_DIR", ".data/neo4j", "database directory of the local Neo4j", str(func(c *Config) *string { return &c.DataDir })},
	{"cache-dir", "KG_CACHE_DIR", "", "where the local Neo4j's jars are kept (empty: the user cache directory)", str(func(c *Config) *string { return &c.CacheDir })},
	{"neo4j-heap-mb", "KG_NEO4J_HEAP_MB", "1024", "JVM heap of the local Neo4j", num(func(c *Config) *int { return &c.Neo4jHeapMB })},
	{"neo4j-pagecache-mb", "KG_NEO4J_PAGECACHE_MB", "512", "page cache of the local Neo4j", num(func(c *Config) *int { return &c.Neo4jPageCacheMB })},
	{"neo4j-docker", "KG_NEO4J_DOCKER", "auto", "use a neo4j:5 container: auto, never or always", str(func(c *Config) *string { return &c.Neo4jDocker })},
	{"token", "KG_TOKEN", "", "bearer token required by mutations (empty: mutations refused)", str(func(c *Config) *string { return &c.Token })},
	{"introspection", "KG_INTROSPECTION", "true", "allow schema introspection", boolean(func(c *Config) *bool { return &c.Introspection })},
	{"graphiql", "KG_GRAPHIQL", "true", "serve GraphiQL at /", boolean(func(c *Config) *bool { return &c.GraphiQL })},
	{"cors-origins", "KG_CORS_ORIGINS", "", "comma-separated browser origins allowed to call the API", func(c *Config, v string) error {
		c.CORSOrigins = nil
		for _, o := range strings.Split(v, ",") {
			if o = strings.TrimSpace(o); o != "" {
				c.CORSOrigins = append(c.CORSOrigins, o)
			}
		}
		return nil
	}},
	{"request-timeout", "KG_REQUEST_TIMEOUT", "10s", "time limit of a request and its Neo4j transaction", func(c *Config, v string) error {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			return fmt.Errorf("want a positive duration such as 10s, got %q", v)
		}
		c.RequestTimeout = d
		return nil
	}},
	{"max-body-bytes", "KG_MAX_BODY_BYTES", "1048576", "largest request body", func(c *Config, v string) error {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n <= 0 {
			return fmt.Errorf("want a positive integer, got %q", v)
		}
		c.MaxBodyBytes = n
		return nil
	}},
	{"max-depth", "KG_MAX_DEPTH", "12", "deepest field nesting of a query", num(func(c *Config) *int { return &c.MaxDepth })},
	{"max-complexity", "KG_MAX_COMPLEXITY", "200000", "highest estimated cost of a query", num(func(c *Config) *int { return &c.MaxComplexity })},
	{"max-aliases", "KG_MAX_ALIASES", "30", "most aliases in a query", num(func(c *Config) *int { return &c.MaxAliases })},
	{"max-fields", "KG_MAX_FIELDS", "500", "most fields in a query", num(func(c *Config) *int { return &c.MaxFields })},
	{"max-tokens", "KG_MAX_TOKENS", "5000", "most lexer tokens in a query document", num(func(c *Config) *int { return &c.MaxTokens })},
	{"log-level", "KG_LOG_LEVEL", "info", "debug, info, warn or error", str(func(c *Config) *string { return &c.LogLevel })},
	{"log-format", "KG_LOG_FORMAT", "text", "text or json", str(func(c *Config) *string { return &c.LogFormat })},
	{"workers", "KG_WORKERS", "0", "extraction workers during loads (0: one per CPU)", num(func(c *Config) *int { return &c.Workers })},
}

// Register adds every setting to fs as a flag and returns a function that
// builds the Config after fs.Parse: defaults, then the environment (getenv),
// then flags given on the command line. The function returns an error
// naming the first bad value.
func Register(fs *flag.FlagSet, getenv func(string) string) func() (*Config, error) {
	given := map[string]*string{}
	for _, s := range settings {
		v := new(string)
		given[s.flag] = v
		fs.Func(s.flag, fmt.Sprintf("%s (env %s, default %q)", s.usage, s.env, s.def), func(x string) error {
			*v = x
			return nil
		})
	}
	return func() (*Config, error) {
		set := map[string]bool{}
		fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
		c := &Config{}
		for _, s := range settings {
			v := s.def
			if e := getenv(s.env); e != "" {
				v = e
			}
			if set[s.flag] {
				v = *given[s.flag]
			}
			if err := s.set(c, v); err != nil {
				return nil, fmt.Errorf("config %s (%s): %w", s.flag, s.env, err)
			}
		}
		switch c.Neo4jDocker {
		case "auto", "never", "always":
		default:
			return nil, fmt.Errorf("config neo4j-docker: want auto, never or always, got %q", c.Neo4jDocker)
		}
		return c, nil
	}
}

// Load reads the configuration from the environment alone.
func Load() (*Config, error) {
	fs := flag.NewFlagSet("kg", flag.ContinueOnError)
	build := Register(fs, os.Getenv)
	_ = fs.Parse(nil)
	return build()
}

// PrintTable writes the settings as a Markdown table for the README.
func PrintTable(w io.Writer) {
	fmt.Fprintln(w, "| flag | environment | default | meaning |")
	fmt.Fprintln(w, "|---|---|---|---|")
	for _, s := range settings {
		def := s.def
		if def == "" {
			def = "(empty)"
		}
		fmt.Fprintf(w, "| `-%s` | `%s` | `%s` | %s |\n", s.flag, s.env, def, s.usage)
	}
}
