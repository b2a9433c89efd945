package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestDescribedOrgNames: a one-word name or acronym in apposition with a
// description headed by an organisation's noun (lexicon/
// appositive_org_heads.txt) is an organisation, on either side of the
// description, past a place in the description's tail and a "the"
// before the name; a person's description leaves it none.
func TestDescribedOrgNames(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"an acronym before its office",
			"The minister resigned on Monday. The government said it would cooperate with DNAK, the anti-graft prosecution office, which opened a case in May.",
			[]string{"DNAK (organization)"}, nil},
		{"an acronym after a mission in a place",
			"The ceasefire held on Monday. The U.N. peacekeeping mission in the country, MINURSO, said it would monitor the truce.",
			[]string{"MINURSO (organization)"}, nil},
		{"a one-word name after its description and \"the\"",
			"The firm was fined on Monday. The Swiss competition office, the Wettbewerbskommission, said it had closed its own inquiry.",
			[]string{"Wettbewerbskommission (organization)"}, nil},
		{"an authority described before an acronym",
			"Flights resumed on Friday. The Chilean aviation authority, DGAC, said the runway had been repaired.",
			[]string{"DGAC (organization)"}, nil},
		{"the head of a body names a person",
			"The talks ended on Monday. The head of the mission, Okafor, said the sides had agreed.",
			nil, []string{"Okafor (organization)"}},
		{"an office's manager names a person",
			"The archive reopened. Sandoval, the office manager, said the files were safe.",
			nil, []string{"Sandoval (organization)"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkActors(t, tc.text, tc.want, tc.not) })
	}
}

// TestDescribedOrgSpeaker: the organisation named after its description
// speaks, not a country or body the description names (describedOrgNamed).
func TestDescribedOrgSpeaker(t *testing.T) {
	for _, tc := range []struct {
		text, want, not string
	}{
		{"Morocco and Algeria signed the truce on Monday. The U.N. mission in the country, MINURSO, said it would monitor the truce.",
			"MINURSO: it would monitor the truce", "Algeria:"},
		{"The firm was fined on Monday. The Swiss competition office, the Wettbewerbskommission, said it had closed its own inquiry.",
			"Wettbewerbskommission: it had closed its own inquiry", ""},
		{"Peru and Chile closed the crossing. The regional trade body, ALCOM, said exports would fall by a third.",
			"ALCOM: exports would fall by a third", "Chile:"},
	} {
		got := statementsOf(t, tc.text)
		if !slices.Contains(got, tc.want) {
			t.Errorf("statements of %q are %q, want %q", tc.text, got, tc.want)
		}
		for _, g := range got {
			if tc.not != "" && strings.HasPrefix(g, tc.not) {
				t.Errorf("statements of %q are %q, want none by %s", tc.text, got, tc.not)
			}
		}
	}
}
