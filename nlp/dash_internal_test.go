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
			sents := Tokenize(c.text)
			if len(sents) != 1 {
				t.Fatalf("%d sentences", len(sents))
			}
			toks := sents[0].Tokens
			ws := make([]wordInfo, len(toks))
			xs := make([]uint8, len(toks))
			dash := -1
			for i := range toks {
				ws[i] = describe(&toks[i], i)
				xs[i] = uint8(classIndex(tg.xpos, "NN"))
				if toks[i].Form == "-" && dash < 0 {
					dash = i
					xs[i] = uint8(classIndex(tg.xpos, c.tag))
				}
			}
			if dash < 0 {
				t.Fatalf("no \"-\" token in %q", strings.Join(formsOf(toks), " "))
			}
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
