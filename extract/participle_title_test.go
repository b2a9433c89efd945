package extract

import "testing"

// TestParticipleTitle (role.title, participleTitle): a participle in -ing
// opening a sentence before a title qualifies the title and names no
// organisation; a company written capitalised elsewhere keeps its role.
func TestParticipleTitle(t *testing.T) {
	text := "ARUSHA, May 20 (Wire) - The East African Court of Justice ruled on Wednesday.\n\n" +
		"Presiding Judge Amina Mwita said the law was void. Managing Director Joseph Kimaro said the fund would help. " +
		"Visiting Foreign Minister Ana Lopes said she was pleased."
	checkActors(t, text, []string{"Amina Mwita (person)", "Joseph Kimaro (person)"},
		[]string{"Presiding (organization)", "Managing (organization)", "Visiting (organization)"})
	company := "Arusha, May 20 - Kettering shipped the order. Kettering spokesman Brian Mole said it was late."
	checkFacts(t, company, roleFacts(t, company), []string{"Brian Mole ROLE Kettering"}, nil)
}
