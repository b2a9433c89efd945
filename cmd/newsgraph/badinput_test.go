package main_test

import (
	"bytes"
	bin "encoding/binary"
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// The people, places and verbs of the synthetic articles of the
// reliability tests.
var (
	newsPeople = []string{"Volodymyr Zelensky", "Dmitry Peskov", "Steve Witkoff", "Rustem Umerov", "Emmanuel Macron",
		"Olaf Scholz", "Keir Starmer", "Giorgia Meloni", "Antonio Guterres", "Ursula von der Leyen", "Recep Tayyip Erdogan", "Narendra Modi"}
	newsPlaces = []string{"Geneva", "Kyiv", "Paris", "Berlin", "Rome", "Ankara", "Istanbul", "Brussels", "Warsaw", "Vienna"}
	newsVerbs  = []string{"met", "spoke with", "criticised", "praised", "called", "thanked", "urged", "accused"}
	newsTopics = []string{"the peace plan", "energy prices", "the grain corridor", "prisoner exchanges", "air defence", "sanctions", "reconstruction"}
)

// newsArticle returns the i-th synthetic news article: a title, a date
// and a few sentences with two named people, a place and a quotation.
// Different i give different texts.
func newsArticle(i int) string {
	n := len(newsPeople)
	a := newsPeople[i%n]
	b := newsPeople[(i/n+1+i)%n]
	if a == b {
		b = newsPeople[(i+5)%n]
	}
	place := newsPlaces[(i/3)%len(newsPlaces)]
	verb := newsVerbs[(i/7)%len(newsVerbs)]
	topic := newsTopics[(i/2)%len(newsTopics)]
	surname := a[strings.LastIndex(a, " ")+1:]
	return fmt.Sprintf("Title: %s and %s discuss %s (%d)\nDate: 2026-%02d-%02d\n\n"+
		"%s %s %s in %s on Tuesday to discuss %s, officials said.\n\n"+
		"\"We have made progress on point %d,\" %s said after the talks.\n\n"+
		"The two sides agreed to meet again in %s next month.\n",
		surname, b, topic, i, 1+i%12, 1+i%28, a, verb, b, place, topic, i, surname, newsPlaces[(i+4)%len(newsPlaces)])
}

// writeFile writes data to name under dir, creating folders, and
// returns its path.
func writeFile(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// copyDir copies the regular files of a closed database directory.
func copyDir(t testing.TB, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		in, err := os.Open(p)
		if err != nil {
			return err
		}
		defer in.Close()
		out, err := os.Create(target)
		if err != nil {
			return err
		}
		if _, err := io.Copy(out, in); err != nil {
			out.Close()
			return err
		}
		return out.Close()
	})
	if err != nil {
		t.Fatalf("copy %s: %v", src, err)
	}
}

// pngImage returns a real PNG image.
func pngImage(t testing.TB) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 48, 48))
	for x := range 48 {
		for y := range 48 {
			img.Set(x, y, color.RGBA{uint8(x * 5), uint8(y * 5), uint8(x * y), 255})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// utf16LE encodes s as UTF-16 little-endian with a byte order mark.
func utf16LE(s string) []byte {
	b := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		b = bin.LittleEndian.AppendUint16(b, u)
	}
	return b
}

// denseNews returns at least size bytes of news text, one paragraph per
// article, on separate lines or, with oneLine, on a single line.
func denseNews(size int, oneLine bool) string {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		_, body, _ := strings.Cut(newsArticle(i), "\n\n")
		if oneLine {
			body = strings.ReplaceAll(body, "\n", " ")
		}
		b.WriteString(body)
	}
	return b.String()
}

// graphJSON is the json export, kept field by field for comparisons.
type graphJSON struct {
	Nodes []map[string]any `json:"nodes"`
	Edges []map[string]any `json:"edges"`
}

