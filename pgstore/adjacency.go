package pgstore

import (
	"context"
	"slices"

	"github.com/jackc/pgx/v5"

	"github.com/newsgraph/newsgraph/graph"
)

// Adjacency reads the outgoing links of a node from its edges (at the
// node's shard, distributed by source) and the incoming ones from
// in_links (distributed by target): both halves of one node's adjacency
// route to the node's shard, in one statement.
//
// A symmetric edge (graph.EdgeClass.Symmetric) is stored once, oriented
// by graph.Orient, so Out also reads the incoming links of symmetric
// classes and In the outgoing ones, as the Badger store does.

// adjSQL lists links of the nodes $1: outgoing ones of the classes $2,
// incoming ones of the classes $3, and, with among, only those whose far
// end is in $4.
func adjSQL(among bool) string {
	outFar, inFar := "", ""
	if among {
		outFar, inFar = ` AND target = ANY($4)`, ` AND source = ANY($4)`
	}
	return `SELECT source, true, id, class, target, articles FROM edges
		WHERE source = ANY($1) AND class = ANY($2)` + outFar + `
	UNION ALL
	SELECT target, false, id, class, source, articles FROM in_links
		WHERE target = ANY($1) AND class = ANY($3)` + inFar
}

// adjOneSQL is adjSQL for one node, whose equality on the distribution
// column lets a sharded database route the statement to one shard.
const adjOneSQL = `SELECT source, true, id, class, target, articles FROM edges
		WHERE source = $1 AND class = ANY($2)
	UNION ALL
	SELECT target, false, id, class, source, articles FROM in_links
		WHERE target = $1 AND class = ANY($3)`

var allClasses = func() []string {
	s := make([]string, len(graph.EdgeClasses))
	for i, c := range graph.EdgeClasses {
		s[i] = string(c)
	}
	return s
}()

// directions gives the classes to read as outgoing and as incoming rows
// for dir, restricted to classes when not empty.
func directions(dir graph.Direction, classes []graph.EdgeClass) (out, in []string) {
	want := allClasses
	if len(classes) > 0 {
		want = make([]string, len(classes))
		for i, c := range classes {
			want[i] = string(c)
		}
	}
	var symmetric []string
	for _, c := range want {
		if graph.EdgeClass(c).Symmetric() {
			symmetric = append(symmetric, c)
		}
	}
	switch dir {
	case graph.Out:
		return want, symmetric
	case graph.In:
		return symmetric, want
	}
	return want, want
}

func checkAdjacency(op string, dir graph.Direction, classes []graph.EdgeClass) error {
	if dir != graph.Out && dir != graph.In && dir != graph.Both {
		return graph.Errorf(op, graph.Invalid, "unknown direction %d", dir)
	}
	for _, c := range classes {
		if !c.Valid() {
			return graph.Errorf(op, graph.Invalid, "unknown edge class %q", c)
		}
	}
	return nil
}

// collectLinks reads adjacency rows into links by node.
func collectLinks(rows pgx.Rows, out map[graph.ID][]graph.Link) error {
	var node, id, class, other string
	var outgoing bool
	var articles int
	_, err := pgx.ForEachRow(rows, []any{&node, &outgoing, &id, &class, &other, &articles}, func() error {
		n := graph.ID(node)
		out[n] = append(out[n], graph.Link{Edge: graph.ID(id), Class: graph.EdgeClass(class), Other: graph.ID(other), Outgoing: outgoing, Support: articles})
		return nil
	})
	return err
}

// Adjacent lists the links of node id.
func (db *DB) Adjacent(ctx context.Context, id graph.ID, dir graph.Direction, classes []graph.EdgeClass) ([]graph.Link, error) {
	const op = "pgstore.Adjacent"
	if err := checkAdjacency(op, dir, classes); err != nil {
		return nil, err
	}
	out, in := directions(dir, classes)
	rows, err := db.pool.Query(ctx, adjOneSQL, string(id), out, in)
	if err != nil {
		return nil, db.fail(op, err)
	}
	m := map[graph.ID][]graph.Link{}
	if err := collectLinks(rows, m); err != nil {
		return nil, db.fail(op, err)
	}
	links := m[id]
	sortLinks(links)
	return links, nil
}

// AdjacentMany is Adjacent for several nodes in one statement
// (graph.AdjacentBatcher).
func (db *DB) AdjacentMany(ctx context.Context, ids []graph.ID, dir graph.Direction, classes []graph.EdgeClass) (map[graph.ID][]graph.Link, error) {
	const op = "pgstore.AdjacentMany"
	if err := checkAdjacency(op, dir, classes); err != nil {
		return nil, err
	}
	return db.linksOf(ctx, op, ids, dir, classes, nil)
}

// AdjacentAmong is Adjacent for several nodes, keeping the links whose
// far end is in among (graph.AmongAdjacencyReader).
func (db *DB) AdjacentAmong(ctx context.Context, ids []graph.ID, dir graph.Direction, classes []graph.EdgeClass, among []graph.ID) (map[graph.ID][]graph.Link, error) {
	const op = "pgstore.AdjacentAmong"
	if err := checkAdjacency(op, dir, classes); err != nil {
		return nil, err
	}
	if !slices.IsSorted(among) {
		return nil, graph.Errorf(op, graph.Invalid, "the nodes to look among are not sorted")
	}
	if among == nil {
		among = []graph.ID{}
	}
	return db.linksOf(ctx, op, ids, dir, classes, among)
}

func (db *DB) linksOf(ctx context.Context, op string, ids []graph.ID, dir graph.Direction, classes []graph.EdgeClass, among []graph.ID) (map[graph.ID][]graph.Link, error) {
	out, in := directions(dir, classes)
	args := []any{idStrings(ids), out, in}
	if among != nil {
		args = append(args, idStrings(among))
	}
	rows, err := db.pool.Query(ctx, adjSQL(among != nil), args...)
	if err != nil {
		return nil, db.fail(op, err)
	}
	m := make(map[graph.ID][]graph.Link, len(ids))
	if err := collectLinks(rows, m); err != nil {
		return nil, db.fail(op, err)
	}
	for _, id := range ids {
		links := m[id]
		if links == nil {
			links = []graph.Link{}
		}
		sortLinks(links)
		m[id] = links
	}
	return m, nil
}
