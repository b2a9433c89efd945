package loadtest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"slices"
	"sync"
	"sync/atomic"
	"time"
)

// Options configure a load run. Requests and Duration both bound it:
// the run ends at whichever comes first.
type Options struct {
	// URL is the GraphQL endpoint. Its host must be a loopback address
	// (127.0.0.0/8, ::1 or localhost): load is only ever sent to this
	// machine.
	URL string
	// Query and Variables are the GraphQL operation every request sends.
	Query     string
	Variables map[string]any
	// More, when set, are further variables: requests take Variables
	// and each of More in turn (to ask for several hubs, say).
	More []map[string]any
	// Clients is the number of concurrent clients, each sending its next
	// request as soon as the last is answered (default 32).
	Clients int
	// Requests is the number of requests to time, in all (default 10000).
	Requests int
	// Warmup is the number of requests sent, and not timed, before the
	// timed ones (default 2 per client).
	Warmup int
	// Duration caps the timed run (default 60s).
	Duration time.Duration
	// Timeout caps one request (default 10s).
	Timeout time.Duration
	// Writer, when set, writes articles through the API while the timed
	// requests run (a live run): the graph changes under the readers as
	// it does on a server that ingests the news all day.
	Writer *Writer
}

// Writer ingests one article every Every through the ingestArticle
// mutation during a live run, without waiting for the readers.
type Writer struct {
	Every time.Duration
	// Article returns the i-th article to write (i from 0).
	Article func(i int) Article
	// Token is the bearer token mutations need, if the server wants one.
	Token string
}

// Article is an article a Writer sends.
type Article struct {
	Title, Date, Text string
}

// IngestMutation is the operation a Writer sends.
const IngestMutation = `mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { duplicate edgesCreated } }`

// Kind is what a run measured of one kind of request.
type Kind struct {
	Requests, Errors int
	// FirstError is the first error seen, if any.
	FirstError    string
	P50, P99, Max time.Duration
}

func (k Kind) String() string {
	ms := func(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d.Microseconds())/1000) }
	s := fmt.Sprintf("%d requests, %d errors; latency median %s, p99 %s, max %s", k.Requests, k.Errors, ms(k.P50), ms(k.P99), ms(k.Max))
	if k.FirstError != "" {
		s += "; first error: " + k.FirstError
	}
	return s
}

func (o Options) withDefaults() Options {
	if o.Clients <= 0 {
		o.Clients = 32
	}
	if o.Requests <= 0 {
		o.Requests = 10000
	}
	if o.Warmup <= 0 {
		o.Warmup = 2 * o.Clients
	}
	if o.Duration <= 0 {
		o.Duration = 60 * time.Second
	}
	if o.Timeout <= 0 {
		o.Timeout = 10 * time.Second
	}
	return o
}

// Result is what a run measured. Latencies are of successful requests.
type Result struct {
	Requests, Errors int
	// FirstError is the first error seen, if any.
	FirstError string
	Elapsed    time.Duration
	// Throughput is successful requests per second.
	Throughput                    float64
	Min, P50, P90, P99, P999, Max time.Duration
	// ResponseBytes is the size of one response (to the first
	// variables).
	ResponseBytes int
	// Writes measures the Writer's requests, in a live run.
	Writes *Kind
	// Stale counts the answers the server's response cache gave from
	// before the latest writes (its X-Newsgraph-Cache header says
	// "stale"), Hits those it gave fresh.
	Stale, Hits int
}

// String is a one-paragraph account of r.
func (r Result) String() string {
	ms := func(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d.Microseconds())/1000) }
	s := fmt.Sprintf("%d requests in %s (%.0f/s), %d errors; latency min %s, median %s, p90 %s, p99 %s, p99.9 %s, max %s; %d bytes per response",
		r.Requests, r.Elapsed.Round(time.Millisecond), r.Throughput, r.Errors,
		ms(r.Min), ms(r.P50), ms(r.P90), ms(r.P99), ms(r.P999), ms(r.Max), r.ResponseBytes)
	if r.FirstError != "" {
		s += "; first error: " + r.FirstError
	}
	if r.Hits+r.Stale > 0 {
		s += fmt.Sprintf("; from the cache: %d fresh, %d stale", r.Hits, r.Stale)
	}
	if r.Writes != nil {
		s += "; writer (ingestArticle): " + r.Writes.String()
	}
	return s
}

// CheckLoopback returns an error unless raw is an http URL whose host
// is a loopback address.
func CheckLoopback(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("loadtest: URL %q: %w", raw, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("loadtest: URL %q: want http or https", raw)
	}
	host := u.Hostname()
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("loadtest: URL %q: the host must be a loopback address (127.0.0.1, ::1 or localhost); load is only sent to this machine", raw)
	}
	return nil
}

