package resolvers_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/resolvers"
)

// TestPlaygroundRunsAQueryOffline loads the playground in headless
// Chromium with every host but 127.0.0.1 unresolvable, runs the default
// query from the page and checks that the result pane shows the fixture's
// data and that nothing was fetched from anywhere but the test server.
// Chromium is driven over the DevTools protocol on a pipe.
func TestPlaygroundRunsAQueryOffline(t *testing.T) {
	chromium := findChromium(t)
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	b := startBrowser(t, ctx, chromium)

	target, err := b.call(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank"})
	if err != nil {
		t.Fatal(err)
	}
	attached, err := b.call(ctx, "", "Target.attachToTarget", map[string]any{"targetId": target["targetId"], "flatten": true})
	if err != nil {
		t.Fatal(err)
	}
	session, _ := attached["sessionId"].(string)
	for _, domain := range []string{"Network", "Log", "Runtime", "Page"} {
		if _, err := b.call(ctx, session, domain+".enable", nil); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := b.call(ctx, session, "Page.navigate", map[string]any{"url": srv.URL + "/"}); err != nil {
		t.Fatal(err)
	}

	// GraphiQL has rendered when its run button is there.
	b.waitFor(t, ctx, session, "GraphiQL to render",
		`!!document.querySelector('.graphiql-execute-button')`)
	b.eval(t, ctx, session, `document.querySelector('.graphiql-execute-button').click(), true`)
	result := b.waitFor(t, ctx, session, "the result pane to show data", `(() => {
		const cm = document.querySelector('.result-window .CodeMirror');
		const text = cm && cm.CodeMirror ? cm.CodeMirror.getValue() : '';
		return text.includes('"data"') || text.includes('"errors"') ? text : '';
	})()`)

	var resp struct {
		Data struct {
			Actors struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						ID, Name   string
						Statements struct {
							TotalCount int
							Edges      []struct{ Node struct{ Text string } }
						}
					}
				}
			}
		}
		Errors []gqlError
	}
	if err := json.Unmarshal([]byte(result.(string)), &resp); err != nil {
		t.Fatalf("result pane is not JSON: %v\n%s", err, result)
	}
	if len(resp.Errors) > 0 || resp.Data.Actors.TotalCount != 1 || len(resp.Data.Actors.Edges) != 1 {
		t.Fatalf("result pane shows %s; want the one Zelensky of the fixture", result)
	}
	z := resp.Data.Actors.Edges[0].Node
	if z.ID != string(f.zelensky) || z.Name != "Volodymyr Zelensky" || z.Statements.TotalCount != 2 {
		t.Errorf("result pane shows actor %s %q with %d statements; want %s \"Volodymyr Zelensky\" with 2",
			z.ID, z.Name, z.Statements.TotalCount, f.zelensky)
	}

	// Every resource the page loaded, as the page itself saw it and as
	// the network layer saw it, came from the test server.
	urls := b.eval(t, ctx, session, `JSON.stringify([location.href].concat(performance.getEntriesByType('resource').map(e => e.name)))`)
	var seen []string
	if err := json.Unmarshal([]byte(urls.(string)), &seen); err != nil {
		t.Fatal(err)
	}
	if len(seen) < 7 {
		t.Errorf("the page reports only %d resources: %v", len(seen), seen)
	}
	reqs := b.requests()
	t.Logf("the page loaded %d resources and made %d requests", len(seen)-1, len(reqs))
	seen = append(seen, reqs...)
	for _, u := range seen {
		if !strings.HasPrefix(u, srv.URL+"/") && !strings.HasPrefix(u, "data:") && u != "about:blank" {
			t.Errorf("the page fetched %s, which is not on the test server %s", u, srv.URL)
		}
	}
	for _, p := range b.problems() {
		t.Errorf("browser reported: %s", p)
	}
}

func findChromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("chromium not installed: apt-get install chromium")
	return ""
}

// browser is a headless Chromium driven over --remote-debugging-pipe:
// JSON messages separated by NUL bytes, commands on the child's fd 3 and
// replies and events on its fd 4.
type browser struct {
	in      *os.File // our end of the child's fd 3
	replies chan map[string]any
	nextID  int
	events  chan map[string]any
	log     []map[string]any // events read while waiting for replies
}

