package extract

import (
	"strings"
	"testing"
)

// TestStatementClassesMore: speechVerbBefore (a country's name as a
// speaker's given name after "said"), adverbialAfterVerb and
// mojibakeTail, with rows that must not fire.
func TestStatementClassesMore(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
		unwanted         func(string) bool
	}{
		{"a given name that is a country, after a post-posed said",
			"''Exports held up well this year,'' said Chad Varga, an expert on trade at the Oslo Trade Institute.",
			"Chad Varga: Exports held up well", func(g string) bool { return strings.HasPrefix(g, "Chad:") }},
		{"a country after said and before a place stays no person",
			"The talks ended on Monday. Officials said Chad Province was calm.",
			"", func(g string) bool { return strings.HasPrefix(g, "Chad Province") }},
		{"an adverbial clause after the verb is not what was said",
			"The summit opened in Bratislava.\n\nEurope must defend itself, Henri Lemaire said Friday as he entered the talks.",
			"Henri Lemaire: Europe must defend itself", func(g string) bool { return strings.Contains(g, "he entered the talks") }},
		{"nor is a clause opened by while that ends the sentence",
			"The minister spoke briefly. Henri Lemaire said on Friday while he toured the plant.",
			"", func(g string) bool { return strings.Contains(g, "he toured the plant") }},
		{"a clause opened by while and a comma is what was said",
			"The minister said while negotiations are advancing, the rebels appear resolute to hinder the talks.",
			"", func(g string) bool { return strings.HasSuffix(g, ": while negotiations are advancing") }},
		{"a name written with mojibake stays one name",
			"\"The union is strong,\" French President FranÃ§ois Lemaire said on Friday.",
			"FranÃ§ois Lemaire: The union is strong", nil},
		{"a person's office is no named speaker (the gold's convention)",
			"The bridge closed on Monday.\n\nSenator Mara Quist's office said the vote would take place next week.",
			"", func(g string) bool { return strings.HasPrefix(g, "Mara Quist:") }},
		{"a statement from an organisation (documentFrom)",
			"The ferries stopped on Monday. The ferries will run again, according to a statement from the Harbour Authority.",
			"Harbour Authority: The ferries will run again", nil},
		{"a document sent somewhere by an organisation (documentSendVerbs)",
			"The ferries stopped on Monday. The fleet needs three new ships, according to a notice sent to parliament on Friday by the Harbour Authority.",
			"Harbour Authority: The fleet needs three new ships", nil},
		{"figures released by an organisation (documentSendVerbs)",
			"The ferries stopped on Monday. Ticket sales fell 12 percent in May, according to figures released by the Harbour Authority.",
			"Harbour Authority: Ticket sales fell 12 percent in May", nil},
		{"data from an organisation",
			"The ferries stopped on Monday. Ticket sales fell 12 percent in May, according to data from the Harbour Authority.",
			"Harbour Authority: Ticket sales fell 12 percent in May", nil},
		{"a document obtained by an organisation is not its own",
			"The ferries stopped on Monday. The fleet needs three new ships, according to a memo obtained by the Harbour Gazette.",
			"", func(g string) bool { return strings.HasPrefix(g, "Harbour Gazette:") }},
		{"a person from an organisation is no document",
			"The ferries stopped on Monday. The ferries will run again, according to a woman from the Harbour Authority.",
			"", func(g string) bool { return strings.HasPrefix(g, "Harbour Authority:") }},
		{"a person for, of or from an organisation speaks, not it (orgBeforeModifier)",
			"The rules changed on Monday.\n\nLydia Brask for the Harbour Authority says they are looking at new rules. Jon Berg of the Harbour Authority said the rules would change.",
			"Lydia Brask: they are looking", func(g string) bool { return strings.HasPrefix(g, "Harbour Authority:") }},
		{"a person for a field agency of two countries speaks",
			"The rules changed on Monday.\n\nLydia Brask for Food Standards Australia New Zealand, says they are looking at new rules.",
			"Lydia Brask: they are looking", func(g string) bool { return strings.HasPrefix(g, "Food Standards") }},
		{"an organisation named with for speaks as itself",
			"The rules changed on Monday. The Centre for Civic Rights said the rules were unfair.",
			"Centre for Civic Rights: the rules were unfair", nil},
	} {
		t.Run(tc.name, func(t *testing.T) { checkStatements(t, statementsOf(t, tc.text), tc.want, tc.unwanted) })
	}
}

func TestMojibakeTail(t *testing.T) {
	for _, tc := range []struct {
		word string
		r    rune
		want bool
	}{
		{"FranÃ", '§', true}, {"CafÃ", '©', true}, {"FranA\u0303", '\u0083', true},
		{"Fran", '§', false}, {"Ã", 'z', false}, {"B\u0303", '§', false}, {"", '§', false},
	} {
		if got := mojibakeTail(tc.word, tc.r); got != tc.want {
			t.Errorf("mojibakeTail(%q, %q) = %v, want %v", tc.word, tc.r, got, tc.want)
		}
	}
}
