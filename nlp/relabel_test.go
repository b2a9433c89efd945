package nlp_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/nlp"
)

// TestRetrainingReproducesTheEmbeddedRelabeller trains the relabeller
// on EWT train as cmd/nlptrain -relabeller-only does (seconds) and
// compares it with the committed file, byte for byte.
func TestRetrainingReproducesTheEmbeddedRelabeller(t *testing.T) {
	if testing.Short() {
		t.Skip("trains on EWT train (seconds); not in -short")
	}
	dir := udDir(t)
	train := sentences(readTreebank(t, filepath.Join(dir, "en_ewt-ud-train.conllu")))
	r, err := nlp.TrainRelabeller(train, nlp.DefaultRelabelOptions(), io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := r.Save(&got); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("model", "en_ewt.relabel"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("the retrained relabeller (%d bytes) differs from the committed one (%d bytes): retrain with go run ./cmd/nlptrain -relabeller-only", got.Len(), len(want))
	}
}

// TestRelabellerSavesLoadsAndRelabelsTheSame trains a small relabeller
// twice (the same bytes), reloads it, and checks that a model with it
// parses as with the original.
func TestRelabellerSavesLoadsAndRelabelsTheSame(t *testing.T) {
	dir := udDir(t)
	train := sentences(readTreebank(t, filepath.Join(dir, "en_ewt-ud-dev.conllu")))[:600]
	opt := nlp.DefaultRelabelOptions()
	var files [2]bytes.Buffer
	var r *nlp.Relabeller
	for i := range files {
		var err error
		if r, err = nlp.TrainRelabeller(train, opt, io.Discard); err != nil {
			t.Fatal(err)
		}
		if err := r.Save(&files[i]); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(files[0].Bytes(), files[1].Bytes()) {
		t.Fatal("two trainings on the same sentences gave different relabellers")
	}
	again, err := nlp.LoadRelabeller(bytes.NewReader(files[0].Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	m := defaultModel(t)
	a, b := tokens("Officials said on Tuesday that the deal , signed in Doha , would hold , the minister told reporters ."), tokens("")
	b.Tokens = append([]nlp.Token(nil), a.Tokens...)
	m.WithRelabeller(r).Annotate(&a)
	m.WithRelabeller(again).Annotate(&b)
	if render(a) != render(b) {
		t.Errorf("reloaded relabeller gives\n%s\nthe original\n%s", render(b), render(a))
	}
}

// TestLoadRelabellerRejectsWhatIsNotOne feeds LoadRelabeller a model
// file, garbage and a truncated relabeller.
func TestLoadRelabellerRejectsWhatIsNotOne(t *testing.T) {
	file, err := os.ReadFile(filepath.Join("model", "en_ewt.relabel"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := nlp.LoadRelabeller(bytes.NewReader(file)); err != nil {
		t.Fatalf("the committed relabeller: %v", err)
	}
	model, err := os.ReadFile(filepath.Join("model", "en_ewt.model"))
	if err != nil {
		t.Fatal(err)
	}
	// A v1 file (gzip) of half a relabeller, and half a v2 file.
	var truncated bytes.Buffer
	zw := gzip.NewWriter(&truncated)
	zw.Write([]byte("newsgraph nlp relabeller v1\n"))
	zw.Write(file[len("newsgraph nlp relabeller v2\n") : len(file)/2])
	zw.Close()
	for name, data := range map[string][]byte{
		"a parser model":    model[:4096],
		"not a relabeller":  []byte("hello"),
		"truncated v1":      truncated.Bytes(),
		"truncated":         file[:len(file)/2],
		"one byte too many": append(slices.Clone(file), 0),
	} {
		if _, err := nlp.LoadRelabeller(bytes.NewReader(data)); err == nil || !strings.Contains(err.Error(), "relabeller") {
			t.Errorf("%s: got %v, want an error naming the relabeller", name, err)
		}
	}
}

// TestEmbeddedRelabellerIsUsed checks that the default model relabels
// with the embedded relabeller, and that it gains: on 400 sentences of
// EWT dev (which it was tuned on) it labels more arcs right.
func TestEmbeddedRelabellerIsUsed(t *testing.T) {
	m := defaultModel(t)
	dir := udDir(t)
	gold := sentences(readTreebank(t, filepath.Join(dir, "en_ewt-ud-dev.conllu")))[:400]
	with, without := m.Score(gold), m.WithRelabeller(nil).Score(gold)
	if with.Labelled <= without.Labelled {
		t.Errorf("the default model labels %d arcs right with the relabeller, %d without: is it embedded?", with.Labelled, without.Labelled)
	}
	if with.Heads != without.Heads {
		t.Logf("heads right: %d with the relabeller, %d without (the rules read the labels)", with.Heads, without.Heads)
	}
}

// BenchmarkAnnotateAllRelabel is BenchmarkAnnotateAll with and without
// the relabeller, side by side: the relabeller's cost.
func BenchmarkAnnotateAllRelabel(b *testing.B) {
	dir := udDir(b)
	recs := readTreebank(b, filepath.Join(dir, "en_pud-ud-test.conllu"))
	size := 0
	for _, r := range recs {
		size += len(r.Text) + 1
	}
	for _, c := range []struct {
		name string
		m    *nlp.Model
	}{{"with", defaultModel(b)}, {"without", defaultModel(b).WithRelabeller(nil)}} {
		b.Run(c.name, func(b *testing.B) {
			work := make([]nlp.Sentence, len(recs))
			b.SetBytes(int64(size))
			b.ReportAllocs()
			b.ResetTimer()
			cpu := cpuTime()
			for range b.N {
				for i := range recs {
					work[i].Tokens = append(work[i].Tokens[:0], recs[i].Sentence.Tokens...)
				}
				c.m.AnnotateAll(work)
			}
			reportCPU(b, cpu, size)
		})
	}
}
