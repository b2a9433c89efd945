package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestTitledMention (titledMention in describedName): a nationality
// before a person's lower-case title ("banned former Spanish football
// federation president X") describes X, who is the target, not the
// country; a nationality before a plain person noun still stands for
// its country. Negated and planned twins.
func TestTitledMention(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"a nationality before a title and a name",
			"Chile plays Peru next week. FIFA banned former Chilean football federation president Marco Ruiz for three years.",
			"FIFA SANCTION Marco Ruiz", graph.Asserted, ""},
		{"not the country",
			"Chile plays Peru next week. FIFA banned former Chilean football federation president Marco Ruiz for three years.",
			"", "", "FIFA SANCTION Chile"},
		{"a plain person noun stands for its country",
			"Russia protested on Monday. Norway expelled a Russian diplomat.",
			"Norway SANCTION Russia", graph.Asserted, ""},
		{"negated twin",
			"Chile plays Peru next week. FIFA did not ban Chilean federation president Marco Ruiz.",
			"FIFA SANCTION Marco Ruiz", graph.Negated, ""},
		{"planned twin",
			"Chile plays Peru next week. FIFA will ban former Chilean football federation president Marco Ruiz next month.",
			"", "", "FIFA SANCTION Chile"},
	})
}
