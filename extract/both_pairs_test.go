package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestBothMenAreTheTwoNamed: "both men", "both leaders" are the last two
// persons named, as "the two men" are (bothPersons, lastTwoPersons).
func TestBothMenAreTheTwoNamed(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"met two and urged both men", "The head of the EU mission, Karin Holm, met Sandor Vass and Pal Kiraly on Tuesday and urged both men to accept the count.",
			"Karin Holm REQUEST Pal Kiraly", graph.Asserted, "Karin Holm REQUEST Karin Holm"},
		{"visited two and called on both leaders", "Norway's envoy, Erik Dahl, visited Hassan Omar and Idris Bello on Monday and called on both leaders to resume talks.",
			"Erik Dahl REQUEST Hassan Omar", graph.Asserted, ""},
		{"negated twin", "The head of the EU mission, Karin Holm, met Sandor Vass and Pal Kiraly on Tuesday and did not urge both men to accept the count.",
			"Karin Holm REQUEST Sandor Vass", graph.Negated, ""},
		{"planned twin", "The head of the EU mission, Karin Holm, met Sandor Vass and Pal Kiraly on Tuesday and will urge both men to accept the count.",
			"Karin Holm REQUEST Pal Kiraly", graph.Planned, ""},
		{"both as a determiner of no persons", "The head of the EU mission, Karin Holm, met Sandor Vass on Tuesday and praised both reports.",
			"", "", "Karin Holm SUPPORT Sandor Vass"},
	})
}

// TestBothGovernmentsNamedTogether: with no pair that dealt with each
// other before, "both governments", "both sides" are the last two
// actors named joined by "and" (namedTogether); planned and negated
// twins keep their modality.
func TestBothGovernmentsNamedTogether(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"named together in the sentence before", "Kazakhstan and Turkmenistan have disputed the gas field for years.\n\nIran called on both governments to show restraint.",
			"Iran REQUEST Turkmenistan", graph.Asserted, ""},
		{"a measure of each", "Peru and Ecuador recalled their ambassadors on Monday.\n\nBrazil urged both governments to restore ties.",
			"Brazil REQUEST Peru", graph.Asserted, ""},
		{"negated twin", "Peru and Ecuador recalled their ambassadors on Monday.\n\nBrazil did not urge both governments to restore ties.",
			"Brazil REQUEST Ecuador", graph.Negated, ""},
		{"planned twin", "Peru and Ecuador recalled their ambassadors on Monday.\n\nBrazil will urge both governments to restore ties.",
			"", "", "Brazil REQUEST Brazil"},
		{"the one who urges is no side", "Chile and Bolivia have argued over the river for decades.\n\nChile and Argentina urged both sides to talk.",
			"", "", "Chile REQUEST Argentina"},
		{"three named are no pair", "Mali, Niger and Chad left the bloc in March.\n\nSenegal urged both governments to return.",
			"", "", "Senegal REQUEST Niger"},
		{"a pair that dealt comes first", "Serbia accused Kosovo of provocations on Monday.\n\nAlbania and Greece sent observers to the border.\n\nItaly urged both governments to stay calm.",
			"Italy REQUEST Serbia", graph.Asserted, "Italy REQUEST Albania"},
	})
}
