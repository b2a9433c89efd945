package ingest_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
)

func td(name string) string { return filepath.Join("testdata", name) }

// readOne reads a file that must hold exactly one good article.
func readOne(t *testing.T, path string) ingest.Input {
	t.Helper()
	ins, err := ingest.ReadFile(path, ingest.DefaultOptions())
	if err != nil {
		t.Fatalf("ReadFile(%s): %v", path, err)
	}
	if len(ins) != 1 {
		t.Fatalf("ReadFile(%s): %d inputs, want 1", path, len(ins))
	}
	if ins[0].Err != nil {
		t.Fatalf("ReadFile(%s): input error %v", path, ins[0].Err)
	}
	return ins[0]
}

func TestReadFileArticles(t *testing.T) {
	tests := []struct {
		file                         string
		title, url, source, date     string
		textPrefix                   string
		textHas, textLacks, notesHas []string
	}{
		{
			file:  "header.txt",
			title: "Zelensky holds phone conversation with U.S. envoys",
			url:   "https://www.example.com/world/zelensky-call", source: "example.com",
			date:       "2025-12-26",
			textPrefix: "Ukrainian President Volodymyr Zelensky said",
			textHas:    []string{"\n\n\"We are analyzing these materials,\" Kremlin spokesman"},
			textLacks:  []string{"Title:", "Source:", "Date:"},
		},
		{
			file:       "plain.txt",
			textPrefix: "Zelensky holds phone conversation with U.S. envoys\n\nUkrainian",
		},
		{
			file:       "lookalike.txt",
			textPrefix: "Note: this first paragraph only looks like a header.\nDate: it is not one",
		},
		{
			file:       "crlf.txt",
			title:      "Windows lines",
			date:       "2025-12-26",
			textPrefix: "Line one.\nLine two.",
			textLacks:  []string{"\r"},
		},
		{
			file:       "bom.txt",
			title:      "With BOM",
			textPrefix: "Text after a UTF-8 byte order mark.",
		},
		{
			file:  "article.md",
			title: "US calls talks productive",
			url:   "https://news.example.org/us-talks", source: "news.example.org",
			date:       "2025-12-28",
			textPrefix: "US calls talks with Ukraine and Russia productive\n\nThe United States called the talks with Ukraine and Russia \"productive\".",
			textHas:    []string{"\"We made progress,\" said envoy Steve Witkoff.", "\nTrilateral talks were proposed.\nA meeting in Miami is planned."},
			textLacks:  []string{"**", "](", "author", "Jane Doe", "---", "#", "`", "> "},
		},
		{
			file:       "heading.md",
			title:      "Peace plan revised",
			textPrefix: "Peace plan revised\n\nThe plan now has 20 points instead of 28.",
			textLacks:  []string{"===", "*"},
		},
		{
			file:  "page.html",
			title: "Kremlin studies US peace plan",
			url:   "https://news.example.com/2025/12/26/kremlin-plan", source: "Example News",
			date:       "2025-12-26",
			textPrefix: "Kremlin spokesman Dmitry Peskov said on Friday that Russia was analyzing the materials.\n\n",
			textHas: []string{
				"\"We are analyzing these materials,\"\nPeskov told reporters.\n\n",
				"Ukraine's chief negotiator Rustem Umerov & U.S. envoys met in Miami.",
			},
			textLacks: []string{"Putin met Trump", "Injected", "font-family", "Style text", "Home", "World", "cookies",
				"Skip to content", "Photo: Reuters", "Share", "Related", "Markets rally", "Copyright", "Enable JavaScript", "<"},
		},
		{
			file:       "nomain.html",
			title:      "Russian drones strike Kyiv",
			date:       "2025-12-27",
			textPrefix: "Russian drones struck Kyiv overnight, officials said.\n\nMayor Vitali Klitschko said two people were injured.\n\nAir defences shot down most of the drones.",
			textLacks:  []string{"Home", "Most read"},
		},
		{
			file:       "titled.html",
			title:      "Talks resume in Geneva",
			date:       "2026-01-05",
			textPrefix: "Negotiators resumed talks in Geneva on Monday.",
			textLacks:  []string{"Home", "Hidden", "Screen readers", "Older story"},
		},
		{
			file:       "utf16le.txt",
			title:      "Зеленський",
			textPrefix: "Володимир Зеленський said the talks with Kyiv’s partners were “good”.",
			notesHas:   []string{"UTF-16"},
		},
		{
			file:       "utf16be.txt",
			title:      "Зеленський",
			textPrefix: "Володимир Зеленський said the talks with Kyiv’s partners were “good”.",
			notesHas:   []string{"UTF-16"},
		},
		{
			file:       "cp1252.txt",
			textPrefix: "Café talks: Zelensky said the plan was “realistic” — and Macron agreed.",
			notesHas:   []string{"Windows-1252"},
		},
		{
			file:       "stray-byte.txt",
			textPrefix: "Zelenskyy — the president — said talks were good.\uFFFD",
			notesHas:   []string{"1 invalid UTF-8 bytes replaced"},
		},
		{
			file:       "cp1251.html",
			title:      "Переговоры",
			textPrefix: "Песков заявил, что Кремль изучает план.",
			notesHas:   []string{"windows-1251"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			in := readOne(t, td(tt.file))
			a := in.Article
			if a.Origin != td(tt.file) {
				t.Errorf("Origin = %q, want %q", a.Origin, td(tt.file))
			}
			check := func(field, got, want string) {
				if got != want {
					t.Errorf("%s = %q, want %q", field, got, want)
				}
			}
			check("Title", a.Title, tt.title)
			check("URL", a.URL, tt.url)
			check("Source", a.Source, tt.source)
			check("Published", a.Published, tt.date)
			if !strings.HasPrefix(a.Text, tt.textPrefix) {
				t.Errorf("Text = %q, want it to start with %q", a.Text, tt.textPrefix)
			}
			for _, s := range tt.textHas {
				if !strings.Contains(a.Text, s) {
					t.Errorf("Text = %q, want it to contain %q", a.Text, s)
				}
			}
			for _, s := range tt.textLacks {
				if strings.Contains(a.Text, s) {
					t.Errorf("Text = %q, want no %q", a.Text, s)
				}
			}
			if a.Text != strings.TrimSpace(a.Text) {
				t.Errorf("Text has surrounding space: %q", a.Text)
			}
			notes := strings.Join(in.Notes, "; ")
			for _, s := range tt.notesHas {
				if !strings.Contains(notes, s) {
					t.Errorf("Notes = %q, want one mentioning %q", notes, s)
				}
			}
			if len(tt.notesHas) == 0 && len(in.Notes) > 0 {
				t.Errorf("unexpected notes %q", in.Notes)
			}
		})
	}
}

