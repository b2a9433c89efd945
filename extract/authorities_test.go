package extract

import "testing"

func TestAuthoritiesAndAdministration(t *testing.T) {
	for _, tc := range []struct {
		name, text, word, want string
	}{
		{"the authorities of the only country named",
			"The court fined Varomin Mining. Zambia revoked its licence on Monday. The authorities said the review was lawful.",
			"The authorities", "Zambia by description:government ← Zambia"},
		{"the authorities of the dateline's country among several",
			"LUSAKA, May 4 (Wire) - Zambia and Malawi closed the border.\n\nThe IMF urged the authorities to publish the contracts.",
			"the authorities", "Zambia by description:government ← Zambia"},
		{"the administration of a country named with the word",
			"The U.S. administration imposed tariffs on Brazil. Farm groups urged the administration to settle the dispute.",
			"the administration", "United States by description:administration ← U.S. administration"},
		{"the administration of a nationality named with the word",
			"The Chilean administration froze wages. The unions urged the administration to reconsider.",
			"the administration", "Chile by description:administration ← Chilean administration"},
		{"the administration no country was named with: unresolved",
			"LIMA, May 4 (Wire) - Peru and Chile signed a deal.\n\nAn aide said the administration would decide soon.",
			"the administration", " by "},
		{"a modifier is no description",
			"Peru signed a deal. The administration official said it would last.",
			"The administration", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkResolution(t, tc.text, tc.word, tc.want)
		})
	}
	text := "ACCRA, Jan 5 (Wire) - Ghana revoked the licence of Redcliff Gold.\n\nThe International Monetary Fund urged the authorities to apply mining rules transparently."
	want := "REQUEST: the authorities (description:government) ← Ghana = Ghana"
	if got := resolvedEvidence(t, text); !contains(got, want) {
		t.Errorf("evidence of %q records %q, want %q among them", text, got, want)
	}
}
