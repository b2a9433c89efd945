package store

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
)

const opIngest = "store.Ingest"

// Ingest stores one extracted article all or nothing (see graph.Writer
// and doc.go). The caller's batch is not modified. IngestResult counts
// the article node among the nodes created; a stored node or edge counts
// as updated only when the article changed it.
func (db *DB) Ingest(ctx context.Context, b *graph.Batch) (graph.IngestResult, error) {
	if err := ctx.Err(); err != nil {
		return graph.IngestResult{}, graph.Errorf(opIngest, graph.Internal, "%w", err)
	}
	if db.opts.ReadOnly {
		return graph.IngestResult{}, graph.Errorf(opIngest, graph.Invalid, "database %s is open read-only", db.dir)
	}
	nb, name, err := graph.NormalizeBatch(opIngest, b)
	if err != nil {
		return graph.IngestResult{}, err
	}
	db.writeMu.Lock()
	defer db.writeMu.Unlock()
	if err := db.usable(); err != nil {
		return graph.IngestResult{}, graph.Errorf(opIngest, graph.Internal, "%s: %w", db.dir, err)
	}
	if err := db.checkSpace(opIngest); err != nil {
		return graph.IngestResult{}, err
	}

	var rtxn *badger.Txn
	if db.opts.WriteBehind {
		if rtxn, err = db.planSnapshot(); err != nil {
			return graph.IngestResult{}, graph.Errorf(opIngest, graph.Internal, "%s: %w", db.dir, err)
		}
	} else {
		rtxn = db.bdb.NewTransaction(false)
		defer rtxn.Discard()
	}
	ops, warm, res, err := db.plan(rtxn, nb, name)
	if err != nil || res.Duplicate {
		return res, err
	}
	// Nothing keeps ops once written: Badger's transaction, the
	// write-behind overlay and the caches hold its keys and values, not
	// the list.
	defer db.keepPlanScratch(ops)
	if db.families != nil {
		db.families.count(ops)
	}
	if err := ctx.Err(); err != nil {
		return graph.IngestResult{}, graph.Errorf(opIngest, graph.Internal, "%s: %w", name, err)
	}

	if db.opts.WriteBehind {
		err = db.writeBehindCommit(ops)
		if errors.Is(err, badger.ErrTxnTooBig) {
			// Split writes read the database as committed.
			if serr := db.settle(); serr != nil {
				return graph.IngestResult{}, graph.Errorf(opIngest, graph.Internal, "%s: write to %s: %w", name, db.dir, serr)
			}
		}
	} else {
		err = db.writeOne(ops)
	}
	split := errors.Is(err, badger.ErrTxnTooBig)
	if split {
		db.logf("store %s: %s (%s) is too big for one transaction (%d keys); writing it in steps", db.dir, name, res.Article, len(ops))
		err = db.writeSplit(res.Article, ops)
	}
	if err != nil {
		return graph.IngestResult{}, graph.Errorf(opIngest, graph.Internal, "%s: write to %s: %w", name, db.dir, err)
	}
	if !split {
		db.aliases.values.warm(warm)
	}
	db.ingested.Add(1)
	if err := db.seedBaseLevel(); err != nil {
		// The article is stored either way: a failed commit is
		// reported by the next call, and a failed compaction only
		// leaves the final flatten in one key range.
		db.logf("store %s: compact the first level-0 tables: %v", db.dir, err)
	}
	return res, nil
}

// writeOne writes ops in one transaction, or returns ErrTxnTooBig having
// written nothing.
func (db *DB) writeOne(ops []kv) error {
	txn := db.bdb.NewTransaction(true)
	defer txn.Discard()
	for _, op := range ops {
		if err := setOp(txn, op); err != nil {
			return err
		}
	}
	touched := writtenNodes(ops)
	db.nodes.begin(touched)
	err := txn.Commit()
	db.nodes.end(touched)
	db.version.Add(1)
	if err != nil {
		db.aliases.reset()
		return err
	}
	db.aliases.note(ops)
	return nil
}

// writeSplit writes an article too big for one transaction through the
// stage/ redo log described in doc.go.
func (db *DB) writeSplit(art graph.ID, ops []kv) error {
	if err := db.writeChunked("", []kv{{key: keyPending(art), value: []byte("staging")}}); err != nil {
		return err
	}
	// A failed earlier attempt may have left keys that this plan lacks.
	if err := db.dropStaged(art); err != nil {
		return err
	}
	prefix := prefixStage(art)
	staged := make([]kv, len(ops))
	for i, op := range ops {
		if op.del {
			// A deletion is staged as an empty value under the marker,
			// which no real key starts with.
			staged[i] = kv{key: append(append(slices.Clip(prefix), stagedDelete...), op.key...)}
			continue
		}
		staged[i] = kv{key: append(slices.Clip(prefix), op.key...), value: op.value}
	}
	if err := db.writeChunked("stage", staged); err != nil {
		return err
	}
	if err := db.fail("staged"); err != nil {
		return err
	}
	if err := db.writeChunked("", []kv{{key: keyPending(art), value: []byte("applying")}}); err != nil {
		return err
	}
	if err := db.fail("marked"); err != nil {
		return db.setBroken(err)
	}
	if err := db.applyStaged(art); err != nil {
		return db.setBroken(err)
	}
	if err := db.dropStaged(art); err != nil {
		// The article is in place; the next Open deletes the leftovers.
		db.logf("store %s: delete staged keys of %s: %v", db.dir, art, err)
	}
	return nil
}

