package main_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// rssOf returns the resident memory of process pid in bytes, from
// /proc/PID/status (VmRSS), or -1.
func rssOf(pid int) int64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb << 10
		}
	}
	return -1
}

// hubOf returns the ID of the node with the most edges in a json export.
func hubOf(t *testing.T, export string) string {
	t.Helper()
	var g struct {
		Edges []struct{ Source, Target string }
	}
	if err := json.Unmarshal([]byte(export), &g); err != nil {
		t.Fatal(err)
	}
	deg := map[string]int{}
	hub := ""
	for _, e := range g.Edges {
		for _, id := range []string{e.Source, e.Target} {
			deg[id]++
			if deg[id] > deg[hub] {
				hub = id
			}
		}
	}
	return hub
}

// TestServeUnderAbusiveRequests runs the real binary on a database of
// 1,500 generated articles and sends, at once, three rooted exports of
// depth 6 around the hub from clients that never read, and three
// relations queries ordered by support (which read every relation), and
// more of each while those run. It checks that the expensive requests
// beyond --max-expensive and its queue are refused (429 or
// LIMIT_EXCEEDED), that the clients that do not read are cut off by
// --stall-timeout, that a cheap query is answered meanwhile, and
// reports serve's peak resident memory.
func TestServeUnderAbusiveRequests(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and ingests 1,500 articles")
	}
	bin := binary(t)
	corpus, db := filepath.Join(t.TempDir(), "corpus"), filepath.Join(t.TempDir(), "db")
	mustRun(t, 0, "gen", "--articles", "1500", "-o", corpus)
	mustRun(t, 0, "ingest", "--db", db, "--quiet", corpus)
	hub := hubOf(t, mustRun(t, 0, "export", "--db", db).stdout)

	cmd := exec.Command(bin, "serve", "--db", db, "--no-seeds", "--addr", "127.0.0.1:0", "--stall-timeout", "2s", "--max-expensive", "2")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
	}()
	sc := bufio.NewScanner(stderr)
	base := ""
	for sc.Scan() {
		if m := listening.FindStringSubmatch(sc.Text()); m != nil {
			base = m[1]
			break
		}
	}
	if base == "" {
		t.Fatal("serve did not start")
	}
	go io.Copy(io.Discard, stderr)
	pid := cmd.Process.Pid
	idle := rssOf(pid)

	var peak int64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		for {
			if r := rssOf(pid); r > peak {
				peak = r
			}
			select {
			case <-stop:
				return
			case <-time.After(50 * time.Millisecond):
			}
		}
	}()

	var wg sync.WaitGroup
	var mu sync.Mutex
	var refused, answered, cutOff int
	var heldLongest time.Duration
	// Exports around the hub from clients that read nothing.
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			conn, err := net.Dial("tcp", hostOf(base))
			if err != nil {
				t.Error(err)
				return
			}
			defer conn.Close()
			conn.(*net.TCPConn).SetReadBuffer(4 << 10)
			start := time.Now()
			fmt.Fprintf(conn, "GET /export?format=json&root=%s&depth=6 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", hub)
			// Peek at the status, then read nothing more until the
			// server gives up on us (or 60 s pass).
			br := bufio.NewReaderSize(conn, 16)
			line, _ := br.ReadString('\n')
			if strings.Contains(line, "429") || strings.Contains(line, "400") {
				mu.Lock()
				refused++
				mu.Unlock()
				return
			}
			// The status came with the first bytes of the body: now
			// read nothing for twice the stall timeout, then see whether
			// the server cut the download short (no final chunk) or
			// finished it.
			sent := time.Now()
			time.Sleep(4 * time.Second)
			conn.SetReadDeadline(time.Now().Add(20 * time.Second))
			rest, _ := io.ReadAll(br)
			mu.Lock()
			defer mu.Unlock()
			if !strings.HasSuffix(string(rest), "0\r\n\r\n") {
				cutOff++
				heldLongest = max(heldLongest, sent.Sub(start))
			} else {
				t.Errorf("a client that read nothing for 4 s with --stall-timeout 2s got the whole export (%d bytes after the status)", len(rest))
			}
		}()
	}
	// Relations ordered by support: every relation read and sorted.
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := http.Post(base+"graphql", "application/json", strings.NewReader(`{"query":"{ relations(orderBy: {field: SUPPORT, direction: DESC}, first: 10) { totalCount } }"}`))
			if err != nil {
				t.Error(err)
				return
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			mu.Lock()
			defer mu.Unlock()
			if strings.Contains(string(body), "LIMIT_EXCEEDED") {
				refused++
			} else if strings.Contains(string(body), "totalCount") {
				answered++
			}
		}()
	}
	// A cheap query is answered meanwhile.
	time.Sleep(500 * time.Millisecond)
	start := time.Now()
	resp, err := http.Get(base + "graphql?query=%7Bstats%7Barticles%7D%7D")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("a cheap query took %s during the abuse", d)
	}
	wg.Wait()
	close(stop)
	<-sampled
	t.Logf("serve resident memory: %.0f MB idle, %.0f MB at the peak; %d expensive requests refused, %d relations answered, %d non-reading export clients cut off (the longest waited %s for its first byte)",
		float64(idle)/1e6, float64(peak)/1e6, refused, answered, cutOff, heldLongest.Round(time.Millisecond))
	if answered == 0 {
		t.Error("no relations query was answered")
	}
	if peak > 1500<<20 {
		t.Errorf("serve's resident memory peaked at %.0f MB", float64(peak)/1e6)
	}
}
