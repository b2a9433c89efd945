package main_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/browsertest"
)

// TestServePlaygroundOnSeedsOffline is the first thing a new user does:
// "newsgraph serve" on a fresh database (filled with the embedded seeds),
// the playground opened in a browser that can reach nothing but
// 127.0.0.1, and its default query run from the page.
func TestServePlaygroundOnSeedsOffline(t *testing.T) {
	chromium := browsertest.Chromium(t)
	base, _ := serve(t, "--db", filepath.Join(t.TempDir(), "db"))
	origin := strings.TrimSuffix(base, "/")

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second) // a loaded machine renders slowly
	defer cancel()
	b := browsertest.Start(t, ctx, chromium)
	page := b.Open(t, ctx, base)
	result := page.RunGraphiQLQuery(t, ctx)

	var resp struct {
		Data struct {
			Actors struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						Name       string
						Aliases    []string
						Statements struct{ TotalCount int }
					}
				}
			}
		}
		Errors []json.RawMessage
	}
	if err := json.Unmarshal([]byte(result), &resp); err != nil {
		t.Fatalf("result pane is not JSON: %v\n%s", err, result)
	}
	if len(resp.Errors) > 0 || resp.Data.Actors.TotalCount != 1 {
		t.Fatalf("result pane shows %s; want exactly one Zelensky", result)
	}
	z := resp.Data.Actors.Edges[0].Node
	spellings := strings.Join(append([]string{z.Name}, z.Aliases...), "|")
	for _, s := range []string{"Zelensky", "Zelenskyy", "Zelenskiy"} {
		if !strings.Contains(spellings, s) {
			t.Errorf("the seeds' Zelensky has names %q; want %q among them", spellings, s)
		}
	}
	if z.Statements.TotalCount < 5 {
		t.Errorf("the seeds' Zelensky has %d statements; want several", z.Statements.TotalCount)
	}
	for _, u := range b.ForeignRequests(origin) {
		t.Errorf("the page fetched %s, which is not on the server %s", u, origin)
	}
	for _, p := range b.Problems() {
		t.Errorf("browser reported: %s", p)
	}
}
