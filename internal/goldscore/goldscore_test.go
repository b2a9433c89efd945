package goldscore_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/goldscore"
)

func TestNorm(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Volodymyr Zelenskyy", "volodymyr zelensky"},
		{"Zelenskiy", "zelensky"},
		{"the Kremlin", "kremlin"},
		{"U.S.", "us"},
		{"Ukraine's", "ukraine"},
		{"Ukraine\u2019s allies", "ukraine allies"},
		{"Gérald Darmanin", "gerald darmanin"},
		{"Andrii", "andri"},
		{"Kharkiv", "harkiv"},
		{"  Council on American - Islamic Relations ", "council on american islamic relations"},
	} {
		if got := goldscore.Norm(tc.in); got != tc.want {
			t.Errorf("Norm(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestWordsLeavesOutStopWords(t *testing.T) {
	got := goldscore.Words("We are analyzing these materials, and the U.S. side")
	for _, w := range []string{"analyzing", "these", "materials", "us", "side"} {
		if !got[w] {
			t.Errorf("Words lacks %q: %v", w, got)
		}
	}
	for _, w := range []string{"we", "are", "and", "the"} {
		if got[w] {
			t.Errorf("Words keeps stop word %q", w)
		}
	}
}

func TestMatcherLabelThenAliases(t *testing.T) {
	m := goldscore.NewMatcher([]goldscore.Actor{
		{Name: "Volodymyr Zelensky", Type: "person", Aliases: []string{"Zelensky"}},
		{Name: "Russia", Type: "country", Aliases: []string{"Moscow"}},
	})
	for _, tc := range []struct {
		node graph.Node
		want string
	}{
		{graph.Node{Label: "Zelenskyy"}, "Volodymyr Zelensky"},
		{graph.Node{Label: "Russian Federation", Aliases: []string{"Moscow"}}, "Russia"},
		{graph.Node{Label: "Kyiv"}, ""},
	} {
		if got := m.Match(tc.node); got != tc.want {
			t.Errorf("Match(%q) = %q, want %q", tc.node.Label, got, tc.want)
		}
	}
}

// gold is a small annotation: two actors, one statement, a symmetric and
// a directed relation.
func gold() *goldscore.Gold {
	return &goldscore.Gold{
		Actors: []goldscore.Actor{
			{Name: "Dmitry Peskov", Type: "person", Aliases: []string{"Peskov"}},
			{Name: "Kremlin", Type: "organization"},
			{Name: "Steve Witkoff", Type: "person"},
		},
		Statements: []goldscore.Statement{{Speaker: "Dmitry Peskov", Quote: "We are analyzing these materials and will continue consultations"}},
		Relations: []goldscore.Relation{
			{S: "Dmitry Peskov", P: "ROLE", O: "Kremlin"},
			{S: "Steve Witkoff", P: "CONSULT", O: "Dmitry Peskov"},
		},
	}
}

func actor(id, label, typ string) graph.Node {
	return graph.Node{ID: graph.ID(id), Kind: graph.KindActor, Label: label, Type: typ}
}

func edge(s string, c graph.EdgeClass, o string, m graph.Modality) graph.Edge {
	return graph.Edge{Source: graph.ID(s), Target: graph.ID(o), Class: c, Evidence: []graph.Evidence{{Modality: m}}}
}

func TestScoreCountsEachPart(t *testing.T) {
	nodes := []graph.Node{
		actor("a1", "Peskov", "person"),
		actor("a2", "Kremlin", "person"), // found, wrongly typed
		actor("a3", "Witkoff", "person"), // not a gold form
		{ID: "s1", Kind: graph.KindStatement, Text: "We are analyzing these materials, and will continue consultations"},
		{ID: "s2", Kind: graph.KindStatement, Text: "We are analyzing these materials and will continue consultations"}, // wrong speaker
	}
	edges := []graph.Edge{
		edge("a1", graph.Stated, "s1", ""),
		edge("a2", graph.Stated, "s2", ""),
		edge("a1", graph.Role, "a2", ""),
		edge("a3", graph.Consult, "a1", ""),            // unmatched end: wrong
		edge("a2", graph.Accuse, "a1", graph.Negated),  // not factual: not counted
		edge("a1", graph.Consult, "a2", graph.Planned), // factual, not gold: wrong
	}
	c := goldscore.Score(gold(), nodes, edges)
	want := goldscore.Counts{
		ActorsGold: 3, ActorNodes: 3, ActorsFound: 2, MatchedNodes: 2, Typed: 1,
		StatementsGold: 1, StatementNodes: 2, StatementsFound: 1, StatementsRight: 1,
		RelationsGold: 2, RelationsSys: 3, RelationsRight: 1,
	}
	if c != want {
		t.Errorf("Score =\n %+v\nwant\n %+v", c, want)
	}
	if f := c.Relations(); f.P != 1.0/3 || f.R != 0.5 {
		t.Errorf("Relations() = %+v, want P 1/3 R 1/2", f)
	}
}

func TestScoreSymmetricClassesIgnoreDirection(t *testing.T) {
	g := gold()
	g.Actors[2].Aliases = []string{"Witkoff"}
	nodes := []graph.Node{actor("a1", "Peskov", "person"), actor("a3", "Witkoff", "person")}
	for _, e := range []graph.Edge{edge("a1", graph.Consult, "a3", ""), edge("a3", graph.Consult, "a1", "")} {
		if c := goldscore.Score(g, nodes, []graph.Edge{e}); c.RelationsRight != 1 {
			t.Errorf("CONSULT %s→%s not matched: %+v", e.Source, e.Target, c)
		}
	}
	// A directed class keeps its direction.
	c := goldscore.Score(g, []graph.Node{actor("a1", "Peskov", "person"), actor("a2", "Kremlin", "organization")},
		[]graph.Edge{edge("a2", graph.Role, "a1", "")})
	if c.RelationsRight != 0 {
		t.Errorf("ROLE Kremlin→Peskov matched the gold Peskov→Kremlin")
	}
}

func TestSplitFindsOneActorInSeveralNodes(t *testing.T) {
	a := &goldscore.Gold{Actors: []goldscore.Actor{{Name: "Kristen Wilkins", Type: "person", Aliases: []string{"Kristin Wilkins"}}}}
	b := &goldscore.Gold{Actors: []goldscore.Actor{{Name: "Russia", Type: "country"}}}
	nodes := []graph.Node{actor("x", "Kristen Wilkins", "person"), actor("y", "Kristin Wilkins", "person"), actor("z", "Russia", "country"), actor("z", "Russia", "country")}
	if got := goldscore.Split([]*goldscore.Gold{a, b}, nodes); strings.Join(got, ",") != "Kristen Wilkins" {
		t.Errorf("Split = %v, want [Kristen Wilkins]", got)
	}
}

func TestLoadNamesTheFileAndTheFault(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ name, body, want string }{
		{"syntax", `{"actors": [`, "syntax.gold.json"},
		{"speaker", `{"actors":[{"name":"A","type":"person"}],"statements":[{"speaker":"B","quote":"x"}]}`, `speaker "B"`},
		{"class", `{"actors":[{"name":"A","type":"person"},{"name":"B","type":"country"}],"relations":[{"s":"A","p":"STATED","o":"B"}]}`, `"STATED"`},
		{"type", `{"actors":[{"name":"A","type":"place"}]}`, `"place"`},
		{"twice", `{"actors":[{"name":"A","type":"person"},{"name":"A","type":"person"}]}`, "twice"},
	} {
		p := filepath.Join(dir, tc.name+".gold.json")
		if err := os.WriteFile(p, []byte(tc.body), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := goldscore.Load(p)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), p) {
			t.Errorf("Load(%s) error = %v, want one naming %s and %s", tc.name, err, p, tc.want)
		}
	}
	if _, err := goldscore.Load(filepath.Join(dir, "absent.gold.json")); err == nil || !strings.Contains(err.Error(), "absent.gold.json") {
		t.Errorf("Load(absent) error = %v", err)
	}
}
