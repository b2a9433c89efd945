package store

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
)

// Corrections by hand (graph.Editor). Each is planned from one snapshot
// under the writer mutex, like an article, and written in one
// transaction, or through the stage/ redo log when too big for one (see
// doc.go): readers see all of a correction or none of it, and a
// correction that fails has changed nothing.
//
// Corrections hold against later ingests through redirect keys:
// redirect/<actor id> names the actor that an actor merged away, or a
// name added by hand, now stands for. Ingest applies them to the batch's
// actors before resolving them (see applyRedirects).

var _ graph.Editor = (*DB)(nil)

const (
	opMerge       = "store.MergeActors"
	opAddAlias    = "store.AddAlias"
	opRemoveAlias = "store.RemoveAlias"
	opDelete      = "store.DeleteArticle"

	prefixRedirect = "redirect/"
	// maxAlias is the longest alias AddAlias takes, in bytes.
	maxAlias = 200
	// maxRedirectHops bounds how many redirects Ingest follows.
	maxRedirectHops = 64
)

func keyRedirect(id graph.ID) []byte { return []byte(prefixRedirect + string(id)) }

// edit collects the writes of one correction. A later write of a key
// replaces an earlier one, so the order of the writes does not matter.
type edit struct {
	ops        map[string]kv
	nodeCounts map[graph.NodeKind]int64
	edgeCounts map[graph.EdgeClass]int64
	modCounts  modCounts
	// txn is the snapshot the correction is planned from, provs the
	// articles' provenance (ap/ values) read from it and changed, and
	// err the first failed read of one (see provenance.go).
	txn   *badger.Txn
	provs map[graph.ID]*provEdit
	err   error
}

func newEdit(txn *badger.Txn) *edit {
	return &edit{ops: map[string]kv{}, nodeCounts: map[graph.NodeKind]int64{}, edgeCounts: map[graph.EdgeClass]int64{}, modCounts: modCounts{},
		txn: txn, provs: map[graph.ID]*provEdit{}}
}

func (e *edit) set(key, value []byte) { e.ops[string(key)] = kv{key: key, value: value} }

func (e *edit) del(key []byte) { e.ops[string(key)] = kv{key: key, del: true} }

// putNode plans writing node n: its n/ key and its record (putNode).
func (e *edit) putNode(n graph.Node) error {
	b, err := json.Marshal(n)
	if err != nil {
		return err
	}
	putNode(e.set, n.ID, b)
	return nil
}

func (e *edit) setJSON(key []byte, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	e.set(key, b)
	return nil
}

// deleteEdge plans the removal of stored edge x with its adjacency and
// article keys.
func (e *edit) deleteEdge(x graph.Edge) {
	e.del(keyEdge(x.ID))
	for _, ev := range x.Evidence {
		e.del(keyEvidence(x.ID, ev))
	}
	s := summaryOf(x)
	deleteAdjacency(e.del, x.ID, x.Source, x.Class, x.Target, s)
	for _, art := range evidenceArticles(x) {
		e.provDelEdge(art, x.ID)
	}
	e.edgeCounts[x.Class]--
	e.modCounts.move(x.Class, &s, nil)
}

// setAdjacency plans writing an edge's out/, in/, rank/ and ord/r/ keys
// for its summary now; was is the summary its keys hold (nil: none, and
// the edge is counted by putEdge when it is new).
func (e *edit) setAdjacency(src graph.ID, c graph.EdgeClass, dst, id graph.ID, was *edgeSummary, now edgeSummary) {
	putAdjacency(e.set, e.del, id, src, c, dst, was, now)
	if was != nil {
		e.modCounts.move(c, was, &now)
	}
}

// putHeadKeeping plans writing edge x's head h, keeping the evidence
// its stored head holds unless that is article gone's, whose ev/ keys the
// caller deletes: h, made by headOf, holds none.
func (e *edit) putHeadKeeping(x graph.ID, h edgeHead, gone graph.ID) error {
	stored, ok, err := getEdgeHead(e.txn, x)
	if err != nil {
		return err
	}
	if ok {
		art, err := stored.inlineArticle()
		if err != nil {
			return err
		}
		if art != gone {
			h.inline = stored.inline
		}
	}
	v, err := h.encode()
	if err != nil {
		return err
	}
	e.set(keyEdge(x), v)
	return nil
}