func parseGraph(t testing.TB, data string) graphJSON {
	t.Helper()
	var g graphJSON
	if err := json.Unmarshal([]byte(data), &g); err != nil {
		t.Fatalf("export is not JSON: %v", err)
	}
	return g
}

func (g graphJSON) count(kind string) int {
	n := 0
	for _, v := range g.Nodes {
		if v["kind"] == kind {
			n++
		}
	}
	return n
}

// checkSuperset fails unless after holds everything before holds,
// unchanged but for what an added article may add: aliases of an actor,
// evidence of an edge (and so its support and period).
func checkSuperset(t testing.TB, before, after graphJSON) {
	t.Helper()
	index := func(list []map[string]any) map[string]map[string]any {
		m := map[string]map[string]any{}
		for _, v := range list {
			m[v["id"].(string)] = v
		}
		return m
	}
	contains := func(big, small any) bool {
		bl, _ := big.([]any)
		sl, _ := small.([]any)
	next:
		for _, s := range sl {
			for _, b := range bl {
				if reflect.DeepEqual(s, b) {
					continue next
				}
			}
			return false
		}
		return true
	}
	strip := func(v map[string]any, keys ...string) map[string]any {
		c := map[string]any{}
		for k, x := range v {
			c[k] = x
		}
		for _, k := range keys {
			delete(c, k)
		}
		return c
	}
	nodes, edges := index(after.Nodes), index(after.Edges)
	for _, b := range before.Nodes {
		a, ok := nodes[b["id"].(string)]
		switch {
		case !ok:
			t.Errorf("node %v (%v) was lost", b["id"], b["label"])
		case !reflect.DeepEqual(strip(a, "aliases"), strip(b, "aliases")) || !contains(a["aliases"], b["aliases"]):
			t.Errorf("node %v changed:\nbefore %v\nafter  %v", b["id"], b, a)
		}
	}
	for _, b := range before.Edges {
		a, ok := edges[b["id"].(string)]
		switch {
		case !ok:
			t.Errorf("edge %v (%v) was lost", b["id"], b["class"])
		case !reflect.DeepEqual(strip(a, "evidence", "support", "first_seen", "last_seen"), strip(b, "evidence", "support", "first_seen", "last_seen")) ||
			!contains(a["evidence"], b["evidence"]):
			t.Errorf("edge %v changed:\nbefore %v\nafter  %v", b["id"], b, a)
		}
	}
}

