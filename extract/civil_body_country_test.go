package extract

import "testing"

// Classes of error that blind held-out articles showed
// (testdata/heldout/README.md), each with invented sentences: other
// names, other countries, other verbs than the articles'.

// TestMaritimeAndResearchHeads: "Maritime" and "Research" end a
// company's name ("Analysts at X Shipping Research said …"), and the
// first word alone names the same company, not a person.
func TestMaritimeAndResearchHeads(t *testing.T) {
	names := actorNames(t, "Oslo-based Fjordane Maritime sued the port on Monday. Fjordane said the port had ignored its warnings. Analysts at Borealis Energy Research said prices would rise.")
	for _, want := range []string{"Fjordane Maritime (organization)", "Borealis Energy Research (organization)"} {
		if !contains(names, want) {
			t.Errorf("actors %v, want %s", names, want)
		}
	}
	for _, not := range []string{"Fjordane", "Research", "Borealis Energy"} {
		if hasActor(names, not) {
			t.Errorf("actors %v: %q is part of a company's name", names, not)
		}
	}
	// A maritime authority keeps its own head.
	names = actorNames(t, "The Chilean Maritime Authority fined Andes Ferries on Friday.")
	if !contains(names, "Chilean Maritime Authority (organization)") {
		t.Errorf("actors %v, want Chilean Maritime Authority", names)
	}
}

// TestFlownAid (material.tsv fly, airlift): flying or airlifting relief
// goods to X is aid to X, as shipping them is; flying a minister or
// troops is not.
func TestFlownAid(t *testing.T) {
	checkRelCases(t, []relCase{
		{"flew food", "Qatar said it had flown 25 tonnes of rice and tents to Sudan.",
			[]string{"Qatar AID Sudan"}, nil},
		{"airlifted medicine", "Turkey airlifted medicine and blankets to Syria on Monday.",
			[]string{"Turkey AID Syria"}, nil},
		{"flew a minister", "France flew its foreign minister to Lebanon on Monday.",
			nil, []string{"France AID Lebanon"}},
	})
}

// TestJusticeTitle (role.judge-court, judgeTitleHeads): "Justice X" and
// "Chief Justice X" sit on the article's only court, as "Judge X" does;
// "Justice Minister X" does not.
func TestJusticeTitle(t *testing.T) {
	checkRelCases(t, []relCase{
		{"justice", "The Nairobi High Court halted the tender on Tuesday. Justice Wanjiru Kamau gave the ministry a week to reply.",
			[]string{"Wanjiru Kamau ROLE Nairobi High Court"}, nil},
		{"chief justice", "The Supreme Court of Ghana heard the petition on Monday. Chief Justice Kofi Mensah adjourned the case.",
			[]string{"Kofi Mensah ROLE Supreme Court of Ghana"}, nil},
		{"justice minister", "The Federal Court of Australia heard the case on Monday. Justice Minister Paul Ryan said the government would appeal.",
			nil, []string{"Paul Ryan ROLE Federal Court of Australia"}},
	})
}

// TestOutsideBodyGovernment (civilBodyCountry): "the government" a civil
// body of a country speaks to is that country's, even after another
// country's government was named; a state body's is not its own.
func TestOutsideBodyGovernment(t *testing.T) {
	checkRelCases(t, []relCase{
		{"association of a country", "Ghana's government raised port fees on Monday, and Togo protested. The Truckers Association of Togo urged the government to cut the fees.",
			[]string{"Truckers Association of Togo REQUEST Togo"}, []string{"Truckers Association of Togo REQUEST Ghana"}},
		{"nationality in the name", "Peru's government rejected Bolivia's plan on Monday. The Bolivian Miners Union called on the government to resign.",
			[]string{"Bolivian Miners Union REQUEST Bolivia"}, []string{"Bolivian Miners Union REQUEST Peru"}},
		{"a state body speaks of the other government", "Peru's government rejected the plan on Monday. The Bolivian Foreign Ministry urged the government to reconsider.",
			nil, []string{"Bolivian Foreign Ministry REQUEST Bolivia"}},
	})
}

// TestBothLendersOfTheSentence (twoOrganisationsBefore): "both lenders"
// after a sentence's "from A and B" are A and B, not two bodies that
// dealt with each other before; with three named, none is guessed.
func TestBothLendersOfTheSentence(t *testing.T) {
	checkRelCases(t, []relCase{
		{"pair of the sentence", "The Workers Party accused Kestrel Fuels of fraud on Monday. Vietnam built the port with loans from the World Bank and the Asian Development Bank, and both lenders have pressed Hanoi to raise fees.",
			[]string{"World Bank REQUEST Vietnam", "Asian Development Bank REQUEST Vietnam"},
			[]string{"Workers Party REQUEST Vietnam", "Kestrel Fuels REQUEST Vietnam"}},
		{"three named", "Vietnam built the port with loans from the World Bank, the Asian Development Bank and Norvik Capital, and both lenders have pressed Hanoi to raise fees.",
			nil, []string{"World Bank REQUEST Vietnam", "Asian Development Bank REQUEST Vietnam"}},
	})
}

// TestPaternalSurname (paternalSurname): a single later name that is
// the middle word of a three-word person's name is that person (the
// father's surname of a Spanish name); with two such persons, neither.
func TestPaternalSurname(t *testing.T) {
	checkRelCases(t, []relCase{
		{"father's surname", "Colombian Trade Minister Andrea Salcedo Ruiz met Brazil's ambassador on Monday. Salcedo thanked Brazil for its support.",
			[]string{"Andrea Salcedo Ruiz SUPPORT Brazil"}, nil},
	})
	names := actorNames(t, "Trade Minister Andrea Salcedo Ruiz met Mining Minister Pablo Salcedo Diaz on Monday. Salcedo said the talks went well.")
	if hasActor(names, "Salcedo") {
		t.Errorf("actors %v: an ambiguous name makes no actor of its own here", names)
	}
}
