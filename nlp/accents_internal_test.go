package nlp

import "testing"

func TestWithoutAccents(t *testing.T) {
	for in, want := range map[string]string{
		"benoît": "benoit", "ángel": "angel", "françois": "francois", "wałęsa": "walesa",
		"jiří": "jiri", "şükrü": "sukru", "kim": "kim", "李": "李",
	} {
		if got := withoutAccents(in); got != want {
			t.Errorf("withoutAccents(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAccentedGivenNameOpensFlatName(t *testing.T) {
	if !isGivenName("Benoît") || !isGivenName("JOSÉ") || isGivenName("Paris") {
		t.Errorf("isGivenName: Benoît %v, JOSÉ %v, Paris %v; want true, true, false",
			isGivenName("Benoît"), isGivenName("JOSÉ"), isGivenName("Paris"))
	}
	runRuleCases(t, personNameIsFlat, []ruleCase{
		{
			name: "a given name written with its accent",
			in:   "Benoît/PROPN/Benoît/2/compound Varga/PROPN/Varga/3/nsubj won/VERB/win/0/root",
			want: "Benoît→3:nsubj Varga→1:flat won→0:root",
		},
	})
}
