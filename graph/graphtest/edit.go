package graphtest

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// RunEditor checks that the stores open makes behave as graph.Editor
// says, on top of what Run checks. open is called once per subtest and
// must return an empty store, closed by the caller's t.Cleanup.
//
// After every correction the suite checks that the store is consistent
// as a reader sees it (every link's edge exists and has the link's ends,
// every edge end exists) and, when the store is a graph.Counter, that its
// counts equal a scan. A correction that fails must leave Dump unchanged.
func RunEditor(t *testing.T, open func(t *testing.T) graph.EditStore) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s graph.EditStore)
	}{
		{"MergeMovesEdgesAndNames", testMerge},
		{"MergeHoldsForLaterIngests", testMergeDurable},
		{"MergeChains", testMergeChain},
		{"MergeRejectsBadIDs", testMergeErrors},
		{"AddAndRemoveAlias", testAliases},
		{"AliasErrors", testAliasErrors},
		{"DeleteArticleUndoesIngest", testDeleteArticle},
		{"DeleteArticleKeepsWhatOthersSupport", testDeleteShared},
		{"DeleteArticleErrors", testDeleteErrors},
		{"IndexesFollowModalities", testModalIndexes},
		{"MergeMovesResolutions", testMergeMovesResolutions},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open(t)) })
	}
}

// CheckConsistent fails t when r is not consistent as a reader sees it:
// a link whose edge is missing or has other ends, or whose modality is
// not the edge's most factual (graph.Link.Modality), an edge with a missing
// end or without evidence, an edge missing from an end's links, or, when
// r is a graph.Counter, counts that differ from a scan, or, when r is a
// graph.RankedAdjacencyReader, ranked links that are not exactly each
// node's links strongest first, or, when r is a
// graph.StrongestAmongNodesReader, node records it reads that are not
// the nodes of a scan, or, when r is a graph.OrderedReader,
// orders that are not exactly a sorted scan.
func CheckConsistent(t testing.TB, r graph.Reader) {
	t.Helper()
	ctx := context.Background()
	nodes := map[graph.ID]graph.Node{}
	scanNodes := map[graph.NodeKind]int64{}
	for _, k := range graph.NodeKinds {
		err := r.ScanNodes(ctx, k, "", func(n graph.Node) error {
			nodes[n.ID] = n
			scanNodes[k]++
			return nil
		})
		if err != nil {
			t.Fatalf("ScanNodes(%s): %v", k, err)
		}
	}
	scanEdges := map[graph.EdgeClass]int64{}
	edges := map[graph.ID]graph.Edge{}
	err := r.ScanEdges(ctx, "", func(e graph.Edge) error {
		edges[e.ID] = e
		scanEdges[e.Class]++
		return nil
	})
	if err != nil {
		t.Fatalf("ScanEdges: %v", err)
	}
	for _, e := range edges {
		for _, end := range []graph.ID{e.Source, e.Target} {
			if _, ok := nodes[end]; !ok {
				t.Errorf("edge %s %s %s: end %s is missing", e.Source, e.Class, e.Target, end)
			}
		}
		if len(e.Evidence) == 0 {
			t.Errorf("edge %s has no evidence", e.ID)
		}
		if e.ID != graph.EdgeID(e.Source, e.Class, e.Target) {
			t.Errorf("edge %s is stored under another ID than its ends give", e.ID)
		}
	}
	if hr, ok := r.(graph.EdgeHeadReader); ok {
		checkHeads(t, hr, edges)
	}
	linksWithSupport := 0
	for id := range nodes {
		links, err := r.Adjacent(ctx, id, graph.Both, nil)
		if err != nil {
			t.Fatalf("Adjacent(%s): %v", id, err)
		}
		for _, l := range links {
			e, ok := edges[l.Edge]
			if !ok {
				t.Errorf("node %s links to edge %s, which is missing", id, l.Edge)
				continue
			}
			if (e.Source != id || e.Target != l.Other) && (e.Target != id || e.Source != l.Other) {
				t.Errorf("node %s links to edge %s towards %s, but the edge is %s–%s", id, l.Edge, l.Other, e.Source, e.Target)
			}
			if l.Support != 0 && l.Support != e.Support() {
				t.Errorf("node %s's link to edge %s says it has the support of %d articles; the edge has %d", id, l.Edge, l.Support, e.Support())
			}
			if l.Modality != e.MostFactual() {
				t.Errorf("node %s's link to edge %s says its modality is %q; the edge's most factual is %q", id, l.Edge, l.Modality, e.MostFactual())
			}
			linksWithSupport += min(l.Support, 1)
		}
		for _, e := range edges {
			if (e.Source == id || e.Target == id) && !slices.ContainsFunc(links, func(l graph.Link) bool { return l.Edge == e.ID }) {
				t.Errorf("edge %s is missing from the links of its end %s", e.ID, id)
			}
		}
	}
	if rr, ok := r.(graph.RankedAdjacencyReader); ok {
		checkRanked(t, r, rr, nodes, edges)
	}
	if nr, ok := r.(graph.StrongestAmongNodesReader); ok {
		ids := slices.Sorted(maps.Keys(nodes))
		_, found, _, err := nr.StrongestAmongNodes(ctx, append(ids, "~no-such-node"), nil, true, nil, 3)
		if err != nil {
			t.Fatalf("StrongestAmongNodes: %v", err)
		}
		checkFoundNodes(t, ids, found, nodes)
	}
	if or, ok := r.(graph.OrderedReader); ok {
		checkOrdered(t, or, nodes, edges)
	}
	if sr, ok := r.(graph.SelectiveOrderedReader); ok {
		checkSelected(t, sr, edges)
	}
	if c, ok := r.(graph.Counter); ok {
		n, e, err := c.Counts(ctx)
		if err != nil {
			t.Fatalf("Counts: %v", err)
		}
		drop := func(m map[graph.NodeKind]int64) map[graph.NodeKind]int64 {
			maps.DeleteFunc(m, func(_ graph.NodeKind, v int64) bool { return v == 0 })
			return m
		}
		dropE := func(m map[graph.EdgeClass]int64) map[graph.EdgeClass]int64 {
			maps.DeleteFunc(m, func(_ graph.EdgeClass, v int64) bool { return v == 0 })
			return m
		}
		if !maps.Equal(drop(n), drop(scanNodes)) {
			t.Errorf("node counts %v, a scan finds %v", n, scanNodes)
		}
		if !maps.Equal(dropE(e), dropE(scanEdges)) {
			t.Errorf("edge counts %v, a scan finds %v", e, scanEdges)
		}
	}
}

