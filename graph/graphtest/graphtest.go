package graphtest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// Run checks that the stores open makes behave as graph.Store says. open
// is called once per subtest and must return an empty store, closed by
// the caller's t.Cleanup.
//
// Beyond the interface's own words, the suite holds a store to these
// readings of it: a symmetric edge is listed by Adjacent under Out and In
// from either end, with Link.Outgoing true at its stored source; a stored
// node of another kind than actor keeps its first version; and invalid
// batches (no text, an edge end neither in the batch nor stored, an
// unknown kind, class or actor type, evidence that is not the text at its
// offsets) fail with kind graph.Invalid and a message naming the article.
func Run(t *testing.T, open func(t *testing.T) graph.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s graph.Store)
	}{
		{"IngestAndReadBack", testIngestAndReadBack},
		{"ReingestChangesNothing", testReingest},
		{"ResolvesActorsAcrossArticles", testResolveAcrossArticles},
		{"FullNameMeetsSurnameOnlyActor", testFullNameMeetsSurname},
		{"AmbiguousSurnameStaysApart", testAmbiguousSurname},
		{"OtherActorTypeStaysApart", testOtherType},
		{"MergesEvidenceAcrossArticles", testEvidenceMerging},
		{"SymmetricEdgeStoredOnce", testSymmetric},
		{"ScansInIDOrder", testScans},
		{"LookupFoldsNames", testLookup},
		{"MissingIsNotFound", testNotFound},
		{"RejectsInvalidBatches", testInvalid},
		{"ConcurrentIngestsAllLand", testConcurrent},
		{"LinksCarryTheirModality", testNonFactualLinks},
		{"EvidenceKeepsResolutions", testResolvedEvidence},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open(t)) })
	}
}

// Sentences of the first test article.
const (
	s1Call    = "Volodymyr Zelensky held a phone call with Steve Witkoff and Jared Kushner on Thursday."
	s1Thanks  = "Zelensky thanked Donald Trump for his support."
	s1Family  = "Trump's son-in-law Jared Kushner joined the call."
	s1Quote   = `"We are close to a deal," Zelensky said.`
	s1Mention = "Volodymyr Zelensky"
	quote1    = "We are close to a deal"
)

// callArticle is the first test article: four people, a statement, two
// symmetric CONSULT edges, one directed SUPPORT, FAMILY, STATED and
// MENTIONS.
type callArticle struct {
	*Builder
	zel, wit, kush, trump, stm graph.ID
	consultWit, consultKush    graph.ID
	thanks, family, stated     graph.ID
	mentions                   graph.ID
}

func newCallArticle(t testing.TB) *callArticle {
	t.Helper()
	text := strings.Join([]string{s1Call, s1Thanks, s1Family, s1Quote}, " ")
	a := &callArticle{Builder: NewBuilder(t, "Zelensky holds phone call with U.S. envoys", "2025-12-25", text)}
	a.zel = a.Actor("Volodymyr Zelensky", graph.Person, "Zelensky")
	a.wit = a.Actor("Steve Witkoff", graph.Person)
	a.kush = a.Actor("Jared Kushner", graph.Person)
	a.trump = a.Actor("Donald Trump", graph.Person, "Trump")
	a.stm = a.Node(graph.KindStatement, quote1)
	a.consultWit = a.Edge(a.wit, graph.Consult, a.zel, s1Call, "held a phone call with")
	a.consultKush = a.Edge(a.zel, graph.Consult, a.kush, s1Call, "held a phone call with")
	a.thanks = a.Edge(a.zel, graph.Support, a.trump, s1Thanks, "thanked")
	a.family = a.Edge(a.trump, graph.Family, a.kush, s1Family, "son-in-law")
	a.stated = a.Edge(a.zel, graph.Stated, a.stm, s1Quote, "said")
	a.mentions = a.Edge(a.ID(), graph.Mentions, a.zel, s1Mention, "")
	return a
}

func ingest(t *testing.T, s graph.Store, b *graph.Batch) graph.IngestResult {
	t.Helper()
	res, err := s.Ingest(t.Context(), b)
	if err != nil {
		t.Fatalf("Ingest(%q): %v", b.Article.Label, err)
	}
	return res
}

func dump(t *testing.T, s graph.Store) string {
	t.Helper()
	d, err := Dump(t.Context(), s)
	if err != nil {
		t.Fatalf("Dump: %v", err)
	}
	return d
}

func node(t *testing.T, s graph.Store, id graph.ID) graph.Node {
	t.Helper()
	n, err := s.Node(t.Context(), id)
	if err != nil {
		t.Fatalf("Node(%s): %v", id, err)
	}
	return n
}

func edge(t *testing.T, s graph.Store, id graph.ID) graph.Edge {
	t.Helper()
	e, err := s.Edge(t.Context(), id)
	if err != nil {
		t.Fatalf("Edge(%s): %v", id, err)
	}
	return e
}

func adjacent(t *testing.T, s graph.Store, id graph.ID, dir graph.Direction, classes ...graph.EdgeClass) []graph.Link {
	t.Helper()
	links, err := s.Adjacent(t.Context(), id, dir, classes)
	if err != nil {
		t.Fatalf("Adjacent(%s, %v, %v): %v", id, dir, classes, err)
	}
	return links
}

