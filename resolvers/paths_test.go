package resolvers_test

import (
	"net/http"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers"
	"github.com/newsgraph/newsgraph/store"
)

// The path graph: one article names Peskov and Zelensky (two MENTIONS
// apart); interactions link them in three relations, the last one,
// "Zelensky accused the Kremlin", walked backwards from the Kremlin.
const (
	pathSentTalk   = `Peskov held talks with Ushakov.`
	pathSentRole   = `Ushakov is an aide at the Kremlin.`
	pathSentAccuse = `Zelensky accused the Kremlin of stalling.`
	pathText       = pathSentTalk + " " + pathSentRole + " " + pathSentAccuse
)

type pathGraph struct {
	article, peskov, ushakov, kremlin, zelensky graph.ID
}

func newPathGraph(t *testing.T) (*pathGraph, func(q string, vars map[string]any) map[string]any, func(q string, vars map[string]any, code, msg string)) {
	t.Helper()
	db, err := store.Open(t.TempDir(), store.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	a := article(t, "Talks and accusations", "2025-12-20", pathText)
	g := &pathGraph{article: a.b.Article.ID}
	g.peskov = a.actor("Dmitry Peskov", graph.Person)
	g.ushakov = a.actor("Yuri Ushakov", graph.Person)
	g.kremlin = a.actor("Kremlin", graph.Organization)
	g.zelensky = a.actor("Volodymyr Zelensky", graph.Person)
	a.edge(g.article, graph.Mentions, g.peskov, "", pathSentTalk)
	a.edge(g.article, graph.Mentions, g.zelensky, "", pathSentAccuse)
	a.edge(g.peskov, graph.Consult, g.ushakov, "held talks with", pathSentTalk)
	a.edge(g.ushakov, graph.Role, g.kremlin, "aide at", pathSentRole)
	a.edge(g.zelensky, graph.Accuse, g.kremlin, "accused", pathSentAccuse)
	if _, err := db.Ingest(t.Context(), &a.b); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/graphql", resolvers.NewHandler(db, resolvers.Options{}))
	srv := newServer(t, mux)
	return g, func(q string, vars map[string]any) map[string]any { return query(t, srv, q, vars) },
		func(q string, vars map[string]any, code, msg string) { failing(t, srv, q, vars, code, msg) }
}

const pathFields = `length nodes { id } edges { id class }
	steps { from to forward directed relation { id class source target } }`

func TestShortestPathFollowsInteractionsNotArticles(t *testing.T) {
	g, run, _ := newPathGraph(t)
	const q = `query($from: ID!, $to: ID!, $via: Boolean, $classes: [EdgeClass!]) {
		shortestPath(from: $from, to: $to, viaArticles: $via, classes: $classes) { ` + pathFields + ` } }`
	tests := []struct {
		name string
		vars map[string]any
		want []graph.ID
	}{
		{"by default, through the interactions", map[string]any{}, []graph.ID{g.peskov, g.ushakov, g.kremlin, g.zelensky}},
		{"through the article when asked", map[string]any{"via": true}, []graph.ID{g.peskov, g.article, g.zelensky}},
		{"through the article by its class", map[string]any{"classes": []string{"MENTIONS"}}, []graph.ID{g.peskov, g.article, g.zelensky}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.vars["from"], tt.vars["to"] = g.peskov, g.zelensky
			data := run(q, tt.vars)
			if got := pluck(data, "shortestPath.nodes.*.id"); !slices.Equal(got, ids(tt.want...)) {
				t.Errorf("path %q, want %q", got, ids(tt.want...))
			}
			checkSteps(t, pluck(data, "shortestPath.nodes.*.id"), data["shortestPath"])
		})
	}
	// The steps of the default path: the talks are symmetric, the role
	// is walked as stored, the accusation backwards (Zelensky accused the
	// Kremlin, the path goes from the Kremlin to Zelensky).
	data := run(q, map[string]any{"from": g.peskov, "to": g.zelensky})
	if got, want := pluck(data, "shortestPath.steps.*.forward"), []string{"true", "true", "false"}; !slices.Equal(got, want) {
		t.Errorf("forward %q, want %q", got, want)
	}
	if got, want := pluck(data, "shortestPath.steps.*.directed"), []string{"false", "true", "true"}; !slices.Equal(got, want) {
		t.Errorf("directed %q, want %q", got, want)
	}
	if got := pluck(data, "shortestPath.steps.*.relation.source"); len(got) != 3 || got[2] != string(g.zelensky) {
		t.Errorf("sources %q, want the accusation's to be Zelensky %q", got, g.zelensky)
	}
}

