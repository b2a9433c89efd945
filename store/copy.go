package store

import (
	"context"
	"errors"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
)

// Copying a graph in or out (graph.Copy, newsgraph migrate): the ap/ and
// redirect/ keys a copy carries, and loading what another store holds as
// it is, each page written as a correction is (all or nothing, through
// the stage/ redo log when too big) with its checkpoint under
// meta/copy.

var (
	_ graph.ProvenanceReader = (*DB)(nil)
	_ graph.Loader           = (*DB)(nil)
)

var keyCopy = []byte("meta/copy")

const opLoad = "store.Load"

// ArticleNodes returns the nodes each article brought or named, read
// from its ap/ key (graph.ProvenanceReader).
func (db *DB) ArticleNodes(ctx context.Context, articles []graph.ID) (map[graph.ID][]graph.ID, error) {
	const op = "store.ArticleNodes"
	out := map[graph.ID][]graph.ID{}
	err := db.view(op, func(txn *badger.Txn) error {
		for _, art := range articles {
			if err := ctx.Err(); err != nil {
				return err
			}
			if !validID(art) {
				continue
			}
			p, _, err := getProvenance(txn, art)
			if err != nil {
				return err
			}
			if len(p.nodes) > 0 {
				out[art] = p.nodes
			}
		}
		return nil
	})
	return out, readErr(op, db.dir, err)
}

// ScanRedirects calls fn for every redirect/ key, in ID order
// (graph.ProvenanceReader).
func (db *DB) ScanRedirects(ctx context.Context, fn func(from, to graph.ID) error) error {
	const op = "store.ScanRedirects"
	type redirect struct{ from, to graph.ID }
	var all []redirect
	err := db.view(op, func(txn *badger.Txn) error {
		return eachRedirect(txn, func(from, to graph.ID) { all = append(all, redirect{from, to}) })
	})
	if err != nil {
		return readErr(op, db.dir, err)
	}
	for _, r := range all {
		if err := fn(r.from, r.to); err != nil {
			return scanResult(op, db.dir, callbackErr{err})
		}
	}
	return nil
}

// Checkpoint returns the copy checkpoint last recorded (graph.Loader).
func (db *DB) Checkpoint(ctx context.Context) (string, error) {
	const op = "store.Checkpoint"
	var cp string
	err := db.view(op, func(txn *badger.Txn) error {
		item, err := txn.Get(keyCopy)
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		v, err := item.ValueCopy(nil)
		cp = string(v)
		return err
	})
	return cp, readErr(op, db.dir, err)
}

// LoadNodes writes nodes as they are, with their kind and name index
// keys, and the texts and ap/ node lists of the articles among them
// (graph.Loader).
func (db *DB) LoadNodes(ctx context.Context, nodes []graph.Node, texts map[graph.ID]string, named map[graph.ID][]graph.ID, cp string) error {
	for _, n := range nodes {
		if !n.Kind.Valid() || !validID(n.ID) {
			return graph.Errorf(opLoad, graph.Invalid, "node %q of kind %q cannot be stored", n.ID, n.Kind)
		}
	}
	return db.correct(ctx, opLoad, func(txn *badger.Txn, e *edit) error {
		page := map[graph.ID]graph.Node{}
		for _, n := range nodes {
			page[n.ID] = n
		}
		for _, n := range nodes {
			old, ok, err := getNode(txn, n.ID)
			if err != nil {
				return err
			}
			if ok {
				e.deleteNode(old) // its name keys; the keys set below win
				k, err := dateKey(txn, old, page)
				if err != nil {
					return err
				}
				if k != nil {
					e.del(k)
				}
			}
			if err := e.putNode(n); err != nil {
				return err
			}
			if kindIndexed(n.Kind, n.ID) {
				e.set(keyKind(n.Kind, n.ID), nil)
			}
			k, err := dateKey(txn, n, page)
			if err != nil {
				return err
			}
			if k != nil {
				e.set(k, nil)
			}
			e.nodeCounts[n.Kind]++
			if n.Kind == graph.KindActor {
				for _, f := range foldedNames(n) {
					e.set(keyAlias(f, n.ID), nil)
				}
			}
		}
		for id, t := range texts {
			e.set(keyText(id), []byte(t))
		}
		for art, ids := range named {
			for _, id := range ids {
				e.provAddNode(art, id)
			}
			if err := redateStatements(txn, e, page[art], ids); err != nil {
				return err
			}
		}
		e.set(keyCopy, []byte(cp))
		return nil
	})
}

