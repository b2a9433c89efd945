package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func TestModalLexiconParses(t *testing.T) {
	if _, err := parseModalLexicon("lexicon/modality.tsv", modalityTSV); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, text, want string }{
		{"too few fields", "neg\tnegated\n", "x.tsv line 1: want 3 tab-separated fields"},
		{"unknown kind", "# c\nverb\tnegated\tnot\n", "x.tsv line 2: unknown kind \"verb\""},
		{"unknown modality", "neg\tdoubtful\tnot\n", "x.tsv line 1: graph.ParseModality"},
		{"duplicate", "neg\tnegated\tnot\nneg\tnegated\tNot\n", "x.tsv line 2: neg cue \"not\" given twice"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseModalLexicon("x.tsv", tc.text)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v, want one containing %q", err, tc.want)
			}
		})
	}
}

// testVerbs stands in for the extractor's verb lexicons in these tests.
var testVerbs = set("join", "joined", "hold", "held", "met", "meet", "called", "staged", "attend", "signed")

func TestModalityRules(t *testing.T) {
	// Invented sentences; the trigger is the word in brackets.
	for _, tc := range []struct {
		name     string
		sentence string
		nominal  bool
		want     graph.Modality
		cue      string
		objCue   string // the asking verb, for demanded actions of another
	}{
		// asserted
		{"plain past", "The mayor [met] the governor on Friday .", false, graph.Asserted, "", ""},
		{"not only", "The mayor not only [met] the governor but also the board .", false, graph.Asserted, "", ""},
		{"went to", "The envoy went to [meet] the rebels .", false, graph.Asserted, "went to", ""},
		{"held talks", "The two ministers held [talks] with the envoy .", true, graph.Asserted, "", ""},
		{"reported past", "The minister said the envoys [met] in Oslo .", false, graph.Asserted, "", ""},
		{"participle of an asserted verb", "The mayor sent a letter [urging] the governor to resign .", false, graph.Asserted, "", ""},
		{"participle of a planned verb", "The mayor plans to send a letter [urging] the governor to resign .", false, graph.Planned, "plans to", ""},
		{"participle of a negated verb", "The party did not issue a statement [condemning] the attack .", false, graph.Negated, "not", ""},
		{"participle after a clause boundary", "The mayor will not resign , a letter [urging] the governor said .", false, graph.Asserted, "", ""},
		// negated
		{"did not", "The mayor did not [meet] the governor .", false, graph.Negated, "not", ""},
		{"contraction", "The mayor didn't [meet] the governor .", false, graph.Negated, "didn't", ""},
		{"split contraction", "The mayor did n't [meet] the governor .", false, graph.Negated, "n't", ""},
		{"never", "The two leaders have never [met] .", false, graph.Negated, "never", ""},
		{"no longer", "The party no longer [backs] the coalition .", false, graph.Negated, "no longer", ""},
		{"refused to", "The union refused to [meet] the owners .", false, graph.Negated, "refused to", ""},
		{"yet to", "The envoy has yet to [meet] the rebels .", false, graph.Negated, "yet to", ""},
		{"no plans to", "The mayor has no plans to [meet] the governor .", false, graph.Negated, "no plans to", ""},
		{"no plan to", "There is no plan to [meet] the rebels , the envoy said .", false, graph.Negated, "no plan to", ""},
		{"no longer plans to", "The mayor no longer plans to [meet] the governor .", false, graph.Negated, "no longer", ""},
		{"negated control", "The council did not agree to [meet] the traders .", false, graph.Negated, "not", ""},
		{"denied that", "The ministry denied that the envoy [met] the rebels .", false, graph.Negated, "denied", ""},
		{"would not join the strike", "The union said it would not join the [strike] .", true, graph.Negated, "not", ""},
		{"no talks", "There will be no [talks] with the rebels .", true, graph.Negated, "no", ""},
		{"talks called off", "The mayor called off [talks] with the board .", true, graph.Negated, "called off", ""},
		{"denied sending", "The firm denied sending [weapons] to the rebels .", true, graph.Negated, "denied", ""},
		{"stopped funding", "The city stopped [funding] the club .", false, graph.Negated, "stopped", ""},
		{"refrained from", "The party refrained from [criticising] the mayor .", false, graph.Negated, "refrained from", ""},
		{"stopped short of", "The council stopped short of [condemning] the mayor .", false, graph.Negated, "short of", ""},
		{"gerund after a negated verb", "The city did not provide [funding] to the club .", false, graph.Negated, "not", ""},
		{"did not stop", "The city did not stop [funding] the club .", false, graph.Asserted, "", ""},
		{"barred from", "The firms are barred from selling [arms] to the rebels .", true, graph.Negated, "barred from", ""},
		{"banned from", "The mayor was banned from [meeting] the traders .", false, graph.Negated, "banned from", ""},
		{"prevented from", "The union was prevented from [supplying] fuel to the town .", false, graph.Negated, "prevented from", ""},
		{"continued sending", "The city continued sending [aid] to the town .", true, graph.Asserted, "", ""},
		// planned
		{"will", "The mayor [will meet] the governor on Monday .", false, graph.Planned, "will", ""},
		{"will also", "The mayor will also [meet] the governor .", false, graph.Planned, "will", ""},
		{"plans to", "The mayor plans to [meet] the governor .", false, graph.Planned, "plans to", ""},
		{"is expected to", "The mayor is expected to [meet] the governor .", false, graph.Planned, "expected to", ""},
		{"agreed to hold talks", "Both sides agreed to [hold] talks next week .", false, graph.Planned, "agreed to", ""},
		{"reported would", "The ministry said the envoy would [meet] the rebels on Monday .", false, graph.Planned, "would", ""},
		{"planned talks", "The planned [talks] with the board start in May .", true, graph.Planned, "planned", ""},
		{"is to", "The mayor is to [meet] the governor .", false, graph.Planned, "is to", ""},
		// hypothetical
		{"would if", "The mayor [would meet] the governor if the strike ended .", false, graph.Hypothetical, "would", ""},
		{"reported would if", "The mayor said he would [meet] the governor if asked .", false, graph.Hypothetical, "would", ""},
		{"would have", "The mayor would have [met] the governor .", false, graph.Hypothetical, "would", ""},
		{"bare would", "A deal would [end] the dispute .", false, graph.Hypothetical, "would", ""},
		{"could", "The envoys could [meet] in Oslo .", false, graph.Hypothetical, "could", ""},
		{"may", "The envoys may [meet] in Oslo .", false, graph.Hypothetical, "may", ""},
		{"will if", "The union will [join] the talks if the owners agree .", false, graph.Hypothetical, "will", ""},
		{"if clause", "If the mayor [meets] the governor , the strike ends .", false, graph.Hypothetical, "if", ""},
		{"threatened to", "The militia threatened to [attack] the town .", false, graph.Hypothetical, "threatened to", ""},
		{"purpose", "The envoy flew to Oslo to [meet] the rebels .", false, graph.Hypothetical, "to", ""},
		{"possible talks", "The mayor spoke of possible [talks] with the board .", true, graph.Hypothetical, "possible", ""},
		{"wants to", "The firm wants to [buy] the mill .", false, graph.Hypothetical, "wants to", ""},
		{"considering sending", "The council is considering sending [aid] to the town .", true, graph.Hypothetical, "considering", ""},
		// demanded
		{"called for talks", "The mayor called for [talks] with the governor .", true, graph.Demanded, "called for", ""},
		{"proposed negotiations", "The union has proposed [negotiations] with the owners .", true, graph.Demanded, "proposed", ""},
		{"urged X to", "The mayor urged the union to [meet] the owners .", false, graph.Demanded, "urged to", "urged"},
		{"called on X to", "The council called on both sides to [hold] talks .", false, graph.Demanded, "called on to", "called on"},
		{"demanded that", "The court demanded that the firm [pay] the fine .", false, graph.Demanded, "demanded", ""},
		{"should", "The ministers should [meet] the envoy .", false, graph.Demanded, "should", ""},
		{"did not call for talks", "The mayor did not call for [talks] with the board .", true, graph.Negated, "not", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			words, at := bracketed(t, tc.sentence)
			got := modalityOf(words, at, tc.nominal, func(w string) bool { return testVerbs[w] })
			if got.mod != tc.want {
				t.Errorf("modality = %q (cue %q), want %q", got.mod.Name(), got.cue, tc.want.Name())
			}
			wantCue := tc.cue
			if strings.HasSuffix(tc.cue, " to") && tc.objCue != "" {
				wantCue = tc.objCue + " to"
			}
			if got.cue != wantCue {
				t.Errorf("cue = %q, want %q", got.cue, wantCue)
			}
			if tc.objCue != "" {
				if got.objAt < 0 || !strings.HasSuffix(strings.Join(words[:got.objAt+1], " "), tc.objCue) {
					t.Errorf("objAt = %d, want the position of %q", got.objAt, tc.objCue)
				}
			} else if got.objAt >= 0 {
				t.Errorf("objAt = %d, want -1", got.objAt)
			}
		})
	}
}

// bracketed splits an invented sentence on spaces and returns the
// position of the first bracketed word, brackets removed.
func bracketed(t *testing.T, s string) ([]string, int) {
	t.Helper()
	at := -1
	var words []string
	for _, w := range strings.Fields(s) {
		if strings.HasPrefix(w, "[") && at < 0 {
			at = len(words)
		}
		words = append(words, strings.Trim(w, "[]"))
	}
	if at < 0 {
		t.Fatalf("no [trigger] in %q", s)
	}
	return words, at
}