func TestReadFileRejectsBadInput(t *testing.T) {
	tests := []struct {
		file string
		kind graph.ErrorKind
		want string
	}{
		{"empty.txt", graph.Invalid, "empty file"},
		{"blank.txt", graph.Invalid, "only whitespace"},
		{"tiny.png", graph.Invalid, "binary file (PNG image)"},
		{"image-named.txt", graph.Invalid, "binary file (PNG image)"},
		{"utf16-nobom.txt", graph.Invalid, "UTF-16 text without a byte order mark"},
		{"headers-only.txt", graph.Invalid, "no article text after the header lines"},
		{"empty.html", graph.Invalid, "no article text found"},
		{"no-such-file.txt", graph.NotFound, "no such file"},
		{"folder", graph.Invalid, "is a directory"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			ins, err := ingest.ReadFile(td(tt.file), ingest.DefaultOptions())
			if err == nil {
				t.Fatalf("ReadFile(%s) = %d inputs, want an error", tt.file, len(ins))
			}
			if !strings.Contains(err.Error(), td(tt.file)) {
				t.Errorf("error %q does not name the file", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q, want it to say %q", err, tt.want)
			}
			if k := graph.KindOf(err); k != tt.kind {
				t.Errorf("kind = %v, want %v", k, tt.kind)
			}
		})
	}
}

func TestReadBinaryWithoutSignature(t *testing.T) {
	data := make([]byte, 4096)
	for i := range data {
		data[i] = byte(i*7919 + i>>3) // mixed control, high and NUL bytes
	}
	_, err := ingest.Parse("noise.txt", data, ingest.Auto)
	if err == nil || !strings.Contains(err.Error(), "noise.txt: binary file") || graph.KindOf(err) != graph.Invalid {
		t.Fatalf("Parse(noise) error = %v, want an Invalid binary-file error naming noise.txt", err)
	}
}

