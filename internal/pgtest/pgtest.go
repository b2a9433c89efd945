// Package pgtest gives tests a real PostgreSQL: the server named by
// NEWSGRAPH_TEST_POSTGRES (a postgres:// URL of a database the tests may
// create schemas in), or else one it starts for the test binary from
// the server binaries installed (/usr/lib/postgresql/*/bin, or initdb
// and postgres on PATH): initdb into a temporary folder, a free loopback
// port, the socket in that folder. Run as root (as CI is), it runs the
// server as the user postgres, since PostgreSQL refuses to run as root.
//
// A package's TestMain calls Main once, so one server serves the whole
// test binary, started when a test first asks for it; each test calls
// URL for an empty schema of its own:
//
//	func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }
//
//	db, err := pgstore.Open(ctx, pgtest.URL(t))
//
// When there is no server and none can be started, URL skips the test
// with a message naming PostgreSQL and the reason, or fails it when
// NEWSGRAPH_TEST_POSTGRES_REQUIRED is set (as CI sets it).
package pgtest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// EnvURL names the variable that points the tests at a running server.
const EnvURL = "NEWSGRAPH_TEST_POSTGRES"

// EnvRequired names the variable that makes a missing PostgreSQL fail
// the tests that need it instead of skipping them: CI sets it, so that
// the conformance suite and the CLI tests cannot pass there by skipping.
const EnvRequired = "NEWSGRAPH_TEST_POSTGRES_REQUIRED"

var (
	// mainCalled says that TestMain called Main, which stops the server.
	mainCalled bool
	// once starts the server for the first test that asks for one.
	once sync.Once
	// base is the URL of the database tests make schemas in; "" when
	// there is none, and then why says why.
	base, why string
	// started is the server started for this binary, if any.
	started *server
	schemas atomic.Int64
)

// Main runs the tests and stops the server that the first URL call
// started, if any: a test binary whose tests ask for no PostgreSQL
// starts none. It returns m.Run's exit code.
func Main(m *testing.M) int {
	mainCalled = true
	code := m.Run()
	if started != nil {
		started.stop()
	}
	return code
}

func setUp() {
	if u := os.Getenv(EnvURL); u != "" {
		base = u
		return
	}
	if !mainCalled {
		why = "pgtest.Main was not called by TestMain"
		return
	}
	s, err := start()
	if err != nil {
		why = err.Error()
		return
	}
	base, started = s.url, s
}

// URL returns the URL of a new empty schema (search_path set to it) on
// the test server, dropped when the test ends; it skips the test when
// there is no PostgreSQL.
func URL(t testing.TB) string {
	t.Helper()
	once.Do(setUp)
	if base == "" {
		unavailable(t, fmt.Sprintf("PostgreSQL is not available (%s); apt-get install postgresql, or set %s=postgres://…", why, EnvURL))
	}
	name := fmt.Sprintf("t%d_%d", os.Getpid(), schemas.Add(1))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := exec1(ctx, "CREATE SCHEMA "+name); err != nil {
		t.Fatalf("create schema %s: %v", name, err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		if err := exec1(ctx, "DROP SCHEMA "+name+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", name, err)
		}
	})
	return WithSchema(base, name)
}

// unavailable skips t for want of PostgreSQL (msg says why), or fails it
// when EnvRequired is set.
func unavailable(t testing.TB, msg string) {
	t.Helper()
	if os.Getenv(EnvRequired) != "" {
		t.Fatalf("%s (%s is set: these tests must run against PostgreSQL)", msg, EnvRequired)
		return
	}
	t.Skip(msg)
}

// WithSchema is u with search_path set to schema.
func WithSchema(u, schema string) string {
	p, err := url.Parse(u)
	if err != nil {
		return u
	}
	q := p.Query()
	q.Set("search_path", schema)
	p.RawQuery = q.Encode()
	return p.String()
}

func exec1(ctx context.Context, sql string) error {
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, sql)
	return err
}

// server is a PostgreSQL started for the test binary.
type server struct {
	dir, url string
	cmd      *exec.Cmd
	done     chan error
}

// binaries finds initdb and postgres: the newest version under
// /usr/lib/postgresql, else PATH.
func binaries() (initdb, postgres string, err error) {
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool { return version(dirs[i]) > version(dirs[j]) })
	for _, d := range dirs {
		i, p := filepath.Join(d, "initdb"), filepath.Join(d, "postgres")
		if isFile(i) && isFile(p) {
			return i, p, nil
		}
	}
	i, err1 := exec.LookPath("initdb")
	p, err2 := exec.LookPath("postgres")
	if err1 != nil || err2 != nil {
		return "", "", errors.New("no initdb and postgres in /usr/lib/postgresql/*/bin or on PATH")
	}
	return i, p, nil
}

func version(binDir string) int {
	v, _ := strconv.Atoi(filepath.Base(filepath.Dir(binDir)))
	return v
}

func isFile(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && !fi.IsDir()
}

