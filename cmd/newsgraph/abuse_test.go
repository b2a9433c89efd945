package main_test

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// steadyClient queries the server in a loop until stop is closed and
// returns how many queries it made and what went wrong: every query must
// answer within limit, however other clients behave.
func steadyClient(t *testing.T, base string, limit time.Duration, stop <-chan struct{}) func() (int, []string) {
	t.Helper()
	var n int
	var problems []string
	done := make(chan struct{})
	go func() {
		defer close(done)
		c := &http.Client{Timeout: 10 * time.Second}
		for {
			select {
			case <-stop:
				return
			default:
			}
			start := time.Now()
			resp, err := c.Post(base+"graphql", "application/json", strings.NewReader(`{"query":"{ stats { nodes } }"}`))
			if err != nil {
				problems = append(problems, err.Error())
				continue
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if d := time.Since(start); resp.StatusCode != 200 || d > limit {
				problems = append(problems, fmt.Sprintf("%s after %s: %.100s", resp.Status, d, body))
			}
			n++
			time.Sleep(20 * time.Millisecond)
		}
	}()
	return func() (int, []string) { <-done; return n, problems }
}

func hostOf(base string) string {
	return strings.TrimSuffix(strings.TrimPrefix(base, "http://"), "/")
}

// TestServeCutsOffSlowClients opens slowloris connections (headers sent
// a byte at a time, never finished) and slow-body connections (a body
// trickling in) against a server with short timeouts: each is closed by
// the server within its timeout, while another client's queries keep
// being answered promptly.
func TestServeCutsOffSlowClients(t *testing.T) {
	const headerTO, readTO = 500 * time.Millisecond, 1500 * time.Millisecond
	s := startServe(t, "--db", filepath.Join(t.TempDir(), "db"), "--no-seeds",
		"--read-header-timeout", headerTO.String(), "--read-timeout", readTO.String())
	host := hostOf(s.base)

	stop := make(chan struct{})
	results := steadyClient(t, s.base, time.Second, stop)

	type slow struct {
		kind     string
		lifetime time.Duration
		err      error
	}
	const perKind = 16
	out := make(chan slow, 2*perKind)
	var wg sync.WaitGroup
	for i := range 2 * perKind {
		kind := "headers"
		if i%2 == 1 {
			kind = "body"
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			conn, err := net.Dial("tcp", host)
			if err != nil {
				out <- slow{kind, 0, err}
				return
			}
			defer conn.Close()
			start := time.Now()
			closed := make(chan time.Duration, 1)
			go func() {
				// The server's answer, if any, then the end of the
				// connection.
				io.Copy(io.Discard, conn)
				closed <- time.Since(start)
			}()
			var first string
			if kind == "headers" {
				first = "POST /graphql HTTP/1.1\r\nHost: " + host + "\r\n"
			} else {
				first = "POST /graphql HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n"
			}
			if _, err := io.WriteString(conn, first); err != nil {
				out <- slow{kind, 0, err}
				return
			}
			tick := time.NewTicker(100 * time.Millisecond)
			defer tick.Stop()
			deadline := time.After(10 * time.Second)
			for {
				select {
				case d := <-closed:
					out <- slow{kind, d, nil}
					return
				case <-deadline:
					out <- slow{kind, time.Since(start), errors.New("still open after 10s")}
					return
				case <-tick.C:
					// A write may fail once the server has gone; the
					// reader then reports the close.
					conn.Write([]byte("X"))
				}
			}
		}()
	}
	wg.Wait()
	close(stop)
	close(out)
	for r := range out {
		limit := headerTO
		if r.kind == "body" {
			limit = readTO
		}
		switch {
		case r.err != nil:
			t.Errorf("slow %s client: %v", r.kind, r.err)
		case r.lifetime < limit/2 || r.lifetime > limit+2*time.Second:
			t.Errorf("slow %s client was cut off after %s, want about %s", r.kind, r.lifetime, limit)
		}
	}
	n, problems := results()
	if len(problems) > 0 {
		t.Errorf("the steady client had %d problems in %d queries: %q", len(problems), n, problems)
	}
	if n < 5 {
		t.Errorf("the steady client made only %d queries while slow clients were connected", n)
	}
}

// TestServeCutsOffClientsThatDoNotRead sends many pipelined requests
// for a large asset on a connection with a tiny receive buffer and never
// reads: the server's writes block, and the write timeout must close the
// connection instead of holding it (and its goroutine) for ever, while
// another client is served.
func TestServeCutsOffClientsThatDoNotRead(t *testing.T) {
	const writeTO = time.Second
	s := startServe(t, "--db", filepath.Join(t.TempDir(), "db"), "--no-seeds", "--write-timeout", writeTO.String())
	host := hostOf(s.base)

	// The largest script of the playground page.
	resp, err := http.Get(s.base)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	m := regexp.MustCompile(`src="(assets/graphiql[^"]*\.js)"`).FindSubmatch(page)
	if m == nil {
		t.Fatalf("no graphiql script in the page: %.300s", page)
	}
	asset := "/" + string(m[1])
	resp, err = http.Get(s.base + asset[1:])
	if err != nil {
		t.Fatal(err)
	}
	size, _ := io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	const requests = 24
	if total := size * requests; total < 16<<20 {
		t.Fatalf("%s is %d bytes: %d requests make %d bytes, too few to fill the socket buffers", asset, size, requests, total)
	}

	stop := make(chan struct{})
	results := steadyClient(t, s.base, time.Second, stop)

	d := net.Dialer{Control: func(_, _ string, c syscall.RawConn) error {
		var serr error
		err := c.Control(func(fd uintptr) {
			serr = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_RCVBUF, 4096)
		})
		if err != nil {
			return err
		}
		return serr
	}}
	conn, err := d.Dial("tcp", host)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	req := "GET " + asset + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n"
	if _, err := io.WriteString(conn, strings.Repeat(req, requests)); err != nil {
		t.Fatal(err)
	}
	// Never read for a while: the server blocks in a write, and its
	// write timeout passes.
	time.Sleep(writeTO + 2*time.Second)

	// Now read what there is: the connection must end before all the
	// responses were delivered.
	conn.SetReadDeadline(time.Now().Add(20 * time.Second))
	br := bufio.NewReader(conn)
	got := 0
	var readErr error
	for got < requests {
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			readErr = err
			break
		}
		_, err = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if err != nil {
			readErr = err
			break
		}
		got++
	}
	var ne net.Error
	switch {
	case got == requests:
		t.Errorf("all %d responses were delivered to a client that did not read for %s: the write timeout did not cut it", requests, writeTO+2*time.Second)
	case errors.As(readErr, &ne) && ne.Timeout():
		t.Errorf("the connection was neither served nor closed: %v", readErr)
	default:
		t.Logf("the connection ended after %d of %d responses: %v", got, requests, readErr)
	}
	close(stop)
	n, problems := results()
	if len(problems) > 0 {
		t.Errorf("the steady client had %d problems in %d queries: %q", len(problems), n, problems)
	}
	if n < 5 {
		t.Errorf("the steady client made only %d queries meanwhile", n)
	}
}

func TestServeTimeoutFlags(t *testing.T) {
	for _, f := range []string{"--read-header-timeout", "--read-timeout", "--write-timeout", "--export-write-timeout"} {
		r := run(t, "", "serve", "--db", filepath.Join(t.TempDir(), "db"), f, "0s")
		if r.code != 2 || !strings.Contains(r.stderr, f+" must be positive") {
			t.Errorf("serve %s 0s: exit %d, stderr %q", f, r.code, r.stderr)
		}
		if h := mustRun(t, 0, "serve", "--help").stdout; !strings.Contains(h, f[1:]+" DURATION") {
			t.Errorf("serve --help does not mention %s", f)
		}
	}
	if _, err := os.Stat("newsgraph.db"); err == nil {
		t.Error("a refused serve created ./newsgraph.db")
	}
}
