package nlp

import (
	"os"
	"path/filepath"
	"testing"
)

// devSentences returns the first n sentences of EWT dev, for the
// internal tests that train small models; it skips the test, naming the
// folder it looked for, when the treebanks are absent.
func devSentences(t *testing.T, n int) []Sentence {
	t.Helper()
	dir, err := FindUD()
	if err != nil {
		t.Skip(err)
	}
	f, err := os.Open(filepath.Join(dir, "en_ewt-ud-dev.conllu"))
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	recs, err := ReadCoNLLU(f, "en_ewt-ud-dev.conllu")
	if err != nil {
		t.Fatal(err)
	}
	train := make([]Sentence, 0, n)
	for _, r := range recs[:min(n, len(recs))] {
		train = append(train, r.Sentence)
	}
	return train
}
