package ingest_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
)

// fuzzFormats are the formats FuzzParse reads its input as, by index.
var fuzzFormats = []ingest.Format{ingest.Auto, ingest.Text, ingest.Markdown, ingest.HTML, ingest.JSONL}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// FuzzParse reads arbitrary bytes as each input format, starting from
// the reader's test files and the seed articles, and checks what the
// pipeline relies on: no panic; an error of kind Invalid that names the
// input, or articles that each name it too; a good article with text
// that is not blank, trimmed and valid UTF-8, a valid UTF-8 title, and a
// publication date that is empty or YYYY-MM-DD; an input error naming
// its line.
//
// Run it with: go test -run '^$' -fuzz FuzzParse -fuzztime 30s ./ingest
func FuzzParse(f *testing.F) {
	var files []string
	for _, pat := range []string{"testdata/*", "../seeds/*.txt", "../cmd/newsgraph/testdata/*.txt", "../cmd/newsgraph/testdata/mixed/*"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			f.Fatal(err)
		}
		files = append(files, m...)
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			continue // a folder
		}
		for k := range fuzzFormats {
			f.Add(data, uint8(k))
		}
	}
	for _, s := range []string{"", "\ufeff", "\xff\xfe", "\xfe\xff\x00a", "{", "{}\n{\"text\":1}", "<html><script>x</script></html>",
		"Title: a\nDate: 2025-02-30\n\n", "---\ntitle: x\n---\n", "# \n\n**", "<p>&amp;&#0;&#xD800;</p>", "{\"text\":\"\\ud800\"}"} {
		for k := range fuzzFormats {
			f.Add([]byte(s), uint8(k))
		}
	}
	const origin = "fuzz.in"
	f.Fuzz(func(t *testing.T, data []byte, format uint8) {
		fm := fuzzFormats[int(format)%len(fuzzFormats)]
		ins, err := ingest.Parse(origin, data, fm)
		if err != nil {
			if !strings.Contains(err.Error(), origin) || graph.KindOf(err) != graph.Invalid {
				t.Fatalf("error %q (kind %v) does not name the input or is not Invalid", err, graph.KindOf(err))
			}
			return
		}
		if len(ins) == 0 {
			t.Fatal("no error and no input")
		}
		for _, in := range ins {
			a := in.Article
			if !strings.HasPrefix(a.Origin, origin) {
				t.Errorf("origin %q does not name the input", a.Origin)
			}
			if in.Err != nil {
				if !strings.Contains(in.Err.Error(), a.Origin+": ") {
					t.Errorf("input error %q does not name %s", in.Err, a.Origin)
				}
				continue
			}
			switch {
			case strings.TrimSpace(a.Text) == "":
				t.Errorf("%s: blank text %q", a.Origin, a.Text)
			case a.Text != strings.TrimSpace(a.Text):
				t.Errorf("%s: text not trimmed: %q", a.Origin, a.Text)
			}
			for field, s := range map[string]string{"text": a.Text, "title": a.Title, "url": a.URL, "source": a.Source} {
				if !utf8.ValidString(s) {
					t.Errorf("%s: %s %q is not valid UTF-8", a.Origin, field, s)
				}
			}
			if a.Published != "" && !isoDate.MatchString(a.Published) {
				t.Errorf("%s: publication date %q", a.Origin, a.Published)
			}
		}
	})
}
