package extract

import (
	"strings"
	"testing"
)

func TestAffiliationWordsParse(t *testing.T) {
	if _, err := parseAffiliationWords(affiliationWordsTxt); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"creed\tliberal", "party\tSocial Democrats", "party"} {
		if _, err := parseAffiliationWords(bad); err == nil || !strings.Contains(err.Error(), "affiliation_words.tsv line 1") {
			t.Errorf("parseAffiliationWords(%q) = %v, want an error naming line 1", bad, err)
		}
	}
}

// TestPartyRoles: an office-holder's party or organisation named around
// the name, with fresh names; and the phrases that look alike but tie no
// one.
func TestPartyRoles(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"an organisation of its titled holder", "Turnout was low. The ruling Liberal Union of Prime Minister Jonas Petrauskas lost 20 seats.",
			[]string{"Jonas Petrauskas ROLE Liberal Union"}, nil},
		{"an organisation of a holder with a one-word title", "Turnout was low. The Peasants Alliance of Senator Ruta Kairiene came second.",
			[]string{"Ruta Kairiene ROLE Peasants Alliance"}, []string{"Ruta Kairiene ROLE Peasants Alliance of Senator"}},
		{"an office named after a title keeps it", "Talks stalled. The Office of the Attorney General Pavel Sorin said the case was open.",
			nil, []string{"Pavel Sorin ROLE Office"}},
		{"a party with a creed's modifier in an aside", "The bill passed. Deputy Lucia Ferraz Aranha, of the centre-left Social Renewal party, voted against it.",
			[]string{"Lucia Ferraz Aranha ROLE Social Renewal"}, nil},
		{"a party with a ruling modifier after from", "The bill passed. Senator Tomas Oyarzun from the governing National Progress Movement abstained.",
			[]string{"Tomas Oyarzun ROLE National Progress Movement"}, nil},
		{"a person's possessive before a party's name", "Prime Minister Elif Demirel called the vote. Dozens of lawmakers from Demirel's Democratic Renewal Party rebelled.",
			[]string{"Elif Demirel ROLE Democratic Renewal Party"}, nil},
		{"a described office-holder's party in apposition", "Soldiers arrested President Amadou Keita. The ousted president's party, the Union for Progress, called for protests.",
			[]string{"Amadou Keita ROLE Union for Progress"}, nil},
		{"a party in brackets after a name", "The bill passed. Senator Ilse Brandvold (Green Party) voted against it.",
			[]string{"Ilse Brandvold ROLE Green Party"}, nil},
		{"a possessive before a company is no party", "The deal closed. Ingrid Solheim praised Solheim's Nordic Freight Holdings for its growth.",
			nil, []string{"Ingrid Solheim ROLE Nordic Freight Holdings"}},
		{"a country of a holder is no organisation", "Turnout was low. The envoy of President Jonas Petrauskas met Lithuania's delegation.",
			nil, []string{"Jonas Petrauskas ROLE Lithuania"}},
		{"an organisation going on past its name in the aside ties no one", "The bill passed. Deputy Lucia Ferraz Aranha, of the centre-left Social Renewal youth wing, voted against it.",
			nil, []string{"Lucia Ferraz Aranha ROLE Social Renewal"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantRoleFacts(t, tc.text, tc.want, tc.not)
		})
	}
}

// wantRoleFacts checks that the ROLE and FAMILY edges extracted from text
// (roleFacts) include every one of want and none of not.
func wantRoleFacts(t *testing.T, text string, want, not []string) {
	t.Helper()
	got := roleFacts(t, text)
	for _, w := range want {
		if !got[w] {
			t.Errorf("ROLE edges of %q are %v, want %s", text, got, w)
		}
	}
	for _, n := range not {
		if got[n] {
			t.Errorf("ROLE edges of %q are %v, want no %s", text, got, n)
		}
	}
}
