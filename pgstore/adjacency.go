package pgstore

import (
	"context"
	"fmt"
	"slices"
	"strings"

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

// adjSQL lists the links of the nodes $1 (one node, $1 itself, when
// one): outgoing links of the classes out, incoming ones of the classes
// in (all classes when nil, none when empty) and, with among, only those
// whose far end is in $2. Class lists are written into the statement
// rather than bound: a bound list over several nodes and far ends makes
// the index scan probe every combination of node, class and far end.
// Equality on the distribution column (one node) lets a sharded
// database route the statement to the node's shard.
func adjSQL(one bool, out, in []string, among bool) string {
	nodes := "= ANY($1)"
	if one {
		nodes = "= $1"
	}
	half := func(table, node, far string, outgoing bool, classes []string) string {
		if classes != nil && len(classes) == 0 {
			return ""
		}
		q := fmt.Sprintf("SELECT %s, %t, id, class, %s, articles FROM %s WHERE %s %s", node, outgoing, far, table, node, nodes)
		if classes != nil {
			q += " AND class IN ('" + strings.Join(classes, "', '") + "')"
		}
		if among {
			q += fmt.Sprintf(" AND %s = ANY($2)", far)
		}
		return q
	}
	var parts []string
	for _, p := range []string{half("edges", "source", "target", true, out), half("in_links", "target", "source", false, in)} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " UNION ALL ")
}

var symmetricClasses = func() []string {
	s := []string{}
	for _, c := range graph.EdgeClasses {
		if c.Symmetric() {
			s = append(s, string(c))
		}
	}
	return s
}()

// directions gives the classes to read as outgoing and as incoming rows
// for dir, restricted to classes when not empty: nil for all, empty for
// none.
func directions(dir graph.Direction, classes []graph.EdgeClass) (out, in []string) {
	var want []string // all
	if len(classes) > 0 {
		want = make([]string, len(classes))
		for i, c := range classes {
			want[i] = string(c)
		}
	}
	symmetric := []string{}
	for _, c := range want {
		if graph.EdgeClass(c).Symmetric() {
			symmetric = append(symmetric, c)
		}
	}
	if want == nil {
		symmetric = symmetricClasses
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
	rows, err := db.pool.Query(ctx, adjSQL(true, out, in, false), string(id))
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
	args := []any{idStrings(ids)}
	if among != nil {
		args = append(args, idStrings(among))
	}
	rows, err := db.pool.Query(ctx, adjSQL(false, out, in, among != nil), args...)
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

var _ graph.RankedAdjacencyReader = (*DB)(nil)

// rankedReads are how many links StrongestLinks reads per direction
// and node, in turn: a few of every frontier node in one statement (a
// capped traversal mostly wants one link of each node of its last hop),
// more of a node whose visit goes on, then all of them (0).
var rankedReads = []int{16, 512, 0}

// rankedSQL lists the links of the nodes $1 strongest first
// (graph.CompareStrength), with LIMIT $2 links per direction and node,
// or all when $2 is NULL: each direction is an index scan of
// edges_rank or in_links_rank, at the node's shard.
const rankedSQL = `SELECT f.n, x.id, x.class, x.other, x.outgoing, x.articles
	FROM unnest($1::text[]) WITH ORDINALITY AS f(n, ord), LATERAL (
		(SELECT id, class, target AS other, true AS outgoing, articles FROM edges
			WHERE source = f.n ORDER BY articles DESC, class, target LIMIT $2)
		UNION ALL
		(SELECT id, class, source, false, articles FROM in_links
			WHERE target = f.n ORDER BY articles DESC, class, source LIMIT $2)
	) x
	ORDER BY f.ord, x.articles DESC, x.class, x.other, x.outgoing, x.id`

// StrongestLinks calls visit with the links of each of ids, strongest
// first (graph.RankedAdjacencyReader). The first few links of every node
// come from one statement; a node whose visit wants more is read again
// with a larger limit (rankedReads). The reads are separate statements,
// not one snapshot.
func (db *DB) StrongestLinks(ctx context.Context, ids []graph.ID, visit func(from graph.ID, l graph.Link) bool) error {
	const op = "pgstore.StrongestLinks"
	// reads[step] holds the links read with rankedReads[step]; a node
	// that needs a larger read has it made for every later node whose
	// smaller read was cut too, in one statement.
	reads := make([]map[graph.ID][]graph.Link, len(rankedReads))
	var err error
	if reads[0], err = db.ranked(ctx, ids, rankedReads[0]); err != nil {
		return db.fail(op, err)
	}
	cut := func(step int, id graph.ID) bool {
		return rankedReads[step] > 0 && len(reads[step][id]) >= rankedReads[step]
	}
	for i, id := range ids {
		n := 0
		for step := 0; ; step++ {
			links := reads[step][id]
			// Each direction was cut at the limit, so the first limit
			// of the merged links are the node's strongest; those after
			// may not be.
			if cut(step, id) {
				links = links[:rankedReads[step]]
			}
			for _, l := range links[min(n, len(links)):] {
				n++
				if !visit(id, l) {
					goto next
				}
			}
			if !cut(step, id) {
				break
			}
			if _, ok := reads[step+1][id]; !ok {
				batch := []graph.ID{id}
				if rankedReads[step+1] > 0 {
					for _, later := range ids[i+1:] {
						if cut(step, later) {
							batch = append(batch, later)
						}
					}
				}
				more, err := db.ranked(ctx, batch, rankedReads[step+1])
				if err != nil {
					return db.fail(op, err)
				}
				if reads[step+1] == nil {
					reads[step+1] = map[graph.ID][]graph.Link{}
				}
				for _, b := range batch {
					reads[step+1][b] = more[b]
				}
			}
		}
	next:
	}
	return nil
}

// ranked reads rankedSQL for ids, limit links per direction and node (0:
// all).
func (db *DB) ranked(ctx context.Context, ids []graph.ID, limit int) (map[graph.ID][]graph.Link, error) {
	var lim any
	if limit > 0 {
		lim = limit
	}
	var uniq []string
	seen := make(map[graph.ID]bool, len(ids))
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			uniq = append(uniq, string(id))
		}
	}
	rows, err := db.pool.Query(ctx, rankedSQL, uniq, lim)
	if err != nil {
		return nil, err
	}
	out := make(map[graph.ID][]graph.Link, len(ids))
	var node, id, class, other string
	var outgoing bool
	var articles int
	_, err = pgx.ForEachRow(rows, []any{&node, &id, &class, &other, &outgoing, &articles}, func() error {
		n := graph.ID(node)
		out[n] = append(out[n], graph.Link{Edge: graph.ID(id), Class: graph.EdgeClass(class), Other: graph.ID(other), Outgoing: outgoing, Support: articles})
		return nil
	})
	return out, err
}
