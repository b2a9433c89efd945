package web_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
	"github.com/newsgraph/newsgraph/store"
	"github.com/newsgraph/newsgraph/web"
)

// panickyReader panics in ScanEdges, as a store reading a damaged table
// may; a whole-graph export calls ScanEdges in a goroutine of its own.
type panickyReader struct {
	*store.DB
}

func (p panickyReader) ScanEdges(ctx context.Context, after graph.ID, fn func(graph.Edge) error) error {
	panic("injected: a damaged block")
}

// TestExportPanicFailsOneRequest: a panic in the export's reading
// goroutine ended the whole server. Now the request fails (its body is
// cut off: the nodes were already sent) and the server goes on serving,
// the next export included; a panic in the handler's own goroutine gets
// a 500.
func TestExportPanicFailsOneRequest(t *testing.T) {
	f := newFixture(t)
	mux := http.NewServeMux()
	mux.Handle("/export", web.ExportHandler(panickyReader{f.db}))
	mux.Handle("/good", web.ExportHandler(f.db))
	mux.Handle("/boom", http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("injected") }))
	srv := httptest.NewServer(web.Recover(mux, nil))
	defer srv.Close()
	for i := range 3 {
		resp, err := http.Get(srv.URL + "/export?format=json")
		if err == nil {
			_, err = io.ReadAll(resp.Body)
			resp.Body.Close()
			if err == nil && resp.StatusCode == http.StatusOK {
				t.Fatalf("export %d with a panicking reader succeeded", i)
			}
		}
		resp, err = http.Get(srv.URL + "/good?format=json")
		if err != nil {
			t.Fatalf("the server stopped serving after a panic: %v", err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "Zelensky") {
			t.Fatalf("good export after a panic: %d %.100s", resp.StatusCode, body)
		}
	}
	resp, err := http.Get(srv.URL + "/boom")
	if err != nil {
		t.Fatalf("a handler's panic dropped the connection: %v", err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusInternalServerError || !strings.Contains(string(body), "internal error") {
		t.Fatalf("a handler's panic answered %d %q, want 500 internal error", resp.StatusCode, body)
	}
}

// TestHostCheck: on loopback, only requests for loopback hosts or the
// allowed ones are answered, closing DNS rebinding.
func TestHostCheck(t *testing.T) {
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })
	h := web.HostCheck(ok, []string{"graph.lan"})
	for _, tc := range []struct {
		host string
		want int
	}{
		{"localhost:8080", 200}, {"LOCALHOST", 200}, {"127.0.0.1:8080", 200}, {"127.1.2.3", 200},
		{"[::1]:8080", 200}, {"app.localhost:1", 200}, {"graph.lan:8080", 200}, {"localhost.:80", 200},
		{"attacker.example", 421}, {"attacker.example:8080", 421}, {"localhost.attacker.example", 421},
		{"127.0.0.1.nip.io", 421}, {"", 421}, {"10.0.0.1", 421},
	} {
		r := httptest.NewRequest(http.MethodPost, "/graphql", nil)
		r.Host = tc.host
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != tc.want {
			t.Errorf("Host %q: %d, want %d", tc.host, w.Code, tc.want)
		}
	}
}

// TestLimiterQueuesThenRefuses: with one slot and a queue of one, a
// second request waits for the first and a third is refused at once
// with 429; a waiting request that waits too long is refused too.
func TestLimiterQueuesThenRefuses(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{}, 3)
	lim := web.NewLimiter(1, 1, 2*time.Second)
	h := lim.Wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		started <- struct{}{}
		<-release
		io.WriteString(w, "done")
	}))
	srv := httptest.NewServer(h)
	defer srv.Close()
	codes := make(chan int, 2)
	get := func() {
		resp, err := http.Get(srv.URL)
		if err != nil {
			codes <- 0
			return
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		codes <- resp.StatusCode
	}
	go get()
	<-started
	go get()
	time.Sleep(200 * time.Millisecond) // the second is queued
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusTooManyRequests || !strings.Contains(string(body), "LIMIT_EXCEEDED") || resp.Header.Get("Retry-After") == "" {
		t.Fatalf("third request: %d %q, want 429 LIMIT_EXCEEDED with Retry-After", resp.StatusCode, body)
	}
	close(release)
	for range 2 {
		if c := <-codes; c != http.StatusOK {
			t.Errorf("a queued request got %d, want 200", c)
		}
	}

	short := web.NewLimiter(1, 1, 100*time.Millisecond)
	done, err := short.Acquire(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := short.Acquire(t.Context()); !errors.Is(err, web.ErrBusy) {
		t.Errorf("a wait past the limit: %v, want ErrBusy", err)
	}
	done()
	if again, err := short.Acquire(t.Context()); err != nil {
		t.Errorf("after release: %v", err)
	} else {
		again()
	}
}

// TestStallTimeoutCutsOffAClientThatDoesNotRead: a response that goes
// on and on to a client that reads nothing is cut off after the stall
// timeout, long before its overall write deadline; a client that reads
// gets the whole of it even though it takes longer than the stall
// timeout.
func TestStallTimeoutCutsOffAClientThatDoesNotRead(t *testing.T) {
	chunk := strings.Repeat("x", 64<<10)
	var mu sync.Mutex
	var lastErr error
	endless := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for i := 0; i < 400; i++ { // 25 MiB
			if _, err := io.WriteString(w, chunk); err != nil {
				mu.Lock()
				lastErr = err
				mu.Unlock()
				return
			}
			if r.URL.Query().Has("slow") {
				time.Sleep(5 * time.Millisecond)
			}
		}
	})
	srv := httptest.NewServer(web.StallTimeout(endless, 500*time.Millisecond, time.Minute))
	defer srv.Close()

	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.(*net.TCPConn).SetReadBuffer(4 << 10)
	start := time.Now()
	fmt.Fprintf(conn, "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
	deadline := time.Now().Add(10 * time.Second)
	for {
		mu.Lock()
		e := lastErr
		mu.Unlock()
		if e != nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("a client that reads nothing was not cut off within 10 s")
		}
		time.Sleep(50 * time.Millisecond)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("cut off after %s, want about the stall timeout", d)
	}

	// Reading slowly but steadily is not a stall: 400 chunks at 5 ms is
	// 2 s, four times the stall timeout.
	resp, err := http.Get(srv.URL + "/?slow")
	if err != nil {
		t.Fatal(err)
	}
	n, err := io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if err != nil || n != int64(400*len(chunk)) {
		t.Fatalf("a reading client got %d bytes, %v", n, err)
	}
}

// TestRootedExportIsBounded: a rooted export over MaxNodes fails with
// LimitExceeded while it collects, instead of holding the whole graph.
func TestRootedExportIsBounded(t *testing.T) {
	f := newFixture(t)
	f2, _ := export.Lookup("json")
	scope := export.Scope{Roots: []graph.ID{f.zelensky}, Depth: 6, MaxNodes: 3, MaxEdges: 100}
	err := f2.Write(t.Context(), io.Discard, f.db, scope)
	if graph.KindOf(err) != graph.LimitExceeded || !strings.Contains(fmt.Sprint(err), "export the whole graph") {
		t.Fatalf("rooted export over 3 nodes: %v, want LimitExceeded", err)
	}
	scope.MaxNodes, scope.MaxEdges = 1000, 1000
	if err := f2.Write(t.Context(), io.Discard, f.db, scope); err != nil {
		t.Fatalf("rooted export under the caps: %v", err)
	}
}