// Sentences of the second article, in which the resolver cannot know
// that the Ukrainian President is Volodymyr Zelensky.
const (
	s2Met    = "The Ukrainian President met Emmanuel Macron in Paris."
	s2Thanks = "The Ukrainian President thanked Donald Trump."
	s2Role   = "Volodymyr Zelensky serves as the Ukrainian President."
)

// presidentArticle names Volodymyr Zelensky, Donald Trump, Emmanuel
// Macron and the Ukrainian President.
type presidentArticle struct {
	*Builder
	zel, pres, macron, trump graph.ID
}

func newPresidentArticle(t testing.TB) *presidentArticle {
	t.Helper()
	a := &presidentArticle{Builder: NewBuilder(t, "President in Paris", "2025-12-29", strings.Join([]string{s2Met, s2Thanks, s2Role}, " "))}
	a.pres = a.Actor("Ukrainian President", graph.Person)
	a.macron = a.Actor("Emmanuel Macron", graph.Person)
	a.trump = a.Actor("Donald Trump", graph.Person)
	a.zel = a.Actor("Volodymyr Zelensky", graph.Person)
	a.Edge(a.pres, graph.Consult, a.macron, s2Met, "met")
	a.Edge(a.pres, graph.Support, a.trump, s2Thanks, "thanked")
	a.Edge(a.pres, graph.Role, a.zel, s2Role, "serves as")
	a.Edge(a.ID(), graph.Mentions, a.pres, s2Met, "")
	return a
}

func mustMerge(t *testing.T, s graph.EditStore, into graph.ID, from ...graph.ID) graph.Node {
	t.Helper()
	n, err := s.MergeActors(t.Context(), into, from)
	if err != nil {
		t.Fatalf("MergeActors(%s, %v): %v", into, from, err)
	}
	CheckConsistent(t, s)
	return n
}

func testMerge(t *testing.T, s graph.EditStore) {
	ctx := t.Context()
	a := newCallArticle(t)
	ingest(t, s, a.Clone())
	b := newPresidentArticle(t)
	ingest(t, s, b.Clone())
	oldSupport := graph.EdgeID(b.pres, graph.Support, a.trump)
	oldRole := graph.EdgeID(b.pres, graph.Role, a.zel)

	got := mustMerge(t, s, a.zel, b.pres)
	if got.ID != a.zel || got.Label != "Volodymyr Zelensky" || got.Type != string(graph.Person) {
		t.Errorf("MergeActors returned %+v, want Volodymyr Zelensky", got)
	}
	if want := []string{"Ukrainian President", "Zelensky"}; !slices.Equal(got.Aliases, want) {
		t.Errorf("aliases after the merge = %v, want %v", got.Aliases, want)
	}
	if stored := node(t, s, a.zel); !slices.Equal(stored.Aliases, got.Aliases) || stored.Label != got.Label {
		t.Errorf("stored actor %+v differs from the returned %+v", stored, got)
	}
	if _, err := s.Node(ctx, b.pres); !graph.IsNotFound(err) {
		t.Errorf("Node(merged actor): %v, want not found", err)
	}
	if got := lookup(t, s, "Ukrainian President"); !slices.Equal(got, []graph.ID{a.zel}) {
		t.Errorf("Lookup(Ukrainian President) = %v, want [%s]", got, a.zel)
	}
	// The two SUPPORT edges to Trump became one with both articles' evidence.
	for _, id := range []graph.ID{oldSupport, oldRole} {
		if _, err := s.Edge(ctx, id); !graph.IsNotFound(err) {
			t.Errorf("Edge(%s) of the merged actor: %v, want not found", id, err)
		}
	}
	e := edge(t, s, a.thanks)
	if e.Support() != 2 || len(e.Evidence) != 2 || e.Verb != "thanked" {
		t.Errorf("SUPPORT Zelensky→Trump = %+v, want evidence from both articles", e)
	}
	// The ROLE edge between the two became a self-loop and is gone.
	if l := adjacent(t, s, a.zel, graph.Both, graph.Role); len(l) != 0 {
		t.Errorf("ROLE links of Zelensky = %v, want none", l)
	}
	consult := graph.EdgeID(a.zel, graph.Consult, b.macron)
	if e := edge(t, s, consult); e.Support() != 1 || e.Evidence[0].Sentence != s2Met {
		t.Errorf("CONSULT Zelensky–Macron = %+v", e)
	}
	mentions := graph.EdgeID(b.ID(), graph.Mentions, a.zel)
	if e := edge(t, s, mentions); e.Source != b.ID() || e.Target != a.zel {
		t.Errorf("MENTIONS of the merged actor = %+v, want article → Zelensky", e)
	}
	if n := len(scanIDs(t, s, graph.KindActor, "")); n != 5 {
		t.Errorf("%d actors after the merge, want 5", n)
	}
	// Merging again is an error (the actor is gone), and changes nothing.
	before := dump(t, s)
	if _, err := s.MergeActors(ctx, a.zel, []graph.ID{b.pres}); !graph.IsNotFound(err) {
		t.Errorf("second merge: %v, want not found", err)
	}
	if after := dump(t, s); after != before {
		t.Errorf("a failed merge changed the store")
	}
	// Deleting the second article takes its evidence from the merged
	// edges and leaves the first article's graph.
	if err := s.DeleteArticle(ctx, b.ID()); err != nil {
		t.Fatalf("DeleteArticle: %v", err)
	}
	CheckConsistent(t, s)
	if e := edge(t, s, a.thanks); e.Support() != 1 {
		t.Errorf("SUPPORT after deleting the second article: %+v", e)
	}
	if _, err := s.Edge(ctx, consult); !graph.IsNotFound(err) {
		t.Errorf("CONSULT with Macron after deleting its article: %v, want not found", err)
	}
	if _, err := s.Node(ctx, b.macron); !graph.IsNotFound(err) {
		t.Errorf("Macron after deleting his only article: %v, want not found", err)
	}
}

