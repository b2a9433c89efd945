package loadtest_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers"
	"github.com/newsgraph/newsgraph/store"
)

// unindexedReader hides the store's indexes of orders (and counters),
// so that lists sort what they scan, as before they were kept.
type unindexedReader struct{ graph.Reader }

// BenchmarkOrderedLists asks a real HTTP server, response cache off, for
// the first 20 relations by support (the facts, as the default shows,
// from their own order and merged from every class's; of one class; the
// negated by last seen), the facts by last seen (merged from every
// class's order) and the first 20 statements and events by date, from the store's indexes ("indexed") and, with
// NEWSGRAPH_BENCH_UNINDEXED=1, by sorting a scan of every relation or
// statement ("scan"; it takes seconds and gigabytes on a large graph).
// It also reports a single node(id) lookup, the unit the issue measures
// lists in. With NEWSGRAPH_BENCH_DB=DIR it serves that database (opened
// read-only); otherwise 1000 generated articles ingested here.
func BenchmarkOrderedLists(b *testing.B) {
	db := benchDB(b, store.Options{ReadOnly: true})
	readers := []struct {
		name string
		r    graph.Reader
	}{{"indexed", db}}
	if os.Getenv("NEWSGRAPH_BENCH_UNINDEXED") != "" {
		readers = append(readers, struct {
			name string
			r    graph.Reader
		}{"scan", unindexedReader{db}})
	}
	var anyNode string
	if err := db.ScanNodes(b.Context(), graph.KindActor, "", func(n graph.Node) error { anyNode = string(n.ID); return graph.ErrStop }); err != nil {
		b.Fatal(err)
	}
	// Every class named: the same facts as the default list, read by
	// merging the classes' own orders (one Badger iterator per class),
	// as the default list itself does since format 10 (up to format 9 it
	// read one order of the facts of every class).
	var every []string
	for _, c := range graph.EdgeClasses {
		every = append(every, string(c))
	}
	queries := []struct{ name, query string }{
		{"relations-by-support", `{ relations(orderBy: {field: SUPPORT, direction: DESC}, first: 20) { totalCount edges { node { id class support source target } } } }`},
		{"relations-by-support-merged", `{ relations(filter: {classes: [` + strings.Join(every, ", ") + `]}, orderBy: {field: SUPPORT, direction: DESC}, first: 20) { totalCount edges { node { id class support source target } } } }`},
		{"relations-by-last-seen", `{ relations(orderBy: {field: LAST_SEEN, direction: DESC}, first: 20) { totalCount edges { node { id class support source target } } } }`},
		{"relations-of-a-class", `{ relations(filter: {classes: [SANCTION]}, orderBy: {field: SUPPORT, direction: DESC}, first: 20) { totalCount edges { node { id class support source target } } } }`},
		{"relations-negated", `{ relations(filter: {modalities: [NEGATED]}, orderBy: {field: LAST_SEEN, direction: DESC}, first: 20) { totalCount edges { node { id class support source target } } } }`},
		{"statements-by-date", `{ statements(orderBy: {field: DATE, direction: DESC}, first: 20) { totalCount edges { node { id text date } } } }`},
		{"events-by-date", `{ events(orderBy: {field: DATE, direction: DESC}, first: 20) { totalCount edges { node { id name date } } } }`},
		{"node", `{ node(id: "` + anyNode + `") { id ... on Actor { name } } }`},
	}
	for _, rd := range readers {
		srv := httptest.NewServer(resolvers.NewHandler(rd.r, resolvers.Options{ResponseCacheBytes: -1}))
		for _, q := range queries {
			body, err := json.Marshal(map[string]any{"query": q.query})
			if err != nil {
				b.Fatal(err)
			}
			b.Run(rd.name+"/"+q.name, func(b *testing.B) {
				b.ReportAllocs()
				var buf bytes.Buffer
				// CPU per request (server and client, one process): on a
				// shared machine the time per request is mostly waiting.
				cpu0 := cpuTime(b)
				defer func() {
					b.ReportMetric(float64(cpuTime(b)-cpu0)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
				}()
				for b.Loop() {
					resp, err := http.Post(srv.URL, "application/json", bytes.NewReader(body))
					if err != nil {
						b.Fatal(err)
					}
					buf.Reset()
					buf.ReadFrom(resp.Body)
					resp.Body.Close()
					if resp.StatusCode != http.StatusOK || !bytes.HasPrefix(buf.Bytes(), []byte(`{"data"`)) {
						b.Fatalf("HTTP %s: %.300s", resp.Status, buf.Bytes())
					}
				}
			})
		}
		srv.Close()
	}
}
