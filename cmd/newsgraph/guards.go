package main

import (
	"flag"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/web"
)

// Defaults of serve's guard flags.
const (
	// maxExpensive is how many expensive requests (exports, GraphQL
	// lists ordered or filtered by a scan) run at once; expensiveQueue
	// more wait up to expensiveWait, and the others get 429 or
	// LIMIT_EXCEEDED.
	maxExpensive   = 2
	expensiveQueue = 8
	expensiveWait  = 10 * time.Second
	// stallTimeout cuts off a client that stops reading a download: each
	// write of the response must be taken within it.
	stallTimeout = 15 * time.Second
)

// guardFlags are serve's flags for the guards of web/guard.go.
type guardFlags struct {
	allowHosts   listFlag
	maxExpensive *int
	stall        *time.Duration
}

func addGuardFlags(fs *flag.FlagSet) *guardFlags {
	g := &guardFlags{}
	fs.Var(&g.allowHosts, "allow-host", "on a loopback address, also answer requests for this host `NAME` (repeatable, or comma-separated); others than localhost are refused against DNS rebinding")
	g.maxExpensive = fs.Int("max-expensive", maxExpensive, "how many expensive requests (`N`: exports, lists ordered or filtered by a scan) run at once; a few more wait, the others are refused")
	g.stall = fs.Duration("stall-timeout", stallTimeout, "how long (a `DURATION`) a client may go without reading a download before it is cut off")
	return g
}

// limiter is the one limit shared by /export and the GraphQL API.
func (g *guardFlags) limiter() *web.Limiter {
	return web.NewLimiter(*g.maxExpensive, expensiveQueue, expensiveWait)
}

// wrap puts the guards around the server's handler: every request's
// panic is recovered into an error for it, and on a loopback address
// only requests for loopback hosts (or --allow-host) are answered.
func (g *guardFlags) wrap(h http.Handler, addr string, logger *slog.Logger) http.Handler {
	h = web.Recover(h, logger)
	if isLoopback(addr) {
		h = web.HostCheck(h, g.allowHosts)
	}
	return h
}

// export guards the export handler: its turn under the limiter, and a
// stall timeout within the long write timeout of downloads.
func (g *guardFlags) export(h http.Handler, lim *web.Limiter, writeTimeout time.Duration) http.Handler {
	return lim.Wrap(web.StallTimeout(h, *g.stall, writeTimeout))
}

// validGuards returns what is wrong with the guard flags, or "".
func (g *guardFlags) invalid() string {
	switch {
	case *g.maxExpensive < 1:
		return "--max-expensive must be at least 1"
	case *g.stall <= 0:
		return "--stall-timeout must be positive"
	}
	for _, h := range g.allowHosts {
		if strings.ContainsAny(h, "/: ") {
			return "--allow-host takes host names without scheme or port: " + h
		}
	}
	return ""
}
