package nlp

import "testing"

func TestFiniteClause(t *testing.T) {
	for _, c := range []struct {
		name, in string
		v        int
		want     bool
	}{
		{"a past tense", "Ships/NOUN/ship/2/nsubj sailed/VERB/sail/0/root/VBD", 1, true},
		{"a passive participle with a finite auxiliary", "Ships/NOUN/ship/3/nsubj:pass were/AUX/be/3/aux:pass sunk/VERB/sink/0/root/VBN", 2, true},
		{"a participle with a modal", "Ships/NOUN/ship/4/nsubj:pass could/AUX/could/4/aux/MD be/AUX/be/4/aux:pass/VB sunk/VERB/sink/0/root/VBN", 3, true},
		{"a bare participle", "Ships/NOUN/ship/0/root sunk/VERB/sink/1/acl/VBN by/ADP/by/4/case mines/NOUN/mine/2/obl", 1, false},
		{"a participle with a non-finite auxiliary only", "having/AUX/have/2/aux/VBG sunk/VERB/sink/0/root/VBN", 1, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := parsed(t, c.in)
			for i := range s.Tokens {
				if s.Tokens[i].XPOS == "" && s.Tokens[i].UPOS == "AUX" {
					s.Tokens[i].XPOS = "VBD"
				}
			}
			if got := finiteClause(s, c.v); got != c.want {
				t.Errorf("finiteClause(%d) = %v, want %v", c.v, got, c.want)
			}
		})
	}
}

// TestPassiveReportedClauseIsComplement: a preposed reported clause in
// the passive ("is put": a participle made finite by its auxiliary) is
// the reporting verb's complement too.
func TestPassiveReportedClauseIsComplement(t *testing.T) {
	runRuleCases(t, preposedReportedClauseIsComplement, []ruleCase{
		{
			name: "a passive reported clause before its reporting verb",
			in:   "Cargo/NOUN/cargo/3/nsubj:pass is/AUX/be/3/aux:pass/VBZ checked/VERB/check/6/advcl/VBN ,/PUNCT/,/3/punct Dahl/PROPN/Dahl/6/nsubj explains/VERB/explain/0/root/VBZ ./PUNCT/./6/punct",
			want: "Cargo→3:nsubj:pass is→3:aux:pass checked→6:ccomp ,→3:punct Dahl→6:nsubj explains→0:root .→6:punct",
		},
		{
			name: "a bare participle clause stays an adverbial",
			in:   "Checked/VERB/check/6/advcl/VBN by/ADP/by/3/case customs/NOUN/customs/1/obl ,/PUNCT/,/1/punct Dahl/PROPN/Dahl/6/nsubj explains/VERB/explain/0/root/VBZ ./PUNCT/./6/punct",
			want: "Checked→6:advcl by→3:case customs→1:obl ,→1:punct Dahl→6:nsubj explains→0:root .→6:punct",
		},
	})
}