func startBrowser(t *testing.T, ctx context.Context, chromium string) *browser {
	t.Helper()
	cmdR, cmdW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(chromium,
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-extensions", "--disable-default-apps", "--mute-audio",
		"--user-data-dir="+t.TempDir(),
		"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
		"--remote-debugging-pipe", "about:blank")
	cmd.ExtraFiles = []*os.File{cmdR, outW}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", chromium, err)
	}
	cmdR.Close()
	outW.Close()
	b := &browser{in: cmdW, replies: make(chan map[string]any, 16), events: make(chan map[string]any, 1024)}
	done := make(chan struct{})
	go func() {
		defer close(done)
		r := bufio.NewReader(outR)
		for {
			msg, err := r.ReadBytes(0)
			if err != nil {
				return
			}
			var m map[string]any
			if json.Unmarshal(msg[:len(msg)-1], &m) != nil {
				continue
			}
			if _, ok := m["id"]; ok {
				b.replies <- m
			} else {
				select {
				case b.events <- m:
				default: // drop events nobody reads
				}
			}
		}
	}()
	t.Cleanup(func() {
		closeCtx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		b.call(closeCtx, "", "Browser.close", nil)
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
		cmdW.Close()
		<-done
		outR.Close()
		if t.Failed() {
			t.Logf("chromium stderr (tail):\n%s", tail(stderr.String(), 2000))
		}
	})
	return b
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// call sends a command, in a session when session is not "", and waits
// for its reply.
func (b *browser) call(ctx context.Context, session, method string, params map[string]any) (map[string]any, error) {
	b.nextID++
	id := b.nextID
	msg := map[string]any{"id": id, "method": method}
	if params != nil {
		msg["params"] = params
	}
	if session != "" {
		msg["sessionId"] = session
	}
	data, err := json.Marshal(msg)
	if err != nil {
		return nil, err
	}
	if _, err := b.in.Write(append(data, 0)); err != nil {
		return nil, fmt.Errorf("cdp %s: write: %w", method, err)
	}
	for {
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("cdp %s: %w", method, ctx.Err())
		case ev := <-b.events:
			b.log = append(b.log, ev)
		case r := <-b.replies:
			if int(r["id"].(float64)) != id {
				continue // a reply to a command given up on
			}
			if e, ok := r["error"]; ok {
				return nil, fmt.Errorf("cdp %s: %v", method, e)
			}
			res, _ := r["result"].(map[string]any)
			return res, nil
		}
	}
}

// eval evaluates a JavaScript expression in the page and returns its
// value.
func (b *browser) eval(t *testing.T, ctx context.Context, session, expr string) any {
	t.Helper()
	res, err := b.call(ctx, session, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": true})
	if err != nil {
		t.Fatal(err)
	}
	if exc, ok := res["exceptionDetails"]; ok {
		t.Fatalf("evaluate %s: %v", expr, exc)
	}
	v, _ := res["result"].(map[string]any)
	return v["value"]
}

// waitFor evaluates expr every 100ms until it gives a truthy value.
func (b *browser) waitFor(t *testing.T, ctx context.Context, session, what, expr string) any {
	t.Helper()
	for {
		res, err := b.call(ctx, session, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true})
		if err != nil {
			t.Fatalf("waiting for %s: %v; browser reported %v", what, err, b.problems())
		}
		if v, _ := res["result"].(map[string]any); v != nil {
			switch x := v["value"].(type) {
			case bool:
				if x {
					return x
				}
			case string:
				if x != "" {
					return x
				}
			}
		}
		select {
		case <-ctx.Done():
			t.Fatalf("waiting for %s: %v; browser reported %v", what, ctx.Err(), b.problems())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// drain moves the events read so far into b.log.
func (b *browser) drain() {
	for {
		select {
		case ev := <-b.events:
			b.log = append(b.log, ev)
		default:
			return
		}
	}
}

// requests lists the URLs of every request the page made.
func (b *browser) requests() []string {
	b.drain()
	var urls []string
	for _, ev := range b.log {
		if ev["method"] != "Network.requestWillBeSent" {
			continue
		}
		p, _ := ev["params"].(map[string]any)
		req, _ := p["request"].(map[string]any)
		if u, ok := req["url"].(string); ok {
			urls = append(urls, u)
		}
	}
	return urls
}

// problems lists the page's errors: uncaught exceptions, failed loads,
// console errors and Content-Security-Policy violations.
func (b *browser) problems() []string {
	b.drain()
	var out []string
	for _, ev := range b.log {
		p, _ := ev["params"].(map[string]any)
		switch ev["method"] {
		case "Runtime.exceptionThrown":
			out = append(out, fmt.Sprintf("exception: %v", p["exceptionDetails"]))
		case "Network.loadingFailed":
			out = append(out, fmt.Sprintf("loading failed: %v", p["errorText"]))
		case "Log.entryAdded":
			if e, _ := p["entry"].(map[string]any); e["level"] == "error" {
				out = append(out, fmt.Sprintf("%v: %v %v", e["source"], e["text"], e["url"]))
			}
		case "Runtime.consoleAPICalled":
			if p["type"] == "error" {
				out = append(out, fmt.Sprintf("console.error: %v", p["args"]))
			}
		}
	}
	return out
}