// putEdge plans writing edge x with its adjacency and article keys;
// created says whether it is new, for the counters; was is the summary
// its stored index keys hold (nil: none).
func (e *edit) putEdge(x graph.Edge, created bool, was *edgeSummary) error {
	if err := e.setJSON(keyEdge(x.ID), headOf(x)); err != nil {
		return err
	}
	if err := putEvidence(e.set, x.ID, x.Evidence); err != nil {
		return err
	}
	e.setAdjacency(x.Source, x.Class, x.Target, x.ID, was, summaryOf(x))
	for _, art := range evidenceArticles(x) {
		e.provAddEdge(art, x.ID)
	}
	if created {
		e.edgeCounts[x.Class]++
		s := summaryOf(x)
		e.modCounts.move(x.Class, nil, &s)
	}
	return nil
}

// deleteNode plans the removal of stored node n with its kind index and,
// for an actor, its name index keys. Its edges must go separately.
func (e *edit) deleteNode(n graph.Node) {
	e.del(keyNode(n.ID))
	e.del(keyNodeRecord(n.ID))
	if kindIndexed(n.Kind, n.ID) {
		e.del(keyKind(n.Kind, n.ID))
	}
	if n.Kind == graph.KindActor {
		for _, f := range foldedNames(n) {
			e.del(keyAlias(f, n.ID))
		}
	}
	e.nodeCounts[n.Kind]--
}

// list returns the planned writes with the counters brought up to date
// from txn.
func (e *edit) list(txn *badger.Txn) ([]kv, error) {
	if e.err != nil {
		return nil, e.err
	}
	e.provOps()
	ops := make([]kv, 0, len(e.ops)+1)
	for _, op := range e.ops {
		ops = append(ops, op)
	}
	cs, err := getCounters(txn)
	if err != nil {
		return nil, err
	}
	if cs.add(e.nodeCounts, e.edgeCounts, e.modCounts) {
		ops = append(ops, kv{key: keyCounters, value: cs.encode()})
	}
	slices.SortFunc(ops, func(a, b kv) int { return bytes.Compare(a.key, b.key) })
	return ops, nil
}

// evidenceArticles lists the distinct articles of x's evidence.
func evidenceArticles(x graph.Edge) []graph.ID {
	var arts []graph.ID
	for _, ev := range x.Evidence {
		if !slices.Contains(arts, ev.Article) {
			arts = append(arts, ev.Article)
		}
	}
	return arts
}

