package corpus_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

func TestArticlesAreDeterministicForASeed(t *testing.T) {
	a, b := corpus.New(corpus.Options{Seed: 7}), corpus.New(corpus.Options{Seed: 7})
	// Article i depends on the seed and i alone, not on call order:
	// a goes forwards, b backwards.
	var forwards [][]byte
	for i := range 100 {
		forwards = append(forwards, a.Article(i).File())
	}
	for i := 99; i >= 0; i-- {
		if !bytes.Equal(forwards[i], b.Article(i).File()) {
			t.Fatalf("article %d differs between two generators of seed 7 called in different orders", i)
		}
	}
	for i := range 100 {
		if !bytes.Equal(a.Article(i).File(), b.Article(i).File()) {
			t.Fatalf("article %d differs between two generators of seed 7", i)
		}
	}
	c := corpus.New(corpus.Options{Seed: 8})
	same := 0
	for i := range 20 {
		if bytes.Equal(a.Article(i).File(), c.Article(i).File()) {
			same++
		}
	}
	if same > 0 {
		t.Errorf("%d of 20 articles are the same for seeds 7 and 8", same)
	}
	if x, y := a.Article(1).Body, a.Article(2).Body; x == y {
		t.Errorf("articles 1 and 2 are the same")
	}
}

func TestPopulation(t *testing.T) {
	g := corpus.New(corpus.Options{Seed: 1})
	count := map[graph.ActorType]int{}
	names := map[string]string{}
	for _, a := range g.Actors() {
		count[a.Type]++
		key := graph.Fold(a.Name)
		if prev, dup := names[key]; dup {
			t.Errorf("%q and %q fold alike", prev, a.Name)
		}
		names[key] = a.Name
		for _, v := range a.Variants {
			if graph.Fold(v) != graph.Fold(a.Last) {
				t.Errorf("%s: variant %q does not fold like %q", a.Name, v, a.Last)
			}
		}
		if a.Type == graph.Person && (a.Title == "" || a.First == "" || a.Last == "" || a.Affiliation < 0) {
			t.Errorf("person %+v lacks a name part, title or affiliation", a)
		}
	}
	if count[graph.Person] != 6000 || count[graph.Organization] < 700 || count[graph.Country] < 50 {
		t.Errorf("population %v; want 6000 people, at least 700 organisations and 50 countries", count)
	}
	withVariants := 0
	for _, a := range g.Actors() {
		if len(a.Variants) > 0 {
			withVariants++
		}
	}
	if withVariants < 100 {
		t.Errorf("%d people have transliteration variants; want at least 100", withVariants)
	}
	hubs := g.Hubs(3)
	if len(hubs) != 3 || hubs[0].Rank != 0 || hubs[2].Rank != 2 {
		t.Errorf("Hubs(3) = %+v", hubs)
	}
}

func TestMentionsAreSkewed(t *testing.T) {
	g := corpus.New(corpus.Options{Seed: 3})
	const n = 2000
	articles := map[string]int{}
	for i := range n {
		for _, name := range g.Article(i).Actors {
			articles[name]++
		}
	}
	hub := g.Hubs(1)[0].Name
	people := 0
	for _, a := range g.Actors() {
		if a.Type == graph.Person && articles[a.Name] > 0 {
			people++
		}
	}
	t.Logf("hub %s in %d of %d articles; %d distinct people named", hub, articles[hub], n, people)
	if articles[hub] < n/20 {
		t.Errorf("the hub %s is in %d of %d articles; want at least 5%%", hub, articles[hub], n)
	}
	if people < 1500 {
		t.Errorf("%d distinct people in %d articles; want a long tail of at least 1500", people, n)
	}
}

