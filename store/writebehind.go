package store

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"sync"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
)

// Write-behind (Options.WriteBehind) lets Ingest return once an article
// is planned and handed to Badger, without waiting for the commit, so
// that planning the next article overlaps Badger writing this one. Each
// article is still one Badger transaction, written all or nothing.
//
// The next article is planned from a snapshot that may not yet hold the
// articles still being committed (and is kept for several articles, see
// planSnapshot), so the writer keeps their writes in an overlay, the
// latest write of each key that planning reads (plannerReads, and the
// alias index), which planning reads before the snapshot. Writes leave
// the overlay once a snapshot taken afterwards is sure to hold them:
// commits are numbered, and the overlay is pruned of every write whose
// commit, and all before it, had finished before the snapshot was taken.
//
// A commit that fails makes the store refuse further work (as a broken
// split write does) and is reported by the next call and by Close.
// Corrections and split writes first wait for every commit to finish.

// maxInFlight bounds the commits under way.
const maxInFlight = 32

type writeBehind struct {
	mu   sync.Mutex
	cond *sync.Cond
	// next is the number of the last commit started; done is the
	// number up to which every commit has finished.
	next, done uint64
	finished   map[uint64]bool
	err        error
	overlay    map[string]pendingWrite
	// aliases holds the pending alias index writes by folded name.
	aliases map[string]map[graph.ID]pendingWrite

	// Badger's transactions, read or write, wait when they are made
	// until every commit under way has finished, which would undo the
	// overlap of planning and writing. So the writer makes them ahead,
	// before it hands an article to Badger, a few at a time: snap is the
	// snapshot planning reads, kept across articles (the overlay holds
	// every write since), snapUses how many articles it has served;
	// fresh is the next one, made with spares (write transactions for
	// the next articles), and freshDone the commit number it holds. All
	// of them are used under writeMu. See planSnapshot and
	// writeBehindCommit.
	snap      *badger.Txn
	snapUses  int
	fresh     *badger.Txn
	freshDone uint64
	spares    []*badger.Txn
}

// maxSnapshotUses bounds how many articles one planning snapshot serves,
// and so how many articles' writes the overlay holds; spareTxns is how
// many write transactions the writer makes at a time.
const (
	maxSnapshotUses = 64
	spareTxns       = 16
)

type pendingWrite struct {
	op  kv
	seq uint64
}

func (w *writeBehind) init() {
	w.cond = sync.NewCond(&w.mu)
	w.finished = map[uint64]bool{}
	w.overlay = map[string]pendingWrite{}
	w.aliases = map[string]map[graph.ID]pendingWrite{}
}

// begin reserves the number of a new commit, waiting while too many are
// under way, and records its writes in the overlay.
func (w *writeBehind) begin(ops []kv) uint64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	for w.next-w.done >= maxInFlight && w.err == nil {
		w.cond.Wait()
	}
	w.next++
	seq := w.next
	for _, op := range ops {
		p := pendingWrite{op: op, seq: seq}
		if plannerReads(op.key) {
			w.overlay[string(op.key)] = p
		} else if folded, id, ok := aliasKeyParts(op.key); ok {
			m := w.aliases[folded]
			if m == nil {
				m = map[graph.ID]pendingWrite{}
				w.aliases[folded] = m
			}
			m[id] = p
		}
	}
	return seq
}

// finish records that commit seq ended with err.
func (w *writeBehind) finish(seq uint64, err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if err != nil && w.err == nil {
		w.err = err
	}
	w.finished[seq] = true
	for w.finished[w.done+1] {
		delete(w.finished, w.done+1)
		w.done++
	}
	w.cond.Broadcast()
}

// finishedUpTo returns the number up to which every commit has finished
// and the first error of any, to be read before taking a snapshot.
func (w *writeBehind) finishedUpTo() (uint64, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.done, w.err
}

// prune drops the overlay's writes of commits up to done, which a
// snapshot taken after finishedUpTo returned done holds.
func (w *writeBehind) prune(done uint64) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.overlay) == 0 {
		return
	}
	for k, p := range w.overlay {
		if p.seq <= done {
			delete(w.overlay, k)
		}
	}
	for f, m := range w.aliases {
		for id, p := range m {
			if p.seq <= done {
				delete(m, id)
			}
		}
		if len(m) == 0 {
			delete(w.aliases, f)
		}
	}
}

