package main

import (
	"context"
	"fmt"
	"strings"
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
	var actors, ids listFlag
	fs.Var(&actors, "actor", "`NAME` of the actor whose neighbourhood is asked for (a search finds it); repeatable or comma-separated: requests take each in turn")
	fs.Var(&ids, "id", "node `ID` to ask for, instead of --actor; repeatable or comma-separated")
	clients := fs.Int("clients", 32, "number of concurrent clients")
	requests := fs.Int("requests", 10000, "number of timed requests")
	duration := fs.Duration("duration", 60*time.Second, "longest timed run")
	depth := fs.Int("depth", 2, "neighbourhood `DEPTH`")
	var classes listFlag
	fs.Var(&classes, "class", "follow only relations of this `CLASS` (repeatable, or comma-separated); every class when omitted")
	limit := fs.Int("limit-per-hop", 0, "at most `N` new nodes per node and hop (0: no cap, the server's node limit only)")
	maxNodes := fs.Int("max-nodes", 0, "at most `N` nodes in a neighbourhood (0: the server's limit)")
	maxEdges := fs.Int("max-edges", 0, "at most `N` relations in a neighbourhood (0: the server's limit)")
	pos, code, ok := m.parse(fs, args)
	if !ok {
		return code
	}
	switch {
	case len(pos) > 0:
		return m.usageError(fs, fmt.Sprintf("unexpected argument %q", pos[0]))
	case (len(actors) == 0) == (len(ids) == 0):
		return m.usageError(fs, "give --actor NAME or --id ID")
	case *clients <= 0 || *requests <= 0 || *duration <= 0 || *depth <= 0:
		return m.usageError(fs, "--clients, --requests, --duration and --depth must be positive")
	case *limit < 0 || *maxNodes < 0 || *maxEdges < 0:
		return m.usageError(fs, "--limit-per-hop, --max-nodes and --max-edges must not be negative")
	}
	if err := loadtest.CheckLoopback(*u); err != nil {
		return m.usageError(fs, message(err))
	}
	nodes := []string(ids)
	for _, name := range actors {
		node, err := loadtest.FindActor(ctx, *u, name)
		if err != nil {
			return m.fail("loadtest", err)
		}
		nodes = append(nodes, node)
	}
	var sets []map[string]any
	for _, node := range nodes {
		vars := map[string]any{"depth": *depth, "id": node}
		if len(classes) > 0 {
			vars["classes"] = []string(classes)
		}
		for name, v := range map[string]int{"limit": *limit, "maxNodes": *maxNodes, "maxEdges": *maxEdges} {
			if v > 0 {
				vars[name] = v
			}
		}
		sets = append(sets, vars)
	}
	r, err := loadtest.Run(ctx, loadtest.Options{
		URL: *u, Query: loadtest.NeighborhoodQuery, Variables: sets[0], More: sets[1:],
		Clients: *clients, Requests: *requests, Duration: *duration,
	})
	if err != nil {
		return m.fail("loadtest", err)
	}
	lim := "no limitPerHop"
	if *limit > 0 {
		lim = fmt.Sprintf("limitPerHop: %d", *limit)
	}
	if len(classes) > 0 {
		lim += ", classes: " + classes.String()
	}
	if *maxNodes > 0 {
		lim += fmt.Sprintf(", maxNodes: %d", *maxNodes)
	}
	if *maxEdges > 0 {
		lim += fmt.Sprintf(", maxEdges: %d", *maxEdges)
	}
	fmt.Fprintf(m.stdout, "neighborhood(depth: %d, %s) of %s, %d clients: %s\n", *depth, lim, strings.Join(nodes, ", "), *clients, r)
	if r.Errors > 0 {
		return exitFailure
	}
	return exitOK
}
