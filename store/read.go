package store

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
)

// Helpers that take a transaction. The values they return are copies and
// outlive it.

func getNode(txn *badger.Txn, id graph.ID) (graph.Node, bool, error) {
	key := keyNode(id)
	item, err := txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return graph.Node{}, false, nil
	}
	if err != nil {
		return graph.Node{}, false, err
	}
	var n graph.Node
	// decodeNode copies what it keeps, so the borrowed value is safe to
	// decode in place.
	if err := item.Value(func(b []byte) (err error) { n, err = decodeNode(b); return err }); err != nil {
		return graph.Node{}, false, fmt.Errorf("decode %s: %w", key, err)
	}
	return n, true, nil
}

func getJSON(txn *badger.Txn, key []byte, v any) (bool, error) {
	item, err := txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	// json.Unmarshal copies what it keeps, so the borrowed value is safe
	// to decode in place.
	if err := item.Value(func(b []byte) error { return json.Unmarshal(b, v) }); err != nil {
		return false, fmt.Errorf("decode %s: %w", key, err)
	}
	return true, nil
}

// aliasIDs returns the actors indexed under a folded name, in ID order.
func aliasIDs(txn *badger.Txn, folded string) ([]graph.ID, error) {
	if folded == "" {
		return nil, nil
	}
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefixAlias(folded)})
	defer it.Close()
	var ids []graph.ID
	for it.Rewind(); it.Valid(); it.Next() {
		ids = append(ids, graph.ID(lastSegment(it.Item().Key())))
	}
	return ids, nil
}

func notFound(op string, what string, id graph.ID) error {
	return graph.Errorf(op, graph.NotFound, "no %s %q", what, id)
}

func readErr(op, dir string, err error) error {
	if err == nil {
		return nil
	}
	var ge *graph.Error
	if errors.As(err, &ge) {
		return err
	}
	return graph.Errorf(op, graph.Internal, "read %s: %w", dir, err)
}

// Node returns the node with the given ID.
func (db *DB) Node(ctx context.Context, id graph.ID) (graph.Node, error) {
	const op = "store.Node"
	var n graph.Node
	err := db.view(op, func(txn *badger.Txn) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		var ok bool
		var err error
		n, ok, err = getNode(txn, id)
		if err == nil && !ok {
			return notFound(op, "node", id)
		}
		return err
	})
	return n, readErr(op, db.dir, err)
}

// Nodes returns the nodes with the given IDs that exist, in the order of
// ids: those whose records the node cache holds from it (see
// nodecache.go), the others from Badger.
func (db *DB) Nodes(ctx context.Context, ids []graph.ID) ([]graph.Node, error) {
	const op = "store.Nodes"
	if db.nodes.off() || len(ids) == 0 {
		return db.readNodes(ctx, op, ids)
	}
	entries := make([]*nodeEntry, len(ids))
	db.nodes.lookup(ids, entries)
	var rest []graph.ID
	for i, e := range entries {
		if e == nil || !e.hasRecord {
			rest = append(rest, ids[i])
		}
	}
	if len(rest) == len(ids) {
		return db.readNodes(ctx, op, ids)
	}
	if len(rest) > 0 {
		return db.readNodes(ctx, op, ids)
	}
	// Every record is the node as committed when it was looked up.
	if err := db.usable(); err != nil {
		return nil, graph.Errorf(op, graph.Internal, "%s: %w", db.dir, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, readErr(op, db.dir, err)
	}
	out := make([]graph.Node, len(ids))
	for i, e := range entries {
		out[i] = cloneNode(e.record)
	}
	return out, nil
}

// readNodes is Nodes from Badger alone.
func (db *DB) readNodes(ctx context.Context, op string, ids []graph.ID) ([]graph.Node, error) {
	out := make([]graph.Node, 0, len(ids))
	err := db.view(op, func(txn *badger.Txn) error {
		if len(ids) >= nodesBySeek {
			return seekNodes(ctx, txn, ids, func(n graph.Node) { out = append(out, n) })
		}
		for _, id := range ids {
			if err := ctx.Err(); err != nil {
				return err
			}
			n, ok, err := getNode(txn, id)
			if err != nil {
				return err
			}
			if ok {
				out = append(out, n)
			}
		}
		return nil
	})
	return out, readErr(op, db.dir, err)
}

// nodesBySeek is how many nodes Nodes reads through one iterator,
// seeking to each, instead of a point read each: a point read makes
// an iterator of each table it looks in, and checks the bloom filter,
// where a seek on one iterator does neither (for a neighbourhood's 150
// nodes, about a third of their reading).
const nodesBySeek = 8

// seekNodes calls found with each of the nodes ids that exists, in
// the order of ids, read through one iterator.
func seekNodes(ctx context.Context, txn *badger.Txn, ids []graph.ID, found func(graph.Node)) error {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte("n/")})
	defer it.Close()
	var key []byte
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return err
		}
		key = append(append(key[:0], "n/"...), id...)
		if it.Seek(key); !it.Valid() || !bytes.Equal(it.Item().Key(), key) {
			continue
		}
		var n graph.Node
		// decodeNode copies what it keeps.
		if err := it.Item().Value(func(b []byte) (err error) { n, err = decodeNode(b); return err }); err != nil {
			return fmt.Errorf("decode %s: %w", key, err)
		}
		found(n)
	}
	return nil
}