// wait blocks until every commit started has finished and returns the
// first error of any.
func (w *writeBehind) wait() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	for w.done < w.next {
		w.cond.Wait()
	}
	return w.err
}

// get returns the pending write of key, if any; see plannerReads.
func (w *writeBehind) get(key []byte) (kv, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	p, ok := w.overlay[string(key)]
	return p.op, ok
}

// patchAliases applies the pending alias writes of folded to ids, read
// from a snapshot, keeping them in ID order.
func (w *writeBehind) patchAliases(folded string, ids []graph.ID) []graph.ID {
	w.mu.Lock()
	defer w.mu.Unlock()
	for id, p := range w.aliases[folded] {
		at, found := slices.BinarySearch(ids, id)
		switch {
		case p.op.del && found:
			ids = slices.Delete(ids, at, at+1)
		case !p.op.del && !found:
			ids = slices.Insert(ids, at, id)
		}
	}
	return ids
}

// plannerReads reports whether planning reads key by its value (nodes,
// edge heads and counters; the alias index is read by prefix, through
// writeBehind.aliases), so that the overlay needs to keep its writes.
func plannerReads(key []byte) bool {
	return bytes.HasPrefix(key, []byte("n/")) || bytes.HasPrefix(key, []byte(prefixEdges)) ||
		bytes.HasPrefix(key, []byte("count/"))
}

// aliasKeyParts splits alias/<folded>/<id>.
func aliasKeyParts(key []byte) (string, graph.ID, bool) {
	const p = prefixAliasAll
	if len(key) <= len(p) || string(key[:len(p)]) != p {
		return "", "", false
	}
	rest := key[len(p):]
	for i := len(rest) - 1; i >= 0; i-- {
		if rest[i] == '/' {
			return string(rest[:i]), graph.ID(rest[i+1:]), true
		}
	}
	return "", "", false
}

// Reads of the planner: the value cache, the overlay, then the snapshot.

// planRaw reads key's value as the planner sees it: the overlay first,
// then the snapshot. The value is the caller's to keep.
func (db *DB) planRaw(txn *badger.Txn, key []byte) ([]byte, bool, error) {
	if op, ok := db.wb.get(key); ok {
		return op.value, !op.del, nil
	}
	if db.aliases.written.absent(key) {
		return nil, false, nil
	}
	item, err := txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	v, err := item.ValueCopy(nil)
	return v, err == nil, err
}

// planNode reads a node for the planner: from the value cache, or else
// as planRaw does, caching actors (see valuecache.go).
func (db *DB) planNode(txn *badger.Txn, id graph.ID) (graph.Node, bool, error) {
	key := keyNode(id)
	raw, cached := db.aliases.values.get(key)
	if !cached {
		var ok bool
		var err error
		if raw, ok, err = db.planRaw(txn, key); !ok || err != nil {
			return graph.Node{}, false, err
		}
	}
	n, err := decodeNode(raw)
	if err != nil {
		return graph.Node{}, false, fmt.Errorf("decode %s: %w", key, err)
	}
	if !cached && n.Kind == graph.KindActor {
		db.aliases.values.put(key, raw)
	}
	return n, true, nil
}

// planEdgeHead reads an edge head for the planner, through the value
// cache.
func (db *DB) planEdgeHead(txn *badger.Txn, id graph.ID) (edgeHead, bool, error) {
	key := keyEdge(id)
	raw, cached := db.aliases.values.get(key)
	if !cached {
		var ok bool
		var err error
		if raw, ok, err = db.planRaw(txn, key); !ok || err != nil {
			return edgeHead{}, false, err
		}
	}
	h, err := decodeHead(raw)
	if err != nil {
		return edgeHead{}, false, fmt.Errorf("decode %s: %w", key, err)
	}
	if !cached {
		db.aliases.values.put(key, raw)
	}
	return h, true, nil
}

