package main_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

// rawRequest sends head (a request line and headers, without the blank
// line) with Host host to the server and returns the status line.
func rawRequest(t *testing.T, base, host, head, body string) string {
	t.Helper()
	conn, err := net.Dial("tcp", hostOf(base))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	fmt.Fprintf(conn, "%s\r\nHost: %s\r\nContent-Length: %d\r\n\r\n%s", head, host, len(body), body)
	line, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil {
		t.Fatalf("read the status: %v", err)
	}
	return strings.TrimSpace(line)
}

const wsHandshake = "GET /graphql HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
	"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws"

// TestServeRefusesOtherHosts: with serve on loopback and no token, a web
// page on attacker.example whose name resolves to 127.0.0.1 (DNS
// rebinding) could write into the graph over POST and websocket, since
// to the browser it is the page's own origin. Now requests for hosts
// other than loopback ones (or --allow-host) are refused, and nothing
// is written.
func TestServeRefusesOtherHosts(t *testing.T) {
	s := startServe(t, "--db", t.TempDir(), "--no-seeds", "--allow-host", "graph.lan")
	mutation := `{"query":"mutation { ingestArticle(input: {text: \"Volodymyr Zelensky met Steve Witkoff in Berlin on Monday.\"}) { duplicate } }"}`
	post := "POST /graphql HTTP/1.1\r\nContent-Type: application/json\r\nOrigin: http://attacker.example"
	if got := rawRequest(t, s.base, "attacker.example", post, mutation); !strings.Contains(got, "421") {
		t.Errorf("mutation for Host attacker.example: %q, want 421", got)
	}
	if got := rawRequest(t, s.base, "attacker.example", wsHandshake+"\r\nOrigin: http://attacker.example", ""); !strings.Contains(got, "421") {
		t.Errorf("websocket for Host attacker.example: %q, want 421", got)
	}
	var stats struct {
		Stats struct{ Articles int } `json:"stats"`
	}
	query(t, s.base, `{ stats { articles } }`, &stats)
	if stats.Stats.Articles != 0 {
		t.Fatalf("%d articles stored by refused requests", stats.Stats.Articles)
	}
	// The same for loopback names and the allowed one.
	if got := rawRequest(t, s.base, hostOf(s.base), wsHandshake, ""); !strings.Contains(got, "101") {
		t.Errorf("websocket for the loopback address: %q, want 101", got)
	}
	if got := rawRequest(t, s.base, "graph.lan", post, mutation); !strings.Contains(got, "200") {
		t.Errorf("mutation for the allowed host: %q, want 200", got)
	}
	if got := rawRequest(t, s.base, "localhost", "GET /graphql?query=%7Bstats%7Barticles%7D%7D HTTP/1.1", ""); !strings.Contains(got, "200") {
		t.Errorf("query for localhost: %q, want 200", got)
	}
}

// TestServeKeepsDeadlinesForFakeUpgrades: a request with an "Upgrade:
// websocket" header had its read and write deadlines cleared before any
// upgrade, so slow-body clients sending that header were never cut off.
// Now they are, by --read-timeout, while a real websocket lives on past
// it.
func TestServeKeepsDeadlinesForFakeUpgrades(t *testing.T) {
	s := startServe(t, "--db", t.TempDir(), "--no-seeds", "--read-timeout", "1s", "--read-header-timeout", "1s")
	const clients = 20
	var wg sync.WaitGroup
	held := make(chan time.Duration, clients)
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			conn, err := net.Dial("tcp", hostOf(s.base))
			if err != nil {
				t.Error(err)
				return
			}
			defer conn.Close()
			start := time.Now()
			fmt.Fprintf(conn, "POST /graphql HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n", hostOf(s.base))
			// A byte every 100 ms until the server hangs up, for at most 8 s.
			for time.Since(start) < 8*time.Second {
				if _, err := conn.Write([]byte(" ")); err != nil {
					break
				}
				conn.SetReadDeadline(time.Now().Add(100 * time.Millisecond))
				var b [512]byte
				if _, err := conn.Read(b[:]); err != nil {
					if ne, ok := err.(net.Error); !ok || !ne.Timeout() {
						break // answered or closed
					}
				}
			}
			held <- time.Since(start)
		}()
	}
	// Meanwhile a real websocket outlives the read timeout.
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	ws, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(s.base, "http")+"graphql", &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatalf("websocket: %v", err)
	}
	defer ws.CloseNow()
	time.Sleep(2500 * time.Millisecond)
	if err := wsjson.Write(ctx, ws, map[string]any{"type": "connection_init"}); err != nil {
		t.Fatalf("websocket after 2.5 s: %v", err)
	}
	var ack struct{ Type string }
	if err := wsjson.Read(ctx, ws, &ack); err != nil || ack.Type != "connection_ack" {
		t.Fatalf("websocket after 2.5 s: %v %q", err, ack.Type)
	}
	wg.Wait()
	close(held)
	for d := range held {
		if d > 4*time.Second {
			t.Errorf("a slow client with an Upgrade header was held %s with --read-timeout 1s", d.Round(time.Millisecond))
		}
	}
}

// TestServeDoesNotEchoBadBodies: a body that is not JSON was echoed
// whole in the error.
func TestServeDoesNotEchoBadBodies(t *testing.T) {
	s := startServe(t, "--db", t.TempDir(), "--no-seeds")
	body := `{"query": "{ stats { articles } }", "secret": "hunter2-token-do-not-echo"`
	resp, err := http.Post(s.base+"graphql", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest || strings.Contains(string(b), "hunter2") || !strings.Contains(string(b), "could not be decoded") {
		t.Fatalf("bad body: %d %s", resp.StatusCode, b)
	}
}
