package nlp_test

import (
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/nlp"
)

// TestScoreFixingTags: with no token fixed, ScoreFixingTags scores as
// Score does and shows fix each token as tagged; with every token fixed,
// the parser reads the gold tags (EWT's classes hold all of PUD's) and
// the parse is not worse.
func TestScoreFixingTags(t *testing.T) {
	gold := sentences(readTreebank(t, filepath.Join(udDir(t), "en_pud-ud-test.conllu")))[:120]
	m := defaultModel(t)
	want := m.Score(gold)
	wrong := 0
	got := m.ScoreFixingTags(gold, func(g, tagged *nlp.Token) bool {
		if g.UPOS != tagged.UPOS {
			wrong++
		}
		return false
	})
	if got.Tokens != want.Tokens || got.UPOS != want.UPOS || got.XPOS != want.XPOS || got.Heads != want.Heads || got.Labelled != want.Labelled {
		t.Errorf("fixing nothing: tokens, UPOS, XPOS, heads, labelled %d %d %d %d %d, Score gives %d %d %d %d %d",
			got.Tokens, got.UPOS, got.XPOS, got.Heads, got.Labelled, want.Tokens, want.UPOS, want.XPOS, want.Heads, want.Labelled)
	}
	if wrong != want.Tokens-want.UPOS {
		t.Errorf("fix saw %d tokens with a wrong UPOS, Score counts %d", wrong, want.Tokens-want.UPOS)
	}
	all := m.ScoreFixingTags(gold, func(_, _ *nlp.Token) bool { return true })
	if all.UPOS != all.Tokens || all.XPOS != all.Tokens {
		t.Errorf("fixing every token: UPOS %d and XPOS %d right of %d", all.UPOS, all.XPOS, all.Tokens)
	}
	if all.Heads < want.Heads || all.Labelled < want.Labelled {
		t.Errorf("with the gold tags heads %d, labelled %d; with the tagger's %d, %d", all.Heads, all.Labelled, want.Heads, want.Labelled)
	}
	t.Logf("%d tokens: UAS %.2f → %.2f, LAS %.2f → %.2f with the gold tags", want.Tokens, want.UAS(), all.UAS(), want.LAS(), all.LAS())
}
