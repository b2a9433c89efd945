package extract

import "testing"

// TestItSpeakers (itSpeakers): a name the text refers back to as "its"
// right after a verb of speech, or with ", which", is an organisation;
// "said it …" (TestReportedSelf) and a titled person are not.
func TestItSpeakers(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"said its plans", "Vela Brandt said its plan would cut 200 jobs in Norway next year.", []string{"Vela Brandt (organization)"}, nil},
		{"said its", "Rio Tinto said its profit fell by a third in the first half.", []string{"Rio Tinto (organization)"}, nil},
		{"which", "Marta Solvik, which employs 300 people in Bergen, said profits fell.", []string{"Marta Solvik (organization)"}, nil},
		{"a known given name keeps the person", "Ines Holm said it had sent tents to Peru.", []string{"Ines Holm (person)"}, nil},
		{"said it would be", "Marta Solvik said it would be a mistake to raise taxes.", []string{"Marta Solvik (person)"}, nil},
		{"a titled person", "Finance Minister Marta Solvik said it would cost 2 billion crowns.", []string{"Marta Solvik (person)"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkActors(t, tc.text, tc.want, tc.not)
		})
	}
}

// TestKnownOrgBeforeAnd (orgListAnd, knownOrgBefore): an organisation
// the gazetteer knows before "and" inside a capitalised run is one of
// two organisations.
func TestKnownOrgBeforeAnd(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a known carmaker and another", "Toyota and Suzuki Motor agreed on Monday to share engines for small cars.",
			[]string{"Toyota (organization)"}, []string{"Toyota and Suzuki Motor (organization)"}},
		{"a known maker and another", "Siemens and Harlow Rail Systems agreed to build the line together.",
			[]string{"Siemens (organization)"}, []string{"Siemens and Harlow Rail Systems (organization)"}},
		{"one institution stays one", "The Tang Teaching Museum and Art Gallery opened a show on Monday.",
			[]string{"Tang Teaching Museum and Art Gallery (organization)"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkActors(t, tc.text, tc.want, tc.not)
		})
	}
}
