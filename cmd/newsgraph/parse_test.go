package main_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/nlp"
)

// conlluWords returns the word lines of CoNLL-U output, split in columns.
func conlluWords(t *testing.T, out string) [][]string {
	t.Helper()
	var rows [][]string
	for line := range strings.Lines(out) {
		line = strings.TrimRight(line, "\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 10 {
			t.Fatalf("line %q has %d columns, want 10", line, len(cols))
		}
		rows = append(rows, cols)
	}
	return rows
}

func TestParseRawText(t *testing.T) {
	r := run(t, "The minister said Russia didn't attack. “We won,” he said.\n", "parse")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	if n := strings.Count(r.stdout, "# text = "); n != 2 {
		t.Errorf("%d sentences, want 2:\n%s", n, r.stdout)
	}
	rows := conlluWords(t, r.stdout)
	var forms []string
	roots := 0
	for _, c := range rows {
		forms = append(forms, c[1])
		if c[3] == "_" || c[4] == "_" || c[2] == "_" || c[6] == "_" || c[7] == "_" {
			t.Errorf("word %q lacks a lemma, tag, head or relation: %v", c[1], c)
		}
		if c[6] == "0" {
			roots++
		}
	}
	if got, want := strings.Join(forms, " "), "The minister said Russia did n't attack . “ We won , ” he said ."; got != want {
		t.Errorf("words %q, want %q", got, want)
	}
	if roots != 2 {
		t.Errorf("%d roots, want one per sentence", roots)
	}
	for _, c := range rows {
		if c[1] == "said" && c[2] != "say" {
			t.Errorf("lemma of said: %q", c[2])
		}
		if c[1] == "n't" && c[9] != "_" {
			t.Errorf("n't MISC %q, want _ (a space follows)", c[9])
		}
		if c[1] == "did" && c[9] != "SpaceAfter=No" {
			t.Errorf("did MISC %q, want SpaceAfter=No", c[9])
		}
	}
}

// TestParseBeamWidth checks that --beam chooses the parser: the default
// parses as nlp.Default (the beam), --beam 1 as nlp.Greedy (what
// extraction reads). The sentence is one the two parse differently.
func TestParseBeamWidth(t *testing.T) {
	const text = "Rescue teams from India and China arrived on Sunday with tents, food and medical supplies for the survivors.\n"
	heads := func(m *nlp.Model) []string {
		var out []string
		for _, s := range m.Parse(text) {
			for _, tok := range s.Tokens {
				out = append(out, strconv.Itoa(tok.Head))
			}
		}
		return out
	}
	beam, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	greedy, err := nlp.Greedy()
	if err != nil {
		t.Fatal(err)
	}
	wantBeam, wantGreedy := heads(beam), heads(greedy)
	if slices.Equal(wantBeam, wantGreedy) {
		t.Fatalf("the beam and the greedy parser agree on %q: pick a sentence they parse differently", text)
	}
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"parse"}, wantBeam},
		{[]string{"parse", "--beam", "1"}, wantGreedy},
	} {
		r := run(t, text, c.args...)
		if r.code != 0 {
			t.Fatalf("%v: exit %d, stderr %q", c.args, r.code, r.stderr)
		}
		var got []string
		for _, cols := range conlluWords(t, r.stdout) {
			got = append(got, cols[6])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%v: heads %v, want %v", c.args, got, c.want)
		}
	}
}

func TestParseProgress(t *testing.T) {
	r := run(t, "One sentence. Another one.", "parse", "--progress")
	if r.code != 0 || !strings.Contains(r.stderr, "parse: 2 sentences, 6 words from standard input in ") {
		t.Errorf("exit %d, stderr %q; want the summary", r.code, r.stderr)
	}
	if quiet := run(t, "One sentence.", "parse"); quiet.stderr != "" {
		t.Errorf("without --progress (and no terminal) stderr is %q, want nothing", quiet.stderr)
	}
}

func TestParseKeepsCoNLLUWords(t *testing.T) {
	in := "# sent_id = a1\n# text = Dogs bark.\n" +
		"1\tDogs\tX\tX\tX\t_\t0\tdep\t_\t_\n" +
		"2\tbark\tX\tX\tX\t_\t0\tdep\t_\tSpaceAfter=No\n" +
		"3\t.\tX\tX\tX\t_\t0\tdep\t_\t_\n\n"
	dir := t.TempDir()
	path := filepath.Join(dir, "in.conllu")
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"parse", "--input", "conllu", path}, {"parse", "--input", "conllu", "-"}} {
		stdin := ""
		if args[len(args)-1] == "-" {
			stdin = in
		}
		r := run(t, stdin, args...)
		if r.code != 0 {
			t.Fatalf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
		if !strings.Contains(r.stdout, "# sent_id = a1\n") {
			t.Errorf("%v: the sentence id is lost:\n%s", args, r.stdout)
		}
		rows := conlluWords(t, r.stdout)
		if len(rows) != 3 || rows[0][1] != "Dogs" || rows[2][1] != "." {
			t.Fatalf("%v: words %v, want the input's three", args, rows)
		}
		if rows[0][2] != "dog" || rows[0][3] == "X" || rows[1][9] != "SpaceAfter=No" {
			t.Errorf("%v: rows %v: want new lemmas and tags, SpaceAfter kept", args, rows)
		}
	}
}

func TestParseBadInput(t *testing.T) {
	dir := t.TempDir()
	binPath := filepath.Join(dir, "latin1.txt")
	if err := os.WriteFile(binPath, []byte("caf\xe9 au lait"), 0o644); err != nil {
		t.Fatal(err)
	}
	badConllu := filepath.Join(dir, "bad.conllu")
	if err := os.WriteFile(badConllu, []byte("1\tonly\tthree\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"parse", missing}, 1, "missing.txt"},
		{[]string{"parse", binPath}, 1, "latin1.txt: not UTF-8 text (invalid byte 0xe9 at offset 3)"},
		{[]string{"parse", "--input", "conllu", badConllu}, 1, "bad.conllu:1"},
		{[]string{"parse", "--input", "xml"}, 2, `--input: "xml" is neither text nor conllu`},
		{[]string{"parse", "a.txt", "b.txt"}, 2, "one FILE at most"},
		{[]string{"parse", "--beam", "0"}, 2, "--beam: 0 is not a width"},
	} {
		r := run(t, "", c.args...)
		if r.code != c.code || !strings.Contains(r.stderr, c.want) || r.stdout != "" {
			t.Errorf("%v: exit %d, stderr %q, stdout %.80q; want exit %d, %q and no output", c.args, r.code, r.stderr, r.stdout, c.code, c.want)
		}
	}
}

// TestParseBinary runs the built binary on standard input, as a user
// piping text to it would.
func TestParseBinary(t *testing.T) {
	bin := binary(t)
	cmd := exec.Command(bin, "parse")
	cmd.Stdin = strings.NewReader("Mr. Smith's dog barked.\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("newsgraph parse: %v", err)
	}
	if r := run(t, "Mr. Smith's dog barked.\n", "parse"); r.stdout != string(out) {
		t.Errorf("the binary's output differs from the in-process run:\n%s\n%s", out, r.stdout)
	}
	rows := conlluWords(t, string(out))
	var forms []string
	for _, c := range rows {
		forms = append(forms, c[1])
	}
	if got := strings.Join(forms, " "); got != "Mr. Smith 's dog barked ." {
		t.Errorf("words %q", got)
	}
}