// stagedDelete marks a staged deletion: stage/<id>/-del/<key> deletes
// <key> when the stage is applied. Real keys start with a letter.
var stagedDelete = []byte("-del/")

// setBroken records that an article is committed (pending "applying")
// but not wholly in place, so readers must not go on; see usable.
func (db *DB) setBroken(err error) error {
	db.broken.Store(&err)
	return err
}

// applyStaged writes article art's staged keys to their places and
// deletes its pending key while no reader can take a snapshot. Running it
// twice is harmless. The staged keys stay for dropStaged.
func (db *DB) applyStaged(art graph.ID) error {
	prefix := prefixStage(art)
	var ops []kv
	err := db.bdb.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix, PrefetchValues: true})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			key := bytes.Clone(it.Item().Key()[len(prefix):])
			if k, ok := bytes.CutPrefix(key, stagedDelete); ok {
				ops = append(ops, kv{key: k, del: true})
				continue
			}
			ops = append(ops, kv{key: key, value: v})
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("read staged keys of %s: %w", art, err)
	}
	ops = append(ops, kv{key: keyPending(art), del: true})
	db.gate.Lock()
	defer db.gate.Unlock()
	return db.writeChunked("apply", ops)
}

// dropStaged deletes article art's staged keys.
func (db *DB) dropStaged(art graph.ID) error {
	prefix := prefixStage(art)
	var ops []kv
	err := db.bdb.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			ops = append(ops, kv{key: it.Item().KeyCopy(nil), del: true})
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("list staged keys of %s: %w", art, err)
	}
	if len(ops) == 0 {
		return nil
	}
	return db.writeChunked("", ops)
}

// fail calls the test failpoint, if any, for a step.
func (db *DB) fail(step string) error {
	if db.failpoint == nil || step == "" {
		return nil
	}
	return db.failpoint(step)
}

