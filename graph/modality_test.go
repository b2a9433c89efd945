package graph_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func TestModalityFactualAndOrder(t *testing.T) {
	for _, tc := range []struct {
		m       graph.Modality
		factual bool
		rank    int
		name    string
	}{
		{graph.Asserted, true, 0, "asserted"},
		{graph.Planned, true, 1, "planned"},
		{graph.Demanded, false, 2, "demanded"},
		{graph.Hypothetical, false, 3, "hypothetical"},
		{graph.Negated, false, 4, "negated"},
		{"rumoured", false, -1, "rumoured"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.m.Factual(); got != tc.factual {
				t.Errorf("Factual() = %v, want %v", got, tc.factual)
			}
			if got := tc.m.Rank(); got != tc.rank {
				t.Errorf("Rank() = %d, want %d", got, tc.rank)
			}
			if got := tc.m.Name(); got != tc.name {
				t.Errorf("Name() = %q, want %q", got, tc.name)
			}
			p, err := graph.ParseModality(tc.name)
			if tc.rank < 0 {
				if graph.KindOf(err) != graph.Invalid {
					t.Errorf("ParseModality(%q) error = %v, want Invalid", tc.name, err)
				}
				return
			}
			if err != nil || p != tc.m {
				t.Errorf("ParseModality(%q) = %q, %v; want %q", tc.name, p, err, tc.m)
			}
		})
	}
}

func TestMoreFactualPrefersTheFact(t *testing.T) {
	for _, tc := range []struct{ a, b, want graph.Modality }{
		{graph.Negated, graph.Asserted, graph.Asserted},
		{graph.Planned, graph.Hypothetical, graph.Planned},
		{graph.Demanded, graph.Negated, graph.Demanded},
		{"bogus", graph.Negated, graph.Negated},
		{graph.Negated, "bogus", graph.Negated},
	} {
		if got := graph.MoreFactual(tc.a, tc.b); got != tc.want {
			t.Errorf("MoreFactual(%q, %q) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestEdgeIsFactualWhenOnePieceIs(t *testing.T) {
	ev := func(m graph.Modality, date, when string) graph.Evidence {
		return graph.Evidence{Article: "art_1", Start: len(date) + len(when), Modality: m, Date: date, When: when}
	}
	denied := graph.Edge{Evidence: []graph.Evidence{ev(graph.Negated, "2026-03-02", "")}}
	if denied.Factual() || denied.MostFactual() != graph.Negated {
		t.Errorf("edge with only negated evidence: Factual %v, MostFactual %q", denied.Factual(), denied.MostFactual())
	}
	both := graph.Edge{Evidence: []graph.Evidence{ev(graph.Hypothetical, "2026-03-02", ""), ev(graph.Planned, "2026-03-02", "2026-03-09")}}
	if !both.Factual() || both.MostFactual() != graph.Planned {
		t.Errorf("edge with planned evidence: Factual %v, MostFactual %q", both.Factual(), both.MostFactual())
	}
	if both.FirstSeen() != "2026-03-02" || both.LastSeen() != "2026-03-09" {
		t.Errorf("first/last seen = %s/%s, want the action's date 2026-03-09 last", both.FirstSeen(), both.LastSeen())
	}
	head := graph.Edge{Articles: 1, First: "2026-03", Last: "2026-03", Modality: graph.Negated}
	if head.Factual() {
		t.Error("a head summarised as negated is factual")
	}
}

func TestMergeEvidenceKeepsTheMostFactualPiece(t *testing.T) {
	a := []graph.Evidence{{Article: "art_1", Start: 0, End: 9, Modality: graph.Negated}}
	b := []graph.Evidence{{Article: "art_1", Start: 0, End: 9, Modality: graph.Asserted, When: "2026-01-02"}}
	got := graph.MergeEvidence(a, b)
	if len(got) != 1 || got[0].Modality != graph.Asserted || got[0].When != "2026-01-02" {
		t.Fatalf("MergeEvidence = %+v, want the asserted piece once", got)
	}
	got = graph.MergeEvidence(b, a)
	if len(got) != 1 || got[0].Modality != graph.Asserted {
		t.Fatalf("MergeEvidence (reversed) = %+v, want the asserted piece once", got)
	}
}

func TestDayInCoarseDays(t *testing.T) {
	for _, tc := range []struct {
		day, since, until string
		want              bool
	}{
		{"2026-03-04", "2026-03-01", "2026-03-31", true},
		{"2026-03-04", "2026-03-05", "", false},
		{"2026-03", "2026-03-15", "", true},
		{"2026-03", "", "2026-02-28", false},
		{"2026-03", "2026-04-01", "", false},
		{"2026", "2026-06-01", "2026-06-30", true},
		{"2025", "2026-01-01", "", false},
		{"", "2026-01-01", "", false},
		{"", "", "", true},
	} {
		if got := graph.DayIn(tc.day, tc.since, tc.until); got != tc.want {
			t.Errorf("DayIn(%q, %q, %q) = %v, want %v", tc.day, tc.since, tc.until, got, tc.want)
		}
	}
	if !graph.SpanIn("2026-01", "2026-03", "2026-02-10", "2026-02-11") || graph.SpanIn("2026-01", "2026-03", "2026-04-01", "") {
		t.Error("SpanIn over months is wrong")
	}
}