// foldedNames lists the distinct folded forms of an actor's names, the
// keys it has in the alias index.
func foldedNames(n graph.Node) []string {
	var out []string
	for _, name := range append([]string{n.Label}, n.Aliases...) {
		if f := graph.Fold(name); f != "" && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// correct runs one correction: plan reads from a snapshot taken under
// the writer mutex and fills an edit, which is then written all or
// nothing.
func (db *DB) correct(ctx context.Context, op string, plan func(txn *badger.Txn, e *edit) error) error {
	if err := ctx.Err(); err != nil {
		return graph.Errorf(op, graph.Internal, "%w", err)
	}
	if db.opts.ReadOnly {
		return graph.Errorf(op, graph.Invalid, "database %s is open read-only", db.dir)
	}
	db.writeMu.Lock()
	defer db.writeMu.Unlock()
	if err := db.usable(); err != nil {
		return graph.Errorf(op, graph.Internal, "%s: %w", db.dir, err)
	}
	if err := db.checkSpace(op); err != nil {
		return err
	}
	if err := db.settle(); err != nil { // corrections read what is committed
		return graph.Errorf(op, graph.Internal, "%s: %w", db.dir, err)
	}
	txn := db.bdb.NewTransaction(false)
	e := newEdit(txn)
	err := plan(txn, e)
	var ops []kv
	if err == nil {
		ops, err = e.list(txn)
	}
	txn.Discard()
	if err != nil {
		return readErr(op, db.dir, err)
	}
	if len(ops) == 0 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return graph.Errorf(op, graph.Internal, "%w", err)
	}
	err = db.writeOne(ops)
	if errors.Is(err, badger.ErrTxnTooBig) {
		id := graph.ID(fmt.Sprintf("edit-%d", time.Now().UnixNano()))
		db.logf("store %s: %s is too big for one transaction (%d keys); writing it in steps", db.dir, op, len(ops))
		err = db.writeSplit(id, ops)
	}
	if err != nil {
		return graph.Errorf(op, graph.Internal, "write to %s: %w", db.dir, err)
	}
	return nil
}

// getActor loads the actor id for a correction: a missing node is
// NotFound, a node of another kind Invalid; arg names the argument.
func getActor(txn *badger.Txn, op, arg string, id graph.ID) (graph.Node, error) {
	if !validID(id) {
		return graph.Node{}, graph.Errorf(op, graph.NotFound, "%s: no actor %q", arg, id)
	}
	n, ok, err := getNode(txn, id)
	switch {
	case err != nil:
		return graph.Node{}, err
	case !ok:
		return graph.Node{}, graph.Errorf(op, graph.NotFound, "%s: no actor %q", arg, id)
	case n.Kind != graph.KindActor:
		return graph.Node{}, graph.Errorf(op, graph.Invalid, "%s: %s is an %s, not an actor", arg, id, n.Kind)
	}
	return n, nil
}

// adjacentEdgeIDs lists the IDs of the stored edges at node id, read
// from its adjacency keys (out/, in/ and those of support 1 under
// rank/).
func adjacentEdgeIDs(txn *badger.Txn, id graph.ID) ([]graph.ID, error) {
	a := newAdjReader(txn)
	defer a.close()
	if err := a.readKeys(id, "out", nil, nil); err != nil {
		return nil, err
	}
	if err := a.readKeys(id, "in", nil, nil); err != nil {
		return nil, err
	}
	if err := a.readSingles(id, nil, nil, nil); err != nil {
		return nil, err
	}
	var ids []graph.ID
	for _, l := range a.found {
		if !slices.Contains(ids, l.Edge) {
			ids = append(ids, l.Edge)
		}
	}
	return ids, nil
}

// MergeActors folds the actors from into the actor into (see
// graph.Editor). It costs a pass over the ap/ values besides the merged
// actors' own edges.
func (db *DB) MergeActors(ctx context.Context, into graph.ID, from []graph.ID) (graph.Node, error) {
	const op = opMerge
	if len(from) == 0 {
		return graph.Node{}, graph.Errorf(op, graph.Invalid, "from: no actors to merge into %s", into)
	}
	var merged graph.Node
	err := db.correct(ctx, op, func(txn *badger.Txn, e *edit) error {
		target, err := getActor(txn, op, "into", into)
		if err != nil {
			return err
		}
		gone := map[graph.ID]graph.Node{}
		var order []graph.ID
		for i, id := range from {
			if id == into {
				return graph.Errorf(op, graph.Invalid, "from[%d]: %s is the actor merged into", i, id)
			}
			if _, ok := gone[id]; ok {
				continue
			}
			n, err := getActor(txn, op, fmt.Sprintf("from[%d]", i), id)
			if err != nil {
				return err
			}
			gone[id] = n
			order = append(order, id)
		}
		slices.Sort(order)

		// Edges: every edge at a merged actor moves to into.
		var edgeIDs []graph.ID
		for _, id := range order {
			ids, err := adjacentEdgeIDs(txn, id)
			if err != nil {
				return err
			}
			for _, x := range ids {
				if !slices.Contains(edgeIDs, x) {
					edgeIDs = append(edgeIDs, x)
				}
			}
		}
		slices.Sort(edgeIDs)
		moved := map[graph.ID]*graph.Edge{}
		created := map[graph.ID]bool{}
		was := map[graph.ID]*edgeSummary{} // what a stored edge's index keys say
		var movedOrder []graph.ID
		end := func(id graph.ID) graph.ID {
			if _, ok := gone[id]; ok {
				return into
			}
			return id
		}
		for _, id := range edgeIDs {
			old, ok, err := getEdge(txn, id)
			if err != nil {
				return err
			}
			if !ok {
				return fmt.Errorf("adjacency names edge %s, which is missing", id)
			}
			e.deleteEdge(old)
			src, dst := end(old.Source), end(old.Target)
			if src == dst {
				continue // between merged actors: now a self-loop
			}
			src, dst = graph.Orient(src, old.Class, dst)
			nid := graph.EdgeID(src, old.Class, dst)
			x, ok := moved[nid]
			if !ok {
				stored, exists, err := getEdge(txn, nid)
				if err != nil {
					return err
				}
				if exists {
					x = &stored
					s := summaryOf(stored)
					was[nid] = &s
				} else {
					x = &graph.Edge{ID: nid, Source: src, Target: dst, Class: old.Class, Verb: old.Verb}
					created[nid] = true
				}
				moved[nid] = x
				movedOrder = append(movedOrder, nid)
			}
			x.Evidence = graph.MergeEvidence(x.Evidence, graph.RemapResolved(old.Evidence, end))
			if x.Verb == "" {
				x.Verb = old.Verb
			}
		}
		for _, nid := range movedOrder {
			if err := e.putEdge(*moved[nid], created[nid], was[nid]); err != nil {
				return err
			}
		}

		// Names: the merged actors' names become into's aliases, and
		// their index keys point at into.
		merged = target
		names := slices.Clone(target.Aliases)
		for _, id := range order {
			n := gone[id]
			names = append(names, n.Label)
			names = append(names, n.Aliases...)
			for _, f := range foldedNames(n) {
				e.del(keyAlias(f, id))
				e.set(keyAlias(f, into), nil)
			}
			e.deleteNode(n)
			e.set(keyRedirect(id), []byte(into))
		}
		merged.Aliases = aliasSet(names, target.Label)
		if err := e.putNode(merged); err != nil {
			return err
		}

		// What each article named: <from> in its ap/ value becomes <into>.
		want := map[graph.ID]bool{}
		for _, id := range order {
			want[id] = true
		}
		named, err := namedBy(txn, want, "")
		if err != nil {
			return err
		}
		for id, arts := range named {
			for _, art := range arts {
				e.provRenameNode(art, id, into)
			}
		}

		// Earlier redirects to a merged actor now lead to into.
		return eachRedirect(txn, func(from, to graph.ID) {
			if want[to] {
				e.set(keyRedirect(from), []byte(into))
			}
		})
	})
	if err != nil {
		return graph.Node{}, err
	}
	return merged, nil
}

// aliasSet is names without label, without repeats, sorted.
func aliasSet(names []string, label string) []string {
	var out []string
	for _, n := range names {
		if n != "" && n != label && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// eachRedirect calls fn for every redirect key.
func eachRedirect(txn *badger.Txn, fn func(from, to graph.ID)) error {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixRedirect), PrefetchValues: true})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		v, err := it.Item().ValueCopy(nil)
		if err != nil {
			return err
		}
		fn(graph.ID(it.Item().Key()[len(prefixRedirect):]), graph.ID(v))
	}
	return nil
}

