package extract_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// corpus returns the seed articles and the test articles, by name.
func corpus(tb testing.TB) map[string]string {
	tb.Helper()
	out := map[string]string{}
	for _, pat := range []string{"../seeds/*.txt", "testdata/articles/*.txt"} {
		files, err := filepath.Glob(pat)
		if err != nil {
			tb.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			out[strings.TrimSuffix(filepath.Base(f), ".txt")] = string(b)
		}
	}
	if len(out) < 5 {
		tb.Fatalf("corpus has %d articles; expected the seeds and testdata/articles", len(out))
	}
	return out
}

func extractText(tb testing.TB, x *extract.Extractor, name, text string) *graph.Batch {
	tb.Helper()
	b, err := x.Extract(graph.Article{Text: text, Origin: name})
	if err != nil {
		tb.Fatalf("extract %s: %v", name, err)
	}
	return b
}

func TestEvidenceOffsetsSliceTheText(t *testing.T) {
	x := extract.New(extract.Options{})
	for name, text := range corpus(t) {
		t.Run(name, func(t *testing.T) {
			b := extractText(t, x, name, text)
			if b.Text != text {
				t.Fatal("batch text differs from the article text")
			}
			if len(b.Edges) == 0 {
				t.Fatal("no edges")
			}
			for _, e := range b.Edges {
				if len(e.Evidence) == 0 {
					t.Errorf("edge %s %s %s has no evidence", e.Source, e.Class, e.Target)
				}
				for _, ev := range e.Evidence {
					if ev.Start < 0 || ev.End > len(text) || ev.Start >= ev.End {
						t.Fatalf("edge %s: bad offsets [%d,%d)", e.Class, ev.Start, ev.End)
					}
					if text[ev.Start:ev.End] != ev.Sentence {
						t.Errorf("edge %s: text[%d:%d] = %q, evidence sentence %q", e.Class, ev.Start, ev.End, text[ev.Start:ev.End], ev.Sentence)
					}
					if ev.Article != b.Article.ID {
						t.Errorf("edge %s: evidence article %s, want %s", e.Class, ev.Article, b.Article.ID)
					}
				}
			}
			for _, n := range b.Nodes {
				if n.Kind != graph.KindStatement {
					continue
				}
				if !strings.Contains(text, n.Text) || n.Text == "" {
					t.Errorf("statement %q is not a span of the text", n.Text)
				}
				if n.Attrs["start"] != "" {
					var s, e int
					if err := json.Unmarshal([]byte(n.Attrs["start"]), &s); err != nil {
						t.Fatal(err)
					}
					if err := json.Unmarshal([]byte(n.Attrs["end"]), &e); err != nil {
						t.Fatal(err)
					}
					if text[s:e] != n.Text {
						t.Errorf("statement offsets [%d,%d) give %q, want %q", s, e, text[s:e], n.Text)
					}
				}
			}
		})
	}
}

func TestBatchIsWellFormed(t *testing.T) {
	x := extract.New(extract.Options{})
	for name, text := range corpus(t) {
		t.Run(name, func(t *testing.T) {
			b := extractText(t, x, name, text)
			if b.Article.ID != graph.ArticleID(text) || b.Article.Kind != graph.KindArticle {
				t.Fatalf("article node %+v", b.Article)
			}
			ids := map[graph.ID]graph.Node{b.Article.ID: b.Article}
			for _, n := range b.Nodes {
				if _, dup := ids[n.ID]; dup {
					t.Errorf("duplicate node %s (%s)", n.ID, n.Label)
				}
				ids[n.ID] = n
				switch n.Kind {
				case graph.KindActor:
					if base, _, scoped := strings.Cut(n.Label, " ("); scoped && n.Type == string(graph.Group) {
						// Unqualified groups are the article's own.
						if want := graph.NodeID(graph.KindActor, string(b.Article.ID)+"|"+graph.Fold(base)); n.ID != want {
							t.Errorf("group %q: id %s, want %s (article-scoped)", n.Label, n.ID, want)
						}
					} else if n.ID != graph.ActorID(n.Label) {
						t.Errorf("actor %q: id %s, want ActorID of its label", n.Label, n.ID)
					}
					if !validType(n.Type) {
						t.Errorf("actor %q: type %q", n.Label, n.Type)
					}
				case graph.KindStatement, graph.KindEvent, graph.KindObject:
					if n.Article != b.Article.ID {
						t.Errorf("%s %q: article %q", n.Kind, n.Label, n.Article)
					}
				}
			}
			for _, e := range b.Edges {
				if !e.Class.Valid() {
					t.Errorf("edge class %q", e.Class)
				}
				src, ok1 := ids[e.Source]
				dst, ok2 := ids[e.Target]
				if !ok1 || !ok2 {
					t.Errorf("edge %s %s→%s has an end outside the batch", e.Class, e.Source, e.Target)
					continue
				}
				if e.Class.BetweenActors() && (src.Kind != graph.KindActor || dst.Kind != graph.KindActor) {
					t.Errorf("%s edge between %s and %s", e.Class, src.Kind, dst.Kind)
				}
				if e.Class == graph.Stated && (src.Kind != graph.KindActor || dst.Kind != graph.KindStatement) {
					t.Errorf("STATED from %s to %s", src.Kind, dst.Kind)
				}
				if e.ID != graph.EdgeID(e.Source, e.Class, e.Target) {
					t.Errorf("edge id %s is not EdgeID of its ends", e.ID)
				}
			}
		})
	}
}

