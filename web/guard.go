package web

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"
)

// Guards for a server that anyone who can reach it may call: each wraps
// an http.Handler (see cmd/newsgraph serve for the order they go in).

// Recover answers a panic in h with status 500 and "internal error",
// logged with the request, so that one request's panic (a damaged
// table can make the store panic) fails that request alone. A response
// already begun is cut off instead, so that the client sees a broken
// response rather than a short one that looks whole. net/http would
// keep the server up too, but drop the connection without an answer.
func Recover(h http.Handler, logger *slog.Logger) http.Handler {
	if logger == nil {
		logger = slog.Default()
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tw := &trackingWriter{ResponseWriter: w}
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler { //nolint:errorlint // net/http's sentinel, passed on as is
				panic(v)
			}
			logger.ErrorContext(r.Context(), "web: panic serving a request", "method", r.Method, "url", r.URL.String(), "panic", v)
			if tw.wrote || tw.hijacked {
				panic(http.ErrAbortHandler)
			}
			h := w.Header()
			for k := range h {
				h.Del(k)
			}
			h.Set("Content-Type", "text/plain; charset=utf-8")
			h.Set("X-Content-Type-Options", "nosniff")
			w.WriteHeader(http.StatusInternalServerError)
			fmt.Fprintln(w, "newsgraph: internal error")
		}()
		h.ServeHTTP(tw, r)
	})
}

// trackingWriter remembers whether a response was begun or its
// connection taken over.
type trackingWriter struct {
	http.ResponseWriter
	wrote, hijacked bool
}

func (t *trackingWriter) WriteHeader(code int) {
	if code >= 200 { // 1xx responses go before the real one
		t.wrote = true
	}
	t.ResponseWriter.WriteHeader(code)
}

func (t *trackingWriter) Write(p []byte) (int, error) {
	t.wrote = true
	return t.ResponseWriter.Write(p)
}

// Flush passes flushes on (streamed exports and GraphQL responses).
func (t *trackingWriter) Flush() {
	t.wrote = true
	http.NewResponseController(t.ResponseWriter).Flush()
}

// Hijack passes a websocket upgrade on.
func (t *trackingWriter) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	t.hijacked = true
	return http.NewResponseController(t.ResponseWriter).Hijack()
}

// Unwrap lets http.ResponseController reach the writer underneath.
func (t *trackingWriter) Unwrap() http.ResponseWriter { return t.ResponseWriter }

// HostCheck answers only requests whose Host header names the loopback
// interface (localhost, *.localhost, 127.0.0.0/8, ::1) or one of
// allowed (host names, compared without port and case); others get 421
// Misdirected Request. A server listening on loopback is meant for this
// machine's own browser and tools; without the check, a web page on any
// site can point a name it controls at 127.0.0.1 (DNS rebinding) and
// then call the server as if it were that site: same origin, so CORS
// and the websocket origin check let it through, and mutations need no
// token on loopback.
func HostCheck(h http.Handler, allowed []string) http.Handler {
	ok := map[string]bool{}
	for _, a := range allowed {
		ok[strings.ToLower(strings.TrimSpace(a))] = true
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := hostOnly(r.Host)
		if !IsLoopbackHost(host) && !ok[host] {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Header().Set("Connection", "close")
			w.WriteHeader(http.StatusMisdirectedRequest)
			fmt.Fprintf(w, "newsgraph: this server answers requests for localhost only, not for host %q (serve --allow-host names others)\n", host)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// hostOnly is the Host header without its port, lower-cased, without
// the brackets of an IPv6 address and a final dot.
func hostOnly(hostport string) string {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	return strings.TrimSuffix(strings.ToLower(host), ".")
}

// IsLoopbackHost reports whether host (without port) is a loopback name
// or address.
func IsLoopbackHost(host string) bool {
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Limiter runs at most a given number of expensive requests at once;
// a few more wait their turn for a while, and the rest are refused with
// 429 Too Many Requests, so that a handful of clients cannot take the
// server's memory and CPU.
type Limiter struct {
	slots chan struct{} // one token per request running
	queue chan struct{} // one token per request running or waiting
	wait  time.Duration
}

// NewLimiter returns a Limiter that runs n requests at once, lets queue
// more wait up to wait for a slot, and refuses the others.
func NewLimiter(n, queue int, wait time.Duration) *Limiter {
	return &Limiter{slots: make(chan struct{}, max(n, 1)), queue: make(chan struct{}, max(n, 1)+max(queue, 0)), wait: wait}
}

// ErrBusy is returned by Acquire when the server is too busy.
var ErrBusy = errors.New("the server is busy with other expensive requests; retry in a little while")

// Acquire waits for a slot and returns the function that releases it,
// or ErrBusy when the queue is full or the wait too long.
func (l *Limiter) Acquire(ctx context.Context) (release func(), err error) {
	select {
	case l.queue <- struct{}{}:
	default:
		return nil, ErrBusy
	}
	t := time.NewTimer(l.wait)
	defer t.Stop()
	select {
	case l.slots <- struct{}{}:
		return func() { <-l.slots; <-l.queue }, nil
	case <-t.C:
		<-l.queue
		return nil, ErrBusy
	case <-ctx.Done():
		<-l.queue
		return nil, ctx.Err()
	}
}

// Wrap limits h's requests (HEAD and OPTIONS pass freely).
func (l *Limiter) Wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodHead || r.Method == http.MethodOptions {
			h.ServeHTTP(w, r)
			return
		}
		release, err := l.Acquire(r.Context())
		if err != nil {
			w.Header().Set("Retry-After", "5")
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.WriteHeader(http.StatusTooManyRequests)
			fmt.Fprintf(w, "newsgraph: LIMIT_EXCEEDED: %v\n", err)
			return
		}
		defer release()
		h.ServeHTTP(w, r)
	})
}

// StallTimeout cuts off a client that stops reading a long response: each
// write must be taken within d, while a client that keeps reading may go
// on up to the server's (or the handler's) overall write deadline. It
// moves the connection's write deadline forward before each write, never
// past limit from the start of the request.
func StallTimeout(h http.Handler, d, limit time.Duration) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		end := time.Now().Add(limit)
		rc := http.NewResponseController(w)
		// An error means the writer takes no deadlines; the server's
		// own write timeout then stands.
		_ = rc.SetWriteDeadline(minTime(time.Now().Add(d), end))
		h.ServeHTTP(&stallWriter{ResponseWriter: w, rc: rc, d: d, end: end}, r)
	})
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// stallWriter moves the write deadline before each write.
type stallWriter struct {
	http.ResponseWriter
	rc   *http.ResponseController
	d    time.Duration
	end  time.Time
	last time.Time
}

func (s *stallWriter) Write(p []byte) (int, error) {
	// Moving the deadline costs a syscall: do it at most every d/4.
	if now := time.Now(); now.Sub(s.last) > s.d/4 {
		s.last = now
		_ = s.rc.SetWriteDeadline(minTime(now.Add(s.d), s.end))
	}
	return s.ResponseWriter.Write(p)
}

// Flush passes flushes on.
func (s *stallWriter) Flush() { _ = s.rc.Flush() }

// Unwrap lets http.ResponseController reach the writer underneath.
func (s *stallWriter) Unwrap() http.ResponseWriter { return s.ResponseWriter }
