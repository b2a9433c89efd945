package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestRefusedRequest (rel.refused-request): a refusal with no object by
// the one just asked is a REJECT of the asker, in the same sentence or
// the next; "declined to comment" has an object, and a refusal by
// someone nobody asked gives none.
func TestRefusedRequest(t *testing.T) {
	runModalCases(t, []modalCase{
		{"asked, but the titled addressee refused",
			"Envoy Tomas Berg met President Ana Silva on Monday and asked her to free the sailors, but the president refused.",
			map[string]graph.Modality{"Ana Silva REJECT Tomas Berg": graph.Asserted}, []string{"Tomas Berg REJECT Ana Silva"}, nil},
		{"refused in the next sentence",
			"Chile asked Peru to lift the ban on its fruit. Peru refused, saying the inspections would continue.",
			map[string]graph.Modality{"Peru REJECT Chile": graph.Asserted}, nil, nil},
		{"declined to comment is no refusal of the asker",
			"Chile asked Peru to lift the ban on its fruit. Peru declined to comment.",
			nil, []string{"Peru REJECT Chile"}, nil},
		{"a refusal by someone not asked",
			"Chile asked Peru to lift the ban on its fruit. Bolivia refused, saying it had no part in it.",
			nil, []string{"Bolivia REJECT Chile"}, nil},
	})
}
