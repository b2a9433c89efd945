// Package browsertest drives a headless Chromium from tests, over the
// DevTools protocol on a pipe (--remote-debugging-pipe): no WebSocket,
// no client library, no port. The browser resolves no host but
// 127.0.0.1, so that a page that tries to fetch anything from elsewhere
// fails and the test sees it (Requests, Problems).
//
// Tests call Chromium first, which skips them when no chromium is
// installed, then Start and Open:
//
//	b := browsertest.Start(t, ctx, browsertest.Chromium(t))
//	p := b.Open(t, ctx, srv.URL+"/viewer/")
//	p.WaitFor(t, ctx, "the page to load", `document.readyState === "complete"`)
//
// It is used by the browser tests of packages resolvers and web.
package browsertest

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"
)

// Chromium returns the path of the chromium binary, or skips the test
// when there is none.
func Chromium(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("chromium not installed: apt-get install chromium")
	return ""
}

// Browser is a headless Chromium driven over --remote-debugging-pipe:
// JSON messages separated by NUL bytes, commands on the child's fd 3 and
// replies and events on its fd 4. A Browser is for one goroutine.
type Browser struct {
	in      *os.File // our end of the child's fd 3
	replies chan map[string]any
	nextID  int
	events  chan map[string]any
	mu      sync.Mutex
	log     []map[string]any // events read so far
}

// Start runs a headless Chromium with a fresh profile in a temporary
// directory; it is closed when the test ends. ctx bounds nothing after
// Start returns; pass a context with a deadline to each call.
func Start(t testing.TB, ctx context.Context, chromium string) *Browser {
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
		"--hide-scrollbars", "--force-device-scale-factor=1",
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
	b := &Browser{in: cmdW, replies: make(chan map[string]any, 16), events: make(chan map[string]any, 4096)}
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
		b.Call(closeCtx, "", "Browser.close", nil)
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

// Call sends a DevTools command, in a session when session is not "",
// and waits for its reply.
func (b *Browser) Call(ctx context.Context, session, method string, params map[string]any) (map[string]any, error) {
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
			b.record(ev)
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

func (b *Browser) record(ev map[string]any) {
	b.mu.Lock()
	b.log = append(b.log, ev)
	b.mu.Unlock()
}

// Open makes a new tab, enables the Network, Log, Runtime and Page
// domains in it (so that Requests and Problems see everything it does)
// and navigates it to url.
func (b *Browser) Open(t testing.TB, ctx context.Context, url string) *Page {
	t.Helper()
	target, err := b.Call(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank"})
	if err != nil {
		t.Fatal(err)
	}
	attached, err := b.Call(ctx, "", "Target.attachToTarget", map[string]any{"targetId": target["targetId"], "flatten": true})
	if err != nil {
		t.Fatal(err)
	}
	p := &Page{b: b}
	p.Session, _ = attached["sessionId"].(string)
	for _, domain := range []string{"Network", "Log", "Runtime", "Page"} {
		if _, err := b.Call(ctx, p.Session, domain+".enable", nil); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := b.Call(ctx, p.Session, "Page.navigate", map[string]any{"url": url}); err != nil {
		t.Fatal(err)
	}
	return p
}

// Page is a browser tab.
type Page struct {
	b *Browser
	// Session is the tab's DevTools session, for Browser.Call.
	Session string
}

// Call sends a DevTools command to the tab.
func (p *Page) Call(ctx context.Context, method string, params map[string]any) (map[string]any, error) {
	return p.b.Call(ctx, p.Session, method, params)
}

// Eval evaluates a JavaScript expression in the page, awaiting it if it
// is a promise, and returns its value; an exception fails the test.
func (p *Page) Eval(t testing.TB, ctx context.Context, expr string) any {
	t.Helper()
	res, err := p.Call(ctx, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": true})
	if err != nil {
		t.Fatal(err)
	}
	if exc, ok := res["exceptionDetails"]; ok {
		t.Fatalf("evaluate %s: %v", expr, exc)
	}
	v, _ := res["result"].(map[string]any)
	return v["value"]
}

// WaitFor evaluates expr every 100ms until it gives true or a non-empty
// string, and returns that value; it fails the test, naming what it
// waited for, when ctx ends first.
func (p *Page) WaitFor(t testing.TB, ctx context.Context, what, expr string) any {
	t.Helper()
	for {
		res, err := p.Call(ctx, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true})
		if err != nil {
			t.Fatalf("waiting for %s: %v; browser reported %v", what, err, p.b.Problems())
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
			t.Fatalf("waiting for %s: %v; browser reported %v", what, ctx.Err(), p.b.Problems())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// Screenshot saves a PNG of the tab's viewport to path.
func (p *Page) Screenshot(t testing.TB, ctx context.Context, path string) {
	t.Helper()
	res, err := p.Call(ctx, "Page.captureScreenshot", map[string]any{"format": "png"})
	if err != nil {
		t.Fatal(err)
	}
	s, _ := res["data"].(string)
	png, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// SetViewport sets the tab's viewport size in CSS pixels.
func (p *Page) SetViewport(t testing.TB, ctx context.Context, width, height int) {
	t.Helper()
	_, err := p.Call(ctx, "Emulation.setDeviceMetricsOverride", map[string]any{
		"width": width, "height": height, "deviceScaleFactor": 1, "mobile": false})
	if err != nil {
		t.Fatal(err)
	}
}

// AllowDownloads makes every tab save the files it downloads in dir
// under the names the server or the page gives them.
func (b *Browser) AllowDownloads(t testing.TB, ctx context.Context, dir string) {
	t.Helper()
	_, err := b.Call(ctx, "", "Browser.setDownloadBehavior", map[string]any{"behavior": "allow", "downloadPath": dir})
	if err != nil {
		t.Fatal(err)
	}
}

// drain moves the events read so far into the log.
func (b *Browser) drain() []map[string]any {
	for {
		select {
		case ev := <-b.events:
			b.record(ev)
		default:
			b.mu.Lock()
			defer b.mu.Unlock()
			return append([]map[string]any(nil), b.log...)
		}
	}
}

// Requests lists the URLs of every request the browser's tabs made.
func (b *Browser) Requests() []string {
	var urls []string
	for _, ev := range b.drain() {
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

// Problems lists the pages' errors: uncaught exceptions, failed loads,
// console errors and Content-Security-Policy violations.
func (b *Browser) Problems() []string {
	var out []string
	log := b.drain()
	urls := map[any]any{} // by request ID
	for _, ev := range log {
		if ev["method"] == "Network.requestWillBeSent" {
			p, _ := ev["params"].(map[string]any)
			req, _ := p["request"].(map[string]any)
			urls[p["requestId"]] = fmt.Sprint(req["method"], " ", req["url"])
		}
	}
	for _, ev := range log {
		p, _ := ev["params"].(map[string]any)
		switch ev["method"] {
		case "Runtime.exceptionThrown":
			out = append(out, fmt.Sprintf("exception: %v", p["exceptionDetails"]))
		case "Network.loadingFailed":
			out = append(out, fmt.Sprintf("loading failed: %v: %v", urls[p["requestId"]], p["errorText"]))
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