func validType(s string) bool {
	for _, t := range graph.ActorTypes {
		if string(t) == s {
			return true
		}
	}
	return false
}

func TestExtractIsDeterministic(t *testing.T) {
	x := extract.New(extract.Options{})
	for name, text := range corpus(t) {
		a := render(t, extractText(t, x, name, text))
		b := render(t, extractText(t, extract.New(extract.Options{}), name, text))
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two extractions differ", name)
		}
	}
}

// render gives a stable, readable JSON of a batch (without the text).
func render(tb testing.TB, b *graph.Batch) []byte {
	tb.Helper()
	nodes := append([]graph.Node(nil), b.Nodes...)
	sort.SliceStable(nodes, func(i, j int) bool {
		if nodes[i].Kind != nodes[j].Kind {
			return nodes[i].Kind < nodes[j].Kind
		}
		return nodes[i].ID < nodes[j].ID
	})
	edges := append([]graph.Edge(nil), b.Edges...)
	sort.SliceStable(edges, func(i, j int) bool { return edges[i].ID < edges[j].ID })
	out, err := json.MarshalIndent(struct {
		Article graph.Node   `json:"article"`
		Nodes   []graph.Node `json:"nodes"`
		Edges   []graph.Edge `json:"edges"`
	}{b.Article, nodes, edges}, "", "  ")
	if err != nil {
		tb.Fatal(err)
	}
	return append(out, '\n')
}

func TestGolden(t *testing.T) {
	x := extract.New(extract.Options{})
	for name, text := range corpus(t) {
		t.Run(name, func(t *testing.T) {
			got := render(t, extractText(t, x, name, text))
			path := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s; run go test ./extract -update and review the diff", name, path)
			}
		})
	}
}

func TestEmptyTextIsInvalid(t *testing.T) {
	x := extract.New(extract.Options{})
	for _, text := range []string{"", "   \n\t  \n"} {
		_, err := x.Extract(graph.Article{Text: text, Origin: "feed.jsonl:7"})
		if err == nil {
			t.Fatalf("Extract(%q) succeeded", text)
		}
		if graph.KindOf(err) != graph.Invalid {
			t.Errorf("kind %v, want invalid", graph.KindOf(err))
		}
		var ge *graph.Error
		if !errors.As(err, &ge) || !strings.Contains(err.Error(), "feed.jsonl:7") {
			t.Errorf("error %q does not name the origin", err)
		}
	}
}

func TestExtractorIsSafeForConcurrentUse(t *testing.T) {
	x := extract.New(extract.Options{})
	c := corpus(t)
	want := map[string][]byte{}
	for name, text := range c {
		want[name] = render(t, extractText(t, x, name, text))
	}
	done := make(chan error)
	for name, text := range c {
		go func() {
			b, err := x.Extract(graph.Article{Text: text, Origin: name})
			if err == nil && !bytes.Equal(render(t, b), want[name]) {
				err = errors.New(name + ": concurrent extraction differs")
			}
			done <- err
		}()
	}
	for range c {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