func testMergeDurable(t *testing.T, s graph.EditStore) {
	a := newCallArticle(t)
	ingest(t, s, a.Clone())
	b := newPresidentArticle(t)
	ingest(t, s, b.Clone())
	mustMerge(t, s, a.zel, b.pres)

	// A later article names the merged actor's old name, even with
	// another type: it lands on Zelensky.
	const text = "The Ukrainian President spoke with Keir Starmer."
	c := NewBuilder(t, "Call with London", "2026-01-02", text)
	pres := c.Actor("Ukrainian President", graph.Organization)
	starmer := c.Actor("Keir Starmer", graph.Person)
	c.Edge(pres, graph.Consult, starmer, text, "spoke with")
	res := ingest(t, s, c.Clone())
	CheckConsistent(t, s)
	if res.Resolved[pres] != a.zel {
		t.Errorf("Resolved = %v, want the Ukrainian President → %s", res.Resolved, a.zel)
	}
	if _, err := s.Node(t.Context(), pres); !graph.IsNotFound(err) {
		t.Errorf("the merged actor came back: %v", err)
	}
	if _, err := s.Edge(t.Context(), graph.EdgeID(a.zel, graph.Consult, starmer)); err != nil {
		t.Errorf("CONSULT Zelensky–Starmer: %v", err)
	}
	if z := node(t, s, a.zel); z.Type != string(graph.Person) || z.Label != "Volodymyr Zelensky" {
		t.Errorf("Zelensky after the later article = %+v", z)
	}
	// The same text again is a duplicate, and changes nothing.
	before := dump(t, s)
	if res := ingest(t, s, c.Clone()); !res.Duplicate {
		t.Errorf("re-ingest: %+v, want duplicate", res)
	}
	if dump(t, s) != before {
		t.Errorf("re-ingest changed the store")
	}
}

func testMergeChain(t *testing.T, s graph.EditStore) {
	a := newCallArticle(t)
	ingest(t, s, a.Clone())
	b := newPresidentArticle(t)
	ingest(t, s, b.Clone())
	// President into Kushner (wrongly), then Kushner into Zelensky: the
	// President's old name ends at Zelensky.
	mustMerge(t, s, a.kush, b.pres)
	mustMerge(t, s, a.zel, a.kush)
	z := node(t, s, a.zel)
	for _, name := range []string{"Ukrainian President", "Jared Kushner"} {
		if !slices.Contains(z.Aliases, name) {
			t.Errorf("aliases %v lack %q", z.Aliases, name)
		}
	}
	const text = "The Ukrainian President met Mark Rutte."
	c := NewBuilder(t, "Rutte", "2026-01-03", text)
	pres := c.Actor("Ukrainian President", graph.Person)
	rutte := c.Actor("Mark Rutte", graph.Person)
	c.Edge(pres, graph.Consult, rutte, text, "met")
	if res := ingest(t, s, c.Clone()); res.Resolved[pres] != a.zel {
		t.Errorf("Resolved = %v, want the Ukrainian President → %s", res.Resolved, a.zel)
	}
	CheckConsistent(t, s)
}

func testMergeErrors(t *testing.T, s graph.EditStore) {
	a := newCallArticle(t)
	ingest(t, s, a.Clone())
	before := dump(t, s)
	for _, tc := range []struct {
		name string
		into graph.ID
		from []graph.ID
		kind graph.ErrorKind
		want string
	}{
		{"no from", a.zel, nil, graph.Invalid, "from"},
		{"unknown into", "act_0000000000000000", []graph.ID{a.wit}, graph.NotFound, "act_0000000000000000"},
		{"unknown from", a.zel, []graph.ID{a.wit, "act_0000000000000000"}, graph.NotFound, "act_0000000000000000"},
		{"into is a statement", a.stm, []graph.ID{a.wit}, graph.Invalid, string(a.stm)},
		{"from is an article", a.zel, []graph.ID{a.ID()}, graph.Invalid, string(a.ID())},
		{"into among from", a.zel, []graph.ID{a.wit, a.zel}, graph.Invalid, string(a.zel)},
		{"ID unfit for a key", a.zel, []graph.ID{"act_a/b"}, graph.NotFound, "act_a/b"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.MergeActors(t.Context(), tc.into, tc.from)
			if graph.KindOf(err) != tc.kind || !strings.Contains(fmt.Sprint(err), tc.want) {
				t.Errorf("MergeActors: %v, want kind %v naming %q", err, tc.kind, tc.want)
			}
			if dump(t, s) != before {
				t.Errorf("a failed merge changed the store")
			}
		})
	}
}

