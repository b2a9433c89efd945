package main_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	main "github.com/newsgraph/newsgraph/cmd/newsgraph"
)

var listening = regexp.MustCompile(`listening on (http://\S+/)`)

// waitFor polls read until re matches, for at most d, and returns the
// first group.
func waitFor(t testing.TB, read func() string, re *regexp.Regexp, d time.Duration) string {
	t.Helper()
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if m := re.FindStringSubmatch(read()); m != nil {
			return m[1]
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("no %q after %s in:\n%s", re, d, read())
	return ""
}

// server is a "newsgraph serve" running in-process.
type server struct {
	base   string // "http://127.0.0.1:PORT/"
	stderr *lockedBuffer
	cancel context.CancelFunc
	done   chan int // the exit status, once Run returns
}

// startServe starts "newsgraph serve" in-process on a free port. Unless
// the test stops it first, it is stopped when the test ends and must
// then exit 0.
func startServe(t *testing.T, args ...string) *server {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	s := &server{stderr: &lockedBuffer{}, cancel: cancel, done: make(chan int, 1)}
	go func() {
		var stdout bytes.Buffer
		s.done <- new(main.Main).Run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...), strings.NewReader(""), &stdout, s.stderr)
	}()
	t.Cleanup(func() {
		if code := s.stop(t); code != 0 {
			t.Errorf("serve exited %d after cancel\n%s", code, s.stderr.String())
		}
	})
	read := func() string {
		select {
		case code := <-s.done:
			s.done <- code
			t.Fatalf("serve exited %d before listening:\n%s", code, s.stderr.String())
		default:
		}
		return s.stderr.String()
	}
	s.base = waitFor(t, read, listening, 60*time.Second)
	return s
}

// stop cancels the server's context and returns its exit status.
func (s *server) stop(t *testing.T) int {
	t.Helper()
	s.cancel()
	select {
	case code := <-s.done:
		s.done <- code
		if !strings.Contains(s.stderr.String(), "shutting down") {
			t.Errorf("serve did not say it was shutting down:\n%s", s.stderr.String())
		}
		return code
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not stop within 30s of cancel")
	}
	return -1
}

// serve starts a server and returns its base URL and stderr.
func serve(t *testing.T, args ...string) (string, *lockedBuffer) {
	t.Helper()
	s := startServe(t, args...)
	return s.base, s.stderr
}

// query posts a GraphQL query and decodes the response's data into v.
func query(t *testing.T, base, q string, v any) {
	t.Helper()
	resp, data := postQuery(t, base, q)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("POST /graphql: %s\n%s", resp.Status, data)
	}
	var out struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatalf("response is not JSON: %v\n%s", err, data)
	}
	if len(out.Errors) > 0 {
		t.Fatalf("GraphQL errors: %+v", out.Errors)
	}
	if err := json.Unmarshal(out.Data, v); err != nil {
		t.Fatalf("data %s: %v", out.Data, err)
	}
}

// gqlError is an error of a GraphQL response, with its code.
type gqlError struct {
	Message    string
	Extensions struct{ Code string }
}

// queryErrors posts a GraphQL query and returns the response's errors.
func queryErrors(t *testing.T, base, q string) []gqlError {
	t.Helper()
	resp, data := postQuery(t, base, q)
	var out struct{ Errors []gqlError }
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatalf("POST /graphql: %s: the response is not JSON: %v\n%s", resp.Status, err, data)
	}
	return out.Errors
}

// postQuery posts a GraphQL query and returns the response (its body
// closed) and the body read.
func postQuery(t *testing.T, base, q string) (*http.Response, []byte) {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": q})
	resp, err := http.Post(base+"graphql", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("POST /graphql: reading the response: %v", err)
	}
	return resp, data
}

type actorsData struct {
	Actors struct {
		TotalCount int `json:"totalCount"`
		Edges      []struct {
			Node struct {
				ID         string   `json:"id"`
				Name       string   `json:"name"`
				Aliases    []string `json:"aliases"`
				Statements struct {
					TotalCount int `json:"totalCount"`
					Edges      []struct {
						Node struct {
							Text string `json:"text"`
						} `json:"node"`
					} `json:"edges"`
				} `json:"statements"`
			} `json:"node"`
		} `json:"edges"`
	} `json:"actors"`
}

const zelenskyyQuery = `{ actors(filter: {name: "Zelenskyy"}) { totalCount edges { node { id name aliases statements { totalCount edges { node { text } } } } } } }`

