package extract_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// TestExtractKeepsModality reads invented sentences of each modality and
// checks that the edge is kept with its modality and the action's date,
// and that only asserted and planned ones are facts.
func TestExtractKeepsModality(t *testing.T) {
	x := extract.New(extract.Options{})
	const head = "Harbour talks\n\nPublished: 2026-11-29\n\n" // a Sunday
	for _, tc := range []struct {
		name     string
		sentence string
		edge     fact
		want     graph.Modality
		when     string
	}{
		{"asserted", "Mayor Lena Holm met Governor Piet Visser on Friday.", fact{"Lena Holm", "CONSULT", "Piet Visser"}, graph.Asserted, "2026-11-27"},
		{"negated", "Mayor Lena Holm did not meet Governor Piet Visser on Friday.", fact{"Lena Holm", "CONSULT", "Piet Visser"}, graph.Negated, "2026-11-27"},
		{"hypothetical", "Mayor Lena Holm would meet Governor Piet Visser if the strike ended.", fact{"Lena Holm", "CONSULT", "Piet Visser"}, graph.Hypothetical, ""},
		{"demanded", "Mayor Lena Holm called for talks with Governor Piet Visser.", fact{"Lena Holm", "CONSULT", "Piet Visser"}, graph.Demanded, ""},
		{"planned", "Mayor Lena Holm will meet Governor Piet Visser on Monday.", fact{"Lena Holm", "CONSULT", "Piet Visser"}, graph.Planned, "2026-11-30"},
		{"planned in reported speech", "Mayor Lena Holm said she would meet Governor Piet Visser on Tuesday.", fact{"Lena Holm", "CONSULT", "Piet Visser"}, graph.Planned, "2026-12-01"},
		{"refused", "Mayor Lena Holm refused to meet Governor Piet Visser.", fact{"Lena Holm", "CONSULT", "Piet Visser"}, graph.Negated, ""},
		{"urged another", "Mayor Lena Holm urged Governor Piet Visser to meet Judge Karin Dahl.", fact{"Piet Visser", "CONSULT", "Karin Dahl"}, graph.Demanded, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := x.Extract(graph.Article{Text: head + tc.sentence + "\n", Origin: tc.name})
			if err != nil {
				t.Fatal(err)
			}
			var got *graph.Edge
			hasEdge(b, tc.edge, func(e graph.Edge) bool { got = &e; return true })
			if got == nil {
				t.Fatalf("no %s %s %s edge at all; it must be kept", tc.edge.src, tc.edge.class, tc.edge.dst)
			}
			if m := got.MostFactual(); m != tc.want {
				t.Errorf("modality %q, want %q", m.Name(), tc.want.Name())
			}
			if got.Factual() != tc.want.Factual() || hasFact(b, tc.edge) != tc.want.Factual() {
				t.Errorf("factual = %v, want %v", got.Factual(), tc.want.Factual())
			}
			if ev := got.Evidence[0]; ev.When != tc.when || ev.Date != "2026-11-29" {
				t.Errorf("when %q date %q, want when %q, date 2026-11-29", ev.When, ev.Date, tc.when)
			}
		})
	}
}

// TestExtractEventModality checks that an event a party says it will
// not take part in is kept with its modality, and that an event gets the
// day its sentence gives.
func TestExtractEventModality(t *testing.T) {
	x := extract.New(extract.Options{})
	text := "Harbour strike\n\nPublished: 2026-11-29\n\n" +
		"The Northport Dockers Union said it would not join the strike.\n\n" +
		"Mayor Lena Holm held a meeting with Governor Piet Visser on Tuesday.\n"
	b, err := x.Extract(graph.Article{Text: text, Origin: "strike"})
	if err != nil {
		t.Fatal(err)
	}
	var strike, meeting *graph.Node
	for i, n := range b.Nodes {
		if n.Kind == graph.KindEvent && n.Type == "strike" {
			strike = &b.Nodes[i]
		}
		if n.Kind == graph.KindEvent && n.Type == "meeting" {
			meeting = &b.Nodes[i]
		}
	}
	if strike == nil {
		t.Fatal("no strike event; it must be kept, negated")
	}
	if strike.Attrs["modality"] != "negated" {
		t.Errorf("strike event attrs %v, want modality negated", strike.Attrs)
	}
	for _, e := range b.Edges {
		if e.Target == strike.ID && e.Factual() {
			t.Errorf("%s edge to the strike is a fact: %+v", e.Class, e.Evidence)
		}
	}
	if meeting == nil {
		t.Fatal("no meeting event")
	}
	if meeting.Date != "2026-11-24" {
		t.Errorf("meeting date %q, want 2026-11-24 (the Tuesday before)", meeting.Date)
	}
}

// TestOneEventNodePerHappening checks that a call told in several
// sentences is one event node with every participant and the day given,
// and that two calls on different days stay two.
func TestOneEventNodePerHappening(t *testing.T) {
	x := extract.New(extract.Options{})
	text := "Harbour call\n\nPublished: 2026-11-29\n\n" +
		"Mayor Lena Holm held a phone call with Governor Piet Visser and Judge Karin Dahl on Tuesday.\n\n" +
		"Holm had a call with Visser about the harbour.\n\n" +
		"Minister Ada Berg spoke with Senator Jon Kvist on Monday.\n\n" +
		"Berg spoke with Kvist again on Friday.\n"
	b, err := x.Extract(graph.Article{Text: text, Origin: "call"})
	if err != nil {
		t.Fatal(err)
	}
	var calls []graph.Node
	for _, n := range b.Nodes {
		if n.Kind == graph.KindEvent && n.Type == "call" {
			calls = append(calls, n)
		}
	}
	var labels []string
	for _, n := range calls {
		labels = append(labels, n.Label+" "+n.Date)
	}
	want := map[string]bool{
		"call: Lena Holm, Piet Visser, Karin Dahl 2026-11-24": true,
		"call: Ada Berg, Jon Kvist 2026-11-23":                true,
		"call: Ada Berg, Jon Kvist 2026-11-27":                true,
	}
	if len(labels) != len(want) {
		t.Fatalf("call events %q, want %d: one per call", labels, len(want))
	}
	for _, l := range labels {
		if !want[l] {
			t.Errorf("unexpected call event %q; want %v", l, want)
		}
	}
}