// plan reads what the article changes from one snapshot and returns the
// keys to write, and among them those worth adding to the value cache
// once written (new actors, heads of new edges between stored nodes or
// actors). It
// resolves the batch's actors (rewriting nb).
func (db *DB) plan(txn *badger.Txn, nb *graph.Batch, name string) (ops, warm []kv, res graph.IngestResult, err error) {
	art := nb.Article.ID
	res = graph.IngestResult{Article: art}
	internal := func(err error) ([]kv, []kv, graph.IngestResult, error) {
		return nil, nil, graph.IngestResult{}, graph.Errorf(opIngest, graph.Internal, "%s: read %s: %w", name, db.dir, err)
	}
	// Nodes read while planning, found or not, by ID: Resolve, the edge
	// ends and the node loop read the same actors.
	nodes := map[graph.ID]*graph.Node{}
	node := func(id graph.ID) (*graph.Node, error) {
		if n, ok := nodes[id]; ok {
			return n, nil
		}
		n, ok, err := db.planNode(txn, id)
		if err != nil {
			return nil, err
		}
		var p *graph.Node
		if ok {
			p = &n
		}
		nodes[id] = p
		return p, nil
	}
	if n, err := node(art); err != nil {
		return internal(err)
	} else if n != nil {
		res.Duplicate = true
		return nil, nil, res, nil
	}

	// Corrections first: actors merged away or names added by hand
	// (redirect keys) take the actor the correction chose.
	var redirected map[graph.ID]graph.ID
	if db.aliases.values.mayRedirect(txn) {
		if redirected, err = applyRedirects(txn, nb); err != nil {
			return internal(err)
		}
	}
	_, remap, err := graph.Resolve(nb, func(key string) ([]graph.Node, error) {
		ids, err := db.aliases.lookup(txn, key, db.wb.patchAliases)
		if err != nil {
			return nil, err
		}
		var out []graph.Node
		for _, id := range ids {
			n, err := node(id)
			if err != nil {
				return nil, err
			}
			if n != nil && n.Kind == graph.KindActor {
				out = append(out, *n)
			}
		}
		return out, nil
	})
	if err != nil {
		return internal(err)
	}
	for from, to := range redirected {
		if r, ok := remap[to]; ok {
			to = r
		}
		remap[from] = to
	}
	if len(remap) > 0 {
		res.Resolved = remap
	}

	// Every edge end is in the batch or already stored.
	inBatch := map[graph.ID]bool{art: true}
	for _, n := range nb.Nodes {
		inBatch[n.ID] = true
	}
	for _, e := range nb.Edges {
		for _, end := range []graph.ID{e.Source, e.Target} {
			if inBatch[end] {
				continue
			}
			if n, err := node(end); err != nil {
				return internal(err)
			} else if n == nil {
				return nil, nil, graph.IngestResult{}, graph.Errorf(opIngest, graph.Invalid,
					"%s: edge %s %s %s: node %s is neither in the article's batch nor stored",
					name, e.Source, e.Class, e.Target, end)
			}
			inBatch[end] = true
		}
	}

	ops = db.planOps(nb)
	set := func(key, value []byte) { ops = append(ops, kv{key: key, value: value}) }
	del := func(key []byte) { ops = append(ops, kv{key: key, del: true}) }
	nodeCounts := map[graph.NodeKind]int64{}
	edgeCounts := map[graph.EdgeClass]int64{}
	mods := modCounts{}

	artNode, err := json.Marshal(nb.Article)
	if err != nil {
		return internal(err)
	}
	putNode(set, art, artNode)
	if kindIndexed(graph.KindArticle, art) {
		set(keyKind(graph.KindArticle, art), nil)
	}
	set(keyNodeDate(graph.KindArticle, nb.Article.Date, art), nil)
	set(keyText(art), []byte(nb.Text))
	nodeCounts[graph.KindArticle]++
	res.NodesCreated++

	// fresh holds the nodes this article creates: no stored edge can
	// touch them, so their edges are new without a read.
	fresh := map[graph.ID]bool{art: true}
	// prov lists the nodes and edges the article brings (its ap/ key).
	var prov provenance
	for _, n := range nb.Nodes {
		old, err := node(n.ID)
		if err != nil {
			return internal(err)
		}
		switch {
		case old == nil:
			v, err := json.Marshal(n)
			if err != nil {
				return internal(err)
			}
			nodeOp := len(ops)
			putNode(set, n.ID, v)
			if kindIndexed(n.Kind, n.ID) {
				set(keyKind(n.Kind, n.ID), nil)
			}
			if n.Kind == graph.KindStatement {
				date, err := articleDate(n.Article, nb.Article, node)
				if err != nil {
					return internal(err)
				}
				set(keyNodeDate(n.Kind, date, n.ID), nil)
			}
			if n.Kind == graph.KindEvent {
				set(keyEventDate(n), nil)
			}
			nodeCounts[n.Kind]++
			res.NodesCreated++
			fresh[n.ID] = true
			if n.Kind == graph.KindActor {
				warm = append(warm, ops[nodeOp])
			}
		case old.Kind == graph.KindActor && n.Kind == graph.KindActor:
			merged := *old
			merged.Aliases = slices.Clone(old.Aliases)
			graph.MergeActor(&merged, n)
			n = merged
			// MergeActor changes only the name and the aliases.
			if merged.Label != old.Label || !slices.Equal(merged.Aliases, old.Aliases) {
				nv, err := json.Marshal(merged)
				if err != nil {
					return internal(err)
				}
				putNode(set, n.ID, nv)
				res.NodesUpdated++
			}
		default:
			n = *old // other kinds keep their first version
		}
		prov.nodes = append(prov.nodes, n.ID)
		if n.Kind == graph.KindActor {
			for _, name := range append([]string{n.Label}, n.Aliases...) {
				// Names the index has are not written again.
				if f := graph.Fold(name); f != "" && !db.aliases.has(f, n.ID) {
					set(keyAlias(f, n.ID), nil)
				}
			}
		}
	}

	for _, e := range nb.Edges {
		// Only the head of a stored edge is read: the article's evidence
		// is added as keys of its own (see evidence.go), and since the
		// article is new, so is every piece of its evidence. An edge
		// with a new end is new.
		var old edgeHead
		ok, stored, warmed := false, !fresh[e.Source] && !fresh[e.Target], false
		if stored {
			if old, ok, err = db.planEdgeHead(txn, e.ID); err != nil {
				return internal(err)
			}
		}
		if ok {
			upd := old
			if upd.Verb == "" && e.Verb != "" {
				upd.Verb = e.Verb
			}
			upd.addArticle(e.Evidence)
			if err := moveInline(set, &upd); err != nil {
				return internal(err)
			}
			if upd != old {
				v, err := upd.encode()
				if err != nil {
					return internal(err)
				}
				set(keyEdge(e.ID), v)
			}
			if was, now := old.index(), upd.index(); now != was {
				updateAdjacency(set, del, e.ID, e.Source, e.Class, e.Target, was, now)
				mods.move(e.Class, &was, &now)
			}
			res.EdgesUpdated++
		} else {
			// Later articles read back the heads of the edges between
			// actors, also those made when an end was new, and of new
			// edges between stored nodes: the writer caches them. Any
			// other new edge (an article's MENTIONS, a statement's, an
			// event's) holds the article's evidence in its head (format
			// 8), one key fewer for Badger to insert; a cached head holds
			// JSON alone, as small in the cache as before.
			warmed = stored || graph.KindOfID(e.Source) == graph.KindActor && graph.KindOfID(e.Target) == graph.KindActor
			h := headOf(e)
			if !warmed {
				if h.inline, err = encodeInline(e.Evidence); err != nil {
					return internal(err)
				}
			}
			v, err := h.encode()
			if err != nil {
				return internal(err)
			}
			headOp := len(ops)
			set(keyEdge(e.ID), v)
			if warmed {
				warm = append(warm, ops[headOp])
			}
			now := summaryOf(e)
			putAdjacency(set, del, e.ID, e.Source, e.Class, e.Target, nil, now)
			edgeCounts[e.Class]++
			mods.move(e.Class, nil, &now)
			res.EdgesCreated++
		}
		if ok || warmed {
			if err := putEvidence(set, e.ID, e.Evidence); err != nil {
				return internal(err)
			}
		}
		prov.edges = append(prov.edges, e.ID)
	}
	prov.nodes, prov.edges = sortedIDs(prov.nodes), sortedIDs(prov.edges)
	if len(prov.nodes) > 0 || len(prov.edges) > 0 {
		set(keyProvenance(art), encodeProvenance(prov))
	}

	cs, err := db.planCounters(txn)
	if err != nil {
		return internal(err)
	}
	if cs.add(nodeCounts, edgeCounts, mods) {
		set(keyCounters, cs.encode())
	}
	return ops, warm, res, nil
}