func testAliases(t *testing.T, s graph.EditStore) {
	ctx := t.Context()
	a := newCallArticle(t)
	ingest(t, s, a.Clone())

	n, err := s.AddAlias(ctx, a.wit, "  US Special Envoy ")
	if err != nil {
		t.Fatalf("AddAlias: %v", err)
	}
	CheckConsistent(t, s)
	if !slices.Equal(n.Aliases, []string{"US Special Envoy"}) || !slices.Equal(node(t, s, a.wit).Aliases, n.Aliases) {
		t.Errorf("after AddAlias: returned %+v, stored %+v", n, node(t, s, a.wit))
	}
	for _, q := range []string{"US Special Envoy", "U.S. special envoy"} {
		if got := lookup(t, s, q); !slices.Equal(got, []graph.ID{a.wit}) {
			t.Errorf("Lookup(%q) = %v, want [%s]", q, got, a.wit)
		}
	}
	before := dump(t, s)
	if _, err := s.AddAlias(ctx, a.wit, "US Special Envoy"); err != nil {
		t.Errorf("AddAlias again: %v", err)
	}
	if _, err := s.AddAlias(ctx, a.wit, "Steve Witkoff"); err != nil {
		t.Errorf("AddAlias of the canonical name: %v", err)
	}
	if dump(t, s) != before {
		t.Errorf("adding a name the actor has changed the store")
	}

	// A later article that names the alias, typed as a group, resolves to Witkoff.
	const text = "The US Special Envoy met Rustem Umerov in Miami."
	b := NewBuilder(t, "Miami talks", "2025-12-20", text)
	envoy := b.Actor("US Special Envoy", graph.Group)
	umerov := b.Actor("Rustem Umerov", graph.Person)
	b.Edge(envoy, graph.Consult, umerov, text, "met")
	if res := ingest(t, s, b.Clone()); res.Resolved[envoy] != a.wit {
		t.Errorf("Resolved = %v, want the US Special Envoy → %s", res.Resolved, a.wit)
	}
	CheckConsistent(t, s)
	if _, err := s.Node(ctx, envoy); !graph.IsNotFound(err) {
		t.Errorf("an actor US Special Envoy was made: %v", err)
	}

	// Removing the alias: lookups and later articles no longer find Witkoff.
	n, err = s.RemoveAlias(ctx, a.wit, "us special envoy")
	if err != nil {
		t.Fatalf("RemoveAlias: %v", err)
	}
	CheckConsistent(t, s)
	if len(n.Aliases) != 0 || len(node(t, s, a.wit).Aliases) != 0 {
		t.Errorf("after RemoveAlias: %+v", node(t, s, a.wit))
	}
	if got := lookup(t, s, "US Special Envoy"); len(got) != 0 {
		t.Errorf("Lookup(US Special Envoy) after removal = %v, want none", got)
	}
	const text2 = "The US Special Envoy visited Kyiv's mayor Vitali Klitschko."
	c := NewBuilder(t, "Kyiv visit", "2025-12-21", text2)
	envoy2 := c.Actor("US Special Envoy", graph.Group)
	kl := c.Actor("Vitali Klitschko", graph.Person)
	c.Edge(envoy2, graph.Consult, kl, text2, "visited")
	if res := ingest(t, s, c.Clone()); len(res.Resolved) != 0 {
		t.Errorf("Resolved = %v after the alias was removed, want nothing", res.Resolved)
	}
	if got := node(t, s, envoy2); got.Label != "US Special Envoy" {
		t.Errorf("new actor = %+v", got)
	}

	// An alias that folds like another name of the actor keeps the key.
	if _, err := s.RemoveAlias(ctx, a.zel, "Zelensky"); err != nil {
		t.Fatalf("RemoveAlias(Zelensky): %v", err)
	}
	if got := lookup(t, s, "Zelensky"); len(got) != 0 {
		t.Errorf("Lookup(Zelensky) after removing it = %v", got)
	}
	if got := lookup(t, s, "Volodymyr Zelenskyy"); !slices.Equal(got, []graph.ID{a.zel}) {
		t.Errorf("Lookup of the canonical name = %v", got)
	}
	CheckConsistent(t, s)
}

func testAliasErrors(t *testing.T, s graph.EditStore) {
	ctx := t.Context()
	a := newCallArticle(t)
	ingest(t, s, a.Clone())
	before := dump(t, s)
	for _, tc := range []struct {
		name string
		do   func() error
		kind graph.ErrorKind
		want string
	}{
		{"add: no letters", func() error { _, err := s.AddAlias(ctx, a.zel, " ... "); return err }, graph.Invalid, "alias"},
		{"add: too long", func() error { _, err := s.AddAlias(ctx, a.zel, strings.Repeat("a", 201)); return err }, graph.Invalid, "alias"},
		{"add: unknown actor", func() error { _, err := s.AddAlias(ctx, "act_0000000000000000", "X"); return err }, graph.NotFound, "act_0000000000000000"},
		{"add: statement", func() error { _, err := s.AddAlias(ctx, a.stm, "X"); return err }, graph.Invalid, string(a.stm)},
		{"remove: canonical name", func() error { _, err := s.RemoveAlias(ctx, a.zel, "Volodymyr Zelensky"); return err }, graph.Invalid, "canonical"},
		{"remove: canonical name folded", func() error { _, err := s.RemoveAlias(ctx, a.zel, "VOLODYMYR ZELENSKYY"); return err }, graph.Invalid, "canonical"},
		{"remove: not an alias", func() error { _, err := s.RemoveAlias(ctx, a.zel, "Vova"); return err }, graph.NotFound, "Vova"},
		{"remove: unknown actor", func() error { _, err := s.RemoveAlias(ctx, "act_0000000000000000", "X"); return err }, graph.NotFound, "act_0000000000000000"},
		{"remove: article", func() error { _, err := s.RemoveAlias(ctx, a.ID(), "X"); return err }, graph.Invalid, string(a.ID())},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.do()
			if graph.KindOf(err) != tc.kind || !strings.Contains(fmt.Sprint(err), tc.want) {
				t.Errorf("error %v, want kind %v naming %q", err, tc.kind, tc.want)
			}
			if dump(t, s) != before {
				t.Errorf("a failed correction changed the store")
			}
		})
	}
}