// asUser wraps a command to run as the user postgres when this process
// is root, and changes the ownership of dir to that user.
func asUser(dir string) (wrap func(name string, args ...string) *exec.Cmd, err error) {
	if os.Geteuid() != 0 {
		return exec.Command, nil
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		return nil, errors.New("running as root, and there is no user postgres to run the server as")
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	if err := os.Chown(dir, uid, gid); err != nil {
		return nil, err
	}
	runuser, err := exec.LookPath("runuser")
	if err != nil {
		return nil, errors.New("running as root, and there is no runuser to run the server as postgres")
	}
	return func(name string, args ...string) *exec.Cmd {
		return exec.Command(runuser, append([]string{"-u", "postgres", "--", name}, args...)...)
	}, nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// start runs initdb and a server in a temporary folder.
func start() (*server, error) {
	initdb, postgres, err := binaries()
	if err != nil {
		return nil, err
	}
	// As root the server runs as postgres, who must reach the folder:
	// a TMPDIR under /root would not do.
	parent := ""
	if os.Geteuid() == 0 {
		parent = "/tmp"
	}
	dir, err := os.MkdirTemp(parent, "newsgraph-pg-")
	if err != nil {
		return nil, err
	}
	fail := func(err error) (*server, error) {
		os.RemoveAll(dir)
		return nil, err
	}
	run, err := asUser(dir)
	if err != nil {
		return fail(err)
	}
	data := filepath.Join(dir, "data")
	if out, err := run(initdb, "-D", data, "-U", "newsgraph", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync").CombinedOutput(); err != nil {
		return fail(fmt.Errorf("initdb: %v: %s", err, lastLines(out)))
	}
	port, err := freePort()
	if err != nil {
		return fail(err)
	}
	logf, err := os.Create(filepath.Join(dir, "server.log"))
	if err != nil {
		return fail(err)
	}
	defer logf.Close()
	cmd := run(postgres, "-D", data, "-p", strconv.Itoa(port), "-k", dir,
		"-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200")
	cmd.Stdout, cmd.Stderr = logf, logf
	// The server goes when the test binary does, however it ends
	// (runuser passes the signal on).
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM, Setpgid: true}
	if err := cmd.Start(); err != nil {
		return fail(fmt.Errorf("start postgres: %w", err))
	}
	s := &server{dir: dir, cmd: cmd, done: make(chan error, 1),
		url: fmt.Sprintf("postgres://newsgraph@127.0.0.1:%d/postgres?sslmode=disable", port)}
	go func() { s.done <- cmd.Wait() }()
	if err := s.wait(); err != nil {
		s.stop()
		log, _ := os.ReadFile(filepath.Join(dir, "server.log"))
		return fail(fmt.Errorf("%v: %s", err, lastLines(log)))
	}
	return s, nil
}

// wait waits until the server takes connections.
func (s *server) wait() error {
	deadline := time.Now().Add(60 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		conn, err := pgx.Connect(ctx, s.url)
		cancel()
		if err == nil {
			conn.Close(context.Background())
			return nil
		}
		select {
		case werr := <-s.done:
			s.done <- werr
			return fmt.Errorf("postgres exited: %v", werr)
		default:
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("postgres did not take connections within a minute: %w", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// stop shuts the server down (fast shutdown) and removes its folder.
func (s *server) stop() {
	_ = syscall.Kill(-s.cmd.Process.Pid, syscall.SIGINT)
	select {
	case <-s.done:
	case <-time.After(30 * time.Second):
		_ = syscall.Kill(-s.cmd.Process.Pid, syscall.SIGKILL)
		<-s.done
	}
	os.RemoveAll(s.dir)
}

func lastLines(b []byte) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) > 5 {
		lines = lines[len(lines)-5:]
	}
	return strings.Join(lines, " | ")
}

// ServerCPU is the CPU time (user and system) that the server started
// for this test binary has used so far, all its processes together
// (postmaster, backends, background workers: the descendants of the
// process started, which PostgreSQL puts in sessions of their own), read
// from /proc: for benchmarks that report CPU time beside wall time,
// which a shared machine's load distorts less. ok is false when there is
// no such server (NEWSGRAPH_TEST_POSTGRES points elsewhere, or none
// started) or /proc cannot tell.
func ServerCPU() (d time.Duration, ok bool) {
	if started == nil {
		return 0, false
	}
	return TreeCPU(started.cmd.Process.Pid)
}

// TreeCPU is the CPU time (user and system) used so far by process root
// and its descendants, as ServerCPU reads it: for a server started
// elsewhere, given its postmaster's pid.
func TreeCPU(root int) (d time.Duration, ok bool) {
	type proc struct {
		ppid int
		cpu  time.Duration
	}
	procs := map[int]proc{}
	ents, err := os.ReadDir("/proc")
	if err != nil {
		return 0, false
	}
	const tick = 10 * time.Millisecond // USER_HZ is 100 on Linux
	for _, e := range ents {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		b, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue // gone
		}
		// After "pid (comm) ": state ppid … utime (14th field) stime
		// cutime cstime; the last two hold the children that exited and
		// were waited for (backends that ended, by the postmaster).
		s := string(b)
		f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
		if len(f) < 15 {
			continue
		}
		p := proc{}
		p.ppid, _ = strconv.Atoi(f[1])
		for _, i := range []int{11, 12, 13, 14} {
			n, _ := strconv.ParseInt(f[i], 10, 64)
			p.cpu += time.Duration(n) * tick
		}
		procs[pid] = p
	}
	in := map[int]bool{root: true}
	for grew := true; grew; {
		grew = false
		for pid, p := range procs {
			if !in[pid] && in[p.ppid] {
				in[pid], grew = true, true
			}
		}
	}
	for pid := range in {
		if p, found := procs[pid]; found {
			d += p.cpu
			ok = true
		}
	}
	return d, ok
}
