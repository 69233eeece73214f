package neo4jserver

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// The launcher's sources travel inside the binary, so kg can build its
// launcher on any machine with Java and Maven, from any working directory.
//
//go:embed launcher/pom.xml launcher/KgNeo4j.java
var launcherFS embed.FS

const (
	readyPrefix    = "KG-NEO4J READY "
	startupTimeout = 4 * time.Minute
	stopTimeout    = 60 * time.Second
)

// launcherDir returns the directory holding a built launcher for the
// embedded sources, building it first when needed. Concurrent callers (test
// binaries of several packages) wait on a file lock instead of racing.
func launcherDir(ctx context.Context, cacheDir string, progress io.Writer) (string, error) {
	if cacheDir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			base = os.TempDir()
		}
		cacheDir = filepath.Join(base, "regenkg")
	}
	pom, _ := launcherFS.ReadFile("launcher/pom.xml")
	src, _ := launcherFS.ReadFile("launcher/KgNeo4j.java")
	sum := sha256.Sum256(append(append([]byte{}, pom...), src...))
	dir := filepath.Join(cacheDir, "neo4j-launcher-"+hex.EncodeToString(sum[:6]))
	stamp := filepath.Join(dir, "built")
	if fileExists(stamp) {
		return dir, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("neo4j launcher: %w", err)
	}
	unlock, err := lockFile(ctx, filepath.Join(dir, "build.lock"), true)
	if err != nil {
		return "", fmt.Errorf("neo4j launcher: %w", err)
	}
	defer unlock()
	if fileExists(stamp) { // another process built it while we waited
		return dir, nil
	}
	if err := checkJava(ctx); err != nil {
		return "", err
	}
	mvn, err := exec.LookPath("mvn")
	if err != nil {
		return "", fmt.Errorf("neo4j launcher: Maven (mvn) is not on PATH; install Maven 3.6+ or set NEO4J_URI to an existing Neo4j: %w", ErrNoRuntime)
	}
	if err := os.WriteFile(filepath.Join(dir, "pom.xml"), pom, 0o644); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(dir, "KgNeo4j.java"), src, 0o644); err != nil {
		return "", err
	}
	began := time.Now()
	fmt.Fprintf(progress, "neo4j: first run: fetching Neo4j Community jars from Maven Central into %s\n", dir)
	_ = os.RemoveAll(filepath.Join(dir, "lib"))
	if err := run(ctx, dir, mvn, "-B", "-q", "dependency:copy-dependencies",
		"-DoutputDirectory=lib", "-DincludeScope=runtime"); err != nil {
		return "", fmt.Errorf("neo4j launcher: maven could not fetch the Neo4j jars (is Maven Central reachable?): %w", err)
	}
	if err := run(ctx, dir, "javac", "-nowarn", "-d", "classes", "-cp", filepath.Join("lib", "*"), "KgNeo4j.java"); err != nil {
		return "", fmt.Errorf("neo4j launcher: compile: %w", err)
	}
	fmt.Fprintf(progress, "neo4j: launcher built in %s\n", time.Since(began).Round(time.Second))
	if err := os.WriteFile(stamp, []byte(time.Now().UTC().Format(time.RFC3339)+"\n"), 0o644); err != nil {
		return "", err
	}
	return dir, nil
}

var javaVersion = regexp.MustCompile(`version "(\d+)(?:\.(\d+))?`)

// checkJava returns an error naming what is missing unless java and javac
// 17 or newer are on PATH.
func checkJava(ctx context.Context) error {
	if _, err := exec.LookPath("java"); err != nil {
		return fmt.Errorf("neo4j launcher: Java is not on PATH; install a JDK 17+ or set NEO4J_URI to an existing Neo4j: %w", ErrNoRuntime)
	}
	if _, err := exec.LookPath("javac"); err != nil {
		return fmt.Errorf("neo4j launcher: javac is not on PATH; install a JDK (not only a JRE) 17+: %w", ErrNoRuntime)
	}
	out, err := exec.CommandContext(ctx, "java", "-version").CombinedOutput()
	if err != nil {
		return fmt.Errorf("neo4j launcher: java -version: %w", err)
	}
	m := javaVersion.FindSubmatch(out)
	if m == nil {
		return nil // an unusual vendor string: let the JVM decide
	}
	major, _ := strconv.Atoi(string(m[1]))
	if major == 1 && len(m[2]) > 0 {
		major, _ = strconv.Atoi(string(m[2]))
	}
	if major < 17 {
		return fmt.Errorf("neo4j launcher: Java %d found, Neo4j 5 needs Java 17 or newer: %w", major, ErrNoRuntime)
	}
	return nil
}

func run(ctx context.Context, dir, name string, args ...string) error {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s: %w\n%s", name, err, tail(out.Bytes(), 2000))
	}
	return nil
}

// owner is written next to a data directory's lock so that a second process
// can say who holds it. It never contains the password.
type owner struct {
	PID int    `json:"pid"`
	URI string `json:"uri"`
}

