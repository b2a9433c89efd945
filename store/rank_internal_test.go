package store

import (
	"fmt"
	"maps"
	"math"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestParseRankReadsKeyRank checks that parseRank reads back what
// keyRank wrote, and refuses keys that are not rank keys.
func TestParseRankReadsKeyRank(t *testing.T) {
	for _, c := range []struct {
		support  int
		class    graph.EdgeClass
		other    graph.ID
		outgoing bool
	}{
		{0, graph.Mentions, "art_0123456789abcdef", false},
		{1, graph.Consult, "act_55c389fb5199b583", true},
		{255, graph.Accuse, "act_a0f7d8acc5a9340b", false},
		{70000, graph.Stated, "stm_ffff", true},
		{math.MaxUint32, graph.EdgeClass("NOT_A_CLASS"), "x", true},
	} {
		node := graph.ID("act_0000")
		key := keyRank(node, c.support, c.class, c.other, c.outgoing)
		support, class, other, outgoing, ok := parseRank(key[len(prefixRank(node)):])
		if !ok || support != c.support || class != c.class || other != c.other || outgoing != c.outgoing {
			t.Errorf("parseRank(%q) = %d %q %q %v %v, want %d %q %q %v", key, support, class, other, outgoing, ok,
				c.support, c.class, c.other, c.outgoing)
		}
	}
	for _, bad := range []string{
		"",
		"fffffffe/CONSULT/act_1/o/x",      // a slash too many
		"fffffffe/CONSULT_act_1/o",        // no far end
		"fffffffe/CONSULT/act_1/x",        // no direction
		"fffffffg/CONSULT/act_1/o",        // not hex
		"fffffff:/CONSULT/act_1/o",        // the byte after '9'
		"fffffff`/CONSULT/act_1/o",        // the byte before 'a'
		"fffffff\xff/CONSULT/act_1/o",     // not ASCII
		"ffffffe/CONSULT/act_1/o",         // seven digits
		"FFFFFFFE/CONSULT/act_1/o",        // keyRank writes lower case
		"fffffffe/CONSULT/act_1/o/",       // trailing slash
		"fffffffe-CONSULT/act_1/o",        // no slash after the support
		"fffffffeX/CONSULT/act_1/o" + "i", // garbage
	} {
		if _, _, _, _, ok := parseRank([]byte(bad)); ok {
			t.Errorf("parseRank(%q) accepted it", bad)
		}
	}
}

// TestKeyRankSpellsTheDocumentedLayout checks keyRank, built without
// fmt, against rank/<node>/<%08x of the inverted support>/<class>/<far
// end>/<i|o> printed by fmt, at the edges of the support's range.
func TestKeyRankSpellsTheDocumentedLayout(t *testing.T) {
	for _, support := range []int{-3, 0, 1, 9, 10, 15, 16, 255, 4096, 70000, 1 << 31, math.MaxUint32 - 1, math.MaxUint32, math.MaxUint32 + 5} {
		for _, out := range []bool{false, true} {
			dir := "i"
			if out {
				dir = "o"
			}
			inv := uint32(math.MaxUint32 - uint32(min(max(support, 0), math.MaxUint32)))
			want := fmt.Sprintf("rank/%s/%08x/%s/%s/%s", "act_0000", inv, graph.Consult, "act_ffff", dir)
			if got := string(keyRank("act_0000", support, graph.Consult, "act_ffff", out)); got != want {
				t.Errorf("keyRank(support %d, outgoing %v) = %q, want %q", support, out, got, want)
			}
		}
	}
}

// TestUpdateAdjacencyWritesOnlyWhatChanges checks that moving an edge's
// index keys from one summary to another with updateAdjacency leaves
// exactly the keys and values putAdjacency leaves, from the keys of the
// first summary, and that it writes no key whose value stays the same.
func TestUpdateAdjacencyWritesOnlyWhatChanges(t *testing.T) {
	base := edgeSummary{support: 3, first: "2025-11-02", last: "2025-11-20", mod: graph.Asserted}
	moved := func(f func(*edgeSummary)) edgeSummary { s := base; f(&s); return s }
	for name, now := range map[string]edgeSummary{
		"support":           moved(func(s *edgeSummary) { s.support++ }),
		"support and last":  moved(func(s *edgeSummary) { s.support++; s.last = "2025-12-01" }),
		"support and first": moved(func(s *edgeSummary) { s.support++; s.first = "2025-10" }),
		"modality only":     moved(func(s *edgeSummary) { s.mod = graph.Negated }),
		"no longer a fact":  moved(func(s *edgeSummary) { s.support++; s.mod = graph.Planned }),
		"unchanged":         base,
	} {
		was := base
		if name == "no longer a fact" {
			was, now = now, base // and back: a fact again
		}
		apply := func(store map[string]string, update bool) (writes int) {
			set := func(k, v []byte) { store[string(k)] = string(v); writes++ }
			del := func(k []byte) { delete(store, string(k)); writes++ }
			if update {
				updateAdjacency(set, del, "rel_1", "act_a", graph.Accuse, "act_b", was, now)
			} else {
				putAdjacency(set, del, "rel_1", "act_a", graph.Accuse, "act_b", &was, now)
			}
			return writes
		}
		start := func() map[string]string {
			m := map[string]string{}
			putAdjacency(func(k, v []byte) { m[string(k)] = string(v) }, nil, "rel_1", "act_a", graph.Accuse, "act_b", nil, was)
			return m
		}
		want, got := start(), start()
		before := maps.Clone(got)
		apply(want, false)
		writes := apply(got, true)
		if !maps.Equal(got, want) {
			t.Errorf("%s: updateAdjacency leaves %v, putAdjacency %v", name, got, want)
		}
		changed := 0
		for k, v := range want {
			if old, ok := before[k]; !ok || old != v {
				changed++
			}
		}
		for k := range before {
			if _, ok := want[k]; !ok {
				changed++
			}
		}
		if writes != changed {
			t.Errorf("%s: updateAdjacency made %d writes for %d keys changed", name, writes, changed)
		}
	}
}
