package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// runSymmetricCases is runEdgeListCases with the symmetric classes
// (CONSULT, AGREE, COOPERATE) read in either order: "A CONSULT B" is
// found as "B CONSULT A" too.
func runSymmetricCases(t *testing.T, cases []edgeListCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := edgeFacts(t, tc.text, false, func(graph.Edge) bool { return true })
			has := func(f string) bool {
				if got[f] {
					return true
				}
				for _, c := range []string{" CONSULT ", " AGREE ", " COOPERATE "} {
					if a, b, ok := strings.Cut(f, c); ok {
						return got[b+c+a]
					}
				}
				return false
			}
			for _, w := range tc.want {
				if !has(w) {
					t.Errorf("missing %q; have %v", w, got)
				}
			}
			for _, w := range tc.not {
				if has(w) {
					t.Errorf("unexpected %q; have %v", w, got)
				}
			}
		})
	}
}

// TestTalksHost (rule rel.talks-host, talksHost): the one who mediates,
// chairs or hosts talks between two sides consults each side, whether
// the parse reads the verb as the head of the talks or not: a subject
// with a possessive title and an appositive name, a relative clause, a
// quantity before the talks. Not a side named as the subject, not a
// verb outside the lexicon ("welcomed talks between"), not one whose
// phrase ends before the talks.
func TestTalksHost(t *testing.T) {
	runSymmetricCases(t, []edgeListCase{
		{"possessive title and appositive, months of talks",
			"NAIROBI, Dec 5 (Wire) - Chad's government and the rebel Sahel Freedom Front (SFF) signed a peace deal on Saturday. Kenya's special envoy, Joseph Mwangi, mediated eighteen months of talks between the two sides.",
			[]string{"Chad CONSULT Joseph Mwangi", "Joseph Mwangi CONSULT Sahel Freedom Front"}, nil},
		{"relative clause, rounds of talks",
			"LIMA, Dec 7 (Wire) - Peru's government and the Teachers' Union of Peru signed a wage deal on Monday. The minister thanked Bishop Mateo Rojas, who had chaired the last three rounds of talks between the two sides.",
			[]string{"Mateo Rojas CONSULT Peru", "Mateo Rojas CONSULT Teachers' Union of Peru"}, nil},
		{"a country hosting named sides",
			"Oman hosted two days of negotiations between Iran and the United States in Muscat on Sunday.",
			[]string{"Iran CONSULT Oman", "Oman CONSULT United States"}, nil},
		{"a verb outside the lexicon is no hosting",
			"Gabon welcomed two rounds of talks between Chad and Cameroon on Sunday.",
			[]string{"Cameroon CONSULT Chad"}, []string{"Chad CONSULT Gabon", "Cameroon CONSULT Gabon"}},
		{"a phrase ends before the talks",
			"Qatar, which mediated in 2021, welcomed talks between Chad and Sudan on Sunday.",
			nil, []string{"Chad CONSULT Qatar", "Qatar CONSULT Sudan"}},
	})
}

// TestAnsweredOffer (rule rel.answered-offer, answeredOffer): "Y
// rejected the offer" rejects the one the text said made it, a sentence
// or up to three before: the subject of a making verb ("offering",
// "proposed"), the actor after "by" or before "'s" on the noun. Not
// when the noun names its own maker or content after it ("the offer of
// talks"), not the rejecter itself, not past the window.
func TestAnsweredOffer(t *testing.T) {
	runSymmetricCases(t, []edgeListCase{
		{"an offer in a participle, answered next sentence",
			"MANILA, Dec 7 (Wire) - Kwon Min-jae, chief executive of Hanul Biologics, wrote to the Department of Health last week offering 300,000 doses at no cost. The Department of Health rejected the offer.",
			[]string{"Department of Health REJECT Kwon Min-jae"}, nil},
		{"an audit by an agency",
			"ACCRA, Dec 4 (Wire) - An audit by the Ghana Revenue Authority had found that Coolabah Resources owed $212 million. Coolabah Resources rejected the audit and said it would appeal.",
			[]string{"Coolabah Resources REJECT Ghana Revenue Authority"}, nil},
		{"a proposal two sentences back, turned down",
			"Norvik Systems proposed a merger with Baltic Rail on Monday. Shares rose 4 percent. Baltic Rail turned down the proposal on Friday.",
			[]string{"Baltic Rail REJECT Norvik Systems"}, nil},
		{"a possessive maker",
			"Vantor Group said on Monday that it would raise its bid. Vantor Group's offer for Hartcourt Diagnostics was its third this year. Hartcourt Diagnostics rejected the offer.",
			[]string{"Hartcourt Diagnostics REJECT Vantor Group"}, nil},
		{"the noun names its own content",
			"Norvik Systems offered to pay 5 million euros. Baltic Rail rejected the offer of talks in Riga.",
			nil, []string{"Baltic Rail REJECT Norvik Systems"}},
		{"the rejecter's own offer",
			"Baltic Rail offered 5 million euros for the line. Baltic Rail later rejected the offer as too high.",
			nil, []string{"Baltic Rail REJECT Baltic Rail"}},
		{"too far back",
			"Norvik Systems proposed a merger with Baltic Rail. Baltic Rail posted a loss. Its shares fell. Its chairman resigned. Its workers went on strike. Baltic Rail rejected the proposal.",
			nil, []string{"Baltic Rail REJECT Norvik Systems"}},
	})
}

// TestNameAsAdverbBeforeAnd (nameAsAdverbBeforeAnd, in nameAsAdverb):
// a country's name the tagger reads as an adverb, followed by "and" and
// the verb's subject ("Italy and Malta accused each other"), is the
// subject with the other name its conjunct; an adverb that is no name
// stays one.
func TestNameAsAdverbBeforeAnd(t *testing.T) {
	runSymmetricCases(t, []edgeListCase{
		{"accused each other, after a dateline",
			"ROME, Aug 22 (Wire) - Italy and Malta accused each other on Saturday of ignoring distress calls from a fishing boat.",
			[]string{"Italy ACCUSE Malta", "Malta ACCUSE Italy"}, nil},
		{"accused each other, no dateline",
			"Italy and Malta accused each other of ignoring distress calls.",
			[]string{"Italy ACCUSE Malta", "Malta ACCUSE Italy"}, nil},
		{"signed together",
			"Italy and Tunisia signed a migration agreement in Tunis on Sunday.",
			[]string{"Italy AGREE Tunisia"}, nil},
		{"an adverb that is no name",
			"Publicly and repeatedly, Malta accused Italy of ignoring distress calls.",
			[]string{"Malta ACCUSE Italy"}, []string{"Italy ACCUSE Malta"}},
	})
}