func startLauncher(ctx context.Context, opts Options, progress io.Writer) (*Server, error) {
	dir, err := launcherDir(ctx, opts.CacheDir, progress)
	if err != nil {
		return nil, err
	}
	dataDir, temporary := opts.DataDir, false
	if dataDir == "" {
		if dataDir, err = os.MkdirTemp("", "kg-neo4j-"); err != nil {
			return nil, fmt.Errorf("neo4j launcher: %w", err)
		}
		temporary = true
	} else if dataDir, err = filepath.Abs(dataDir); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, fmt.Errorf("neo4j launcher: data dir: %w", err)
	}
	cleanup := func() {
		if temporary {
			_ = os.RemoveAll(dataDir)
		}
	}
	// The lock is what makes a second start on the same directory fail
	// cleanly instead of fighting over the store. The kernel drops it when
	// the holder dies, so a crash never leaves the directory unusable.
	unlock, err := lockFile(ctx, filepath.Join(dataDir, "kg.lock"), false)
	if err != nil {
		cleanup()
		if errors.Is(err, errLocked) {
			msg := "another process"
			var o owner
			if b, rerr := os.ReadFile(filepath.Join(dataDir, "kg.owner")); rerr == nil && json.Unmarshal(b, &o) == nil {
				msg = fmt.Sprintf("process %d (serving %s)", o.PID, o.URI)
			}
			return nil, fmt.Errorf("neo4j launcher: data directory %s is in use by %s; stop it, pick another directory, or set NEO4J_URI to share that server", dataDir, msg)
		}
		return nil, fmt.Errorf("neo4j launcher: %w", err)
	}
	password := opts.Password
	if password == "" {
		if password, err = randomPassword(); err != nil {
			unlock()
			cleanup()
			return nil, err
		}
	} else if len(password) < 8 {
		unlock()
		cleanup()
		return nil, fmt.Errorf("neo4j launcher: the password must have at least 8 characters")
	}
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		port, err := freePort()
		if err != nil {
			lastErr = err
			continue
		}
		var s *Server
		s, lastErr = spawn(ctx, dir, dataDir, port, password, opts, progress)
		if lastErr == nil {
			b, _ := json.Marshal(owner{PID: os.Getpid(), URI: s.URI})
			_ = os.WriteFile(filepath.Join(dataDir, "kg.owner"), b, 0o600)
			stopJVM := s.stop
			s.stop = func(ctx context.Context) error {
				err := stopJVM(ctx)
				_ = os.Remove(filepath.Join(dataDir, "kg.owner"))
				unlock()
				cleanup()
				return err
			}
			return s, nil
		}
		if ctx.Err() != nil || !strings.Contains(lastErr.Error(), "ddress already in use") {
			break
		}
	}
	unlock()
	cleanup()
	return nil, lastErr
}

func spawn(ctx context.Context, dir, dataDir string, port int, password string, opts Options, progress io.Writer) (*Server, error) {
	heap := opts.HeapMB
	if heap == 0 {
		heap = 1024
	}
	pageCache := opts.PageCacheMB
	if pageCache == 0 {
		pageCache = 512
	}
	args := []string{
		fmt.Sprintf("-Xmx%dm", heap), "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError",
		"-cp", filepath.Join(dir, "classes") + string(os.PathListSeparator) + filepath.Join(dir, "lib", "*"),
		"KgNeo4j", "--home", dataDir, "--port", strconv.Itoa(port),
		"--config", fmt.Sprintf("server.memory.pagecache.size=%dm", pageCache),
		"--config", "db.tx_log.rotation.retention_policy=100M size",
	}
	// Not CommandContext: the server must outlive the start-up context; Stop
	// ends it.
	cmd := exec.Command("java", args...)
	cmd.Dir = dataDir
	cmd.Env = append(os.Environ(), "KG_NEO4J_PASSWORD="+password)
	// Its own process group keeps a terminal's Ctrl-C from killing the JVM
	// before kg has shut it down cleanly; Pdeathsig stops it if kg dies.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGTERM}
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	logPath := filepath.Join(dataDir, "launcher.log")
	logFile, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o600)
	if err != nil {
		return nil, err
	}
	cmd.Stderr = logFile
	fmt.Fprintf(progress, "neo4j: starting embedded Neo4j Community on 127.0.0.1:%d (data in %s)\n", port, dataDir)
	if err := cmd.Start(); err != nil {
		logFile.Close()
		return nil, fmt.Errorf("neo4j launcher: start java: %w", err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait(); logFile.Close() }()
	ready := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if line := sc.Text(); strings.HasPrefix(line, readyPrefix) {
				ready <- strings.TrimPrefix(line, readyPrefix)
			}
		}
	}()
	var stopOnce sync.Once
	var stopErr error
	stop := func(ctx context.Context) error {
		stopOnce.Do(func() {
			stdin.Close() // the launcher shuts down on end of input
			if _, ok := ctx.Deadline(); !ok {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, stopTimeout)
				defer cancel()
			}
			select {
			case <-exited:
			case <-ctx.Done():
				_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
				<-exited
				stopErr = fmt.Errorf("neo4j launcher: did not stop in time, killed")
			}
		})
		return stopErr
	}
	timer := time.NewTimer(startupTimeout)
	defer timer.Stop()
	select {
	case uri := <-ready:
		return &Server{Kind: Launcher, URI: uri, User: "neo4j", Password: password, Database: "neo4j", PID: cmd.Process.Pid, stop: stop}, nil
	case err := <-exited:
		b, _ := os.ReadFile(logPath)
		return nil, fmt.Errorf("neo4j launcher: exited before ready (%v):\n%s", err, tail(b, 3000))
	case <-timer.C:
		_ = stop(context.Background())
		return nil, fmt.Errorf("neo4j launcher: not ready after %s; see %s", startupTimeout, logPath)
	case <-ctx.Done():
		_ = stop(context.Background())
		return nil, ctx.Err()
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func randomPassword() (string, error) {
	b := make([]byte, 18)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("neo4j: password: %w", err)
	}
	return hex.EncodeToString(b), nil
}

func tail(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}