// Run sends the operation from opts.Clients concurrent clients until
// opts.Requests timed requests are answered or opts.Duration passes, and
// measures their latency. A response that is not HTTP 200 or that
// carries GraphQL errors counts as an error.
func Run(ctx context.Context, opts Options) (Result, error) {
	opts = opts.withDefaults()
	if err := CheckLoopback(opts.URL); err != nil {
		return Result{}, err
	}
	var bodies [][]byte
	for _, vars := range append([]map[string]any{opts.Variables}, opts.More...) {
		body, err := json.Marshal(map[string]any{"query": opts.Query, "variables": vars})
		if err != nil {
			return Result{}, fmt.Errorf("loadtest: encode the operation: %w", err)
		}
		bodies = append(bodies, body)
	}
	client := &http.Client{
		Timeout: opts.Timeout,
		Transport: &http.Transport{
			MaxIdleConns:        opts.Clients,
			MaxIdleConnsPerHost: opts.Clients,
			IdleConnTimeout:     time.Minute,
		},
	}
	defer client.CloseIdleConnections()

	// One request of each kind, checked in full, before anything is timed.
	size := 0
	for i, body := range bodies {
		n, err := send(ctx, client, opts.URL, body, true, new(bytes.Buffer))
		if err != nil {
			return Result{}, fmt.Errorf("loadtest: first request with variables %d: %w", i+1, err)
		}
		if i == 0 {
			size = n
		}
	}

	var hits, stale atomic.Int64
	run := func(total int, deadline time.Time, record bool) ([]time.Duration, int, string) {
		var next atomic.Int64
		var mu sync.Mutex
		var lat []time.Duration
		errs := 0
		first := ""
		var wg sync.WaitGroup
		for range opts.Clients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				mine := make([]time.Duration, 0, total/opts.Clients+1)
				var buf bytes.Buffer // reused, so that the client takes little CPU from the server
				myErrs := 0
				myFirst := ""
				for {
					i := next.Add(1)
					if i > int64(total) || !time.Now().Before(deadline) || ctx.Err() != nil {
						break
					}
					t0 := time.Now()
					_, cache, err := sendAs(ctx, client, opts.URL, "", bodies[int(i)%len(bodies)], false, &buf)
					d := time.Since(t0)
					if record {
						switch cache {
						case "hit":
							hits.Add(1)
						case "stale":
							stale.Add(1)
						}
					}
					if err != nil {
						myErrs++
						if myFirst == "" {
							myFirst = err.Error()
						}
						continue
					}
					if record {
						mine = append(mine, d)
					}
				}
				mu.Lock()
				lat = append(lat, mine...)
				errs += myErrs
				if first == "" {
					first = myFirst
				}
				mu.Unlock()
			}()
		}
		wg.Wait()
		return lat, errs, first
	}

	run(opts.Warmup, time.Now().Add(opts.Duration), false)
	var writes chan Kind
	stopWriter := make(chan struct{})
	if opts.Writer != nil {
		writes = make(chan Kind, 1)
		go func() { writes <- write(ctx, client, opts.URL, *opts.Writer, stopWriter) }()
	}
	start := time.Now()
	lat, errs, first := run(opts.Requests, start.Add(opts.Duration), true)
	elapsed := time.Since(start)
	close(stopWriter)
	var wk *Kind
	if writes != nil {
		k := <-writes
		wk = &k
	}
	if err := ctx.Err(); err != nil {
		return Result{}, fmt.Errorf("loadtest: %w", err)
	}
	r := Result{Requests: len(lat) + errs, Errors: errs, FirstError: first, Elapsed: elapsed, ResponseBytes: size,
		Writes: wk, Hits: int(hits.Load()), Stale: int(stale.Load())}
	if len(lat) == 0 {
		return r, errors.New("loadtest: no request succeeded: " + first)
	}
	slices.Sort(lat)
	q := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	r.Min, r.P50, r.P90, r.P99, r.P999, r.Max = lat[0], q(0.5), q(0.9), q(0.99), q(0.999), lat[len(lat)-1]
	r.Throughput = float64(len(lat)) / elapsed.Seconds()
	return r, nil
}

// write sends w's articles, one every w.Every, until stop is closed,
// and measures them. A write that takes longer than w.Every delays the
// next: one writer, as one ingest process would be.
func write(ctx context.Context, client *http.Client, u string, w Writer, stop <-chan struct{}) Kind {
	var k Kind
	var lat []time.Duration
	var buf bytes.Buffer
	tick := time.NewTicker(w.Every)
	defer tick.Stop()
	for i := 0; ; i++ {
		select {
		case <-stop:
			k.P50, k.P99, k.Max = quantiles(lat)
			return k
		case <-ctx.Done():
			return k
		case <-tick.C:
		}
		a := w.Article(i)
		vars := map[string]any{"input": map[string]any{"title": a.Title, "published": a.Date, "text": a.Text}}
		body, err := json.Marshal(map[string]any{"query": IngestMutation, "variables": vars})
		if err == nil {
			t0 := time.Now()
			if _, _, err = sendAs(ctx, client, u, w.Token, body, true, &buf); err == nil {
				lat = append(lat, time.Since(t0))
			}
		}
		k.Requests++
		if err != nil {
			k.Errors++
			if k.FirstError == "" {
				k.FirstError = err.Error()
			}
		}
	}
}