// TestIngestBadInput runs "newsgraph ingest" on every kind of bad or odd
// input, each followed by a good article in the same run, against a
// database that already holds articles. Every case must exit with the
// status that says whether anything failed, name each failed input with
// its reason, store the good article after it (the batch proceeds) and
// change nothing already stored: an input that fails leaves the json
// export byte-identical to that of the database with the good article
// alone; an input that is read leaves everything stored before in place,
// adding only its articles (and evidence and aliases they bring).
func TestIngestBadInput(t *testing.T) {
	files := t.TempDir()
	sentinel := writeFile(t, files, "sentinel.txt", []byte("Title: Sentinel\n\nEmmanuel Macron met Olaf Scholz in Paris on Friday. \"We agreed on the budget,\" Macron said.\n"))

	// The database every case starts from, and the export it has once
	// the sentinel alone is added.
	base := filepath.Join(t.TempDir(), "base")
	mustRun(t, 0, "ingest", "--db", base, "--quiet", testdata("call.txt"), testdata("mixed/a-summit.txt"))
	refDB := filepath.Join(t.TempDir(), "ref")
	copyDir(t, base, refDB)
	mustRun(t, 0, "ingest", "--db", refDB, "--quiet", sentinel)
	ref := mustRun(t, 0, "export", "--db", refDB).stdout
	refGraph := parseGraph(t, ref)

	in := func(name string, data []byte) string { return writeFile(t, files, name, data) }
	png := pngImage(t)
	invalidUTF8 := []byte(newsArticle(1))
	invalidUTF8 = append(invalidUTF8[:len(invalidUTF8)-1:len(invalidUTF8)-1], []byte(" Peskov \u2014 the Kremlin\u2019s spokesman \u2014 said \xff\xfe the plan \xc3 was studied.\n")...)
	html := `<!DOCTYPE html><html><head><title>Talks in Geneva | Example News</title>
<style>body { font-family: "Injected Style"; } .Putin { color: red }</style>
<script>var headline = "Vladimir Putin met Donald Trump in Alaska"; document.write("Marco Rubio said hello");</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks in Geneva</h1>
<p>Rustem Umerov met Steve Witkoff in Geneva on Sunday to discuss the peace plan.</p>
<script type="application/json">{"comment": "Xi Jinping visited Moscow"}</script>
<p>"The talks were productive," Umerov said after the meeting.</p>
<noscript>Enable JavaScript, says Kim Jong Un</noscript>
</article><footer>Copyright Example News</footer></body></html>`
	jsonl := func(lines ...string) []byte { return []byte(strings.Join(lines, "\n") + "\n") }
	line := func(title, text string) string {
		b, _ := json.Marshal(map[string]string{"title": title, "text": text, "published": "2026-03-01"})
		return string(b)
	}
	huge := denseNews(20<<20, false)
	longLine := denseNews(5<<20, true)
	mixed := t.TempDir()
	writeFile(t, mixed, "a.txt", []byte(newsArticle(20)))
	writeFile(t, mixed, "b.md", []byte("# Summit in Rome\n\nGiorgia Meloni hosted **Keir Starmer** in Rome on Monday.\n\n> \"We stand together,\" Meloni said.\n"))
	writeFile(t, mixed, "c.html", []byte("<html><body><article><h1>Vienna talks</h1><p>Antonio Guterres met Narendra Modi in Vienna on Monday.</p></article></body></html>"))
	writeFile(t, mixed, "d-empty.txt", nil)
	writeFile(t, mixed, "e.csv", []byte("name,place\nMacron,Paris\n"))
	writeFile(t, mixed, ".hidden.txt", []byte(newsArticle(21)))
	writeFile(t, mixed, "sub/f.jsonl", jsonl(line("One", newsArticle(22)), line("Two", newsArticle(23))))
	writeFile(t, mixed, "sub/g.txt", png)

	type tc struct {
		name string
		args []string // inputs, before the sentinel
		// stdin is standard input for "-".
		stdin string
		// code is the exit status: 1 when anything failed.
		code int
		// stderr are patterns stderr must match (%s is replaced by the
		// quoted path of the first input).
		stderr []string
		// added is how many articles the inputs add; -1 means the
		// inputs must leave no trace.
		added int
		// check looks further at the export after.
		check func(t *testing.T, g graphJSON, export string)
	}
	tests := []tc{
		{name: "empty file", args: []string{in("empty.txt", nil)}, code: 1,
			stderr: []string{`(?m)^failed: %s: empty file$`}, added: -1},
		{name: "whitespace only", args: []string{in("blank.txt", []byte(" \n\t\r\n   \n"))}, code: 1,
			stderr: []string{`(?m)^failed: %s: only whitespace, no text$`}, added: -1},
		{name: "PNG image", args: []string{in("photo.png", png)}, code: 1,
			stderr: []string{`(?m)^failed: %s: binary file \(PNG image\), not text$`}, added: -1},
		{name: "PNG image named .txt", args: []string{in("photo.txt", png)}, code: 1,
			stderr: []string{`(?m)^failed: %s: binary file \(PNG image\), not text$`}, added: -1},
		{name: "binary on standard input", args: []string{"-"}, stdin: string(png), code: 1,
			stderr: []string{`(?m)^failed: stdin: binary file \(PNG image\), not text$`}, added: -1},
		{name: "invalid UTF-8 bytes repaired", args: []string{in("stray.txt", invalidUTF8)}, code: 0,
			stderr: []string{`(?m)^note: %s: 3 invalid UTF-8 bytes replaced`, `2 ingested, 0 duplicates, 0 failed`}, added: 1},
		{name: "Windows-1252 text decoded", args: []string{in("latin.txt", []byte("Title: Caf\xe9 talks\n\nEmmanuel Macron met Olaf Scholz at a caf\xe9 in Paris on Monday. \x93We agree,\x94 Macron said.\n"))}, code: 0,
			stderr: []string{`(?m)^note: %s: .*Windows-1252`}, added: 1,
			check: func(t *testing.T, g graphJSON, _ string) {
				if !hasNode(g, "article", "Café talks") {
					t.Errorf("no article titled %q", "Café talks")
				}
			}},
		{name: "UTF-16 with a byte order mark", args: []string{in("utf16.txt", utf16LE("Title: Переговоры в Женеве\r\n\r\nRustem Umerov met Antonio Guterres in Geneva on Monday. “We are ready,” Umerov said.\r\n"))}, code: 0,
			stderr: []string{`(?m)^note: %s: .*UTF-16`}, added: 1,
			check: func(t *testing.T, g graphJSON, _ string) {
				if !hasNode(g, "article", "Переговоры в Женеве") || !hasNode(g, "actor", "Antonio Guterres") {
					t.Errorf("the UTF-16 article or its actors were not read: articles %q", labelsOf(g, "article"))
				}
			}},
		{name: "20 MB text file", args: []string{in("huge.txt", []byte(huge))}, code: 1,
			stderr: []string{fmt.Sprintf(`(?m)^failed: %%s: article text too large \(%d bytes, the limit is 1048576\)$`, len(strings.TrimSpace(huge)))}, added: -1},
		{name: "a 5 MB line in JSONL among good lines",
			args: []string{in("long.jsonl", jsonl(line("Before", newsArticle(30)), line("Long", longLine), line("After", newsArticle(31))))}, code: 1,
			stderr: []string{`(?m)^failed: %s:2: article text too large \(\d+ bytes, the limit is 1048576\)$`, `3 ingested, 0 duplicates, 1 failed`}, added: 2},
		{name: "a 5 MB single line read under a raised limit",
			args: []string{"--max-article-size", "6MiB", in("oneline.txt", []byte(strings.Repeat("and the of it was in to be for ", 5<<20/30)))}, code: 0,
			stderr: []string{`2 ingested, 0 duplicates, 0 failed`}, added: 1,
			check: func(t *testing.T, g graphJSON, _ string) {
				if n := g.count("actor") - refGraph.count("actor"); n != 0 {
					t.Errorf("a line of function words gave %d actors", n)
				}
			}},
		{name: "HTML page with scripts and styles", args: []string{in("page.html", []byte(html))}, code: 0,
			stderr: []string{`2 ingested, 0 duplicates, 0 failed`}, added: 1,
			check: func(t *testing.T, g graphJSON, export string) {
				if !hasNode(g, "article", "Talks in Geneva") || !hasNode(g, "actor", "Rustem Umerov") {
					t.Errorf("the page's article was not read: articles %q", labelsOf(g, "article"))
				}
				for _, s := range []string{"Putin", "Trump", "Rubio", "Xi Jinping", "Kim Jong", "Injected", "font-family", "headline", "Enable JavaScript", "Home"} {
					if strings.Contains(export, s) {
						t.Errorf("script, style or page furniture %q reached the graph", s)
					}
				}
			}},
		{name: "JSONL with a malformed line among good ones",
			args: []string{in("feed.jsonl", jsonl(line("First", newsArticle(40)), `{"title": "Broken", "text": "Macron met`, "", line("Third", newsArticle(41))))}, code: 1,
			stderr: []string{`(?m)^failed: %s:2: not a JSON article: `, `3 ingested, 0 duplicates, 1 failed`}, added: 2,
			check: func(t *testing.T, g graphJSON, _ string) {
				if !hasNode(g, "article", "First") || !hasNode(g, "article", "Third") || hasNode(g, "article", "Broken") {
					t.Errorf("articles %q, want First and Third and not Broken", labelsOf(g, "article"))
				}
			}},
		{name: "missing path", args: []string{filepath.Join(files, "no", "such.txt")}, code: 1,
			stderr: []string{`(?m)^failed: %s: no such file or directory$`}, added: -1},
		{name: "folder of mixed files", args: []string{mixed}, code: 1,
			stderr: []string{
				`(?m)^failed: ` + regexp.QuoteMeta(filepath.Join(mixed, "d-empty.txt")) + `: empty file$`,
				`(?m)^failed: ` + regexp.QuoteMeta(filepath.Join(mixed, "sub", "g.txt")) + `: binary file \(PNG image\)`,
				`(?m)^skipped ` + regexp.QuoteMeta(filepath.Join(mixed, "e.csv")) + `: unknown extension`,
				`(?m)^skipped ` + regexp.QuoteMeta(filepath.Join(mixed, ".hidden.txt")) + `: hidden`,
				`6 ingested, 0 duplicates, 2 failed`,
			}, added: 5},
		{name: "the same article twice", args: []string{in("twice-a.txt", []byte(newsArticle(50))), in("twice-b.txt", []byte(newsArticle(50)))}, code: 0,
			stderr: []string{`2 ingested, 1 duplicate, 0 failed`}, added: 1},
		{name: "an article already stored", args: []string{testdata("call.txt")}, code: 0,
			stderr: []string{`1 ingested, 1 duplicate, 0 failed`}, added: -1},
		{name: "Russian text", args: []string{in("ru.txt", []byte("Title: Правительство обсуждает бюджет\n\nПравительство во вторник обсудило в Москве бюджет на следующий год. Министр финансов заявил, что ситуация серьёзная. «Мы должны экономить», — сказал он журналистам. Оппозиция резко раскритиковала планы и потребовала новых выборов.\n"))}, code: 0,
			stderr: []string{`2 ingested, 0 duplicates, 0 failed`}, added: 1,
			check: func(t *testing.T, g graphJSON, _ string) {
				if !hasNode(g, "article", "Правительство обсуждает бюджет") {
					t.Errorf("the Russian article is missing: %q", labelsOf(g, "article"))
				}
				if n := g.count("actor") - refGraph.count("actor"); n > 1 {
					t.Errorf("Russian text gave %d new actors, want at most 1: %q", n, newLabels(refGraph, g, "actor"))
				}
			}},
		{name: "German text", args: []string{in("de.txt", []byte("Title: Bundesregierung berät über Haushalt\n\nDie Bundesregierung hat am Dienstag in Berlin über den Haushalt beraten. Der Finanzminister sagte, die Lage sei ernst. \"Wir müssen sparen\", erklärte er vor Journalisten. Die Opposition kritisierte die Pläne scharf. Viele Bürger machen sich Sorgen um ihre Ersparnisse.\n"))}, code: 0,
			stderr: []string{`2 ingested, 0 duplicates, 0 failed`}, added: 1,
			check: func(t *testing.T, g graphJSON, _ string) {
				if !hasNode(g, "article", "Bundesregierung berät über Haushalt") {
					t.Errorf("the German article is missing: %q", labelsOf(g, "article"))
				}
				// The extractor reads English; other languages are stored
				// as articles without invented actors.
				if n := g.count("actor") - refGraph.count("actor"); n > 0 {
					t.Errorf("German text gave %d new actors, want none: %q", n, newLabels(refGraph, g, "actor"))
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "db")
			copyDir(t, base, db)
			args := append(append([]string{"ingest", "--db", db}, tt.args...), sentinel)
			r := run(t, tt.stdin, args...)
			if r.code != tt.code {
				t.Errorf("exit %d, want %d\nstderr:\n%.3000s", r.code, tt.code, r.stderr)
			}
			first := ""
			for _, a := range tt.args {
				if !strings.HasPrefix(a, "--") && !strings.HasSuffix(a, "MiB") {
					first = a
					break
				}
			}
			for _, p := range tt.stderr {
				p = strings.ReplaceAll(p, "%s", regexp.QuoteMeta(first))
				if !regexp.MustCompile(p).MatchString(r.stderr) {
					t.Errorf("stderr does not match %s:\n%.3000s", p, r.stderr)
				}
			}
			if strings.Count(r.stderr, "failed: ") > 0 != (tt.code == 1) {
				t.Errorf("stderr names failures %d times with exit %d:\n%.3000s", strings.Count(r.stderr, "failed: "), r.code, r.stderr)
			}
			after := mustRun(t, 0, "export", "--db", db).stdout
			if !utf8.ValidString(after) {
				t.Errorf("the export is not valid UTF-8")
			}
			if tt.added < 0 {
				if after != ref {
					t.Fatalf("the export differs from the database's with the good article alone (%d and %d bytes): the input left a trace or the batch stopped",
						len(after), len(ref))
				}
				return
			}
			g := parseGraph(t, after)
			checkSuperset(t, refGraph, g)
			if got, want := g.count("article"), refGraph.count("article")+tt.added; got != want {
				t.Errorf("%d articles stored, want %d: %q", got, want, labelsOf(g, "article"))
			}
			if tt.check != nil {
				tt.check(t, g, after)
			}
		})
	}
}

