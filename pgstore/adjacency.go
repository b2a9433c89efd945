package pgstore

import (
	"context"
	"encoding/binary"
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
		q := fmt.Sprintf("SELECT %s, %t, id, class, %s, articles, modality FROM %s WHERE %s %s", node, outgoing, far, table, node, nodes)
		if classes != nil {
			q += " AND class IN ('" + strings.Join(classes, "', '") + "')"
		}
		if among {
			// A hashed semi-join: "= ANY($2)" would compare each link
			// with every member in turn, and plans slowly.
			q += fmt.Sprintf(" AND %s IN (SELECT unnest($2::text[]))", far)
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
	var node, id, class, other, mod string
	var outgoing bool
	var articles int
	_, err := pgx.ForEachRow(rows, []any{&node, &outgoing, &id, &class, &other, &articles, &mod}, func() error {
		n := graph.ID(node)
		out[n] = append(out[n], graph.Link{Edge: graph.ID(id), Class: graph.EdgeClass(class), Other: graph.ID(other),
			Outgoing: outgoing, Support: articles, Modality: graph.Modality(mod)})
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

var (
	_ graph.InducedReader   = (*DB)(nil)
	_ graph.RoundTripReader = (*DB)(nil)
)

// RoundTrips reports that each call is a round trip to the server
// (graph.RoundTripReader), so that a traversal makes few, larger reads.
func (db *DB) RoundTrips() bool { return true }

// LinksAmong lists the links of each of ids of which it is the source
// and whose far end is in among, which must be sorted
// (graph.InducedReader): one statement over edges alone (the out-links,
// at each source's shard), an index-only scan of edges_strength per
// node with a hashed semi-join on the target, so that the edges among a
// neighbourhood's nodes come back once each, without their in_links
// rows or the links that lead elsewhere.
func (db *DB) LinksAmong(ctx context.Context, ids []graph.ID, classes []graph.EdgeClass, among []graph.ID) (map[graph.ID][]graph.Link, error) {
	const op = "pgstore.LinksAmong"
	if err := checkAdjacency(op, graph.Out, classes); err != nil {
		return nil, err
	}
	if !slices.IsSorted(among) {
		return nil, graph.Errorf(op, graph.Invalid, "the nodes to look among are not sorted")
	}
	out := map[graph.ID][]graph.Link{}
	if len(ids) == 0 || len(among) == 0 {
		return out, nil
	}
	want, _ := directions(graph.Both, classes)
	rows, err := db.pool.Query(ctx, adjSQL(false, want, []string{}, true), idStrings(ids), idStrings(among))
	if err != nil {
		return nil, db.fail(op, err)
	}
	if err := collectLinks(rows, out); err != nil {
		return nil, db.fail(op, err)
	}
	return out, nil
}

var _ graph.StrongestAmongReader = (*DB)(nil)

// factualModalities are the modalities of facts (graph.Modality.Factual),
// as the modality columns hold them.
var factualModalities = func() []string {
	var s []string
	for _, m := range graph.Modalities {
		if m.Factual() {
			s = append(s, string(m))
		}
	}
	return s
}()

// strongestAmongSQL lists the edges whose source is in $1 and whose
// target is in $1 too, strongest first, LIMIT $2; the classes (nil:
// all) and, unless nonFactual, the modalities of facts are written into
// the statement, as adjSQL's classes are. It is LinksAmong's scan (an
// index-only scan of edges_strength per node and a hashed semi-join on
// the target) with the server sorting the few thousand rows and
// returning the few hundred kept. The edges to leave out are left out
// by the caller, from a larger LIMIT: in the statement, PostgreSQL
// would look each of the thousands of links scanned up in them before
// the semi-join (a fifth more server time for a dense neighbourhood).
func strongestAmongSQL(classes []string, nonFactual bool) string {
	q := `SELECT source, id, class, target, articles, modality FROM edges
		WHERE source = ANY($1) AND target IN (SELECT unnest($1::text[]))`
	if classes != nil {
		q += " AND class IN ('" + strings.Join(classes, "', '") + "')"
	}
	if !nonFactual {
		q += " AND modality IN ('" + strings.Join(factualModalities, "', '") + "')"
	}
	return q + " ORDER BY articles DESC, id LIMIT $2"
}

// StrongestAmong lists the limit strongest edges among nodes
// (graph.StrongestAmongReader) in one statement: the server reads the
// edges among them as LinksAmong does, and returns the strongest, as
// many as are kept and left out (except) and one more.
func (db *DB) StrongestAmong(ctx context.Context, nodes []graph.ID, classes []graph.EdgeClass, nonFactual bool, except []graph.ID, limit int) (map[graph.ID][]graph.Link, bool, error) {
	const op = "pgstore.StrongestAmong"
	if err := checkAdjacency(op, graph.Out, classes); err != nil {
		return nil, false, err
	}
	if err := graph.CheckStrongestAmong(op, nodes, except, limit); err != nil {
		return nil, false, err
	}
	out := map[graph.ID][]graph.Link{}
	if len(nodes) == 0 {
		return out, false, nil
	}
	want, _ := directions(graph.Both, classes)
	// One more than the limit says whether there are more.
	rows, err := db.pool.Query(ctx, strongestAmongSQL(want, nonFactual), idStrings(nodes), limit+len(except)+1)
	if err != nil {
		return nil, false, db.fail(op, err)
	}
	var source, id, class, other, mod string
	var articles int
	n := 0
	_, err = pgx.ForEachRow(rows, []any{&source, &id, &class, &other, &articles, &mod}, func() error {
		if _, left := slices.BinarySearch(except, graph.ID(id)); left {
			return nil
		}
		if n++; n > limit {
			return nil // the one past the limit
		}
		from := graph.ID(source)
		out[from] = append(out[from], graph.Link{Edge: graph.ID(id), Class: graph.EdgeClass(class), Other: graph.ID(other),
			Outgoing: true, Support: articles, Modality: graph.Modality(mod)})
		return nil
	})
	if err != nil {
		return nil, false, db.fail(op, err)
	}
	return out, n > limit, nil
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
// and node, in turn: a few of every node in one statement (a capped
// traversal often wants only the first link of each node of its last
// hop), many of a node whose visit goes on, then all of them (0).
var rankedReads = []int{4, 256, 0}

// firstRows is how many links per direction the first read of
// StrongestLinks may take in all: a few nodes have more of theirs read
// at once (up to rankedReads[1] each), since for a root or a short
// frontier a statement costs more than the rows. It is no more than a
// root's second read, because the frontier of a capped hop is visited
// only until the cap fills: the dense median actor's 50 frontier nodes
// took 20 links a direction each at 1,024 (2,300 rows for the hop, of
// which the first four nodes' were used), and take 5 at 256 (850 rows,
// in as many statements).
const firstRows = 256

// readLimits are the limits of StrongestLinks' reads for n nodes:
// rankedReads, the first raised to firstRows/n when that is more.
func readLimits(n int) []int {
	first := max(rankedReads[0], min(firstRows/max(n, 1), rankedReads[1]))
	if first == rankedReads[1] {
		return rankedReads[1:]
	}
	return append([]int{first}, rankedReads[1:]...)
}

// firstBatch is how many nodes a larger read is made for at first: the
// node that needs it and the next ones whose smaller read was cut too.
// Each larger read at a step doubles the next batch at that step, so
// that nodes which all need more (the edges among a neighbourhood's
// nodes) cost a few statements, and nodes which need one link each (a
// last hop whose node cap is full) do not have their links read for
// nothing.
const firstBatch = 4

// rankedSQL lists the links of the nodes $1, each direction strongest
// first (graph.CompareStrength), with LIMIT $2 links per direction and
// node, or all when $2 is NULL: each direction is an index-only scan of
// edges_strength or in_links_strength at the node's shard, which reads
// a node's links from consecutive index pages. A row names its node by
// its place in $1. The rows are not sorted further: ranked merges the
// two directions of each node, which costs less in Go than a sort of
// every row in the server.
const rankedSQL = `SELECT f.i, x.id, x.class, x.other, x.outgoing, x.articles, x.modality
	FROM unnest($1::text[]) WITH ORDINALITY AS f(n, i), LATERAL (
		(SELECT id, class, target AS other, true AS outgoing, articles, modality FROM edges
			WHERE source = f.n ORDER BY articles DESC, class, target LIMIT $2)
		UNION ALL
		(SELECT id, class, source, false, articles, modality FROM in_links
			WHERE target = f.n ORDER BY articles DESC, class, source LIMIT $2)
	) x`

// StrongestLinks calls visit with the links of each of ids, strongest
// first (graph.RankedAdjacencyReader). The first few links of every node
// come from one statement (more of each when there are few nodes,
// readLimits); a node whose visit wants more is read again
// with a larger limit (rankedReads), together with some of the later
// nodes whose smaller read was cut too (firstBatch). The reads are
// separate statements, not one snapshot.
func (db *DB) StrongestLinks(ctx context.Context, ids []graph.ID, visit func(from graph.ID, l graph.Link) bool) error {
	const op = "pgstore.StrongestLinks"
	// reads[step] holds the links read with limits[step], batch[step]
	// how many nodes the next read at that step is for.
	limits := readLimits(len(ids))
	reads := make([]map[graph.ID][]graph.Link, len(limits))
	batch := make([]int, len(limits))
	for i := range batch {
		batch[i] = firstBatch
	}
	var err error
	if reads[0], err = db.ranked(ctx, ids, limits[0]); err != nil {
		return db.fail(op, err)
	}
	cut := func(step int, id graph.ID) bool {
		return limits[step] > 0 && len(reads[step][id]) >= limits[step]
	}
	for i, id := range ids {
		n := 0
		for step := 0; ; step++ {
			links := reads[step][id]
			// Each direction was cut at the limit, so the first limit
			// of the merged links are the node's strongest; those after
			// may not be.
			if cut(step, id) {
				links = links[:limits[step]]
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
				more := []graph.ID{id}
				if limits[step+1] > 0 {
					for _, later := range ids[i+1:] {
						if len(more) >= batch[step+1] {
							break
						}
						if _, done := reads[step+1][later]; !done && cut(step, later) && !slices.Contains(more, later) {
							more = append(more, later)
						}
					}
					batch[step+1] *= 2
				}
				got, err := db.ranked(ctx, more, limits[step+1])
				if err != nil {
					return db.fail(op, err)
				}
				if reads[step+1] == nil {
					reads[step+1] = map[graph.ID][]graph.Link{}
				}
				for _, b := range more {
					reads[step+1][b] = got[b]
				}
			}
		}
	next:
	}
	return nil
}

// ranked reads rankedSQL for ids, limit links per direction and node (0:
// all), each node's links strongest first.
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
	// The rows go into one slice, then are grouped by node (a counting
	// sort on the node's place) and each node's sorted: appending to a
	// slice per node would grow tens of thousands of small slices.
	guess := 64 * len(uniq) // a guess at the links of a node, to grow the slices less
	if limit > 0 {
		guess = min(guess, 2*limit*len(uniq))
	}
	all := make([]graph.Link, 0, guess)
	place := make([]int32, 0, guess)
	var in interner
	err = readLinks(rows, &in, func(i int64, l graph.Link) error {
		if i < 1 || int(i) > len(uniq) {
			return fmt.Errorf("adjacency row for node %d of %d", i, len(uniq))
		}
		all = append(all, l)
		place = append(place, int32(i-1))
		return nil
	})
	if err != nil {
		return nil, err
	}
	start := make([]int, len(uniq)+1)
	for _, p := range place {
		start[p+1]++
	}
	for i := range uniq {
		start[i+1] += start[i]
	}
	grouped := make([]graph.Link, len(all))
	next := slices.Clone(start[:len(uniq)])
	for k, p := range place {
		grouped[next[p]] = all[k]
		next[p]++
	}
	out := make(map[graph.ID][]graph.Link, len(uniq))
	for i, id := range uniq {
		if links := grouped[start[i]:start[i+1]:start[i+1]]; len(links) > 0 {
			slices.SortFunc(links, graph.CompareStrength)
			out[graph.ID(id)] = links
		}
	}
	return out, nil
}

// readLinks reads rows of (node's place, edge, class, far end, outgoing,
// support, modality) without copying the values that repeat (classes,
// modalities, far ends) for every row: a neighbourhood reads tens of
// thousands of links among a few hundred nodes.
func readLinks(rows pgx.Rows, in *interner, fn func(node int64, l graph.Link) error) error {
	defer rows.Close()
	// Text values are the same bytes in either format; the numbers and
	// the flag must come in binary (as pgx asks for them), else the row is
	// scanned the slow way. The formats come with the first row.
	binaryRows := -1
	for rows.Next() {
		if binaryRows < 0 {
			binaryRows = 1
			fd := rows.FieldDescriptions()
			if len(fd) != 7 || fd[0].Format != pgx.BinaryFormatCode || fd[4].Format != pgx.BinaryFormatCode || fd[5].Format != pgx.BinaryFormatCode {
				binaryRows = 0
			}
		}
		v := rows.RawValues()
		if binaryRows == 0 || len(v) != 7 || len(v[0]) != 8 || len(v[4]) != 1 || len(v[5]) != 4 {
			// Text rows (the simple protocol, as behind some poolers).
			var node int64
			var id, class, other, mod string
			var l graph.Link
			if err := rows.Scan(&node, &id, &class, &other, &l.Outgoing, &l.Support, &mod); err != nil {
				return err
			}
			l.Edge, l.Class, l.Other, l.Modality = graph.ID(id), graph.EdgeClass(class), graph.ID(other), graph.Modality(mod)
			if err := fn(node, l); err != nil {
				return err
			}
			continue
		}
		l := graph.Link{
			Edge:     graph.ID(v[1]),
			Class:    graph.EdgeClass(in.get(v[2])),
			Other:    graph.ID(in.get(v[3])),
			Outgoing: v[4][0] != 0,
			Support:  int(int32(binary.BigEndian.Uint32(v[5]))),
			Modality: graph.Modality(in.get(v[6])),
		}
		if err := fn(int64(binary.BigEndian.Uint64(v[0])), l); err != nil {
			return err
		}
	}
	return rows.Err()
}

// interner hands out one string per distinct value.
type interner map[string]string

func (in *interner) get(b []byte) string {
	if s, ok := (*in)[string(b)]; ok {
		return s
	}
	if *in == nil {
		*in = interner{}
	}
	s := string(b)
	(*in)[s] = s
	return s
}
