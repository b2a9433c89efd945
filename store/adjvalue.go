package store

import (
	"bytes"
	"encoding/binary"
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// adjValue is the value of an edge's out/ and in/ keys: the edge's ID,
// then a 0 byte and the number of articles supporting it (a uvarint), so
// that a traversal ranks a node's links by support from its adjacency
// keys alone, without reading a head per link; then, for an edge whose
// most factual evidence is not asserted, one byte: that modality's
// graph.Modality.Rank, so that a traversal skips edges that are no facts
// without reading their heads. articles 0 (a head without a summary)
// writes the ID alone. Readers that predate the modality byte ignore
// it, and values without it are asserted, as all edges were then.
func adjValue(id graph.ID, articles int, mod graph.Modality) []byte {
	v := []byte(id)
	if articles > 0 {
		v = append(v, 0)
		v = binary.AppendUvarint(v, uint64(articles))
		if r := mod.Rank(); r > 0 {
			v = append(v, byte(r))
		}
	}
	return v
}

// parseAdjValue reads an adjacency value; articles is 0 when the value
// holds the ID alone, as values written before support was kept do, and
// mod is asserted when no modality byte follows.
func parseAdjValue(v []byte) (id graph.ID, articles int, mod graph.Modality) {
	i := bytes.IndexByte(v, 0)
	if i < 0 {
		return graph.ID(v), 0, graph.Asserted
	}
	n, size := binary.Uvarint(v[i+1:])
	if size <= 0 {
		return graph.ID(v[:i]), 0, graph.Asserted
	}
	if rest := v[i+1+size:]; len(rest) > 0 && int(rest[0]) < len(graph.Modalities) {
		mod = graph.Modalities[rest[0]]
	}
	return graph.ID(v[:i]), int(n), mod
}

// rankKeys are an edge's two rank/ keys, one at each end, for the given
// support; their value is the edge's ID.
func rankKeys(src graph.ID, c graph.EdgeClass, dst graph.ID, support int) [2][]byte {
	return [2][]byte{keyRank(src, support, c, dst, true), keyRank(dst, support, c, src, false)}
}

// edgeSummary is what an edge's index keys say of it: its support
// (rank/ and ord/r/ keys) and its first and last dates (ord/r/ keys).
type edgeSummary struct {
	support     int
	first, last string
	// mod is the edge's most factual modality (out/, in/, rank/ and
	// ord/r/ values, count/mod/ counters).
	mod graph.Modality
}

// summaryOf is e's summary, from its head or its evidence.
func summaryOf(e graph.Edge) edgeSummary {
	return edgeSummary{e.Support(), e.FirstSeen(), e.LastSeen(), e.MostFactual()}
}

func (h edgeHead) index() edgeSummary { return edgeSummary{h.Articles, h.First, h.Last, h.Modality} }

// orderKeys are an edge's ord/r/ keys for summary s, by support and by
// first and last seen (seenorder.go); their value is orderValue(s.mod).
func orderKeys(id graph.ID, c graph.EdgeClass, s edgeSummary) [][]byte {
	e := graph.Edge{Articles: s.support, First: s.first, Last: s.last}
	keys := [][]byte{keyEdgeOrder(graph.BySupport, c, graph.EdgeKey(graph.BySupport, e), id)}
	return append(keys, seenKeys(id, c, e)...)
}

// factKeys are an edge's ord/f/ keys for summary s, as formats 6 to 9
// kept them: none when its most factual modality is not a fact. Their
// value is orderValue(s.mod). Format 10 keeps none (migrate10.go); the
// upgrade from format 5 writes them and the one from 9 drops them.
func factKeys(id graph.ID, s edgeSummary) [][]byte {
	if !s.mod.Factual() {
		return nil
	}
	e := graph.Edge{Articles: s.support, First: s.first, Last: s.last}
	keys := make([][]byte, len(factOrders))
	for i, o := range factOrders {
		keys[i] = keyFactOrder(o, graph.EdgeKey(o, e), id)
	}
	return keys
}

// orderValue is the value of an edge's ord/r/ keys: empty for an edge
// whose most factual modality is asserted, else that modality's
// graph.Modality.Rank as one byte, so that a list of the facts skips
// the rest without reading their heads.
func orderValue(mod graph.Modality) []byte {
	if r := mod.Rank(); r > 0 {
		return []byte{byte(r)}
	}
	return nil
}

// parseOrderValue reads an ord/r/ value.
func parseOrderValue(v []byte) graph.Modality {
	if len(v) > 0 && int(v[0]) < len(graph.Modalities) {
		return graph.Modalities[v[0]]
	}
	return graph.Asserted
}

// keyedAdjacency says whether an edge of the given support has out/ and
// in/ keys: since format 11, one of support 1 (most edges: every edge an
// article makes is) has none, and readers find its links under its
// ends' rank/ prefixes, whose keys of support 1 sort by class, then far
// end, as out/ and in/ do (adjReader.readSingles).
func keyedAdjacency(support int) bool { return support != 1 }

// putAdjacency plans, through set and del, an edge's out/, in/, rank/
// and ord/r/ keys for summary now; was is the summary its keys hold
// now, nil for none (a new edge).
func putAdjacency(set func(k, v []byte), del func(k []byte), id, src graph.ID, c graph.EdgeClass, dst graph.ID, was *edgeSummary, now edgeSummary) {
	switch {
	case keyedAdjacency(now.support):
		set(keyOut(src, c, dst), adjValue(id, now.support, now.mod))
		set(keyIn(dst, c, src), adjValue(id, now.support, now.mod))
	case was != nil && keyedAdjacency(was.support):
		del(keyOut(src, c, dst))
		del(keyIn(dst, c, src))
	}
	if was != nil && *was != now {
		if was.support != now.support {
			for _, k := range rankKeys(src, c, dst, was.support) {
				del(k)
			}
		}
		for _, k := range orderKeys(id, c, *was) {
			del(k)
		}
	}
	// The keys of one kind share their value: Badger and the caches
	// copy or only read it.
	rv := rankValue(id, now.mod)
	for _, k := range rankKeys(src, c, dst, now.support) {
		set(k, rv)
	}
	ov := orderValue(now.mod)
	for _, k := range orderKeys(id, c, now) {
		set(k, ov)
	}
}

// indexKeys are the out/, in/, rank/ and ord/r/ keys an edge
// has for summary s, with their values, as putAdjacency writes them.
func indexKeys(id, src graph.ID, c graph.EdgeClass, dst graph.ID, s edgeSummary) []kv {
	var keys []kv
	if keyedAdjacency(s.support) {
		adj := adjValue(id, s.support, s.mod)
		keys = append(keys, kv{key: keyOut(src, c, dst), value: adj}, kv{key: keyIn(dst, c, src), value: adj})
	}
	rv := rankValue(id, s.mod)
	for _, k := range rankKeys(src, c, dst, s.support) {
		keys = append(keys, kv{key: k, value: rv})
	}
	ov := orderValue(s.mod)
	for _, k := range orderKeys(id, c, s) {
		keys = append(keys, kv{key: k, value: ov})
	}
	return keys
}

// updateAdjacency plans moving a stored edge's index keys from summary
// was, which they hold, to now, writing only what changes: a key of was
// that now lacks is deleted, a key of now is set unless was has it with
// the same value. An article that adds to an edge changes its support
// (the out/, in/, rank/ and support order keys) but seldom its first
// seen and last seen days, whose order keys putAdjacency would delete
// and write again unchanged. It suits a plan whose other writes touch
// none of this edge's index keys (Ingest's: each edge once per
// article); a correction, whose writes may delete such a key first,
// uses putAdjacency.
func updateAdjacency(set func(k, v []byte), del func(k []byte), id, src graph.ID, c graph.EdgeClass, dst graph.ID, was, now edgeSummary) {
	old, cur := indexKeys(id, src, c, dst, was), indexKeys(id, src, c, dst, now)
	for _, o := range old {
		if !slices.ContainsFunc(cur, func(n kv) bool { return bytes.Equal(n.key, o.key) }) {
			del(o.key)
		}
	}
	for _, n := range cur {
		if !slices.ContainsFunc(old, func(o kv) bool { return bytes.Equal(n.key, o.key) && bytes.Equal(n.value, o.value) }) {
			set(n.key, n.value)
		}
	}
}

// rankValue is the value of an edge's rank/ keys: the edge's ID, then,
// for an edge whose most factual modality is not asserted, a 0 byte and
// that modality's graph.Modality.Rank as one byte, so that a traversal
// of the facts skips the rest from the rank/ keys alone. Values without
// it (all written before modality was kept) are asserted.
func rankValue(id graph.ID, mod graph.Modality) []byte {
	v := []byte(id)
	if r := mod.Rank(); r > 0 {
		v = append(v, 0, byte(r))
	}
	return v
}

// parseRankValueBytes reads a rank/ value; the ID is left in v.
func parseRankValueBytes(v []byte) ([]byte, graph.Modality) {
	i := bytes.IndexByte(v, 0)
	if i < 0 {
		return v, graph.Asserted
	}
	mod := graph.Asserted
	if i+1 < len(v) && int(v[i+1]) < len(graph.Modalities) {
		mod = graph.Modalities[v[i+1]]
	}
	return v[:i], mod
}

// deleteAdjacency plans deleting an edge's out/, in/, rank/ and ord/r/
// keys; s is the summary they hold.
func deleteAdjacency(del func(k []byte), id, src graph.ID, c graph.EdgeClass, dst graph.ID, s edgeSummary) {
	del(keyOut(src, c, dst))
	del(keyIn(dst, c, src))
	for _, k := range rankKeys(src, c, dst, s.support) {
		del(k)
	}
	for _, k := range orderKeys(id, c, s) {
		del(k)
	}
}

// classMod names a count/mod/ counter: edges of a class whose most
// factual modality is mod.
type classMod struct {
	class graph.EdgeClass
	mod   graph.Modality
}

// modCounts are planned changes to the count/mod/ counters.
type modCounts map[classMod]int64

// move counts an edge of class c whose index keys go from summary was
// to summary now; nil stands for no keys (a new or a deleted edge).
func (mc modCounts) move(c graph.EdgeClass, was, now *edgeSummary) {
	if was != nil && now != nil && was.mod == now.mod {
		return
	}
	if was != nil {
		mc[classMod{c, was.mod}]--
	}
	if now != nil {
		mc[classMod{c, now.mod}]++
	}
}