// sharedArticle adds evidence to the call article's SUPPORT edge, names
// Zelensky as the call article does, and brings new actors, a statement
// and new edges.
func sharedArticle(t testing.TB) (*Builder, graph.ID) {
	const praise = "Volodymyr Zelensky thanked Donald Trump once more. Kaja Kallas warned Moscow."
	b := NewBuilder(t, "More thanks", "2025-12-30", praise)
	z := b.Actor("Volodymyr Zelensky", graph.Person, "Zelensky")
	tr := b.Actor("Donald Trump", graph.Person, "Trump")
	k := b.Actor("Kaja Kallas", graph.Person)
	m := b.Actor("Moscow", graph.Country)
	st := b.Node(graph.KindStatement, "Kaja Kallas warned Moscow.")
	b.Edge(z, graph.Support, tr, "Volodymyr Zelensky thanked Donald Trump once more.", "thanked")
	b.Edge(k, graph.Threaten, m, "Kaja Kallas warned Moscow.", "warned")
	b.Edge(k, graph.Stated, st, "Kaja Kallas warned Moscow.", "warned")
	b.Edge(b.ID(), graph.Mentions, z, "Volodymyr Zelensky thanked Donald Trump once more.", "")
	return b, k
}

func testDeleteArticle(t *testing.T, s graph.EditStore) {
	ctx := t.Context()
	empty := dump(t, s)
	a := newCallArticle(t)
	ingest(t, s, a.Clone())
	onlyA := dump(t, s)
	b, kallas := sharedArticle(t)
	ingest(t, s, b.Clone())
	if e := edge(t, s, a.thanks); e.Support() != 2 {
		t.Fatalf("test is broken: SUPPORT edge has support %d", e.Support())
	}

	if err := s.DeleteArticle(ctx, b.ID()); err != nil {
		t.Fatalf("DeleteArticle: %v", err)
	}
	CheckConsistent(t, s)
	if after := dump(t, s); after != onlyA {
		t.Errorf("after deleting the second article the store differs from the first alone:\nwant:\n%s\ngot:\n%s", onlyA, after)
	}
	if _, err := s.Node(ctx, kallas); !graph.IsNotFound(err) {
		t.Errorf("Kallas after deleting her only article: %v, want not found", err)
	}
	if got := lookup(t, s, "Kaja Kallas"); len(got) != 0 {
		t.Errorf("Lookup(Kaja Kallas) = %v, want none", got)
	}
	if _, err := s.ArticleText(ctx, b.ID()); !graph.IsNotFound(err) {
		t.Errorf("ArticleText of the deleted article: %v, want not found", err)
	}
	// The article can come back, as it was.
	ingest(t, s, b.Clone())
	CheckConsistent(t, s)
	if err := s.DeleteArticle(ctx, b.ID()); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteArticle(ctx, a.ID()); err != nil {
		t.Fatalf("DeleteArticle(first): %v", err)
	}
	CheckConsistent(t, s)
	if after := dump(t, s); after != empty {
		t.Errorf("after deleting every article the store is not empty:\n%s", after)
	}
	ingest(t, s, a.Clone())
	if after := dump(t, s); after != onlyA {
		t.Errorf("re-ingesting the first article gives another store:\nwant:\n%s\ngot:\n%s", onlyA, after)
	}
	CheckConsistent(t, s)
}

func testDeleteShared(t *testing.T, s graph.EditStore) {
	ctx := t.Context()
	// The first article names the Kremlin without any edge; the second
	// gives it one.
	const t1 = "Dmitry Peskov spoke for the Kremlin."
	a := NewBuilder(t, "Kremlin", "2025-12-01", t1)
	peskov := a.Actor("Dmitry Peskov", graph.Person)
	kremlin := a.Actor("Kremlin", graph.Organization)
	a.Edge(a.ID(), graph.Mentions, peskov, t1, "")
	ingest(t, s, a.Clone())
	onlyA := dump(t, s)
	const t2 = "The Kremlin rejected the plan. Dmitry Peskov said no."
	b := NewBuilder(t, "Kremlin rejects", "2025-12-02", t2)
	k2 := b.Actor("Kremlin", graph.Organization)
	p2 := b.Actor("Dmitry Peskov", graph.Person)
	plan := b.Node(graph.KindObject, "the plan")
	b.Edge(k2, graph.Reject, plan, "The Kremlin rejected the plan.", "rejected")
	b.Edge(p2, graph.Role, k2, "Dmitry Peskov said no.", "")
	ingest(t, s, b.Clone())

	if err := s.DeleteArticle(ctx, b.ID()); err != nil {
		t.Fatal(err)
	}
	CheckConsistent(t, s)
	node(t, s, kremlin) // named by the first article: stays
	if _, err := s.Node(ctx, plan); !graph.IsNotFound(err) {
		t.Errorf("the plan, named only by the deleted article: %v, want not found", err)
	}
	if after := dump(t, s); after != onlyA {
		t.Errorf("after the deletion:\nwant:\n%s\ngot:\n%s", onlyA, after)
	}
}

