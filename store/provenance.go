package store

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
)

// An article's provenance (format 7): the nodes it brought or named and
// the edges it gave evidence for, one ap/<article id> key whose value
// lists both, where format 6 had a key per node (an/) and per edge (ae/),
// about 65 an article, each a skiplist insert in Badger's one write
// goroutine. Ingest writes the key once with the article; corrections
// read, change and rewrite it (see edit.prov).

const prefixProvenance = "ap/"

func keyProvenance(art graph.ID) []byte { return []byte(prefixProvenance + string(art)) }

// provenance is what an ap/ value lists, each list sorted and without
// repeats.
type provenance struct {
	nodes, edges []graph.ID
}

// provVersion is the first byte of an ap/ value.
const provVersion = 1

// encodeProvenance writes p as the version byte, then for the nodes and
// the edges in turn their number and each ID's length (uvarints) and
// bytes.
func encodeProvenance(p provenance) []byte {
	n := 1 + 2*binary.MaxVarintLen32
	for _, l := range [][]graph.ID{p.nodes, p.edges} {
		for _, id := range l {
			n += binary.MaxVarintLen32 + len(id)
		}
	}
	b := make([]byte, 1, n)
	b[0] = provVersion
	for _, l := range [][]graph.ID{p.nodes, p.edges} {
		b = binary.AppendUvarint(b, uint64(len(l)))
		for _, id := range l {
			b = binary.AppendUvarint(b, uint64(len(id)))
			b = append(b, id...)
		}
	}
	return b
}

// decodeProvenance reads an ap/ value.
func decodeProvenance(b []byte) (provenance, error) {
	if len(b) == 0 || b[0] != provVersion {
		return provenance{}, errors.New("unknown provenance value")
	}
	b = b[1:]
	var p provenance
	for _, l := range []*[]graph.ID{&p.nodes, &p.edges} {
		n, w := binary.Uvarint(b)
		if w <= 0 || n > uint64(len(b)) {
			return provenance{}, errors.New("malformed provenance value")
		}
		b = b[w:]
		*l = make([]graph.ID, 0, n)
		for range n {
			m, w := binary.Uvarint(b)
			if w <= 0 || m > uint64(len(b)-w) {
				return provenance{}, errors.New("malformed provenance value")
			}
			*l = append(*l, graph.ID(b[w:w+int(m)]))
			b = b[w+int(m):]
		}
	}
	if len(b) != 0 {
		return provenance{}, errors.New("malformed provenance value: trailing bytes")
	}
	return p, nil
}

// sortedIDs sorts ids and drops repeats, in place.
func sortedIDs(ids []graph.ID) []graph.ID {
	slices.Sort(ids)
	return slices.Compact(ids)
}

// getProvenance reads article art's ap/ key; ok is false when it has none.
func getProvenance(txn *badger.Txn, art graph.ID) (p provenance, ok bool, err error) {
	item, err := txn.Get(keyProvenance(art))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return provenance{}, false, nil
	}
	if err != nil {
		return provenance{}, false, err
	}
	err = item.Value(func(v []byte) error {
		p, err = decodeProvenance(v)
		return err
	})
	if err != nil {
		return provenance{}, false, fmt.Errorf("read %s: %w", keyProvenance(art), err)
	}
	return p, true, nil
}

// provEdit is an article's provenance as a correction changes it.
type provEdit struct {
	p       provenance
	dropped bool // the article is deleted: its key goes, changes are ignored
	changed bool
}

// prov returns article art's provenance as the edit has it, read from
// the edit's snapshot the first time.
func (e *edit) prov(art graph.ID) (*provEdit, error) {
	if pe, ok := e.provs[art]; ok {
		return pe, nil
	}
	pe := &provEdit{}
	if e.txn != nil {
		p, _, err := getProvenance(e.txn, art)
		if err != nil {
			return nil, err
		}
		pe.p = p
	}
	e.provs[art] = pe
	return pe, nil
}

// changeProv applies fn to article art's node and edge lists. A failed
// read is kept in e.err, which list returns.
func (e *edit) changeProv(art graph.ID, fn func(p *provenance)) {
	pe, err := e.prov(art)
	if err != nil {
		e.err = cmp.Or(e.err, err)
		return
	}
	if pe.dropped {
		return
	}
	fn(&pe.p)
	pe.changed = true
}

func (e *edit) provAddEdge(art, edge graph.ID) {
	e.changeProv(art, func(p *provenance) { p.edges = insertID(p.edges, edge) })
}

func (e *edit) provDelEdge(art, edge graph.ID) {
	e.changeProv(art, func(p *provenance) { p.edges = deleteID(p.edges, edge) })
}

func (e *edit) provAddNode(art, node graph.ID) {
	e.changeProv(art, func(p *provenance) { p.nodes = insertID(p.nodes, node) })
}

// provRenameNode makes article art name node to where it named from.
func (e *edit) provRenameNode(art, from, to graph.ID) {
	e.changeProv(art, func(p *provenance) {
		p.nodes = insertID(deleteID(p.nodes, from), to)
	})
}

// provDrop deletes article art's provenance key; later changes to it in
// the same edit are ignored.
func (e *edit) provDrop(art graph.ID) {
	e.provs[art] = &provEdit{dropped: true}
}

// provOps turns the changed provenances into writes: an empty one is
// deleted.
func (e *edit) provOps() {
	for art, pe := range e.provs {
		switch {
		case pe.dropped || pe.changed && len(pe.p.nodes) == 0 && len(pe.p.edges) == 0:
			e.del(keyProvenance(art))
		case pe.changed:
			e.set(keyProvenance(art), encodeProvenance(pe.p))
		}
	}
}

func insertID(ids []graph.ID, id graph.ID) []graph.ID {
	if i, found := slices.BinarySearch(ids, id); !found {
		return slices.Insert(ids, i, id)
	}
	return ids
}

func deleteID(ids []graph.ID, id graph.ID) []graph.ID {
	if i, found := slices.BinarySearch(ids, id); found {
		return slices.Delete(ids, i, i+1)
	}
	return ids
}

// namedBy returns, of the nodes in want, the articles other than except
// whose provenance lists them. It reads every ap/ value: the index is by
// article, not by node; a value that holds none of the wanted IDs as
// bytes is passed over without decoding.
func namedBy(txn *badger.Txn, want map[graph.ID]bool, except graph.ID) (map[graph.ID][]graph.ID, error) {
	out := map[graph.ID][]graph.ID{}
	if len(want) == 0 {
		return out, nil
	}
	it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixProvenance), PrefetchValues: true})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		art := graph.ID(it.Item().Key()[len(prefixProvenance):])
		if art == except {
			continue
		}
		err := it.Item().Value(func(v []byte) error {
			hit := false
			for id := range want {
				if bytes.Contains(v, []byte(id)) {
					hit = true
					break
				}
			}
			if !hit {
				return nil
			}
			p, err := decodeProvenance(v)
			if err != nil {
				return fmt.Errorf("%s: %w", it.Item().Key(), err)
			}
			for _, n := range p.nodes {
				if want[n] {
					out[n] = append(out[n], art)
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}
