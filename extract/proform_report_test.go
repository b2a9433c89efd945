package extract

import (
	"strings"
	"testing"
)

// TestProformReport reads invented sentences whose words after a verb
// of saying are a pro-form standing for words said elsewhere (no
// statement), beside sentences where the same words open a clause of
// their own (a statement).
func TestProformReport(t *testing.T) {
	const intro = "Budget row in Tasmania\n\nFinance Minister Ilse Marangoni and Senator Kofi Ashdown spoke in Hobart on Monday.\n\n"
	tests := []struct {
		name, text string
		want       string // a whole statement, "Speaker: text"; "" for none of the speaker
	}{
		{"the same thing, then an aside",
			"Marangoni has said the same thing, including in a speech in Launceston last month.", ""},
		{"much the same and a topic",
			"Ashdown said much the same about the ferry subsidies in March.", ""},
		{"little and a time clause",
			"Marangoni said little when asked about the hospital contract.", ""},
		{"as much to reporters",
			"Ashdown said as much to reporters outside the parliament.", ""},
		{"the same opening a clause reports",
			"Marangoni said the same thing would happen to the port levy next year.",
			"Ilse Marangoni: the same thing would happen to the port levy next year"},
		{"little opening a clause reports",
			"Ashdown said little had changed since the floods in the north.",
			"Kofi Ashdown: little had changed since the floods in the north"},
		{"much of opens a clause",
			"Marangoni said much of the money had gone to consultants.",
			"Ilse Marangoni: much of the money had gone to consultants"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := statementsOf(t, intro+tc.text)
			if tc.want != "" {
				for _, g := range got {
					if g == tc.want {
						return
					}
				}
				t.Fatalf("want %q, have %q", tc.want, got)
			}
			for _, g := range got {
				if strings.HasPrefix(g, "Ilse Marangoni:") || strings.HasPrefix(g, "Kofi Ashdown:") {
					t.Errorf("have %q, want no statement", g)
				}
			}
		})
	}
}
