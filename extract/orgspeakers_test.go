package extract

import (
	"strings"
	"testing"
)

// TestOrganisationSpeakers reads organisations that speak in two
// shapes the speaker rules missed: a name before a lower-case noun of
// its kind ("the Atlas union said", orgBeforeKindNoun) and a one-word
// name whose "which" clause stands between it and the verb ("Norfin,
// which runs the terminal, said", singleWordOrgs). A country before
// such a noun only describes the organisation and does not speak.
func TestOrganisationSpeakers(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
		unwanted         func(string) bool
	}{
		{"a union named before its kind",
			"Talks broke down on Monday. The Atlas union said the strike would go ahead.",
			"Atlas: the strike would go ahead", nil},
		{"a company named before its kind, after a quotation",
			"Talks broke down on Monday. \"We will keep the plant open,\" the Norfin company said.",
			"Norfin: We will keep the plant open", nil},
		{"a movement named before its kind",
			"Fighting resumed overnight. The Hamas movement said the truce had collapsed.",
			"Hamas: the truce had collapsed", nil},
		{"a country before the noun is no speaker",
			"Talks broke down on Monday. The Swedish company said the plant would close.",
			"", func(s string) bool { return strings.HasPrefix(s, "Sweden:") }},
		{"a one-word organisation with a which clause before its verb",
			"Ports reopened on Friday. Norfin, which had diverted three ships to Oslo, said it would resume its calls.",
			"Norfin: it would resume its calls", nil},
		{"a one-word organisation with a long which clause",
			"Ports reopened on Friday. Shipping line Kestrava, which had moved its vessels to other ports during the walkout, said it would return.",
			"Kestrava: it would return", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkStatements(t, statementsOf(t, tc.text), tc.want, tc.unwanted)
		})
	}
}