func lookup(t *testing.T, s graph.Store, name string) []graph.ID {
	t.Helper()
	ids, err := s.Lookup(t.Context(), name)
	if err != nil {
		t.Fatalf("Lookup(%q): %v", name, err)
	}
	return ids
}

func scanIDs(t *testing.T, s graph.Store, k graph.NodeKind, after graph.ID) []graph.ID {
	t.Helper()
	var ids []graph.ID
	err := s.ScanNodes(t.Context(), k, after, func(n graph.Node) error {
		if n.Kind != k {
			t.Errorf("ScanNodes(%s) gave node %s of kind %s", k, n.ID, n.Kind)
		}
		ids = append(ids, n.ID)
		return nil
	})
	if err != nil {
		t.Fatalf("ScanNodes(%s, %q): %v", k, after, err)
	}
	return ids
}

func scanEdgeIDs(t *testing.T, s graph.Store, after graph.ID) []graph.ID {
	t.Helper()
	var ids []graph.ID
	err := s.ScanEdges(t.Context(), after, func(e graph.Edge) error {
		ids = append(ids, e.ID)
		return nil
	})
	if err != nil {
		t.Fatalf("ScanEdges(%q): %v", after, err)
	}
	return ids
}

// link is the Link a node should have, for building expectations.
func link(e graph.ID, c graph.EdgeClass, other graph.ID, outgoing bool) graph.Link {
	return graph.Link{Edge: e, Class: c, Other: other, Outgoing: outgoing}
}

// sortLinks orders links as Adjacent promises: by class, then far end.
func sortLinks(l []graph.Link) []graph.Link {
	slices.SortFunc(l, func(a, b graph.Link) int {
		if c := strings.Compare(string(a.Class), string(b.Class)); c != 0 {
			return c
		}
		return strings.Compare(string(a.Other), string(b.Other))
	})
	return l
}

func sameLinks(t *testing.T, what string, got, want []graph.Link) {
	t.Helper()
	want = sortLinks(want)
	// Support is optional, and CheckConsistent holds it to the edge's.
	got = slices.Clone(got)
	for i := range got {
		got[i].Support = 0
	}
	if !slices.Equal(got, want) {
		t.Errorf("%s:\n got %v\nwant %v", what, got, want)
	}
}

