package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestPatientNouns (rel.patient-noun): the possessor of a noun of what
// others do to it ("X's release", "her arrest") is not whom a demand,
// condemnation or welcome is aimed at; the possessor of a noun of what
// it does itself ("X's resignation") still is.
func TestPatientNouns(t *testing.T) {
	runModalCases(t, []modalCase{
		{"a release demanded",
			"The Farmers Union demanded Ivar Holm's immediate release on Monday.",
			nil, []string{"Farmers Union REQUEST Ivar Holm"}, nil},
		{"an arrest condemned, through a pronoun",
			"Tove Lie was detained in Oslo. The Coastal Alliance condemned her arrest.",
			nil, []string{"Coastal Alliance ACCUSE Tove Lie"}, nil},
		{"a return welcomed",
			"Lena Varga returned from exile. The Coastal Alliance welcomed her return.",
			nil, []string{"Coastal Alliance SUPPORT Lena Varga"}, nil},
		{"an extradition called for",
			"Sweden asked for the documents. Anna Berg demanded Tomas Kiss's extradition to Sweden.",
			nil, []string{"Anna Berg REQUEST Tomas Kiss"}, nil},
		{"a resignation demanded is still a request to the one who would resign",
			"Anna Berg demanded Tomas Kiss's resignation.",
			map[string]graph.Modality{"Anna Berg REQUEST Tomas Kiss": graph.Asserted}, nil, nil},
		{"a patient noun modifying another noun is no patient",
			"Anna Berg criticised Tomas Kiss's release plan on Monday.",
			map[string]graph.Modality{"Anna Berg ACCUSE Tomas Kiss": graph.Asserted}, nil, nil},
	})
}
