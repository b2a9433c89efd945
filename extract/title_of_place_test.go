package extract

import "testing"

// TestTitleOfPlaceHolder reads invented sentences with a title, "of", a
// place the gazetteer does not know and the holder's name in one
// capitalised run (titleOfPlaceHolder): the holder is a person with a
// role in the place, not a name dropped whole.
func TestTitleOfPlaceHolder(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Governor of Saskatchewan Mark Tessier said the pipeline would be rebuilt.", "Mark Tessier ROLE Saskatchewan"},
		{"On Monday Premier of Tasmania Anne Roycroft said the ferry would run again.", "Anne Roycroft ROLE Tasmania"},
		{"Mayor of Port Elsworth Daniel Okafor welcomed the decision.", "Daniel Okafor ROLE Port Elsworth"},
	} {
		checkFacts(t, c.text, roleFacts(t, c.text), []string{c.want}, nil)
	}
	checkActors(t, "Minister of Culture Anna Berg opened the museum in Oslo.",
		[]string{"Anna Berg (person)"}, []string{"Culture (organization)"})
}
