package nlp_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/nlp"
)

const sample = `# newdoc id = d1
# sent_id = s1
# text = I don't know, “Bob”.
1	I	I	PRON	PRP	Case=Nom	4	nsubj	4:nsubj	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	4:aux	_
3	n't	not	PART	RB	_	4	advmod	4:advmod	_
4	know	know	VERB	VB	_	0	root	0:root	SpaceAfter=No
4.1	knew	know	VERB	VBD	_	_	_	4:conj	CopyOf=4
5	,	,	PUNCT	,	_	4	punct	4:punct	_
` + "6\t“\t\"\tPUNCT\t``\t_\t7\tpunct\t7:punct\tSpaceAfter=No\n" + `7	Bob	Bob	PROPN	NNP	_	4	obj	4:obj	SpaceAfter=No
8	”	"	PUNCT	''	_	7	punct	7:punct	SpaceAfter=No
9	.	.	PUNCT	.	_	4	punct	4:punct	_

# sent_id = s2
1	Hi	hi	INTJ	UH	_	0	root	0:root	SpaceAfter=No
2	!	!	PUNCT	.	_	1	punct	1:punct	_

`

func TestReadCoNLLUKeepsWordsCommentsAndOffsets(t *testing.T) {
	recs, err := nlp.ReadCoNLLU(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 {
		t.Fatalf("got %d records, want 2", len(recs))
	}
	r := recs[0]
	if r.ID != "s1" || r.Text != "I don't know, “Bob”." || !r.Aligned {
		t.Fatalf("record header = %q %q aligned=%v", r.ID, r.Text, r.Aligned)
	}
	if len(r.Comments) != 1 || r.Comments[0] != "newdoc id = d1" {
		t.Errorf("comments = %q", r.Comments)
	}
	var forms []string
	for _, tok := range r.Sentence.Tokens {
		forms = append(forms, tok.Form)
		if got := r.Text[tok.Start:tok.End]; got != tok.Form {
			t.Errorf("span of %q is %q", tok.Form, got)
		}
	}
	if got := strings.Join(forms, " "); got != "I do n't know , “ Bob ” ." {
		t.Errorf("forms = %q (multiword ranges and empty nodes must be skipped)", got)
	}
	toks := r.Sentence.Tokens
	if toks[1].SpaceAfter || !toks[2].SpaceAfter || toks[3].SpaceAfter {
		t.Errorf("SpaceAfter of do/n't/know = %v %v %v, want false true false",
			toks[1].SpaceAfter, toks[2].SpaceAfter, toks[3].SpaceAfter)
	}
	if toks[2].Lemma != "not" || toks[2].UPOS != "PART" || toks[2].XPOS != "RB" || toks[2].Head != 4 || toks[2].Deprel != "advmod" {
		t.Errorf("n't = %+v", toks[2])
	}
	if r.Sentence.Start != 0 || r.Sentence.End != len(r.Text) {
		t.Errorf("sentence span %d..%d, want 0..%d", r.Sentence.Start, r.Sentence.End, len(r.Text))
	}
	// No "# text": rebuilt from the forms and SpaceAfter.
	if recs[1].Text != "Hi!" || recs[1].Aligned {
		t.Errorf("rebuilt text = %q aligned=%v, want \"Hi!\" false", recs[1].Text, recs[1].Aligned)
	}
}

func TestReadCoNLLUFallsBackWhenTextDisagrees(t *testing.T) {
	in := "# text = Hello  world\n1\tHullo\t_\t_\t_\t_\t0\troot\t_\t_\n2\tworld\t_\t_\t_\t_\t1\tobj\t_\t_\n\n"
	recs, err := nlp.ReadCoNLLU(strings.NewReader(in), "x")
	if err != nil {
		t.Fatal(err)
	}
	r := recs[0]
	if r.Aligned || r.Text != "Hullo world" {
		t.Fatalf("text = %q aligned = %v, want rebuilt \"Hullo world\"", r.Text, r.Aligned)
	}
	for _, tok := range r.Sentence.Tokens {
		if r.Text[tok.Start:tok.End] != tok.Form {
			t.Errorf("span of %q is %q", tok.Form, r.Text[tok.Start:tok.End])
		}
	}
}

func TestReadCoNLLURejectsBadLinesNamingTheInput(t *testing.T) {
	for name, in := range map[string]string{
		"too few columns": "1\tHi\t_\n",
		"bad head":        "1\tHi\t_\t_\t_\t_\tX\troot\t_\t_\n",
		"id out of order": "2\tHi\t_\t_\t_\t_\t0\troot\t_\t_\n",
		"bad range":       "3-1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := nlp.ReadCoNLLU(strings.NewReader(in), "bad.conllu")
			if err == nil || !strings.Contains(err.Error(), "bad.conllu:1") {
				t.Fatalf("err = %v, want one naming bad.conllu:1", err)
			}
		})
	}
}