func testIngestAndReadBack(t *testing.T, s graph.Store) {
	ctx := t.Context()
	a := newCallArticle(t)
	res := ingest(t, s, a.Clone())
	want := graph.IngestResult{Article: a.ID(), NodesCreated: 6, EdgesCreated: 6}
	if res.Article != want.Article || res.Duplicate || res.NodesCreated != 6 || res.NodesUpdated != 0 ||
		res.EdgesCreated != 6 || res.EdgesUpdated != 0 || len(res.Resolved) != 0 {
		t.Errorf("IngestResult = %+v, want %+v", res, want)
	}

	art := node(t, s, a.ID())
	if art.Kind != graph.KindArticle || art.Label != a.B.Article.Label || art.Date != "2025-12-25" {
		t.Errorf("article node = %+v", art)
	}
	text, err := s.ArticleText(ctx, a.ID())
	if err != nil || text != a.B.Text {
		t.Errorf("ArticleText = %q, %v; want the article's text", text, err)
	}
	zel := node(t, s, a.zel)
	if zel.Kind != graph.KindActor || zel.Label != "Volodymyr Zelensky" || zel.Type != string(graph.Person) ||
		!slices.Equal(zel.Aliases, []string{"Zelensky"}) {
		t.Errorf("Zelensky = %+v", zel)
	}
	if stm := node(t, s, a.stm); stm.Kind != graph.KindStatement || stm.Text != quote1 || stm.Article != a.ID() {
		t.Errorf("statement = %+v", stm)
	}

	nodes, err := s.Nodes(ctx, []graph.ID{a.stm, "act_missing", a.zel, a.ID()})
	if err != nil {
		t.Fatalf("Nodes: %v", err)
	}
	var got []graph.ID
	for _, n := range nodes {
		got = append(got, n.ID)
	}
	if want := []graph.ID{a.stm, a.zel, a.ID()}; !slices.Equal(got, want) {
		t.Errorf("Nodes gave %v, want %v (in order, missing left out)", got, want)
	}

	e := edge(t, s, a.thanks)
	if e.ID != a.thanks || e.Source != a.zel || e.Target != a.trump || e.Class != graph.Support || e.Verb != "thanked" {
		t.Errorf("SUPPORT edge = %+v", e)
	}
	if len(e.Evidence) != 1 || e.Support() != 1 {
		t.Fatalf("SUPPORT evidence = %+v, want one piece", e.Evidence)
	}
	ev := e.Evidence[0]
	if ev.Article != a.ID() || ev.Sentence != s1Thanks || text[ev.Start:ev.End] != ev.Sentence ||
		ev.Verb != "thanked" || ev.Date != "2025-12-25" {
		t.Errorf("SUPPORT evidence = %+v", ev)
	}
	if e.FirstSeen() != "2025-12-25" || e.LastSeen() != "2025-12-25" {
		t.Errorf("SUPPORT seen %s..%s", e.FirstSeen(), e.LastSeen())
	}
	edges, err := s.Edges(ctx, []graph.ID{a.stated, "rel_missing", a.thanks})
	if err != nil || len(edges) != 2 || edges[0].ID != a.stated || edges[1].ID != a.thanks {
		t.Errorf("Edges = %v, %v; want STATED then SUPPORT", edges, err)
	}

	sameLinks(t, "Zelensky out", adjacent(t, s, a.zel, graph.Out), []graph.Link{
		link(a.consultWit, graph.Consult, a.wit, a.zel < a.wit),
		link(a.consultKush, graph.Consult, a.kush, a.zel < a.kush),
		link(a.thanks, graph.Support, a.trump, true),
		link(a.stated, graph.Stated, a.stm, true),
	})
	sameLinks(t, "Zelensky in", adjacent(t, s, a.zel, graph.In), []graph.Link{
		link(a.consultWit, graph.Consult, a.wit, a.zel < a.wit),
		link(a.consultKush, graph.Consult, a.kush, a.zel < a.kush),
		link(a.mentions, graph.Mentions, a.ID(), false),
	})
	sameLinks(t, "Zelensky both", adjacent(t, s, a.zel, graph.Both), []graph.Link{
		link(a.consultWit, graph.Consult, a.wit, a.zel < a.wit),
		link(a.consultKush, graph.Consult, a.kush, a.zel < a.kush),
		link(a.thanks, graph.Support, a.trump, true),
		link(a.stated, graph.Stated, a.stm, true),
		link(a.mentions, graph.Mentions, a.ID(), false),
	})
	sameLinks(t, "Zelensky out SUPPORT|STATED", adjacent(t, s, a.zel, graph.Out, graph.Support, graph.Stated), []graph.Link{
		link(a.thanks, graph.Support, a.trump, true),
		link(a.stated, graph.Stated, a.stm, true),
	})
	sameLinks(t, "Trump in", adjacent(t, s, a.trump, graph.In), []graph.Link{
		link(a.thanks, graph.Support, a.zel, false),
		link(a.family, graph.Family, a.kush, a.trump < a.kush),
	})
	sameLinks(t, "Trump out", adjacent(t, s, a.trump, graph.Out), []graph.Link{
		link(a.family, graph.Family, a.kush, a.trump < a.kush),
	})
	sameLinks(t, "article out", adjacent(t, s, a.ID(), graph.Out), []graph.Link{
		link(a.mentions, graph.Mentions, a.zel, true),
	})
	if l := adjacent(t, s, "act_nobody", graph.Both); len(l) != 0 {
		t.Errorf("Adjacent of a missing node = %v, want none", l)
	}
	if _, err := s.Adjacent(ctx, a.zel, graph.Direction(7), nil); graph.KindOf(err) != graph.Invalid {
		t.Errorf("Adjacent with direction 7: err %v, want kind invalid", err)
	}
	if _, err := s.Adjacent(ctx, a.zel, graph.Out, []graph.EdgeClass{"HUGGED"}); graph.KindOf(err) != graph.Invalid {
		t.Errorf("Adjacent with class HUGGED: err %v, want kind invalid", err)
	}
	if got := lookup(t, s, "Zelensky"); !slices.Equal(got, []graph.ID{a.zel}) {
		t.Errorf("Lookup(Zelensky) = %v, want [%s]", got, a.zel)
	}
	if got := scanIDs(t, s, graph.KindArticle, ""); !slices.Equal(got, []graph.ID{a.ID()}) {
		t.Errorf("articles = %v", got)
	}
}

func testReingest(t *testing.T, s graph.Store) {
	a := newCallArticle(t)
	ingest(t, s, a.Clone())
	before := dump(t, s)
	for _, tc := range []struct {
		name  string
		batch *graph.Batch
	}{
		{"same batch", a.Clone()},
		// The article is known by its text: other extractions of the same
		// text change nothing either.
		{"same text, other extraction", func() *graph.Batch {
			b := NewBuilder(t, "Another title", "2026-01-01", a.B.Text)
			x := b.Actor("Steve Witkoff", graph.Person, "Witkoff")
			y := b.Actor("Jared Kushner", graph.Person)
			b.Edge(x, graph.Accuse, y, s1Call, "held")
			return b.B
		}()},
	} {
		res := ingest(t, s, tc.batch)
		if !res.Duplicate || res.Article != a.ID() || res.NodesCreated+res.NodesUpdated+res.EdgesCreated+res.EdgesUpdated != 0 {
			t.Errorf("%s: IngestResult = %+v, want Duplicate and nothing counted", tc.name, res)
		}
		if after := dump(t, s); after != before {
			t.Errorf("%s: the store changed:\nbefore:\n%s\nafter:\n%s", tc.name, before, after)
		}
	}
}