func TestShortestPathsListsTheKShortest(t *testing.T) {
	g, run, fail := newPathGraph(t)
	const q = `query($from: ID!, $to: ID!, $k: Int, $via: Boolean) {
		shortestPaths(from: $from, to: $to, k: $k, viaArticles: $via) { ` + pathFields + ` } }`
	data := run(q, map[string]any{"from": g.peskov, "to": g.zelensky, "k": 5, "via": true})
	paths, _ := data["shortestPaths"].([]any)
	if len(paths) != 2 {
		t.Fatalf("%d paths, want the article's and the interactions': %v", len(paths), data)
	}
	want := [][]graph.ID{{g.peskov, g.article, g.zelensky}, {g.peskov, g.ushakov, g.kremlin, g.zelensky}}
	for i, p := range paths {
		nodes := pluck(p, "nodes.*.id")
		if !slices.Equal(nodes, ids(want[i]...)) {
			t.Errorf("path %d: %q, want %q", i, nodes, ids(want[i]...))
		}
		checkSteps(t, nodes, p)
	}
	// Without articles there is one path; k bounds the list.
	data = run(q, map[string]any{"from": g.peskov, "to": g.zelensky})
	if got := pluck(data, "shortestPaths.*.length"); !slices.Equal(got, []string{"3"}) {
		t.Errorf("lengths without articles %q, want [3]", got)
	}
	data = run(q, map[string]any{"from": g.peskov, "to": g.zelensky, "k": 1, "via": true})
	if got := pluck(data, "shortestPaths.*.length"); !slices.Equal(got, []string{"2"}) {
		t.Errorf("lengths with k 1 %q, want [2]", got)
	}
	fail(q, map[string]any{"from": g.peskov, "to": g.zelensky, "k": 11}, "INVALID_ARGUMENT", "k must be between 1 and 10")
	fail(q, map[string]any{"from": g.peskov, "to": g.zelensky, "k": 0}, "INVALID_ARGUMENT", "k must be between 1 and 10")
}

// checkSteps checks that each step of a path (decoded JSON) leads from
// one node to the next and that forward agrees with the relation's
// stored source and target.
func checkSteps(t *testing.T, nodes []string, path any) {
	t.Helper()
	from, to := pluck(path, "steps.*.from"), pluck(path, "steps.*.to")
	fwd := pluck(path, "steps.*.forward")
	src, dst := pluck(path, "steps.*.relation.source"), pluck(path, "steps.*.relation.target")
	if len(from) != len(nodes)-1 {
		t.Fatalf("%d steps for %d nodes", len(from), len(nodes))
	}
	for i := range from {
		if from[i] != nodes[i] || to[i] != nodes[i+1] {
			t.Errorf("step %d leads %s→%s, want %s→%s", i, from[i], to[i], nodes[i], nodes[i+1])
		}
		forward := src[i] == from[i] && dst[i] == to[i]
		backward := src[i] == to[i] && dst[i] == from[i]
		if !forward && !backward || (fwd[i] == "true") != forward {
			t.Errorf("step %d %s→%s: relation %s→%s, forward %s", i, from[i], to[i], src[i], dst[i], fwd[i])
		}
	}
}
