package extract

import "testing"

// TestTightCompoundInOfPhrase reads invented sentences with an
// organisation whose "of"/"for"/"on" phrase holds a hyphenated compound
// of two capitalised words (tightCompound): one organisation, not the
// name cut at the hyphen and its last word made an actor of its own.
func TestTightCompoundInOfPhrase(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"The Council on Arab-American Relations condemned the raid on Tuesday.",
			[]string{"Council on Arab-American Relations (organization)"},
			[]string{"Council on Arab (organization)", "Relations (organization)"}},
		{"\"The law is unjust,\" said Leila Haddad of the Council on Turkish-German Affairs in Bonn.",
			[]string{"Council on Turkish-German Affairs (organization)", "Leila Haddad (person)"},
			[]string{"Affairs (organization)"}},
		{"The Institute for Sino-African Studies published the report in Nairobi.",
			[]string{"Institute for Sino-African Studies (organization)"}, []string{"Studies (organization)"}},
		{"Delegates of the Organisation of Afro-Asian Peoples met in Cairo on Monday.",
			[]string{"Organisation of Afro-Asian Peoples (organization)"}, nil},
		{"The Ministry of Defence-backed militia denied the claim.",
			nil, []string{"Ministry of Defence-backed (organization)"}},
	}
	for _, tc := range tests {
		checkActors(t, tc.text, tc.want, tc.not)
	}
}

// TestOfficeOfHolderCountry reads invented sentences with an office
// named after its holder's title and the holder's country
// (officeOfHolderCountry): one organisation with the country inside;
// other bodies keep a country's "of" phrase apart.
func TestOfficeOfHolderCountry(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"The Office of the Prosecutor General of Moldova opened a criminal case on Monday.",
			[]string{"Office of the Prosecutor General of Moldova (organization)"},
			[]string{"Office of the Prosecutor General (organization)"}},
		{"The Office of the Attorney General of Austria, which froze the accounts in May, said it would appeal.",
			[]string{"Office of the Attorney General of Austria (organization)"},
			[]string{"Austria (country)"}},
		{"A statement from the Office of the President of the Philippines said the talks would resume.",
			[]string{"Office of the President of the Philippines (organization)"}, nil},
		{"The Ministry of Defence of Georgia said its troops had withdrawn.",
			[]string{"Georgia (country)"}, []string{"Ministry of Defence of Georgia (organization)"}},
	}
	for _, tc := range tests {
		checkActors(t, tc.text, tc.want, tc.not)
	}
}