// writeBehindCommit writes ops in one transaction and returns without
// waiting for the commit, or returns ErrTxnTooBig having written nothing.
func (db *DB) writeBehindCommit(ops []kv) error {
	w := &db.wb
	var txn *badger.Txn
	if n := len(w.spares); n > 0 {
		txn, w.spares = w.spares[n-1], w.spares[:n-1]
	} else {
		txn = db.bdb.NewTransaction(true)
	}
	for _, op := range ops {
		if err := setOp(txn, op); err != nil {
			txn.Discard()
			return err
		}
	}
	if len(w.spares) < spareTxns/2 && w.idle() {
		db.makeSpares() // nothing to wait for
	}
	seq := w.begin(ops)
	db.aliases.note(ops)
	if len(w.spares) == 0 {
		// Made before this article has a commit timestamp, they wait at
		// most for the commits before it.
		db.makeSpares()
	}
	touched := writtenNodes(ops)
	db.nodes.begin(touched)
	commit := func() {
		txn.CommitWith(func(err error) {
			db.nodes.end(touched)
			db.version.Add(1)
			if err != nil {
				db.aliases.reset()
				db.setBroken(fmt.Errorf("commit of a queued article: %w", err))
			}
			w.finish(seq, err)
		})
	}
	if db.delayCommit != nil {
		db.delayCommit(commit)
		return nil
	}
	commit()
	return nil
}

// idle reports whether no commit is under way.
func (w *writeBehind) idle() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.done == w.next
}

// makeSpares makes the next planning snapshot, unless there is one, and
// write transactions for the next articles, waiting for the commits
// under way to finish. Writers do not read in their write transactions
// and Badger's conflict detection is off, so a write transaction's read
// timestamp does not matter.
func (db *DB) makeSpares() {
	w := &db.wb
	if w.fresh == nil {
		w.freshDone, _ = w.finishedUpTo()
		w.fresh = db.bdb.NewTransaction(false)
	}
	for len(w.spares) < spareTxns {
		w.spares = append(w.spares, db.bdb.NewTransaction(true))
	}
}

// planSnapshot returns the snapshot to plan the next article from, with
// the overlay pruned to match; see writeBehind. The snapshot made with
// the last spares is taken up when there is one; else the current one is
// read again while commits are under way, up to maxSnapshotUses articles;
// else a new one is made. Writes that bypass the overlay (corrections,
// split writes) settle first, which drops them all.
func (db *DB) planSnapshot() (*badger.Txn, error) {
	w := &db.wb
	w.mu.Lock()
	done, next, err := w.done, w.next, w.err
	w.mu.Unlock()
	if err != nil {
		return nil, err
	}
	switch {
	case w.fresh != nil:
		if w.snap != nil {
			w.snap.Discard()
		}
		w.snap, w.snapUses, w.fresh = w.fresh, 1, nil
		w.prune(w.freshDone)
	case w.snap != nil && w.snapUses < maxSnapshotUses && done < next:
		w.snapUses++
	default:
		if w.snap != nil {
			w.snap.Discard()
		}
		// done was read before the snapshot is taken, so the snapshot
		// holds the commits up to done.
		w.snap, w.snapUses = db.bdb.NewTransaction(false), 1
		w.prune(done)
	}
	return w.snap, nil
}

// dropSnapshots discards the planning snapshots and spare transactions.
func (db *DB) dropSnapshots() {
	w := &db.wb
	for _, t := range append(w.spares, w.snap, w.fresh) {
		if t != nil {
			t.Discard()
		}
	}
	w.snap, w.fresh, w.spares = nil, nil, nil
}

// settle waits for every queued commit to finish; see writeBehind.
func (db *DB) settle() error {
	if !db.opts.WriteBehind {
		return nil
	}
	db.dropSnapshots()
	if err := db.wb.wait(); err != nil {
		return err
	}
	done, _ := db.wb.finishedUpTo()
	db.wb.prune(done)
	return nil
}

// Settle waits until every article Ingest queued (Options.WriteBehind) is
// committed, and returns the first commit error, if any. Without
// WriteBehind it returns at once.
func (db *DB) Settle() error {
	db.writeMu.Lock()
	defer db.writeMu.Unlock()
	if err := db.settle(); err != nil {
		return fmt.Errorf("store %s: %w", db.dir, err)
	}
	return nil
}