func TestReadJSONLKeepsGoodLines(t *testing.T) {
	ins, err := ingest.ReadFile(td("feed.jsonl"), ingest.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		origin, title, date, text, errHas, noteHas string
	}
	wants := []want{
		{origin: "feed.jsonl:1", title: "Talks in Miami", date: "2025-12-20", text: "Umerov met Witkoff in Miami."},
		{origin: "feed.jsonl:3", errHas: "not a JSON article"},
		{origin: "feed.jsonl:4", title: "Kremlin reply", date: "2025-12-27", text: "Peskov said Russia was studying the plan."},
		{origin: "feed.jsonl:5", errHas: "want an object"},
		{origin: "feed.jsonl:6", errHas: `no "text"`},
		{origin: "feed.jsonl:7", title: "Bad date", text: "Zelensky thanked Trump.", noteHas: `date "someday" not understood`},
	}
	if len(ins) != len(wants) {
		t.Fatalf("%d inputs, want %d (blank lines skipped, bad lines kept as errors)", len(ins), len(wants))
	}
	for i, w := range wants {
		in := ins[i]
		w.origin = td(w.origin)
		if in.Article.Origin != w.origin {
			t.Errorf("input %d: Origin = %q, want %q", i, in.Article.Origin, w.origin)
		}
		if w.errHas != "" {
			if in.Err == nil || !strings.Contains(in.Err.Error(), w.origin+": ") || !strings.Contains(in.Err.Error(), w.errHas) {
				t.Errorf("input %d: Err = %v, want one naming %s and saying %q", i, in.Err, w.origin, w.errHas)
			}
			if graph.KindOf(in.Err) != graph.Invalid {
				t.Errorf("input %d: kind = %v, want invalid", i, graph.KindOf(in.Err))
			}
			continue
		}
		if in.Err != nil {
			t.Errorf("input %d: unexpected error %v", i, in.Err)
		}
		if in.Article.Title != w.title || in.Article.Published != w.date || in.Article.Text != w.text {
			t.Errorf("input %d: got %q %q %q, want %q %q %q", i, in.Article.Title, in.Article.Published, in.Article.Text, w.title, w.date, w.text)
		}
		if notes := strings.Join(in.Notes, "; "); (w.noteHas == "") != (notes == "") || !strings.Contains(notes, w.noteHas) {
			t.Errorf("input %d: notes %q, want %q", i, notes, w.noteHas)
		}
	}
}

