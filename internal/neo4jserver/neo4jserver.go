// Package neo4jserver decides where the service's Neo4j comes from and starts
// it when needed: the instance named by NEO4J_URI when there is one; else,
// where a Docker engine answers, a neo4j:5 container (testcontainers-go); else
// a real Neo4j Community 5.26 LTS run embedded by a small JVM launcher whose
// jars Maven fetches from Maven Central on first use.
package neo4jserver

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"
)

// Kind names where a server came from.
type Kind string

// Server kinds.
const (
	External Kind = "external"
	Docker   Kind = "docker"
	Launcher Kind = "launcher"
)

// Options configures Start. The zero value starts a throw-away database.
type Options struct {
	// URI, User, Password and Database name an existing Neo4j; when URI is
	// set nothing is started. Without URI, a non-empty Password is the one
	// the started server uses (else a random one).
	URI, User, Password, Database string
	// DataDir keeps the launcher's database between runs; "" means a
	// temporary directory removed by Stop.
	DataDir string
	// CacheDir holds the launcher's jars; "" means the user cache directory.
	CacheDir string
	// HeapMB and PageCacheMB size the launcher's JVM; 0 picks defaults.
	HeapMB, PageCacheMB int
	// Docker is "auto" (use Docker when an engine answers), "never" or
	// "always"; "" means auto.
	Docker string
	// Progress receives human-readable progress lines; nil discards them.
	Progress io.Writer
}

// Server is a reachable Neo4j and the means to stop it.
type Server struct {
	Kind     Kind
	URI      string
	User     string
	Password string
	Database string
	// StartupTime is how long Start took, including any jar download.
	StartupTime time.Duration
	// PID is the launcher JVM's process ID (0 for other kinds).
	PID  int
	stop func(context.Context) error
}

// Stop stops a server this package started and releases its data directory;
// for an external server it does nothing. It is safe to call more than once.
func (s *Server) Stop(ctx context.Context) error {
	if s == nil || s.stop == nil {
		return nil
	}
	stop := s.stop
	s.stop = nil
	return stop(ctx)
}

// ErrNoRuntime is returned (wrapped) when neither Docker nor Java and Maven
// are available to start a database.
var ErrNoRuntime = errors.New("no way to start Neo4j here")

// Start returns a reachable Neo4j, starting one when opts names none. It
// returns an error when the launcher cannot be built (no Java 17+, no Maven,
// no network to Maven Central), when the data directory is held by another
// process, or when the database does not come up.
func Start(ctx context.Context, opts Options) (*Server, error) {
	began := time.Now()
	progress := opts.Progress
	if progress == nil {
		progress = io.Discard
	}
	if opts.URI != "" {
		return &Server{
			Kind: External, URI: opts.URI, User: orDefault(opts.User, "neo4j"),
			Password: opts.Password, Database: opts.Database,
		}, nil
	}
	var s *Server
	var err error
	switch opts.Docker {
	case "always":
		s, err = startContainer(ctx, opts, progress)
	case "never":
		s, err = startLauncher(ctx, opts, progress)
	case "", "auto":
		if dockerAnswers(ctx) {
			s, err = startContainer(ctx, opts, progress)
		} else {
			s, err = startLauncher(ctx, opts, progress)
		}
	default:
		return nil, fmt.Errorf("neo4j: docker option %q: want auto, never or always", opts.Docker)
	}
	if err != nil {
		return nil, err
	}
	s.StartupTime = time.Since(began)
	fmt.Fprintf(progress, "neo4j: %s server ready at %s in %s\n", s.Kind, s.URI, s.StartupTime.Round(time.Millisecond))
	return s, nil
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func progressOf(o Options) io.Writer {
	if o.Progress == nil {
		return io.Discard
	}
	return o.Progress
}
