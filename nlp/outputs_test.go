package nlp_test

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/nlp"
)

var update = flag.Bool("update", false, "record the committed model's outputs in testdata/outputs.sum")

// outputsFile records, for the committed model (named by its SHA-256),
// a checksum of everything it gives on fixed inputs: a change to the
// inference path (feature hashing, table layout, scoring) must give the
// same tags, lemmas, heads and relations to the last token. A new model
// records its own outputs with -update.
const outputsFile = "testdata/outputs.sum"

// TestOutputsStayTheSame parses the repository's test articles from raw
// text and, when the treebanks are at hand, EWT's development set from
// gold tokens, and compares a checksum of the result with the one
// recorded for the committed model.
func TestOutputsStayTheSame(t *testing.T) {
	if testing.Short() {
		t.Skip("parses 2,000 sentences; not in -short")
	}
	model, err := os.ReadFile(filepath.Join("model", "en_ewt.model"))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{"model": sum(model)}
	relabeller, err := os.ReadFile(filepath.Join("model", "en_ewt.relabel"))
	if err != nil {
		t.Fatal(err)
	}
	got["relabeller"] = sum(relabeller)
	reranker, err := os.ReadFile(filepath.Join("model", "en_ewt.rerank"))
	if err != nil {
		t.Fatal(err)
	}
	got["reranker"] = sum(reranker)
	got["texts"] = textsChecksum(t)
	if dir, err := nlp.FindUD(); err == nil {
		got["ewt-dev"] = treebankChecksum(t, filepath.Join(dir, "en_ewt-ud-dev.conllu"))
	} else {
		t.Log("EWT dev not checked: ", err)
	}
	if *update {
		writeOutputs(t, got)
		return
	}
	want := readOutputs(t)
	if want["model"] != got["model"] {
		t.Fatalf("%s records the outputs of model %s, not of the committed one (%s): run go test ./nlp -run TestOutputsStayTheSame -update with the new model",
			outputsFile, want["model"], got["model"])
	}
	for k, v := range got {
		if want[k] != v {
			t.Errorf("%s: the model's outputs changed (checksum %s, recorded %s)", k, v, want[k])
		}
	}
}

// textsChecksum parses the test articles of extract and testdata/heldout.
func textsChecksum(t *testing.T) string {
	var files []string
	for _, pat := range []string{"../extract/testdata/articles/*.txt", "../testdata/heldout/*.txt"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 10 {
		t.Fatalf("only %d test articles found", len(files))
	}
	slices.Sort(files)
	m := defaultModel(t)
	h := sha256.New()
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(h, "# %s\n", filepath.Base(f))
		for _, s := range m.Parse(string(text)) {
			writeSentence(h, s)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// treebankChecksum annotates a treebank's sentences from gold tokens,
// all together as Parse does.
func treebankChecksum(t *testing.T, path string) string {
	recs := readTreebank(t, path)
	sents := make([]nlp.Sentence, len(recs))
	for i, r := range recs {
		sents[i].Tokens = slices.Clone(r.Sentence.Tokens)
		for j := range sents[i].Tokens {
			tk := &sents[i].Tokens[j]
			tk.UPOS, tk.XPOS, tk.Lemma, tk.Head, tk.Deprel = "", "", "", 0, ""
		}
	}
	defaultModel(t).AnnotateAll(sents)
	h := sha256.New()
	for _, s := range sents {
		writeSentence(h, s)
	}
	return hex.EncodeToString(h.Sum(nil))
}

func writeSentence(w interface{ Write([]byte) (int, error) }, s nlp.Sentence) {
	for _, tk := range s.Tokens {
		fmt.Fprintf(w, "%d %d %s %s %s %s %d %s\n", tk.Start, tk.End, tk.Form, tk.UPOS, tk.XPOS, tk.Lemma, tk.Head, tk.Deprel)
	}
	fmt.Fprintln(w)
}

func sum(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

func readOutputs(t *testing.T) map[string]string {
	f, err := os.Open(outputsFile)
	if err != nil {
		t.Fatalf("%v (record it with -update)", err)
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), " ")
		if !ok {
			t.Fatalf("%s: bad line %q", outputsFile, sc.Text())
		}
		out[k] = v
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func writeOutputs(t *testing.T, got map[string]string) {
	var b strings.Builder
	for _, k := range []string{"model", "relabeller", "reranker", "texts", "ewt-dev"} {
		if v, ok := got[k]; ok {
			fmt.Fprintf(&b, "%s %s\n", k, v)
		}
	}
	if _, ok := got["ewt-dev"]; !ok {
		t.Fatal("record the outputs with the treebanks at hand (../shared/ud)")
	}
	if err := os.MkdirAll(filepath.Dir(outputsFile), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(outputsFile, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}
