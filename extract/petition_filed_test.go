package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestPetitionFiledWith (lexicon/interactions.tsv "petition … nmod:with"):
// a petition filed with a court or a body is a REQUEST of the filer to
// it; a petition signed "with" other people asks nothing of them.
func TestPetitionFiledWith(t *testing.T) {
	runModalCases(t, []modalCase{
		{"filed a petition with a court",
			"The Liberal Front filed a petition with the Supreme Court of Zambia on Tuesday over the count in two districts.",
			map[string]graph.Modality{"Liberal Front REQUEST Supreme Court of Zambia": graph.Asserted}, nil, nil},
		{"said it had filed a petition with a commission",
			"Kestrel Mining said on Monday it had filed a petition with the Minerals Commission.",
			map[string]graph.Modality{"Kestrel Mining REQUEST Minerals Commission": graph.Asserted}, nil, nil},
		{"signed a petition with other residents",
			"Anna Berg signed a petition with Tomas Lind against the new road.",
			nil, []string{"Anna Berg REQUEST Tomas Lind"}, nil},
	})
}
