package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// TestExplainedRelationsAreStored: every interaction explain shows with
// an edge ID is that edge of the batch, with the same two ends, so that
// a user who reads "A -AGREE-> B" finds it in the graph. "Our deals
// with X", said by a head of government, is stored as their country's
// (rel.ours): explain must say so rather than show the person.
func TestExplainedRelationsAreStored(t *testing.T) {
	texts := map[string]string{
		"ours": "Estonian Prime Minister Kadri Saar spoke in parliament on Wednesday. " +
			"\"Our agreements with Latvia and Finland are already paying off for our farmers,\" Saar said.",
		"we": "Portuguese Foreign Minister Tiago Moura met reporters in Lisbon. " +
			"\"We signed a fisheries pact with Morocco last year,\" Moura said.",
	}
	for _, name := range []string{"000_97bc9f889c20d96a", "001_55f1ef8c2f5c4a1c"} {
		if b, err := os.ReadFile(filepath.Join("..", "seeds", name+".txt")); err == nil {
			texts[name] = string(b)
		}
	}
	speaksFor := map[string]string{"ours": "Estonia", "we": "Portugal"}
	x := extract.New(extract.Options{})
	for name, text := range texts {
		b, ex := explainText(t, x, name, text)
		edges := map[graph.ID]graph.Edge{}
		for _, e := range b.Edges {
			edges[e.ID] = e
		}
		for _, r := range ex.Relations {
			if c := speaksFor[name]; c != "" && r.Source.Label != c {
				t.Errorf("%s: explained %s -%s-> %s; the graph has it as %s's", name, r.Source.Label, r.Class, r.Target.Label, c)
			}
			if r.Edge == "" {
				continue
			}
			e, ok := edges[r.Edge]
			if !ok {
				t.Errorf("%s: explained %s -%s-> %s as edge %s, which is not in the batch", name, r.Source.Label, r.Class, r.Target.Label, r.Edge)
				continue
			}
			same := e.Source == r.Source.ID && e.Target == r.Target.ID
			if graph.EdgeClass(r.Class).Symmetric() {
				same = same || e.Source == r.Target.ID && e.Target == r.Source.ID
			}
			if !same {
				t.Errorf("%s: explained %s -%s-> %s, but edge %s runs %s -> %s", name, r.Source.ID, r.Class, r.Target.ID, r.Edge, e.Source, e.Target)
			}
		}
	}
}
