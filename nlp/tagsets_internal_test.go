package nlp

import (
	"bytes"
	"maps"
	"slices"
	"strings"
	"testing"
)

// taggedSentences builds training sentences from "form/UPOS" items, one
// sentence a string.
func taggedSentences(lines ...string) []Sentence {
	var out []Sentence
	for _, line := range lines {
		var s Sentence
		for _, it := range strings.Fields(line) {
			form, upos, _ := strings.Cut(it, "/")
			s.Tokens = append(s.Tokens, Token{Form: form, UPOS: upos, XPOS: upos})
		}
		out = append(out, s)
	}
	return out
}

func TestTagSetsKeepFrequentLowercaseWords(t *testing.T) {
	train := taggedSentences(
		"Trust/VERB me/PRON ./PUNCT",
		"Trust/VERB me/PRON ./PUNCT",
		"they/PRON met/VERB us/PRON ./PUNCT",
		"we/PRON met/VERB ./PUNCT",
		"a/DET round/NOUN ./PUNCT",
		"round/ADJ tables/NOUN ./PUNCT",
		"once/ADV ./PUNCT",
	)
	m := &Model{}
	m.tagger.upos = classNames(train, func(t *Token) string { return t.UPOS })
	m.tagger.dict = map[string]tagPair{".": {}}
	bit := func(tags ...string) uint32 {
		var b uint32
		for _, tag := range tags {
			b |= 1 << slices.Index(m.tagger.upos, tag)
		}
		return b
	}
	for _, c := range []struct {
		minCount int
		want     map[string]uint32
	}{
		// "Trust" has a capital, "." is in the tag dictionary, "once"
		// is seen once.
		{2, map[string]uint32{"met": bit("VERB"), "round": bit("NOUN", "ADJ"), "me": bit("PRON")}},
		{1, map[string]uint32{"met": bit("VERB"), "round": bit("NOUN", "ADJ"), "me": bit("PRON"),
			"they": bit("PRON"), "us": bit("PRON"), "we": bit("PRON"), "a": bit("DET"), "tables": bit("NOUN"), "once": bit("ADV")}},
		{0, nil},
	} {
		got := tagSets(train, m, c.minCount)
		if !maps.Equal(got, c.want) {
			t.Errorf("tagSets(min %d) = %v, want %v", c.minCount, got, c.want)
		}
	}
}

func TestArgmaxInKeepsToTheSet(t *testing.T) {
	for _, c := range []struct {
		scores []float32
		set    uint32
		want   int
	}{
		{[]float32{1, 5, 3}, 0b110, 1}, // the best is in the set
		{[]float32{1, 5, 3}, 0b101, 2}, // the best of the set
		{[]float32{4, 5, 3}, 0b001, 0},
	} {
		scores := slices.Clone(c.scores)
		if got := argmaxIn(scores, argmax(scores, nil), c.set); got != c.want {
			t.Errorf("argmaxIn(%v, %b) = %d, want %d", c.scores, c.set, got, c.want)
		}
	}
}

// TestTagSetsSaveAndLoad checks that a model with tag sets (format v4)
// loads back with the same sets and saves to the same bytes, and that a
// corrupt set is refused.
func TestTagSetsSaveAndLoad(t *testing.T) {
	train := taggedSentences("they/PRON met/VERB us/PRON ./PUNCT", "we/PRON met/VERB ./PUNCT")
	for i := range train {
		for j := range train[i].Tokens {
			train[i].Tokens[j].Head, train[i].Tokens[j].Deprel = 0, "root"
		}
	}
	m := &Model{labels: []string{"root"}}
	m.tagger.upos = classNames(train, func(t *Token) string { return t.UPOS })
	m.tagger.xpos = m.tagger.upos
	m.tagger.dict = map[string]tagPair{}
	m.tagger.umodel = newPerceptron(len(m.tagger.upos)).averaged(0)
	m.tagger.xmodel = newPerceptron(len(m.tagger.xpos)).averaged(0)
	m.trans = compact(newPerceptron(nMoves).averaged(0))
	m.labeller = newPerceptron(1).averaged(0)
	m = m.WithTagSets(train, 2)
	var saved, resaved bytes.Buffer
	if err := m.Save(&saved); err != nil {
		t.Fatal(err)
	}
	again, err := Load(bytes.NewReader(saved.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if !maps.Equal(again.tagger.sets, m.tagger.sets) || len(m.tagger.sets) != 2 {
		t.Errorf("loaded sets %v, saved %v", again.tagger.sets, m.tagger.sets)
	}
	if err := again.Save(&resaved); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(saved.Bytes(), resaved.Bytes()) {
		t.Error("the loaded model saves to other bytes")
	}
	m.tagger.sets["met"] = 1 << 20
	saved.Reset()
	if err := m.Save(&saved); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(bytes.NewReader(saved.Bytes())); err == nil || !strings.Contains(err.Error(), `"met"`) {
		t.Errorf("a set naming an unknown tag: err = %v, want one naming the word", err)
	}
}

// TestTrainKeepsItsTagSets checks that the sets survive training (the
// final tagger replaces the one they were first computed for).
func TestTrainKeepsItsTagSets(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a small model")
	}
	train := devSentences(t, 200)
	opt := DefaultTrainOptions()
	opt.TagEpochs, opt.FinalEpochs, opt.ParseEpochs, opt.Folds, opt.SetMinCount = 1, 0, 1, 2, 3
	m, err := Train(train, opt, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	if want := tagSets(train, m, 3); len(want) == 0 || !maps.Equal(m.tagger.sets, want) {
		t.Errorf("trained model has %d tag sets, want %d", len(m.tagger.sets), len(want))
	}
}