// LoadEdges writes edges with all their evidence, replacing what is
// stored under their IDs (graph.Loader).
func (db *DB) LoadEdges(ctx context.Context, edges []graph.Edge, cp string) error {
	for _, x := range edges {
		if !x.Class.Valid() || !validID(x.Source) || !validID(x.Target) || x.ID != graph.EdgeID(x.Source, x.Class, x.Target) {
			return graph.Errorf(opLoad, graph.Invalid, "edge %q (%s %s %s) cannot be stored: unknown class, a bad end or an ID its ends do not give", x.ID, x.Source, x.Class, x.Target)
		}
	}
	return db.correct(ctx, opLoad, func(txn *badger.Txn, e *edit) error {
		for _, x := range edges {
			old, ok, err := getEdge(txn, x.ID)
			if err != nil {
				return err
			}
			if ok {
				e.deleteEdge(old) // the keys put below win
			}
			x.Evidence = graph.MergeEvidence(nil, x.Evidence)
			if err := e.putEdge(x, true, nil); err != nil {
				return err
			}
		}
		e.set(keyCopy, []byte(cp))
		return nil
	})
}

// LoadRedirects writes redirect/ keys (graph.Loader).
func (db *DB) LoadRedirects(ctx context.Context, redirects map[graph.ID]graph.ID, cp string) error {
	return db.correct(ctx, opLoad, func(txn *badger.Txn, e *edit) error {
		for from, to := range redirects {
			if !validID(from) || !validID(to) {
				return graph.Errorf(opLoad, graph.Invalid, "redirect %q → %q cannot be stored", from, to)
			}
			e.set(keyRedirect(from), []byte(to))
		}
		e.set(keyCopy, []byte(cp))
		return nil
	})
}

// dateKey is n's ord/n/ key, nil for a kind not kept by date. A
// statement's date is its article's, found among the page being loaded
// or stored; a copy loads statements before their articles
// (graph.NodeKinds order), so that it is undated until redateStatements
// dates it with its article.
func dateKey(txn *badger.Txn, n graph.Node, page map[graph.ID]graph.Node) ([]byte, error) {
	switch n.Kind {
	case graph.KindArticle:
		return keyNodeDate(n.Kind, n.Date, n.ID), nil
	case graph.KindEvent:
		return keyEventDate(n), nil
	case graph.KindStatement:
		art, ok := page[n.Article]
		if !ok && n.Article != "" {
			stored, _, err := getNode(txn, n.Article)
			if err != nil {
				return nil, err
			}
			art = stored
		}
		return keyNodeDate(n.Kind, art.Date, n.ID), nil
	}
	return nil, nil
}

// redateStatements gives the statements among ids of article art, which
// is being loaded, the article's date in their ord/n/ keys: a copy loads
// statements before articles (graph.NodeKinds order), so they were
// loaded undated.
func redateStatements(txn *badger.Txn, e *edit, art graph.Node, ids []graph.ID) error {
	if art.Kind != graph.KindArticle || art.Date == "" {
		return nil
	}
	for _, id := range ids {
		if graph.KindOfID(id) != graph.KindStatement {
			continue
		}
		n, ok, err := getNode(txn, id)
		if err != nil {
			return err
		}
		if ok && n.Article == art.ID {
			e.del(keyNodeDate(graph.KindStatement, "", id))
			e.set(keyNodeDate(graph.KindStatement, art.Date, id), nil)
		}
	}
	return nil
}
