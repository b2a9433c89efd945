package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
)

// The counters (format 7) are one key, count/all, whose value holds every
// counter by name: "node/<kind>", "edge/<class>" and
// "mod/<class>/<rank>", what follows count/ in format 6's keys, which had
// a key per counter, about 26 written by every article, each a skiplist
// insert in Badger's one write goroutine. Every write that changes a
// counter reads count/all, adds its changes and writes it back.

var keyCounters = []byte("count/all")

// counters maps a counter's name to its value.
type counters map[string]int64

func counterNode(k graph.NodeKind) string { return "node/" + string(k) }

func counterEdge(c graph.EdgeClass) string { return "edge/" + string(c) }

func counterMod(c graph.EdgeClass, m graph.Modality) string {
	return "mod/" + string(c) + "/" + strconv.Itoa(m.Rank())
}

// parseCounterMod reads the class and modality of a "mod/" counter's name.
func parseCounterMod(name string) (graph.EdgeClass, graph.Modality, bool) {
	rest, ok := strings.CutPrefix(name, "mod/")
	if !ok {
		return "", "", false
	}
	c, r, ok := strings.Cut(rest, "/")
	i, err := strconv.Atoi(r)
	if !ok || err != nil || i < 0 || i >= len(graph.Modalities) {
		return "", "", false
	}
	return graph.EdgeClass(c), graph.Modalities[i], true
}

// countersVersion is the first byte of the count/all value.
const countersVersion = 1

// encode writes the version byte, then each counter that is not zero,
// in name order: the name's length (uvarint), the name, the value
// (uvarint; counters are never negative).
func (cs counters) encode() []byte {
	b := []byte{countersVersion}
	for _, name := range slices.Sorted(maps.Keys(cs)) {
		n := cs[name]
		if n <= 0 {
			continue
		}
		b = binary.AppendUvarint(b, uint64(len(name)))
		b = append(b, name...)
		b = binary.AppendUvarint(b, uint64(n))
	}
	return b
}

// decodeCounters reads a count/all value; an absent one (nil) is no
// counters.
func decodeCounters(b []byte) (counters, error) {
	cs := counters{}
	if b == nil {
		return cs, nil
	}
	if len(b) == 0 || b[0] != countersVersion {
		return nil, errors.New("unknown counters value")
	}
	b = b[1:]
	for len(b) > 0 {
		l, w := binary.Uvarint(b)
		if w <= 0 || l > uint64(len(b)-w) {
			return nil, errors.New("malformed counters value")
		}
		name := string(b[w : w+int(l)])
		b = b[w+int(l):]
		n, w := binary.Uvarint(b)
		if w <= 0 {
			return nil, errors.New("malformed counters value")
		}
		b = b[w:]
		cs[name] = int64(n)
	}
	return cs, nil
}

// add adds the changes of a write to cs, none below zero, and reports
// whether any counter changed.
func (cs counters) add(nodes map[graph.NodeKind]int64, edges map[graph.EdgeClass]int64, mods modCounts) bool {
	changed := false
	bump := func(name string, d int64) {
		if d != 0 {
			cs[name] = max(cs[name]+d, 0)
			changed = true
		}
	}
	for k, d := range nodes {
		bump(counterNode(k), d)
	}
	for c, d := range edges {
		bump(counterEdge(c), d)
	}
	for k, d := range mods {
		bump(counterMod(k.class, k.mod), d)
	}
	return changed
}

// getCounters reads count/all from txn.
func getCounters(txn *badger.Txn) (counters, error) {
	item, err := txn.Get(keyCounters)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return counters{}, nil
	}
	if err != nil {
		return nil, err
	}
	var cs counters
	err = item.Value(func(v []byte) error {
		cs, err = decodeCounters(v)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", keyCounters, err)
	}
	return cs, nil
}

// planCounters reads count/all for the planner: the value cache keeps
// it decoded (see valueCache.counts); else it is read through the
// write-behind overlay. The caller may change the counters it gets.
func (db *DB) planCounters(txn *badger.Txn) (counters, error) {
	if cs, ok := db.aliases.values.counters(); ok {
		return cs, nil
	}
	raw, found, err := db.planRaw(txn, keyCounters)
	if err != nil {
		return nil, err
	}
	cs, err := decodeCounters(raw)
	if err != nil {
		return nil, fmt.Errorf("decode %s: %w", keyCounters, err)
	}
	if found {
		db.aliases.values.keepCounters(cs)
	}
	return cs, nil
}
