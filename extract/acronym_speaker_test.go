package extract

import "testing"

// TestNameThroughParen (nameThroughParen): an organisation whose acronym
// follows its name in parentheses speaks through them ("The X (XA)
// said …"); a party tag after a person's name is still skipped ("Sen. X
// (R-Ore.) said …").
func TestNameThroughParen(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"an agency and its acronym",
			"The Food and Drug Administration (FDA) said samples of the drug contained bacteria.",
			"Food and Drug Administration: samples of the drug contained bacteria"},
		{"a board of a country and its acronym",
			"The Securities and Exchange Board of India (SEBI) said samples of the formula contained bacteria.",
			"Securities and Exchange Board of India: samples of the formula contained bacteria"},
		{"a party tag after a person's name",
			"Sen. Dana Holt (R-Ore.) said the bill was dead.",
			"Dana Holt: the bill was dead"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkStatements(t, statementsOf(t, tc.text), tc.want, nil)
		})
	}
}