func TestReadSniffsStandardInput(t *testing.T) {
	page, err := os.ReadFile(td("page.html"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		data   string
		format ingest.Format
		want   []string // the texts of the articles
	}{
		{"text", "Title: T\n\nRussia and Ukraine talked.\n", ingest.Auto, []string{"Russia and Ukraine talked."}},
		{"jsonl", `{"text":"one"}` + "\n" + `{"text":"two"}` + "\n", ingest.Auto, []string{"one", "two"}},
		{"html", string(page), ingest.Auto, []string{"Kremlin spokesman Dmitry Peskov said on Friday"}},
		{"forced text keeps markup", "<p>x</p>", ingest.Text, []string{"<p>x</p>"}},
		{"forced markdown", "# Head\n\n**bold** words", ingest.Markdown, []string{"Head\n\nbold words"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ins, err := ingest.Read(strings.NewReader(tt.data), "stdin", tt.format, ingest.DefaultOptions())
			if err != nil {
				t.Fatal(err)
			}
			if len(ins) != len(tt.want) {
				t.Fatalf("%d inputs, want %d", len(ins), len(tt.want))
			}
			for i, w := range tt.want {
				if !strings.HasPrefix(ins[i].Article.Text, w) {
					t.Errorf("input %d text = %q, want prefix %q", i, ins[i].Article.Text, w)
				}
				if o := ins[i].Article.Origin; !strings.HasPrefix(o, "stdin") {
					t.Errorf("input %d origin = %q, want stdin…", i, o)
				}
			}
		})
	}
}

func TestReadSizeLimit(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	// 8 MiB of article text: read whole under the default limit.
	para := "Ukrainian President Volodymyr Zelensky said on Thursday that talks were good.\n\n"
	data := bytes.Repeat([]byte(para), 8<<20/len(para)+1)
	if err := os.WriteFile(big, data, 0o644); err != nil {
		t.Fatal(err)
	}
	in := readOne(t, big)
	if len(in.Article.Text) != len(bytes.TrimSpace(data)) {
		t.Errorf("read %d bytes of text, want %d", len(in.Article.Text), len(bytes.TrimSpace(data)))
	}

	opts := ingest.Options{MaxSize: 1 << 20}
	_, err := ingest.ReadFile(big, opts)
	if err == nil || !strings.Contains(err.Error(), big) || !strings.Contains(err.Error(), "too large") || graph.KindOf(err) != graph.LimitExceeded {
		t.Errorf("ReadFile over the limit: error %v, want a LimitExceeded error naming %s", err, big)
	}
	_, err = ingest.Read(bytes.NewReader(data), "stdin", ingest.Auto, opts)
	if err == nil || !strings.Contains(err.Error(), "stdin: input too large") {
		t.Errorf("Read over the limit: error %v, want one naming stdin", err)
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]ingest.Format{
		"txt": ingest.Text, "TEXT": ingest.Text, ".md": ingest.Markdown, "markdown": ingest.Markdown,
		"htm": ingest.HTML, "html": ingest.HTML, "ndjson": ingest.JSONL, "jsonl": ingest.JSONL, "auto": ingest.Auto, "": ingest.Auto,
	} {
		if got, err := ingest.ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ingest.ParseFormat("pdf"); err == nil || !strings.Contains(err.Error(), `"pdf"`) {
		t.Errorf("ParseFormat(pdf) error = %v, want one naming pdf", err)
	}
}

func TestExpand(t *testing.T) {
	entries, skips := ingest.Expand([]string{
		td("folder"), td("missing"), td("folder/a.txt"), td("tiny.png"), "-",
	})
	var got []string
	for _, e := range entries {
		s := e.Path
		if e.Err != nil {
			s += " ERR " + e.Err.Error()
		}
		got = append(got, s)
	}
	want := []string{
		td("folder/a.txt"),
		td("folder/b.html"),
		td("folder/sub/c.md"),
		td("folder/sub/d.jsonl"),
		td("missing") + " ERR ingest.Expand: " + td("missing") + ": no such file or directory",
		// folder/a.txt again is read once; a file named explicitly is
		// read whatever its extension.
		td("tiny.png"),
		"-",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("entries:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var skipped []string
	for _, s := range skips {
		skipped = append(skipped, s.Path+": "+s.Reason)
	}
	wantSkips := []string{
		td("folder/.cache") + ": hidden",
		td("folder/.hidden.txt") + ": hidden",
		td("folder/notes.csv") + ": unknown extension",
	}
	if len(skipped) != len(wantSkips) {
		t.Fatalf("skips %q, want %q", skipped, wantSkips)
	}
	for i := range wantSkips {
		if !strings.HasPrefix(skipped[i], wantSkips[i]) {
			t.Errorf("skip %d = %q, want %q…", i, skipped[i], wantSkips[i])
		}
	}
	if k := graph.KindOf(entries[4].Err); k != graph.NotFound {
		t.Errorf("missing path kind = %v, want not found", k)
	}
}

// An empty or blank "text" is told apart from a missing one: the first
// is a mistake in the value, the second in the line's fields.
func TestReadJSONLTellsEmptyTextFromMissing(t *testing.T) {
	cases := []struct {
		line, want, notWant string
	}{
		{`{"title":"T","text":""}`, `feed.jsonl:2: "text" is empty`, `no "text"`},
		{`{"title":"T","text":"  \n "}`, `feed.jsonl:2: "text" is empty`, `no "text"`},
		{`{"title":"T"}`, `feed.jsonl:2: no "text"`, "empty"},
		{`{"title":"T","text":null}`, `feed.jsonl:2: no "text"`, "empty"},
	}
	for _, c := range cases {
		data := []byte(`{"text":"Umerov met Witkoff."}` + "\n" + c.line + "\n")
		ins, err := ingest.Parse("feed.jsonl", data, ingest.JSONL)
		if err != nil {
			t.Fatalf("%s: %v", c.line, err)
		}
		if len(ins) != 2 || ins[0].Err != nil {
			t.Fatalf("%s: inputs = %+v, want a good line and a bad one", c.line, ins)
		}
		e := ins[1].Err
		if e == nil || !strings.Contains(e.Error(), c.want) || strings.Contains(e.Error(), c.notWant) || graph.KindOf(e) != graph.Invalid {
			t.Errorf("%s: Err = %v, want an Invalid error saying %q", c.line, e, c.want)
		}
	}
}
