package pgstore

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/newsgraph/newsgraph/graph"
)

// pageSize is how many rows a scan reads per query: scans read page by
// page (keyset paging on the ID) and call back between pages, holding no
// connection while the callback runs, so that a callback may use the
// store. A scan therefore sees each page as of its own query, not the
// whole graph as of one moment.
const pageSize = 512

// querier is what reads need of a pool or a transaction.
type querier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

func idStrings(ids []graph.ID) []string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = string(id)
	}
	return s
}

func notFound(op, what string, id graph.ID) error {
	return graph.Errorf(op, graph.NotFound, "no %s %q", what, id)
}

// callbackErr carries a scan callback's error past the store's wrapping.
type callbackErr struct{ err error }

func (c callbackErr) Error() string { return c.err.Error() }

// scanResult turns a scan's error into what Reader's scans return: nil
// for ErrStop, the callback's own error as it is, others wrapped.
func (db *DB) scanResult(op string, err error) error {
	var cb callbackErr
	if errors.As(err, &cb) {
		if errors.Is(cb.err, graph.ErrStop) {
			return nil
		}
		return cb.err
	}
	return db.fail(op, err)
}

func decodeNode(data []byte) (graph.Node, error) {
	var n graph.Node
	if err := json.Unmarshal(data, &n); err != nil {
		return graph.Node{}, fmt.Errorf("decode node: %w", err)
	}
	return n, nil
}

// loadNodes reads the nodes with the given IDs, by ID; missing ones are
// absent.
func loadNodes(ctx context.Context, q querier, ids []graph.ID) (map[graph.ID]graph.Node, error) {
	out := make(map[graph.ID]graph.Node, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := q.Query(ctx, `SELECT data FROM nodes WHERE id = ANY($1)`, idStrings(ids))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return nil, err
		}
		n, err := decodeNode(data)
		if err != nil {
			return nil, err
		}
		out[n.ID] = n
	}
	return out, rows.Err()
}

// Node reads one node.
func (db *DB) Node(ctx context.Context, id graph.ID) (graph.Node, error) {
	const op = "pgstore.Node"
	var data []byte
	err := db.pool.QueryRow(ctx, `SELECT data FROM nodes WHERE id = $1`, string(id)).Scan(&data)
	if errors.Is(err, pgx.ErrNoRows) {
		return graph.Node{}, notFound(op, "node", id)
	}
	if err != nil {
		return graph.Node{}, db.fail(op, err)
	}
	n, err := decodeNode(data)
	return n, db.fail(op, err)
}

// Nodes reads several nodes, in the order of ids, missing ones left out.
func (db *DB) Nodes(ctx context.Context, ids []graph.ID) ([]graph.Node, error) {
	const op = "pgstore.Nodes"
	m, err := loadNodes(ctx, db.pool, ids)
	if err != nil {
		return nil, db.fail(op, err)
	}
	out := make([]graph.Node, 0, len(m))
	for _, id := range ids {
		if n, ok := m[id]; ok {
			out = append(out, n)
		}
	}
	return out, nil
}

// headColumns are the columns of an edge head, as scanHead reads them.
const headColumns = `e.id, e.source, e.target, e.class, e.verb, e.articles, e.first_day, e.last_day, e.modality`

func scanHead(rows interface{ Scan(...any) error }) (graph.Edge, error) {
	var e graph.Edge
	var id, src, dst, class, mod string
	err := rows.Scan(&id, &src, &dst, &class, &e.Verb, &e.Articles, &e.First, &e.Last, &mod)
	e.ID, e.Source, e.Target, e.Class, e.Modality = graph.ID(id), graph.ID(src), graph.ID(dst), graph.EdgeClass(class), graph.Modality(mod)
	return e, err
}

// fullSQL reads edges with their evidence, one row per piece, in ID then
// evidence order; the evidence join is on the distribution column.
const fullSQL = `SELECT e.id, e.source, e.target, e.class, e.verb,
	v.article, v.start_off, v.end_off, v.sentence, v.verb, v.pub_date, v.modality, v.when_day, %[2]s
	FROM %[1]s e LEFT JOIN evidence v ON v.source = e.source AND v.edge = e.id
	ORDER BY e.id, v.article, v.start_off, v.end_off`

