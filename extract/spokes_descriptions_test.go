package extract

import (
	"strings"
	"testing"
)

// speakerCase is an invented text, the statement it must give
// ("Speaker: first words"; "" for none) and the speakers, or statements
// ("Speaker: first words"), it must not give.
type speakerCase struct {
	name, text, want string
	notBy            []string
}

func runSpeakerCases(t *testing.T, cases []speakerCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkStatements(t, statementsOf(t, tc.text), tc.want, func(g string) bool {
				for _, n := range tc.notBy {
					if !strings.Contains(n, ": ") {
						n += ": " // a speaker: none of theirs
					}
					if strings.HasPrefix(g, n) {
						return true
					}
				}
				return false
			})
		})
	}
}

// TestOwnerBeforeBody (speaker.owner-before-body): "X's BODY VERBed …
// and said" is the body's statement, not its owner's.
func TestOwnerBeforeBody(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a country's ministry after a sentence naming the country",
			"The United States approved a sale of radars to Moldova on Monday. Moldova's Defence Ministry thanked the United States for the sale and said the radars would arrive in 2029.",
			"Moldovan Defence Ministry: the radars would arrive in 2029", []string{"Moldova"}},
		{"an organisation's council",
			"The Arctic Union's Fisheries Council condemned the quota cut and said it would meet the fishing ministers on Friday.",
			"Fisheries Council: it would meet the fishing ministers", []string{"Arctic Union"}},
		{"a country's person stays the person",
			"Moldova's Ion Rusu thanked the United States for the sale and said the radars would arrive in 2029.",
			"Ion Rusu: the radars would arrive in 2029", []string{"Moldova"}},
		{"no possessive: the country speaks",
			"Moldova thanked the United States for the sale and said the radars would arrive in 2029.",
			"Moldova: the radars would arrive in 2029", nil},
	})
}

// TestPossessiveRoleNamed (speaker.possessive-role): a possessive
// description of an office whose noun is a role (lexicon/roles.tsv)
// but no title, set off before a name, is the named person's.
func TestPossessiveRoleNamed(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a country's public defender",
			"Peru's Public Defender, Rosa Quispe, said her office had received 60 complaints of abuse.",
			"Rosa Quispe: her office had received 60 complaints", []string{"Peru"}},
		{"a union's lawyer",
			"The dockers' union's Solicitor, Anders Lund, said the strike was lawful and would go on.",
			"Anders Lund: the strike was lawful", nil},
		{"no role noun: not the name inside",
			"Peru's Public Defender said her office had received 60 complaints of abuse.",
			"", []string{"Rosa Quispe"}},
	})
}

// TestSpokesDescription (speaker.spokes-description): an unnamed
// spokesperson of a body written with a lower-case noun of its kind
// speaks for the body of that kind named before.
func TestSpokesDescription(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a bank spokeswoman before the verb",
			"The Nordic Investment Bank lent the province $300 million in 2024. A bank spokeswoman said it had asked the provincial government for details of the plan.",
			"Nordic Investment Bank: it had asked the provincial government", nil},
		{"a ministry spokesman after the clause",
			"Romania's Transport Ministry suspended the contract on Monday. Construction was halted on two of the three stretches on Thursday, a ministry spokesman said.",
			"Romanian Transport Ministry: Construction was halted", nil},
		{"the company spokesman after the clause",
			"Kessler Motors said on Monday it would recall 40,000 cars. The brakes could fail in cold weather, the company spokesman said.",
			"Kessler Motors: The brakes could fail in cold weather", nil},
		{"a body of another kind is not the speaker",
			"Romania's Transport Ministry suspended the contract on Monday. A bank spokeswoman said the loan would be paid back in full by May.",
			"", []string{"Romanian Transport Ministry"}},
		{"no body of the kind named: no speaker",
			"A bank spokeswoman said the loan would be paid back in full by May.",
			"", nil},
	})
}

// TestAccordingBody (speaker.according-body, speaker.name-word):
// "according to" an organisation's description is that organisation's
// statement; a capitalised speech form inside a name ("United States")
// is no report of the clause's own.
func TestAccordingBody(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"according to the department",
			"The Department of Health said on Monday it would buy 2 million doses. More than 310,000 dengue cases and 1,100 deaths have been recorded this year, according to the health department.",
			"Department of Health: More than 310,000 dengue cases", nil},
		{"according to the agency",
			"The Baltic Shipping Agency said on Monday it had opened an inquiry. The tanker had sailed without a pilot, according to the agency.",
			"Baltic Shipping Agency: The tanker had sailed without a pilot", nil},
		{"United States in the clause",
			"Britain and France will submit a resolution next week. The United States will co-sponsor the text, according to a State Department spokesman.",
			"State Department: The United States will co-sponsor the text", nil},
		{"a clause with its own verb of speech stays unread",
			"The Baltic Shipping Agency said on Monday it had opened an inquiry. The captain said the tanker had sailed without a pilot, according to the agency.",
			"", []string{"Baltic Shipping Agency: The captain"}},
		{"according to a commission that said nothing before: no source",
			"The National Election Commission said on Monday the vote had been fair. European Commission President Ana Lund welcomed the result. Turnout reached 68 percent, the highest since 1980, according to the commission.",
			"", []string{"European Commission"}},
		{"according to the country: no source",
			"Moldova closed the border on Monday. About 300 trucks were waiting at the crossing, according to the country.",
			"", []string{"Moldova"}},
	})
}

// TestTitledPersonAfterBody (speaker.titled-after-body): a body before
// a title and a person's name qualifies the title; the person is the
// subject a later "and said" reports for.
func TestTitledPersonAfterBody(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a body's commissioner spoke and said",
			"Wildfires forced 3,000 people from their homes on Monday. The European Union sent four planes. EU Crisis Management Commissioner Anna Lindqvist spoke by phone with Prime Minister Stavros Kalogeropoulos and said the bloc would send two more planes.",
			"Anna Lindqvist: the bloc would send two more planes", []string{"European Union"}},
		{"a country before a minister",
			"Norway Foreign Minister Espen Dahl met the envoy on Monday and said talks would resume in May.",
			"Espen Dahl: talks would resume in May", []string{"Norway"}},
		{"a body that acts alone keeps the sentence",
			"The European Union sent four planes to Greece on Monday and said two more would follow.",
			"European Union: two more would follow", nil},
	})
}

// TestPronounSubjectNoInversion (speaker.pronoun-subject): a noun after
// "they said" opens the reported clause; it is no inverted speaker.
func TestPronounSubjectNoInversion(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"an unresolved they before said",
			"The Economic Community of West African States closed its borders with the country. In a joint statement, they said the bloc had \"chosen sanctions over solidarity\" and would regret it.",
			"", []string{"Economic Community of West African States"}},
		{"said the minister: still inverted",
			"\"We will not sign,\" said the Foreign Minister Anna Berg on Monday.",
			"Anna Berg: We will not sign", nil},
	})
}
