package extract

import (
	"strings"
	"testing"
)

// TestTypewrittenDash: "--" is one dash token read as "—", so a speaker
// set off by typewritten dashes speaks, and a dateline before "--" stays
// a dateline; a hyphen stays a hyphen.
func TestTypewrittenDash(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string // the token texts
	}{
		{"Berg -- a captain -- said", []string{"Berg", emDash, "a", "captain", emDash, "said"}},
		{"Berg---a captain", []string{"Berg", emDash, "a", "captain"}},
		{"a well-known captain - retired", []string{"a", "well-known", "captain", "-", "retired"}},
	} {
		var got []string
		for _, tok := range scanTokens(tc.text, 0, len(tc.text), nil) {
			got = append(got, tok.text)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: tokens %q, want %q", tc.text, got, tc.want)
		}
	}
	const lead = "Harbour strike spreads in Bergen\n\nMayor Lena Holm and port chief Tomas Berg met on Monday.\n\n"
	tests := []struct {
		name, text string
		want       string // "speaker: words" a statement must start with
	}{
		{"a speaker set off by typewritten dashes",
			"Berg -- co-author of Ferries of the North, a book about the coastal routes -- said the port would reopen in May.",
			"Tomas Berg: the port would reopen in May"},
		{"a speaker set off by typewritten dashes before told",
			"Holm -- a former captain -- told reporters that the pier was unsafe for passengers.",
			"Lena Holm: the pier was unsafe for passengers"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkStatements(t, statementsOf(t, lead+tc.text), tc.want, nil)
		})
	}
}

// TestDashAsideInClause: a dash aside inside a reported clause is part
// of it; a dash that ends the clause still ends it.
func TestDashAsideInClause(t *testing.T) {
	const lead = "Harbour ferries age\n\nMayor Lena Holm spoke at the pier on Monday.\n\n"
	tests := []struct {
		name, text string
		want       string // "speaker: words" a statement must start with
		notWant    string // a "speaker: words" prefix no statement may have
	}{
		{"an aside between dashes",
			"Holm said the oldest ferries \u2014 those built before 1990 \u2014 would need new engines by 2030.",
			"Lena Holm: the oldest ferries \u2014 those built before 1990 \u2014 would need new engines by 2030", ""},
		{"an aside between typewritten dashes",
			"The Bergen Harbour Board estimates that the oldest ferries -- those built before 1990 -- would need new engines by 2030.",
			"Bergen Harbour Board: the oldest ferries -- those built before 1990 -- would need new engines", ""},
		{"a single dash ends the clause",
			"Holm said the oldest ferries would need new engines by 2030 \u2014 a cost the town cannot carry alone.",
			"Lena Holm: the oldest ferries would need new engines by 2030", "Lena Holm: the oldest ferries would need new engines by 2030 \u2014"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var unwanted func(string) bool
			if tc.notWant != "" {
				unwanted = func(g string) bool { return strings.HasPrefix(g, tc.notWant) }
			}
			checkStatements(t, statementsOf(t, lead+tc.text), tc.want, unwanted)
		})
	}
}
