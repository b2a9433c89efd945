package extract

import "testing"

// TestPutItReports: "as X put it" attributes the clause it opens or
// ends as "as X said" does; "put" elsewhere reports nothing.
func TestPutItReports(t *testing.T) {
	runStatementCases(t, []statementCase{
		{"an as-clause with put it before the clause",
			"As Marta Soares put it in a letter to members in May, the port is running on the goodwill of its workers.",
			"Marta Soares: the port is running on the goodwill of its workers"},
		{"put it with an adverb and a title",
			"As the transport minister Rui Coelho recently put it, nobody wins a strike that lasts all winter.",
			"Rui Coelho: nobody wins a strike that lasts all winter"},
		{"put it after the clause",
			"The main demand of the dockers is a fair share of the profits, as the union lawyer Tiago Neves put it.",
			"Tiago Neves: The main demand of the dockers is a fair share of the profits"},
		{"put with another object reports nothing",
			"As Lena Kask put the files away, the inspectors left the harbour office.",
			""},
		{"put it without as reports nothing",
			"Lena Kask put it on the table before the inspectors left the harbour office.",
			""},
	})
}

// TestAsideWithAdverbial: an attribution set off by commas inside the
// clause it reports keeps its adverbials ("X added later in the day",
// "X explained earlier at the hearing") out of the statement, which is
// the clause's two parts joined.
func TestAsideWithAdverbial(t *testing.T) {
	runStatementCases(t, []statementCase{
		{"time phrase after the verb",
			"Dock workers, Marta Soares added later in the day, have not been paid since January.",
			"Marta Soares: Dock workers have not been paid since January"},
		{"place phrase after the verb",
			"These drivers, Ivo Petrov explained earlier at the hearing, were badly paid for years.",
			"Ivo Petrov: These drivers were badly paid for years"},
		{"phrase with a named event",
			"The new bridge, Sofia Lindgren said during Tuesday's council meeting in Malmo, will cost far more than planned.",
			"Sofia Lindgren: The new bridge will cost far more than planned"},
		{"a verb of seeing is no report",
			"The highlight of the fair, the Lisbon Herald observed from the back of the hall, was the robot kitchen in the east wing.",
			""},
		{"an adverbial before the attribution is no subject",
			"In May, Ivo Petrov said at the hearing, the drivers were badly paid.",
			"Ivo Petrov: the drivers were badly paid"},
	})
}

// TestAccordingToInsideClause: "A, according to X, B" is one statement,
// A and B with the attribution cut out.
func TestAccordingToInsideClause(t *testing.T) {
	runStatementCases(t, []statementCase{
		{"subject before the attribution",
			"The harbour authority, according to Rui Coelho, had ignored three warnings from inspectors.",
			"Rui Coelho: The harbour authority had ignored three warnings from inspectors"},
		{"a longer subject before the attribution",
			"The cost of the new terminal in Sines, according to the finance minister Ana Veiga, could reach two billion euros.",
			"Ana Veiga: The cost of the new terminal in Sines could reach two billion euros"},
	})
}

// TestSurfaceCuesTheTaggerMisses: cues of reporting.tsv whose forms the
// tagger often reads as nouns ("worries", "fears") or that the parse
// leaves without a clause ("joked that, among …,") are read by the
// surface rules, which need "that" after them.
func TestSurfaceCuesTheTaggerMisses(t *testing.T) {
	runStatementCases(t, []statementCase{
		{"worries read as a noun by the tagger",
			"Rui Coelho worries that the strike will drive shipping lines to Spanish ports.",
			"Rui Coelho: the strike will drive shipping lines to Spanish ports"},
		{"fears with that",
			"Senator Lidia Moreno fears that the new tariffs will close two steel mills in Asturias.",
			"Lidia Moreno: the new tariffs will close two steel mills in Asturias"},
		{"joked that with an adverbial after that",
			"Marta Soares joked that, among the dockers, the minister ranks below the harbour seagulls.",
			"Marta Soares: among the dockers, the minister ranks below the harbour seagulls"},
		{"fears as a noun with no speaker before it",
			"Shipping lines left Lisbon amid fears that the strike would last until the summer.",
			""},
	})
}

// statementCase is an invented sentence and the statement it must give
// ("Speaker: first words"; "" for none).
type statementCase struct{ name, text, want string }

func runStatementCases(t *testing.T, cases []statementCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkStatements(t, statementsOf(t, tc.text), tc.want, nil)
		})
	}
}
