package store

import (
	"bytes"
	"fmt"
	"slices"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
)

// kindScan walks the nodes of one kind in ID order (format 8). Most IDs
// start with their kind's prefix (graph.NodeID), and those nodes are
// read in place, under n/<prefix>; the few others (IDs a batch gave
// without it) have a k/ key, and the two runs are merged. A node under
// n/<prefix> of another kind is passed over: it has a k/ key under its
// own. A k/ key for an ID with the prefix (left by an upgrade that a
// crash stopped before its drops) names a node the first run also
// reads, and the node is given once.
type kindScan struct {
	kind graph.NodeKind
	// prefixed walks n/<prefix>, indexed k/<kind>/, and nodes reads the
	// nodes indexed names; it mostly moves by Next (IDs of one kind
	// share a prefix), far cheaper than a point read per node.
	prefixed, indexed, nodes *badger.Iterator
	idx                      int // length of k/<kind>/
}

// newKindScan starts a walk of the nodes of kind k whose ID is above
// after.
func newKindScan(txn *badger.Txn, k graph.NodeKind, after graph.ID) *kindScan {
	kp := prefixKind(k)
	np := []byte("n/" + graph.KindPrefix(k))
	s := &kindScan{kind: k, idx: len(kp),
		prefixed: txn.NewIterator(badger.IteratorOptions{Prefix: np}),
		indexed:  txn.NewIterator(badger.IteratorOptions{Prefix: kp}),
		nodes:    txn.NewIterator(badger.IteratorOptions{Prefix: []byte("n/")}),
	}
	seekAbove(s.prefixed, np, keyNode(after))
	seekAbove(s.indexed, kp, append(slices.Clip(kp), after...))
	return s
}

// seekAbove moves it, an iterator over prefix, to its first key above
// start.
func seekAbove(it *badger.Iterator, prefix, start []byte) {
	if bytes.Compare(start, prefix) < 0 {
		start = prefix
	}
	it.Seek(start)
	if it.Valid() && bytes.Equal(it.Item().Key(), start) {
		it.Next()
	}
}

func (s *kindScan) close() {
	s.prefixed.Close()
	s.indexed.Close()
	s.nodes.Close()
}

// next is the next node, ok false at the end.
func (s *kindScan) next() (n graph.Node, ok bool, err error) {
	for {
		var a, b []byte // the IDs at each run's key
		if s.prefixed.Valid() {
			a = s.prefixed.Item().Key()[len("n/"):]
		}
		if s.indexed.Valid() {
			b = s.indexed.Item().Key()[s.idx:]
		}
		switch c := bytes.Compare(a, b); {
		case a == nil && b == nil:
			return graph.Node{}, false, nil
		case b == nil || a != nil && c <= 0:
			if c == 0 {
				s.indexed.Next()
			}
			item := s.prefixed.Item()
			if err := item.Value(func(v []byte) (err error) { n, err = decodeNode(v); return err }); err != nil {
				return graph.Node{}, false, fmt.Errorf("decode %s: %w", item.Key(), err)
			}
			s.prefixed.Next()
			if n.Kind == s.kind {
				return n, true, nil
			}
		default:
			id := graph.ID(b)
			s.indexed.Next()
			n, err := s.indexedNode(id)
			return n, err == nil, err
		}
	}
}

// indexedNode reads node id, which a k/ key names.
func (s *kindScan) indexedNode(id graph.ID) (graph.Node, error) {
	nk := keyNode(id)
	if !s.nodes.Valid() || !bytes.Equal(s.nodes.Item().Key(), nk) {
		s.nodes.Seek(nk)
	}
	if !s.nodes.Valid() || !bytes.Equal(s.nodes.Item().Key(), nk) {
		return graph.Node{}, fmt.Errorf("kind index names node %s, which is missing", id)
	}
	var n graph.Node
	if err := s.nodes.Item().Value(func(b []byte) (err error) { n, err = decodeNode(b); return err }); err != nil {
		return graph.Node{}, fmt.Errorf("decode %s: %w", nk, err)
	}
	s.nodes.Next()
	return n, nil
}
