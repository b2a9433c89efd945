package extract

import "testing"

// TestTitleBeforeTail: a possessive title whose office is placed by a
// short phrase ("in Geneva", "to the agency", "of delegation in Kyiv")
// before the holder's name in apposition is still the possessor's
// office; a clause or a list between them is no such phrase.
func TestTitleBeforeTail(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"an envoy in a capital", "The vote was delayed. Chile's envoy in Geneva, Rosa Millan, said Santiago would vote against it.",
			[]string{"Rosa Millan ROLE Chile"}, []string{"Rosa Millan ROLE Switzerland"}},
		{"an ambassador to an agency", "The vote was delayed. Ghana's ambassador to the agency, Kofi Mensah, rejected the findings.",
			[]string{"Kofi Mensah ROLE Ghana"}, nil},
		{"an ambassador to the United Nations", "The vote was delayed. \"We will not accept this,\" Peru's ambassador to the United Nations, Rosa Millan, told the council.",
			[]string{"Rosa Millan ROLE Peru"}, []string{"Rosa Millan ROLE United Nations"}},
		{"an organisation's head of delegation", "The talks resumed. The Red Cross's head of delegation in Kyiv, Lene Dahl, said families were waiting.",
			[]string{"Lene Dahl ROLE Red Cross"}, nil},
		{"a clause is no tail", "The talks resumed. Chile's envoy said on Monday that the vote was delayed, Rosa Millan, a diplomat, added.",
			nil, []string{"Rosa Millan ROLE Chile"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantRoleFacts(t, tc.text, tc.want, tc.not)
		})
	}
}
