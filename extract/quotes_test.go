package extract

import (
	"strings"
	"testing"
)

// TestQuoteRules reads invented sentences of each class of attribution
// that quotes.go covers, and sentences that must give no statement (or
// not to the wrong speaker).
func TestQuoteRules(t *testing.T) {
	const title = "Harbour dispute widens in Bergen\n\n"
	tests := []struct {
		name, text string
		want       string // "speaker: words" a statement must start with; "" for none
		notWant    string // a "speaker: words" prefix no statement may have
	}{
		{"titled speaker after the quotation",
			`"The harbour will reopen in May," port lawyer Henrik Dahl said.`,
			"Henrik Dahl: The harbour will reopen in May", "Port"},
		{"inverted speaker with a title and an origin",
			`"The ferries are late again," said Sen. Ingrid Moe of Oregon.`,
			"Ingrid Moe: The ferries are late again", ""},
		{"a prepositional phrase between the quotation and its speaker",
			"Lena Holm runs the port.\n\n\"I have real admiration for the engineering\" of the new ferries, Ms. Holm said.",
			"Lena Holm: I have real admiration for the engineering", ""},
		{"a quotation's continuation after a prepositional phrase and its speaker",
			"Lena Holm runs the port.\n\n\"I have real admiration for the engineering\" of the new ferries, Ms. Holm said. \"But I worry about what they will cost the town.\"",
			"Lena Holm: But I worry about what they will cost", ""},
		{"a name inside the phrase after the quotation is no speaker",
			"Lena Holm runs the port.\n\n\"The ferries are the best we ever had\" of all the boats Tomas Berg built, the harbour master said.",
			"", "Tomas Berg:"},
		{"question ending the quotation's sentence",
			`"Why is the harbour still closed?" Mayor Lena Holm asked on Monday.`,
			"Lena Holm: Why is the harbour still closed?", ""},
		{"credit after a dash",
			"Residents were asked about the bridge.\n\n\u201cThe new bridge is a waste of money that the town needed for its schools.\u201d \u2015 Tove Lunde",
			"Tove Lunde: The new bridge is a waste of money", ""},
		{"closing mark used as an opening one",
			"Residents were asked about the bridge.\n\n\u201dWe need the bridge now, not in ten years when our children have grown up.\u201d \u2015 Tove Lunde",
			"Tove Lunde: We need the bridge now", ""},
		{"credits after dashes are no continuation of the previous speaker",
			"Residents were asked about the bridge.\n\n\u201cThe bridge is a waste of money that the town needed for its schools.\u201d \u2015 Tove Lunde\n\n\u201cWe have waited for the bridge for years and years, and now it is finally here.\u201d \u2015 Arne Sande",
			"Arne Sande: We have waited for the bridge", "Tove Lunde: We have waited"},
		{"colon after a verb that is not a reporting verb",
			`Council leader Ola Berge scolded the contractor: "You have missed every single deadline this year."`,
			"Ola Berge: You have missed every single deadline", ""},
		{"comma after a reporting verb and an adverbial",
			`Ola Berge said on the other hand, "the tunnel will be finished on time and under budget."`,
			"Ola Berge: ", ""},
		{"transcript line with the speaker's surname in capitals",
			"Anchor Kari Vik interviewed Mayor Lena Holm on Sunday.\n\nHOLM: We will rebuild the harbour before the winter storms arrive.",
			"Lena Holm: We will rebuild the harbour before the winter storms", ""},
		{"transcript line of a speaker never named in full is nobody's continuation",
			"Mayor Lena Holm spoke to the host on Sunday.\n\n\"We will rebuild the harbour,\" Holm said.\n\n\"VIK: Will you rebuild the old pier as well before the summer?",
			"", "Lena Holm: VIK"},
		{"two apostrophes as quotation marks",
			"Lena Holm runs the port.\n\n''We will not sell the port to anyone,'' Ms. Holm said.",
			"Lena Holm: We will not sell the port to anyone", ""},
		{"according to a titled person, before the content",
			"According to harbour master Jens Lie, the ferry ran aground twice last year.",
			"Jens Lie: the ferry ran aground twice last year", ""},
		{"according to an organisation, after the content",
			"The ferry ran aground twice last year, according to the Norwegian Maritime Authority.",
			"Norwegian Maritime Authority: The ferry ran aground twice last year", ""},
		{"according to a source with an appositive, mid-sentence",
			"The ferry ran aground twice last year, according to Jens Lie, head of the Bergen Maritime Institute, and other experts.",
			"Jens Lie: The ferry ran aground twice last year", ""},
		{"according to a description with the person's name in an appositive",
			"According to the Bergen team's coach, Alireza Holm, in their first match the robot scored two points.",
			"Alireza Holm: in their first match the robot scored two points", ""},
		{"in the words of a titled person, after a clause, with a quotation",
			"The child cried for months, and in the words of the prosecutor, Mark Lund, QC, \"the only thing that gave her solace was her mother.\"",
			"Mark Lund: the only thing that gave her solace was her mother.", ""},
		{"according to a source between a subject and its verb gives the whole clause",
			"The number of ships that sank off the coast, according to the Norwegian Maritime Authority, rose to forty last year.",
			"Norwegian Maritime Authority: The number of ships that sank off the coast rose to forty last year", "Norwegian Maritime Authority: rose"},
		{"according to inside a relative clause gives nothing",
			"Norway kept a policy of turning away ships which, according to Reuters, the United Nations has criticised.",
			"", "Reuters"},
		{"according to a source that reports a speaker gives the speaker only",
			"Mayor Lena Holm said the ferry ran aground twice, according to the Bergen Tidende.",
			"Lena Holm: the ferry ran aground twice", "Bergen Tidende"},
		{"a surname two people share is the one in focus",
			"Lena Holm and her brother Erik Holm run the harbour.\n\nLena Holm said the port was full.\n\n\"We cannot take more ships this winter,\" Holm said.",
			"Lena Holm: We cannot take more ships", ""},
		{"quotation left open at a paragraph's end and closed in the next",
			"After the match, coach Marco Silva said, \"We learned a lot from this game.\n\nIt was an emotional day for the whole team and for the town.\"",
			"Marco Silva: We learned a lot from this game.\n\nIt was an emotional day for the whole team and for the town.", ""},
		{"quotation after a reported statement continues its speaker",
			"The Harbour Board said the ferry will run again.\n\nAs Lena Holm told the Bergen Tidende, the pier had been closed since May. \"We had no choice but to close it for the whole summer.\"",
			"Lena Holm: We had no choice", "Harbour Board: We had"},
		{"a quotation after a sentence whose subject is a person is theirs, not the last speaker's",
			"\"The ferries must stop,\" Mayor Lena Holm said on Sunday.\n\nOn the radio, Senator Tomas Berg, who lost the race to Holm, named the workers' anger as one reason for the strike. \"The younger workers are sick and tired of the long shifts on the ferries.\"",
			"Tomas Berg: The younger workers are sick", "Lena Holm: The younger"},
		{"a quotation after a person issued a statement",
			"The Harbour Board said the pier would close.\n\nSenator Tomas Berg issued a statement about the closure of the pier. \"Like many people in Bergen, I am disappointed with the decision to close the pier.\"",
			"Tomas Berg: Like many people in Bergen", "Harbour Board: Like"},
		{"a quotation after a sentence about a person's thing is nobody's",
			"Lena Holm's ferry arrived late on Monday. \"The ferry was full of tourists and their cars again.\"",
			"", "Lena Holm:"},
		{"a dash after a quotation and no name gives no credit",
			"Residents were asked about the bridge.\n\n\u201cThe bridge is a waste of money that the town needed for its schools.\u201d \u2015 the banner on the town hall read in red letters",
			"", ""},
		{"whom a speaker told is no speaker",
			"Ferry workers walked out on Monday. \"We will not go back until the harbour is safe,\" one worker told the Bergen Tidende.",
			"", "Bergen Tidende"},
		{"a headline credited to a dated source is no quotation",
			"Residents were asked about the bridge.\n\n\"Bergen bridge report found on the street\" \u2014 Bergen Tidende, August 15, 2008",
			"", "Bergen Tidende"},
		{"a heading with a colon is no speaker",
			"Update: the ferry will run again on Monday morning from the old pier.",
			"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := statementsOf(t, title+tc.text)
			var unwanted func(string) bool
			if tc.notWant != "" {
				unwanted = func(g string) bool { return strings.HasPrefix(g, tc.notWant) }
			}
			checkStatements(t, got, tc.want, unwanted)
		})
	}
}

// TestHeadlineSpeaker: a headline opening with a person's name and a
// colon is that person's statement; a place before the colon quotes no
// one.
func TestHeadlineSpeaker(t *testing.T) {
	got := statementsOf(t, "Lena Holm: The Ferries Will Run Again Before Winter\n\nMayor Lena Holm spoke at the pier on Monday.")
	checkStatements(t, got, "Lena Holm: The Ferries Will Run Again Before Winter", nil)
	got = statementsOf(t, "Norway: Ferry Strike Ends After Three Weeks\n\nThe Norwegian Seamen's Union ended its strike in Norway on Monday.")
	checkStatements(t, got, "", func(g string) bool { return strings.HasPrefix(g, "Norway:") })
}