func TestServeSeedsAndAnswersGraphQL(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	base, stderr := serve(t, "--db", db)
	if !strings.Contains(stderr.String(), "filled with the seed articles: 5 ingested, 0 duplicates, 0 failed") {
		t.Errorf("serve did not report seeding:\n%s", stderr.String())
	}

	var d actorsData
	query(t, base, zelenskyyQuery, &d)
	if d.Actors.TotalCount != 1 || len(d.Actors.Edges) != 1 {
		t.Fatalf("actors named Zelenskyy: %+v, want exactly one (Zelensky, Zelenskyy and Zelenskiy are one actor)", d.Actors)
	}
	z := d.Actors.Edges[0].Node
	if !strings.Contains(z.Name, "Zelensk") {
		t.Errorf("actor %q, want Zelensky", z.Name)
	}
	if z.Statements.TotalCount == 0 || len(z.Statements.Edges) == 0 || z.Statements.Edges[0].Node.Text == "" {
		t.Errorf("Zelensky has statements %+v, want some with text", z.Statements)
	}

	// The playground page and its assets come from the binary.
	resp, err := http.Get(base)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(page), "graphiql") {
		t.Errorf("GET /: %s, %.200q; want the GraphiQL page", resp.Status, page)
	}
	m := regexp.MustCompile(`src="(assets/[^"]+\.js)"`).FindStringSubmatch(string(page))
	if m == nil {
		t.Fatalf("no script asset in the page")
	}
	resp, err = http.Get(base + m[1])
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("GET /%s: %s", m[1], resp.Status)
	}
}

func TestServeExportDownload(t *testing.T) {
	base, _ := serve(t, "--db", filepath.Join(t.TempDir(), "db"))
	resp, err := http.Get(base + "export?format=json")
	if err != nil {
		t.Fatal(err)
	}
	data, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("GET /export?format=json: %s %s", resp.Status, data)
	}
	g := decodeExport(t, string(data))
	if n := len(g.labels("article")); n != 5 {
		t.Errorf("the download has %d articles, want the 5 seeds", n)
	}
	// The stats query, answered from the store's counters, agrees with
	// the download of everything stored; the default download holds the
	// facts only, no more.
	resp, err = http.Get(base + "export?format=json&nonfactual=true")
	if err != nil {
		t.Fatal(err)
	}
	data, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	all := decodeExport(t, string(data))
	if len(all.Nodes) < len(g.Nodes) || len(all.Edges) < len(g.Edges) {
		t.Errorf("with nonfactual=true the download has %d nodes and %d edges, fewer than the default's %d and %d", len(all.Nodes), len(all.Edges), len(g.Nodes), len(g.Edges))
	}
	g = all
	var st struct {
		Stats struct {
			Nodes     int `json:"nodes"`
			Relations int `json:"relations"`
			Articles  int `json:"articles"`
		} `json:"stats"`
	}
	query(t, base, `{ stats { nodes relations articles } }`, &st)
	if st.Stats.Articles != 5 || st.Stats.Nodes != len(g.Nodes) || st.Stats.Relations != len(g.Edges) {
		t.Errorf("stats %+v; the download has %d nodes and %d edges", st.Stats, len(g.Nodes), len(g.Edges))
	}
	resp, err = http.Get(base + "export?format=bogus")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("GET /export?format=bogus: %s, want 400", resp.Status)
	}
}

func TestServeNoSeedsAndRestart(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	t.Run("empty without seeds", func(t *testing.T) {
		base, stderr := serve(t, "--db", db, "--no-seeds")
		if strings.Contains(stderr.String(), "seed") {
			t.Errorf("--no-seeds still seeded:\n%s", stderr.String())
		}
		var d actorsData
		query(t, base, `{ actors { totalCount } }`, &d)
		if d.Actors.TotalCount != 0 {
			t.Errorf("%d actors in a database served with --no-seeds, want 0", d.Actors.TotalCount)
		}
	})
	// The server closed the database: a command can open it now.
	mustRun(t, 0, "ingest", "--db", db, testdata("call.txt"))
	t.Run("not seeded when it has articles", func(t *testing.T) {
		base, stderr := serve(t, "--db", db)
		if strings.Contains(stderr.String(), "seed") {
			t.Errorf("a database with an article was seeded:\n%s", stderr.String())
		}
		var d actorsData
		query(t, base, zelenskyyQuery, &d)
		if d.Actors.TotalCount != 1 {
			t.Errorf("actors named Zelenskyy after ingesting call.txt: %d, want 1", d.Actors.TotalCount)
		}
	})
}

func TestServeRefusesABusyDatabase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	serve(t, "--db", db, "--no-seeds")
	r := run(t, "", "ingest", "--db", db, testdata("call.txt"))
	if r.code != 1 || !strings.Contains(r.stderr, "in use by another process") {
		t.Errorf("ingest into a served database: exit %d, stderr %q; want 1, 'in use'", r.code, r.stderr)
	}
	r = run(t, "", "serve", "--db", db, "--addr", "127.0.0.1:0")
	if r.code != 1 || !strings.Contains(r.stderr, "in use by another process") {
		t.Errorf("second server on the database: exit %d, stderr %q; want 1, 'in use'", r.code, r.stderr)
	}
	// One line, naming the folder once, with what to do.
	r = run(t, "", "export", "--db", db)
	want := "newsgraph export: database " + db + " is in use by another process (is newsgraph serve running on it? stop it, or work through its GraphQL API)\n"
	if r.code != 1 || r.stderr != want {
		t.Errorf("export of a served database: exit %d, stderr %q; want 1, %q", r.code, r.stderr, want)
	}
}