func TestWriteCoNLLURoundTrips(t *testing.T) {
	recs, err := nlp.ReadCoNLLU(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := nlp.WriteCoNLLU(&buf, recs); err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") && strings.Count(line, "\t") != 9 {
			t.Errorf("line %d has %d columns: %q", i+1, strings.Count(line, "\t")+1, line)
		}
	}
	again, err := nlp.ReadCoNLLU(&buf, "written")
	if err != nil {
		t.Fatal(err)
	}
	if len(again) != len(recs) {
		t.Fatalf("%d records after the round trip, want %d", len(again), len(recs))
	}
	for i := range recs {
		a, b := recs[i], again[i]
		if a.ID != b.ID || a.Text != b.Text || len(a.Sentence.Tokens) != len(b.Sentence.Tokens) {
			t.Fatalf("record %d: %q %q -> %q %q", i, a.ID, a.Text, b.ID, b.Text)
		}
		for j := range a.Sentence.Tokens {
			if a.Sentence.Tokens[j] != b.Sentence.Tokens[j] {
				t.Errorf("record %d token %d: %+v -> %+v", i, j, a.Sentence.Tokens[j], b.Sentence.Tokens[j])
			}
		}
	}
}

func TestWriteCoNLLUFromTextAndUnparsedTokens(t *testing.T) {
	text := "Hi there.\nBye."
	sents := []nlp.Sentence{
		{Start: 0, End: 9, Tokens: []nlp.Token{
			{Form: "Hi", Start: 0, End: 2, SpaceAfter: true, Head: -1},
			{Form: "there", Start: 3, End: 8, Head: -1},
			{Form: ".", Start: 8, End: 9, SpaceAfter: true, Head: -1},
		}},
		{Start: 10, End: 14, Tokens: []nlp.Token{
			{Form: "Bye", Start: 10, End: 13, UPOS: "INTJ", Head: 0, Deprel: "root"},
			{Form: ".", Start: 13, End: 14, UPOS: "PUNCT", Head: 1, Deprel: "punct", SpaceAfter: true},
		}},
	}
	var buf bytes.Buffer
	if err := nlp.WriteCoNLLU(&buf, nlp.RecordsFromText(text, sents)); err != nil {
		t.Fatal(err)
	}
	want := "# sent_id = 1\n# text = Hi there.\n" +
		"1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"2\tthere\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n" +
		"3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n" +
		"# sent_id = 2\n# text = Bye.\n" +
		"1\tBye\t_\tINTJ\t_\t_\t0\troot\t_\tSpaceAfter=No\n" +
		"2\t.\t_\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n"
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
}

// TestReadCoNLLUAlignsTheTreebanks reads the UD English treebanks and
// checks that the offsets of (nearly) every sentence fit its text.
func TestReadCoNLLUAlignsTheTreebanks(t *testing.T) {
	dir := udDir(t)
	for _, f := range []string{"en_ewt-ud-dev.conllu", "en_pud-ud-test.conllu"} {
		recs := readTreebank(t, filepath.Join(dir, f))
		aligned := 0
		for _, r := range recs {
			if r.Aligned {
				aligned++
			}
		}
		if aligned < len(recs)*99/100 {
			t.Errorf("%s: %d of %d sentences aligned with their text", f, aligned, len(recs))
		}
	}
}

func readTreebank(t testing.TB, path string) []nlp.Record {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := nlp.ReadCoNLLU(f, path)
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// udDir finds shared/ud (the UD treebanks, kept outside the repository)
// beside the repository or one of its parent folders, or skips.
func udDir(t testing.TB) string {
	t.Helper()
	dir, err := nlp.FindUD()
	if err != nil {
		t.Skip(err.Error())
	}
	return dir
}