func testResolveAcrossArticles(t *testing.T, s graph.Store) {
	a := newCallArticle(t)
	ingest(t, s, a.Clone())

	const met = "Zelenskyy met Emmanuel Macron in Paris on Monday."
	b := NewBuilder(t, "Zelenskyy meets Macron", "2025-12-29", met)
	zel2 := b.Actor("Zelenskyy", graph.Person)
	macron := b.Actor("Emmanuel Macron", graph.Person)
	consult := b.Edge(zel2, graph.Consult, macron, met, "met")
	res := ingest(t, s, b.Clone())

	if got := res.Resolved[zel2]; got != a.zel {
		t.Errorf("Resolved[Zelenskyy] = %q, want %s (Volodymyr Zelensky); Resolved = %v", got, a.zel, res.Resolved)
	}
	if _, ok := res.Resolved[macron]; ok {
		t.Errorf("Macron was resolved to %s, but no such actor was stored", res.Resolved[macron])
	}
	if res.NodesCreated != 2 || res.NodesUpdated != 1 || res.EdgesCreated != 1 {
		t.Errorf("IngestResult = %+v, want article and Macron created, Zelensky updated, one edge", res)
	}
	zel := node(t, s, a.zel)
	if zel.Label != "Volodymyr Zelensky" || !slices.Contains(zel.Aliases, "Zelensky") || !slices.Contains(zel.Aliases, "Zelenskyy") {
		t.Errorf("Zelensky after article 2 = %+v, want the full name with aliases Zelensky and Zelenskyy", zel)
	}
	if _, err := s.Node(t.Context(), zel2); !graph.IsNotFound(err) {
		t.Errorf("Node(%s) (Zelenskyy as its own actor): err %v, want not found", zel2, err)
	}
	for _, name := range []string{"Zelenskyy", "Zelensky", "Volodymyr Zelensky", "Volodymyr Zelenskyy"} {
		if got := lookup(t, s, name); !slices.Equal(got, []graph.ID{a.zel}) {
			t.Errorf("Lookup(%q) = %v, want only %s", name, got, a.zel)
		}
	}
	wantEdge := graph.EdgeID(a.zel, graph.Consult, macron)
	if consult == wantEdge {
		t.Fatalf("test is broken: the batch's edge already had the stored actor's ID")
	}
	e := edge(t, s, wantEdge)
	if s, d := graph.Orient(a.zel, graph.Consult, macron); e.Source != s || e.Target != d {
		t.Errorf("resolved edge %s–%s, want %s–%s", e.Source, e.Target, s, d)
	}
	if _, err := s.Edge(t.Context(), consult); !graph.IsNotFound(err) {
		t.Errorf("Edge(%s) under the unresolved ends: err %v, want not found", consult, err)
	}
	links := adjacent(t, s, a.zel, graph.Both, graph.Consult)
	others := map[graph.ID]bool{}
	for _, l := range links {
		others[l.Other] = true
	}
	if len(links) != 3 || !others[macron] || !others[a.wit] || !others[a.kush] {
		t.Errorf("Zelensky's CONSULT links = %v, want Witkoff, Kushner and Macron", links)
	}
	if got := len(scanIDs(t, s, graph.KindActor, "")); got != 5 {
		t.Errorf("%d actors stored, want 5", got)
	}
}

func testFullNameMeetsSurname(t *testing.T, s graph.Store) {
	const first = "Peskov declined to comment."
	a := NewBuilder(t, "Kremlin silent", "2025-12-20", first)
	peskov := a.Actor("Peskov", graph.Person)
	kremlin := a.Actor("Kremlin", graph.Organization)
	a.Edge(peskov, graph.Role, kremlin, first, "")
	ingest(t, s, a.Clone())

	const second = "Kremlin spokesman Dmitry Peskov said talks were possible."
	b := NewBuilder(t, "Kremlin open to talks", "2025-12-21", second)
	full := b.Actor("Dmitry Peskov", graph.Person)
	res := ingest(t, s, b.Clone())
	if res.Resolved[full] != peskov {
		t.Errorf("Resolved = %v, want Dmitry Peskov → %s", res.Resolved, peskov)
	}
	n := node(t, s, peskov)
	if n.Label != "Dmitry Peskov" || !slices.Equal(n.Aliases, []string{"Peskov"}) {
		t.Errorf("Peskov = %+v, want label Dmitry Peskov with alias Peskov", n)
	}
	if got := lookup(t, s, "Dmitry Peskov"); !slices.Equal(got, []graph.ID{peskov}) {
		t.Errorf("Lookup(Dmitry Peskov) = %v, want [%s]", got, peskov)
	}
	if l := adjacent(t, s, peskov, graph.Out, graph.Role); len(l) != 1 || l[0].Other != kremlin {
		t.Errorf("Peskov's ROLE links = %v, want the Kremlin", l)
	}
}

func testAmbiguousSurname(t *testing.T, s graph.Store) {
	const text = "Donald Trump and his son Eric Trump spoke at the rally."
	a := NewBuilder(t, "Trumps at rally", "2025-11-01", text)
	donald := a.Actor("Donald Trump", graph.Person, "Trump")
	eric := a.Actor("Eric Trump", graph.Person, "Trump")
	a.Edge(donald, graph.Family, eric, text, "his son")
	ingest(t, s, a.Clone())
	before := node(t, s, donald)

	const text2 = "Trump criticized the Federal Reserve."
	b := NewBuilder(t, "Trump and the Fed", "2025-11-02", text2)
	trump := b.Actor("Trump", graph.Person)
	fed := b.Actor("Federal Reserve", graph.Organization)
	b.Edge(trump, graph.Accuse, fed, text2, "criticized")
	res := ingest(t, s, b.Clone())
	if len(res.Resolved) != 0 {
		t.Errorf("Resolved = %v, want nothing: two stored actors are called Trump", res.Resolved)
	}
	if n := node(t, s, trump); n.Label != "Trump" {
		t.Errorf("new actor Trump = %+v", n)
	}
	if after := node(t, s, donald); !slices.Equal(after.Aliases, before.Aliases) || after.Label != before.Label {
		t.Errorf("Donald Trump changed from %+v to %+v", before, after)
	}
	got := lookup(t, s, "Trump")
	want := []graph.ID{donald, eric, trump}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("Lookup(Trump) = %v, want %v", got, want)
	}
	if l := adjacent(t, s, trump, graph.Out, graph.Accuse); len(l) != 1 || l[0].Other != fed {
		t.Errorf("Trump's ACCUSE links = %v", l)
	}
}

