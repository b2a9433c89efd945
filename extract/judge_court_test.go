package extract

import "testing"

// TestJudgeCourt (role.judge-court): a judge titled alone sits on the
// article's only court; with two courts, or none, no court is given,
// and a title that is no judge's gives none.
func TestJudgeCourt(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"the only court, named in another sentence",
			"Lakeview Foods sued Norrland Dairy in the Vilnius Regional Court on Monday. Judge Ruta Mazeikaite ordered both companies to file their arguments by March.",
			[]string{"Ruta Mazeikaite ROLE Vilnius Regional Court"}, nil},
		{"presiding judge",
			"The Special Tribunal for Lebanon convicted two men on Tuesday. Presiding Judge Anna Kowalczyk said the evidence was overwhelming.",
			[]string{"Anna Kowalczyk ROLE Special Tribunal for Lebanon"}, nil},
		{"two courts: which one is not said",
			"The Competition Appeal Tribunal ruled for Kestrel Bank, and the Court of Appeal upheld the ruling on Monday. Judge Helen Marsh said the bank had acted lawfully.",
			nil, []string{"Helen Marsh ROLE Court of Appeal", "Helen Marsh ROLE Competition Appeal Tribunal"}},
		{"no court named",
			"A federal judge blocked the law on Friday. Judge Eleanor Pryce said Georgia had not shown any harm.",
			nil, []string{"Eleanor Pryce ROLE Georgia"}},
		{"a title that is no judge's",
			"The Vilnius Regional Court heard the case on Monday. Judge Advocate General Tomas Rimkus said the army would appeal.",
			nil, []string{"Tomas Rimkus ROLE Vilnius Regional Court"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := tieFacts(t, tc.text)
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("%q: missing %q; have %v", tc.text, w, got)
				}
			}
			for _, n := range tc.not {
				if got[n] {
					t.Errorf("%q: unexpected %q", tc.text, n)
				}
			}
		})
	}
}

// TestJudgeCourtAntecedent: the ROLE's evidence records the title as
// the mention of the court and the court's name before it.
func TestJudgeCourtAntecedent(t *testing.T) {
	got := resolvedEvidence(t, "Lakeview Foods sued Norrland Dairy in the Vilnius Regional Court on Monday. Judge Ruta Mazeikaite ordered both companies to file their arguments by March.")
	want := "ROLE: Judge (role.judge-court) ← Vilnius Regional Court = Vilnius Regional Court"
	for _, g := range got {
		if g == want {
			return
		}
	}
	t.Errorf("no %q among %q", want, got)
}
