package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestNamedAloneBeforeSplitsList (mention.organisation, orgListAnd,
// namedAloneBefore): a company written alone earlier in the article,
// then joined by "and" to a company's name, is a company of its own;
// with nothing named alone before, a two-part name stays whole.
func TestNamedAloneBeforeSplitsList(t *testing.T) {
	org := graph.Organization
	runActorCases(t, []actorCase{
		{"Medivar recalled the tablets on Monday. Families sued Medivar and Kestrel Pharma in a Lagos court.",
			map[string]graph.ActorType{"Medivar": org, "Kestrel Pharma": org}, []string{"Medivar and Kestrel Pharma"}},
		{"Talks with Ostrova collapsed in May. Union leaders met Ostrova and Baltic Star Resources on Friday.",
			map[string]graph.ActorType{"Baltic Star Resources": org}, []string{"Ostrova and Baltic Star Resources"}},
		{"Regulators fined Harlow and Finch Laboratories on Tuesday.",
			map[string]graph.ActorType{"Harlow and Finch Laboratories": org}, []string{"Finch Laboratories"}},
		{"Greta Harlow spoke first. Regulators fined Harlow and Finch Laboratories on Tuesday.",
			map[string]graph.ActorType{"Harlow and Finch Laboratories": org}, nil},
	})
}