// A port in use is told at once, naming the address and the flag, before
// the database is opened or seeded: no new database folder is left behind.
func TestServeRefusesABusyPort(t *testing.T) {
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	addr := busy.Addr().String()
	db := filepath.Join(t.TempDir(), "db")
	r := run(t, "", "serve", "--db", db, "--addr", addr)
	if r.code != 1 {
		t.Errorf("serve on a busy port: exit %d, want 1\n%s", r.code, r.stderr)
	}
	if want := "newsgraph serve: --addr " + addr + ": the address is already in use"; !strings.Contains(r.stderr, want) {
		t.Errorf("stderr %q; want %q", r.stderr, want)
	}
	if strings.Contains(r.stderr, "seed") {
		t.Errorf("serve seeded a database before finding the port busy:\n%s", r.stderr)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("serve on a busy port left %s behind (stat: %v)", db, err)
	}
}

func TestServeBodyLimit(t *testing.T) {
	base, _ := serve(t, "--db", filepath.Join(t.TempDir(), "db"), "--no-seeds")
	big := `{"query":"{ actors { totalCount } }","padding":"` + strings.Repeat("x", 3<<20) + `"}`
	resp, err := http.Post(base+"graphql", "application/json", strings.NewReader(big))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode < 400 {
		t.Errorf("a 3 MiB request body got %s, want it refused", resp.Status)
	}
}

func TestServeFinishesRequestsInFlightOnShutdown(t *testing.T) {
	s := startServe(t, "--db", filepath.Join(t.TempDir(), "db"), "--no-seeds")
	host := strings.TrimSuffix(strings.TrimPrefix(s.base, "http://"), "/")
	conn, err := net.Dial("tcp", host)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	body := `{"query":"{ actors { totalCount } }"}`
	head := fmt.Sprintf("POST /graphql HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", host, len(body))
	// The request is in flight: headers sent, the body half sent.
	if _, err := io.WriteString(conn, head+body[:10]); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond)
	s.cancel()
	waitFor(t, s.stderr.String, regexp.MustCompile(`(shutting down)`), 10*time.Second)
	// New connections are refused while the old request finishes.
	if c, err := net.DialTimeout("tcp", host, time.Second); err == nil {
		c.Close()
		t.Error("a new connection was accepted after shutdown began")
	}
	select {
	case code := <-s.done:
		s.done <- code
		t.Fatalf("serve exited %d with a request in flight", code)
	case <-time.After(200 * time.Millisecond):
	}
	if _, err := io.WriteString(conn, body[10:]); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("the request in flight got no response: %v", err)
	}
	data, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(data), `"totalCount":0`) {
		t.Errorf("request in flight: %s %s, want 200 and the answer", resp.Status, data)
	}
	if code := s.stop(t); code != 0 {
		t.Errorf("serve exited %d, want 0", code)
	}
}

// TestServeResponseCacheFlag checks that serve caches answers by default
// and that --response-cache 0 turns the cache off.
func TestServeResponseCacheFlag(t *testing.T) {
	cacheOf := func(base string) string {
		t.Helper()
		body, _ := json.Marshal(map[string]string{"query": zelenskyyQuery})
		resp, err := http.Post(base+"graphql", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		io.Copy(io.Discard, resp.Body)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("POST /graphql: %s", resp.Status)
		}
		return resp.Header.Get("X-Newsgraph-Cache")
	}
	for _, tc := range []struct {
		args         []string
		first, again string
	}{
		{nil, "miss", "hit"},
		{[]string{"--response-cache", "0"}, "", ""},
		{[]string{"--response-cache", "1MiB"}, "miss", "hit"},
	} {
		base, _ := serve(t, append([]string{"--db", filepath.Join(t.TempDir(), "db")}, tc.args...)...)
		if a, b := cacheOf(base), cacheOf(base); a != tc.first || b != tc.again {
			t.Errorf("serve %v: cache headers %q then %q, want %q then %q", tc.args, a, b, tc.first, tc.again)
		}
	}
	code := new(main.Main).Run(context.Background(), []string{"serve", "--response-cache", "lots"}, strings.NewReader(""), io.Discard, io.Discard)
	if code != 2 {
		t.Errorf("serve --response-cache lots: exit %d, want 2", code)
	}
}
