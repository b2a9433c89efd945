package store

import (
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
// articles still being committed, so the writer keeps their writes in an
// overlay, the latest write of each key, which planning reads before the
// snapshot. Writes leave the overlay once a snapshot taken afterwards is
// sure to hold them: commits are numbered, and the overlay is pruned of
// every write whose commit, and all before it, had finished before the
// snapshot was taken.
//
// A commit that fails makes the store refuse further work (as a broken
// split write does) and is reported by the next call and by Close.
// Corrections and split writes first wait for every commit to finish.

// maxInFlight bounds the commits under way, and so the overlay.
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
}

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
		w.overlay[string(op.key)] = p
		if folded, id, ok := aliasKeyParts(op.key); ok {
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

// get returns the pending write of key, if any.
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
	if v, ok := db.aliases.values.get(key); ok {
		n, err := v.asNode(key)
		return n, err == nil, err
	}
	raw, ok, err := db.planRaw(txn, key)
	if !ok || err != nil {
		return graph.Node{}, false, err
	}
	v := &cachedValue{raw: raw}
	n, err := v.asNode(key)
	if err != nil {
		return graph.Node{}, false, err
	}
	if n.Kind == graph.KindActor {
		db.aliases.values.put(key, v)
	}
	return n, true, nil
}

// planEdgeHead reads an edge head for the planner, through the value
// cache.
func (db *DB) planEdgeHead(txn *badger.Txn, id graph.ID) (edgeHead, bool, error) {
	key := keyEdge(id)
	if v, ok := db.aliases.values.get(key); ok {
		h, err := v.asHead(key)
		return h, err == nil, err
	}
	raw, ok, err := db.planRaw(txn, key)
	if !ok || err != nil {
		return edgeHead{}, false, err
	}
	v := &cachedValue{raw: raw}
	h, err := v.asHead(key)
	if err != nil {
		return edgeHead{}, false, err
	}
	db.aliases.values.put(key, v)
	return h, true, nil
}

// planCount reads a counter for the planner, through the value cache.
func (db *DB) planCount(txn *badger.Txn, key []byte) (int64, error) {
	if v, ok := db.aliases.values.get(key); ok {
		return decodeCount(v.raw), nil
	}
	raw, ok, err := db.planRaw(txn, key)
	if !ok || err != nil {
		return 0, err
	}
	db.aliases.values.put(key, &cachedValue{raw: raw})
	return decodeCount(raw), nil
}

// writeBehindCommit writes ops in one transaction and returns without
// waiting for the commit, or returns ErrTxnTooBig having written nothing.
func (db *DB) writeBehindCommit(ops []kv) error {
	txn := db.bdb.NewTransaction(true)
	for _, op := range ops {
		if err := setOp(txn, op); err != nil {
			txn.Discard()
			return err
		}
	}
	seq := db.wb.begin(ops)
	db.aliases.note(ops)
	commit := func() {
		txn.CommitWith(func(err error) {
			db.version.Add(1)
			if err != nil {
				db.aliases.reset()
				db.setBroken(fmt.Errorf("commit of a queued article: %w", err))
			}
			db.wb.finish(seq, err)
		})
	}
	if db.delayCommit != nil {
		db.delayCommit(commit)
		return nil
	}
	commit()
	return nil
}

// settle waits for every queued commit to finish; see writeBehind.
func (db *DB) settle() error {
	if !db.opts.WriteBehind {
		return nil
	}
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
