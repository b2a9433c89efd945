package web_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/store"
)

// fixture is the hand-built graph the export and viewer tests read:
// three dated articles about talks over a peace plan, stored in Badger on
// disk.
type fixture struct {
	db *store.DB
	// IDs of the stored nodes, by short name.
	zelensky, witkoff, peskov, trump, kremlin, ukraine, usa, russia graph.ID
	call, plan, planQuote, landQuote, peskovQuote                   graph.ID
	articles                                                        []graph.ID
	// consult is the CONSULT edge of Zelensky and Witkoff, with
	// evidence from two articles.
	consult graph.ID
}

// The fixture's sentences.
const (
	sentCall    = `Ukrainian President Volodymyr Zelensky held a phone conversation with U.S. envoy Steve Witkoff on Thursday.`
	sentPlan    = `"We discussed the peace plan in detail," Zelensky said.`
	sentPeskov  = `Kremlin spokesman Dmitry Peskov told reporters: "We are analyzing these materials."`
	sentEnvoy   = `Witkoff serves as the special envoy of the United States.`
	sentLand    = `Zelensky said: "Ukraine will not give up its land."`
	sentAgain   = `Zelensky spoke with Witkoff again on Sunday.`
	sentAccuse  = `Peskov accused Kyiv of stalling the talks.`
	sentTrump   = `Donald Trump praised Zelensky for his work on the plan.`
	sentAid     = `The United States pledged new air defence aid to Ukraine.`
	sentSanctio = `Washington announced sanctions against Russia's oil companies.`
)

// newFixture stores the fixture in a new Badger database in a temporary
// directory.
func newFixture(t *testing.T) *fixture {
	t.Helper()
	db, err := store.Open(t.TempDir(), store.DefaultOptions())
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	f := &fixture{db: db}

	a := graphtest.NewBuilder(t, "Zelensky holds phone conversation with U.S. envoy", "2025-12-25",
		sentCall+" "+sentPlan+" "+sentPeskov+" "+sentEnvoy)
	a.B.Article.URL = "https://news.example/zelensky-call"
	a.B.Article.Source = "Example News"
	f.zelensky = a.Actor("Volodymyr Zelensky", graph.Person, "Zelensky", "Zelenskyy")
	f.witkoff = a.Actor("Steve Witkoff", graph.Person, "Witkoff")
	f.peskov = a.Actor("Dmitry Peskov", graph.Person, "Peskov")
	f.kremlin = a.Actor("Kremlin", graph.Organization)
	f.ukraine = a.Actor("Ukraine", graph.Country, "Kyiv")
	f.usa = a.Actor("United States", graph.Country, "U.S.", "Washington")
	f.planQuote = a.Node(graph.KindStatement, "We discussed the peace plan in detail,")
	f.peskovQuote = a.Node(graph.KindStatement, "We are analyzing these materials.")
	f.call = setNode(a, a.Node(graph.KindEvent, "phone conversation of Zelensky and Witkoff"), "call", "2025-12-25")
	f.plan = setNode(a, a.Node(graph.KindObject, "the peace plan"), "plan", "")
	f.consult = a.Edge(f.zelensky, graph.Consult, f.witkoff, sentCall, "held a phone conversation with")
	a.Edge(f.zelensky, graph.Role, f.ukraine, sentCall, "Ukrainian President")
	a.Edge(f.peskov, graph.Role, f.kremlin, sentPeskov, "Kremlin spokesman")
	a.Edge(f.witkoff, graph.Role, f.usa, sentEnvoy, "special envoy of")
	a.Edge(f.zelensky, graph.Stated, f.planQuote, sentPlan, "said")
	a.Edge(f.peskov, graph.Stated, f.peskovQuote, sentPeskov, "told reporters")
	a.Edge(f.planQuote, graph.About, f.plan, sentPlan, "discussed")
	a.Edge(f.zelensky, graph.ParticipatedIn, f.call, sentCall, "held a phone conversation with")
	a.Edge(f.witkoff, graph.ParticipatedIn, f.call, sentCall, "held a phone conversation with")
	a.Edge(a.ID(), graph.Mentions, f.zelensky, sentCall, "")

	b := graphtest.NewBuilder(t, "Zelensky rules out giving up land", "2025-12-28",
		sentLand+" "+sentAgain+" "+sentAccuse)
	b.B.Article.URL = "https://news.example/zelensky-land"
	b.B.Article.Source = "Example News"
	b.Actor("Volodymyr Zelensky", graph.Person, "Zelensky")
	b.Actor("Steve Witkoff", graph.Person)
	b.Actor("Dmitry Peskov", graph.Person)
	b.Actor("Ukraine", graph.Country, "Kyiv")
	f.landQuote = b.Node(graph.KindStatement, "Ukraine will not give up its land.")
	b.Edge(f.zelensky, graph.Stated, f.landQuote, sentLand, "said")
	b.Edge(f.landQuote, graph.About, f.ukraine, sentLand, "")
	b.Edge(f.witkoff, graph.Consult, f.zelensky, sentAgain, "spoke with")
	b.Edge(f.peskov, graph.Accuse, f.ukraine, sentAccuse, "accused")

	c := graphtest.NewBuilder(t, "Trump praises Zelensky; Washington sanctions Russian oil", "2026-01-05",
		sentTrump+" "+sentAid+" "+sentSanctio)
	c.B.Article.URL = "https://news.example/trump-praise"
	c.B.Article.Source = "Other Wire"
	f.trump = c.Actor("Donald Trump", graph.Person, "Trump")
	c.Actor("Volodymyr Zelensky", graph.Person)
	c.Actor("United States", graph.Country, "Washington")
	c.Actor("Ukraine", graph.Country)
	f.russia = c.Actor("Russia", graph.Country)
	c.Edge(f.trump, graph.Support, f.zelensky, sentTrump, "praised")
	c.Edge(f.usa, graph.Aid, f.ukraine, sentAid, "pledged new air defence aid to")
	c.Edge(f.usa, graph.Sanction, f.russia, sentSanctio, "announced sanctions against")

	for _, bb := range []*graphtest.Builder{a, b, c} {
		res, err := db.Ingest(context.Background(), bb.B)
		if err != nil {
			t.Fatalf("ingest %s: %v", bb, err)
		}
		if len(res.Resolved) > 0 {
			t.Fatalf("ingest %s: actors were merged into others (%v); the fixture's IDs assume none are", bb, res.Resolved)
		}
		f.articles = append(f.articles, res.Article)
	}
	return f
}

// setNode gives the last node added to a its type and date, and returns
// its ID.
func setNode(a *graphtest.Builder, id graph.ID, typ, date string) graph.ID {
	n := &a.B.Nodes[len(a.B.Nodes)-1]
	if n.ID != id {
		panic(fmt.Sprintf("setNode: last node is %s, not %s", n.ID, id))
	}
	n.Type, n.Date = typ, date
	return id
}
