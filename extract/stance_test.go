package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestStanceRelations reads invented sentences of each class of stance
// and speech act the rules of stance.go (and the stance entries of the
// trigger lexicon) cover, and sentences of the same shape that must give
// nothing.
func TestStanceRelations(t *testing.T) {
	tests := []struct {
		name, text string
		want, not  []string
	}{
		{"a verdict on a that-clause blames its subject",
			"Maria Lopez said it was shameful that the Ministry of Health had ignored the nurses.",
			[]string{"Maria Lopez ACCUSE Ministry of Health"}, nil},
		{"a verdict quoted inside a reported clause",
			"Maria Lopez said it was \"damning that the Ministry of Health isn't doing this already\".",
			[]string{"Maria Lopez ACCUSE Ministry of Health"}, nil},
		{"a verdict negated",
			"Maria Lopez said it was not shameful that the Ministry of Health had ignored the nurses.",
			nil, []string{"Maria Lopez ACCUSE Ministry of Health"}},
		{"a judgement that blames no one",
			"Maria Lopez said it was important that the Ministry of Health had listened to the nurses.",
			nil, []string{"Maria Lopez ACCUSE Ministry of Health"}},
		{"a conditional verdict",
			"Maria Lopez said it would be shameful if the Ministry of Health ignored the nurses.",
			nil, []string{"Maria Lopez ACCUSE Ministry of Health"}},
		{"a verdict denied",
			"Maria Lopez denied that it was shameful that the Ministry of Health had ignored the nurses.",
			nil, []string{"Maria Lopez ACCUSE Ministry of Health"}},
		{"a stance on an act stands for its by-agent",
			"Marta Kowalski condemned the attack by Sweden on the border post.",
			[]string{"Marta Kowalski ACCUSE Sweden"}, nil},
		{"a by-agent inside a name the parser split",
			"The Coastal Union condemned the strike by the Dock Workers Union.",
			[]string{"Coastal Union ACCUSE Dock Workers Union"}, nil},
		{"claims made by someone",
			"Teodor Vasko dismissed the claims made by the Coastal Union.",
			[]string{"Teodor Vasko REJECT Coastal Union"}, nil},
		{"calls from someone",
			"Teodor Vasko rejected calls from the Coastal Union to resign.",
			[]string{"Teodor Vasko REJECT Coastal Union"}, nil},
		{"the act of someone after of",
			"Marta Kowalski criticised the ruling of the Supreme Court.",
			[]string{"Marta Kowalski ACCUSE Supreme Court"}, nil},
		{"a thing put forward by someone stands for them",
			"A rescue plan backed by the Coastal Union was rejected by Teodor Vasko.",
			[]string{"Teodor Vasko REJECT Coastal Union"}, []string{"Coastal Union SUPPORT Teodor Vasko"}},
		{"a bill introduced by someone",
			"Teodor Vasko welcomed the bill introduced by Marta Kowalski.",
			[]string{"Teodor Vasko SUPPORT Marta Kowalski"}, nil},
		{"a lemma the lemmatizer cut",
			"Marta Kowalski welcomed the Harbour Authority's decision to reopen the pier.",
			[]string{"Marta Kowalski SUPPORT Harbour Authority"}, nil},
		{"denying someone's accusations is a rejection",
			"Teodor Vasko denied the Coastal Union's accusations.",
			[]string{"Teodor Vasko REJECT Coastal Union"}, nil},
		{"denying a visa is no rejection of a stance",
			"Norway denied Teodor Vasko a visa in March.",
			nil, []string{"Norway REJECT Teodor Vasko"}},
		{"criticism one faces comes from its source",
			"Teodor Vasko faced criticism from the Coastal Union.",
			[]string{"Coastal Union ACCUSE Teodor Vasko"}, []string{"Teodor Vasko ACCUSE Coastal Union"}},
		{"a request complied with was made of who complied",
			"Harbor Media complied with the Coastal Union's request to remove the video.",
			[]string{"Coastal Union REQUEST Harbor Media"}, []string{"Harbor Media REQUEST Coastal Union"}},
		{"a request to someone",
			"Marta Kowalski's request to the Harbour Authority was refused.",
			[]string{"Marta Kowalski REQUEST Harbour Authority"}, nil},
		{"threats against someone",
			"Sweden's threats against Norway alarmed investors.",
			[]string{"Sweden THREATEN Norway"}, nil},
		{"an ultimatum to someone",
			"Marta Kowalski issued an ultimatum to the Harbour Authority.",
			[]string{"Marta Kowalski THREATEN Harbour Authority"}, nil},
		{"a complaint against someone",
			"The Coastal Union's complaint against the Harbour Authority was dismissed.",
			[]string{"Coastal Union ACCUSE Harbour Authority"}, nil},
		{"attacking a decision is done with words",
			"Teodor Vasko attacked the Harbour Authority's decision.",
			[]string{"Teodor Vasko ACCUSE Harbour Authority"}, []string{"Teodor Vasko ASSAULT Harbour Authority"}},
		{"speaking out against someone",
			"Marta Kowalski spoke out against the Harbour Authority.",
			[]string{"Marta Kowalski ACCUSE Harbour Authority"}, nil},
		{"a relative's act is not the possessor's",
			"Teodor Vasko's mother spoke out against the Harbour Authority.",
			nil, []string{"Teodor Vasko ACCUSE Harbour Authority"}},
		{"a negated welcome is no fact",
			"Marta Kowalski did not welcome the Harbour Authority's decision.",
			nil, []string{"Marta Kowalski SUPPORT Harbour Authority"}},
		{"a possible rejection is no fact",
			"Marta Kowalski may reject the Coastal Union's proposal.",
			nil, []string{"Marta Kowalski REJECT Coastal Union"}},
		{"a threat of penalties names its target",
			"Sweden threatened to impose sanctions on Norway.",
			[]string{"Sweden THREATEN Norway"}, []string{"Sweden SANCTION Norway"}},
		{"a warning of the warner's own penalties is a threat",
			"Sweden warned that it could impose new tariffs on Norway as early as April.",
			[]string{"Sweden THREATEN Norway"}, []string{"Sweden SANCTION Norway"}},
		{"a warning of someone else's force is no threat of the warner's",
			"Marta Kowalski warned that Sweden could attack Norway.",
			nil, []string{"Marta Kowalski THREATEN Norway", "Sweden ASSAULT Norway"}},
		{"a reported failure accuses its subject",
			"Marta Kowalski said the Harbour Authority had failed the fishermen.",
			[]string{"Marta Kowalski ACCUSE Harbour Authority"}, nil},
		{"a claim of force accuses its agent, and is no fact of force",
			"Marta Kowalski claimed that the Coastal Union imprisoned her for years.",
			[]string{"Marta Kowalski ACCUSE Coastal Union"}, nil},
		{"a quoted blame of a named party",
			"\"The Harbour Authority lied to us for years,\" Marta Kowalski said.",
			[]string{"Marta Kowalski ACCUSE Harbour Authority"}, nil},
		{"a predicative adjective of blame",
			"Marta Kowalski said the Harbour Authority had been reckless.",
			[]string{"Marta Kowalski ACCUSE Harbour Authority"}, nil},
		{"a blame word with the object it needs",
			"Teodor Vasko told reporters that the Coastal Union was blocking the deal.",
			[]string{"Teodor Vasko ACCUSE Coastal Union"}, nil},
		{"a negated blame accuses no one",
			"Marta Kowalski said the Coastal Union had not failed anyone.",
			nil, []string{"Marta Kowalski ACCUSE Coastal Union"}},
		{"a denied blame accuses no one",
			"Marta Kowalski denied that the Coastal Union had lied.",
			nil, []string{"Marta Kowalski ACCUSE Coastal Union"}},
		{"a possible failure accuses no one",
			"Marta Kowalski said the Coastal Union could fail.",
			nil, []string{"Marta Kowalski ACCUSE Coastal Union"}},
		{"a reported meeting accuses no one",
			"Marta Kowalski said the Coastal Union met the Harbour Authority.",
			nil, []string{"Marta Kowalski ACCUSE Coastal Union"}},
		{"a visit is no act noun",
			"Norway welcomed the visit by Sweden's king.",
			nil, []string{"Norway SUPPORT Sweden"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkFacts(t, tc.text, factualFacts(t, tc.text), tc.want, tc.not) })
	}
}

