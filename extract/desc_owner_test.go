package extract

import "testing"

// TestDescriptionNotItsOwnNoun (description:organisation,
// bareNounActor): "the board" after "Board chairman X" opening a
// sentence is the company whose board the text named, not a "Board" of
// its own; so the acts on the board are acts on the company.
func TestDescriptionNotItsOwnNoun(t *testing.T) {
	text := "AARHUS, Dec 3 (Wire) - The board of Danish ferry operator Kattegat Lines dismissed chief executive Jens Holm on Monday. " +
		"Board chairman Lars Vik said the board had lost confidence in Holm. " +
		"Holm rejected the board's account. The Danish Seafarers' Union urged the board to protect jobs."
	checkFacts(t, text, assertedFacts(t, text),
		[]string{"Jens Holm REJECT Kattegat Lines", "Danish Seafarers' Union REQUEST Kattegat Lines"},
		[]string{"Jens Holm REJECT Board", "Holm REJECT Board"})
}

// TestCompanyIsNoRegulator (description:organisation, otherKind,
// nonCompanyHeads): "the company" is never a body named by an
// organisation's, institute's or association's head, even the subject
// of its own sentence; it is the company the text was about before, and
// not that company's managing director.
func TestCompanyIsNoRegulator(t *testing.T) {
	text := "LIMA, Dec 4 (Wire) - Peru recalled a cough syrup made by Kolkata Remedies. Kolkata Remedies denied any contamination. " +
		"Its managing director, Arjun Batra, said the batches had passed checks.\n\n" +
		"India's Drug Quality Control Organisation said its inspectors had visited the plant and had suspended the company's licence."
	checkFacts(t, text, assertedFacts(t, text),
		[]string{"Drug Quality Control Organisation SANCTION Kolkata Remedies"},
		[]string{"Drug Quality Control Organisation SANCTION Arjun Batra"})
}
