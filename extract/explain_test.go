package extract_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

func explainText(tb testing.TB, x *extract.Extractor, name, text string) (*graph.Batch, *extract.Explanation) {
	tb.Helper()
	b, ex, err := x.Explain(graph.Article{Text: text, Origin: name}, extract.ExplainOptions{})
	if err != nil {
		tb.Fatalf("explain %s: %v", name, err)
	}
	return b, ex
}

// TestExplainGolden compares the explanation of a seed article, with the
// candidates turned down, with testdata/explain (go test -update
// rewrites it).
func TestExplainGolden(t *testing.T) {
	const name = "000_97bc9f889c20d96a"
	text, err := os.ReadFile(filepath.Join("..", "seeds", name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	_, ex := explainText(t, extract.New(extract.Options{}), name, string(text))
	got, err := json.MarshalIndent(ex, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "explain", name+".json")
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
		t.Fatalf("%v (run go test ./extract -run TestExplainGolden -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("explanation of %s differs from %s (-want +got; go test ./extract -run TestExplainGolden -update rewrites it after a deliberate change):\n%s",
			name, path, lineDiff(string(want), string(got), 3, 80))
	}
}

// lineDiff is a unified-style diff of two texts by lines, with ctx lines
// of context around each change and at most limit changed lines.
func lineDiff(a, b string, ctx, limit int) string {
	x, y := strings.Split(a, "\n"), strings.Split(b, "\n")
	// Longest common subsequence, by dynamic programming from the end.
	lcs := make([][]int32, len(x)+1)
	for i := range lcs {
		lcs[i] = make([]int32, len(y)+1)
	}
	for i := len(x) - 1; i >= 0; i-- {
		for j := len(y) - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max32(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	type op struct {
		kind byte
		line string
		at   int
	}
	var ops []op
	i, j := 0, 0
	for i < len(x) || j < len(y) {
		switch {
		case i < len(x) && j < len(y) && x[i] == y[j]:
			ops = append(ops, op{' ', x[i], i + 1})
			i++
			j++
		case i < len(x) && (j == len(y) || lcs[i+1][j] >= lcs[i][j+1]):
			ops = append(ops, op{'-', x[i], i + 1})
			i++
		default:
			ops = append(ops, op{'+', y[j], j + 1})
			j++
		}
	}
	var out strings.Builder
	changed, last := 0, -1
	for k, o := range ops {
		if o.kind == ' ' {
			continue
		}
		for c := max(k-ctx, last+1); c < k; c++ {
			if c == max(k-ctx, last+1) && c > last+1 {
				fmt.Fprintf(&out, "@@ line %d\n", ops[c].at)
			}
			fmt.Fprintf(&out, "  %s\n", ops[c].line)
		}
		fmt.Fprintf(&out, "%c %s\n", o.kind, o.line)
		last = k
		for c := k + 1; c < len(ops) && c <= k+ctx && ops[c].kind == ' '; c++ {
			fmt.Fprintf(&out, "  %s\n", ops[c].line)
			last = c
		}
		if changed++; changed >= limit {
			out.WriteString("… (more changes)\n")
			break
		}
	}
	return out.String()
}

func max32(a, b int32) int32 {
	if a > b {
		return a
	}
	return b
}

// TestExplainChangesNothing: the batch Explain returns is the batch
// Extract returns, and every interaction, role, statement and event it
// stores is explained.
func TestExplainChangesNothing(t *testing.T) {
	x := extract.New(extract.Options{})
	for name, text := range corpus(t) {
		t.Run(name, func(t *testing.T) {
			want := extractText(t, x, name, text)
			got, ex := explainText(t, x, name, text)
			if !reflect.DeepEqual(got, want) {
				t.Fatal("Explain's batch differs from Extract's")
			}
			explained := map[graph.ID]bool{}
			for _, r := range ex.Relations {
				explained[r.Edge] = true
			}
			for _, r := range ex.Roles {
				explained[r.Edge] = true
			}
			for _, s := range ex.Statements {
				for _, id := range s.Nodes {
					explained[id] = true
				}
			}
			for _, e := range ex.Events {
				explained[e.Node] = true
			}
			for _, o := range ex.Objects {
				explained[o.Node] = true
				for _, l := range append(append(o.Values, o.Proposed...), o.Reviewed...) {
					explained[l.Edge] = true
				}
			}
			for _, e := range want.Edges {
				switch e.Class {
				case graph.Mentions, graph.Stated, graph.About, graph.ParticipatedIn:
					continue // follow from the nodes explained
				}
				if !explained[e.ID] {
					t.Errorf("edge %s -%s-> %s (%s) is not explained", e.Source, e.Class, e.Target, e.ID)
				}
			}
			for _, n := range want.Nodes {
				if (n.Kind == graph.KindStatement || n.Kind == graph.KindEvent || n.Kind == graph.KindObject && n.Type == "plan") && !explained[n.ID] {
					t.Errorf("%s node %s %q is not explained", n.Kind, n.ID, n.Label)
				}
			}
		})
	}
}

// TestExplainSpansSliceTheText: every span's text is the article's text
// at its offsets.
func TestExplainSpansSliceTheText(t *testing.T) {
	x := extract.New(extract.Options{})
	for name, text := range corpus(t) {
		_, ex := explainText(t, x, name, text)
		check := func(what string, s extract.Span) {
			if s.Start < 0 && s.Text == "" {
				return
			}
			if s.Start < 0 || s.End > len(text) || s.Start > s.End || text[s.Start:s.End] != s.Text {
				t.Errorf("%s: %s: span %d-%d %q does not slice the text", name, what, s.Start, s.End, s.Text)
			}
		}
		for _, s := range ex.Sentences {
			check("sentence", extract.Span{Start: s.Start, End: s.End, Text: s.Text})
		}
		for _, a := range ex.Actors {
			for _, m := range a.Mentions {
				check("mention of "+a.Label, m.Span)
			}
		}
		for _, s := range ex.Statements {
			check("statement", s.Content)
			check("statement evidence", s.Evidence)
		}
		for _, r := range ex.Relations {
			check("trigger", r.Trigger)
			check("relation evidence", r.Evidence)
			if r.When.From != nil {
				check("time words", *r.When.From)
			}
			for _, a := range r.Arcs {
				if !strings.HasPrefix(text[a.Start:], a.Word) {
					t.Errorf("%s: arc %s %q is not at %d", name, a.Role, a.Word, a.Start)
				}
			}
		}
		for _, r := range ex.Rejected {
			check("rejected", r.At)
		}
	}
}

// documentedRules reads the rule names of docs/EXPLAIN.md's tables: the
// first cell of each row, in backquotes.
func documentedRules(t *testing.T) map[string]bool {
	t.Helper()
	doc, err := os.ReadFile(filepath.Join("..", "docs", "EXPLAIN.md"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, m := range regexp.MustCompile("(?m)^\\| `([^`]+)` \\|").FindAllStringSubmatch(string(doc), -1) {
		out[m[1]] = true
	}
	if len(out) < 40 {
		t.Fatalf("docs/EXPLAIN.md lists %d rules; its tables were not read", len(out))
	}
	return out
}

// rulesOf lists every rule name an explanation gives, with where.
func rulesOf(ex *extract.Explanation) map[string]string {
	out := map[string]string{}
	add := func(rule, where string) {
		if _, ok := out[rule]; !ok {
			out[rule] = where
		}
	}
	for _, a := range ex.Actors {
		for _, m := range a.Mentions {
			add(m.Rule, "mention "+m.Text)
		}
		for _, mg := range a.Merged {
			add(mg.Rule, "merge of "+mg.From)
		}
	}
	for _, s := range ex.Statements {
		add(s.Rule, "statement "+s.Content.Text)
	}
	for _, r := range ex.Relations {
		add(r.Rule, "relation "+r.Class+" "+r.Trigger.Text)
		if r.Modality.Rule != "" {
			add(r.Modality.Rule, "modality of "+r.Trigger.Text)
		}
	}
	for _, e := range ex.Events {
		for _, r := range e.Reports {
			add(r.Rule, "event "+e.Type+" "+r.Trigger.Text)
			if r.Modality.Rule != "" {
				add(r.Modality.Rule, "modality of "+r.Trigger.Text)
			}
		}
	}
	for _, r := range ex.Roles {
		add(r.Rule, "role "+r.Words)
	}
	for _, o := range ex.Objects {
		add(o.Rule, "object "+o.Label)
	}
	for _, r := range ex.Rejected {
		add(r.Rule, "rejected at "+r.At.Text+": "+r.Reason)
	}
	return out
}

// TestExplainRulesAreDocumented: every item names its rule, every rule
// name explain gives is in docs/EXPLAIN.md, and every documented name is
// in the extractor's source.
func TestExplainRulesAreDocumented(t *testing.T) {
	docs := documentedRules(t)
	x := extract.New(extract.Options{})
	seen := map[string]bool{}
	texts := corpus(t)
	for k, v := range inventedSentences {
		texts["invented "+k] = v
	}
	for name, text := range texts {
		_, ex := explainText(t, x, name, text)
		for rule, where := range rulesOf(ex) {
			seen[rule] = true
			switch {
			case rule == "":
				t.Errorf("%s: %s has no rule name: the rule that made it should name itself (md.rule, stmt.rule or roleLink.rule; see extract/trace.go) and docs/EXPLAIN.md list the name", name, where)
			case !docs[rule]:
				t.Errorf("%s: rule %q (%s) is not in docs/EXPLAIN.md's tables: add a row saying what it reads", name, rule, where)
			}
		}
	}
	var src strings.Builder
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src.Write(b)
	}
	var unused []string
	for rule := range docs {
		if !strings.Contains(src.String(), `"`+rule+`"`) && !strings.Contains(src.String(), `"`+strings.TrimPrefix(rule, "parse: ")+`"`) {
			t.Errorf("documented rule %q is named nowhere in the extractor's source", rule)
		}
		if !seen[rule] {
			unused = append(unused, rule)
		}
	}
	sort.Strings(unused)
	t.Logf("%d documented rules, %d seen in the corpus; not seen: %s", len(docs), len(seen), strings.Join(unused, ", "))
}

// inventedSentences exercise the modality, rejection and time rules.
var inventedSentences = map[string]string{
	"negated":      "Russian President Vladimir Putin did not meet Ukrainian President Volodymyr Zelensky on Friday, the Kremlin said.",
	"planned":      "German Chancellor Friedrich Merz will meet French President Emmanuel Macron in Berlin next week.",
	"charge":       "Ukrainian President Volodymyr Zelensky accused Russian President Vladimir Putin of attacking Poland.",
	"no object":    "Ukrainian President Volodymyr Zelensky met reporters in Kyiv on Monday.",
	"hypothetical": "French President Emmanuel Macron said he would meet Chinese President Xi Jinping if the talks succeed.",
}

// TestExplainSaysWhy: on invented sentences, the modality, its cue and
// rule, the day and its words, and the reasons candidates were turned
// down.
func TestExplainSaysWhy(t *testing.T) {
	x := extract.New(extract.Options{})
	relation := func(t *testing.T, ex *extract.Explanation, src, class, dst string) extract.ExplainedRelation {
		t.Helper()
		for _, r := range ex.Relations {
			if strings.Contains(r.Source.Label, src) && r.Class == class && strings.Contains(r.Target.Label, dst) {
				return r
			}
		}
		t.Fatalf("no relation %s -%s-> %s among %+v", src, class, dst, ex.Relations)
		return extract.ExplainedRelation{}
	}
	t.Run("negated", func(t *testing.T) {
		_, ex := explainText(t, x, "negated", "Published: 2026-03-08\n\n"+inventedSentences["negated"])
		r := relation(t, ex, "Putin", "CONSULT", "Zelensky")
		if r.Modality.Modality != "negated" || r.Modality.Cue != "not" || r.Modality.Rule != "negation" {
			t.Errorf("modality %+v, want negated by \"not\" (negation)", r.Modality)
		}
		if r.Rule != "rel.verb-object" || r.Trigger.Text != "meet" {
			t.Errorf("rule %q trigger %q, want rel.verb-object on \"meet\"", r.Rule, r.Trigger.Text)
		}
		if r.When.Day != "2026-03-06" || r.When.From == nil || r.When.From.Text != "Friday" {
			t.Errorf("when %+v, want 2026-03-06 from \"Friday\"", r.When)
		}
		roles := map[string]string{}
		for _, a := range r.Arcs {
			roles[a.Role] = a.Word + " " + a.Label + " " + a.Head
		}
		if roles["trigger"] == "" || roles["subject"] == "" || roles["object"] == "" {
			t.Errorf("arcs %v, want trigger, subject and object", roles)
		}
	})
	t.Run("planned", func(t *testing.T) {
		_, ex := explainText(t, x, "planned", inventedSentences["planned"])
		r := relation(t, ex, "Merz", "CONSULT", "Macron")
		if r.Modality.Modality != "planned" || r.Modality.Cue != "will" || r.Modality.Rule != "auxiliary" {
			t.Errorf("modality %+v, want planned by \"will\" (auxiliary)", r.Modality)
		}
	})
	t.Run("charge", func(t *testing.T) {
		_, ex := explainText(t, x, "charge", inventedSentences["charge"])
		found := false
		for _, r := range ex.Rejected {
			found = found || r.Rule == "rel.charge" && r.At.Text == "attacking"
		}
		if !found {
			t.Errorf("no rel.charge rejection at \"attacking\" among %+v", ex.Rejected)
		}
		for _, r := range ex.Relations {
			if r.Class == "ASSAULT" {
				t.Errorf("the charge was read as an attack: %+v", r)
			}
		}
	})
	t.Run("no object", func(t *testing.T) {
		_, ex := explainText(t, x, "no object", inventedSentences["no object"])
		found := false
		for _, r := range ex.Rejected {
			found = found || r.At.Text == "met" && strings.Contains(r.Reason, "object")
		}
		if !found {
			t.Errorf("no rejection of \"met\" for want of an object among %+v", ex.Rejected)
		}
	})
}

func TestExplainEmptyText(t *testing.T) {
	_, _, err := extract.New(extract.Options{}).Explain(graph.Article{Text: " \n", Origin: "blank.txt"}, extract.ExplainOptions{})
	if err == nil || !strings.Contains(err.Error(), "blank.txt") || graph.KindOf(err) != graph.Invalid {
		t.Fatalf("err = %v, want an Invalid error naming blank.txt", err)
	}
}

// TestExplainSentences: with ExplainOptions.Sentences every sentence is
// listed in order with a parse whose heads are words of the sentence.
func TestExplainSentences(t *testing.T) {
	text := "Kenyan President William Ruto hosted South African President Cyril Ramaphosa on Saturday.\n\nThe two leaders did not sign a deal, Ruto said."
	_, ex, err := extract.New(extract.Options{}).Explain(graph.Article{Text: text}, extract.ExplainOptions{Sentences: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(ex.Sentences) != 2 || ex.Sentences[0].Index != 0 || ex.Sentences[1].Index != 1 {
		t.Fatalf("sentences %+v, want both", ex.Sentences)
	}
	if !ex.Parsed {
		t.Skip("the parser is unavailable")
	}
	for _, s := range ex.Sentences {
		if len(s.Words) < 5 {
			t.Fatalf("sentence %d: %d words parsed", s.Index, len(s.Words))
		}
		roots := 0
		for i, w := range s.Words {
			if w.ID != i+1 || w.Head < 0 || w.Head > len(s.Words) || !strings.HasPrefix(text[w.Start:], w.Form) {
				t.Errorf("sentence %d: word %+v is not numbered, headed or placed right", s.Index, w)
			}
			if w.Head == 0 {
				roots++
			}
		}
		if roots != 1 {
			t.Errorf("sentence %d: %d roots", s.Index, roots)
		}
	}
}

// TestExplainOnPieces: explaining texts cut anywhere (even inside a
// character) and odd inputs neither fails nor gives spans off the text.
func TestExplainOnPieces(t *testing.T) {
	x := extract.New(extract.Options{})
	var texts []string
	files, _ := filepath.Glob("../seeds/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, cut := range []int{len(b) / 3, len(b) / 2} {
			texts = append(texts, string(b[:cut]), string(b[cut:]))
		}
	}
	texts = append(texts, "\"", "said", "Zelensky said.", "\"We\" said Peskov \"are\"", "KYIV — ", "a\x00b", "\xff\xfe",
		strings.Repeat("Putin met Trump. ", 20), strings.Repeat("(", 100), "Title: x\n\nIf Putin does not meet Trump on Friday, he will not.")
	for i, text := range texts {
		if strings.TrimSpace(text) == "" {
			continue
		}
		b, ex, err := x.Explain(graph.Article{Text: text}, extract.ExplainOptions{Sentences: true})
		if err != nil {
			t.Fatalf("piece %d: %v", i, err)
		}
		if b == nil || ex == nil {
			t.Fatalf("piece %d: no batch or explanation", i)
		}
		spans := []extract.Span{}
		for _, r := range ex.Relations {
			spans = append(spans, r.Trigger, r.Evidence)
		}
		for _, s := range ex.Statements {
			spans = append(spans, s.Content, s.Evidence)
		}
		for _, r := range ex.Rejected {
			spans = append(spans, r.At, r.Evidence)
		}
		for _, s := range spans {
			if s.Start < 0 && s.Text == "" {
				continue
			}
			if s.Start < 0 || s.End > len(text) || s.Start > s.End || text[s.Start:s.End] != s.Text {
				t.Errorf("piece %d: span %d-%d %q does not slice the text", i, s.Start, s.End, s.Text)
			}
		}
	}
}
