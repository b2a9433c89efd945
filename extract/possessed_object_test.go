package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestPossessedAppositiveObject: a possessed noun with a name in
// apposition as a trigger's object is the one named, not the possessor
// (possessedAppositiveObject, strayAppositive), with negated and
// planned twins.
func TestPossessedAppositiveObject(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"met the body's representative, X", "Health Minister Joseph Banda met the WHO's country representative, Amara Diallo, on Sunday.",
			"Joseph Banda CONSULT Amara Diallo", graph.Asserted, "Joseph Banda CONSULT World Health Organization"},
		{"negated twin", "Health Minister Joseph Banda did not meet the WHO's country representative, Amara Diallo, on Sunday.",
			"Joseph Banda CONSULT Amara Diallo", graph.Negated, ""},
		{"planned twin", "Health Minister Joseph Banda will meet the WHO's country representative, Amara Diallo, next week.",
			"Joseph Banda CONSULT Amara Diallo", graph.Planned, ""},
		{"in contact with its auditor, X", "Norway's Financial Supervisory Authority said it was in contact with its auditor, Fjeld Revisjon.",
			"Financial Supervisory Authority CONSULT Fjeld Revisjon", graph.Asserted, ""},
		{"the parser hangs the name on the verb's noun", "Sweden's Financial Inspection Board said it had opened an inquiry into the bank's accounts and was in contact with its auditor, Lund Revision.",
			"Financial Inspection Board CONSULT Lund Revision", graph.Asserted, ""},
		{"no apposition: the possessor is met", "Health Minister Joseph Banda met the WHO's representative on Sunday.",
			"Joseph Banda CONSULT World Health Organization", graph.Asserted, ""},
		{"a summoned ambassador stays his country's", "Poland summoned Russia's ambassador, Grigory Lavrentyev, on Monday.",
			"Poland ACCUSE Russia", graph.Asserted, "Poland ACCUSE Grigory Lavrentyev"},
	})
}

// TestPossessedTie: "X and its partner, Y," is a standing tie of X and
// Y however the parser hangs Y (possessedTieArgs); a person's "his
// partner" is not read.
func TestPossessedTie(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"its joint-venture partner, Y", "Kivu Mining and its Canadian joint-venture partner, Northstar Gold, rejected the audit.",
			"Kivu Mining COOPERATE Northstar Gold", graph.Asserted, ""},
		{"said its partner, Y, would", "Andes Copper said its partner, Pacific Smelting, would appeal the ruling.",
			"Andes Copper COOPERATE Pacific Smelting", graph.Asserted, ""},
		{"its ally, Y", "Estonia and its ally, Finland, protested to Russia.",
			"Estonia COOPERATE Finland", graph.Asserted, "Russia COOPERATE Finland"},
		{"a person's partner is not read", "Lars Berg and his partner, Ingrid Holm, left the country.",
			"", "", "Lars Berg COOPERATE Ingrid Holm"},
	})
}
