package resolvers

import (
	"bytes"
	"container/list"
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// versioned is a graph reader that says when its data changed
// (store.DB.Version): the response cache serves an answer only while the
// version it was computed at is current.
type versioned interface {
	Version() uint64
}

// CacheHeader names the response header that says whether an answer came
// from the response cache ("hit"), came from it though the graph has
// changed since ("stale"), or was computed ("miss").
const CacheHeader = "X-Newsgraph-Cache"

// StaleHeader names the response header of a stale answer that says how
// far behind the graph it is: "writes=N, age=S" (N writes since it was
// computed, S seconds ago).
const StaleHeader = "X-Newsgraph-Stale"

// Staleness bounds how far behind the graph the response cache may answer
// while it computes a fresh answer in the background. The zero value
// serves no stale answer.
type Staleness struct {
	// For is the longest time since an answer was computed (0: no bound
	// on time, when Writes is set).
	For time.Duration
	// Writes is the most writes (articles ingested, corrections) the
	// graph may have had since (0: no bound on writes, when For is set).
	Writes uint64
	// Refresh is the least time between two background computations of
	// one answer (0: one after every write): on a graph written to every
	// 200 ms, refreshing each hub's answer once a second instead of five
	// times leaves the CPU to the readers.
	Refresh time.Duration
}

// enabled reports whether stale answers may be served at all.
func (s Staleness) enabled() bool { return s.For > 0 || s.Writes > 0 }

// allows reports whether an answer writes behind and age old may be
// served.
func (s Staleness) allows(writes uint64, age time.Duration) bool {
	return s.enabled() && (s.For == 0 || age <= s.For) && (s.Writes == 0 || writes <= s.Writes)
}

// responseCache answers repeated read-only operations from memory. The
// same hub neighbourhood is asked for by many analysts and front-ends,
// far more often than the graph changes, and computing it means reading
// thousands of keys, while the answer is a few hundred kilobytes.
//
// Answers are keyed by the request (method, content type, accepted types
// and the body or URL query, hashed) and stamped with the reader's
// version read before the operation ran, so an answer is never newer
// than its stamp says. An answer whose stamp is current is served as it
// is ("hit"). Once the graph has changed, an answer within the
// staleness bound (Staleness; none by default) is still served at once
// ("stale", with StaleHeader saying how far behind), and one
// computation of a fresh answer starts in the background, so that
// readers of a graph written to all day never wait behind it; a request
// with "Cache-Control: no-cache" takes no stale answer. Otherwise the
// answer is computed while the request waits. Only queries that answered
// without errors are kept (a timeout, a missing node or a limit is
// computed again). Concurrent identical requests wait for the first to
// finish instead of computing the same answer at once.
type responseCache struct {
	src   versioned
	stale Staleness
	// maxBytes bounds the bodies kept in all, maxEntry one of them.
	maxBytes, maxEntry int64
	// next is the handler that computes answers, for background
	// refreshes; refreshTimeout bounds one.
	next           http.Handler
	refreshTimeout time.Duration

	mu      sync.Mutex
	entries map[[32]byte]*list.Element
	lru     list.List // of *cachedResponse, most recently used first
	size    int64
	flights map[[32]byte]*flight
}

type cachedResponse struct {
	key         [32]byte
	contentType string
	body        []byte
	version     uint64    // the reader's version read before computing it
	computed    time.Time // when it was computed
}

// flight is a computation of an answer that identical requests wait for.
type flight struct {
	version uint64
	done    chan struct{}
}

func newResponseCache(src versioned, maxBytes int64, stale Staleness) *responseCache {
	return &responseCache{
		src:      src,
		stale:    stale,
		maxBytes: maxBytes,
		maxEntry: min(8<<20, maxBytes/4),
		entries:  map[[32]byte]*list.Element{},
		flights:  map[[32]byte]*flight{},
	}
}

// cacheMarkKey holds, in a request's context, the *cacheMark that the
// operation middleware sets when the request turns out to be a query.
type cacheMarkKey struct{}

type cacheMark struct{ query atomic.Bool }

// markQueries records, for the response cache, that an operation is a
// query (not a mutation or subscription). Only gqlgen knows, once it has
// parsed the request.
func markQueries(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	if m, ok := ctx.Value(cacheMarkKey{}).(*cacheMark); ok {
		if op := graphql.GetOperationContext(ctx).Operation; op != nil && op.Operation == ast.Query {
			m.query.Store(true)
		}
	}
	return next(ctx)
}

func (c *responseCache) wrap(next http.Handler) http.Handler {
	c.next = next
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key, ok := requestKey(r)
		if !ok {
			next.ServeHTTP(w, r)
			return
		}
		v := c.src.Version()
		noStale := strings.Contains(strings.ToLower(r.Header.Get("Cache-Control")), "no-cache")
		if e, fresh := c.get(key, v, !noStale); e != nil {
			if !fresh && time.Since(e.computed) >= c.stale.Refresh {
				c.refresh(key, r)
			}
			serveCached(w, e, v)
			return
		}
		f, leader := c.join(key, v)
		if !leader {
			select {
			case <-f.done:
			case <-r.Context().Done():
				return
			}
			if e, fresh := c.get(key, v, false); e != nil && fresh {
				serveCached(w, e, v)
				return
			}
			// The first answer was not kept (not a query, an error, too
			// big): compute this one apart.
			w.Header().Set(CacheHeader, "miss")
			next.ServeHTTP(w, r)
			return
		}
		defer c.land(key, f)
		// A leader that finished between this request's get and join has
		// put its answer and left: serve it rather than compute it again.
		if e, fresh := c.get(key, v, false); e != nil && fresh {
			serveCached(w, e, v)
			return
		}
		w.Header().Set(CacheHeader, "miss")
		c.compute(key, v, w, r)
	})
}

