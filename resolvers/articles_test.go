package resolvers_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/resolvers"
	"github.com/newsgraph/newsgraph/seeds"
	"github.com/newsgraph/newsgraph/store"
)

// seeded is a store holding the embedded seed articles as the extractor
// reads them, behind the API on a real port, with a reader that counts
// the store calls.
type seeded struct {
	db  *store.DB
	c   *countingReader
	srv *httptest.Server
}

func newSeeded(t *testing.T) *seeded {
	t.Helper()
	db, err := store.Open(t.TempDir(), store.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	p := &ingest.Pipeline{Extractor: extract.New(extract.Options{}), Store: db}
	for _, a := range seeds.Articles() {
		if _, err := p.IngestArticle(t.Context(), a); err != nil {
			t.Fatalf("ingest seed %s: %v", a.Origin, err)
		}
	}
	c := &countingReader{r: db, n: map[string]int{}}
	mux := http.NewServeMux()
	mux.Handle("/graphql", resolvers.NewHandler(c, resolvers.Options{}))
	return &seeded{db: db, c: c, srv: newServer(t, mux)}
}

// stored lists, straight from the store, the IDs of the nodes of kind k
// that keep satisfies, sorted.
func stored(t *testing.T, db *store.DB, k graph.NodeKind, keep func(graph.Node) bool) []string {
	t.Helper()
	var ids []string
	err := db.ScanNodes(context.Background(), k, "", func(n graph.Node) error {
		if keep(n) {
			ids = append(ids, string(n.ID))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(ids)
	return ids
}

// mentioned lists, straight from the store, the IDs of the nodes of
// kind k the article mentions, sorted.
func mentioned(t *testing.T, db *store.DB, article graph.ID, k graph.NodeKind) []string {
	t.Helper()
	var ids []string
	err := db.ScanEdges(context.Background(), "", func(e graph.Edge) error {
		if e.Class == graph.Mentions && e.Source == article && graph.KindOfID(e.Target) == k {
			ids = append(ids, string(e.Target))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(ids)
	return ids
}

func TestArticleListsWhatWasReadFromIt(t *testing.T) {
	s := newSeeded(t)
	const q = `{ articles(first: 10) { totalCount edges { node { id title
		statements(first: 100) { totalCount edges { node { id article { id } } } }
		events(first: 100) { totalCount edges { node { id } } }
		actors(first: 100) { totalCount edges { node { id } } }
		objects(first: 100) { totalCount edges { node { id } } }
	} } } }`
	type ids struct {
		TotalCount int
		Edges      []struct{ Node struct{ ID string } }
	}
	var data struct {
		Articles struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					ID, Title                        string
					Statements, Events, Actors, Objs ids
					Objects                          ids
				}
			}
		}
	}
	s.c.reset()
	mustData(t, s.srv, q, nil, &data)
	calls := s.c.reset()
	if data.Articles.TotalCount != len(seeds.Articles()) {
		t.Fatalf("%d articles, want the %d seeds", data.Articles.TotalCount, len(seeds.Articles()))
	}
	list := func(c ids) []string {
		var out []string
		for _, e := range c.Edges {
			out = append(out, e.Node.ID)
		}
		if c.TotalCount != len(out) {
			t.Errorf("totalCount %d for %d items", c.TotalCount, len(out))
		}
		return out
	}
	var statements, actors int
	for _, e := range data.Articles.Edges {
		a := e.Node
		id := graph.ID(a.ID)
		checks := []struct {
			field string
			got   []string
			want  []string
		}{
			{"statements", list(a.Statements), stored(t, s.db, graph.KindStatement, func(n graph.Node) bool { return n.Article == id })},
			// Events that did not happen (attrs.modality negated,
			// demanded or hypothetical) are no facts and not listed.
			{"events", list(a.Events), stored(t, s.db, graph.KindEvent, func(n graph.Node) bool {
				m := n.Attrs["modality"]
				return n.Article == id && (m == "" || m == "planned")
			})},
			{"actors", list(a.Actors), mentioned(t, s.db, id, graph.KindActor)},
			{"objects", list(a.Objects), objectsOf(t, s.db, id)},
		}
		for _, c := range checks {
			if !slices.Equal(c.got, c.want) {
				t.Errorf("%q: %s %q, want %q", a.Title, c.field, c.got, c.want)
			}
		}
		statements += len(checks[0].got)
		actors += len(checks[2].got)
	}
	if statements == 0 || actors == 0 {
		t.Errorf("the seeds gave %d statements and %d actors through their articles, want some of each", statements, actors)
	}
	// Batched: a handful of store calls for every article's four lists,
	// not one or more per article.
	total := 0
	for _, n := range calls {
		total += n
	}
	if total > 12 || calls["Node"] != 0 || calls["Adjacent"] != 0 {
		t.Errorf("%d store calls %v for the lists of %d articles, want a few batched ones", total, calls, len(data.Articles.Edges))
	}
}

func TestArticleActorsPageThroughOnce(t *testing.T) {
	s := newSeeded(t)
	id := seedWithMostActors(t, s.db)
	const q = `query($id: ID!, $after: String) { node(id: $id) { ... on Article {
		actors(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } } }`
	var got []string
	var after any
	for pages := 0; ; pages++ {
		var data struct {
			Node struct {
				Actors struct {
					TotalCount int
					PageInfo   struct {
						HasNextPage bool
						EndCursor   string
					}
					Edges []struct{ Node struct{ ID string } }
				}
			}
		}
		mustData(t, s.srv, q, map[string]any{"id": id, "after": after}, &data)
		for _, e := range data.Node.Actors.Edges {
			got = append(got, e.Node.ID)
		}
		if !data.Node.Actors.PageInfo.HasNextPage {
			break
		}
		if pages > 50 {
			t.Fatal("no end of pages")
		}
		after = data.Node.Actors.PageInfo.EndCursor
	}
	if want := mentioned(t, s.db, id, graph.KindActor); !slices.Equal(got, want) || len(want) < 3 {
		t.Errorf("paged actors %q, want %q (at least 3)", got, want)
	}
}

// objectsOf lists, straight from the store, the objects of an article:
// those it mentions and the values it revised them to, sorted.
func objectsOf(t *testing.T, db *store.DB, article graph.ID) []string {
	t.Helper()
	ids := mentioned(t, db, article, graph.KindObject)
	err := db.ScanEdges(context.Background(), "", func(e graph.Edge) error {
		if e.Class == graph.RevisedTo && slices.Contains(ids, string(e.Source)) && !slices.Contains(ids, string(e.Target)) &&
			slices.ContainsFunc(e.Evidence, func(ev graph.Evidence) bool { return ev.Article == article }) {
			ids = append(ids, string(e.Target))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(ids)
	return ids
}

// seedWithMostActors is the seed article that mentions most actors.
func seedWithMostActors(t *testing.T, db *store.DB) graph.ID {
	t.Helper()
	var best graph.ID
	n := -1
	for _, a := range stored(t, db, graph.KindArticle, func(graph.Node) bool { return true }) {
		if m := len(mentioned(t, db, graph.ID(a), graph.KindActor)); m > n {
			best, n = graph.ID(a), m
		}
	}
	return best
}

func TestObjectsList(t *testing.T) {
	s := newSeeded(t)
	all := stored(t, s.db, graph.KindObject, func(graph.Node) bool { return true })
	if len(all) < 2 {
		t.Fatalf("the seeds hold %d objects, want a few to list", len(all))
	}
	var first graph.Node
	if err := s.db.ScanNodes(t.Context(), graph.KindObject, "", func(n graph.Node) error { first = n; return graph.ErrStop }); err != nil {
		t.Fatal(err)
	}
	const q = `query($f: ObjectFilter, $o: ObjectOrder, $first: Int, $after: String) {
		objects(filter: $f, orderBy: $o, first: $first, after: $after) {
			totalCount pageInfo { hasNextPage endCursor } edges { node { id name objectType article { id } } } } }`
	type page struct {
		Objects struct {
			TotalCount int
			PageInfo   struct {
				HasNextPage bool
				EndCursor   string
			}
			Edges []struct {
				Node struct {
					ID, Name, ObjectType string
					Article              struct{ ID string }
				}
			}
		}
	}
	ids := func(p page) []string {
		var out []string
		for _, e := range p.Objects.Edges {
			out = append(out, e.Node.ID)
		}
		return out
	}
	t.Run("every object, in ID order", func(t *testing.T) {
		var p page
		mustData(t, s.srv, q, map[string]any{"first": 500}, &p)
		if got := ids(p); !slices.Equal(got, all) || p.Objects.TotalCount != len(all) {
			t.Errorf("objects %q (total %d), want %q", got, p.Objects.TotalCount, all)
		}
	})
	t.Run("pages of one", func(t *testing.T) {
		var got []string
		var after any
		for range len(all) + 1 {
			var p page
			mustData(t, s.srv, q, map[string]any{"first": 1, "after": after}, &p)
			got = append(got, ids(p)...)
			if !p.Objects.PageInfo.HasNextPage {
				break
			}
			after = p.Objects.PageInfo.EndCursor
		}
		if !slices.Equal(got, all) {
			t.Errorf("paged %q, want %q", got, all)
		}
	})
	t.Run("by name, descending", func(t *testing.T) {
		var p page
		mustData(t, s.srv, q, map[string]any{"first": 500, "o": map[string]any{"field": "NAME", "direction": "DESC"}}, &p)
		var names []string
		for _, e := range p.Objects.Edges {
			names = append(names, graph.Fold(e.Node.Name))
		}
		if len(names) != len(all) || !slices.IsSortedFunc(names, func(a, b string) int { return -compare(a, b) }) {
			t.Errorf("names %q, want all %d sorted Z to A", names, len(all))
		}
	})
	t.Run("filtered by name, type and article", func(t *testing.T) {
		var p page
		f := map[string]any{"name": first.Label, "objectType": first.Type, "article": first.Article}
		mustData(t, s.srv, q, map[string]any{"f": f}, &p)
		if got := ids(p); !slices.Contains(got, string(first.ID)) {
			t.Errorf("filter %v gave %q, want %s among them", f, got, first.ID)
		}
		for _, e := range p.Objects.Edges {
			if graph.Fold(e.Node.ObjectType) != graph.Fold(first.Type) {
				t.Errorf("filter on type %q gave %q", first.Type, e.Node.ObjectType)
			}
		}
	})
	t.Run("filtered by a period with no articles", func(t *testing.T) {
		var p page
		mustData(t, s.srv, q, map[string]any{"f": map[string]any{"since": "1990-01-01", "until": "1990-12-31"}}, &p)
		if p.Objects.TotalCount != 0 {
			t.Errorf("objects of 1990: %q, want none", ids(p))
		}
	})
	t.Run("bad filters are refused", func(t *testing.T) {
		failing(t, s.srv, q, map[string]any{"f": map[string]any{"article": "nonsense"}}, "INVALID_ARGUMENT", "filter.article")
		failing(t, s.srv, q, map[string]any{"f": map[string]any{"since": "soon"}}, "INVALID_ARGUMENT", "soon")
	})
}

func compare(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func TestEventsFilterByArticle(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	const q = `query($a: ID!) { events(filter: {article: $a}) { totalCount edges { node { id } } } }`
	for _, a := range f.articles {
		data := query(t, srv, q, map[string]any{"a": a})
		got := pluck(data, "events.edges.*.node.id")
		want := stored(t, f.db, graph.KindEvent, func(n graph.Node) bool { return n.Article == a })
		if !slices.Equal(got, want) {
			t.Errorf("events of %s: %q, want %q", a, got, want)
		}
	}
	if got := pluck(query(t, srv, q, map[string]any{"a": f.articles[0]}), "events.totalCount"); !slices.Equal(got, []string{"1"}) {
		t.Errorf("events of the first article: total %q, want 1 (the call)", got)
	}
}