func testOtherType(t *testing.T, s graph.Store) {
	const text = "Jordan hosted talks with Israel."
	a := NewBuilder(t, "Talks in Amman", "2025-10-01", text)
	jordan := a.Actor("Jordan", graph.Country)
	israel := a.Actor("Israel", graph.Country)
	a.Edge(jordan, graph.Consult, israel, text, "hosted talks with")
	ingest(t, s, a.Clone())

	const text2 = "Michael Jordan, known as Jordan, visited the Chicago Bulls."
	b := NewBuilder(t, "Jordan visits", "2025-10-02", text2)
	mj := b.Actor("Michael Jordan", graph.Person, "Jordan")
	bulls := b.Actor("Chicago Bulls", graph.Organization)
	b.Edge(mj, graph.Consult, bulls, text2, "visited")
	res := ingest(t, s, b.Clone())
	if len(res.Resolved) != 0 {
		t.Errorf("Resolved = %v: a person must not merge into a country", res.Resolved)
	}
	if n := node(t, s, jordan); n.Type != string(graph.Country) || len(n.Aliases) != 0 {
		t.Errorf("the country Jordan changed: %+v", n)
	}
	got := lookup(t, s, "Jordan")
	want := []graph.ID{jordan, mj}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("Lookup(Jordan) = %v, want the country and the person %v", got, want)
	}
}

func testEvidenceMerging(t *testing.T, s graph.Store) {
	a := newCallArticle(t)
	ingest(t, s, a.Clone())

	const praise = "Zelensky praised Donald Trump again on Sunday."
	b := NewBuilder(t, "Zelensky praises Trump", "2025-12-28", praise)
	z := b.Actor("Zelensky", graph.Person)
	tr := b.Actor("Donald Trump", graph.Person)
	b.Edge(z, graph.Support, tr, praise, "praised")
	res := ingest(t, s, b.Clone())
	if res.EdgesCreated != 0 || res.EdgesUpdated != 1 {
		t.Errorf("IngestResult = %+v, want the SUPPORT edge updated, none created", res)
	}

	e := edge(t, s, a.thanks)
	if e.Support() != 2 || len(e.Evidence) != 2 {
		t.Fatalf("SUPPORT edge evidence = %+v, want one piece from each article", e.Evidence)
	}
	if e.Verb != "thanked" {
		t.Errorf("Verb = %q, want the first article's %q", e.Verb, "thanked")
	}
	if e.FirstSeen() != "2025-12-25" || e.LastSeen() != "2025-12-28" {
		t.Errorf("seen %s..%s, want 2025-12-25..2025-12-28", e.FirstSeen(), e.LastSeen())
	}
	byArticle := map[graph.ID]graph.Evidence{}
	for _, ev := range e.Evidence {
		byArticle[ev.Article] = ev
	}
	for _, art := range []*Builder{a.Builder, b} {
		ev, ok := byArticle[art.ID()]
		if !ok {
			t.Errorf("no evidence from %s", art)
			continue
		}
		text, err := s.ArticleText(t.Context(), art.ID())
		if err != nil {
			t.Fatal(err)
		}
		if text[ev.Start:ev.End] != ev.Sentence {
			t.Errorf("evidence from %s: text[%d:%d] = %q, sentence %q", art, ev.Start, ev.End, text[ev.Start:ev.End], ev.Sentence)
		}
	}
	if l := adjacent(t, s, a.zel, graph.Out, graph.Support); len(l) != 1 {
		t.Errorf("SUPPORT links of Zelensky = %v, want one", l)
	}
	if hr, ok := s.(graph.EdgeHeadReader); ok {
		heads, err := hr.EdgeHeads(t.Context(), []graph.ID{a.thanks, "no-such-edge"})
		if err != nil {
			t.Fatal(err)
		}
		if len(heads) != 1 {
			t.Fatalf("EdgeHeads = %+v, want the SUPPORT edge alone", heads)
		}
		h := heads[0]
		if len(h.Evidence) != 0 || h.Articles != 2 || h.Support() != 2 ||
			h.FirstSeen() != "2025-12-25" || h.LastSeen() != "2025-12-28" {
			t.Errorf("SUPPORT edge head = %+v, want 2 articles seen 2025-12-25..2025-12-28 and no evidence", h)
		}
	}
	CheckConsistent(t, s)
}

