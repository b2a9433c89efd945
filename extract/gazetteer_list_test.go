package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestGazetteerNameClosesList reads runs whose last word is a thing
// noun ("Coast", "Islands") that belongs to a country's name joined by
// "and" or "or", or whose last name runs on in lower case ("Cote
// d'Ivoire", gazetteerRunsOnAfterAnd): both countries act, and a thing
// named with "and" stays no actor.
func TestGazetteerNameClosesList(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a country ending in Coast after and",
			"Benin and Ivory Coast signed a border agreement on Friday.",
			[]string{"Benin (country)", "Ivory Coast (country)"}, nil},
		{"a country ending in Islands after and",
			"New Zealand and Solomon Islands held talks in Honiara last week.",
			[]string{"New Zealand (country)", "Solomon Islands (country)"}, nil},
		{"a list closed by or",
			"Neither Fiji nor Tonga or Marshall Islands commented on the plan.",
			[]string{"Marshall Islands (country)"}, nil},
		{"a name that runs on in lower case after and",
			"Benin and Cote d'Ivoire signed a border agreement on Friday.",
			[]string{"Benin (country)", "Ivory Coast (country)"}, nil},
		{"the same closing a list of three",
			"Togo, Benin and Côte d'Ivoire held talks in Lome.",
			[]string{"Togo (country)", "Benin (country)", "Ivory Coast (country)"}, nil},
		{"a thing named with and stays no actor",
			"Delegates met at the Hall of Peace and Unity Coast on Monday.",
			nil, []string{"Hall of Peace and Unity Coast (organization)", "Unity Coast (person)"}},
	} {
		t.Run(tc.name, func(t *testing.T) { checkActors(t, tc.text, tc.want, tc.not) })
	}
	facts := edgeFacts(t, "Benin and Ivory Coast signed a border agreement on Friday.", true,
		func(e graph.Edge) bool { return e.Class != graph.Role })
	if !facts["Benin AGREE Ivory Coast"] {
		t.Errorf("edges %v, want Benin AGREE Ivory Coast", facts)
	}
}