// factualFacts extracts text and returns its interactions that the
// default graph shows (asserted or planned) as "A CLASS B".
func factualFacts(t *testing.T, text string) map[string]bool {
	t.Helper()
	return edgeFacts(t, text, false, func(e graph.Edge) bool {
		if !e.Class.BetweenActors() || e.Class == graph.Role || e.Class == graph.Family {
			return false
		}
		for _, ev := range e.Evidence {
			if ev.Modality.Factual() {
				return true
			}
		}
		return false
	})
}

// TestBlameParse checks the embedded blame lexicon and that bad lines
// are refused with their line number.
func TestBlameParse(t *testing.T) {
	if len(blameWords) < 30 || blameWords["v:fail"].adj || !blameWords["a:reckless"].adj {
		t.Fatalf("lexicon/blame.tsv gave %d words, fail %v, reckless %v", len(blameWords), blameWords["v:fail"], blameWords["a:reckless"])
	}
	if _, ok := blameWords["j:shameful"]; !ok {
		t.Errorf("lexicon/blame.tsv: no verdict shameful")
	}
	if w := blameWords["v:cause"]; !w.objects["delay"] || w.objects["stir"] {
		t.Errorf("cause: objects %v, want delay and not stir", w.objects)
	}
	for _, bad := range []string{"lie", "lie\tadverb", "lie\tverb\tx\ty"} {
		if _, err := parseBlame("x.tsv", "# header\n"+bad); err == nil || !strings.Contains(err.Error(), "line 2") {
			t.Errorf("parseBlame(%q) = %v, want an error naming line 2", bad, err)
		}
	}
}
