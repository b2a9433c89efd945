package extract

import (
	"strings"
	"testing"
)

// TestAttributionClasses: classes of attribution the reading missed
// (honorificSurname, toldListenerLast, titlesAfterSource,
// describedThenNamed, perceivedSpeaker, quoteAfterAdverbial,
// butReports), each with
// invented sentences, and rows that must not fire.
func TestAttributionClasses(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
		unwanted         func(string) bool
	}{
		{"a surname that is a title word after Mrs. (honorificSurname)",
			"Ann Bishop hosts the show. Mrs. Bishop said that the station had lost most of its viewers.",
			"Ann Bishop: the station had lost", nil},
		{"a surname that is a title word after Mr.",
			"Peter King chairs the board. Mr. King told the council that the harbour would close in May.",
			"Peter King: the harbour would close", nil},
		{"an office addressed with Mr. stays an office",
			"Tom Vale rose in the chamber. \"Mr. President, the harbour must stay open,\" he said.",
			"Tom Vale: Mr. President", func(g string) bool { return strings.HasPrefix(g, "President:") }},
		{"a clause before a speaker who told a named outlet (toldListenerLast)",
			"The city council could approve the budget next month, Sen. Maria Lopez (D-Calif.) told the Valley Courier on Thursday.",
			"Maria Lopez: The city council could approve the budget next month", nil},
		{"a clause before a speaker who told a named person",
			"The port will reopen within a week, Mayor Ruth Keller told Governor Anton Berg.",
			"Ruth Keller: The port will reopen within a week", nil},
		{"told with a clause after the listener reports that clause, not the one before",
			"After the vote, Sen. Maria Lopez (D-Calif.) told the Valley Courier that the budget was fair.",
			"Maria Lopez: the budget was fair", func(g string) bool { return strings.Contains(g, "After the vote") }},
		{"a title after the source's organisation is no part of the content (titlesAfterSource)",
			"The European Commission met on Monday. According to a Commission spokesperson, the talks will continue next month in Brussels.",
			"European Commission: the talks will continue", func(g string) bool { return strings.Contains(g, "spokesperson,") }},
		{"nor are officials after it",
			"The ministry met on Monday. According to Harbour Authority officials, the ferries will run again on Friday.",
			"Harbour Authority: the ferries will run again", func(g string) bool { return strings.Contains(g, "officials,") }},
		{"an office and its holder named after it: the holder speaks (describedThenNamed)",
			"The harbour closed on Monday. A NATO spokeswoman, Ingrid Solheim, said the alliance had shared intelligence with the port.",
			"Ingrid Solheim: the alliance had shared", func(g string) bool { return strings.HasPrefix(g, "NATO:") }},
		{"also with titles before the name and an office of an organisation",
			"The port reopened. The head of the Harbour Authority, Vice Admiral Pieter Kastelein, said investigators had traced the intrusion. \"The fingerprints are unmistakable,\" he said.",
			"Pieter Kastelein: The fingerprints are unmistakable", func(g string) bool { return strings.HasPrefix(g, "Harbour Authority:") }},
		{"an organisation led by a person named after it speaks itself",
			"The port reopened. The Harbour Workers Union, led by Anna Berg, said the strike would end on Friday.",
			"Harbour Workers Union: the strike would end", func(g string) bool { return strings.HasPrefix(g, "Anna Berg:") }},
		{"a speaker seen speaking after of (perceivedSpeaker)",
			"The mayor spoke on Monday. The advert ends with footage of Anna Berg saying, \"We will win this race.\"",
			"Anna Berg: We will win this race.", nil},
		{"a speaker a video shows asking",
			"The mayor spoke on Monday. A video shows Anna Berg asking, \"Why are we not ahead?\"",
			"Anna Berg: Why are we not ahead?", nil},
		{"a person thanked before a participle is not its speaker",
			"The mayor spoke on Monday. Peter Lund thanked Anna Berg, saying the harbour had never looked better.",
			"Peter Lund: the harbour had never looked better", func(g string) bool { return strings.HasPrefix(g, "Anna Berg:") }},
		{"a phrase of time between the verb and its quotation (quoteAfterAdverbial)",
			"The mayor spoke on Monday. The advert ends with footage of Anna Berg saying during the debate last week, \"That makes me smart,\" as her rival laughed.",
			"Anna Berg: That makes me smart", func(g string) bool { return strings.Contains(g, "during the debate") }},
		{"a second verb of speech after but ends the first clause (butReports)",
			"Shares rose on Monday. Analysts at Nordhavn Bank said the deal made strategic sense but warned that regulators could demand asset sales.",
			"Nordhavn Bank: the deal made strategic sense", func(g string) bool { return strings.Contains(g, "warned") }},
		{"but before no verb of speech stays inside the clause",
			"Shares rose on Monday. Analysts at Nordhavn Bank said the deal was small but important for the region.",
			"Nordhavn Bank: the deal was small but important for the region", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkStatements(t, statementsOf(t, tc.text), tc.want, tc.unwanted) })
	}
}

// TestHeadlineNameEnd: a headline in title case runs a person's name
// into its verb; the verb and the words after it are no part of the name
// (headlineNameEnd), unless the article writes them again as a name.
func TestHeadlineNameEnd(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
		unwanted         func(string) bool
	}{
		{"the headline's verb after a name",
			"Anna Lindqvist Slams Harbour Plan As Costly Mistake For Small Towns.\n\nThe harbour plan was published on Monday. \"It is a costly mistake,\" Lindqvist said.",
			"Anna Lindqvist: It is a costly mistake", nil},
		{"a three-word name ends on the surname the article writes again",
			"Anna Maria Lindqvist Slams Harbour Plan As Costly Mistake For Small Towns.\n\nThe count ended on Monday. \"The harbour needs a voice,\" Lindqvist said.",
			"Anna Maria Lindqvist: The harbour needs a voice", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkStatements(t, statementsOf(t, tc.text), tc.want, tc.unwanted) })
	}
}
