package nlp

import (
	"strings"
	"testing"
)

// TestHyphenBySpacing tokenises invented sentences, gives every token
// the tags "word/XPOS" says (the rule reads the Penn tag only) and checks
// the Penn tag the rule leaves on the "-".
func TestHyphenBySpacing(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tg := &m.tagger
	for _, c := range []struct {
		name, text, tag, want string
	}{
		{"a spaced dash read as a hyphen", "The plan - if it works - saves money.", "HYPH", ","},
		{"a spaced dash read as a colon", "The plan - if it works - saves money.", ":", ":"},
		{"a glued hyphen read as a comma", "The long-term plan saves money.", ",", "HYPH"},
		{"a glued hyphen read as a colon", "The long-term plan saves money.", ":", "HYPH"},
		{"a glued range read as a symbol", "Rooms 3-4 are closed.", "SYM", "SYM"},
		{"a glued range read as a comma", "Rooms 3-4 are closed.", ",", ","},
		{"a hyphen glued on one side", "Pre- and post-war towns.", "HYPH", "HYPH"},
	} {
		t.Run(c.name, func(t *testing.T) {
			toks, ws, xs, dash := tagFirst(t, tg, c.text, "-", c.tag)
			tg.hyphenBySpacing(toks, ws, xs)
			if got := tg.xpos[xs[dash]]; got != c.want {
				t.Errorf("%q: \"-\" tagged %s, want %s", c.text, got, c.want)
			}
		})
	}
}

func formsOf(toks []Token) []string {
	var out []string
	for _, t := range toks {
		out = append(out, t.Form)
	}
	return out
}

// TestQuoteBySpacing tokenises invented sentences, tags the first
// double quote as "tag" says and checks the Penn tag the rule leaves.
func TestQuoteBySpacing(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tg := &m.tagger
	for _, c := range []struct {
		name, text, tag, want string
	}{
		{"an opening quote read as closing", `She said "we will go" and left.`, "''", "``"},
		{"an opening quote read right", `She said "we will go" and left.`, "``", "``"},
		{"the sentence's first quote", `"We will go," she said.`, "''", "``"},
		{"a typographic opening quote", "She said “we will go” and left.", "''", "``"},
		{"a quote between spaces", `She said " we will go.`, "''", "''"},
		{"a quote glued on both sides", `She said we"ll go.`, "``", "``"},
		{"a quote read as something else", `She said "we will go" and left.`, "NN", "NN"},
	} {
		t.Run(c.name, func(t *testing.T) {
			toks, ws, xs, q := tagFirst(t, tg, c.text, `"`, c.tag)
			tg.quoteBySpacing(toks, ws, xs)
			if got := tg.xpos[xs[q]]; got != c.want {
				t.Errorf("%s: quote tagged %s, want %s", c.text, got, c.want)
			}
		})
	}
	// The closing quote of a quotation.
	toks, ws, xs, _ := tagFirst(t, tg, `She said "we will go" and left.`, `"`, "``")
	last := -1
	for i := range toks {
		if ws[i].text == `"` {
			last = i
		}
	}
	xs[last] = uint8(classIndex(tg.xpos, "``"))
	tg.quoteBySpacing(toks, ws, xs)
	if got := tg.xpos[xs[last]]; got != "''" {
		t.Errorf("closing quote tagged %s, want ''", got)
	}
}

// tagFirst tokenises text, tags every token NN but the first whose
// model form is form, tagged tag, and returns the tokens, their word
// infos and Penn tags and that token's index.
func tagFirst(t *testing.T, tg *tagger, text, form, tag string) ([]Token, []wordInfo, []uint8, int) {
	t.Helper()
	sents := Tokenize(text)
	if len(sents) != 1 {
		t.Fatalf("%q: %d sentences", text, len(sents))
	}
	toks := sents[0].Tokens
	ws := make([]wordInfo, len(toks))
	xs := make([]uint8, len(toks))
	at := -1
	for i := range toks {
		ws[i] = describe(&toks[i], i)
		xs[i] = uint8(classIndex(tg.xpos, "NN"))
		if ws[i].text == form && at < 0 {
			at = i
			xs[i] = uint8(classIndex(tg.xpos, tag))
		}
	}
	if at < 0 {
		t.Fatalf("no %q token in %q", form, strings.Join(formsOf(toks), " "))
	}
	return toks, ws, xs, at
}

// TestRuleTagsRunsTheRulesOverTrainingTags checks that with RuleTags the
// jackknifed tags the parser trains on pass through the tagging rules
// (a spaced "-" the tagger read as a hyphen becomes a dash), as copies,
// and that without it they are left alone.
func TestRuleTagsRunsTheRulesOverTrainingTags(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sents := Tokenize("The plan - if it works - saves money.")
	toks := sents[0].Tokens
	us, xs := make([]uint8, len(toks)), make([]uint8, len(toks))
	dash := -1
	for i := range toks {
		us[i], xs[i] = uint8(classIndex(m.tagger.upos, "NOUN")), uint8(classIndex(m.tagger.xpos, "NN"))
		if toks[i].Form == "-" && dash < 0 {
			dash = i
			us[i], xs[i] = uint8(classIndex(m.tagger.upos, "PUNCT")), uint8(classIndex(m.tagger.xpos, "HYPH"))
		}
	}
	tags := [][2][]uint8{{us, xs}}
	opt := DefaultTrainOptions()
	opt.RuleTags = false
	if got := m.ruleTags(sents, tags, opt); &got[0][1][0] != &xs[0] {
		t.Error("without RuleTags the tags were copied")
	}
	opt.RuleTags = true
	got := m.ruleTags(sents, tags, opt)
	if x := m.tagger.xpos[got[0][1][dash]]; x != "," {
		t.Errorf("with RuleTags the spaced dash is %s, want ,", x)
	}
	if x := m.tagger.xpos[xs[dash]]; x != "HYPH" {
		t.Errorf("the tagger's own tags changed: the dash is %s, want HYPH", x)
	}
}