// Edge returns the edge with the given ID.
func (db *DB) Edge(ctx context.Context, id graph.ID) (graph.Edge, error) {
	const op = "store.Edge"
	var e graph.Edge
	err := db.view(op, func(txn *badger.Txn) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		var ok bool
		var err error
		e, ok, err = getEdge(txn, id)
		if err == nil && !ok {
			return notFound(op, "edge", id)
		}
		return err
	})
	return e, readErr(op, db.dir, err)
}

// Edges returns the edges with the given IDs that exist, in the order of
// ids.
func (db *DB) Edges(ctx context.Context, ids []graph.ID) ([]graph.Edge, error) {
	const op = "store.Edges"
	out := make([]graph.Edge, 0, len(ids))
	err := db.view(op, func(txn *badger.Txn) error {
		r := newEdgeReader(txn)
		defer r.close()
		for _, id := range ids {
			if err := ctx.Err(); err != nil {
				return err
			}
			e, ok, err := r.get(id)
			if err != nil {
				return err
			}
			if ok {
				out = append(out, e)
			}
		}
		return nil
	})
	return out, readErr(op, db.dir, err)
}

// EdgeHeads returns the edges with the given IDs that exist, in the order
// of ids, without their evidence but with Articles, First and Last
// summarising it (graph.EdgeHeadReader): one key read per edge.
func (db *DB) EdgeHeads(ctx context.Context, ids []graph.ID) ([]graph.Edge, error) {
	const op = "store.EdgeHeads"
	out := make([]graph.Edge, 0, len(ids))
	err := db.view(op, func(txn *badger.Txn) error {
		r := newEdgeReader(txn)
		defer r.close()
		for _, id := range ids {
			if err := ctx.Err(); err != nil {
				return err
			}
			e, ok, err := r.head(id)
			if err != nil {
				return err
			}
			if ok {
				out = append(out, e)
			}
		}
		return nil
	})
	return out, readErr(op, db.dir, err)
}

// ScanNodes calls fn for every node of kind k with an ID above after, in
// ID order. fn runs inside one read snapshot: it sees no write that
// commits during the scan.
func (db *DB) ScanNodes(ctx context.Context, k graph.NodeKind, after graph.ID, fn func(graph.Node) error) error {
	const op = "store.ScanNodes"
	if !k.Valid() {
		return graph.Errorf(op, graph.Invalid, "unknown node kind %q", k)
	}
	err := db.view(op, func(txn *badger.Txn) error {
		s := newKindScan(txn, k, after)
		defer s.close()
		for {
			n, ok, err := s.next()
			if err != nil || !ok {
				return err
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := fn(n); err != nil {
				return callbackErr{err}
			}
		}
	})
	return scanResult(op, db.dir, err)
}

// ScanEdges calls fn for every edge with an ID above after, in ID order,
// inside one read snapshot.
func (db *DB) ScanEdges(ctx context.Context, after graph.ID, fn func(graph.Edge) error) error {
	const op = "store.ScanEdges"
	err := db.view(op, func(txn *badger.Txn) error {
		// Evidence keys sort by edge ID too: a second iterator walks
		// them alongside the heads.
		evIt := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixEvidenceAll)})
		defer evIt.Close()
		evIt.Seek(prefixEvidence(after))
		return eachHead(ctx, txn, after, func(h edgeHead) error {
			e := h.edge()
			var err error
			if e.Evidence, err = readEvidence(evIt, h.ID); err != nil {
				return err
			}
			if e.Evidence, err = h.withInline(e.Evidence); err != nil {
				return err
			}
			if err := fn(e); err != nil {
				return callbackErr{err}
			}
			return nil
		})
	})
	return scanResult(op, db.dir, err)
}

