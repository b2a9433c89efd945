package extract

import (
	"strings"
	"testing"
)

func TestKindDescriptionsParse(t *testing.T) {
	if _, err := parseKindDescriptions(kindDescriptionsTxt); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{
		"k\tthe Mission\tmission\t-",                     // a capitalised phrase
		"k\tmission\t-\t-",                               // nothing makes an organisation one of the kind
		"k\tmission\tmission",                            // a field short
		"k\tmission\tmission\t-\nj\tmission\tmission\t-", // a phrase twice
	} {
		if _, err := parseKindDescriptions(bad); err == nil || !strings.Contains(err.Error(), "kind_descriptions.tsv line") {
			t.Errorf("parseKindDescriptions(%q) = %v, want an error naming the line", bad, err)
		}
	}
}

func TestKindDescriptions(t *testing.T) {
	for _, tc := range []struct {
		name, text, word, want string
	}{
		{"an electoral body is the organisation whose name has an election word",
			"Turnout in the runoff was 71 percent, the Supreme Elections Council of Varosia announced. Kemal Duru won 52 percent, the electoral body said.",
			"the electoral body", "Supreme Elections Council of Varosia by description:kind ← Supreme Elections Council of Varosia"},
		{"the election authority is the one named last of its kind",
			"The Independent Election Commission set the date. The Ruling Party welcomed it. Voters must register by May, the election authority said.",
			"the election authority", "Independent Election Commission by description:kind ← Independent Election Commission"},
		{"a newspaper is the organisation introduced by that noun before its name",
			"The minister sued the weekly Glasnik Dana over the report. The newspaper said it had evidence.",
			"The newspaper", "Glasnik Dana by description:kind ← Glasnik Dana"},
		{"a newspaper is the organisation introduced by that noun after its name",
			"Marek Nowacki told Gazeta Poranna, a Warsaw tabloid, that he would resign. The paper said it would publish the letters.",
			"The paper", "Gazeta Poranna by description:kind ← Gazeta Poranna"},
		{"a mission is the body whose mission the text named",
			"Inge Dahl, who leads the monitoring mission of the Organization for Security and Co-operation in Europe, spoke on Monday. The mission met both candidates.",
			"The mission", "OSCE by description:kind ← Organization for Security and Co-operation in Europe"},
		{"the bondholders are the committee named with that word",
			"The Steering Committee of Varosian Bondholders rejected the offer. The bondholders also accused the finance ministry of delay.",
			"The bondholders", "Steering Committee of Varosian Bondholders by description:kind ← Steering Committee of Varosian Bondholders"},
		{"no organisation of the kind named: unresolved",
			"The Varosian Football Federation fined the club. The newspaper said the fine was too small.",
			"The newspaper", " by "},
		{"two of the kind named together: unresolved",
			"Voters complained to the Central Election Commission and the Election Complaints Board. The electoral body said it would review the count.",
			"The electoral body", " by "},
		{"a phrase going on as a modifier is no description",
			"The Central Election Commission met. The electoral body chairman said turnout was low.",
			"The electoral body", ""},
		{"a mission of a body named after it is that body's own, no description",
			"The Organization of American States sent observers. The mission of the European Union arrived on Monday.",
			"The mission", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkResolution(t, tc.text, tc.word, tc.want)
		})
	}
}

func TestKindDescriptionSpeaksAndActs(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The Supreme Elections Council of Varosia published the results. Kemal Duru took 52 percent of the vote, the electoral body said.",
			"STATED: the electoral body (description:kind) ← Supreme Elections Council of Varosia = Supreme Elections Council of Varosia"},
		{"The Supreme Elections Council of Varosia published the results. Kemal Duru accused the electoral body of hiding fraud.",
			"ACCUSE: the electoral body (description:kind) ← Supreme Elections Council of Varosia = Supreme Elections Council of Varosia"},
	} {
		got := resolvedEvidence(t, tc.text)
		if !contains(got, tc.want) {
			t.Errorf("evidence of %q records %q, want %q among them", tc.text, got, tc.want)
		}
	}
}
