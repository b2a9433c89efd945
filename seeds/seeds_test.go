package seeds_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/seeds"
)

func TestArticlesAreTheSeedFiles(t *testing.T) {
	files, err := filepath.Glob("*.txt")
	if err != nil {
		t.Fatal(err)
	}
	arts := seeds.Articles()
	if len(files) != 5 || len(arts) != len(files) {
		t.Fatalf("%d articles from %d files, want 5 and 5", len(arts), len(files))
	}
	ids := map[graph.ID]bool{}
	for i, a := range arts {
		if want := "seeds/" + files[i]; a.Origin != want {
			t.Errorf("article %d: Origin = %q, want %q", i, a.Origin, want)
		}
		if a.Title != "" || a.Published != "" || a.URL != "" || a.Source != "" {
			t.Errorf("%s: metadata %q %q %q %q, want it left to the extractor", a.Origin, a.Title, a.Published, a.URL, a.Source)
		}
		raw, err := os.ReadFile(files[i])
		if err != nil {
			t.Fatal(err)
		}
		if a.Text != strings.TrimSpace(string(raw)) || len(a.Text) < 1000 {
			t.Errorf("%s: text (%d bytes) is not the file's (%d bytes)", a.Origin, len(a.Text), len(raw))
		}
		// The ingest reader gives the same text, so the same article ID.
		ins, err := ingest.ReadFile(files[i], ingest.DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		if got := graph.ArticleID(ins[0].Article.Text); got != graph.ArticleID(a.Text) {
			t.Errorf("%s: ingest reads article %s, seeds give %s", a.Origin, got, graph.ArticleID(a.Text))
		}
		ids[graph.ArticleID(a.Text)] = true
	}
	if len(ids) != len(arts) {
		t.Errorf("%d distinct articles among %d seeds", len(ids), len(arts))
	}
	if !strings.Contains(arts[0].Text, "Zelensky") {
		t.Errorf("first seed does not mention Zelensky: %.80q", arts[0].Text)
	}
}

func TestArticlesReturnsFreshSlices(t *testing.T) {
	a := seeds.Articles()
	a[0].Text = "changed"
	if b := seeds.Articles(); b[0].Text == "changed" {
		t.Error("Articles shares its result between calls")
	}
}
