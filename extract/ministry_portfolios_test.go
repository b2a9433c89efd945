package extract

import "testing"

// Classes of error that blind held-out articles showed
// (testdata/heldout/README.md), each with invented sentences: other
// names, other countries, other verbs than the articles'.

// TestOrderedToDo (slot to-do, toldToArgs of told_to.go): "ordered X to do" and
// "instructed X to do" are demands on X, each of a coordination or an
// apposition; an order to leave stays an expulsion, and an order of a
// thing ("ordered a recount", "ordered the recall of X") or of a
// nationality's plant demands nothing of anyone.
func TestOrderedToDo(t *testing.T) {
	checkRelCases(t, []relCase{
		{"ordered both", "Judge Maria Oyelaran ordered Kestrel Foods and Baobab Milling Company to publish their accounts by Friday.",
			[]string{"Maria Oyelaran REQUEST Kestrel Foods", "Maria Oyelaran REQUEST Baobab Milling Company"}, nil},
		{"passive with agent", "Helvara Bank was ordered by the Central Bank of Ireland to raise its capital.",
			[]string{"Central Bank of Ireland REQUEST Helvara Bank"}, nil},
		{"instructed", "The European Commission instructed Skyvale Airlines to refund the fees within a month.",
			[]string{"European Commission REQUEST Skyvale Airlines"}, nil},
		{"apposition of a plural", "The Telecoms Regulatory Authority ordered the two largest lenders, Finbank and Agrobank, to freeze the accounts.",
			[]string{"Telecoms Regulatory Authority REQUEST Finbank", "Telecoms Regulatory Authority REQUEST Agrobank"}, nil},
		{"to leave", "Peru ordered two Chilean diplomats to leave the country.",
			[]string{"Peru SANCTION Chile"}, []string{"Peru REQUEST Chile"}},
		{"a thing ordered", "Mongolia's election commission ordered a recount after Batbold Tsend complained to the court.",
			nil, []string{"Mongolia REQUEST Batbold Tsend"}},
		{"nationality of a plant", "Zambia ordered a Chinese-owned copper smelter near Kitwe to shut its furnaces on Monday.",
			nil, []string{"Zambia REQUEST China", "Zambia SANCTION China"}},
	})
}

// TestPluralCueAppositive (pluralCueAppositive, "operators"): names set
// off by a comma after a plural noun of organisations are organisations,
// both of a coordination; a plural of people before names is no cue.
func TestPluralCueAppositive(t *testing.T) {
	names := actorNames(t, "The country's two largest lenders, Finbank and Agrobank, said they had frozen the accounts. Mobile operators Orvane and Telkit said they had complied.")
	for _, want := range []string{"Finbank (organization)", "Agrobank (organization)", "Orvane (organization)", "Telkit (organization)"} {
		if !contains(names, want) {
			t.Errorf("actors %v, want %s", names, want)
		}
	}
	names = actorNames(t, "Two lawyers, Amara Okafor and Bisi Adeyemi, said they would appeal.")
	for _, want := range []string{"Amara Okafor (person)", "Bisi Adeyemi (person)"} {
		if !contains(names, want) {
			t.Errorf("actors %v, want %s", names, want)
		}
	}
}

// TestCompanyShorterForms (companyShortForms, legalPrefixes): a company
// is one actor under each name its tail words leave ("Hengfa Metals"
// and "Hengfa" of "Hengfa Metals Group") and, after a legal form that
// opens its name, under the word after it ("Kencana" of "PT Kencana
// Nikel Halmahera"); two companies sharing a short name keep it apart.
func TestCompanyShorterForms(t *testing.T) {
	names := actorNames(t, "The blast hit a plant of PT Kencana Nikel Halmahera, a unit of Rongsheng Steel Group. Kencana said it had closed the plant. Rongsheng Steel said it would send engineers.")
	for _, want := range []string{"PT Kencana Nikel Halmahera (organization)", "Rongsheng Steel Group (organization)"} {
		if !contains(names, want) {
			t.Errorf("actors %v, want %s", names, want)
		}
	}
	for _, not := range []string{"Kencana", "Rongsheng Steel"} {
		if hasActor(names, not) {
			t.Errorf("actors %v: %q is a short name of a company named before", names, not)
		}
	}
	for _, c := range []struct {
		name string
		want []string
	}{
		{"Hengfa Metals Group", []string{"Hengfa Metals", "Hengfa"}},
		{"PT Kencana Nikel Halmahera", []string{"Kencana"}},
		{"PT Bank Rakyat", nil},
		{"General Electric", nil},
	} {
		got := companyShortForms(c.name)
		if len(got) != len(c.want) {
			t.Errorf("companyShortForms(%q) = %q, want %q", c.name, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("companyShortForms(%q) = %q, want %q", c.name, got, c.want)
			}
		}
	}
}

// TestFaroeIslandsAndManpower (gazetteer, ministry_portfolios.txt): the
// Faroe Islands are one actor as "the Faroes", "the Faroese government"
// and "Torshavn"; a manpower minister holds a national office, and
// "Manpower" alone names no organisation.
func TestFaroeIslandsAndManpower(t *testing.T) {
	names := actorNames(t, "The Faroe Islands set their own herring quota on Monday. Norway accused the Faroes of overfishing, and the Faroese government rejected the charge. Torshavn said it would not back down.")
	if !contains(names, "Faroe Islands (country)") {
		t.Errorf("actors %v, want Faroe Islands", names)
	}
	for _, not := range []string{"Faroes", "Faroese government", "Torshavn"} {
		if hasActor(names, not) {
			t.Errorf("actors %v: %q is the Faroe Islands", names, not)
		}
	}
	checkRelCases(t, []relCase{
		{"manpower minister", "MANILA, March 3 (Wire) - The Philippines suspended hiring for Kuwait on Monday. Manpower Minister Jose Dizon said the ban would stay.",
			[]string{"Jose Dizon ROLE Philippines"}, []string{"Jose Dizon ROLE Manpower"}},
	})
}

// TestPortfolioLists (joinPortfolioLists): a ministry named with a list
// of portfolios is one organisation, the portfolios no actors of their
// own; a list of countries after a ministry is not its name.
func TestPortfolioLists(t *testing.T) {
	names := actorNames(t, "A spokeswoman for the Ministry of Agriculture, Forestry and Fisheries said the ban would stay. The Department of Water, Sanitation and Housing said it would help.")
	for _, want := range []string{"Ministry of Agriculture, Forestry and Fisheries (organization)", "Department of Water, Sanitation and Housing (organization)"} {
		if !contains(names, want) {
			t.Errorf("actors %v, want %s", names, want)
		}
	}
	for _, not := range []string{"Forestry", "Fisheries", "Ministry of Agriculture", "Housing"} {
		if hasActor(names, not) {
			t.Errorf("actors %v: %q is part of a ministry's name", names, not)
		}
	}
	names = actorNames(t, "The Ministry of Defence, Norway and Denmark signed the agreement on Monday.")
	for _, want := range []string{"Norway (country)", "Denmark (country)"} {
		if !contains(names, want) {
			t.Errorf("actors %v, want %s", names, want)
		}
	}
}
