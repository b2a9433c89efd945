package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestSentenceCompany (sentenceCompany, speaksForParty): "the company"
// in the words of a company's officer is the company named in the same
// sentence, not the last sentence's subject, and what the officer
// reports of the company's own acts is no third party's claim. Negated
// and planned twins.
func TestSentenceCompany(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"a chief executive's company",
			"Analysts at Kestrel Capital said the drug could sell well. Halvard Pharma Chief Executive Ines Duarte said the company had sued Brakvia Labs.",
			"Halvard Pharma ACCUSE Brakvia Labs", graph.Asserted, ""},
		{"not the last sentence's subject",
			"Analysts at Kestrel Capital said the drug could sell well. Halvard Pharma Chief Executive Ines Duarte said the company had sued Brakvia Labs.",
			"", "", "Kestrel Capital ACCUSE Brakvia Labs"},
		{"negated twin",
			"Analysts at Kestrel Capital said the drug could sell well. Halvard Pharma Chief Executive Ines Duarte said the company had not sued Brakvia Labs.",
			"Halvard Pharma ACCUSE Brakvia Labs", graph.Negated, ""},
		{"planned twin",
			"Analysts at Kestrel Capital said the drug could sell well. Halvard Pharma Chief Executive Ines Duarte said the company would sue Brakvia Labs next month.",
			"", "", "Halvard Pharma ACCUSE Brakvia Labs"},
		{"a third party's claim stays out",
			"Analysts at Kestrel Capital said the drug could sell well. Ines Duarte, a lawyer, said Halvard Pharma had sued Brakvia Labs.",
			"", "", "Halvard Pharma ACCUSE Brakvia Labs"},
	})
}

// TestLastActorSubject (lastActorSubject): "the company" after a
// sentence whose subject is no actor is the subject of the sentence
// before, not the last organisation named as an object.
func TestLastActorSubject(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"past a sentence with no actor subject",
			"Halvard Petroleum has sued the Green Tide Foundation for damages. A court will hear the case in May. The company, which made a record profit, says it needs the revenue.",
			"Halvard Petroleum: it needs the revenue"},
		{"the sentence before",
			"Halvard Petroleum has sued the Green Tide Foundation for damages. The company says it needs the revenue.",
			"Halvard Petroleum: it needs the revenue"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkStatements(t, statementsOf(t, tc.text), tc.want, nil)
		})
	}
}
