package resolvers_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers"
	"github.com/newsgraph/newsgraph/store"
)

func TestSearchFindsZelenskyByTypoAndCyrillic(t *testing.T) {
	s := newSeeded(t)
	const q = `query($q: String!) { searchResults(query: $q, kinds: [ACTOR], first: 3) {
		total hits { score node { ... on Actor { name } } } } }`
	for _, spelling := range []string{"Zelenksy", "Зеленский", "zelenskiy", "ZELENSKYY"} {
		data := query(t, s.srv, q, map[string]any{"q": spelling})
		names := pluck(data, "searchResults.hits.*.node.name")
		if len(names) == 0 || !strings.Contains(names[0], "Zelensk") {
			t.Errorf("%q found %q first, want Zelensky", spelling, names)
		}
	}
}

func TestSearchResultsCountEveryKind(t *testing.T) {
	s := newSeeded(t)
	const q = `query($q: String!, $first: Int, $per: Int) { searchResults(query: $q, first: $first, firstPerKind: $per) {
		total counts { kind count } hits { score prominence node { __typename } } } }`
	data := query(t, s.srv, q, map[string]any{"q": "Zelensky", "first": 500})
	kinds := pluck(data, "searchResults.counts.*.kind")
	counts := pluck(data, "searchResults.counts.*.count")
	if strings.Join(kinds, " ") != "ACTOR STATEMENT EVENT OBJECT ARTICLE" {
		t.Fatalf("counts of kinds %q, want every kind", kinds)
	}
	byType := map[string]int{}
	for _, typ := range pluck(data, "searchResults.hits.*.node.__typename") {
		byType[strings.ToUpper(typ)]++
	}
	total := 0
	for i, k := range kinds {
		if fmt.Sprint(byType[k]) != counts[i] {
			t.Errorf("%s: count %s, %d hits of that kind", k, counts[i], byType[k])
		}
		var n int
		fmt.Sscan(counts[i], &n)
		total += n
	}
	if got := pluck(data, "searchResults.total"); fmt.Sprint(total) != got[0] || total < 3 {
		t.Errorf("total %s, counts sum to %d (want a few kinds found)", got[0], total)
	}
	// Pages: firstPerKind caps each kind, counts stay whole.
	data = query(t, s.srv, q, map[string]any{"q": "Zelensky", "first": 500, "per": 1})
	seen := map[string]int{}
	for _, typ := range pluck(data, "searchResults.hits.*.node.__typename") {
		if seen[typ]++; seen[typ] > 1 {
			t.Errorf("firstPerKind 1 gave %d hits of %s", seen[typ], typ)
		}
	}
	if got := pluck(data, "searchResults.counts.*.count"); strings.Join(got, " ") != strings.Join(counts, " ") {
		t.Errorf("counts with firstPerKind %q, without %q; want the same", got, counts)
	}
}

func TestSearchRanksTheHubFirstAmongEqualMatches(t *testing.T) {
	db, err := store.Open(t.TempDir(), store.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	// The hub is the Griffin whose ID sorts last, so that the order by ID
	// alone would put the minor one first.
	hubName, minorName := "Brian Griffin", "Emily Griffin"
	if graph.ActorID(hubName) < graph.ActorID(minorName) {
		hubName, minorName = minorName, hubName
	}
	var text strings.Builder
	for i := range 6 {
		fmt.Fprintf(&text, "%s met Envoy%02d Example. ", hubName, i)
	}
	fmt.Fprintf(&text, "%s met Envoy99 Example.", minorName)
	a := article(t, "Griffins", "2025-11-01", text.String())
	hub, minor := a.actor(hubName, graph.Person), a.actor(minorName, graph.Person)
	for i := range 6 {
		s := fmt.Sprintf("%s met Envoy%02d Example.", hubName, i)
		a.edge(hub, graph.Consult, a.actor(fmt.Sprintf("Envoy%02d Example", i), graph.Person), "met", s)
	}
	a.edge(minor, graph.Consult, a.actor("Envoy99 Example", graph.Person), "met", fmt.Sprintf("%s met Envoy99 Example.", minorName))
	if _, err := db.Ingest(t.Context(), &a.b); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/graphql", resolvers.NewHandler(db, resolvers.Options{}))
	srv := newServer(t, mux)
	for _, q := range []string{
		`{ search(query: "Griffin", kinds: [ACTOR], first: 1) { score prominence node { ... on Actor { name } } } }`,
		`{ searchResults(query: "Griffin", kinds: [ACTOR], first: 1) { hits { score prominence node { ... on Actor { name } } } } }`,
	} {
		data := query(t, srv, q, nil)
		path := "search.*.node.name"
		if strings.Contains(q, "searchResults") {
			path = "searchResults.hits.*.node.name"
		}
		if got := pluck(data, path); len(got) != 1 || got[0] != hubName {
			t.Errorf("%s\nfirst hit %q, want the hub %q", q, got, hubName)
		}
		if p := pluck(data, strings.Replace(path, "node.name", "prominence", 1)); len(p) != 1 || p[0] != "6" {
			t.Errorf("prominence %q, want 6 (the hub's relations)", p)
		}
	}
}
