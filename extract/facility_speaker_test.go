package extract

import "testing"

// TestSpeakingFacility (speakingFacility): a facility's name right
// before a verb of speech is its operator speaking, an organisation; the
// same name where ships wait or planes land is only a place.
func TestSpeakingFacility(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"a port of a city", "The Port of Velsen said it could handle the extra cargo.", "Port of Velsen: it could handle the extra cargo"},
		{"an airport past an adverb", "Brakvik Airport on Monday said 40 flights were cancelled.", "Brakvik Airport: 40 flights were cancelled"},
		{"a place where ships wait", "Ships waited at the Port of Velsen on Monday, Ana Lind said.", "Ana Lind: Ships waited at the Port of Velsen on Monday"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkStatements(t, statementsOf(t, tc.text), tc.want, nil)
		})
	}
	checkActors(t, "Ships waited at the Port of Velsen on Monday, Ana Lind said.", []string{"Ana Lind (person)"}, []string{"Port of Velsen (organization)"})
}

// TestPastOrgKindNoun (pastOrgKindNoun in appositiveHead): an
// organisation named before the noun of its kind speaks past the
// appositives that describe it ("The X union, which …, said"); a person
// described by an appositive with that noun stays the speaker.
func TestPastOrgKindNoun(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"a union and a relative clause", "The Dokk union, which represents most of the port's dockers, said the strike would last two days.", "Dokk: the strike would last two days"},
		{"a group and an appositive", "The Halvard group, the country's largest brewer, said profits fell.", "Halvard: profits fell"},
		{"a person with the noun in an appositive", "Ana Lind, a union leader, said profits fell.", "Ana Lind: profits fell"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkStatements(t, statementsOf(t, tc.text), tc.want, nil)
		})
	}
}