// redirectOf follows the redirect keys from id; ok is false when id has
// none.
func redirectOf(txn *badger.Txn, id graph.ID) (to graph.ID, ok bool, err error) {
	to = id
	for range maxRedirectHops {
		item, err := txn.Get(keyRedirect(to))
		if errors.Is(err, badger.ErrKeyNotFound) {
			return to, ok, nil
		}
		if err != nil {
			return "", false, err
		}
		v, err := item.ValueCopy(nil)
		if err != nil {
			return "", false, err
		}
		if graph.ID(v) == to || graph.ID(v) == id {
			break // a cycle, which corrections never make; stop here
		}
		to, ok = graph.ID(v), true
	}
	return to, ok, nil
}

// applyRedirects points the batch's actors whose IDs a correction
// retired at the actors that stand for them now, merges batch actors
// that thereby become one and rewrites the edges. It returns the IDs it
// changed, old to new.
func applyRedirects(txn *badger.Txn, nb *graph.Batch) (map[graph.ID]graph.ID, error) {
	remap := map[graph.ID]graph.ID{}
	targets := map[graph.ID]graph.Node{}
	for _, n := range nb.Nodes {
		if n.Kind != graph.KindActor {
			continue
		}
		to, ok, err := redirectOf(txn, n.ID)
		if err != nil {
			return nil, err
		}
		if !ok || to == n.ID {
			continue
		}
		remap[n.ID] = to
		if t, found, err := getNode(txn, to); err != nil {
			return nil, err
		} else if found && t.Kind == graph.KindActor {
			targets[to] = t
		}
	}
	if len(remap) == 0 {
		return nil, nil
	}
	nodes := nb.Nodes[:0]
	index := map[graph.ID]int{}
	for _, n := range nb.Nodes {
		if to, ok := remap[n.ID]; ok {
			n.ID = to
			// The correction chose the actor's name and type: the
			// batch's name for it becomes an alias.
			if t, ok := targets[to]; ok {
				n.Aliases = append(n.Aliases, n.Label)
				n.Label, n.Type = t.Label, t.Type
			}
		}
		if j, ok := index[n.ID]; ok {
			if nodes[j].Kind == graph.KindActor && n.Kind == graph.KindActor {
				graph.MergeActor(&nodes[j], n)
			}
			continue
		}
		index[n.ID] = len(nodes)
		nodes = append(nodes, n)
	}
	nb.Nodes = nodes
	nb.Edges = graph.RemapEdges(nb.Edges, remap)
	return remap, nil
}