// compute runs the operation of r into w, keeping its answer when it is
// one to keep.
func (c *responseCache) compute(key [32]byte, v uint64, w http.ResponseWriter, r *http.Request) {
	mark := &cacheMark{}
	rec := &recorder{ResponseWriter: w, limit: c.maxEntry}
	start := time.Now()
	c.next.ServeHTTP(rec, r.WithContext(context.WithValue(r.Context(), cacheMarkKey{}, mark)))
	if mark.query.Load() && rec.status == http.StatusOK && !rec.over && bytes.HasPrefix(rec.body.Bytes(), []byte(`{"data"`)) {
		c.put(key, v, start, rec.Header().Get("Content-Type"), rec.body.Bytes())
	}
}

// refresh computes a fresh answer to r in the background, unless one is
// being computed already: one computation per key however many readers
// are served the stale answer meanwhile. The request's context values
// (credentials) are kept, its cancellation is not: the reader that
// started it has its answer already.
func (c *responseCache) refresh(key [32]byte, r *http.Request) {
	v := c.src.Version()
	f, leader := c.join(key, v)
	if !leader {
		return
	}
	body, _ := io.ReadAll(r.Body) // requestKey buffered it
	r.Body = io.NopCloser(bytes.NewReader(body))
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), c.refreshTimeout)
	bg := r.Clone(ctx)
	bg.Body = io.NopCloser(bytes.NewReader(body))
	go func() {
		defer cancel()
		defer c.land(key, f)
		c.compute(key, v, &discardWriter{header: http.Header{}}, bg)
	}()
}

// discardWriter is the ResponseWriter of a background refresh: the
// answer goes to the cache alone.
type discardWriter struct {
	header http.Header
}

func (d *discardWriter) Header() http.Header         { return d.header }
func (d *discardWriter) Write(p []byte) (int, error) { return len(p), nil }
func (d *discardWriter) WriteHeader(int)             {}

