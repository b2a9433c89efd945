package nlp

import "testing"

func TestBestItemHasMostRightHeadsThenRelations(t *testing.T) {
	labels := []string{"root", "nsubj", "obj", "appos"}
	// "Umerov met Witkoff": gold heads 2, 0, 2.
	gold := &Sentence{Tokens: []Token{{Head: 2, Deprel: "nsubj"}, {Head: 0, Deprel: "root"}, {Head: 2, Deprel: "obj"}}}
	item := func(heads []int32, labs []uint8) rerankCand {
		return rerankCand{Heads: append([]int32{0}, heads...), Labels: append([]uint8{0}, labs...)}
	}
	for _, tc := range []struct {
		name  string
		items []rerankCand
		want  int
	}{
		{"more right heads wins", []rerankCand{item([]int32{2, 0, 1}, []uint8{1, 0, 3}), item([]int32{2, 0, 2}, []uint8{2, 0, 1})}, 1},
		{"equal heads: more right relations", []rerankCand{item([]int32{2, 0, 2}, []uint8{2, 0, 1}), item([]int32{2, 0, 2}, []uint8{1, 0, 2})}, 1},
		{"equal: the earliest", []rerankCand{item([]int32{2, 0, 2}, []uint8{1, 0, 2}), item([]int32{2, 0, 2}, []uint8{1, 0, 2})}, 0},
	} {
		if got := bestItem(gold, tc.items, labels); got != tc.want {
			t.Errorf("%s: bestItem = %d, want %d", tc.name, got, tc.want)
		}
	}
}

// TestBeamOracleIsNoWorseThanTheFirstItem parses a few gold sentences
// with the embedded model's beam: the best item has at least the first
// item's right heads, both are scored on every token, with the model's
// own tags.
func TestBeamOracleIsNoWorseThanTheFirstItem(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"Rustem Umerov, head of the delegation, met Steve Witkoff and Jared Kushner in Miami.",
		"The talks were productive, the Ukrainian president said on Sunday.",
		"Officials from Egypt, Qatar and Turkey attended; the Kremlin declined to comment.",
	}
	var gold []Sentence
	for _, text := range texts {
		for _, s := range Tokenize(text) {
			m.Annotate(&s) // a parse taken as the gold standard
			gold = append(gold, s)
		}
	}
	first, best := m.BeamOracle(gold)
	tokens := 0
	for _, s := range gold {
		tokens += len(s.Tokens)
	}
	if first.Tokens != tokens || best.Tokens != tokens {
		t.Fatalf("scored %d and %d tokens, want %d", first.Tokens, best.Tokens, tokens)
	}
	if best.Heads < first.Heads {
		t.Errorf("best item's right heads %d < first item's %d", best.Heads, first.Heads)
	}
	if first.UPOS != tokens {
		t.Errorf("first item's tags: %d of %d as the model's own", first.UPOS, tokens)
	}
}