// checkAlias checks a name given by hand and returns it trimmed.
func checkAlias(op, alias string) (string, error) {
	alias = strings.TrimSpace(alias)
	switch {
	case graph.Fold(alias) == "":
		return "", graph.Errorf(op, graph.Invalid, "alias: %q has no letters or digits", alias)
	case len(alias) > maxAlias:
		return "", graph.Errorf(op, graph.Invalid, "alias: %d bytes, more than the limit of %d", len(alias), maxAlias)
	}
	return alias, nil
}

// AddAlias adds alias to actor id's names (see graph.Editor). Besides
// the name index key, it writes a redirect from graph.ActorID(alias),
// the ID an extracted actor of that name gets, unless a node has that
// ID, so that later articles naming the alias resolve to id whatever
// type the extractor gives them.
func (db *DB) AddAlias(ctx context.Context, id graph.ID, alias string) (graph.Node, error) {
	const op = opAddAlias
	alias, err := checkAlias(op, alias)
	if err != nil {
		return graph.Node{}, err
	}
	var out graph.Node
	err = db.correct(ctx, op, func(txn *badger.Txn, e *edit) error {
		n, err := getActor(txn, op, "id", id)
		if err != nil {
			return err
		}
		out = n
		if alias == n.Label || slices.Contains(n.Aliases, alias) {
			return nil
		}
		out.Aliases = aliasSet(append(slices.Clone(n.Aliases), alias), n.Label)
		if err := e.putNode(out); err != nil {
			return err
		}
		e.set(keyAlias(graph.Fold(alias), id), nil)
		if rid := graph.ActorID(alias); rid != id {
			if _, exists, err := getNode(txn, rid); err != nil {
				return err
			} else if !exists {
				e.set(keyRedirect(rid), []byte(id))
			}
		}
		return nil
	})
	if err != nil {
		return graph.Node{}, err
	}
	return out, nil
}

// RemoveAlias removes alias from actor id's aliases (see graph.Editor):
// the alias given exactly, or else every alias that folds like it. The
// name index key goes when no remaining name folds alike, and so does a
// redirect from graph.ActorID(alias) to id.
func (db *DB) RemoveAlias(ctx context.Context, id graph.ID, alias string) (graph.Node, error) {
	const op = opRemoveAlias
	alias = strings.TrimSpace(alias)
	var out graph.Node
	err := db.correct(ctx, op, func(txn *badger.Txn, e *edit) error {
		n, err := getActor(txn, op, "id", id)
		if err != nil {
			return err
		}
		f := graph.Fold(alias)
		var removed []string
		switch {
		case alias == n.Label:
			return graph.Errorf(op, graph.Invalid, "alias: %q is the canonical name of actor %s, which cannot be removed", alias, id)
		case slices.Contains(n.Aliases, alias):
			removed = []string{alias}
		case f != "" && f == graph.Fold(n.Label):
			return graph.Errorf(op, graph.Invalid, "alias: %q is the canonical name of actor %s (%q), which cannot be removed", alias, id, n.Label)
		default:
			for _, a := range n.Aliases {
				if f != "" && graph.Fold(a) == f {
					removed = append(removed, a)
				}
			}
		}
		if len(removed) == 0 {
			return graph.Errorf(op, graph.NotFound, "alias: actor %s (%q) has no alias %q", id, n.Label, alias)
		}
		out = n
		out.Aliases = slices.DeleteFunc(slices.Clone(n.Aliases), func(a string) bool { return slices.Contains(removed, a) })
		if len(out.Aliases) == 0 {
			out.Aliases = nil
		}
		if err := e.putNode(out); err != nil {
			return err
		}
		keep := foldedNames(out)
		for _, a := range removed {
			if fa := graph.Fold(a); !slices.Contains(keep, fa) {
				e.del(keyAlias(fa, id))
			}
			rid := graph.ActorID(a)
			if to, ok, err := redirectOf(txn, rid); err != nil {
				return err
			} else if ok && to == id {
				e.del(keyRedirect(rid))
			}
		}
		return nil
	})
	if err != nil {
		return graph.Node{}, err
	}
	return out, nil
}