func hasNode(g graphJSON, kind, label string) bool {
	for _, n := range g.Nodes {
		if n["kind"] == kind && n["label"] == label {
			return true
		}
	}
	return false
}

func labelsOf(g graphJSON, kind string) []string {
	var out []string
	for _, n := range g.Nodes {
		if n["kind"] == kind {
			out = append(out, fmt.Sprint(n["label"]))
		}
	}
	return out
}

// newLabels lists the labels of the nodes of a kind in after but not in
// before.
func newLabels(before, after graphJSON, kind string) []string {
	old := map[string]bool{}
	for _, l := range labelsOf(before, kind) {
		old[l] = true
	}
	var out []string
	for _, l := range labelsOf(after, kind) {
		if !old[l] {
			out = append(out, l)
		}
	}
	return out
}

// TestIngestArticleBadInput sends bad ingestArticle mutations to a
// server over a store holding articles, each followed by a good one:
// each bad one gets a clear error (or, for a text already stored, a
// duplicate) and leaves the store exactly as it was, and the good one
// after it is stored. The server is assembled as in the load test (see
// apiServer). Checks of the mutation's arguments one by one are in
// resolvers' TestIngestArticleRejectsBadInput and TestMutationBodyLimits.
func TestIngestArticleBadInput(t *testing.T) {
	base, db := apiServer(t)
	c := &http.Client{Timeout: time.Minute}
	ctx := t.Context()
	send := func(token string, in map[string]any) (int, string) {
		body, _ := json.Marshal(map[string]any{"query": ingestMutation, "variables": map[string]any{"in": in}})
		return postRaw(t, c, base, token, bytes.NewReader(body))
	}
	good := 0
	sendGood := func() {
		t.Helper()
		var out struct{ IngestArticle struct{ Duplicate bool } }
		if err := gql(ctx, c, base, loadToken, ingestMutation, map[string]any{"in": mutationInput(newsArticle(1000 + good))}, &out); err != nil || out.IngestArticle.Duplicate {
			t.Fatalf("a good article after a bad one: %v, duplicate %v", err, out.IngestArticle.Duplicate)
		}
		good++
	}
	sendGood()
	stored := mutationInput(newsArticle(1000))
	tests := []struct {
		name   string
		send   func() (int, string)
		status int
		want   []string
	}{
		{"empty text", func() (int, string) { return send(loadToken, map[string]any{"title": "Empty", "text": ""}) },
			200, []string{"INVALID_ARGUMENT", "input.text: the article's text is empty"}},
		{"whitespace text", func() (int, string) { return send(loadToken, map[string]any{"title": "Blank", "text": " \n\t "}) },
			200, []string{"INVALID_ARGUMENT", "input.text"}},
		{"a 5 MB text", func() (int, string) {
			return send(loadToken, map[string]any{"title": "Huge", "text": denseNews(5<<20, false)})
		}, 200, []string{"LIMIT_EXCEEDED", "article text too large"}},
		{"a 50 MB body", func() (int, string) {
			body := io.MultiReader(strings.NewReader(`{"query":"`+strings.ReplaceAll(ingestMutation, `"`, `\"`)+`","variables":{"in":{"title":"Vast","text":"`),
				strings.NewReader(strings.Repeat("Macron met Scholz. ", 50<<20/19)), strings.NewReader(`"}}}`))
			return postRaw(t, c, base, loadToken, body)
		}, 413, []string{"LIMIT_EXCEEDED", "over the limit"}},
		{"no write token", func() (int, string) { return send("", mutationInput(newsArticle(2000))) },
			200, []string{"UNAUTHENTICATED"}},
		{"a wrong write token", func() (int, string) { return send("guess", mutationInput(newsArticle(2001))) },
			200, []string{"UNAUTHENTICATED"}},
		{"not JSON", func() (int, string) {
			return postRaw(t, c, base, loadToken, strings.NewReader(`{"query": "mutation {`))
		},
			400, []string{"json"}},
		{"a text already stored", func() (int, string) { return send(loadToken, stored) },
			200, []string{`"duplicate":true`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := mustDumpGraph(t, db)
			status, body := tt.send()
			if status != tt.status {
				t.Errorf("status %d, want %d: %.300s", status, tt.status, body)
			}
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("response %.300s does not say %q", body, w)
				}
			}
			if after := mustDumpGraph(t, db); after != before {
				t.Errorf("the store changed (%d and %d bytes of dump)", len(before), len(after))
			}
			sendGood()
		})
	}
	graphtest.CheckConsistent(t, db)
}

