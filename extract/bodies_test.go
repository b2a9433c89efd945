package extract

import (
	"strings"
	"testing"
)

func TestBodyDescriptions(t *testing.T) {
	for _, tc := range []struct {
		name, text, word, want string
	}{
		{"the central bank is a central bank named before",
			"The Central Bank of Ruritania raised its rate on Monday. Finance Minister Ola Berg criticised the central bank.",
			"the central bank", "Central Bank of Ruritania by description:body ← Central Bank of Ruritania"},
		{"a national bank of a country is its central bank",
			"The governor of the National Bank of Hungary spoke on Monday. Ministers accused the central bank of recklessness.",
			"the central bank", "National Bank of Hungary by description:body ← National Bank of Hungary"},
		{"a commercial bank is no central bank",
			"The Ruritanian Commercial Bank cut jobs on Monday. The central bank said lending was slowing.",
			"The central bank", " by "},
		{"the unit is the organisation named with that word",
			"The Athletics Integrity Unit suspended two runners. Their coach said the unit had ignored the evidence.",
			"the unit", "Athletics Integrity Unit by description:body ← Athletics Integrity Unit"},
		{"the unit is no organisation merely starting with those letters",
			"The United Nations sent observers to the port. The unit arrived on Monday.",
			"The unit", " by "},
		{"the army is the country's army named before",
			"The Peruvian Army fought smugglers near the border on Monday. The army said four soldiers were wounded.",
			"The army", "Peruvian Army by description:body ← Peruvian Army"},
		{"the military is the country's armed forces under another word",
			"The Sudanese Armed Forces shelled the town on Monday. The military said it had hit a depot.",
			"The military", "Sudanese Armed Forces by description:body ← Sudanese Armed Forces"},
		{"the military is a junta that calls itself a military command",
			"The Supreme Military Command for National Renewal seized power on Monday. Neighbours urged the military to free the president.",
			"the military", "Supreme Military Command for National Renewal by description:body ← Supreme Military Command for National Renewal"},
		{"a rebel army is not the army",
			"Fighters of the Free Ruritanian Army attacked a convoy. The army said two soldiers died.",
			"The army", " by "},
		{"an intelligence service of the military is not the military",
			"The Military Intelligence Service warned of attacks. The military said patrols would rise.",
			"The military", " by "},
		{"the military as a modifier is no description",
			"The Peruvian Army moved troops. Analysts said the military balance had shifted.",
			"the military", ""},
		{"the army of a country is no description",
			"The Peruvian Army moved troops. Lithuania funded the army of Moldova.",
			"the army", ""},
		{"the army before a charge's of is a description",
			"The Peruvian Army moved troops. Villagers accused the army of burning homes.",
			"the army", "Peruvian Army by description:body ← Peruvian Army"},
		{"of two armies named, the army is the dateline country's",
			"LIMA, May 4 (Wire) - The Peruvian Army and the Chilean Army held drills on the border. The army said the drills went well.",
			"The army", "Peruvian Army by description:body ← Peruvian Army"},
		{"of two armies named and no dateline, the army stays open",
			"The Peruvian Army and the Chilean Army held drills on the border. The army said the drills went well.",
			"The army", " by "},
		{"prosecutors without the are the prosecutor's office named before",
			"The Prosecutor General's Office charged two officials. Prosecutors said the men took bribes.",
			"Prosecutors", "Prosecutor General's Office by description:body ← The Prosecutor General's Office"},
		{"prosecutors used before any office is named stay an unnamed office",
			"Prosecutors said the men took bribes. The European Public Prosecutor's Office later opened its own inquiry. Watchdogs praised the prosecutors.",
			"the prosecutors", " by "},
		{"prosecutors after a nationality are no description",
			"The Prosecutor General's Office of Ruritania charged two officials. Ruritanian prosecutors said the men took bribes.",
			"prosecutors", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkResolution(t, tc.text, tc.word, tc.want)
		})
	}
}

func TestBodyDescriptionEdges(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"an accusation of the central bank",
			"The Central Bank of Ruritania raised its rate on Monday. Finance Minister Ola Berg accused the central bank of strangling growth.",
			"ACCUSE: the central bank (description:body) ← Central Bank of Ruritania = Central Bank of Ruritania"},
		{"the unit speaks",
			"The Athletics Integrity Unit suspended two runners on Monday. The unit said the samples were clean of any doubt.",
			"STATED: The unit (description:body) ← Athletics Integrity Unit = Athletics Integrity Unit"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := resolvedEvidence(t, tc.text)
			for _, g := range got {
				if g == tc.want {
					return
				}
			}
			t.Errorf("evidence of %q records %q, want %q among them", tc.text, got, tc.want)
		})
	}
}

func TestBodyLexicon(t *testing.T) {
	if len(bodyKinds) == 0 {
		t.Fatal("lexicon/body_references.tsv gave no kinds")
	}
	for _, tc := range []struct{ name, src, want string }{
		{"too few fields", "unit\tunit\t-\tUnit\n", "line 1"},
		{"a phrase of two kinds", "a\tunit\t-\tUnit\t-\nb\tunit\t-\tUnit\t-\n", "line 2"},
		{"a bare phrase not among the phrases", "a\tunit\tunits\tUnit\t-\n", "line 1"},
		{"no names", "a\tunit\t-\t-\t-\n", "line 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseBodyKinds(tc.src)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "body_references.tsv") {
				t.Errorf("parseBodyKinds(%q) = %v, want an error naming the file and %s", tc.src, err, tc.want)
			}
		})
	}
}

func TestSameOffice(t *testing.T) {
	for _, tc := range []struct {
		name, text, word, want string
	}{
		{"the minister is not the prime minister named after a minister",
			"Trade Minister Ana Costa met Prime Minister Rui Fonseca in Lisbon. Critics accused the minister of weakness.",
			"the minister", "Ana Costa by description:office ← Trade Minister Ana Costa"},
		{"the minister with only a prime minister named is that person",
			"Prime Minister Rui Fonseca arrived in Lisbon. Critics accused the minister of weakness.",
			"the minister", "Rui Fonseca by description:office ← Prime Minister Rui Fonseca"},
		{"the prime minister is the prime minister, not the minister named last",
			"Prime Minister Rui Fonseca met Trade Minister Ana Costa. The prime minister said the talks went well.",
			"The prime minister", "Rui Fonseca by description:office ← Prime Minister Rui Fonseca"},
		{"the president is not the vice president",
			"President Lena Holt met Vice President Omar Said in Accra. Critics accused the president of delay.",
			"the president", "Lena Holt by description:office ← President Lena Holt"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := resolutions(t, tc.text, tc.word)
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("%q in %q resolved to %q, want [%q]", tc.word, tc.text, got, tc.want)
			}
		})
	}
}
