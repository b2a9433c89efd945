package main

import (
	"context"
	"fmt"
	"time"

	"github.com/newsgraph/newsgraph/internal/loadtest"
)

const loadtestDoc = `
Send the depth-2 neighbourhood query of one actor to a running newsgraph
server from many concurrent clients, and print the latency percentiles
and throughput. The server must be on this machine: --url must name a
loopback address (127.0.0.1, ::1, localhost). The run is bounded by
--requests and --duration, whichever ends first.

Start a server first, for example:
  newsgraph serve --db DIR --addr 127.0.0.1:8089 --no-seeds &
  newsgraph loadtest --url http://127.0.0.1:8089/graphql --actor "NAME"
`

func (m *Main) loadtest(ctx context.Context, args []string) int {
	fs := m.flags("loadtest", loadtestDoc)
	u := fs.String("url", "http://127.0.0.1:8080/graphql", "GraphQL `URL` of the server (loopback only)")
	actor := fs.String("actor", "", "`NAME` of the actor whose neighbourhood is asked for (a search finds it)")
	id := fs.String("id", "", "node `ID` to ask for, instead of --actor")
	clients := fs.Int("clients", 32, "number of concurrent clients")
	requests := fs.Int("requests", 10000, "number of timed requests")
	duration := fs.Duration("duration", 60*time.Second, "longest timed run")
	pos, code, ok := m.parse(fs, args)
	if !ok {
		return code
	}
	switch {
	case len(pos) > 0:
		return m.usageError(fs, fmt.Sprintf("unexpected argument %q", pos[0]))
	case (*actor == "") == (*id == ""):
		return m.usageError(fs, "give --actor NAME or --id ID")
	case *clients <= 0 || *requests <= 0 || *duration <= 0:
		return m.usageError(fs, "--clients, --requests and --duration must be positive")
	}
	if err := loadtest.CheckLoopback(*u); err != nil {
		return m.usageError(fs, err.Error())
	}
	node := *id
	if node == "" {
		var err error
		if node, err = loadtest.FindActor(ctx, *u, *actor); err != nil {
			return m.fail("loadtest", err)
		}
	}
	r, err := loadtest.Run(ctx, loadtest.Options{
		URL: *u, Query: loadtest.NeighborhoodQuery, Variables: map[string]any{"id": node},
		Clients: *clients, Requests: *requests, Duration: *duration,
	})
	if err != nil {
		return m.fail("loadtest", err)
	}
	fmt.Fprintf(m.stdout, "neighborhood(depth: 2) of %s, %d clients: %s\n", node, *clients, r)
	if r.Errors > 0 {
		return exitFailure
	}
	return exitOK
}
