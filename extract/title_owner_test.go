package extract

import (
	"testing"
)

// TestTitleOwnerNames: the name right before a title and its holder's
// name is the body the office is held in (a one-word organisation, a
// state of two or three words the gazetteer does not know), or, before
// a mayor's title, a town: a place and no actor. A person's name before
// a title stays a person.
func TestTitleOwnerNames(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a state of two words before a chief minister",
			"COLOMBO, May 2 (Wire) - A Sri Lankan patrol boat sank a trawler.\n\nAndhra Pradesh Chief Minister N. Rao accused the Sri Lankan navy of negligence.",
			[]string{"N. Rao ROLE Andhra Pradesh"}, []string{"N. Rao ROLE Sri Lanka"}},
		{"a province of one word before a governor",
			"ISLAMABAD, May 2 (Wire) - The floods spread.\n\nSindh Governor Kamran Tessori asked Pakistan for help.",
			[]string{"Kamran Tessori ROLE Sindh"}, nil},
		{"a town before a mayor is no actor",
			"LIMA, June 8 (Wire) - Peru voted.\n\nFormer Arequipa mayor Lucia Arrieta won the runoff.",
			nil, []string{"Lucia Arrieta ROLE Arequipa"}},
		{"a town of two words before a capitalised mayor is no actor",
			"The storm hit the coast.\n\nPuerto Lindo Mayor Rosa Quispe asked the army for help.",
			nil, []string{"Rosa Quispe ROLE Puerto Lindo"}},
		{"a ministry's portfolio before a minister is part of the title",
			"ATHENS, July 2 (Wire) - Greece asked the European Union for planes.\n\nCivil Protection Minister Nikos Dendias said two people died.",
			[]string{"Nikos Dendias ROLE Greece"}, []string{"Nikos Dendias ROLE Civil Protection"}},
		{"a person's name before a title stays a person",
			"The talks resumed.\n\nJoe Biden adviser Jake Sullivan met the envoy.",
			nil, []string{"Jake Sullivan ROLE Joe Biden"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantRoleFacts(t, tc.text, tc.want, tc.not)
		})
	}
	for _, tc := range []struct{ text, place, person string }{
		{"LIMA, June 8 (Wire) - Peru voted.\n\nFormer Arequipa mayor Lucia Arrieta won the runoff.", "Arequipa", "Lucia Arrieta"},
		{"The storm hit.\n\nCity mayor Tomasz Wrona said the bridge would reopen.", "City", "Tomasz Wrona"},
		{"The floods spread.\n\nAndhra Pradesh Chief Minister N. Rao asked for help.", "", "N. Rao"},
	} {
		_, names := extractNamed(t, tc.text)
		var got []string
		for _, n := range names {
			got = append(got, n)
		}
		if tc.place != "" && contains(got, tc.place) || !contains(got, tc.person) {
			t.Errorf("actors of %q are %q, want %q and no %q", tc.text, got, tc.person, tc.place)
		}
	}
}
