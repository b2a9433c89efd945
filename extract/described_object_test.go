package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestDescribedObject (rel.described-object): a nationality and a short
// description before a name ("fined Dutch chipmaker X") make the name
// the object, not the country; the modality of the verb carries over.
func TestDescribedObject(t *testing.T) {
	tests := []struct {
		text string
		want map[string]graph.Modality // "A CLASS B" → modality
		not  []string                  // edges that must not be there
	}{
		{"T\n\nThe European Commission fined Dutch chipmaker Velmora Technologies 300 million euros on Monday.\n",
			map[string]graph.Modality{"European Commission SANCTION Velmora Technologies": graph.Asserted},
			[]string{"European Commission SANCTION Netherlands"}},
		{"T\n\nThe European Commission fined U.S. payments firm Quillpay Holdings on Monday.\n",
			map[string]graph.Modality{"European Commission SANCTION Quillpay Holdings": graph.Asserted},
			[]string{"European Commission SANCTION United States"}},
		{"T\n\nBRUSSELS, Sept 15 (Wire) - The European Commission fined U.S. payments firm Quillpay Holdings 900 million euros ($1 billion) on Tuesday for abusing its dominance of card payments.\n",
			map[string]graph.Modality{"European Commission SANCTION Quillpay Holdings": graph.Asserted},
			[]string{"European Commission SANCTION United States"}},
		{"T\n\nThe Norwegian government sued German carmaker Haldorf Motors over emissions.\n",
			map[string]graph.Modality{"Norway ACCUSE Haldorf Motors": graph.Asserted},
			[]string{"Norway ACCUSE Germany"}},
		{"T\n\nThe European Commission did not urge Dutch chipmaker Velmora Technologies to cut its prices.\n",
			map[string]graph.Modality{"European Commission REQUEST Velmora Technologies": graph.Negated}, nil},
		{"T\n\nThe European Commission will urge Dutch chipmaker Velmora Technologies to cut its prices.\n",
			map[string]graph.Modality{"European Commission REQUEST Velmora Technologies": graph.Planned}, nil},
		{"T\n\nThe European Commission fined Moscow-based lender Volga Credit Bank. Kenya praised South African mining firm Orix Resources for its work.\n",
			map[string]graph.Modality{"European Commission SANCTION Volga Credit Bank": graph.Asserted, "Kenya SUPPORT Orix Resources": graph.Asserted},
			[]string{"Kenya SUPPORT South Africa"}},
		// A description that is no noun phrase before the name: no edge.
		{"T\n\nThe European Commission fined Dutch firms that Velmora Technologies supplies.\n",
			nil, []string{"European Commission SANCTION Velmora Technologies"}},
	}
	for _, tc := range tests {
		got := edgeModalities(t, tc.text)
		for e, m := range tc.want {
			if g, ok := got[e]; !ok || g != m {
				t.Errorf("%q: %s is %q (present %v), want %q; have %v", tc.text, e, g, ok, m, got)
			}
		}
		for _, e := range tc.not {
			if _, ok := got[e]; ok {
				t.Errorf("%q: unexpected %s", tc.text, e)
			}
		}
	}
}

// TestStatementBounds: where a reported clause or an aside ends.
func TestStatementBounds(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "speaker: words" statements there must be, whole
		not        []string // "speaker: words" no statement may contain
	}{
		{"stmt.pronoun-act: the speaker's own request after the clause",
			"T\n\nOSLO (Wire) - Finance Minister Lena Strand said the government would keep working with the IMF, and she urged Sweden to lift its tariffs.\n",
			[]string{"Lena Strand: the government would keep working with the IMF"}, []string{"Lena Strand: she urged"}},
		{"stmt.pronoun-act: no act of speech after the pronoun, the clause goes on",
			"T\n\nOSLO (Wire) - Finance Minister Lena Strand said the talks had failed, and she had always doubted them.\n",
			[]string{"Lena Strand: the talks had failed, and she had always doubted them"}, nil},
		{"stmt.backshifted-conjunct: \"and had\" goes on reporting",
			"T\n\nThe Danish Foreign Ministry said the trawler had left Danish waters on time and had repeatedly ignored radio calls.\n",
			[]string{"Danish Foreign Ministry: the trawler had left Danish waters on time and had repeatedly ignored radio calls"}, nil},
		{"stmt.backshifted-conjunct: a quoted phrase inside the conjunct is no statement of its own",
			"T\n\nThe Danish Foreign Ministry said the trawler had left Danish waters on time and had \"repeatedly and deliberately\" ignored radio calls.\n",
			[]string{"Danish Foreign Ministry: the trawler had left Danish waters on time and had \"repeatedly and deliberately\" ignored radio calls"},
			[]string{"Danish Foreign Ministry: repeatedly and deliberately"}},
		{"the speaker's own act after \"and\" still ends the clause",
			"T\n\nThe Danish Foreign Ministry said the trawler had left and urged Norway to act.\n",
			[]string{"Danish Foreign Ministry: the trawler had left"}, []string{"Danish Foreign Ministry: the trawler had left and urged"}},
		{"stmt.aside-but: the words go on after the aside",
			"T\n\nOSLO (Wire) - Finance Minister Lena Strand spoke on Monday. The budget would not be cut, the minister said, but spending on defence would be frozen until June.\n",
			[]string{"Lena Strand: The budget would not be cut, but spending on defence would be frozen until June"}, nil},
		{"stmt.aside-but: another subject pronoun",
			"T\n\nOSLO (Wire) - Finance Minister Lena Strand spoke on Monday. The plan was sound, Strand said, but it needed more money.\n",
			[]string{"Lena Strand: The plan was sound, but it needed more money"}, nil},
		{"stmt.aside-but: the speaker's own acts after \"but\" are no words of hers",
			"T\n\nOSLO (Wire) - Finance Minister Lena Strand spoke on Monday. The talks went well, she said, but she gave no details. The vote was fair, she said, but refused to comment further.\n",
			[]string{"Lena Strand: The talks went well", "Lena Strand: The vote was fair"},
			[]string{"Lena Strand: The talks went well, but", "Lena Strand: The vote was fair, but"}},
		{"a described and named speaker after a quotation",
			"T\n\nNorway's competition authority fined two ferry lines. \"The rules are clear and they were broken,\" the head of the authority's enforcement division, Marit Olsen, said on Tuesday.\n",
			[]string{"Marit Olsen: The rules are clear and they were broken,"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := statementsOf(t, tc.text)
			for _, w := range tc.want {
				found := false
				for _, g := range got {
					found = found || g == w
				}
				if !found {
					t.Errorf("missing %q; have %q", w, got)
				}
			}
			for _, n := range tc.not {
				for _, g := range got {
					if strings.HasPrefix(g, n) {
						t.Errorf("unexpected %q; have %q", n, got)
					}
				}
			}
		})
	}
}