// callbackErr marks an error a scan callback returned, which the scan
// returns as it is.
type callbackErr struct{ err error }

func (c callbackErr) Error() string { return c.err.Error() }

func scanResult(op, dir string, err error) error {
	var cb callbackErr
	if errors.As(err, &cb) {
		if errors.Is(cb.err, graph.ErrStop) {
			return nil
		}
		return cb.err
	}
	return readErr(op, dir, err)
}

// Lookup returns the actors known under name or an alias that folds like
// it, in ID order.
func (db *DB) Lookup(ctx context.Context, name string) ([]graph.ID, error) {
	const op = "store.Lookup"
	var ids []graph.ID
	err := db.view(op, func(txn *badger.Txn) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		ids, err = aliasIDs(txn, graph.Fold(name))
		return err
	})
	return ids, readErr(op, db.dir, err)
}

// ArticleText returns the full text of article id.
func (db *DB) ArticleText(ctx context.Context, id graph.ID) (string, error) {
	const op = "store.ArticleText"
	var text string
	err := db.view(op, func(txn *badger.Txn) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		item, err := txn.Get(keyText(id))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return notFound(op, "article", id)
		}
		if err != nil {
			return err
		}
		v, err := item.ValueCopy(nil)
		text = string(v)
		return err
	})
	return text, readErr(op, db.dir, err)
}

// Stats counts the stored nodes by kind and edges by class.
type Stats struct {
	Nodes map[graph.NodeKind]int64
	Edges map[graph.EdgeClass]int64
}

// Articles is the number of stored articles.
func (s Stats) Articles() int64 { return s.Nodes[graph.KindArticle] }

// TotalNodes is the number of stored nodes of every kind.
func (s Stats) TotalNodes() int64 {
	var t int64
	for _, n := range s.Nodes {
		t += n
	}
	return t
}

// TotalEdges is the number of stored edges of every class.
func (s Stats) TotalEdges() int64 {
	var t int64
	for _, n := range s.Edges {
		t += n
	}
	return t
}

// Stats reads the counters Ingest maintains (count/all), one per kind and class;
// kinds and classes with nothing stored are absent from the maps.
func (db *DB) Stats(ctx context.Context) (Stats, error) {
	const op = "store.Stats"
	v := db.version.Load()
	if s, ok := db.counts.stats(v); ok {
		return s, nil
	}
	s := Stats{Nodes: map[graph.NodeKind]int64{}, Edges: map[graph.EdgeClass]int64{}}
	err := db.view(op, func(txn *badger.Txn) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		cs, err := getCounters(txn)
		if err != nil {
			return err
		}
		for _, k := range graph.NodeKinds {
			if n := cs[counterNode(k)]; n > 0 {
				s.Nodes[k] = n
			}
		}
		for _, c := range graph.EdgeClasses {
			if n := cs[counterEdge(c)]; n > 0 {
				s.Edges[c] = n
			}
		}
		return nil
	})
	if err == nil {
		db.counts.keepStats(v, s)
	}
	return s, readErr(op, db.dir, err)
}

// EdgeCountsByModality reads the mod/ counters of count/all: edges by class,
// then by most factual modality (graph.SelectiveOrderedReader).
func (db *DB) EdgeCountsByModality(ctx context.Context) (map[graph.EdgeClass]map[graph.Modality]int64, error) {
	const op = "store.EdgeCountsByModality"
	v := db.version.Load()
	if out, ok := db.counts.modalities(v); ok {
		return out, nil
	}
	out := map[graph.EdgeClass]map[graph.Modality]int64{}
	err := db.view(op, func(txn *badger.Txn) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		cs, err := getCounters(txn)
		if err != nil {
			return err
		}
		for name, n := range cs {
			c, m, ok := parseCounterMod(name)
			if !ok || n <= 0 {
				continue
			}
			if out[c] == nil {
				out[c] = map[graph.Modality]int64{}
			}
			out[c][m] = n
		}
		return nil
	})
	if err == nil {
		db.counts.keepModalities(v, out)
	}
	return out, readErr(op, db.dir, err)
}

var _ graph.EdgeHeadReader = (*DB)(nil)
