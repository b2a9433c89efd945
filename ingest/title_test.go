package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/ingest"
)

// An article that comes without a title and whose first line is a
// sentence, not a headline, is stored under its first line, and that
// line is still read: the lead's relation is in the graph.
func TestUntitledArticlesAreTitledByTheirFirstLine(t *testing.T) {
	const lead = "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Tuesday."
	dir := t.TempDir()
	files := map[string]string{
		"lead.txt":    lead + "\nThey discussed trade.\n",
		"lead.jsonl":  `{"text":"` + strings.Replace(lead, "Tuesday", "Wednesday", 1) + `\nThey discussed oil."}` + "\n",
		"header.txt":  "Title: Ruto in Kampala\n\n" + strings.Replace(lead, "Tuesday", "Thursday", 1) + "\n",
		"heading.txt": "Ruto visits Kampala\n\n" + strings.Replace(lead, "Tuesday", "Friday", 1) + "\n",
	}
	want := map[string]string{
		"lead.txt":    lead,
		"lead.jsonl":  strings.Replace(lead, "Tuesday", "Wednesday", 1),
		"header.txt":  "Ruto in Kampala",
		"heading.txt": "Ruto visits Kampala",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := openDB(t)
	rep, err := newPipeline(db, 0).IngestPaths(context.Background(), []string{dir}, nil)
	if err != nil || rep.Ingested != len(files) {
		t.Fatalf("%s, %v; want %d ingested", rep.Summary(), err, len(files))
	}
	for _, r := range rep.Results {
		name := filepath.Base(strings.SplitN(r.Origin, ":", 2)[0])
		n, err := db.Node(context.Background(), r.Ingest.Article)
		if err != nil {
			t.Fatal(err)
		}
		if n.Label != want[name] {
			t.Errorf("%s: title %q, want %q", name, n.Label, want[name])
		}
		if r.Ingest.EdgesCreated == 0 {
			t.Errorf("%s: no edge read from the lead sentence", name)
		}
	}
}

func TestTitleFromText(t *testing.T) {
	long := strings.Repeat("word ", 40)
	for _, tt := range []struct{ text, want string }{
		{"\n\n  First line here. \nSecond.", "First line here."},
		{"", ""},
		{" \n\t\n", ""},
		{long, string([]rune(strings.TrimSpace(long))[:ingest.MaxAutoTitle-1]) + "…"},
		{strings.Repeat("é", 200), strings.Repeat("é", ingest.MaxAutoTitle-1) + "…"},
	} {
		if got := ingest.TitleFromText(tt.text); got != tt.want {
			t.Errorf("TitleFromText(%.30q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