func testDeleteErrors(t *testing.T, s graph.EditStore) {
	a := newCallArticle(t)
	ingest(t, s, a.Clone())
	before := dump(t, s)
	for _, tc := range []struct {
		id   graph.ID
		kind graph.ErrorKind
	}{
		{"art_0000000000000000", graph.NotFound},
		{"", graph.NotFound},
		{"art_a/b", graph.NotFound},
		{a.zel, graph.Invalid},
		{a.stm, graph.Invalid},
	} {
		err := s.DeleteArticle(t.Context(), tc.id)
		if graph.KindOf(err) != tc.kind || (tc.id != "" && !strings.Contains(fmt.Sprint(err), string(tc.id))) {
			t.Errorf("DeleteArticle(%q): %v, want kind %v naming the ID", tc.id, err, tc.kind)
		}
	}
	if dump(t, s) != before {
		t.Errorf("a failed deletion changed the store")
	}
	CheckConsistent(t, s)
}

// checkHeads checks that every edge's head, loaded without evidence,
// summarises the evidence ScanEdges gave: the same articles and dates.
func checkHeads(t testing.TB, hr graph.EdgeHeadReader, edges map[graph.ID]graph.Edge) {
	t.Helper()
	ids := make([]graph.ID, 0, len(edges))
	for id := range edges {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	heads, err := hr.EdgeHeads(context.Background(), ids)
	if err != nil {
		t.Fatalf("EdgeHeads: %v", err)
	}
	if len(heads) != len(ids) {
		t.Errorf("EdgeHeads returned %d of %d edges", len(heads), len(ids))
	}
	for _, h := range heads {
		e := edges[h.ID]
		if len(h.Evidence) != 0 {
			t.Errorf("edge head %s carries %d pieces of evidence", h.ID, len(h.Evidence))
		}
		if h.Articles != e.Support() || h.First != e.FirstSeen() || h.Last != e.LastSeen() {
			t.Errorf("edge head %s summarises %d articles from %q to %q; its evidence gives %d from %q to %q",
				h.ID, h.Articles, h.First, h.Last, e.Support(), e.FirstSeen(), e.LastSeen())
		}
		if h.MostFactual() != e.MostFactual() {
			t.Errorf("edge head %s summarises its modality as %q; its evidence gives %q", h.ID, h.MostFactual().Name(), e.MostFactual().Name())
		}
		if h.Source != e.Source || h.Target != e.Target || h.Class != e.Class || h.Verb != e.Verb {
			t.Errorf("edge head %s is %s %s %s (verb %q); the edge is %s %s %s (verb %q)",
				h.ID, h.Source, h.Class, h.Target, h.Verb, e.Source, e.Class, e.Target, e.Verb)
		}
	}
}

// checkRanked fails t when a node's ranked links are not exactly its
// links, with their edges' support, in the order of
// graph.CompareStrength.
func checkRanked(t testing.TB, r graph.Reader, rr graph.RankedAdjacencyReader, nodes map[graph.ID]graph.Node, edges map[graph.ID]graph.Edge) {
	t.Helper()
	ctx := context.Background()
	ids := make([]graph.ID, 0, len(nodes)+1)
	for id := range nodes {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	ids = append(ids, "no-such-node")
	got := map[graph.ID][]graph.Link{}
	err := rr.StrongestLinks(ctx, ids, func(from graph.ID, l graph.Link) bool {
		got[from] = append(got[from], l)
		return true
	})
	if err != nil {
		t.Fatalf("StrongestLinks: %v", err)
	}
	for _, id := range ids {
		want, err := r.Adjacent(ctx, id, graph.Both, nil)
		if err != nil {
			t.Fatalf("Adjacent(%s): %v", id, err)
		}
		for i, l := range want {
			want[i].Support = edges[l.Edge].Support()
		}
		slices.SortFunc(want, graph.CompareStrength)
		if !slices.Equal(got[id], want) {
			t.Errorf("the ranked links of %s are\n%v\nwant\n%v", id, got[id], want)
		}
	}
	// Stopping a node's links moves on to the next node.
	var firsts []graph.ID
	err = rr.StrongestLinks(ctx, ids, func(from graph.ID, l graph.Link) bool {
		firsts = append(firsts, from)
		return false
	})
	if err != nil {
		t.Fatalf("StrongestLinks: %v", err)
	}
	for i := 1; i < len(firsts); i++ {
		if firsts[i] == firsts[i-1] {
			t.Errorf("StrongestLinks went on with %s's links after visit returned false", firsts[i])
		}
	}
}

// checkOrdered fails t when an order of r is not exactly the edges, or
// the articles, statements and events, of a full scan sorted by key and
// ID, both ways, from the start and after a position.
func checkOrdered(t testing.TB, r graph.OrderedReader, nodes map[graph.ID]graph.Node, edges map[graph.ID]graph.Edge) {
	t.Helper()
	ctx := context.Background()
	type item struct {
		key string
		id  graph.ID
	}
	sorted := func(items []item, desc bool) []item {
		slices.SortFunc(items, func(a, b item) int {
			c := strings.Compare(a.key, b.key)
			if c == 0 {
				c = strings.Compare(string(a.id), string(b.id))
			}
			if desc {
				c = -c
			}
			return c
		})
		return items
	}
	check := func(what string, want []item, list func(desc bool, after item) ([]item, error)) {
		t.Helper()
		for _, desc := range []bool{false, true} {
			want := sorted(slices.Clone(want), desc)
			got, err := list(desc, item{})
			if err != nil {
				t.Fatalf("%s (descending %v): %v", what, desc, err)
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s (descending %v) lists\n%v\nwant\n%v", what, desc, got, want)
			}
			if len(want) < 3 {
				continue
			}
			got, err = list(desc, want[1])
			if err != nil {
				t.Fatalf("%s (descending %v) after %v: %v", what, desc, want[1], err)
			}
			if !slices.Equal(got, want[2:]) {
				t.Errorf("%s (descending %v) after %v lists\n%v\nwant\n%v", what, desc, want[1], got, want[2:])
			}
		}
	}
	for _, o := range []graph.Order{graph.BySupport, graph.ByFirstSeen, graph.ByLastSeen} {
		var want []item
		for _, e := range edges {
			want = append(want, item{graph.EdgeKey(o, e), e.ID})
		}
		check(fmt.Sprintf("EdgesInOrder(%s)", o), want, func(desc bool, after item) ([]item, error) {
			var got []item
			err := r.EdgesInOrder(ctx, o, desc, after.key, after.id, func(e graph.Edge) error {
				if full, ok := edges[e.ID]; ok && (e.Support() != full.Support() || e.FirstSeen() != full.FirstSeen() || e.LastSeen() != full.LastSeen()) {
					t.Errorf("EdgesInOrder(%s) gives edge %s with support %d, seen %s..%s; a scan %d, %s..%s", o, e.ID,
						e.Support(), e.FirstSeen(), e.LastSeen(), full.Support(), full.FirstSeen(), full.LastSeen())
				}
				got = append(got, item{graph.EdgeKey(o, e), e.ID})
				return nil
			})
			return got, err
		})
	}
	for _, k := range []graph.NodeKind{graph.KindArticle, graph.KindStatement, graph.KindEvent} {
		var want []item
		for _, n := range nodes {
			switch {
			case n.Kind != k:
			case k == graph.KindArticle:
				want = append(want, item{n.Date, n.ID})
			case k == graph.KindEvent:
				want = append(want, item{graph.DayStart(n.Date), n.ID}) // a coarse date as its first day
			default:
				want = append(want, item{nodes[n.Article].Date, n.ID})
			}
		}
		check(fmt.Sprintf("NodesByDate(%s)", k), want, func(desc bool, after item) ([]item, error) {
			var got []item
			err := r.NodesByDate(ctx, k, desc, after.key, after.id, func(date string, n graph.Node) error {
				got = append(got, item{date, n.ID})
				return nil
			})
			return got, err
		})
	}
}

// modalArticles are three articles whose edges have several classes
// and modalities: the second asserts what the first denied (the edge's
// most factual modality changes), the third plans what the first only
// demanded, and names Kallas as "Kaja Kalas", an actor of its own.
func modalArticles(t testing.TB) [3]*Builder {
	t.Helper()
	const (
		s1Deny   = "Kaja Kallas denied meeting Sergei Lavrov."
		s1Urge   = "Kaja Kallas urged sanctions on Moscow."
		s1Maybe  = "Moscow might threaten Tallinn."
		s2Met    = "Kaja Kallas met Sergei Lavrov in Vienna."
		s2Thanks = "Tallinn thanked Kaja Kallas."
		s3Plan   = "Kaja Kalas will sanction Moscow next week."
		s3Deny   = "Moscow denied threatening Tallinn."
	)
	a := NewBuilder(t, "Denials", "2025-11-02", strings.Join([]string{s1Deny, s1Urge, s1Maybe}, " "))
	kallas, lavrov := a.Actor("Kaja Kallas", graph.Person), a.Actor("Sergei Lavrov", graph.Person)
	moscow, tallinn := a.Actor("Moscow", graph.Country), a.Actor("Tallinn", graph.Country)
	a.ModalEdge(kallas, graph.Consult, lavrov, s1Deny, "met", graph.Negated)
	a.ModalEdge(kallas, graph.Sanction, moscow, s1Urge, "sanction", graph.Demanded)
	a.ModalEdge(moscow, graph.Threaten, tallinn, s1Maybe, "threaten", graph.Hypothetical)
	a.Edge(a.ID(), graph.Mentions, kallas, s1Deny, "")
	// Events, dated and not, for the date orders.
	a.Edge(kallas, graph.ParticipatedIn, a.Event("sanctions debate", "2025-10"), s1Urge, "urged")
	a.Edge(kallas, graph.ParticipatedIn, a.Event("denial", ""), s1Deny, "denied")

	b := NewBuilder(t, "Vienna", "2025-11-20", strings.Join([]string{s2Met, s2Thanks}, " "))
	b.Actor("Kaja Kallas", graph.Person)
	b.Actor("Sergei Lavrov", graph.Person)
	b.Actor("Tallinn", graph.Country)
	b.Edge(kallas, graph.Consult, lavrov, s2Met, "met")
	b.Edge(tallinn, graph.Support, kallas, s2Thanks, "thanked")
	b.Edge(kallas, graph.ParticipatedIn, b.Event("Vienna meeting", "2025-11-19"), s2Met, "met")
	b.Edge(tallinn, graph.ParticipatedIn, b.Event("Tallinn visit", "2025-11"), s2Thanks, "thanked")

	c := NewBuilder(t, "Next week", "2025-12-01", strings.Join([]string{s3Plan, s3Deny}, " "))
	kalas := c.Actor("Kaja Kalas", graph.Person)
	c.Actor("Moscow", graph.Country)
	c.Actor("Tallinn", graph.Country)
	c.ModalEdge(kalas, graph.Sanction, moscow, s3Plan, "sanction", graph.Planned)
	c.ModalEdge(moscow, graph.Threaten, tallinn, s3Deny, "threaten", graph.Negated)
	c.Edge(moscow, graph.ParticipatedIn, c.Event("sanctions", "2025-12-08"), s3Plan, "sanction")
	return [3]*Builder{a, b, c}
}

// testModalIndexes checks the indexes and counters a store keeps of
// relations (graph.OrderedReader, graph.SelectiveOrderedReader,
// graph.Counter) against a full scan (CheckConsistent) while edges
// change their most factual modality: by ingest, merge, alias and
// deletion.
func testModalIndexes(t *testing.T, s graph.EditStore) {
	ctx := t.Context()
	arts := modalArticles(t)
	consult := graph.EdgeID(graph.ActorID("Kaja Kallas"), graph.Consult, graph.ActorID("Sergei Lavrov"))
	mostFactual := func(id graph.ID, want graph.Modality) {
		t.Helper()
		if got := edge(t, s, id).MostFactual(); got != want {
			t.Errorf("edge %s is %s at most, want %s", id, got.Name(), want.Name())
		}
	}
	for _, a := range arts {
		ingest(t, s, a.Clone())
		CheckConsistent(t, s)
	}
	mostFactual(consult, graph.Asserted)
	// Merging Kalas into Kallas joins a demanded and a planned SANCTION.
	mustMerge(t, s, graph.ActorID("Kaja Kallas"), graph.ActorID("Kaja Kalas"))
	CheckConsistent(t, s)
	sanction := graph.EdgeID(graph.ActorID("Kaja Kallas"), graph.Sanction, graph.ActorID("Moscow"))
	mostFactual(sanction, graph.Planned)
	if _, err := s.AddAlias(ctx, graph.ActorID("Kaja Kallas"), "Kallas"); err != nil {
		t.Fatalf("AddAlias: %v", err)
	}
	CheckConsistent(t, s)
	// Deleting the second article leaves the denial alone.
	if err := s.DeleteArticle(ctx, arts[1].ID()); err != nil {
		t.Fatalf("DeleteArticle: %v", err)
	}
	CheckConsistent(t, s)
	mostFactual(consult, graph.Negated)
	if err := s.DeleteArticle(ctx, arts[2].ID()); err != nil {
		t.Fatalf("DeleteArticle: %v", err)
	}
	CheckConsistent(t, s)
	mostFactual(sanction, graph.Demanded)
}

// checkSelected fails t when r's relation orders restricted to classes
// and modalities, or its counts by class and modality, are not exactly
// those of a full scan.
func checkSelected(t testing.TB, r graph.SelectiveOrderedReader, edges map[graph.ID]graph.Edge) {
	t.Helper()
	ctx := context.Background()
	want := map[graph.EdgeClass]map[graph.Modality]int64{}
	var classes []graph.EdgeClass
	for _, e := range edges {
		if want[e.Class] == nil {
			want[e.Class] = map[graph.Modality]int64{}
			classes = append(classes, e.Class)
		}
		want[e.Class][e.MostFactual()]++
	}
	slices.Sort(classes)
	got, err := r.EdgeCountsByModality(ctx)
	if err != nil {
		t.Fatalf("EdgeCountsByModality: %v", err)
	}
	for c, byMod := range got {
		maps.DeleteFunc(byMod, func(_ graph.Modality, n int64) bool { return n == 0 })
		if len(byMod) == 0 {
			delete(got, c)
		}
	}
	if !maps.EqualFunc(got, want, maps.Equal) {
		t.Errorf("counts by class and modality %v, a scan finds %v", got, want)
	}
	facts := []graph.Modality{graph.Asserted, graph.Planned}
	sels := []graph.EdgeSelection{
		{Modalities: facts},
		{Modalities: []graph.Modality{graph.Demanded, graph.Hypothetical, graph.Negated}},
		{Classes: []graph.EdgeClass{graph.Mentions, graph.Consult}},
		{Classes: []graph.EdgeClass{graph.Assault}}, // none stored
	}
	for _, c := range classes {
		sels = append(sels, graph.EdgeSelection{Classes: []graph.EdgeClass{c}}, graph.EdgeSelection{Classes: []graph.EdgeClass{c}, Modalities: facts})
	}
	type item struct {
		key string
		id  graph.ID
	}
	cmpItems := func(desc bool) func(a, b item) int {
		return func(a, b item) int {
			c := strings.Compare(a.key, b.key)
			if c == 0 {
				c = strings.Compare(string(a.id), string(b.id))
			}
			if desc {
				c = -c
			}
			return c
		}
	}
	for _, o := range []graph.Order{graph.BySupport, graph.ByFirstSeen, graph.ByLastSeen} {
		for _, sel := range sels {
			var all []item
			for _, e := range edges {
				if sel.Admits(e) {
					all = append(all, item{graph.EdgeKey(o, e), e.ID})
				}
			}
			if n := sel.Count(want); n != int64(len(all)) {
				t.Errorf("%+v counts %d edges, a scan finds %d", sel, n, len(all))
			}
			for _, desc := range []bool{false, true} {
				wantItems := slices.Clone(all)
				slices.SortFunc(wantItems, cmpItems(desc))
				list := func(after item) []item {
					var got []item
					err := r.SelectedEdgesInOrder(ctx, o, sel, desc, after.key, after.id, func(e graph.Edge) error {
						if full := edges[e.ID]; e.MostFactual() != full.MostFactual() || e.Support() != full.Support() {
							t.Errorf("SelectedEdgesInOrder(%s, %+v) gives edge %s as %s with support %d; a scan %s, %d", o, sel, e.ID,
								e.MostFactual().Name(), e.Support(), full.MostFactual().Name(), full.Support())
						}
						got = append(got, item{graph.EdgeKey(o, e), e.ID})
						return nil
					})
					if err != nil {
						t.Fatalf("SelectedEdgesInOrder(%s, %+v, descending %v): %v", o, sel, desc, err)
					}
					return got
				}
				if got := list(item{}); !slices.Equal(got, wantItems) {
					t.Errorf("SelectedEdgesInOrder(%s, %+v, descending %v) lists\n%v\nwant\n%v", o, sel, desc, got, wantItems)
				}
				if len(wantItems) >= 2 {
					if got := list(wantItems[0]); !slices.Equal(got, wantItems[1:]) {
						t.Errorf("SelectedEdgesInOrder(%s, %+v, descending %v) after %v lists\n%v\nwant\n%v", o, sel, desc, wantItems[0], got, wantItems[1:])
					}
				}
			}
		}
	}
}