// readFull collects the rows of fullSQL into edges, in row order.
func readFull(rows pgx.Rows) ([]graph.Edge, error) {
	defer rows.Close()
	var out []graph.Edge
	for rows.Next() {
		var id, src, dst, class, verb string
		var art, sent, evVerb, date, mod, when, res *string
		var start, end *int
		if err := rows.Scan(&id, &src, &dst, &class, &verb, &art, &start, &end, &sent, &evVerb, &date, &mod, &when, &res); err != nil {
			return nil, err
		}
		if len(out) == 0 || out[len(out)-1].ID != graph.ID(id) {
			out = append(out, graph.Edge{ID: graph.ID(id), Source: graph.ID(src), Target: graph.ID(dst), Class: graph.EdgeClass(class), Verb: verb})
		}
		if art == nil {
			continue // an edge without evidence, which Ingest never writes
		}
		e := &out[len(out)-1]
		e.Evidence = append(e.Evidence, graph.Evidence{
			Article: graph.ID(*art), Start: *start, End: *end, Sentence: *sent,
			Verb: *evVerb, Date: *date, Modality: graph.Modality(*mod), When: *when,
		})
		if err := parseResolved(*res, &e.Evidence[len(e.Evidence)-1]); err != nil {
			return nil, fmt.Errorf("edge %s: %w", id, err)
		}
	}
	return out, rows.Err()
}

// loadEdges reads whole edges by ID; missing ones are absent.
func loadEdges(ctx context.Context, q querier, ids []graph.ID) (map[graph.ID]graph.Edge, error) {
	return loadEdgesWith(ctx, q, ids, resolvedColumn)
}

