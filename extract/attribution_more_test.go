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
		{"a reported clause ends where another speaker's report begins after and",
			"Wirth said the mine owners had mishandled the tender and the Greens accused Okonkwo of hiding the cost.",
			[]string{"Dana Wirth: the mine owners had mishandled the tender"},
			[]string{"Dana Wirth: the mine owners had mishandled the tender and"}},
		{"another speaker's verb of saying after and ends the first clause too",
			"Okonkwo said the levy would hurt farmers and Wirth insisted it would not.",
			[]string{"Piet Okonkwo: the levy would hurt farmers", "Dana Wirth: it would not"}, nil},
		{"two subjects joined by and before the verb are one clause",
			"Wirth said the smelter and the mine warned that jobs would go.",
			[]string{"Dana Wirth: the smelter and the mine warned that jobs would go"}, nil},
		{"a name that is also a verb form after and is no report",
			"Okonkwo said his delegation had met American and European partners in the United States and that they agreed to keep talking.",
			[]string{"Piet Okonkwo: his delegation had met American and European partners in the United States and that they agreed to keep talking"}, nil},
		{"a backshifted verb after and goes on reporting",
			"Wirth said the mine had closed and officials had warned that jobs would go.",
			[]string{"Dana Wirth: the mine had closed and officials had warned that jobs would go"}, nil},
		{"a passive verb of telling after and goes on reporting",
			"Wirth said the mine was on alert and has been told to prepare for a strike.",
			[]string{"Dana Wirth: the mine was on alert and has been told to prepare for a strike"}, nil},
		{"a quotation set off by dashes after a name is that person's",
			"The Greens have said the same, including their former leader Lise Dufresne -- \u201cIt is reckless to tax the only port in the north\u201d -- and Mayor Ron Petts.",
			[]string{"Lise Dufresne: It is reckless to tax the only port in the north"},
			[]string{"Greens: It is"}},
		{"a quotation between em dashes after a name",
			"Several unions objected, among them the dockers' leader Mara Kowalczyk \u2014 \u201cWe will not carry this levy on our backs\u201d \u2014 and the seamen's guild.",
			[]string{"Mara Kowalczyk: We will not carry this levy on our backs"}, nil},
		{"a quotation between dashes after a preposition's object is not that person's",
			"Wirth, who once backed the levy, now seems supportive of Okonkwo -- \u201ca completely different man to me, frankly\u201d -- said a former aide.",
			nil, []string{"Piet Okonkwo: a completely"}},
		{"a quotation finishing a clause: the whole clause is the statement",
			"However sensible the aim, using a port levy \u201cis the wrong instrument,\u201d said Mr. Okonkwo.",
			[]string{"Piet Okonkwo: However sensible the aim, using a port levy \u201cis the wrong instrument,"}, nil},
		{"a whole quotation after an opening phrase stays the quotation",
			"Asked about the strike, \u201cwe will see what the owners offer,\u201d Wirth said.",
			[]string{"Dana Wirth: we will see what the owners offer,"}, nil},
		{"speakers with party tags joined by commas and and, then all",
			"Sens. Lorna Bexley (D-Ore.), Sherwin Braun (D-Ohio) and Roberto Menendes (D-N.J.) all suggested that the claims could be grounds for a fraud case.",
			[]string{"Lorna Bexley: the claims could be grounds for a fraud case", "Sherwin Braun: the claims could be grounds for a fraud case", "Roberto Menendes: the claims could be grounds for a fraud case"},
			[]string{"Sens."}},
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
