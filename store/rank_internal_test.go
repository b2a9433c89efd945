package store

import (
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