func testSymmetric(t *testing.T, s graph.Store) {
	const text = "Rubio met Lavrov in Riyadh. Lavrov met Rubio again the next day."
	a := NewBuilder(t, "Rubio and Lavrov meet", "2025-02-18", text)
	rubio := a.Actor("Marco Rubio", graph.Person, "Rubio")
	lavrov := a.Actor("Sergey Lavrov", graph.Person, "Lavrov")
	// Both directions in one batch: one edge with two pieces of evidence.
	id1 := a.Edge(rubio, graph.Consult, lavrov, "Rubio met Lavrov in Riyadh.", "met")
	id2 := a.Edge(lavrov, graph.Consult, rubio, "Lavrov met Rubio again the next day.", "met")
	if id1 != id2 {
		t.Fatalf("EdgeID differs by direction for a symmetric class: %s, %s", id1, id2)
	}
	res := ingest(t, s, a.Clone())
	if res.EdgesCreated != 1 {
		t.Errorf("EdgesCreated = %d, want 1", res.EdgesCreated)
	}
	src, dst := graph.Orient(rubio, graph.Consult, lavrov)
	e := edge(t, s, id1)
	if e.Source != src || e.Target != dst || len(e.Evidence) != 2 {
		t.Errorf("edge = %s→%s with %d pieces of evidence, want %s→%s with 2", e.Source, e.Target, len(e.Evidence), src, dst)
	}
	if got := scanEdgeIDs(t, s, ""); !slices.Equal(got, []graph.ID{id1}) {
		t.Errorf("edges stored = %v, want only %s", got, id1)
	}
	for _, end := range []struct{ self, other graph.ID }{{rubio, lavrov}, {lavrov, rubio}} {
		want := []graph.Link{link(id1, graph.Consult, end.other, end.self == src)}
		for _, dir := range []graph.Direction{graph.Out, graph.In, graph.Both} {
			sameLinks(t, fmt.Sprintf("Adjacent(%s, %d)", end.self, dir), adjacent(t, s, end.self, dir, graph.Consult), want)
		}
	}

	// A later article with the other direction adds evidence to the same edge.
	const text2 = "Lavrov and Rubio spoke by phone."
	b := NewBuilder(t, "Lavrov calls Rubio", "2025-03-01", text2)
	l2 := b.Actor("Lavrov", graph.Person)
	r2 := b.Actor("Rubio", graph.Person)
	b.Edge(l2, graph.Consult, r2, text2, "spoke by phone")
	if res := ingest(t, s, b.Clone()); res.EdgesUpdated != 1 || res.EdgesCreated != 0 {
		t.Errorf("second article: IngestResult = %+v, want one edge updated", res)
	}
	if e := edge(t, s, id1); e.Support() != 2 || e.Source != src {
		t.Errorf("after article 2: support %d, source %s; want 2, %s", e.Support(), e.Source, src)
	}
}

func testScans(t *testing.T, s graph.Store) {
	ctx := t.Context()
	var wantActors []graph.ID
	for i, name := range []string{"Alpha", "Bravo", "Charlie"} {
		text := fmt.Sprintf("Minister %s met Envoy %s and Consul %s in round %d.", name, name, name, i)
		a := NewBuilder(t, "Round "+name, "", text)
		m := a.Actor("Minister "+name, graph.Person)
		e := a.Actor("Envoy "+name, graph.Person)
		c := a.Actor("Consul "+name, graph.Person)
		a.Edge(m, graph.Consult, e, text, "met")
		a.Edge(m, graph.Consult, c, text, "met")
		a.Edge(a.ID(), graph.Mentions, m, text, "")
		ingest(t, s, a.Clone())
		wantActors = append(wantActors, m, e, c)
	}
	slices.Sort(wantActors)

	ids := scanIDs(t, s, graph.KindActor, "")
	if !slices.Equal(ids, wantActors) {
		t.Fatalf("ScanNodes(actor) = %v, want %v in ID order", ids, wantActors)
	}
	if got := scanIDs(t, s, graph.KindActor, ids[3]); !slices.Equal(got, ids[4:]) {
		t.Errorf("ScanNodes after %s = %v, want %v", ids[3], got, ids[4:])
	}
	// after need not be a stored ID.
	between := ids[3] + "0"
	want := slices.DeleteFunc(slices.Clone(ids), func(id graph.ID) bool { return id <= between })
	if got := scanIDs(t, s, graph.KindActor, between); !slices.Equal(got, want) {
		t.Errorf("ScanNodes after %s = %v, want %v", between, got, want)
	}
	if got := scanIDs(t, s, graph.KindActor, ids[len(ids)-1]); len(got) != 0 {
		t.Errorf("ScanNodes after the last = %v, want none", got)
	}
	if got := scanIDs(t, s, graph.KindEvent, ""); len(got) != 0 {
		t.Errorf("ScanNodes(event) = %v, want none", got)
	}
	if got := scanIDs(t, s, graph.KindArticle, ""); len(got) != 3 || !slices.IsSorted(got) {
		t.Errorf("ScanNodes(article) = %v, want 3 in order", got)
	}

	// Paging through in pages of 4 gives every actor once.
	var paged []graph.ID
	var after graph.ID
	for page := 0; page < 10; page++ {
		n := 0
		err := s.ScanNodes(ctx, graph.KindActor, after, func(nd graph.Node) error {
			if n == 4 {
				return graph.ErrStop
			}
			paged = append(paged, nd.ID)
			after = nd.ID
			n++
			return nil
		})
		if err != nil {
			t.Fatalf("ScanNodes page %d: %v", page, err)
		}
		if n < 4 {
			break
		}
	}
	if !slices.Equal(paged, ids) {
		t.Errorf("paged scan = %v, want %v", paged, ids)
	}

	boom := errors.New("boom")
	calls := 0
	err := s.ScanNodes(ctx, graph.KindActor, "", func(graph.Node) error { calls++; return boom })
	if !errors.Is(err, boom) || calls != 1 {
		t.Errorf("ScanNodes with a failing callback: %v after %d calls, want boom after 1", err, calls)
	}
	if err := s.ScanNodes(ctx, "planet", "", func(graph.Node) error { return nil }); graph.KindOf(err) != graph.Invalid {
		t.Errorf("ScanNodes(planet): %v, want kind invalid", err)
	}

	edges := scanEdgeIDs(t, s, "")
	if len(edges) != 9 || !slices.IsSorted(edges) || len(slices.Compact(slices.Clone(edges))) != 9 {
		t.Fatalf("ScanEdges = %v, want 9 distinct edges in ID order", edges)
	}
	if got := scanEdgeIDs(t, s, edges[6]); !slices.Equal(got, edges[7:]) {
		t.Errorf("ScanEdges after %s = %v, want %v", edges[6], got, edges[7:])
	}
	calls = 0
	err = s.ScanEdges(ctx, "", func(graph.Edge) error {
		calls++
		if calls == 2 {
			return graph.ErrStop
		}
		return nil
	})
	if err != nil || calls != 2 {
		t.Errorf("ScanEdges stopped with ErrStop: %v after %d calls, want nil after 2", err, calls)
	}
	if err := s.ScanEdges(ctx, "", func(graph.Edge) error { return boom }); !errors.Is(err, boom) {
		t.Errorf("ScanEdges with a failing callback: %v, want boom", err)
	}
}

