package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestDateIsNoListedPlace (mention.gazetteer, listStart with
// calendarWord): a country after "in <month or weekday>, and" opens a
// clause of its own and acts there; it is no place listed with the
// date. Countries listed after "in" stay places.
func TestDateIsNoListedPlace(t *testing.T) {
	runModalCases(t, []modalCase{
		{"after a month",
			"Peru lent Bolivia $200 million in October, and Chile said it would send aid to Bolivia.",
			map[string]graph.Modality{"Chile AID Bolivia": graph.Planned, "Peru AID Bolivia": graph.Asserted},
			nil, nil},
		{"after a month, no comma",
			"Ecuador lent Peru $90 million in January and Chile said it had sent tents to Peru.",
			map[string]graph.Modality{"Chile AID Peru": graph.Asserted},
			nil, nil},
		{"a denied gift stays no fact",
			"Peru lent Bolivia $200 million in October, and Chile said it would not send aid to Bolivia.",
			nil, nil, []string{"Chile AID Bolivia"}},
	})
	b, names := extractNamed(t, "Clinics opened in Kenya and Uganda in March.")
	for _, n := range b.Nodes {
		if n.Kind == graph.KindActor && (names[n.ID] == "Kenya" || names[n.ID] == "Uganda") {
			t.Errorf("places listed after \"in\" made an actor: %s", names[n.ID])
		}
	}
}