// TestExtractorFindsWhatWasPlanted runs the real extractor over a sample
// and checks that it finds most planted actors, actor-to-actor relations
// and quotations with their speakers.
func TestExtractorFindsWhatWasPlanted(t *testing.T) {
	g := corpus.New(corpus.Options{Seed: 11})
	x := extract.New(extract.Options{})
	var actors, actorsFound, rels, relsFound, quotes, quotesFound, actorEdges, size int
	for i := range 150 {
		a := g.Article(i)
		size += len(a.Body)
		b, err := x.Extract(graph.Article{Title: a.Title, Published: a.Date, Text: a.Body})
		if err != nil {
			t.Fatalf("article %d: %v", i, err)
		}
		// Extracted actors by every folded name they go by.
		byName := map[string]graph.ID{}
		label := map[graph.ID]string{}
		for _, n := range b.Nodes {
			label[n.ID] = n.Label
			if n.Kind != graph.KindActor {
				continue
			}
			for _, name := range append([]string{n.Label}, n.Aliases...) {
				byName[graph.Fold(name)] = n.ID
			}
		}
		for _, name := range a.Actors {
			actors++
			if _, ok := byName[graph.Fold(name)]; ok {
				actorsFound++
			}
		}
		type key struct {
			s graph.ID
			c graph.EdgeClass
			t graph.ID
		}
		edges := map[key]bool{}
		stated := map[string]graph.ID{} // statement text -> speaker
		for _, e := range b.Edges {
			edges[key{e.Source, e.Class, e.Target}] = true
			if e.Class.BetweenActors() {
				actorEdges++
			}
			if e.Class == graph.Stated {
				for _, n := range b.Nodes {
					if n.ID == e.Target {
						stated[n.Text] = e.Source
					}
				}
			}
		}
		for _, r := range a.Relations {
			rels++
			s, t1 := byName[graph.Fold(r.Source)], byName[graph.Fold(r.Target)]
			if s == "" || t1 == "" {
				continue
			}
			s2, t2 := graph.Orient(s, r.Class, t1)
			if edges[key{s2, r.Class, t2}] {
				relsFound++
			}
		}
		for _, q := range a.Quotes {
			quotes++
			for text, speaker := range stated {
				if strings.Contains(text, q.Text) && speaker == byName[graph.Fold(q.Speaker)] {
					quotesFound++
					break
				}
			}
		}
	}
	share := func(a, b int) float64 { return float64(a) / float64(b) }
	t.Logf("150 articles, %d bytes each on average: actors %d/%d (%.0f%%), relations %d/%d (%.0f%%), quotes %d/%d (%.0f%%), %.1f actor-to-actor edges per article",
		size/150, actorsFound, actors, 100*share(actorsFound, actors), relsFound, rels, 100*share(relsFound, rels),
		quotesFound, quotes, 100*share(quotesFound, quotes), share(actorEdges, 150))
	if share(actorsFound, actors) < 0.9 {
		t.Errorf("the extractor found %d of %d planted actors; want 90%%", actorsFound, actors)
	}
	if share(relsFound, rels) < 0.75 {
		t.Errorf("the extractor found %d of %d planted relations; want 75%%", relsFound, rels)
	}
	if share(quotesFound, quotes) < 0.75 {
		t.Errorf("the extractor found %d of %d planted quotations with their speaker; want 75%%", quotesFound, quotes)
	}
	if share(actorEdges, 150) < 5 {
		t.Errorf("%.1f actor-to-actor edges per article; want at least 5", share(actorEdges, 150))
	}
}

func TestWriteMakesFilesIngestReads(t *testing.T) {
	g := corpus.New(corpus.Options{Seed: 5})
	dir := filepath.Join(t.TempDir(), "corpus")
	st, err := g.Write(context.Background(), dir, 30, 3)
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 30 || len(entries) != 30 {
		t.Fatalf("wrote %d articles, %d files; want 30", st.Articles, len(entries))
	}
	var total int64
	for i, e := range entries {
		want := g.Article(i)
		if e.Name() != want.FileName() {
			t.Fatalf("file %d is %s, want %s", i, e.Name(), want.FileName())
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		total += int64(len(data))
		if !bytes.Equal(data, want.File()) {
			t.Fatalf("%s differs from Article(%d).File()", e.Name(), i)
		}
		ins, err := ingest.ReadFile(filepath.Join(dir, e.Name()), ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(ins) != 1 || ins[0].Article.Title != want.Title || ins[0].Article.Published != want.Date || ins[0].Article.Text != want.Body {
			t.Fatalf("%s reads as %+v; want title %q, date %s and the body", e.Name(), ins[0].Article, want.Title, want.Date)
		}
	}
	if st.Bytes != total {
		t.Errorf("Write reports %d bytes; the files hold %d", st.Bytes, total)
	}
	if _, err := g.Write(context.Background(), dir, -1, 0); err == nil {
		t.Error("Write of -1 articles succeeded")
	}
}