func testLookup(t *testing.T, s graph.Store) {
	const text = "Volodymyr Zelensky spoke with the Kremlin, the United States and Andriy Yermak. Sergei Ryabkov said no."
	a := NewBuilder(t, "Names", "", text)
	zel := a.Actor("Volodymyr Zelensky", graph.Person, "Zelensky")
	kremlin := a.Actor("the Kremlin", graph.Organization)
	us := a.Actor("United States", graph.Country, "U.S.")
	yermak := a.Actor("Andriy Yermak", graph.Person)
	ryabkov := a.Actor("Sergei Ryabkov", graph.Person)
	a.Edge(zel, graph.Consult, kremlin, text, "spoke with")
	a.Edge(zel, graph.Consult, us, text, "spoke with")
	a.Edge(zel, graph.Consult, yermak, text, "spoke with")
	a.Edge(ryabkov, graph.Reject, zel, "Sergei Ryabkov said no.", "said no")
	ingest(t, s, a.Clone())

	for _, tc := range []struct {
		query string
		want  []graph.ID
	}{
		{"Zelensky", []graph.ID{zel}},
		{"ZELENSKY", []graph.ID{zel}},
		{"Zelenskyy", []graph.ID{zel}},
		{"Zelenskiy", []graph.ID{zel}},
		{"Zélensky", []graph.ID{zel}},
		{"volodymyr  zelenskyy", []graph.ID{zel}},
		{"Kremlin", []graph.ID{kremlin}},
		{"The Kremlin", []graph.ID{kremlin}},
		{"US", []graph.ID{us}},
		{"U.S.", []graph.ID{us}},
		{"united states", []graph.ID{us}},
		{"Andrii Yermak", []graph.ID{yermak}},
		{"Sergei Ryabkov's", []graph.ID{ryabkov}},
		{"Ryabkov", nil}, // surnames are not indexed unless they are aliases
		{"Nobody", nil},
		{"", nil},
		{"...", nil},
	} {
		if got := lookup(t, s, tc.query); !slices.Equal(got, tc.want) {
			t.Errorf("Lookup(%q) = %v, want %v", tc.query, got, tc.want)
		}
	}
}

func testNotFound(t *testing.T, s graph.Store) {
	ctx := t.Context()
	check := func(stage string) {
		t.Helper()
		if _, err := s.Node(ctx, "act_0000000000000000"); !graph.IsNotFound(err) {
			t.Errorf("%s: Node(missing): %v, want not found", stage, err)
		}
		if _, err := s.Node(ctx, ""); !graph.IsNotFound(err) {
			t.Errorf("%s: Node(\"\"): %v, want not found", stage, err)
		}
		if _, err := s.Edge(ctx, "rel_0000000000000000"); !graph.IsNotFound(err) {
			t.Errorf("%s: Edge(missing): %v, want not found", stage, err)
		}
		if _, err := s.ArticleText(ctx, "art_0000000000000000"); !graph.IsNotFound(err) {
			t.Errorf("%s: ArticleText(missing): %v, want not found", stage, err)
		}
		if n, err := s.Nodes(ctx, []graph.ID{"act_0", "x/y"}); err != nil || len(n) != 0 {
			t.Errorf("%s: Nodes(missing) = %v, %v; want none and no error", stage, n, err)
		}
		if e, err := s.Edges(ctx, []graph.ID{"rel_0"}); err != nil || len(e) != 0 {
			t.Errorf("%s: Edges(missing) = %v, %v; want none and no error", stage, e, err)
		}
	}
	check("empty store")
	a := newCallArticle(t)
	ingest(t, s, a.Clone())
	check("after an article")
	// IDs of one sort are not found as the other.
	if _, err := s.Node(ctx, a.thanks); !graph.IsNotFound(err) {
		t.Errorf("Node(edge ID): %v, want not found", err)
	}
	if _, err := s.Edge(ctx, a.zel); !graph.IsNotFound(err) {
		t.Errorf("Edge(node ID): %v, want not found", err)
	}
	if _, err := s.ArticleText(ctx, a.zel); !graph.IsNotFound(err) {
		t.Errorf("ArticleText(actor ID): %v, want not found", err)
	}
}

