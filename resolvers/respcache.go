package resolvers

import (
	"bytes"
	"container/list"
	"context"
	"crypto/sha256"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"

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
// from the response cache ("hit") or was computed ("miss").
const CacheHeader = "X-Newsgraph-Cache"

// responseCache answers repeated read-only operations from memory. The
// same hub neighbourhood is asked for by many analysts and front-ends,
// far more often than the graph changes, and computing it means reading
// thousands of keys, while the answer is a few hundred kilobytes.
//
// Answers are keyed by the request (method, content type, accepted types
// and the body or URL query, hashed) and stamped with the reader's
// version read before the operation ran, so an answer is never newer
// than its stamp says and any write makes every stored answer stale. Only
// queries that answered without errors are kept (a timeout, a missing
// node or a limit is computed again). Concurrent identical requests wait
// for the first to finish instead of computing the same answer at once.
type responseCache struct {
	src versioned
	// maxBytes bounds the bodies kept in all, maxEntry one of them.
	maxBytes, maxEntry int64

	mu      sync.Mutex
	version uint64 // the version every entry was computed at
	entries map[[32]byte]*list.Element
	lru     list.List // of *cachedResponse, most recently used first
	size    int64
	flights map[[32]byte]*flight
}

type cachedResponse struct {
	key         [32]byte
	contentType string
	body        []byte
}

// flight is a computation of an answer that identical requests wait for.
type flight struct {
	version uint64
	done    chan struct{}
}

func newResponseCache(src versioned, maxBytes int64) *responseCache {
	return &responseCache{
		src:      src,
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
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key, ok := requestKey(r)
		if !ok {
			next.ServeHTTP(w, r)
			return
		}
		v := c.src.Version()
		if e := c.get(key, v); e != nil {
			serveCached(w, e)
			return
		}
		f, leader := c.join(key, v)
		if !leader {
			select {
			case <-f.done:
			case <-r.Context().Done():
				return
			}
			if e := c.get(key, v); e != nil {
				serveCached(w, e)
				return
			}
			// The first answer was not kept (not a query, an error, too
			// big): compute this one apart.
			w.Header().Set(CacheHeader, "miss")
			next.ServeHTTP(w, r)
			return
		}
		defer c.land(key, f)
		mark := &cacheMark{}
		rec := &recorder{ResponseWriter: w, limit: c.maxEntry}
		w.Header().Set(CacheHeader, "miss")
		next.ServeHTTP(rec, r.WithContext(context.WithValue(r.Context(), cacheMarkKey{}, mark)))
		if mark.query.Load() && rec.status == http.StatusOK && !rec.over && bytes.HasPrefix(rec.body.Bytes(), []byte(`{"data"`)) {
			c.put(key, v, rec.Header().Get("Content-Type"), rec.body.Bytes())
		}
	})
}

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

func serveCached(w http.ResponseWriter, e *cachedResponse) {
	h := w.Header()
	h.Set("Content-Type", e.contentType)
	h.Set(CacheHeader, "hit")
	w.WriteHeader(http.StatusOK)
	w.Write(e.body)
}

// sync drops every entry when the reader's version has moved past the
// entries'. It reports whether entries of version v may be used or kept.
func (c *responseCache) sync(v uint64) bool {
	if v > c.version {
		c.entries = map[[32]byte]*list.Element{}
		c.lru.Init()
		c.size = 0
		c.version = v
	}
	return v == c.version
}

func (c *responseCache) get(key [32]byte, v uint64) *cachedResponse {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.sync(v) {
		return nil
	}
	el, ok := c.entries[key]
	if !ok {
		return nil
	}
	c.lru.MoveToFront(el)
	return el.Value.(*cachedResponse)
}

func (c *responseCache) put(key [32]byte, v uint64, contentType string, body []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.sync(v) || int64(len(body)) > c.maxEntry {
		return
	}
	if _, ok := c.entries[key]; ok {
		return
	}
	e := &cachedResponse{key: key, contentType: contentType, body: bytes.Clone(body)}
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
