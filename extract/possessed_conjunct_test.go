package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestPossessedConjunct (coord.possessed-conjunct, possessedConjunct): a
// coordinated member written "Country's Person" is the person, not the
// country, also as a statement's co-speaker; a possessive before no
// person keeps the owner.
func TestPossessedConjunct(t *testing.T) {
	runModalCases(t, []modalCase{
		{"met: the person after the possessive",
			"Kenya's President William Ruto and Uganda's Yoweri Museveni met in Kampala on Friday.",
			map[string]graph.Modality{"William Ruto CONSULT Yoweri Museveni": graph.Asserted},
			[]string{"William Ruto CONSULT Uganda"}, nil},
		{"signed: the person after the possessive",
			"Chile's Gabriel Boric and Argentina's Javier Milei signed a border deal.",
			map[string]graph.Modality{"Gabriel Boric AGREE Javier Milei": graph.Asserted},
			[]string{"Gabriel Boric AGREE Argentina"}, nil},
		{"a possessive before no person keeps its owner",
			"Peru and Bolivia's government signed a water deal on Monday.",
			map[string]graph.Modality{"Peru AGREE Bolivia": graph.Asserted}, nil, nil},
	})
}
