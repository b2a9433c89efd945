package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func TestGenericNationalBody(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Foreign Ministry", true},
		{"Emergency Situations Ministry", true},
		{"Ministry of Foreign Affairs", true},
		{"Ministry of the Interior", true},
		{"Ministry of Trade and Industry", true},
		{"Coast Guard", true},
		{"Embassy", true},
		{"Chinese Foreign Ministry", false},
		{"Ministry of Defence of Ukraine", false},
		{"Republican Guard", false},
		{"Philippine Coast Guard", false},
		{"Ministry of Magic Affairs", false},
		{"Foreign Office", false},
	} {
		if got := genericNationalBody(tc.name); got != tc.want {
			t.Errorf("genericNationalBody(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestNationalBodiesAcrossArticles (rule actor.national-body): a bare
// "Foreign Ministry" in a story filed from a capital is that country's,
// one node with the same ministry named in full in another article, and
// two countries' ministries never merge through the bare name, checked
// through graph.Resolve against the name index a store would hold.
func TestNationalBodiesAcrossArticles(t *testing.T) {
	texts := []string{
		"Boat row\n\nThe Chinese Foreign Ministry said the boat had entered its waters. The Foreign Ministry added that talks would continue.\n",
		"Sanctions row\n\nMOSCOW, May 3 (Wire) - The Russian Foreign Ministry said the claims were false. The Foreign Ministry added that it would respond.\n",
		"Arms sale\n\nBEIJING, July 16 (Wire) - China imposed sanctions on three U.S. firms on Thursday. Foreign Ministry spokesman Wen Dao said the sale was a mistake.\n",
		"Flood relief\n\nThe Foreign Ministry said it had sent aid.\n",
	}
	x := New(Options{})
	index := map[string][]graph.Node{}
	var labels [][]string
	var remaps []map[graph.ID]graph.ID
	for i, text := range texts {
		b, err := x.Extract(graph.Article{Text: text, Published: "2026-03-02"})
		if err != nil {
			t.Fatal(err)
		}
		_, remap, err := graph.Resolve(b, func(key string) ([]graph.Node, error) { return index[key], nil })
		if err != nil {
			t.Fatal(err)
		}
		remaps = append(remaps, remap)
		var ls []string
		for _, n := range b.Nodes {
			if n.Kind != graph.KindActor {
				continue
			}
			ls = append(ls, n.Label)
			for _, name := range append([]string{n.Label}, n.Aliases...) {
				index[graph.Fold(name)] = append(index[graph.Fold(name)], n)
			}
			if n.Type == string(graph.Organization) {
				for _, al := range n.Aliases {
					if genericNationalBody(al) && !genericNationalBody(n.Label) {
						t.Errorf("article %d: %s keeps the bare alias %q", i, n.Label, al)
					}
				}
			}
		}
		labels = append(labels, ls)
	}
	if !slices.Contains(labels[1], "Russian Foreign Ministry") {
		t.Errorf("article 1 actors %v, want the Russian Foreign Ministry", labels[1])
	}
	for from, to := range remaps[1] {
		if strings.Contains(string(to), "chinese") || to == graph.ActorID("Chinese Foreign Ministry") {
			t.Errorf("article 1: %s merged into the Chinese Foreign Ministry", from)
		}
	}
	if !slices.Contains(labels[2], "Chinese Foreign Ministry") {
		t.Errorf("article 2 (filed from Beijing) actors %v, want the Chinese Foreign Ministry", labels[2])
	}
	if !slices.Contains(labels[3], "Foreign Ministry") {
		t.Errorf("article 3 (no country) actors %v, want the bare Foreign Ministry", labels[3])
	}
	for from, to := range remaps[3] {
		if to == graph.ActorID("Chinese Foreign Ministry") || to == graph.ActorID("Russian Foreign Ministry") {
			t.Errorf("article 3: the bare %s merged into %s", from, to)
		}
	}
}

// TestNationalBodyPlacedBySentence (openingPlace): a sentence opening
// with "In <capital>," places a bare ministry there, before the
// dateline's country.
func TestNationalBodyPlacedBySentence(t *testing.T) {
	checkActors(t, "Expulsions\n\nOSLO, May 3 (Wire) - Norway expelled two diplomats. Norway said it would act. In Moscow, Foreign Ministry spokeswoman Vera Ilyina said the move was hostile.\n",
		[]string{"Russian Foreign Ministry (organization)"}, []string{"Norwegian Foreign Ministry (organization)", "Foreign Ministry (organization)"})
	checkActors(t, "Expulsions\n\nOSLO, May 3 (Wire) - Norway expelled two diplomats. Norway said it would act. The Foreign Ministry said the move was lawful.\n",
		[]string{"Norwegian Foreign Ministry (organization)"}, nil)
}
