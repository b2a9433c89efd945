package seeds

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

//go:embed *.txt
var files embed.FS

// Articles returns the seed articles in file name order. Origin is
// "seeds/NAME.txt"; Title, URL, Source and Published are empty. Text is
// the file's content with line endings normalised and surrounding space
// trimmed, exactly as the ingest package reads a .txt file without
// header lines, so a seed file ingested from disk is recognised as the
// same article.
func Articles() []graph.Article {
	names, err := fs.Glob(files, "*.txt")
	if err != nil {
		panic("seeds: " + err.Error()) // the pattern is constant and valid
	}
	sort.Strings(names)
	out := make([]graph.Article, 0, len(names))
	for _, name := range names {
		data, err := files.ReadFile(name)
		if err != nil {
			panic("seeds: " + err.Error()) // embedded files are always readable
		}
		text := strings.ReplaceAll(string(data), "\r\n", "\n")
		out = append(out, graph.Article{
			Text:   strings.TrimSpace(text),
			Origin: path.Join("seeds", name),
		})
	}
	return out
}
