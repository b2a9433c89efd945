package extract

import (
	"strings"
	"testing"
)

// TestSpokespeopleAndDescribedSources: an unnamed spokesperson's words
// are the body's (spokespersonFor, spokespersonShortForm), a comma the
// parser hangs on the subject still sets an aside off
// (punctOpensSubject), and a description before a post-posed source's
// name is no part of what was said (describedSource). Each with a
// sentence of the same shape that must not give the statement.
func TestSpokespeopleAndDescribedSources(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       string // "speaker: words" a statement must start with
		not        string // a statement prefix that must not appear
	}{
		{"spokesperson for a body, post-posed",
			"The Harbour Safety Board met on Monday. Ferry checks will go on through the winter, a spokeswoman for the Harbour Safety Board said on Tuesday.",
			"Harbour Safety Board: Ferry checks will go on through the winter", ""},
		{"spokesperson for a body, before the verb",
			"A spokesman for the Harbour Safety Board said the ferry checks would go on.",
			"Harbour Safety Board: the ferry checks would go on", ""},
		{"short form before spokesperson, post-posed",
			"The European Commission opened an inquiry into the merger. The review will take four months, a Commission spokesperson said on Friday.",
			"European Commission: The review will take four months", ""},
		{"short form before spokesperson, first",
			"The Nordic Grid Authority fined two traders. An Authority spokesman said the fines would be paid within a month.",
			"Nordic Grid Authority: the fines would be paid within a month", ""},
		{"a one-word company before spokesperson",
			"Flights were cancelled at noon. A Brakvia spokesman said the crews had not been paid.",
			"Brakvia: the crews had not been paid", ""},
		{"a head word with no organisation named is no speaker",
			"Flights were cancelled at noon. A Ministry spokesman said the crews had not been paid.",
			"", "Ministry:"},
		{"a given name before spokesperson is no organisation",
			"Flights were cancelled at noon. A Maria spokesman said the crews had not been paid.",
			"", "Maria:"},
		{"a description before a news agency's name",
			"Heavy rain flooded two towns in the north overnight, the state news agency Ruvia reported.",
			"Ruvia: Heavy rain flooded two towns in the north overnight", "Ruvia: Heavy rain flooded two towns in the north overnight, the"},
		{"a description before a person's name",
			"The border will reopen on Monday, the country's deputy interior minister Lena Dahl said.",
			"Lena Dahl: The border will reopen on Monday", "Lena Dahl: The border will reopen on Monday, the"},
		{"a verb before the name is no description",
			"The talks failed, and the mediators told Lena Dahl.",
			"", "Lena Dahl:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := statementsOf(t, tc.text)
			if tc.want != "" {
				checkStatements(t, got, tc.want, nil)
			}
			for _, g := range got {
				if tc.not != "" && strings.HasPrefix(g, tc.not) && (tc.want == "" || !strings.HasPrefix(g, tc.want) || len(g) >= len(tc.not)) {
					t.Errorf("have %q, want none starting %q", g, tc.not)
				}
			}
		})
	}
}