// postRaw posts a request body to the GraphQL endpoint and returns the
// status and the response body.
func postRaw(t *testing.T, c *http.Client, base, token string, body io.Reader) (int, string) {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), "POST", base+"graphql", body)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("POST /graphql: %v", err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(data)
}

func mustDumpGraph(t *testing.T, r graph.Reader) string {
	t.Helper()
	d, err := graphtest.Dump(t.Context(), r)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// An ingest that stores nothing into a database it would create (a
// missing file, an empty standard input, a mistyped --db) leaves no
// empty database behind; one that stores an article keeps it, and an
// existing database stays whatever fails.
func TestIngestOfNothingCreatesNoDatabase(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		name, stdin string
		args        []string
	}{
		{"missing file", "", []string{filepath.Join(dir, "gone.txt")}},
		{"empty standard input", "", []string{"-"}},
		{"empty folder", "", []string{t.TempDir()}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "new.db")
			r := run(t, tt.stdin, append([]string{"ingest", "--db", db}, tt.args...)...)
			if r.code != 1 {
				t.Errorf("exit %d, want 1\n%s", r.code, r.stderr)
			}
			if _, err := os.Stat(db); !os.IsNotExist(err) {
				t.Errorf("a run that stored nothing left %s behind (stat: %v)\n%s", db, err, r.stderr)
			}
			if !strings.Contains(r.stderr, "nothing stored: database "+db+" not created") {
				t.Errorf("stderr does not say the database was not created:\n%s", r.stderr)
			}
		})
	}
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, 1, "ingest", "--db", db, filepath.Join(dir, "gone.txt"), testdata("call.txt"))
	mustRun(t, 1, "ingest", "--db", db, filepath.Join(dir, "gone.txt"))
	if n := len(decodeExport(t, mustRun(t, 0, "export", "--db", db).stdout).labels("article")); n != 1 {
		t.Errorf("the database holds %d articles after a failed run, want the 1 stored before", n)
	}
}
