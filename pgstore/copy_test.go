package pgstore_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/pgstore"
	"github.com/newsgraph/newsgraph/store"
)

// copyStore is what graph.Copy writes into.
type copyStore interface {
	graph.EditStore
	graph.ProvenanceReader
	graph.Loader
}

func openBadger(t testing.TB, dir string) *store.DB {
	t.Helper()
	db, err := store.Open(dir, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// fullDump is graphtest.Dump with what corrections read besides.
func fullDump(t testing.TB, s copyStore) string {
	t.Helper()
	ctx := t.Context()
	d, err := graphtest.Dump(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	var arts []graph.ID
	if err := s.ScanNodes(ctx, graph.KindArticle, "", func(n graph.Node) error { arts = append(arts, n.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	named, err := s.ArticleNodes(ctx, arts)
	if err != nil {
		t.Fatal(err)
	}
	// A builder, not +=: a 34,000-article dump is tens of megabytes, and
	// appending to a string copies it whole each time.
	var sb strings.Builder
	sb.WriteString(d)
	for _, a := range arts {
		fmt.Fprintf(&sb, "named %s %v\n", a, named[a])
	}
	err = s.ScanRedirects(ctx, func(from, to graph.ID) error { fmt.Fprintf(&sb, "redirect %s %s\n", from, to); return nil })
	if err != nil {
		t.Fatal(err)
	}
	return sb.String()
}

// failingLoader fails its nth load.
type failingLoader struct {
	copyStore
	n int
}

var errInjected = errors.New("injected failure")

func (f *failingLoader) tick() error {
	if f.n--; f.n == 0 {
		return errInjected
	}
	return nil
}

func (f *failingLoader) LoadNodes(ctx context.Context, nodes []graph.Node, texts map[graph.ID]string, named map[graph.ID][]graph.ID, cp string) error {
	if err := f.tick(); err != nil {
		return err
	}
	return f.copyStore.LoadNodes(ctx, nodes, texts, named, cp)
}

func (f *failingLoader) LoadEdges(ctx context.Context, edges []graph.Edge, cp string) error {
	if err := f.tick(); err != nil {
		return err
	}
	return f.copyStore.LoadEdges(ctx, edges, cp)
}

// TestCopyBothWays copies a graph with corrections from Badger into
// PostgreSQL, interrupted and resumed, and back into a new Badger
// database: all three hold the same, and behave the same under later
// corrections and ingests.
func TestCopyBothWays(t *testing.T) {
	ctx := t.Context()
	src := openBadger(t, filepath.Join(t.TempDir(), "src"))
	graphtest.GenerateGraph(t, src, 7, 300, 1200)
	ids, err := src.Lookup(ctx, "Ann Gensurname001")
	if err != nil || len(ids) != 1 {
		t.Fatalf("Lookup = %v, %v", ids, err)
	}
	other, _ := src.Lookup(ctx, "Ann Gensurname002")
	if _, err := src.MergeActors(ctx, ids[0], other); err != nil {
		t.Fatal(err)
	}
	if _, err := src.AddAlias(ctx, ids[0], "The Hub"); err != nil {
		t.Fatal(err)
	}
	want := fullDump(t, src)

	pg := open(t)
	// The first copy fails on its fourth page, the second resumes.
	_, err = graph.Copy(ctx, src, "src", &failingLoader{pg, 4}, nil)
	if !errors.Is(err, errInjected) {
		t.Fatalf("interrupted Copy: %v, want the injected failure", err)
	}
	if resumed, err := graph.Copy(ctx, src, "src", pg, nil); err != nil || !resumed {
		t.Fatalf("resumed Copy: resumed %v, %v", resumed, err)
	}
	if got := fullDump(t, pg); got != want {
		t.Fatalf("PostgreSQL after the copy differs from Badger:\n%s", firstDiff(want, got))
	}
	if _, err := graph.Copy(ctx, src, "elsewhere", pg, nil); graph.KindOf(err) != graph.Invalid {
		t.Errorf("Copy from another source into a copy: %v, want refused", err)
	}

	back := openBadger(t, filepath.Join(t.TempDir(), "back"))
	if _, err := graph.Copy(ctx, pg, "pg", &failingLoader{back, 2}, nil); !errors.Is(err, errInjected) {
		t.Fatalf("interrupted Copy back: %v", err)
	}
	if _, err := graph.Copy(ctx, pg, "pg", back, nil); err != nil {
		t.Fatal(err)
	}
	if got := fullDump(t, back); got != want {
		t.Fatalf("Badger after the copy back differs:\n%s", firstDiff(want, got))
	}
	graphtest.CheckConsistent(t, back)
	graphtest.CheckConsistent(t, pg)

	// The copies take corrections and ingests as the source does.
	text := "The Hub met Ann Gensurname002 and Bea Newcomer."
	for _, s := range []copyStore{src, pg, back} {
		b := graphtest.NewBuilder(t, "Later", "2026-01-01", text)
		b.Edge(b.Actor("The Hub", graph.Person), graph.Consult, b.Actor("Bea Newcomer", graph.Person), text, "met")
		b.Edge(b.Actor("Ann Gensurname002", graph.Person), graph.Accuse, b.Actor("Bea Newcomer", graph.Person), text, "met")
		if _, err := s.Ingest(ctx, b.B); err != nil {
			t.Fatal(err)
		}
		var first graph.ID
		s.ScanNodes(ctx, graph.KindArticle, "", func(n graph.Node) error { first = n.ID; return graph.ErrStop })
		if err := s.DeleteArticle(ctx, first); err != nil {
			t.Fatal(err)
		}
	}
	want = fullDump(t, src)
	for name, s := range map[string]copyStore{"PostgreSQL": pg, "Badger copy": back} {
		if got := fullDump(t, s); got != want {
			t.Errorf("%s after an ingest and a deletion differs from the source:\n%s", name, firstDiff(want, got))
		}
	}
	var _ *pgstore.DB = pg
}

func firstDiff(a, b string) string {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			lo := max(0, i-300)
			return fmt.Sprintf("at byte %d:\nwant …%s…\n got …%s…", i, a[lo:min(len(a), i+300)], b[lo:min(len(b), i+300)])
		}
	}
	return fmt.Sprintf("lengths %d and %d", len(a), len(b))
}

// TestLoadEdgesReplacesEvidence loads an edge, then the same edge with
// other evidence, beside a new one: the stored edge keeps only the
// second load's evidence, as graph.Loader says, and the new one is
// stored whole.
func TestLoadEdgesReplacesEvidence(t *testing.T) {
	db := open(t)
	ctx := t.Context()
	const text = "Alpha Minister met Beta Envoy. Alpha Minister called Gamma Envoy. Beta Envoy thanked Gamma Envoy."
	b := graphtest.NewBuilder(t, "Calls", "2025-02-01", text)
	alpha, beta, gamma := b.Actor("Alpha Minister", graph.Person), b.Actor("Beta Envoy", graph.Person), b.Actor("Gamma Envoy", graph.Person)
	if err := db.LoadNodes(ctx, append([]graph.Node{b.B.Article}, b.B.Nodes...), map[graph.ID]string{b.ID(): text}, nil, "nodes"); err != nil {
		t.Fatal(err)
	}
	edge := func(src, dst graph.ID, sentence, verb string) graph.Edge {
		src, dst = graph.Orient(src, graph.Consult, dst)
		return graph.Edge{ID: graph.EdgeID(src, graph.Consult, dst), Source: src, Target: dst, Class: graph.Consult, Verb: verb,
			Evidence: []graph.Evidence{b.Evidence(sentence, verb)}}
	}
	first := edge(alpha, beta, "Alpha Minister met Beta Envoy.", "met")
	if err := db.LoadEdges(ctx, []graph.Edge{first}, "edges 1"); err != nil {
		t.Fatal(err)
	}
	again := edge(alpha, beta, "Alpha Minister called Gamma Envoy.", "called")
	other := edge(beta, gamma, "Beta Envoy thanked Gamma Envoy.", "thanked")
	if err := db.LoadEdges(ctx, []graph.Edge{again, other}, "edges 2"); err != nil {
		t.Fatal(err)
	}
	for _, want := range []graph.Edge{again, other} {
		got, err := db.Edge(ctx, want.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Evidence) != 1 || fmt.Sprint(got.Evidence[0]) != fmt.Sprint(want.Evidence[0]) {
			t.Errorf("edge %s has evidence %+v, want only %+v", want.ID, got.Evidence, want.Evidence)
		}
	}
}
