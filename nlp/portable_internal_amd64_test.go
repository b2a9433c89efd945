package nlp

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestAssemblyParsesAsGo annotates the same sentences with the
// assembly this processor runs (AVX2 scoring, AVX-512 hashing where it
// has them) and with the Go loops every other processor runs, and
// checks that the parses are the same, token by token: the same text
// gives the same parse on every machine.
func TestAssemblyParsesAsGo(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sents := Tokenize("Witkoff and Kushner met officials from Egypt, Qatar and Turkey. " +
		"\"The talks were useful,\" he said. A second round, which Rustem Umerov, head of the delegation, will lead, is planned.")
	if dir, err := FindUD(); err == nil {
		f, err := os.Open(filepath.Join(dir, "en_pud-ud-test.conllu"))
		if err != nil {
			t.Fatal(err)
		}
		recs, err := ReadCoNLLU(f, "en_pud-ud-test.conllu")
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range recs {
			sents = append(sents, r.Sentence)
		}
	}
	annotate := func() []string {
		work := make([]Sentence, len(sents))
		for i, s := range sents {
			work[i].Tokens = slices.Clone(s.Tokens)
		}
		m.AnnotateAll(work)
		out := make([]string, len(work))
		for i, s := range work {
			var b strings.Builder
			for _, tk := range s.Tokens {
				b.WriteString(tk.Form + "/" + tk.UPOS + "/" + tk.XPOS + "/" + strconv.Itoa(tk.Head) + "/" + tk.Deprel + " ")
			}
			out[i] = b.String()
		}
		return out
	}
	asm := annotate()
	avx2, avx512 := haveAVX2, haveAVX512
	haveAVX2, haveAVX512 = false, false
	defer func() { haveAVX2, haveAVX512 = avx2, avx512 }()
	portable := annotate()
	if !avx2 && !avx512 {
		t.Log("this processor runs the Go loops only: both passes ran them")
	}
	for i := range asm {
		if asm[i] != portable[i] {
			t.Fatalf("sentence %d: the assembly gives\n%s\nthe Go loops\n%s", i, asm[i], portable[i])
		}
	}
}
