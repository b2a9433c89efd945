package graph_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// memIndex is a name index over stored actors for graph.Resolve: every
// actor under the folded form of its name and of each alias.
func memIndex(stored ...graph.Node) graph.LookupFunc {
	index := map[string][]graph.Node{}
	for _, n := range stored {
		for _, name := range append([]string{n.Label}, n.Aliases...) {
			k := graph.Fold(name)
			index[k] = append(index[k], n)
		}
	}
	return func(key string) ([]graph.Node, error) { return index[key], nil }
}

func org(label string, aliases ...string) graph.Node {
	return graph.Node{ID: graph.ActorID(label), Kind: graph.KindActor, Label: label, Type: string(graph.Organization), Aliases: aliases}
}

func TestResolveOfPhrase(t *testing.T) {
	for _, tc := range []struct {
		name   string
		stored []graph.Node
		batch  graph.Node
		want   string // label of the stored actor merged into, "" for none
	}{
		{"an \"X of Y\" the article also calls Y meets the organisation stored as Y",
			[]graph.Node{org("Scientology")}, org("Church of Scientology", "Scientology"), "Church of Scientology"},
		{"without the short form in its own article it meets nothing",
			[]graph.Node{org("Scientology")}, org("Church of Scientology"), ""},
		{"a one-word alias that is no \"of\" phrase meets nothing",
			[]graph.Node{org("Church")}, org("Church of Scientology", "Church"), ""},
		{"two stored organisations of that name are ambiguous",
			[]graph.Node{org("Scientology"), {ID: "act_other", Kind: graph.KindActor, Label: "Scientology", Type: string(graph.Organization)}},
			org("Church of Scientology", "Scientology"), ""},
		{"a stored person of that name is another actor",
			[]graph.Node{{ID: graph.ActorID("Oxford"), Kind: graph.KindActor, Label: "Oxford", Type: string(graph.Person)}},
			org("University of Oxford", "Oxford"), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := &graph.Batch{Nodes: []graph.Node{tc.batch}}
			merged, _, err := graph.Resolve(b, memIndex(tc.stored...))
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if len(merged) == 1 {
				got = merged[0].Label
				if merged[0].ID != tc.stored[0].ID {
					t.Errorf("merged into %s, want the stored actor %s", merged[0].ID, tc.stored[0].ID)
				}
			}
			if len(merged) > 1 || got != tc.want {
				t.Errorf("Resolve(%q) merged into %v, want %q", tc.batch.Label, merged, tc.want)
			}
		})
	}
}
