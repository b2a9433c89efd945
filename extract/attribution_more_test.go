package extract

import (
	"strings"
	"testing"
)

// TestAttributionMore reads invented sentences of the attribution
// classes of attribution_more.go: each want is a whole statement
// ("Speaker: text", exactly), each notWant the start of one that must
// not be there.
func TestAttributionMore(t *testing.T) {
	const intro = "Labour row in Manitoba\n\nUnion leader Dana Wirth and Senator Piet Okonkwo spoke in Winnipeg on Monday.\n\n"
	tests := []struct {
		name, text string
		want       []string
		notWant    []string
	}{
		{"according to an organisation's titled person: the person",
			"Pressure is building on the mine owners, who were jeered at a hearing in Thompson last week, according to Manitoba AFL-CIO President Lorna Bexley.",
			[]string{"Lorna Bexley: Pressure is building on the mine owners, who were jeered at a hearing in Thompson last week"},
			[]string{"Manitoba AFL-CIO:"}},
		{"according to a titled person alone stays that person",
			"The mine will close in May, according to union treasurer Lorna Bexley.",
			[]string{"Lorna Bexley: The mine will close in May"}, nil},
		{"a town and its province set off by commas before that",
			"Wirth says at a rally in Brandon, Manitoba, that the strike will go on until spring.",
			[]string{"Dana Wirth: the strike will go on until spring"}, nil},
		{"a place and region before that after said, past tense",
			"Okonkwo said in Flin Flon, Manitoba, on Tuesday that the smelter would reopen.",
			[]string{"Piet Okonkwo: the smelter would reopen"}, nil},
		{"a place set off by commas with no that after it gives no clause from that",
			"Wirth spoke at a rally in Brandon, Manitoba, that drew three hundred miners.",
			nil, []string{"Dana Wirth: drew"}},
		{"a reporting participle after despite in an aside ends at the comma",
			"Wirth, despite admitting that the strike fund was running low, said the miners would not give in.",
			[]string{"Dana Wirth: the strike fund was running low", "Dana Wirth: the miners would not give in"},
			[]string{"Dana Wirth: the strike fund was running low,"}},
		{"a conceding participle after after in an aside",
			"Okonkwo, after conceding that the bill had few friends, told reporters he would bring it to a vote.",
			[]string{"Piet Okonkwo: the bill had few friends"},
			[]string{"Piet Okonkwo: the bill had few friends,"}},
		{"a participle after a comma at the end keeps its whole clause",
			"Wirth rejected the offer, admitting that the strike fund was running low but the miners would not give in.",
			[]string{"Dana Wirth: the strike fund was running low but the miners would not give in"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := statementsOf(t, intro+tc.text)
			have := map[string]bool{}
			for _, g := range got {
				have[g] = true
			}
			for _, w := range tc.want {
				if !have[w] {
					t.Errorf("missing %q; have %q", w, got)
				}
			}
			for _, nw := range tc.notWant {
				for _, g := range got {
					if strings.HasPrefix(g, nw) {
						t.Errorf("have %q, unwanted", g)
					}
				}
			}
		})
	}
}