// quantiles returns the median, 99th percentile and maximum of lat,
// which it sorts.
func quantiles(lat []time.Duration) (p50, p99, most time.Duration) {
	if len(lat) == 0 {
		return 0, 0, 0
	}
	slices.Sort(lat)
	q := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	return q(0.5), q(0.99), lat[len(lat)-1]
}

// send posts one GraphQL request and returns the response's size. With
// full it decodes the response and reports GraphQL errors; otherwise it
// checks the status and looks for an "errors" member at the top level,
// cheaply, so that the client takes little CPU from the server.
func send(ctx context.Context, client *http.Client, u string, body []byte, full bool, buf *bytes.Buffer) (int, error) {
	n, _, err := sendAs(ctx, client, u, "", body, full, buf)
	return n, err
}

// sendAs is send with a bearer token (none when empty), also returning
// the response cache's header.
func sendAs(ctx context.Context, client *http.Client, u, token string, body []byte, full bool, buf *bytes.Buffer) (n int, cache string, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader(body))
	if err != nil {
		return 0, "", err
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	cache = resp.Header.Get("X-Newsgraph-Cache")
	n, err = check(resp, full, buf)
	return n, cache, err
}

// check reads a response and reports its size, or what is wrong with
// it (see send).
func check(resp *http.Response, full bool, buf *bytes.Buffer) (int, error) {
	buf.Reset()
	if _, err := buf.ReadFrom(resp.Body); err != nil {
		return 0, err
	}
	data := buf.Bytes()
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("HTTP %s: %.200s", resp.Status, data)
	}
	if full {
		var out struct {
			Data   json.RawMessage `json:"data"`
			Errors []struct {
				Message string `json:"message"`
			} `json:"errors"`
		}
		if err := json.Unmarshal(data, &out); err != nil {
			return 0, fmt.Errorf("decode response: %w", err)
		}
		if len(out.Errors) > 0 {
			return 0, fmt.Errorf("GraphQL error: %s", out.Errors[0].Message)
		}
		if len(out.Data) == 0 || string(out.Data) == "null" {
			return 0, errors.New("response without data")
		}
		return len(data), nil
	}
	if bytes.HasPrefix(data, []byte(`{"errors"`)) || bytes.Contains(data, []byte(`},"errors":[`)) || bytes.Contains(data, []byte(`],"errors":[`)) {
		return 0, fmt.Errorf("GraphQL error: %.200s", data)
	}
	return len(data), nil
}

// Query posts one GraphQL operation to a loopback URL and decodes its
// data into out, for setting up a run (finding a hub's ID).
func Query(ctx context.Context, u, query string, vars map[string]any, out any) error {
	if err := CheckLoopback(u); err != nil {
		return err
	}
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("loadtest: %w", err)
	}
	defer resp.Body.Close()
	var res struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&res); err != nil {
		return fmt.Errorf("loadtest: decode response (HTTP %s): %w", resp.Status, err)
	}
	if len(res.Errors) > 0 {
		return fmt.Errorf("loadtest: GraphQL error: %s", res.Errors[0].Message)
	}
	return json.Unmarshal(res.Data, out)
}

// NeighborhoodQuery is the operation of the neighbourhood load test: the
// neighbourhood of a node ($depth, 2 when null; at most $limit new nodes
// per node and hop, no cap when null; following $classes, every class
// when null; $maxNodes and $maxEdges, the server's caps when null) with
// what a graph view draws
// (nodes with their names and kinds, relations with class, ends and
// support).
const NeighborhoodQuery = `query Hood($id: ID!, $depth: Int = 2, $limit: Int, $classes: [EdgeClass!], $maxNodes: Int, $maxEdges: Int) {
  neighborhood(id: $id, depth: $depth, limitPerHop: $limit, classes: $classes, maxNodes: $maxNodes, maxEdges: $maxEdges) {
    truncated
    nodes {
      __typename
      id
      ... on Actor { name type }
      ... on Article { title published }
      ... on Statement { text }
      ... on Event { name date }
      ... on Object { name }
    }
    edges { id source target class support }
  }
}`

// FindActor returns the ID of the actor a search for name finds first.
func FindActor(ctx context.Context, u, name string) (string, error) {
	var out struct {
		Search []struct {
			Node struct {
				ID   string `json:"id"`
				Name string `json:"name"`
			} `json:"node"`
		} `json:"search"`
	}
	err := Query(ctx, u, `query Find($q: String!) { search(query: $q, kinds: [ACTOR], first: 1) { node { ... on Actor { id name } } } }`, map[string]any{"q": name}, &out)
	if err != nil {
		return "", err
	}
	if len(out.Search) == 0 || out.Search[0].Node.ID == "" {
		return "", fmt.Errorf("loadtest: no actor named %q", name)
	}
	return out.Search[0].Node.ID, nil
}
