package extract

import (
	"strings"
	"testing"
)

// TestReportFramesParse checks the embedded frame lexicon and that bad
// lines are refused with their line number.
func TestReportFramesParse(t *testing.T) {
	if frameAdjectives["confident"] != "cognition" || lightWords["case"] != "speech" || frameAdjectives["concerned"] != "" {
		t.Fatalf("lexicon/report_frames.tsv: confident %q, case %q, concerned %q", frameAdjectives["confident"], lightWords["case"], frameAdjectives["concerned"])
	}
	for _, bad := range []string{"adjective\tsure", "noun\tsure\tcognition", "adjective\tsure\tfeeling", "adjective\tsure\tcognition\nadjective\tsure\tspeech"} {
		if _, err := parseReportFrames("# header\n" + bad); err == nil || !strings.Contains(err.Error(), "line ") {
			t.Errorf("parseReportFrames(%q) = %v, want an error naming the line", bad, err)
		}
	}
}

// TestReportFrameAdjective: an adjective of holding a view with a
// clause reports the view (rule reportFrame); feelings, adjectives
// without a clause and adjectives with no speaker give none.
func TestReportFrameAdjective(t *testing.T) {
	runStatementCases(t, []statementCase{
		{"confident that",
			"Senator Ruth Alvarez is confident that the tariffs will protect farmers in the valley.",
			"Ruth Alvarez: the tariffs will protect farmers in the valley"},
		{"a participle completing another verb",
			"Governor Paul Okafor came away convinced that the reforms in the province were underway.",
			"Paul Okafor: the reforms in the province were underway"},
		{"adamant without that",
			"The Estonian defence minister Kalle Laar was adamant the brigade would stay in Tapa until 2030.",
			"Kalle Laar: the brigade would stay in Tapa until 2030"},
		{"a feeling is no statement",
			"Chancellor Ida Brandt was worried that the coalition would collapse before the budget vote.",
			""},
		{"an adjective without a clause",
			"Senator Ruth Alvarez is confident of victory in the valley next spring.",
			""},
		{"an impersonal it has no speaker",
			"It is certain that the ferry to Gotland will not run before Easter.",
			""},
	})
}

// TestReportFrameLightVerb: "make" with a light word is a verb of
// saying (rule reportFrame); "make the case for" a noun reports nothing.
func TestReportFrameLightVerb(t *testing.T) {
	runStatementCases(t, []statementCase{
		{"made the case that",
			"Mayor Tomas Lind made the case that the new stadium was a waste of public money.",
			"Tomas Lind: the new stadium was a waste of public money"},
		{"made it clear that",
			"Governor Paul Okafor made it clear that he had serious doubts about the new pipeline.",
			"Paul Okafor: he had serious doubts about the new pipeline"},
		{"made the point that",
			"The Chilean finance minister Rosa Vidal made the point that copper prices had already fallen twice this year.",
			"Rosa Vidal: copper prices had already fallen twice this year"},
		{"made it clear without that",
			"Senator Lidia Moreno made it clear on Tuesday she had no plans to leave the coalition.",
			"Lidia Moreno: she had no plans to leave the coalition"},
		{"the case for a noun",
			"Mayor Tomas Lind made the case for a new stadium in the northern district.",
			""},
	})
}

// TestContentNounOwners: a reporting noun's owner may be a name written
// as its modifier (rule contentNounAttributive), and its clause may
// follow a copula (rule contentNounCopula); a noun of no one, or one
// whose owner is judged by someone else, gives none.
func TestContentNounOwners(t *testing.T) {
	runStatementCases(t, []statementCase{
		{"an outlet's report as a modifier",
			"The minister seized upon a Daily Ledger report that the agency had lost more than $40 million in 2012.",
			"Daily Ledger: the agency had lost more than $40 million in 2012"},
		{"an organisation's warning as a modifier",
			"Markets fell after an Interpol warning that fake vaccine certificates were sold in six ports.",
			"Interpol: fake vaccine certificates were sold in six ports"},
		{"a copula after the owned noun",
			"Mayor Tomas Lind's bet is that the new tram line will win back voters in the suburbs.",
			"Tomas Lind: the new tram line will win back voters in the suburbs"},
		{"a pronoun owner before a copula",
			"Rosa Vidal spoke for an hour. Her view was that the copper tax would drive miners to Peru.",
			"Rosa Vidal: the copper tax would drive miners to Peru"},
		{"a modifier makes it another's judgement",
			"Uruguay's best argument is that its ports are the safest in the region.",
			""},
		{"a reporting noun opening the text",
			"Allegations that the agency had lost more than $40 million surprised the ministry.",
			""},
		{"a noun of no one",
			"The report that the agency had lost more than $40 million surprised the ministry.",
			""},
	})
}

// TestContentNounClauseEnd: the clause of a reporting noun that is a
// sentence's subject ends where the parse ends it, before the
// sentence's own verb (rule contentNounClauseEnd).
func TestContentNounClauseEnd(t *testing.T) {
	for _, tc := range []struct{ text, want, not string }{
		{"Judge Anna Moretti's conclusion that the files should stay sealed is not shared by other judges.",
			"Anna Moretti: the files should stay sealed", "shared"},
		{"Minister Rosa Vidal's claim that the mine had been sold in secret was denied by the company on Monday.",
			"Rosa Vidal: the mine had been sold in secret", "denied"},
	} {
		got := statementsOf(t, tc.text)
		checkStatements(t, got, tc.want, func(g string) bool { return strings.Contains(g, tc.not) })
	}
}

// TestSingleNameThenVerb: a one-word name the article never writes in
// lower case speaks as an organisation when a time adverb stands
// between it and its verb (rule singleNameThenVerb).
func TestSingleNameThenVerb(t *testing.T) {
	runStatementCases(t, []statementCase{
		{"then before the verb",
			"After the debate, Factwise checked the mayor's figures. Factwise then pointed out that one fire may have more than one victim in the city.",
			"Factwise: one fire may have more than one victim in the city"},
		{"later before the verb",
			"The ministry asked for a review. Veltra later said that the pipeline had been inspected twice.",
			"Veltra: the pipeline had been inspected twice"},
	})
}

// TestCarriedReport: a reporting verb in the "to" complement of a
// carrier that is itself asserted reports (rule carriedReport); under
// a verb of wanting or trying, or "went to" of purpose, it does not.
func TestCarriedReport(t *testing.T) {
	runStatementCases(t, []statementCase{
		{"went on to say",
			"Mayor Tomas Lind went on to say that the stadium would cost twice as much.",
			"Tomas Lind: the stadium would cost twice as much"},
		{"seemed to think",
			"Senator Lidia Moreno seemed to think that the new tariffs were a mistake.",
			"Lidia Moreno: the new tariffs were a mistake"},
		{"forced to admit: the object admits",
			"The inquiry forced Omar Haddad to admit that no executive had been punished.",
			"Omar Haddad: no executive had been punished"},
		{"wanting is no carrier",
			"Mayor Tomas Lind wants to say that the stadium would cost twice as much.",
			""},
		{"a negated carrier",
			"Mayor Tomas Lind did not go on to say that the stadium would cost twice as much.",
			""},
	})
}
