package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestKeptPersonsStayTheSame extracts every article of the seeds, the
// test articles, the held-out stories and the Wikinews texts with
// personsIn checking each list it keeps for the role rules against the
// list made afresh: it panics when one differs (a rule changed a
// mention while the rules ran, and keeping the lists would change what
// the later rules read).
func TestKeptPersonsStayTheSame(t *testing.T) {
	var files []string
	pats := []string{"../seeds/*.txt", "testdata/articles/*.txt", "../testdata/heldout/*.txt"}
	if eval := os.Getenv("NEWSGRAPH_EVAL"); eval != "" {
		pats = append(pats, filepath.Join(eval, "wikinews", "*.txt"), filepath.Join(eval, "polnear-dev", "text", "*.txt"))
	}
	for _, pat := range pats {
		f, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f...)
	}
	if len(files) < 40 {
		t.Fatalf("%d articles; expected more", len(files))
	}
	if testing.Short() {
		files = files[:10]
	}
	x := New(Options{})
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := graph.Article{Text: string(text), Origin: f}
		x.run(&doc{checkPersons: true}, a)
	}
}
