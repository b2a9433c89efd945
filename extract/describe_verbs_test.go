package extract

import (
	"strings"
	"testing"
)

// TestDescribeVerbForms: the verbs of attacking and likening of
// lexicon/describe_verbs.txt introduce their subject's quoted phrase in
// their past and -ing forms; their base and -s forms, nouns as often,
// are left out.
func TestDescribeVerbForms(t *testing.T) {
	const lead = "Council row deepens in Gdansk\n\nMayor Ewa Nowak and Senator Piotr Zielinski clashed on Monday.\n\n"
	tests := []struct {
		name, text string
		want       string // "speaker: words" a statement must start with; "" for none
		notWant    string // a "speaker: words" prefix no statement may have
	}{
		{"attacked with the quotation as its object",
			`Zielinski attacked "the reckless spending of a council that has lost its way."`,
			"Piotr Zielinski: the reckless spending of a council", ""},
		{"likened an object to a quoted phrase",
			`Nowak likened the budget to a "leaking boat that nobody wants to bail out."`,
			"Ewa Nowak: the budget to a", ""},
		{"blasted an object for a quoted phrase",
			`Zielinski blasted the board for its "utter contempt for the people of this town."`,
			"Piotr Zielinski: utter contempt for the people", ""},
		{"mocked an object as a quoted phrase keeps the object",
			`Nowak mocked the ferry plan as "a gift to the shipyards of Szczecin."`,
			"Ewa Nowak: the ferry plan as \"a gift", ""},
		{"an -ing form after a clause",
			`Nowak spoke at the harbour on Monday, ridiculing "a plan drawn up on the back of a napkin."`,
			"Ewa Nowak: a plan drawn up on the back", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := statementsOf(t, lead+tc.text)
			var unwanted func(string) bool
			if tc.notWant != "" {
				unwanted = func(g string) bool { return strings.HasPrefix(g, tc.notWant) }
			}
			checkStatements(t, got, tc.want, unwanted)
		})
	}
	forms := verbForms(map[string]bool{"attack": true, "liken": true})
	for _, f := range []string{"attacked", "attacking", "likened", "likening"} {
		if !forms[f] {
			t.Errorf("verbForms: %q missing", f)
		}
	}
	for _, f := range []string{"attack", "attacks", "liken"} {
		if forms[f] {
			t.Errorf("verbForms: %q is no verb form it should add", f)
		}
	}
}
