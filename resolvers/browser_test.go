package resolvers_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/browsertest"
	"github.com/newsgraph/newsgraph/resolvers"
)

// TestPlaygroundRunsAQueryOffline loads the playground in headless
// Chromium with every host but 127.0.0.1 unresolvable, runs the default
// query from the page and checks that the result pane shows the fixture's
// data and that nothing was fetched from anywhere but the test server.
// Chromium is driven over the DevTools protocol on a pipe.
func TestPlaygroundRunsAQueryOffline(t *testing.T) {
	chromium := browsertest.Chromium(t)
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second) // a loaded machine (CI beside other jobs) renders slowly
	defer cancel()
	b := browsertest.Start(t, ctx, chromium)
	page := b.Open(t, ctx, srv.URL+"/")

	result := page.RunGraphiQLQuery(t, ctx)

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
	if err := json.Unmarshal([]byte(result), &resp); err != nil {
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
	urls := page.Eval(t, ctx, `JSON.stringify([location.href].concat(performance.getEntriesByType('resource').map(e => e.name)))`)
	var seen []string
	if err := json.Unmarshal([]byte(urls.(string)), &seen); err != nil {
		t.Fatal(err)
	}
	if len(seen) < 7 {
		t.Errorf("the page reports only %d resources: %v", len(seen), seen)
	}
	reqs := b.Requests()
	t.Logf("the page loaded %d resources and made %d requests", len(seen)-1, len(reqs))
	seen = append(seen, reqs...)
	for _, u := range seen {
		if !strings.HasPrefix(u, srv.URL+"/") && !strings.HasPrefix(u, "data:") && u != "about:blank" {
			t.Errorf("the page fetched %s, which is not on the test server %s", u, srv.URL)
		}
	}
	for _, p := range b.Problems() {
		t.Errorf("browser reported: %s", p)
	}
}
