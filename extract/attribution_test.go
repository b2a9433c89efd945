package extract

import (
	"strings"
	"testing"
)

// TestAttributionClasses: classes of attribution the reading missed
// (honorificSurname, toldListenerLast, titlesAfterSource), each with
// invented sentences, and rows that must not fire.
func TestAttributionClasses(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
		unwanted         func(string) bool
	}{
		{"a surname that is a title word after Mrs. (honorificSurname)",
			"Ann Bishop hosts the show. Mrs. Bishop said that the station had lost most of its viewers.",
			"Ann Bishop: the station had lost", nil},
		{"a surname that is a title word after Mr.",
			"Peter King chairs the board. Mr. King told the council that the harbour would close in May.",
			"Peter King: the harbour would close", nil},
		{"an office addressed with Mr. stays an office",
			"Tom Vale rose in the chamber. \"Mr. President, the harbour must stay open,\" he said.",
			"Tom Vale: Mr. President", func(g string) bool { return strings.HasPrefix(g, "President:") }},
		{"a clause before a speaker who told a named outlet (toldListenerLast)",
			"The city council could approve the budget next month, Sen. Maria Lopez (D-Calif.) told the Valley Courier on Thursday.",
			"Maria Lopez: The city council could approve the budget next month", nil},
		{"a clause before a speaker who told a named person",
			"The port will reopen within a week, Mayor Ruth Keller told Governor Anton Berg.",
			"Ruth Keller: The port will reopen within a week", nil},
		{"told with a clause after the listener reports that clause, not the one before",
			"After the vote, Sen. Maria Lopez (D-Calif.) told the Valley Courier that the budget was fair.",
			"Maria Lopez: the budget was fair", func(g string) bool { return strings.Contains(g, "After the vote") }},
		{"a title after the source's organisation is no part of the content (titlesAfterSource)",
			"The European Commission met on Monday. According to a Commission spokesperson, the talks will continue next month in Brussels.",
			"European Commission: the talks will continue", func(g string) bool { return strings.Contains(g, "spokesperson,") }},
		{"nor are officials after it",
			"The ministry met on Monday. According to Harbour Authority officials, the ferries will run again on Friday.",
			"Harbour Authority: the ferries will run again", func(g string) bool { return strings.Contains(g, "officials,") }},
	} {
		t.Run(tc.name, func(t *testing.T) { checkStatements(t, statementsOf(t, tc.text), tc.want, tc.unwanted) })
	}
}
