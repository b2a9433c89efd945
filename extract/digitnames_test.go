package extract

import "testing"

func TestDigitName(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"4chan", true}, {"7-Eleven", true}, {"3M", true}, {"23andMe", true}, {"49ers", true}, {"9gag", true},
		{"5G", false}, {"4K", false}, {"3D", false}, {"10km", false}, {"2nd", false}, {"1990s", false},
		{"100mph", false}, {"5GB", false}, {"28-point", false}, {"28-Point", false}, {"9-Year-Old", false},
		{"3-2", false}, {"2024", false}, {"4x", false}, {"20something", false}, {"10am", false},
	} {
		if got := digitName(tc.w); got != tc.want {
			t.Errorf("digitName(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

func TestDigitNamedActors(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a company named with a number speaks",
			"The chain grew fast in Asia. On Monday 9-Orbit said its stores in Lyon would close, and 5pixel said it had banned the users.",
			[]string{"9-Orbit (organization)", "5pixel (organization)"}, nil},
		{"a number and a capital letter that acts",
			"Sales fell in the spring. Later 4Q said it would cut 2,000 jobs.",
			[]string{"4Q (organization)"}, nil},
		{"sums, measures and networks are no actors",
			"The firm raised $3M on Monday. 5G will reach 40 towns, 10km of cable was laid and 3D printers sold well in the 1990s.",
			nil, []string{"3M (organization)", "5G (organization)", "10km (organization)", "3D (organization)"}},
		{"a name with a number that never acts stays no actor",
			"The tool counts 300 users of 5pixel in the town.",
			nil, []string{"5pixel (organization)"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkActors(t, tc.text, tc.want, tc.not) })
	}
}
