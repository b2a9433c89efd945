package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func TestOneEdit(t *testing.T) {
	for _, tc := range []struct {
		x, y string
		want bool
	}{
		{"kristin", "kristen", true}, // one letter changed
		{"untied", "united", true},   // two neighbours swapped
		{"water", "waters", true},    // one letter dropped
		{"iran", "iraq", false},      // too short to call a typo
		{"gambia", "zambia", false},  // another first letter
		{"austria", "australia", false},
		{"united", "united", false}, // the same word is no typo
		{"slovakia", "slovenia", false},
	} {
		if got := oneEdit(tc.x, tc.y); got != tc.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", tc.x, tc.y, got, tc.want)
		}
	}
}

func TestTypoTwin(t *testing.T) {
	for _, tc := range []struct {
		x, y string
		want bool
	}{
		{"Marten Olsson", "Martin Olsson", true},
		{"Untied Nations", "United Nations", true},
		{"North Korea", "South Korea", false},     // a whole word differs
		{"Martin Olsson", "Marten Olssen", false}, // two words differ
		{"Sudan", "Sedan", false},                 // one word: too risky
	} {
		if got := typoTwin(tc.x, tc.y); got != tc.want {
			t.Errorf("typoTwin(%q, %q) = %v, want %v", tc.x, tc.y, got, tc.want)
		}
	}
}

// actorsNamed returns the actors of text whose name or an alias folds
// like one of names, as "label (type)".
func actorsNamed(t *testing.T, text string, names ...string) []string {
	t.Helper()
	b, err := New(Options{}).Extract(graph.Article{Text: text, Published: "2026-03-02"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, n := range names {
		want[graph.Fold(n)] = true
	}
	var out []string
	for _, n := range b.Nodes {
		if n.Kind != graph.KindActor {
			continue
		}
		for _, name := range append([]string{n.Label}, n.Aliases...) {
			if want[graph.Fold(name)] {
				out = append(out, n.Label+" ("+n.Type+")")
				break
			}
		}
	}
	return out
}

// TestActorIdentity: the names one article gives one actor make one
// actor of the right type.
// TestNameTailsOfTwoPersons: two longer names that end alike leave the
// short one alone (actor.name-tail merges into one person only).
func TestNameTailsOfTwoPersons(t *testing.T) {
	text := "Brothers split\n\nPeter Kamau Otieno and James Kamau Otieno own the farm. Kamau Otieno said the farm would be sold."
	got := actorsNamed(t, text, "Peter Kamau Otieno", "James Kamau Otieno")
	if len(got) != 2 {
		t.Errorf("actors named Peter and James Kamau Otieno: %s, want two", strings.Join(got, "; "))
	}
}

func TestActorIdentity(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		names      []string // the names of the one actor
		want       string   // its label and type
	}{
		{"a surname that heads things' names after a known given name",
			"Museum opens a print show\n\nMartha Fields, director of the museum, welcomed the gift. \"It is a rare set,\" Martha Fields said. Fields added that more would follow.",
			[]string{"Martha Fields", "Fields"}, "Martha Fields (person)"},
		{"a full name misspelt once",
			"Gallery shows prints\n\nThe prints were chosen by Marten Olsson, the curator. Martin Olsson said the prints came from a donor. \"They are fragile,\" Martin Olsson said.",
			[]string{"Martin Olsson", "Marten Olsson"}, "Martin Olsson (person)"},
		{"a surname misspelt once",
			"Gallery shows prints\n\n\"We hope for more,\" Helena Marsh said. \"They are fragile,\" Harsh said. \"It took a year,\" Marssh said.",
			[]string{"Helena Marsh", "Marssh"}, "Helena Marsh (person)"},
		{"an organisation's name misspelt once",
			"Migrants stranded at sea\n\nThe United Nations criticised the policy. A day later the Untied Nations called for rescue boats.",
			[]string{"United Nations", "Untied Nations"}, "United Nations (organization)"},
		{"an organisation named by the words before its of-phrase",
			"Artists gather in Toronto\n\nThe Puppet Society of Ontario staged a parade on Saturday. The Puppet Society said it raised money for a hospital.",
			[]string{"Puppet Society of Ontario", "Puppet Society"}, "Puppet Society of Ontario (organization)"},
		{"an organisation named by its of-phrase alone",
			"Sect under pressure\n\nThe Church of Lumina denied the claims on Monday. Critics said Lumina had sued them twice, and that Lumina hid its accounts.",
			[]string{"Church of Lumina", "Lumina"}, "Church of Lumina (organization)"},
		{"an organisation with and without its country before it",
			"Visas refused\n\nThe UK Border Office rejected the claims on Monday. The Border Office said the rules were clear.",
			[]string{"UK Border Office", "Border Office"}, "UK Border Office (organization)"},
		{"a premier's government is the country",
			"Budget cuts\n\nPrime Minister Ana Kovac of Croatia presented the budget. The Kovac government cut school funds, and Croatia raised taxes on Monday.",
			[]string{"Kovac government", "Croatia"}, "Croatia (country)"},
		{"a country's government is the country",
			"Asylum rules\n\nThe UK Government announced new rules. Britain said the rules would apply from May.",
			[]string{"UK Government", "United Kingdom"}, "United Kingdom (country)"},
		{"a party's government is the country",
			"Scientists muzzled\n\nCanada cut research funds last year. Critics said the Conservative government silenced scientists, and Canada denied it.",
			[]string{"Conservative government", "Canada"}, "Canada (country)"},
		{"a person named later by the last two of three names",
			"Federation backs runner\n\nThe federation's president, Joseph Kamau Otieno, said the tests were fair. The minister met Kamau Otieno on Tuesday, and Otieno said he was pleased.",
			[]string{"Joseph Kamau Otieno", "Kamau Otieno", "Otieno"}, "Joseph Kamau Otieno (person)"},
		{"a person named first by two of three names",
			"Court hears appeal\n\nWambui Njeri, a lawyer, said the ruling was wrong. Grace Wambui Njeri later told reporters that her client would appeal.",
			[]string{"Wambui Njeri", "Grace Wambui Njeri"}, "Grace Wambui Njeri (person)"},
		{"Korea beside South Korea is South Korea",
			"World Cup\n\nSouth Korea opened the tournament on Sunday. Korea beat Sweden 2-1, and Korea will play Mexico next.",
			[]string{"Korea", "South Korea"}, "South Korea (country)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := actorsNamed(t, tc.text, tc.names...)
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("actors named %q: %s, want one: %s", tc.names, strings.Join(got, "; "), tc.want)
			}
		})
	}
}
