package extract

import "testing"

// TestCooperationBody reads invented sentences with a body of states
// named after the cooperation it is for (cooperationBody): an
// organisation even before "forum" or "summit"; not in a title-case
// headline.
func TestCooperationBody(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		{"Title: Trade ministers meet\n\nThe Asia-Pacific Economic Cooperation forum urged its members on Friday to cut tariffs on medicines.",
			[]string{"Asia-Pacific Economic Cooperation (organization)"}, nil},
		{"Title: Loans approved\n\nThe Central Asia Regional Economic Cooperation programme approved two rail loans for Kyrgyzstan.",
			[]string{"Central Asia Regional Economic Cooperation (organization)"}, []string{"Asia Regional (person)"}},
		{"Asian Leaders Vow Closer Regional Economic Cooperation\n\nThe talks ended on Friday without a deal.",
			nil, []string{"Closer Regional Economic Cooperation (organization)", "Asian Leaders Vow Closer Regional Economic Cooperation (organization)"}},
	}
	for _, tc := range tests {
		checkActors(t, tc.text, tc.want, tc.not)
	}
}