// Keys an article's plan writes, at most, for each node it brings and each
// edge it adds to, not counting an actor's names (alias/ keys) or the
// pieces of evidence (ev/ keys): n/, rank/ record, k/ and ord/n/ for a
// node; e/, out/, in/, two rank/ and up to three ord/r/ for an edge.
const (
	planKeysPerNode = 4
	planKeysPerEdge = 8
	// planKeysFixed are the article's own keys (n/, rank/ record, k/,
	// ord/n/, text/, ap/) and count/all.
	planKeysFixed = 8
	// planScratchMax bounds the key list kept between articles, so that
	// one huge article does not pin its list for the rest of the run.
	planScratchMax = 1 << 14
)

// planOps returns an empty key list with room for what the plan of nb
// writes (planKeysPerNode and the like), so that appending to it does
// not grow it again and again: the list kept from the last article when
// it is big enough, else a new one of that size. Called under writeMu.
func (db *DB) planOps(nb *graph.Batch) []kv {
	want := planKeysFixed + planKeysPerNode*len(nb.Nodes) + planKeysPerEdge*len(nb.Edges)
	for _, n := range nb.Nodes {
		want += 1 + len(n.Aliases)
	}
	for _, e := range nb.Edges {
		want += len(e.Evidence)
	}
	ops := db.planScratch[:0]
	db.planScratch = nil
	if cap(ops) < want {
		ops = make([]kv, 0, want)
	}
	return ops
}

// keepPlanScratch keeps ops's array for the next article's plan,
// cleared so that it holds no keys or values alive. Called under
// writeMu.
func (db *DB) keepPlanScratch(ops []kv) {
	if cap(ops) > planScratchMax {
		return
	}
	clear(ops)
	db.planScratch = ops[:0]
}

// moveInline plans writing the evidence h holds under ev/ and takes it
// out of h, when an article adds to h's edge (one whose head was not
// expected to be read again: a stored object or event named by a later
// batch): an edge that recurs keeps a head of JSON alone, small in the
// writer's value cache and in the neighbourhoods that read the heads of
// well-supported edges.
func moveInline(set func(key, value []byte), h *edgeHead) error {
	if h.inline == "" {
		return nil
	}
	evs, err := h.inlineEvidence()
	if err != nil {
		return err
	}
	h.inline = ""
	return putEvidence(set, h.ID, evs)
}

// articleDate is the date of article id, which is art or read with
// node: the date a statement is listed by (ord/n/ keys). A statement of
// no article, or of one not stored, has none.
func articleDate(id graph.ID, art graph.Node, node func(graph.ID) (*graph.Node, error)) (string, error) {
	if id == art.ID {
		return art.Date, nil
	}
	if id == "" {
		return "", nil
	}
	n, err := node(id)
	if err != nil || n == nil {
		return "", err
	}
	return n.Date, nil
}
