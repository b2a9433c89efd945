package nlp

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// TestClauseVerbFlags checks the flags against sentences worked by hand:
// a verb counts on a side up to the nearest punctuation or conjunction,
// not beyond it, and a token is not its own verb.
func TestClauseVerbFlags(t *testing.T) {
	upos := []string{"ADP", "AUX", "CCONJ", "DET", "NOUN", "PRON", "PUNCT", "SCONJ", "VERB"}
	cls := indexOf(upos)
	for _, c := range []struct {
		tags string
		want []uint8
	}{
		// The feasibility study estimates that costs rise .
		// ("that" sees "rise" on its right; "rise" has no other verb in
		// its clause; the full stop sees "rise" on its left)
		{"DET NOUN NOUN NOUN SCONJ NOUN VERB PUNCT", []uint8{0, 0, 0, 0, 2, 2, 0, 1}},
		// the post reads , and they left
		{"DET NOUN VERB PUNCT CCONJ PRON VERB", []uint8{2, 2, 0, 1, 2, 2, 0}},
		// was it
		{"AUX PRON", []uint8{0, 1}},
		{"", []uint8{}},
		// two verbs on either side of a noun
		{"VERB NOUN VERB", []uint8{2, 3, 1}},
	} {
		var first []uint8
		for _, u := range strings.Fields(c.tags) {
			first = append(first, uint8(cls[u]))
		}
		if got := clauseVerbFlags(upos, first, nil); !slices.Equal(got, c.want) {
			t.Errorf("%q: flags %v, want %v", c.tags, got, c.want)
		}
	}
}

// TestClauseVerbsModelSavesLoadsAndTagsTheSame trains a small two-pass
// model with the clause-verb features, saves and loads it: the loaded
// model keeps the flag and saves to the same bytes, and the option
// changes the model (it is read), while a model without it is the bytes
// it was before the option (the flag bit stays clear).
func TestClauseVerbsModelSavesLoadsAndTagsTheSame(t *testing.T) {
	if testing.Short() {
		t.Skip("trains small models")
	}
	sents := devSentences(t, 400)
	train := sents[:300:300]
	opt := DefaultTrainOptions()
	opt.TagEpochs, opt.FinalEpochs, opt.ParseEpochs, opt.Folds, opt.Parsers = 2, 2, 1, 2, 1
	save := func(opt TrainOptions) ([]byte, *Model) {
		t.Helper()
		m, err := Train(train, opt, &bytes.Buffer{})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := m.Save(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes(), m
	}
	plain, pm := save(opt)
	if pm.tagger.clauseVerbs {
		t.Error("a model trained without ClauseVerbs has the flag")
	}
	opt.ClauseVerbs = true
	with, m := save(opt)
	if bytes.Equal(with, plain) {
		t.Fatal("ClauseVerbs changed nothing in the model")
	}
	again, err := Load(bytes.NewReader(with))
	if err != nil {
		t.Fatal(err)
	}
	if !again.tagger.clauseVerbs {
		t.Error("the loaded model lost its clause-verb flag")
	}
	var resaved bytes.Buffer
	if err := again.Save(&resaved); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(with, resaved.Bytes()) {
		t.Error("the loaded model saves to other bytes")
	}
	for _, s := range sents[300:400] {
		a, b := m.tagger.tagSentence(s.Tokens), again.tagger.tagSentence(s.Tokens)
		if !slices.Equal(a[0], b[0]) || !slices.Equal(a[1], b[1]) {
			t.Fatalf("the loaded model tags %v, the trained one %v", b, a)
		}
	}
	// Without the flag the same weights tag otherwise: the features are
	// read at tagging time.
	off := again.tagger
	off.clauseVerbs = false
	differ := false
	for _, s := range sents[300:400] {
		a, b := again.tagger.tagSentence(s.Tokens), off.tagSentence(s.Tokens)
		differ = differ || !slices.Equal(a[0], b[0]) || !slices.Equal(a[1], b[1])
	}
	if !differ {
		t.Error("the clause-verb flag off tags 100 sentences as on")
	}
	// A flag this version does not know is refused.
	bad := slices.Clone(with)
	i := len(modelMagic6)
	if bad[i+2] != modelHasSets|modelClauseVerbs {
		t.Fatalf("flags byte %#x, want %#x", bad[i+2], modelHasSets|modelClauseVerbs)
	}
	bad[i+2] |= 4
	if _, err := Load(bytes.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "unknown flags") {
		t.Errorf("a model with an unknown flag: err = %v", err)
	}
	// The tag cache's key says so; without the option it is as before.
	opt.ClauseVerbs = false
	b := tagCacheKey(train, opt)
	opt.ClauseVerbs = true
	if a := tagCacheKey(train, opt); a == b || strings.Replace(a, " clause-verbs true", "", 1) != b || strings.Contains(b, "clause") {
		t.Errorf("tag cache keys %q with the option and %q without", a, b)
	}
}
