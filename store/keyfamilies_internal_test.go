package store

import (
	"fmt"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// TestKeyFamilyName names keys made by the store's own key builders.
func TestKeyFamilyName(t *testing.T) {
	const a, b graph.ID = "act_0123456789abcdef", "act_fedcba9876543210"
	cases := []struct {
		key  []byte
		want string
	}{
		{keyNode(a), "n"},
		{keyNodeRecord(a), "rank record"},
		{keyRank(a, 1, graph.Consult, b, true), "rank s1"},
		{keyRank(b, 1, graph.Consult, a, false), "rank s1"},
		{keyRank(a, 2, graph.Consult, b, true), "rank"},
		{keyRank(a, 0x10000001, graph.Consult, b, true), "rank"}, // fffffffe is no prefix of efffffffe
		{keyEdge("rel_1"), "e"},
		{keyEvidence("rel_1", graph.Evidence{Article: "art_1", Start: 3, End: 9}), "ev"},
		{keyOut(a, graph.Consult, b), "out"},
		{keyIn(b, graph.Consult, a), "in"},
		{keyEdgeOrder(graph.BySupport, graph.Consult, "0000000001", "rel_1"), "ord/r/support"},
		{keyEdgeSeen(graph.Consult, "2025-01-02", "rel_1", seenBoth), "ord/r/seen"},
		{keyNodeDate(graph.KindArticle, "2025-01-02", "art_1"), "ord/n"},
		{keyAlias("anna lindqvist", a), "alias"},
		{keyText("art_1"), "text"},
		{keyProvenance("art_1"), "ap"},
		{keyCounters, "count"},
	}
	for _, c := range cases {
		if got := keyFamilyName(c.key); got != c.want {
			t.Errorf("keyFamilyName(%q) = %q, want %q", c.key, got, c.want)
		}
	}
}

// TestKeyFamiliesCountIngest counts the keys of two articles in which
// the same two people meet: the second moves their edge from support 1
// to 2, deleting its two rank/ keys of support 1 and its ord/r/support/
// key and writing two rank/ keys of support 2 and its out/ and in/ keys.
func TestKeyFamiliesCountIngest(t *testing.T) {
	meet := func(i int) *graph.Batch {
		s := fmt.Sprintf("Anna Lindqvist met Omar Haddad for round %d of the talks.", i)
		bd := graphtest.NewBuilder(t, fmt.Sprintf("Round %d", i), fmt.Sprintf("2025-01-%02d", 1+i), s)
		bd.Edge(bd.Actor("Anna Lindqvist", graph.Person), graph.Consult, bd.Actor("Omar Haddad", graph.Person), s, "met")
		return bd.B
	}
	off, err := Open("", Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	defer off.Close()
	if _, err := off.Ingest(t.Context(), meet(0)); err != nil {
		t.Fatal(err)
	}
	if fs := off.KeyFamilies(); fs != nil {
		t.Errorf("KeyFamilies without CountKeyFamilies = %v, want nil", fs)
	}

	db, err := Open("", Options{InMemory: true, CountKeyFamilies: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	first := meet(0)
	if _, err := db.Ingest(t.Context(), first); err != nil {
		t.Fatal(err)
	}
	got := func() map[string]KeyFamily {
		m := map[string]KeyFamily{}
		fs := db.KeyFamilies()
		for i, f := range fs {
			m[f.Name] = f
			if i > 0 && f.Sets+f.Deletes > fs[i-1].Sets+fs[i-1].Deletes {
				t.Errorf("family %s (%d keys) after %s (%d)", f.Name, f.Sets+f.Deletes, fs[i-1].Name, fs[i-1].Sets+fs[i-1].Deletes)
			}
		}
		return m
	}
	nodes, edges := int64(1+len(first.Nodes)), int64(len(first.Edges))
	want := map[string]KeyFamily{
		"n":             {Name: "n", Sets: nodes},
		"rank record":   {Name: "rank record", Sets: nodes},
		"e":             {Name: "e", Sets: edges},
		"rank s1":       {Name: "rank s1", Sets: 2 * edges},
		"ord/r/support": {Name: "ord/r/support", Sets: edges},
		"text":          {Name: "text", Sets: 1},
		"ap":            {Name: "ap", Sets: 1},
		"count":         {Name: "count", Sets: 1},
	}
	g := got()
	for name, w := range want {
		if g[name] != w {
			t.Errorf("after one article, %s: %+v, want %+v", name, g[name], w)
		}
	}
	if _, ok := g["out"]; ok {
		t.Errorf("after one article, out/ keys written for edges of support 1: %+v", g["out"])
	}

	if _, err := db.Ingest(t.Context(), meet(1)); err != nil {
		t.Fatal(err)
	}
	g2 := got()
	moved := map[string][2]int64{ // sets and deletes the second article added at least
		"rank s1":       {0, 2},
		"rank":          {2, 0},
		"out":           {1, 0},
		"in":            {1, 0},
		"ord/r/support": {1, 1},
	}
	for name, m := range moved {
		d := [2]int64{g2[name].Sets - g[name].Sets, g2[name].Deletes - g[name].Deletes}
		if d[0] < m[0] || d[1] < m[1] {
			t.Errorf("the second article's %s keys: %d set, %d deleted; want at least %d and %d", name, d[0], d[1], m[0], m[1])
		}
	}
	if d := g2["rank s1"].Deletes - g["rank s1"].Deletes; d != 2 {
		t.Errorf("the second article deleted %d rank/ keys of support 1, want the edge's 2", d)
	}
}
