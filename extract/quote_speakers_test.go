package extract

import (
	"strings"
	"testing"
)

// TestEchoAnchor (speaker.echo-anchor): "the NOUN" after an echo of a
// name ("the port authority") is the organisation echoed, not another
// of its kind named between.
func TestEchoAnchor(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"an echo after another authority",
			"The Lake Varna Port Authority closed the harbour on Monday. Its director said divers would be checked by the Varna Maritime Authority, which has opened an inquiry. The fishermen's union called on the port authority to reopen one berth. The authority said it would not reopen the harbour before Friday.",
			"Lake Varna Port Authority: it would not reopen the harbour", []string{"Varna Maritime Authority"}},
		{"no echo: the authority named last",
			"The Lake Varna Port Authority closed the harbour on Monday. Its director said divers would be checked by the Varna Maritime Authority, which has opened an inquiry. The authority said it would question the crew on Friday.",
			"Varna Maritime Authority: it would question the crew", []string{"Lake Varna Port Authority"}},
	})
}

// TestAppositiveKind (speaker.appositive-kind): a name set off with
// "a/an … NOUN" that goes on with a qualifier ("an armed group active
// in the camps") is of that kind: "the group" refers back to it.
func TestAppositiveKind(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"an armed group active in the hills",
			"Norway's aid agency, Hjelpo, said it had flown 20 tonnes of food to the province. The governor blamed the Valley Defence Council, an armed group active in the hills, for the attack. The group denied any role and said the army had staged the attack.",
			"Valley Defence Council: the army had staged the attack", []string{"Hjelpo: the army"}},
		{"a group based abroad",
			"Oxfam said it had sent water to the camps. Police blamed the Northern Liberation Council, a group based in exile, for the blockade. The group said it had not blocked any road.",
			"Northern Liberation Council: it had not blocked any road", []string{"Oxfam: it had not"}},
		{"a verb after the noun is no qualifier",
			"The Valley Defence Front, a group spokesman said, had left the town.",
			"", []string{"Valley Defence Front: had left"}},
	})
}

// TestLowerCasePhrase (speaker.lower-case-phrase): a quotation opening
// with a lower-case word after a preposition is a phrase the subject
// used, not a title.
func TestLowerCasePhrase(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"accused of spending on a quoted phrase",
			"Opposition spokesman Tomas Weller accused the port agency of wasting the fees on \"favours for friends,\" a charge the agency denied.",
			"Tomas Weller: favours for friends", nil},
		{"a capitalised title after a preposition stays a title",
			"Tomas Weller spoke in an interview on \"Morning Report\" on Sunday.",
			"", []string{"Tomas Weller"}},
	})
}

// TestAccusationQuoteEnd (speaker.accusation-end): "accused X of "…""
// ends at the closing quotation mark, not at the end of the clause.
func TestAccusationQuoteEnd(t *testing.T) {
	cases := []struct{ name, text, want, notWant string }{
		{"words after the quotation",
			"Lithuania accused Latvia of \"hoarding\" its grain to drive up prices.",
			"Lithuania: Latvia of \"hoarding\"", "to drive up prices"},
		{"a phrase after the quotation",
			"The union accused the company of \"playing games\" for months.",
			"", "for months"},
		{"a bare object ending the clause stays",
			"Lithuania accused Latvia of \"hoarding\" the grain.",
			"Lithuania: Latvia of \"hoarding\" the grain", "\x00"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := statementsOf(t, tc.text)
			if tc.want != "" {
				checkStatements(t, got, tc.want, nil)
			}
			for _, g := range got {
				if strings.Contains(g, tc.notWant) {
					t.Errorf("have %q, with the words after the quotation", g)
				}
			}
		})
	}
}

// TestPassiveAgentSpeaker (speaker.passive-agent): a quoted phrase
// after a passive verb of judging with its agent is the agent's.
func TestPassiveAgentSpeaker(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"criticised by a person for a quoted phrase",
			"Senator Ivo Marek asked the court on Friday to halt the sale, and was criticised by Eva Lindqvist for \"turning a budget row into a lawsuit.\"",
			"Eva Lindqvist: turning a budget row into a lawsuit", []string{"Ivo Marek"}},
		{"called a quoted phrase by a person",
			"Mara Holm said she would appeal. The ruling was called \"a disgrace\" by Anna Lind.",
			"Anna Lind: a disgrace", []string{"Mara Holm: a disgrace"}},
		{"no agent: nobody's words",
			"Per Lind was praised for his \"courage\" in the debate.",
			"", []string{"Per Lind"}},
	})
}

// TestCoordinatedSpeech (speaker.coordinated-speech): a verb of speech
// after "and" or "but" with no subject of its own is said by the
// speaker of the clause reported before it in the sentence.
func TestCoordinatedSpeech(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"analysts at a bank said A but warned that B",
			"Analysts at Orvik Bank said the merger made strategic sense but warned that regulators could demand asset sales.",
			"Orvik Bank: regulators could demand asset sales", nil},
		{"economists at a bank said A and added that B",
			"Economists at Orvik Bank said inflation had peaked and added that the central bank could cut rates in June.",
			"Orvik Bank: the central bank could cut rates", nil},
		{"a subject of its own",
			"Analysts at Orvik Bank said the merger made sense, and Lena Berg warned that regulators could demand asset sales.",
			"Lena Berg: regulators could demand asset sales", []string{"Orvik Bank: regulators"}},
	})
}
