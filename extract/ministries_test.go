package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestNationalMinistry: a ministry written in lower case after a
// nationality or a country's possessive is that country's ministry, an
// organisation named as its capitalised form would be
// (nationalMinistry), and never the country itself; a bare "ministry"
// and a minister are no such organisation.
func TestNationalMinistry(t *testing.T) {
	all := func(graph.Edge) bool { return true }
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"nationality and portfolio", "The Estonian foreign ministry criticised Latvia on Monday.",
			[]string{"Estonian Foreign Ministry ACCUSE Latvia"}, []string{"Estonia ACCUSE Latvia"}},
		{"country's possessive", "Norway's defence ministry accused Sweden of leaking the plans.",
			[]string{"Norwegian Defence Ministry ACCUSE Sweden"}, []string{"Norway ACCUSE Sweden"}},
		{"two portfolio words", "The Chilean emergency situations ministry thanked Peru for the help.",
			[]string{"Chilean Emergency Situations Ministry SUPPORT Peru"}, []string{"Chile SUPPORT Peru"}},
		{"capitalised form unchanged", "The Estonian Foreign Ministry criticised Latvia on Monday.",
			[]string{"Estonian Foreign Ministry ACCUSE Latvia"}, []string{"Estonia ACCUSE Latvia"}},
		{"negated twin", "The Estonian foreign ministry did not criticise Latvia.",
			nil, []string{"Estonia ACCUSE Latvia"}},
		{"a national coast guard", "Norway's coast guard accused Sweden of ignoring the distress call.",
			[]string{"Norwegian Coast Guard ACCUSE Sweden"}, []string{"Norway ACCUSE Sweden"}},
		{"a national border guard", "The Estonian border guard criticised Latvia on Monday.",
			[]string{"Estonian Border Guard ACCUSE Latvia"}, []string{"Estonia ACCUSE Latvia"}},
		{"a coast guard that only qualifies a title is left to the roles", "The Estonian coast guard spokesman Jaan Tamm criticised Latvia on Monday.",
			nil, []string{"Estonian Coast Guard ACCUSE Latvia"}},
		{"a minister is a person's office, no ministry", "The Estonian foreign minister criticised Latvia on Monday.",
			nil, []string{"Estonian Foreign Ministry ACCUSE Latvia"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := edgeFacts(t, tc.text, false, all)
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("edges %v, want %s", got, w)
				}
			}
			for _, w := range tc.not {
				if got[w] {
					t.Errorf("edges %v, want no %s", got, w)
				}
			}
		})
	}
}

// TestNationalMinistryActor: the ministry is an organisation actor with
// the capitalised name, the written form folding to it; a bare
// "the Turkish ministry" names none.
func TestNationalMinistryActor(t *testing.T) {
	for _, tc := range []struct{ text, want, not string }{
		{"Tajikistan's foreign ministry said the talks would resume.", "Tajik Foreign Ministry", ""},
		{"The Dutch justice ministry said the talks would resume.", "Dutch Justice Ministry", ""},
		{"The Turkish ministry said the talks would resume.", "", "Turkish Ministry"},
		{"Norway's foreign ministry spokesman Erik Lund said the talks would resume.", "", "Norwegian Foreign Ministry"},
	} {
		b, err := New(Options{}).Extract(graph.Article{Text: tc.text, Published: "2026-03-02"})
		if err != nil {
			t.Fatal(err)
		}
		found := map[string]graph.ActorType{}
		for _, n := range b.Nodes {
			if n.Kind == graph.KindActor {
				found[n.Label] = graph.ActorType(n.Type)
			}
		}
		if tc.want != "" && found[tc.want] != graph.Organization {
			t.Errorf("%q: actors %v, want organisation %s", tc.text, found, tc.want)
		}
		if _, ok := found[tc.not]; tc.not != "" && ok {
			t.Errorf("%q: actors %v, want no %s", tc.text, found, tc.not)
		}
	}
}

// TestItActs: "It" opening a sentence before a trigger verb is the body
// the sentence before had as subject (itActs, pronoun:it); after a
// person's or a thing's sentence it is no one; negated and planned
// twins keep their modality.
func TestItActs(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  string
		modality   graph.Modality
	}{
		{"ministry thanks", "The Polish defence ministry confirmed the handover on Monday. It thanked Hungary for its help.",
			"Polish Defence Ministry SUPPORT Hungary", "", ""},
		{"adverb between", "The Meridian Council met in Oslo on Monday. It also accused Denmark of stalling.",
			"Meridian Council ACCUSE Denmark", "", ""},
		{"negated twin", "The Polish defence ministry confirmed the handover on Monday. It did not thank Hungary.",
			"", "", ""},
		{"planned twin", "The Polish defence ministry confirmed the handover on Monday. It will meet Hungary on Friday.",
			"Polish Defence Ministry CONSULT Hungary", "", graph.Planned},
		{"a thing's it", "The storm reached the coast on Monday. It struck Haiti at night.",
			"", "ASSAULT Haiti", ""},
		{"a person's sentence before", "Anna Berg arrived in Oslo on Monday. It thanked Hungary for the help.",
			"", "SUPPORT Hungary", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, names := extractNamed(t, tc.text)
			got := map[string]graph.Modality{}
			for _, e := range b.Edges {
				if e.Class.BetweenActors() {
					got[names[e.Source]+" "+string(e.Class)+" "+names[e.Target]] = e.Evidence[0].Modality
					if e.Class.Symmetric() {
						got[names[e.Target]+" "+string(e.Class)+" "+names[e.Source]] = e.Evidence[0].Modality
					}
				}
			}
			if tc.want != "" {
				if m, ok := got[tc.want]; !ok || m != tc.modality {
					t.Errorf("edges %v, want %s (%q)", got, tc.want, tc.modality)
				}
			}
			for e := range got {
				if tc.not != "" && strings.HasSuffix(e, tc.not) {
					t.Errorf("edges %v, want no … %s", got, tc.not)
				}
			}
		})
	}
}
