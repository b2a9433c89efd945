package extract

import (
	"strings"
	"testing"
)

// TestDocumentAuthorClause: "according to a speech X delivered …" and
// "according to a report Y published …" credit what comes before (or
// after) to the author named in the contact clause; the clause is part
// of the source, not of what was said. A reader of the document ("a memo
// X obtained") is no author.
func TestDocumentAuthorClause(t *testing.T) {
	cases := []struct{ name, text, want, unwanted string }{
		{"a speech a person delivered",
			"The aim is not revenue but stability, according to a speech Ms. Grace Okafor delivered at a Lagos university in March.",
			"Grace Okafor: The aim is not revenue but stability", "delivered"},
		{"a report an organisation published",
			"The new levy would cut emissions by half, according to a report the Energy Ministry of Ghana published last week.",
			"Energy Ministry of Ghana: The new levy would cut emissions by half", "published"},
		{"leading, with the content after the comma",
			"According to an interview Senator Ruth Alvarez gave to a Denver radio station, the dam will be finished by 2029.",
			"Ruth Alvarez: the dam will be finished by 2029", "gave"},
		{"a reader of the document is no author",
			"The border fence will cost $4 billion, according to a memo Senator Ruth Alvarez obtained on Friday.",
			"", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := statementsOf(t, tc.text)
			checkStatements(t, got, tc.want, func(g string) bool {
				return tc.unwanted != "" && strings.Contains(g, tc.unwanted)
			})
		})
	}
}

// TestSourceAcrossSemicolons: a closing "according to X" credits X with
// every clause the semicolons join before it; a clause with its own
// speaker stops it, and a semicolon before "X said" is left alone.
func TestSourceAcrossSemicolons(t *testing.T) {
	runStatementCases(t, []statementCase{
		{"two clauses, one source",
			"The goal is not profit; it is meant to keep small farms in the valley alive, according to a report by the Chilean Farmers Federation.",
			"Chilean Farmers Federation: The goal is not profit; it is meant to keep small farms in the valley alive"},
		{"a clause with its own speaker stops it",
			"The port will close in May; Mayor Ines Mora said the ferries would stop, according to the Valparaiso Herald.",
			"Ines Mora: the ferries would stop"},
	})
}

// TestHeadlineVerbAfterTitle: a title-case headline ending in a full
// stop is read as running text; its verb after a title ("General
// Reveals", "Senator Warns") makes no person, so the story's "he" is the
// person the body names. A surname that is also a verb, written
// capitalised in the body ("Senator Burns"), stays a name.
func TestHeadlineVerbAfterTitle(t *testing.T) {
	const body = "\n\nRetired Army Gen. Carl Hoyt spoke on Tuesday about his years in the fleet.\n\n" +
		"\u201cIt was hard to serve under the mayor,\u201d he said.\n"
	cases := []struct {
		name, text string
		want, not  []string
	}{
		{"a reporting verb after a title",
			"Retired General Reveals \u2018Bitter\u2019 Experience Of Serving Under Mayor Lund." + body,
			[]string{"Carl Hoyt (person)"}, []string{"Reveals (person)", "General Reveals (person)", "Reveals (organization)"}},
		{"another verb after a title",
			"Former General Warns Of \u2018Grim\u2019 Days Ahead For The Southern Fleet." + body,
			[]string{"Carl Hoyt (person)"}, []string{"Warns (person)", "General Warns (person)", "Warns (organization)"}},
		{"a surname that is a verb, capitalised in the body",
			"Senator Burns Denies Taking Money From Harbour Developers In Bergen.\n\nSenator Tom Burns said on Monday the claims were false.\n",
			[]string{"Tom Burns (person)"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { checkActors(t, tc.text, tc.want, tc.not) })
	}
	runStatementCases(t, []statementCase{
		{"the body's quotation is the named person's",
			"Retired General Reveals \u2018Bitter\u2019 Experience Of Serving Under Mayor Lund." + body,
			"Carl Hoyt: It was hard to serve under the mayor"},
	})
}

// TestPerceivedReport: a report heard or seen in a recording, with at
// most a modal of ability ("can be heard saying that A"), is the
// speaker's statement; a negated or conditional perception is none.
func TestPerceivedReport(t *testing.T) {
	runStatementCases(t, []statementCase{
		{"can be heard saying that",
			"In the video, Councillor Ines Mora can be heard saying that the police had fired first.",
			"Ines Mora: the police had fired first"},
		{"could be heard telling someone that",
			"On the tape, Senator Lucia Paz could be heard telling her aides that the budget was already spent.",
			"Lucia Paz: the budget was already spent"},
		{"was caught saying",
			"Mayor Tomas Reyes was caught saying that the contract had been signed in May.",
			"Tomas Reyes: the contract had been signed in May"},
		{"a negated perception",
			"In the video, Councillor Ines Mora cannot be heard saying that the police had fired first.",
			""},
		{"a conditional perception",
			"If Councillor Ines Mora could be heard saying that the police had fired first, the inquiry would reopen.",
			""},
		{"another modal",
			"In the video, Councillor Ines Mora might be heard saying that the police had fired first.",
			""},
	})
}

// TestParticipleClauseNoThat: a reporting participle after the comma of
// an attribution takes a clause without "that" when a subject and a
// finite verb open it; an object ("conceding defeat", "suggesting
// changes", "suggesting a plan that would …") is no clause.
func TestParticipleClauseNoThat(t *testing.T) {
	runStatementCases(t, []statementCase{
		{"after a quotation's attribution",
			"\u201cShe performed well, was at the top of her game,\u201d Moreau recalled, suggesting the second round erased all memory of her first outing.",
			"Moreau: the second round erased all memory of her first outing"},
		{"conceding with a pronoun subject",
			"\u201cI was wrong, it cost us the seat,\u201d Okafor admitted, conceding they had misread the mood in the north.",
			"Okafor: they had misread the mood in the north"},
	})
	for _, tc := range []statementCase{
		{"an object noun", "\u201cWe lost, it is over,\u201d Okafor admitted, conceding defeat in the northern districts on Sunday.", ""},
		{"an object with a relative clause", "\u201cWe lost, it is over,\u201d Okafor admitted, suggesting a plan that would rebuild the party by spring.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkStatements(t, statementsOf(t, tc.text), "Okafor: We lost", func(g string) bool {
				return strings.Contains(g, "defeat") || strings.Contains(g, "rebuild")
			})
		})
	}
}

// TestAbsoluteSubject: a reporting participle right after a phrase
// opened by "despite" or "with" is said by that phrase's noun (or the
// names it lists with "such as"), not by the sentence's subject.
func TestAbsoluteSubject(t *testing.T) {
	wrong := func(g string) bool { return strings.HasPrefix(g, "Dale Hart") || strings.HasPrefix(g, "Nils Berg") }
	for _, tc := range []statementCase{
		{"despite names listed with such as",
			"Senator Dale Hart and Senator Mia Cole remain confident despite a few early backers of the bill, such as Senator Ruth Calder and Senator Omar Bayle, now saying they think it should be changed.",
			"Ruth Calder: they think it should be changed"},
		{"despite a noun of no actor",
			"Mayor Nils Berg remains hopeful despite some residents of the valley, now saying the new road will ruin their farms.",
			""},
	} {
		t.Run(tc.name, func(t *testing.T) { checkStatements(t, statementsOf(t, tc.text), tc.want, wrong) })
	}
}