// loadEdgesWith is loadEdges reading the resolutions with expression
// resolved (DB.resolvedExpr).
func loadEdgesWith(ctx context.Context, q querier, ids []graph.ID, resolved string) (map[graph.ID]graph.Edge, error) {
	out := make(map[graph.ID]graph.Edge, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := q.Query(ctx, fmt.Sprintf(fullSQL, `(SELECT * FROM edges WHERE id = ANY($1))`, resolved), idStrings(ids))
	if err != nil {
		return nil, err
	}
	edges, err := readFull(rows)
	for _, e := range edges {
		out[e.ID] = e
	}
	return out, err
}

// Edge reads one edge with its evidence.
func (db *DB) Edge(ctx context.Context, id graph.ID) (graph.Edge, error) {
	const op = "pgstore.Edge"
	m, err := loadEdgesWith(ctx, db.pool, []graph.ID{id}, db.resolvedExpr())
	if err != nil {
		return graph.Edge{}, db.fail(op, err)
	}
	e, ok := m[id]
	if !ok {
		return graph.Edge{}, notFound(op, "edge", id)
	}
	return e, nil
}

// Edges reads several edges, in the order of ids, missing ones left out.
func (db *DB) Edges(ctx context.Context, ids []graph.ID) ([]graph.Edge, error) {
	const op = "pgstore.Edges"
	m, err := loadEdgesWith(ctx, db.pool, ids, db.resolvedExpr())
	if err != nil {
		return nil, db.fail(op, err)
	}
	return inOrder(ids, m), nil
}

func inOrder(ids []graph.ID, m map[graph.ID]graph.Edge) []graph.Edge {
	out := make([]graph.Edge, 0, len(m))
	for _, id := range ids {
		if e, ok := m[id]; ok {
			out = append(out, e)
		}
	}
	return out
}

// headsSQL reads the heads of the edges $1.
const headsSQL = `SELECT ` + headColumns + ` FROM edges e WHERE e.id = ANY($1)`

// loadHeads reads edge heads by ID; missing ones are absent.
func loadHeads(ctx context.Context, q querier, ids []graph.ID) (map[graph.ID]graph.Edge, error) {
	out := make(map[graph.ID]graph.Edge, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := q.Query(ctx, headsSQL, idStrings(ids))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		e, err := scanHead(rows)
		if err != nil {
			return nil, err
		}
		out[e.ID] = e
	}
	return out, rows.Err()
}

// EdgeHeads reads edges without their evidence (graph.EdgeHeadReader).
// A neighbourhood reads hundreds at once, so each row goes straight to
// its place in the result, read without copying the values that repeat
// (ends, classes, verbs, days; see readHeads), rather than through a
// map of edges.
func (db *DB) EdgeHeads(ctx context.Context, ids []graph.ID) ([]graph.Edge, error) {
	const op = "pgstore.EdgeHeads"
	place := make(map[graph.ID]int, len(ids))
	for i, id := range ids {
		place[id] = i
	}
	if len(place) < len(ids) { // repeated IDs, each answered in its place
		m, err := loadHeads(ctx, db.pool, ids)
		if err != nil {
			return nil, db.fail(op, err)
		}
		return inOrder(ids, m), nil
	}
	out := make([]graph.Edge, len(ids))
	found := make([]bool, len(ids))
	if len(ids) > 0 {
		rows, err := db.pool.Query(ctx, headsSQL, idStrings(ids))
		if err != nil {
			return nil, db.fail(op, err)
		}
		err = readHeads(rows, func(e graph.Edge) {
			if i, ok := place[e.ID]; ok {
				out[i], found[i] = e, true
			}
		})
		if err != nil {
			return nil, db.fail(op, err)
		}
	}
	kept := out[:0]
	for i := range out {
		if found[i] {
			kept = append(kept, out[i])
		}
	}
	return kept, nil
}

// readHeads reads rows of headColumns, sharing one string among the
// rows for each value that repeats, as readLinks does.
func readHeads(rows pgx.Rows, fn func(graph.Edge)) error {
	defer rows.Close()
	var in interner
	binaryRows := -1
	for rows.Next() {
		if binaryRows < 0 {
			fd := rows.FieldDescriptions()
			binaryRows = 0
			if len(fd) == 9 && fd[5].Format == pgx.BinaryFormatCode {
				binaryRows = 1
			}
		}
		v := rows.RawValues()
		if binaryRows == 0 || len(v) != 9 || len(v[5]) != 4 || slices.ContainsFunc(v, func(b []byte) bool { return b == nil }) {
			e, err := scanHead(rows) // text rows, or a NULL where none should be
			if err != nil {
				return err
			}
			fn(e)
			continue
		}
		fn(graph.Edge{
			ID:       graph.ID(v[0]),
			Source:   graph.ID(in.get(v[1])),
			Target:   graph.ID(in.get(v[2])),
			Class:    graph.EdgeClass(in.get(v[3])),
			Verb:     in.get(v[4]),
			Articles: int(int32(binary.BigEndian.Uint32(v[5]))),
			First:    in.get(v[6]),
			Last:     in.get(v[7]),
			Modality: graph.Modality(in.get(v[8])),
		})
	}
	return rows.Err()
}

// ScanNodes calls fn for the nodes of kind k after after, in ID order.
func (db *DB) ScanNodes(ctx context.Context, k graph.NodeKind, after graph.ID, fn func(graph.Node) error) error {
	const op = "pgstore.ScanNodes"
	if !k.Valid() {
		return graph.Errorf(op, graph.Invalid, "unknown node kind %q", k)
	}
	err := pages(after, func(after string) ([]graph.Node, error) {
		rows, err := db.pool.Query(ctx, `SELECT data FROM nodes WHERE kind = $1 AND id > $2 ORDER BY id LIMIT $3`, string(k), after, pageSize)
		if err != nil {
			return nil, err
		}
		return pgx.CollectRows(rows, func(r pgx.CollectableRow) (graph.Node, error) {
			var data []byte
			if err := r.Scan(&data); err != nil {
				return graph.Node{}, err
			}
			return decodeNode(data)
		})
	}, func(n graph.Node) string { return string(n.ID) }, fn)
	return db.scanResult(op, err)
}

// pages runs a keyset-paged scan: read gives the page after a key, key
// the key of an item, and fn is called for each item; a short page ends
// the scan.
func pages[T any](after graph.ID, read func(after string) ([]T, error), key func(T) string, fn func(T) error) error {
	cur := string(after)
	for {
		page, err := read(cur)
		if err != nil {
			return err
		}
		for _, x := range page {
			if err := fn(x); err != nil {
				return callbackErr{err}
			}
		}
		if len(page) < pageSize {
			return nil
		}
		cur = key(page[len(page)-1])
	}
}

// ScanEdges calls fn for every edge after after, in ID order, with its
// evidence.
func (db *DB) ScanEdges(ctx context.Context, after graph.ID, fn func(graph.Edge) error) error {
	const op = "pgstore.ScanEdges"
	sql := fmt.Sprintf(fullSQL, `(SELECT * FROM edges WHERE id > $1 ORDER BY id LIMIT $2)`, db.resolvedExpr())
	err := pages(after, func(after string) ([]graph.Edge, error) {
		rows, err := db.pool.Query(ctx, sql, after, pageSize)
		if err != nil {
			return nil, err
		}
		return readFull(rows)
	}, func(e graph.Edge) string { return string(e.ID) }, fn)
	return db.scanResult(op, err)
}

// ScanEdgeHeads calls fn for every edge after after, in ID order,
// without its evidence (graph.EdgeHeadScanner).
func (db *DB) ScanEdgeHeads(ctx context.Context, after graph.ID, fn func(graph.Edge) error) error {
	const op = "pgstore.ScanEdgeHeads"
	err := pages(after, func(after string) ([]graph.Edge, error) {
		rows, err := db.pool.Query(ctx, `SELECT `+headColumns+` FROM edges e WHERE e.id > $1 ORDER BY e.id LIMIT $2`, after, pageSize)
		if err != nil {
			return nil, err
		}
		return pgx.CollectRows(rows, func(r pgx.CollectableRow) (graph.Edge, error) { return scanHead(r) })
	}, func(e graph.Edge) string { return string(e.ID) }, fn)
	return db.scanResult(op, err)
}

// Lookup returns the actors known under name, folded, in ID order.
func (db *DB) Lookup(ctx context.Context, name string) ([]graph.ID, error) {
	const op = "pgstore.Lookup"
	f := graph.Fold(name)
	if f == "" {
		return nil, nil
	}
	rows, err := db.pool.Query(ctx, `SELECT actor FROM aliases WHERE folded = $1 ORDER BY actor`, f)
	if err != nil {
		return nil, db.fail(op, err)
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[graph.ID])
	if len(ids) == 0 {
		ids = nil
	}
	return ids, db.fail(op, err)
}

// ScanNames calls fn for every (folded name, actor) pair of the name
// index whose name starts with prefix, in name then actor order
// (graph.NameScanner).
func (db *DB) ScanNames(ctx context.Context, prefix string, fn func(folded string, id graph.ID) error) error {
	const op = "pgstore.ScanNames"
	type pair struct{ folded, actor string }
	cur := pair{prefix, ""}
	for {
		rows, err := db.pool.Query(ctx, `SELECT folded, actor FROM aliases
			WHERE (folded, actor) > ($1, $2) ORDER BY folded, actor LIMIT $3`, cur.folded, cur.actor, pageSize)
		if err != nil {
			return db.fail(op, err)
		}
		page, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (pair, error) {
			var p pair
			err := r.Scan(&p.folded, &p.actor)
			return p, err
		})
		if err != nil {
			return db.fail(op, err)
		}
		for _, p := range page {
			if !strings.HasPrefix(p.folded, prefix) {
				return nil
			}
			if err := fn(p.folded, graph.ID(p.actor)); err != nil {
				return db.scanResult(op, callbackErr{err})
			}
		}
		if len(page) < pageSize {
			return nil
		}
		cur = page[len(page)-1]
	}
}

