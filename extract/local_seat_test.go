package extract

import "testing"

// TestLocalSeat (localSeat in seatAsPlace): a capital's name before a
// court, judge or hospital only places it, and makes no actor of the
// country; the capital that acts stands for its state.
func TestLocalSeat(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a judge of the city", "In 2020, a Lisbon judge ruled against the Vantor mining group in a dispute over water.",
			nil, []string{"Portugal (country)"}},
		{"a court past a modifier", "Ana Ruiz lost her case before a Madrid appeals court on Monday.",
			[]string{"Ana Ruiz (person)"}, []string{"Spain (country)"}},
		{"a hospital", "The Nairobi hospital said the boy had died, Ana Ruiz said.",
			nil, []string{"Kenya (country)"}},
		{"the capital that acts stays its state", "Moscow said the talks had failed, and a Moscow court jailed Ana Ruiz.",
			[]string{"Russia (country)"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkActors(t, tc.text, tc.want, tc.not)
		})
	}
}
