package main

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/corpus"
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

Live mode: with --write-every, a writer ingests one generated article
(newsgraph gen's, numbered from --write-from, of the population of
--write-seed) through the ingestArticle mutation at that interval while
the readers run, so that the graph changes under them, and the report
gives the writer's latencies too, and how many answers the server's
response cache gave fresh or stale (serve --cache-stale). For example,
against the database newsgraph gen --articles 34000 made:
  newsgraph serve --db DIR --addr 127.0.0.1:8089 --no-seeds --cache-stale 5s &
  newsgraph loadtest --url http://127.0.0.1:8089/graphql --actor "NAME" \
      --clients 32 --duration 30s --write-every 200ms
`

func (m *Main) loadtest(ctx context.Context, args []string) int {
	fs := m.flags("loadtest", loadtestDoc)
	u := fs.String("url", "http://127.0.0.1:8080/graphql", "GraphQL `URL` of the server (loopback only)")
	var actors, ids listFlag
	fs.Var(&actors, "actor", "`NAME` of the actor whose neighbourhood is asked for (a search finds it); repeatable or comma-separated: requests take each in turn")
	fs.Var(&ids, "id", "node `ID` to ask for, instead of --actor; repeatable or comma-separated")
	clients := fs.Int("clients", 32, "`N` concurrent clients")
	requests := fs.Int("requests", 10000, "`N` timed requests")
	duration := fs.Duration("duration", 60*time.Second, "longest timed run (a `DURATION`)")
	depth := fs.Int("depth", 2, "neighbourhood `DEPTH`")
	var classes listFlag
	fs.Var(&classes, "class", "follow only relations of this `CLASS` (repeatable, or comma-separated); every class when omitted")
	limit := fs.Int("limit-per-hop", 0, "at most `N` new nodes per node and hop (0: no cap, the server's node limit only)")
	maxNodes := fs.Int("max-nodes", 0, "at most `N` nodes in a neighbourhood (0: the server's limit)")
	maxEdges := fs.Int("max-edges", 0, "at most `N` relations in a neighbourhood (0: the server's limit)")
	every := fs.Duration("write-every", 0, "live mode: ingest one generated article every `DURATION` through the API while reading (0: no writer)")
	writeSeed := fs.Uint64("write-seed", 1, "`SEED` of the generated population the writer's articles are about (newsgraph gen's --seed)")
	writeFrom := fs.Int("write-from", 1000000, "`N`, the number of the writer's first generated article (after those of the database, so that each is new)")
	writePeople := fs.Int("write-people", 0, "`N` people in the writer's generated population (newsgraph gen's --people; 0: its default)")
	token := fs.String("write-token", "", "bearer `TOKEN` the writer's mutations carry (default $NEWSGRAPH_WRITE_TOKEN)")
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
	case *every < 0 || *writeFrom < 0 || *writePeople < 0:
		return m.usageError(fs, "--write-every, --write-from and --write-people must not be negative")
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
	var writer *loadtest.Writer
	if *every > 0 {
		g := corpus.New(corpus.Options{Seed: *writeSeed, People: *writePeople})
		writer = &loadtest.Writer{Every: *every, Token: cmp.Or(*token, os.Getenv("NEWSGRAPH_WRITE_TOKEN")), Article: func(i int) loadtest.Article {
			a := g.Article(*writeFrom + i)
			return loadtest.Article{Title: a.Title, Date: a.Date, Text: a.Body}
		}}
	}
	r, err := loadtest.Run(ctx, loadtest.Options{
		URL: *u, Query: loadtest.NeighborhoodQuery, Variables: sets[0], More: sets[1:],
		Clients: *clients, Requests: *requests, Duration: *duration, Writer: writer,
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
	if r.Errors > 0 || (r.Writes != nil && r.Writes.Errors > 0) {
		return exitFailure
	}
	return exitOK
}
