package extract

import "testing"

// TestTitleOfUnitOfOrgBeforeName reads invented sentences with a title
// of a branch of an organisation written before the holder's name
// ("Executive director of the Tulsa chapter of the Harbour Workers
// Union Nadia Okafor", roleNounBefore's six-word window in rule "title
// of organisation before name"): the person's ROLE is in the
// organisation, whatever the modality of the rest of the sentence.
func TestTitleOfUnitOfOrgBeforeName(t *testing.T) {
	checkRoleCases(t, []roleCase{
		{"chapter of a union", "Executive director of the Tulsa chapter of the Harbour Workers Union Nadia Okafor said the strike would go on.",
			"Nadia Okafor ROLE Harbour Workers Union", ""},
		{"branch of a bank", "Head of the Porto branch of the Atlantic Savings Bank Rui Faria said rates would rise.",
			"Rui Faria ROLE Atlantic Savings Bank", ""},
		{"planned twin", "Chair of the Cork section of the Irish Farmers Association Lucia Ferrante will meet ministers next week.",
			"Lucia Ferrante ROLE Irish Farmers Association", ""},
		{"no name after the organisation", "The director toured the Tulsa offices of the Harbour Workers Union with Nadia Okafor.",
			"", "Nadia Okafor ROLE Harbour Workers Union"},
	})
}
