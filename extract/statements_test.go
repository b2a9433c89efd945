package extract

import (
	"strings"
	"testing"
)

// TestSpeakerClasses reads invented sentences of each class of speaker
// and content boundary that statements.go's rules cover, and sentences
// that must not give a statement to the wrong speaker.
func TestSpeakerClasses(t *testing.T) {
	const title = "Harbour dispute widens in Bergen\n\n"
	tests := []struct {
		name, text string
		want       string // "speaker: words" a statement must start with; "" for none
		notWant    string // a "speaker: words" prefix no statement may have
	}{
		{"a person before an appositive naming an organisation",
			"Rep. Tomas Berg (D-Ore.), chairman of the Coastal Caucus PAC, said the harbour bill will pass this month.",
			"Tomas Berg: the harbour bill will pass", "Coastal Caucus PAC:"},
		{"two appositives, the second naming a council",
			"Ingrid Vaag, the harbour minister of Norway, a member of the Nordic Council, said the ferries must run again.",
			"Ingrid Vaag: the ferries must run again", "Nordic Council:"},
		{"an appositive with a relative clause",
			"Lena Holm, a spokeswoman for the Bergen Port Authority, which runs the piers, said the strike had cost millions.",
			"Lena Holm: the strike had cost millions", "Bergen Port Authority:"},
		{"an age and a relative clause between speaker and verb",
			"Erik Dahl, 56, who has chaired the Harbour Committee for a decade, told the Bergen Tidende it is clear that the port needs money.",
			"Erik Dahl: it is clear that the port needs", "United States"},
		{"a long appositive after a quotation",
			"''The plan is fiscally responsible,'' Nils Aas, director of the Fjord Policy Institute and a professor at the Bergen School of Economics, said of the budget.",
			"Nils Aas: The plan is fiscally responsible", ""},
		{"a head with a phrase of its organisation",
			"Ingrid Vaag spoke first. Mari Lunde of the Harbour Authority, says the ferries will run again next year.",
			"Mari Lunde: the ferries will run again", "Harbour Authority:"},
		{"that after a noun opens a relative clause inside the reported one",
			"Mayor Lena Holm said the contracts that the council signed in May were void.",
			"Lena Holm: the contracts that the council signed", ""},
		{"that right after the verb and an adverbial is the complementiser",
			"Mayor Lena Holm said on Monday that the contracts were void.",
			"Lena Holm: the contracts were void", ""},
		{"told an addressee a clause without that",
			"Mayor Lena Holm told the Bergen Tidende's weekly video series it was clear the port would close.",
			"Lena Holm: it was clear the port would close", ""},
		{"told someone to do something is no statement",
			"Mayor Lena Holm told the contractors to leave the harbour by Friday.",
			"", "Lena Holm:"},
		{"the subject right before the verb of a colon quotation",
			"The paper quoted lawyer Ola Berge, and union organiser Mari Lunde, with Lunde stating: \"The workers will not return until the harbour is safe.\"",
			"Mari Lunde: The workers will not return", "Ola Berge:"},
		{"a speaker inside a phrase is no subject of a quoted phrase",
			"After the vote, head of the Harbour Council Erik Dahl told the Bergen Tidende the plan \"must be rethought\".",
			"Erik Dahl: must be rethought", "Harbour Council:"},
		{"a quotation left open is covered by the clause read from the parse, once",
			"Mayor Lena Holm spoke to reporters, with Holm stating: \"The workers need a safer harbour before they return to the piers.",
			"Lena Holm: The workers need a safer harbour", ""},
		{"a surname two people share, after a reporting verb",
			"Kristin Moe and Kristen Moe both work at the museum.\n\nKristen Moe curated the show. Moe said the prints were donated in 2007.",
			"Kristen Moe: the prints were donated in 2007", ""},
		{"a quoted judgement holds what it judges",
			"Harbour chief Ola Berge spoke. Mayor Lena Holm spoke. Holm called the contractor a \"reckless gambler,\" an \"amateur\" and \"unfit.\"",
			"Lena Holm: the contractor a \"reckless gambler,\" an \"amateur\" and \"unfit.\"", ""},
		{"a judgement with as",
			"Mayor Lena Holm condemned the strike as \"reckless and destabilizing\" on Monday.",
			"Lena Holm: the strike as \"reckless and destabilizing\"", ""},
		{"a bracketed marker between two quoted judgements",
			"Mayor Lena Holm has called the ruling \"dangerous\" ((no)) and \"ideological\" ((no)).",
			"Lena Holm: the ruling \"dangerous\" ((no)) and \"ideological\"", ""},
		{"a quotation right after called is a title",
			"Mayor Lena Holm opened the show. One of the prints shown was a screen print called \"Harbour Lights\" from 1987.",
			"", "Lena Holm: Harbour"},
		{"a reported fragment with no verb is dropped",
			"Mayor Lena Holm tweeted using her official account:",
			"", "Lena Holm:"},
		{"a reported fragment holding its own attribution is dropped",
			"Mayor Lena Holm spoke at the pier. According to the Bergen Tidende, Holm also believes the ferry left the harbour on purpose.",
			"", "Lena Holm: According to"},
		{"a present tense of speech the tagger takes for a plural noun",
			"Mayor Lena Holm spoke at the pier. Holm asserts that the harbour fees are too high for the fishing fleet.",
			"Lena Holm: the harbour fees are too high", ""},
		{"an organisation's estimate in the present tense",
			"The Fjord Policy Institute estimates that the bridge would cost 40 million kroner over ten years.",
			"Fjord Policy Institute: the bridge would cost 40 million kroner", ""},
		{"a reporting noun's plural after a name is the verb",
			"Mayor Lena Holm spoke at the pier. Holm claims that the ferry company hid its losses for years.",
			"Lena Holm: the ferry company hid its losses", ""},
		{"a reporting noun's plural after a possessive stays a noun",
			"The council dismissed Mayor Lena Holm's claims about the ferry company and its losses.",
			"", "Lena Holm:"},
		{"a reporting word inside a long clause makes no fragment",
			"Mayor Lena Holm says salt is added to only a tenth of the bread sold in Bergen.",
			"Lena Holm: salt is added to only a tenth", ""},
		{"a two-word clause is no fragment",
			"Mayor Lena Holm said demand rose.",
			"Lena Holm: demand rose", ""},
		{"a short quotation is no fragment",
			"Mayor Lena Holm called the plan \"reckless\".",
			"Lena Holm: the plan \"reckless\"", ""},
		{"a paragraph ending in a no-break space is running text, not a heading",
			"But Mari Lunde, senior adviser at the Fjord Institute for Schools, said parents still want local schools.\u00a0\nThe council meets on Monday.",
			"Mari Lunde: parents still want local schools", ""},
		{"an organisation's name before a title after the verb modifies the speaker",
			"\"The harbour will close before the winter storms,\" said NRK host Ola Nordmann.",
			"Ola Nordmann: The harbour will close", "NRK:"},
		{"an organisation's possessive after the verb modifies the speaker",
			"The harbour will close before the winter storms, noted NRK's Ola Nordmann.",
			"Ola Nordmann: The harbour will close", "NRK:"},
		{"a union president after the verb",
			"\"The harbour will close before the winter storms,\" said Fjord Workers Union President Mari Lunde.",
			"Mari Lunde: The harbour will close", "Fjord Workers Union:"},
		{"a dateline before a verb with an object is no reported clause",
			"Monday, March 2, 2026 On Sunday, the Bergen Port Authority announced the start of a public inquiry into the ferry collision.",
			"", "Bergen Port Authority: Monday"},
		{"a colon ending the line opens the quotation of the next paragraph",
			"Mayor Lena Holm spoke at the pier on Monday. Holm continued:\n\n\"The ferries will run again next year, and the harbour will be rebuilt by the spring.\"\n",
			"Lena Holm: The ferries will run again next year", ""},
		{"a colon ending the line opens a block quotation without marks",
			"Mayor Lena Holm spoke at the pier on Monday. Holm added:\n\nAnd from a port of this size, the loss is the greatest I have ever seen. We cannot wait for the spring.\n\nThe council meets on Friday.\n",
			"Lena Holm: And from a port of this size, the loss is the greatest I have ever seen. We cannot wait", "Lena Holm: The council"},
		{"a colon after a verb and an object naming what was said opens the next paragraph",
			"In a letter to the Bergen Tidende, the Harbour Authority denied these allegations:\n\nThe ferries were never unsafe. Every inspection was passed on time. They also claimed the mayor had seen every report.\n",
			"Harbour Authority: The ferries were never unsafe. Every inspection", "They also claimed"},
		{"a name in an opening phrase before a comma is no second speaker",
			"In a letter to the Fjord Workers Union, the Harbour Authority denied these allegations:\n\nThe ferries were never unsafe. Every inspection was passed on time.\n",
			"Harbour Authority: The ferries were never unsafe", "Fjord Workers Union:"},
		{"a colon after the following comment",
			"Mayor Lena Holm spoke at the pier. On Monday, Holm made the following comment:\n\nWe will rebuild the pier before the winter, whatever the council decides.\n",
			"Lena Holm: We will rebuild the pier", ""},
		{"a colon after an object that names no statement",
			"Mayor Lena Holm spoke at the pier. On Monday, Holm visited the following places:\n\nThe old pier, the fish market and the ferry terminal were all closed for the storm.\n",
			"", "Lena Holm:"},
		{"a quotation nested in a quotation with the same marks",
			"Mayor Lena Holm spoke at the pier.\n\n\u201cAs a resident, I would rather live in what he calls \u201chell\u201d than in a city he runs.\u201d \u2015 Ola Berge\n",
			"Ola Berge: As a resident, I would rather live in what he calls \u201chell\u201d than in a city he runs", "Lena Holm:"},
		{"that after a clause already begun is a relative word, not the complementiser",
			"Mayor Lena Holm believes we must keep running the ferries that serve the outer islands.",
			"", "Lena Holm: serve"},
		{"explained how is an embedded question",
			"Curator Lena Holm showed the prints. Holm explained how the painter used the camera.",
			"", "Lena Holm: how"},
		{"a verb of saying followed by an infinitive heads no aside",
			"Despite the storm and the closed roads, Mayor Lena Holm continued to sail every morning.",
			"", "Lena Holm"},
		{"that after the object of a reporting verb is a relative word",
			"At the pier, Mayor Lena Holm announced the routes that would be given the three new ferries next spring.",
			"", "Lena Holm: would be given"},
		{"that after a reporting noun opens the content",
			"Mayor Lena Holm expressed the hope that the ferries will run again by the spring.",
			"Lena Holm: the ferries will run again", ""},
		{"a possessive owner of a reporting noun is the speaker of its clause",
			"The council checked Mayor Lena Holm's claim that the ferries had lost money every winter since 2010.",
			"Lena Holm: the ferries had lost money every winter since 2010", ""},
		{"a possessive pronoun owner and a modifier before the noun",
			"Mayor Lena Holm spoke at the pier. Holm has been frank in her repeated acknowledgment that the town needs more money for its schools.",
			"Lena Holm: the town needs more money", ""},
		{"a by-phrase owner of a reporting noun",
			"Harbour master Jens Lie rejected the claim by the Bergen Port Authority that the pier was unsafe for large ships.",
			"Bergen Port Authority: the pier was unsafe for large ships", "Jens Lie:"},
		{"a reporting noun of no one gives no statement",
			"Mayor Lena Holm arrived late. The claim that the pier was unsafe was never proven by anyone in the town.",
			"", "the pier was unsafe"},
		{"a relative that after an owned reporting noun gives no statement",
			"Mayor Lena Holm's warning that followed the storm went unheeded by the council for a week.",
			"", "Lena Holm:"},
		{"an inverted attribution inside the clause it reports",
			"Harbour master Jens Lie spoke on Monday. Ferry owners, said Lie, must show their permits every ten years as one condition.",
			"Jens Lie: Ferry owners must show their permits every ten years", ""},
		{"an attribution with an adverbial inside the clause it reports",
			"The new ferry, Mayor Lena Holm said on Monday, will stop in Bergen twice a day.",
			"Lena Holm: The new ferry will stop in Bergen twice a day", ""},
		{"a participle after a mid-clause attribution opens a statement of its own",
			"The ferry will stop in May, Mayor Lena Holm said, adding that the pier needs repairs.",
			"Lena Holm: the pier needs repairs", "Lena Holm: The ferry will stop in May adding"},
		{"a participle after by: the clause's subject is the speaker",
			"Harbour master Jens Lie responded to the union on Wednesday by saying his refusal to open the pier was a \"manufactured\" issue.",
			"Jens Lie: his refusal to open the pier", ""},
		{"a participle after for: the person judged is the speaker",
			"The Seamen's Union criticised Mayor Lena Holm for saying that the pier was safe for all ships.",
			"Lena Holm: the pier was safe for all ships", "Seamen's Union:"},
		{"a participle after for in the parse: not the critic",
			"The Seamen's Union criticised harbour master Jens Lie for saying that the pier was safe for all ships.",
			"", "Union:"},
		{"a participle after for, with the critic after from, has no speaker",
			"The proposal drew criticism from Mayor Lena Holm for suggesting that the town sell the pier to a private company.",
			"", "Lena Holm:"},
		{"to the point that is no reported clause",
			"Mayor Lena Holm complained about the delays to the point that the ferries stopped running.",
			"", "Lena Holm: the ferries stopped"},
		{"a quotation left open closes where the next paragraph's sentence ends",
			"Harbour master Jens Lie was pleased. He said, \"In the morning the ferries ran well.\n\nWe could have moved twice as many cars before noon.\" After the storm, Mayor Lena Holm said the pier was closed.",
			"Jens Lie: In the morning the ferries ran well.\n\nWe could have moved twice as many cars before noon.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := statementsOf(t, title+tc.text)
			var unwanted func(string) bool
			if tc.notWant != "" {
				// with no speaker, notWant may stand anywhere in a statement
				unwanted = func(g string) bool {
					return strings.HasPrefix(g, tc.notWant) || strings.Contains(g, tc.notWant) && !strings.Contains(tc.notWant, ":")
				}
			}
			checkStatements(t, got, tc.want, unwanted)
		})
	}
}

// TestQuotePartsReplaced: a quotation read whole replaces its first
// sentence, read before from the parse as a reported clause of the
// same speaker; the statement is not stored twice.
func TestQuotePartsReplaced(t *testing.T) {
	got := statementsOf(t, "Harbour dispute widens in Bergen\n\nMayor Lena Holm issued a statement. Holm's statement added, \"There is no doubt the pier should have been rebuilt first. Today's vote is an insult to the fishermen of the town.\"")
	want := "Lena Holm: There is no doubt the pier should have been rebuilt first. Today's vote is an insult to the fishermen of the town."
	if len(got) != 1 || got[0] != want {
		t.Errorf("have %q, want only %q", got, want)
	}
}