// requestKey hashes what determines an answer; ok is false for requests
// the cache stays out of (websockets, other methods).
func requestKey(r *http.Request) (key [32]byte, ok bool) {
	if strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
		return key, false
	}
	h := sha256.New()
	io.WriteString(h, r.Method)
	for _, s := range []string{r.Header.Get("Content-Type"), r.Header.Get("Accept")} {
		io.WriteString(h, "\x00"+s)
	}
	h.Write([]byte{0})
	switch r.Method {
	case http.MethodGet:
		io.WriteString(h, r.URL.RawQuery)
	case http.MethodPost:
		if r.Body == nil || r.Body == http.NoBody {
			return key, false
		}
		body, err := io.ReadAll(r.Body)
		if err != nil {
			return key, false
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		h.Write(body)
	default:
		return key, false
	}
	h.Sum(key[:0])
	return key, true
}

// serveCached writes a cached answer; v is the reader's version now.
func serveCached(w http.ResponseWriter, e *cachedResponse, v uint64) {
	h := w.Header()
	h.Set("Content-Type", e.contentType)
	if e.version == v {
		h.Set(CacheHeader, "hit")
	} else {
		h.Set(CacheHeader, "stale")
		h.Set(StaleHeader, fmt.Sprintf("writes=%d, age=%.3f", v-e.version, time.Since(e.computed).Seconds()))
	}
	w.WriteHeader(http.StatusOK)
	w.Write(e.body)
}

// get returns the answer kept for key and whether it is fresh (computed
// at version v); with stale set, an answer the staleness bound allows is
// returned too, else none.
func (c *responseCache) get(key [32]byte, v uint64, stale bool) (*cachedResponse, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.entries[key]
	if !ok {
		return nil, false
	}
	e := el.Value.(*cachedResponse)
	fresh := e.version == v
	if !fresh && !(stale && e.version < v && c.stale.allows(v-e.version, time.Since(e.computed))) {
		return nil, false
	}
	c.lru.MoveToFront(el)
	return e, fresh
}

// put keeps an answer computed at version v, which started at start,
// unless a newer one is kept already.
func (c *responseCache) put(key [32]byte, v uint64, start time.Time, contentType string, body []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if int64(len(body)) > c.maxEntry {
		return
	}
	if el, ok := c.entries[key]; ok {
		old := el.Value.(*cachedResponse)
		if old.version >= v {
			return
		}
		c.lru.Remove(el)
		delete(c.entries, key)
		c.size -= int64(len(old.body))
	}
	e := &cachedResponse{key: key, contentType: contentType, body: bytes.Clone(body), version: v, computed: start}
	c.entries[key] = c.lru.PushFront(e)
	c.size += int64(len(e.body))
	for c.size > c.maxBytes {
		old := c.lru.Remove(c.lru.Back()).(*cachedResponse)
		delete(c.entries, old.key)
		c.size -= int64(len(old.body))
	}
}

// join returns the flight computing key at version v, and whether the
// caller is to compute it (and then call land).
func (c *responseCache) join(key [32]byte, v uint64) (*flight, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if f, ok := c.flights[key]; ok && f.version == v {
		return f, false
	}
	f := &flight{version: v, done: make(chan struct{})}
	c.flights[key] = f
	return f, true
}

func (c *responseCache) land(key [32]byte, f *flight) {
	c.mu.Lock()
	if c.flights[key] == f {
		delete(c.flights, key)
	}
	c.mu.Unlock()
	close(f.done)
}

// recorder passes a response through and keeps a copy of its body, up to
// limit bytes.
type recorder struct {
	http.ResponseWriter
	limit  int64
	status int
	body   bytes.Buffer
	over   bool
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(p []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	if !r.over {
		if int64(r.body.Len()+len(p)) > r.limit {
			r.over = true
			r.body = bytes.Buffer{}
		} else {
			r.body.Write(p)
		}
	}
	return r.ResponseWriter.Write(p)
}

// Unwrap lets http.ResponseController reach the writer underneath.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