func testInvalid(t *testing.T, s graph.Store) {
	ingest(t, s, newCallArticle(t).Clone())
	before := dump(t, s)

	const text = "Ursula von der Leyen urged Viktor Orban to lift the veto."
	base := func() *Builder {
		b := NewBuilder(t, "EU presses Hungary", "2025-12-01", text)
		u := b.Actor("Ursula von der Leyen", graph.Person, "von der Leyen")
		o := b.Actor("Viktor Orban", graph.Person, "Orban")
		b.Edge(u, graph.Request, o, text, "urged")
		return b
	}
	for _, tc := range []struct {
		name  string
		spoil func(b *graph.Batch)
		want  string // in the message, besides the title
	}{
		{"no text", func(b *graph.Batch) { b.Text = ""; b.Article.ID = "" }, "text"},
		{"blank text", func(b *graph.Batch) { b.Text = " \n"; b.Article.ID = graph.ArticleID(b.Text) }, "text"},
		{"article ID not the text's", func(b *graph.Batch) { b.Article.ID = "art_0123456789abcdef" }, "art_0123456789abcdef"},
		{"edge to a node neither in batch nor stored", func(b *graph.Batch) { b.Edges[0].Target = "act_nowhere" }, "act_nowhere"},
		{"unknown edge class", func(b *graph.Batch) { b.Edges[0].Class = "HUGGED" }, "HUGGED"},
		{"unknown node kind", func(b *graph.Batch) { b.Nodes[0].Kind = "place" }, "place"},
		{"unknown actor type", func(b *graph.Batch) { b.Nodes[1].Type = "planet" }, "planet"},
		{"evidence beyond the text", func(b *graph.Batch) { b.Edges[0].Evidence[0].End = len(text) + 5 }, "evidence"},
		{"negative offset", func(b *graph.Batch) { b.Edges[0].Evidence[0].Start = -1 }, "evidence"},
		{"evidence not the sentence", func(b *graph.Batch) { b.Edges[0].Evidence[0].Start++ }, "evidence"},
		{"evidence from another article", func(b *graph.Batch) { b.Edges[0].Evidence[0].Article = "art_0123456789abcdef" }, "art_0123456789abcdef"},
		{"edge without evidence", func(b *graph.Batch) { b.Edges[0].Evidence = nil }, "evidence"},
		{"self-loop", func(b *graph.Batch) { b.Edges[0].Target = b.Edges[0].Source }, "itself"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := base().Clone()
			tc.spoil(b)
			res, err := s.Ingest(t.Context(), b)
			if err == nil {
				t.Fatalf("Ingest accepted the batch: %+v", res)
			}
			if graph.KindOf(err) != graph.Invalid {
				t.Errorf("error kind %v, want invalid: %v", graph.KindOf(err), err)
			}
			msg := err.Error()
			if !strings.Contains(msg, "EU presses Hungary") || !strings.Contains(msg, tc.want) {
				t.Errorf("error %q should name the article and %q", msg, tc.want)
			}
			if after := dump(t, s); after != before {
				t.Errorf("the store changed:\nbefore:\n%s\nafter:\n%s", before, after)
			}
		})
	}
	// The unspoilt article still goes in: nothing of it was half-kept.
	b := base()
	if res := ingest(t, s, b.Clone()); res.Duplicate || res.EdgesCreated != 1 {
		t.Errorf("the valid article after the invalid ones: %+v", res)
	}
}

func testConcurrent(t *testing.T, s graph.Store) {
	const workers, each = 6, 4
	var wg sync.WaitGroup
	var mu sync.Mutex
	var arts []graph.ID
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				n := w*each + i
				text := fmt.Sprintf("President Volodymyr Zelensky spoke with Minister Number%d about grain shipment %d.", n, n)
				b := NewBuilder(t, fmt.Sprintf("Call %d", n), "2025-12-01", text)
				z := b.Actor("Volodymyr Zelensky", graph.Person, "Zelensky")
				m := b.Actor(fmt.Sprintf("Minister Number%d", n), graph.Person)
				b.Edge(z, graph.Consult, m, text, "spoke with")
				res, err := s.Ingest(context.Background(), b.B)
				if err != nil {
					t.Errorf("Ingest(%q): %v", b.B.Article.Label, err)
					return
				}
				if res.Duplicate || res.EdgesCreated != 1 {
					t.Errorf("Ingest(%q) = %+v", b.B.Article.Label, res)
				}
				mu.Lock()
				arts = append(arts, res.Article)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if t.Failed() {
		return
	}
	got := scanIDs(t, s, graph.KindArticle, "")
	slices.Sort(arts)
	if !slices.Equal(got, arts) || len(got) != workers*each {
		t.Errorf("%d articles stored, want the %d ingested", len(got), workers*each)
	}
	zel := lookup(t, s, "Zelensky")
	if len(zel) != 1 {
		t.Fatalf("Lookup(Zelensky) = %v, want one actor", zel)
	}
	if l := adjacent(t, s, zel[0], graph.Both, graph.Consult); len(l) != workers*each {
		t.Errorf("Zelensky has %d CONSULT links, want %d", len(l), workers*each)
	}
	if n := len(scanIDs(t, s, graph.KindActor, "")); n != workers*each+1 {
		t.Errorf("%d actors, want %d", n, workers*each+1)
	}
}
