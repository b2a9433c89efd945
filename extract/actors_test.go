package extract

import (
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

func TestThingLike(t *testing.T) {
	lower := map[string]bool{"launch": true, "space": true}
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Launch Pad", true},             // a common word the article writes in lower case
		{"Space Shuttle Atlantis", true}, // the same
		{"Grand Mosque", false},          // no sign in itself …
		{"Volgograd Arena Tower", true},  // … but a head of things' names
		{"PlayStation VR", true},         // an acronym after the first word
		{"Protection B", true},           // a letter at the end
		{"Windows XP", true},
		{"Kathryn Waters", true}, // "waters" heads things' names: personEvidence (her given name) keeps her
		{"Eden Hazard", false},
		{"Lam Cheuk-ting", false},
	} {
		if got := thingLike(tc.name, lower); got != tc.want {
			t.Errorf("thingLike(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestPersonShape(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"A. S. Heagle", true},
		{"Carlo De Benedetti", true},
		{"Lam Cheuk-ting", true},
		{"Launch Pad", false},
		{"Spider-Gwen", false},
	} {
		if got := personShape(tc.name); got != tc.want {
			t.Errorf("personShape(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// actorNames extracts text and returns its actors as "name (type)".
func actorNames(t *testing.T, text string) []string {
	t.Helper()
	b, err := New(Options{}).Extract(graph.Article{Text: text, Published: "2026-03-02"})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, n := range b.Nodes {
		if n.Kind == graph.KindActor {
			out = append(out, n.Label+" ("+n.Type+")")
		}
	}
	sort.Strings(out)
	return out
}

func TestActorClasses(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a thing's name the text writes in lower case is no person",
			"The shuttle will leave the launch pad at dawn. Crews towed it from Launch Pad 39 to the Visitor Complex on Tuesday, the agency said.",
			nil, []string{"Launch Pad (person)", "Visitor Complex (person)"}},
		{"a name that speaks is a person even without a known given name",
			"The exhibition opened on Friday. \"It is a rare collection,\" Starry Lee said. Lee added that the works would travel.",
			[]string{"Starry Lee (person)"}, nil},
		{"an acronym that never acts is no organisation",
			"Children with low iodine levels scored lower in IQ tests, and pages written in HTML load faster.",
			nil, []string{"IQ (organization)", "HTML (organization)"}},
		{"an acronym that speaks is an organisation",
			"NCLAN said the crop losses were severe.",
			[]string{"NCLAN (organization)"}, nil},
		{"countries people come from are places",
			"The Home Office rejected 12,000 asylum hopefuls from Eritrea, Libya and Syria on Monday.",
			[]string{"Home Office (organization)"}, []string{"Eritrea (country)", "Libya (country)", "Syria (country)"}},
		{"England plays as a country; a magazine is an organisation",
			"England beat Panama 6-1 on Sunday, and Freedom Magazine said the English side was the best it had seen.",
			[]string{"England (country)", "Freedom Magazine (organization)"}, []string{"English (organization)"}},
		{"officials from a country stand for it",
			"Steve Witkoff met officials from Egypt in Cairo on Monday.",
			[]string{"Egypt (country)"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(actorNames(t, tc.text), "; ")
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("actors of %q are %s, want %s among them", tc.text, got, w)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(got, n) {
					t.Errorf("actors of %q are %s, want no %s", tc.text, got, n)
				}
			}
		})
	}
}