// ArticleText returns an article's full text.
func (db *DB) ArticleText(ctx context.Context, id graph.ID) (string, error) {
	const op = "pgstore.ArticleText"
	var body []byte
	err := db.pool.QueryRow(ctx, `SELECT body FROM article_texts WHERE id = $1`, string(id)).Scan(&body)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", notFound(op, "article", id)
	}
	return string(body), db.fail(op, err)
}

// Counts counts nodes by kind and edges by class (graph.Counter). It
// counts rows rather than keeping counters, so that concurrent writers
// share no hot row; on a sharded graph each shard counts its own.
func (db *DB) Counts(ctx context.Context) (map[graph.NodeKind]int64, map[graph.EdgeClass]int64, error) {
	const op = "pgstore.Counts"
	nodes := map[graph.NodeKind]int64{}
	edges := map[graph.EdgeClass]int64{}
	for _, q := range []struct {
		sql string
		put func(k string, n int64)
	}{
		{`SELECT kind, count(*) FROM nodes GROUP BY kind`, func(k string, n int64) { nodes[graph.NodeKind(k)] = n }},
		{`SELECT class, count(*) FROM edges GROUP BY class`, func(k string, n int64) { edges[graph.EdgeClass(k)] = n }},
	} {
		rows, err := db.pool.Query(ctx, q.sql)
		if err != nil {
			return nil, nil, db.fail(op, err)
		}
		var k string
		var n int64
		_, err = pgx.ForEachRow(rows, []any{&k, &n}, func() error { q.put(k, n); return nil })
		if err != nil {
			return nil, nil, db.fail(op, err)
		}
	}
	return nodes, edges, nil
}

// sortLinks orders links as Adjacent promises: by class, then far end,
// then edge, bytewise.
func sortLinks(links []graph.Link) {
	slices.SortFunc(links, func(x, y graph.Link) int {
		if c := strings.Compare(string(x.Class), string(y.Class)); c != 0 {
			return c
		}
		if c := strings.Compare(string(x.Other), string(y.Other)); c != 0 {
			return c
		}
		return strings.Compare(string(x.Edge), string(y.Edge))
	})
}
