package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestAnnouncedWould: "would" in a clause its own side's speaker
// reports is an announced intention, planned (announcedWould,
// announcedBySide); with a condition, a negation, "would have" or a
// speaker forecasting another's act it is not.
func TestAnnouncedWould(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"government would cooperate", "Maltese Prime Minister Aldo Vella accepted the resignation but said the government would cooperate fully with Europol, which opened an inquiry on Monday.",
			"Malta COOPERATE Europol", graph.Planned, ""},
		{"statement that it would sue", "The mining group Vantor Resources said in a statement that it had followed every rule and would sue the newspaper Kveldsbladet, which printed the claims.",
			"Vantor Resources ACCUSE Kveldsbladet", graph.Planned, ""},
		{"said it would sue", "Brightwell Pharmaceuticals said on Friday it would sue Ortega Labs over the patent.",
			"Brightwell Pharmaceuticals ACCUSE Ortega Labs", graph.Planned, ""},
		{"would send aid", "The Finnish foreign ministry said Finland would send 40 tonnes of medicine to Moldova.",
			"Finland AID Moldova", graph.Planned, ""},
		{"conditional twin", "Maltese Prime Minister Aldo Vella said the government would cooperate with Europol if the court asked it to.",
			"Malta COOPERATE Europol", graph.Hypothetical, ""},
		{"negated twin", "Brightwell Pharmaceuticals said on Friday it would not sue Ortega Labs over the patent.",
			"Brightwell Pharmaceuticals ACCUSE Ortega Labs", graph.Negated, ""},
		{"would have: no plan", "Maltese Prime Minister Aldo Vella said the government would have cooperated with Europol.",
			"Malta COOPERATE Europol", graph.Hypothetical, ""},
	})
}

// TestForecastIsNoAnnouncement: what a speaker says another would do
// is a forecast, not that side's announced plan (announcedBySide).
func TestForecastIsNoAnnouncement(t *testing.T) {
	got := modalEdges(t, "Danish Foreign Minister Lars Holm said Slovakia would cooperate with Europol.")
	if m, ok := got["Slovakia COOPERATE Europol"]; ok && m.Factual() {
		t.Errorf("edges %v: a forecast read as a fact (%q)", got, m)
	}
}

// TestAnnouncedByOfficeHolder: a national office holder's "the
// government would …" is that government's announced plan, though the
// office's country is only the dateline's (announcedBySide,
// referredOnly).
func TestAnnouncedByOfficeHolder(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"dateline's government", "RIGA, May 3 (Wire) - Latvia's transport minister resigned on Sunday. Prime Minister Ilze Kalnina accepted the resignation but said the government would cooperate fully with Europol, which opened an inquiry on Monday.",
			"Latvia COOPERATE Europol", graph.Planned, ""},
	})
}
