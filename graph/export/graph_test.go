package export_test

import (
	"context"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// memGraph is a graph.Reader over a map, for tests: it keeps the
// contract of the real store (ID order, Adjacent by class then far end,
// evidence added to an existing edge) without persistence.
type memGraph struct {
	nodes map[graph.ID]graph.Node
	edges map[graph.ID]graph.Edge
	texts map[graph.ID]string
}

var _ graph.Reader = (*memGraph)(nil)

func newMemGraph(tb testing.TB, batches ...graph.Batch) *memGraph {
	tb.Helper()
	g := &memGraph{nodes: map[graph.ID]graph.Node{}, edges: map[graph.ID]graph.Edge{}, texts: map[graph.ID]string{}}
	for _, b := range batches {
		g.add(tb, b)
	}
	return g
}

func (g *memGraph) add(tb testing.TB, b graph.Batch) {
	tb.Helper()
	g.nodes[b.Article.ID] = b.Article
	g.texts[b.Article.ID] = b.Text
	for _, n := range b.Nodes {
		if old, ok := g.nodes[n.ID]; ok && n.Kind == graph.KindActor {
			graph.MergeActor(&old, n)
			n = old
		}
		g.nodes[n.ID] = n
	}
	for _, e := range b.Edges {
		for _, end := range []graph.ID{e.Source, e.Target} {
			if _, ok := g.nodes[end]; !ok {
				tb.Fatalf("fixture edge %s %s %s: no node %s", e.Source, e.Class, e.Target, end)
			}
		}
		if old, ok := g.edges[e.ID]; ok {
			old.Evidence = graph.MergeEvidence(old.Evidence, e.Evidence)
			e = old
		}
		g.edges[e.ID] = e
	}
}

func (g *memGraph) Node(_ context.Context, id graph.ID) (graph.Node, error) {
	n, ok := g.nodes[id]
	if !ok {
		return graph.Node{}, graph.Errorf("mem.Node", graph.NotFound, "node %q not found", id)
	}
	return n, nil
}

func (g *memGraph) Nodes(_ context.Context, ids []graph.ID) ([]graph.Node, error) {
	var out []graph.Node
	for _, id := range ids {
		if n, ok := g.nodes[id]; ok {
			out = append(out, n)
		}
	}
	return out, nil
}

func (g *memGraph) Edge(_ context.Context, id graph.ID) (graph.Edge, error) {
	e, ok := g.edges[id]
	if !ok {
		return graph.Edge{}, graph.Errorf("mem.Edge", graph.NotFound, "edge %q not found", id)
	}
	return e, nil
}

func (g *memGraph) Edges(_ context.Context, ids []graph.ID) ([]graph.Edge, error) {
	var out []graph.Edge
	for _, id := range ids {
		if e, ok := g.edges[id]; ok {
			out = append(out, e)
		}
	}
	return out, nil
}

func (g *memGraph) Adjacent(_ context.Context, id graph.ID, dir graph.Direction, classes []graph.EdgeClass) ([]graph.Link, error) {
	var out []graph.Link
	want := func(c graph.EdgeClass) bool {
		if len(classes) == 0 {
			return true
		}
		for _, x := range classes {
			if x == c {
				return true
			}
		}
		return false
	}
	for _, e := range g.edges {
		if !want(e.Class) {
			continue
		}
		// As in the store, a symmetric edge is listed under Out and In
		// from either end.
		sym := e.Class.Symmetric()
		if e.Source == id && (dir != graph.In || sym) {
			out = append(out, graph.Link{Edge: e.ID, Class: e.Class, Other: e.Target, Outgoing: true})
		}
		if e.Target == id && (dir != graph.Out || sym) {
			out = append(out, graph.Link{Edge: e.ID, Class: e.Class, Other: e.Source})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Class != out[j].Class {
			return out[i].Class < out[j].Class
		}
		if out[i].Other != out[j].Other {
			return out[i].Other < out[j].Other
		}
		return out[i].Edge < out[j].Edge
	})
	return out, nil
}

func (g *memGraph) ScanNodes(ctx context.Context, k graph.NodeKind, after graph.ID, fn func(graph.Node) error) error {
	var ids []graph.ID
	for id, n := range g.nodes {
		if n.Kind == k && id > after {
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		if err := fn(g.nodes[id]); err != nil {
			if err == graph.ErrStop {
				return nil
			}
			return err
		}
	}
	return ctx.Err()
}

func (g *memGraph) ScanEdges(ctx context.Context, after graph.ID, fn func(graph.Edge) error) error {
	var ids []graph.ID
	for id := range g.edges {
		if id > after {
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		if err := fn(g.edges[id]); err != nil {
			if err == graph.ErrStop {
				return nil
			}
			return err
		}
	}
	return ctx.Err()
}

func (g *memGraph) Lookup(_ context.Context, name string) ([]graph.ID, error) {
	var out []graph.ID
	key := graph.Fold(name)
	for id, n := range g.nodes {
		if n.Kind != graph.KindActor {
			continue
		}
		for _, a := range append([]string{n.Label}, n.Aliases...) {
			if graph.Fold(a) == key {
				out = append(out, id)
				break
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out, nil
}

func (g *memGraph) ArticleText(_ context.Context, id graph.ID) (string, error) {
	t, ok := g.texts[id]
	if !ok {
		return "", graph.Errorf("mem.ArticleText", graph.NotFound, "article %q not found", id)
	}
	return t, nil
}

// article builds batches by hand: nodes and edges with evidence whose
// offsets point at the sentence in the article text, as the extractor's
// do.
type article struct {
	tb testing.TB
	b  graph.Batch
}

func newArticle(tb testing.TB, title, url, date, text string) *article {
	id := graph.ArticleID(text)
	return &article{tb: tb, b: graph.Batch{
		Article: graph.Node{ID: id, Kind: graph.KindArticle, Label: title, URL: url, Source: "fixture", Date: date},
		Text:    text,
	}}
}

func (a *article) actor(name, typ string, aliases ...string) graph.ID {
	id := graph.ActorID(name)
	a.b.Nodes = append(a.b.Nodes, graph.Node{ID: id, Kind: graph.KindActor, Label: name, Type: typ, Aliases: aliases})
	return id
}

func (a *article) node(k graph.NodeKind, label, typ string, n graph.Node) graph.ID {
	n.ID = graph.NodeID(k, string(a.b.Article.ID), label)
	n.Kind, n.Label, n.Type, n.Article = k, label, typ, a.b.Article.ID
	a.b.Nodes = append(a.b.Nodes, n)
	return n.ID
}

// edge adds source -class-> target read from sentence (which must occur
// in the text) with the raw verb.
func (a *article) edge(source graph.ID, class graph.EdgeClass, target graph.ID, verb, sentence string) {
	a.tb.Helper()
	start := strings.Index(a.b.Text, sentence)
	if start < 0 {
		a.tb.Fatalf("fixture: sentence %q not in article %q", sentence, a.b.Article.Label)
	}
	s, t := graph.Orient(source, class, target)
	a.b.Edges = append(a.b.Edges, graph.Edge{
		ID: graph.EdgeID(s, class, t), Source: s, Target: t, Class: class, Verb: verb,
		Evidence: []graph.Evidence{{Article: a.b.Article.ID, Sentence: sentence,
			Start: start, End: start + len(sentence), Verb: verb, Date: a.b.Article.Date}},
	})
}

// mentions adds article MENTIONS id edges read from sentence.
func (a *article) mentions(sentence string, ids ...graph.ID) {
	a.tb.Helper()
	for _, id := range ids {
		a.edge(a.b.Article.ID, graph.Mentions, id, "", sentence)
	}
}

// fixture is a small fixed graph of two articles with every node kind,
// symmetric and directed edges, an edge seen in both articles, and text
// that needs escaping in every format (quotes, backslash, ampersand,
// angle brackets, a newline, non-ASCII letters).
func fixture(tb testing.TB) []graph.Batch {
	tb.Helper()
	s1 := `Ukrainian President Volodymyr Zelensky spoke with U.S. envoy Steve Witkoff on Friday.`
	s2 := `Kremlin spokesman Dmitry Peskov said: "We are analyzing these materials & will respond <soon>."`
	s3 := `Witkoff met Vladimir Putin in Moscow.`
	a := newArticle(tb, `Zelensky speaks with U.S. envoys & Kremlin "analyzes"`, "https://example.org/news?id=1&lang=en",
		"2025-12-19", s1+" "+s2+" "+s3)
	zel := a.actor("Volodymyr Zelensky", "person", "Zelensky", "Zelenskyy")
	wit := a.actor("Steve Witkoff", "person", "Witkoff")
	pes := a.actor("Dmitry Peskov", "person", "Peskov")
	kre := a.actor("Kremlin", "organization")
	put := a.actor("Vladimir Putin", "person", "Putin")
	st1 := a.node(graph.KindStatement, `Peskov: "We are analyzing these materials…"`, "",
		graph.Node{Text: `We are analyzing these materials & will respond <soon>.`})
	a.edge(zel, graph.Consult, wit, "spoke with", s1)
	a.edge(pes, graph.Role, kre, "spokesman", s2)
	a.edge(pes, graph.Stated, st1, "said", s2)
	a.edge(wit, graph.Consult, put, "met", s3)
	a.mentions(s1, zel, wit, pes, kre, put)

	t1 := `Zelensky held a phone conversation with Witkoff and Jared Kushner on December 25.`
	t2 := `Trump's son-in-law Jared Kushner reviewed the 20-point peace plan.`
	t3 := "Russia launched drones at Kyiv, and Zelensky said \"the \\\"peace\\\" is\nfar away\"."
	b := newArticle(tb, "Zelensky: Russia's attack shows peace is \"far away\"", "https://example.org/news?id=2",
		"2025-12-26", t1+" "+t2+" "+t3)
	zel2 := b.actor("Volodymyr Zelensky", "person", "Zelensky")
	wit2 := b.actor("Steve Witkoff", "person", "Witkoff")
	kus := b.actor("Jared Kushner", "person", "Kushner")
	tru := b.actor("Donald Trump", "person", "Trump")
	rus := b.actor("Russia", "country")
	ukr := b.actor("Україна Ukraine", "country", "Ukraine")
	call := b.node(graph.KindEvent, "phone call of Zelensky with Witkoff and Kushner", "call",
		graph.Node{Date: "2025-12-25", Place: ""})
	plan := b.node(graph.KindObject, "peace plan", "plan", graph.Node{Attrs: map[string]string{"points": "20"}})
	st2 := b.node(graph.KindStatement, `Zelensky: "the \"peace\" is far away"`, "",
		graph.Node{Text: "the \\\"peace\\\" is\nfar away"})
	b.edge(zel2, graph.Consult, wit2, "held a phone conversation with", t1)
	b.edge(zel2, graph.Consult, kus, "held a phone conversation with", t1)
	b.edge(zel2, graph.ParticipatedIn, call, "held", t1)
	b.edge(wit2, graph.ParticipatedIn, call, "held", t1)
	b.edge(kus, graph.ParticipatedIn, call, "held", t1)
	b.edge(kus, graph.Family, tru, "son-in-law", t2)
	b.edge(kus, graph.Reviewed, plan, "reviewed", t2)
	b.edge(rus, graph.Assault, ukr, "launched drones at", t3)
	b.edge(zel2, graph.Stated, st2, "said", t3)
	b.edge(st2, graph.About, rus, "", t3)
	b.mentions(t1, zel2, wit2, kus, tru, rus, ukr, call, plan)
	return []graph.Batch{a.b, b.b}
}
