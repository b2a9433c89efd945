package loadtest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/loadtest"
	"github.com/newsgraph/newsgraph/resolvers"
	"github.com/newsgraph/newsgraph/store"
)

// BenchmarkNeighborhoodGraphQL asks a real HTTP server for the depth-2
// neighbourhood of the most mentioned person (loadtest.NeighborhoodQuery,
// the server's default caps) from 32 concurrent clients, and reports the
// median and 99th percentile latency of the requests answered, and how
// many failed (the server's 10 s limit), and the CPU of the whole
// process (server and clients) per request. "cached" is the server as
// newsgraph serve runs it; "uncached" turns the response cache off, so
// that every request walks the graph; "uncached-1" asks from one client,
// one request at a time. With NEWSGRAPH_BENCH_DB=DIR it serves that
// database (opened read-only; NEWSGRAPH_BENCH_ROOT names the actor,
// default "Brian Griffin", the hub of newsgraph gen's seed 1); otherwise
// 1000 generated articles ingested here.
func BenchmarkNeighborhoodGraphQL(b *testing.B) {
	ctx := context.Background()
	name := "Brian Griffin" // the hub of seed 1, which benchDB builds
	if n := os.Getenv("NEWSGRAPH_BENCH_ROOT"); n != "" {
		name = n
	}
	db := benchDB(b, store.Options{ReadOnly: true})

	for _, tc := range []struct {
		name    string
		cache   int64
		clients int
	}{{"cached", 0, 32}, {"uncached", -1, 32}, {"uncached-1", -1, 1}} {
		b.Run(tc.name, func(b *testing.B) {
			srv := httptest.NewServer(resolvers.NewHandler(db, resolvers.Options{ResponseCacheBytes: tc.cache}))
			defer srv.Close()
			url := srv.URL + "/graphql"
			id, err := loadtest.FindActor(ctx, url, name)
			if err != nil {
				b.Fatal(err)
			}
			body, err := json.Marshal(map[string]any{"query": loadtest.NeighborhoodQuery, "variables": map[string]any{"id": id}})
			if err != nil {
				b.Fatal(err)
			}
			client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
			defer client.CloseIdleConnections()
			post := func(buf *bytes.Buffer) error { return postQuery(client, url, body, buf) }
			var warm bytes.Buffer
			if err := post(&warm); err != nil {
				b.Fatalf("first request: %v: %.300s", err, warm.Bytes())
			}
			var mu sync.Mutex
			var lat []time.Duration
			failed := 0 // requests answered with an error (a timeout, say)
			asker := func(next func() bool) {
				var buf bytes.Buffer
				var mine []time.Duration
				bad := 0
				for next() {
					t0 := time.Now()
					if err := post(&buf); err != nil {
						if bad++; bad == 1 {
							b.Log(err)
						}
						continue
					}
					mine = append(mine, time.Since(t0))
				}
				mu.Lock()
				lat = append(lat, mine...)
				failed += bad
				mu.Unlock()
			}
			cpu0 := cpuTime(b)
			b.ResetTimer()
			if tc.clients == 1 {
				i := 0
				asker(func() bool { i++; return i <= b.N })
			} else {
				// tc.clients clients whatever GOMAXPROCS is.
				b.SetParallelism(max(1, tc.clients/runtime.GOMAXPROCS(0)))
				b.RunParallel(func(pb *testing.PB) { asker(pb.Next) })
			}
			b.StopTimer()
			b.ReportMetric(float64(cpuTime(b)-cpu0)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
			b.ReportMetric(float64(failed), "failed")
			if len(lat) == 0 {
				b.Fatalf("all %d requests failed", failed)
			}
			slices.Sort(lat)
			q := func(p float64) float64 {
				return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
			}
			b.ReportMetric(q(0.5), "p50-ms")
			b.ReportMetric(q(0.99), "p99-ms")
			b.ReportMetric(float64(warm.Len()), "bytes/response")
		})
	}
}
