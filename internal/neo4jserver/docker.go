package neo4jserver

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/testcontainers/testcontainers-go"
	"github.com/testcontainers/testcontainers-go/wait"
)

// dockerAnswers reports whether a Docker engine responds within a short
// time. A docker client without an engine (as on CI machines here) is not
// enough.
func dockerAnswers(ctx context.Context) bool {
	host := os.Getenv("DOCKER_HOST")
	if host == "" && !fileExists("/var/run/docker.sock") {
		return false
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	provider, err := testcontainers.NewDockerProvider()
	if err != nil {
		return false
	}
	defer provider.Close()
	return provider.Health(ctx) == nil
}

func startContainer(ctx context.Context, opts Options, progress io.Writer) (*Server, error) {
	password, err := randomPassword()
	if err != nil {
		return nil, err
	}
	fmt.Fprintln(progress, "neo4j: starting a neo4j:5 container")
	req := testcontainers.ContainerRequest{
		Image:        "neo4j:5",
		ExposedPorts: []string{"7687/tcp"},
		Env:          map[string]string{"NEO4J_AUTH": "neo4j/" + password},
		WaitingFor:   wait.ForLog("Bolt enabled").WithStartupTimeout(3 * time.Minute),
	}
	c, err := testcontainers.GenericContainer(ctx, testcontainers.GenericContainerRequest{ContainerRequest: req, Started: true})
	if err != nil {
		return nil, fmt.Errorf("neo4j: start container: %w", err)
	}
	host, err := c.Host(ctx)
	if err == nil && strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	port, err2 := c.MappedPort(ctx, "7687/tcp")
	if err != nil || err2 != nil {
		_ = c.Terminate(context.Background())
		return nil, fmt.Errorf("neo4j: container address: %v %v", err, err2)
	}
	return &Server{
		Kind: Docker, URI: fmt.Sprintf("bolt://%s:%s", host, port.Port()),
		User: "neo4j", Password: password, Database: "neo4j",
		stop: func(ctx context.Context) error { return c.Terminate(ctx) },
	}, nil
}
