package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// The classes of error that session 22's four blind articles showed
// (testdata/heldout/README.md), each with invented sentences.

// TestPostedOfficeRole (organisation and role noun before name,
// postedScope, roleNounBeforePlace): an organisation's office with the
// place it is posted to or responsible for ("WFP country director for
// Sudan, X,") is a ROLE in the organisation, not in the place's country.
func TestPostedOfficeRole(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"country director for a country", "The World Bank's country director for Nepal, Anil Shrestha, said the loan would be signed in May.",
			"Anil Shrestha ROLE World Bank", "Anil Shrestha ROLE Nepal"},
		{"organisation before the office", "UNICEF regional director for Yemen, Rania Haddad, said the clinics had run out of fuel.",
			"Rania Haddad ROLE UNICEF", "Rania Haddad ROLE Yemen"},
		{"posted in a capital", "A UNHCR spokeswoman in Amman, Leila Nasser, said the camp was full.",
			"Leila Nasser ROLE United Nations High Commissioner for Refugees", ""},
		// With no organisation before it, the office for a country stays the country's.
		{"envoy for a country", "Peru's special envoy for Bolivia, Carlos Rojas, met the rebels.",
			"Carlos Rojas ROLE Peru", ""},
	})
}

// TestPostedOfficeSpeaker (stmt.quote-then-speaker, postedHolder): after
// a quotation, the name set off after an organisation's office and its
// posting is the speaker, not the organisation.
func TestPostedOfficeSpeaker(t *testing.T) {
	runStmtCases(t, []stmtCase{
		{"\"The camps are full and the rains are coming,\" UNHCR country representative for Chad, Paul Mbeki, told reporters in Abeche.",
			[]string{"Paul Mbeki: The camps are full and the rains are coming,"},
			[]string{"UNHCR: The camps are full and the rains are coming,"}},
	})
}

// TestLegislatureAndTreasuryOffices (role.head-office, headOffices): a
// bare "Senator X" or "Treasurer X", capitalised before the name, is an
// office of the country the story is about, as "President X" is; a
// party's or a club's treasurer is not.
func TestLegislatureAndTreasuryOffices(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"senator", "MANILA, May 4 (Wire) - The Philippines cancelled the tender. Senator Rosa Villanueva accused the ministry of hiding the bids.",
			"Rosa Villanueva ROLE Philippines", ""},
		{"treasurer", "SUVA, March 3 (Wire) - Fiji raised its fuel tax on Monday. Treasurer Jone Rabuka said the change would cut the deficit.",
			"Jone Rabuka ROLE Fiji", ""},
		{"a party's treasurer", "SUVA, March 3 (Wire) - Fiji raised its fuel tax on Monday. Labour Party treasurer Jone Rabuka said the change was unfair.",
			"", "Jone Rabuka ROLE Fiji"},
	})
}

// TestHighCommissioner (parse: summoned diplomat, highCommissioner; office
// named before and a named aside, diplomaticOfficeAt, countryEndingAt):
// a high commissioner is the envoy one Commonwealth country keeps in
// another: summoning one is a protest against the country, and "the
// acting high commissioner, X," is X's ROLE in the country named with
// the office before, a country of two words too; a police commissioner
// summoned is a consultation.
func TestHighCommissioner(t *testing.T) {
	runModalCases(t, []modalCase{
		{"summoned the high commissioner",
			"Kenya summoned Uganda's high commissioner in Nairobi on Friday to protest.",
			map[string]graph.Modality{"Kenya ACCUSE Uganda": graph.Asserted}, []string{"Kenya CONSULT Uganda"}, nil},
		{"summoned the acting high commissioner",
			"Bangladesh summoned Pakistan's acting high commissioner on Monday.",
			map[string]graph.Modality{"Bangladesh ACCUSE Pakistan": graph.Asserted}, []string{"Bangladesh CONSULT Pakistan"}, nil},
		{"summoned a police commissioner",
			"The ministry summoned Kenya's police commissioner, Peter Otieno, for talks. Uganda summoned Kenya's deputy police commissioner on Monday.",
			nil, []string{"Uganda ACCUSE Kenya"}, nil},
	})
	one := "Australia summoned New Zealand's acting high commissioner on Monday. Foreign Minister Ruth Carver said the acting high commissioner, Aroha Tane, had been told to explain the raid."
	checkFacts(t, one, roleFacts(t, one), []string{"Aroha Tane ROLE New Zealand"}, nil)
	two := "Ghana expelled South Africa's ambassador on Monday. Minister Kofi Mensah said the ambassador, Thabo Nkosi, had 48 hours to leave."
	checkFacts(t, two, roleFacts(t, two), []string{"Thabo Nkosi ROLE South Africa"}, nil)
}
