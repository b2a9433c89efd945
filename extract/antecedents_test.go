package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// resolvedEvidence extracts text and lists every resolution recorded in
// the evidence of its edges: "CLASS source→target: mention (rule) ←
// antecedent = actor", each once.
func resolvedEvidence(t *testing.T, text string) []string {
	t.Helper()
	b, err := New(Options{}).Extract(graph.Article{Text: text, Published: "2026-03-02"})
	if err != nil {
		t.Fatal(err)
	}
	label := map[graph.ID]string{}
	for _, n := range b.Nodes {
		label[n.ID] = n.Label
	}
	var out []string
	seen := map[string]bool{}
	for _, e := range b.Edges {
		for _, ev := range e.Evidence {
			for _, r := range ev.Resolved {
				if b.Text[r.Start:r.End] != r.Mention || r.Antecedent != "" && b.Text[r.AntecedentStart:r.AntecedentEnd] != r.Antecedent {
					t.Errorf("offsets of %+v do not give its text", r)
				}
				if r.Actor != e.Source && r.Actor != e.Target {
					t.Errorf("%s %s: resolution %+v is of no end of the edge", e.Class, e.ID, r)
				}
				s := fmt.Sprintf("%s: %s (%s) ← %s = %s", e.Class, r.Mention, r.Rule, r.Antecedent, label[r.Actor])
				if !seen[s] {
					seen[s] = true
					out = append(out, s)
				}
			}
		}
	}
	return out
}

func TestEvidenceRecordsAntecedent(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       string // one of the resolutions recorded
	}{
		{"a pronoun speaker",
			"Defence Minister Halvard Ostrem spoke to reporters on Monday. He said the new brigade would be ready by spring.",
			"STATED: He (pronoun:personal) ← Halvard Ostrem = Halvard Ostrem"},
		{"the company",
			"Norvik Energy signed a supply deal with Hungary on Monday. The company said deliveries would start in May.",
			"STATED: The company (description:organisation) ← Norvik Energy = Norvik Energy"},
		{"the ministry",
			"The Estonian Foreign Ministry summoned the envoy on Tuesday. The ministry said the envoy had been warned.",
			"STATED: The ministry (description:organisation) ← Estonian Foreign Ministry = Estonian Foreign Ministry"},
		{"a pronoun subject of an interaction",
			"Prime Minister Jonas Berglund arrived in Tallinn on Monday. He met Estonian President Alar Karis on Tuesday.",
			"CONSULT: He (pronoun:personal) ← Jonas Berglund = Jonas Berglund"},
		{"a pronoun participant of an event",
			"Prime Minister Jonas Berglund arrived in Tallinn on Monday. He met Estonian President Alar Karis on Tuesday.",
			"PARTICIPATED_IN: He (pronoun:personal) ← Jonas Berglund = Jonas Berglund"},
		{"the company as an interaction's source",
			"Norvik Energy signed a supply deal with Hungary on Monday. The company accused Slovakia of blocking the pipeline.",
			"ACCUSE: The company (description:organisation) ← Norvik Energy = Norvik Energy"},
		{"a metonym as an interaction's source",
			"Moscow accused Finland of provoking the crisis.",
			"ACCUSE: Moscow (metonym) ←  = Russia"},
		{"a metonym",
			"Moscow said on Friday that the new sanctions were unlawful.",
			"STATED: Moscow (metonym) ←  = Russia"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := resolvedEvidence(t, tc.text)
			for _, g := range got {
				if g == tc.want {
					return
				}
			}
			t.Errorf("no resolution %q in the evidence; got:\n%s", tc.want, strings.Join(got, "\n"))
		})
	}
}

// TestNamedEndsRecordNoResolution: evidence whose sentence names both
// ends records nothing, so that evidence of named mentions is as before.
func TestNamedEndsRecordNoResolution(t *testing.T) {
	got := resolvedEvidence(t, "Defence Minister Halvard Ostrem said on Monday that the new brigade would be ready by spring.")
	if len(got) != 0 {
		t.Errorf("resolutions recorded for named ends: %q", got)
	}
}