// TestNewClausePronounIsNoConjunct (coord.new-clause-pronoun): "… with
// the IMF, and she urged …": "she" opens a clause and works with no one.
func TestNewClausePronounIsNoConjunct(t *testing.T) {
	got := edgeModalities(t, "T\n\nOSLO (Wire) - The Norwegian government cut its budget. Finance Minister Lena Strand said the government would keep working with the IMF, and she urged Sweden to lift its tariffs.\n")
	if _, ok := got["Norway COOPERATE Lena Strand"]; ok {
		t.Errorf("unexpected Norway COOPERATE Lena Strand; have %v", got)
	}
	if m, ok := got["Lena Strand REQUEST Sweden"]; !ok || m != graph.Asserted {
		t.Errorf("want Lena Strand REQUEST Sweden asserted; have %v", got)
	}
}

// TestItAfterOpeningPhrase (pronoun:it-after-opening): "In a statement,
// it accused X" is the body the sentence before had as subject, with the
// modality of its verb.
func TestItAfterOpeningPhrase(t *testing.T) {
	lead := "T\n\nSweden's Trade Ministry said the talks had stalled. "
	tests := []struct {
		text, edge string
		want       graph.Modality
	}{
		{lead + "In a statement, it accused Norway of bad faith.\n", "Swedish Trade Ministry ACCUSE Norway", graph.Asserted},
		{lead + "On Monday, it did not urge Norway to resume the talks.\n", "Swedish Trade Ministry REQUEST Norway", graph.Negated},
		{lead + "Later, it will urge Norway to resume the talks.\n", "Swedish Trade Ministry REQUEST Norway", graph.Planned},
	}
	for _, tc := range tests {
		got := edgeModalities(t, tc.text)
		if g, ok := got[tc.edge]; !ok || g != tc.want {
			t.Errorf("%q: %s is %q (present %v), want %q; have %v", tc.text, tc.edge, g, ok, tc.want, got)
		}
	}
	got := statementsOf(t, lead+"In a statement, it accused Norway of bad faith and said Oslo had broken its promises.\n")
	found := false
	for _, g := range got {
		found = found || strings.HasPrefix(g, "Swedish Trade Ministry: Oslo had broken its promises")
	}
	if !found {
		t.Errorf("the coordinated \"and said\" is the ministry's; have %q", got)
	}
}

// TestInternationalSeatDateline (role.international-seat): a national
// office in a story filed from a seat of international courts is the
// office of the country the article is about, not of the host country;
// from a capital it stays the capital's.
func TestInternationalSeatDateline(t *testing.T) {
	roles := func(text string) map[string]bool {
		return edgeFacts(t, text, false, func(e graph.Edge) bool { return e.Class == graph.Role })
	}
	body := ", May 20 (Wire) - A tribunal convicted a former Kenyan police commander on Wednesday. Kenya had surrendered him in 2024. " +
		"Justice Minister Amos Wekesa said Kenya would keep cooperating with the court. The Netherlands hosts the court.\n"
	got := roles("T\n\nTHE HAGUE" + body)
	if !got["Amos Wekesa ROLE Kenya"] || got["Amos Wekesa ROLE Netherlands"] {
		t.Errorf("THE HAGUE: want Amos Wekesa ROLE Kenya only; have %v", got)
	}
	got = roles("T\n\nTHE HAGUE, May 20 (Wire) - The Netherlands expelled two Russian diplomats on Wednesday. " +
		"Foreign Minister Anna de Vries said the Netherlands would not accept interference. Russia denied it.\n")
	if !got["Anna de Vries ROLE Netherlands"] {
		t.Errorf("THE HAGUE, a Dutch story: the host country named twice keeps its minister; have %v", got)
	}
	got = roles("T\n\nAMSTERDAM" + body)
	if !got["Amos Wekesa ROLE Netherlands"] {
		t.Errorf("AMSTERDAM: the dateline country decides (datelineOffice); have %v", got)
	}
}