// DeleteArticle withdraws article id (see graph.Editor). Besides the
// article's own ap/ key, it costs a pass over the ap/ values when
// some node the article brought has no edge left.
func (db *DB) DeleteArticle(ctx context.Context, id graph.ID) error {
	const op = opDelete
	return db.correct(ctx, op, func(txn *badger.Txn, e *edit) error {
		if !validID(id) {
			return graph.Errorf(op, graph.NotFound, "id: no article %q", id)
		}
		art, ok, err := getNode(txn, id)
		switch {
		case err != nil:
			return err
		case !ok:
			return graph.Errorf(op, graph.NotFound, "id: no article %q", id)
		case art.Kind != graph.KindArticle:
			return graph.Errorf(op, graph.Invalid, "id: %s is an %s, not an article", id, art.Kind)
		}
		e.deleteNode(art)
		e.del(keyText(id))
		e.del(keyNodeDate(graph.KindArticle, art.Date, id))

		prov, _, err := getProvenance(txn, id)
		if err != nil {
			return err
		}
		nodeIDs, edgeIDs := prov.nodes, prov.edges
		e.provDrop(id)
		gone := map[graph.ID]bool{}
		for _, x := range edgeIDs {
			old, ok, err := getEdge(txn, x)
			if err != nil {
				return err
			}
			if !ok {
				continue
			}
			kept := slices.DeleteFunc(slices.Clone(old.Evidence), func(ev graph.Evidence) bool { return ev.Article == id })
			if len(kept) == 0 {
				e.deleteEdge(old)
				gone[x] = true
				continue
			}
			upd := old
			upd.Evidence = kept
			if !slices.ContainsFunc(kept, func(ev graph.Evidence) bool { return ev.Verb == upd.Verb }) {
				upd.Verb = ""
				for _, ev := range kept {
					if ev.Verb != "" {
						upd.Verb = ev.Verb
						break
					}
				}
			}
			if err := e.putHeadKeeping(x, headOf(upd), id); err != nil {
				return err
			}
			s := summaryOf(old)
			e.setAdjacency(upd.Source, upd.Class, upd.Target, x, &s, summaryOf(upd))
			for _, ev := range old.Evidence {
				if ev.Article == id {
					e.del(keyEvidence(x, ev))
				}
			}
		}
		// An edge at the article itself that some other article gave
		// evidence for cannot outlive its end.
		atArticle, err := adjacentEdgeIDs(txn, id)
		if err != nil {
			return err
		}
		for _, x := range atArticle {
			if gone[x] {
				continue
			}
			old, ok, err := getEdge(txn, x)
			if err != nil {
				return err
			}
			if ok {
				e.deleteEdge(old)
				gone[x] = true
			}
		}

		// Nodes the article brought go when nothing supports them: no
		// edge left and no other article naming them.
		bare := map[graph.ID]bool{}
		for _, n := range nodeIDs {
			links, err := adjacentEdgeIDs(txn, n)
			if err != nil {
				return err
			}
			if !slices.ContainsFunc(links, func(x graph.ID) bool { return !gone[x] }) {
				bare[n] = true
			}
		}
		named, err := namedBy(txn, bare, id)
		if err != nil {
			return err
		}
		for _, n := range nodeIDs {
			if !bare[n] || len(named[n]) > 0 {
				continue
			}
			node, ok, err := getNode(txn, n)
			if err != nil {
				return err
			}
			if !ok {
				continue
			}
			e.deleteNode(node)
			if node.Kind == graph.KindStatement {
				date, err := articleDate(node.Article, art, func(a graph.ID) (*graph.Node, error) {
					n, ok, err := getNode(txn, a)
					if !ok {
						return nil, err
					}
					return &n, err
				})
				if err != nil {
					return err
				}
				e.del(keyNodeDate(node.Kind, date, node.ID))
			}
			if node.Kind == graph.KindEvent {
				e.del(keyEventDate(node))
			}
		}
		return nil
	})
}
