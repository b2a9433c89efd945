package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestTalksAfterVerb (parse: talks after the verb, afterTalksArgs): the
// subject of a verb followed by "after", "following" or "during" and a
// talk noun with a partner after "with" consulted that partner; a
// passive with no actor for a subject, or "at a meeting" after the
// verb, reads nothing.
func TestTalksAfterVerb(t *testing.T) {
	runModalCases(t, []modalCase{
		{"after months of negotiations with",
			"Kenya secured a larger quota last year after months of negotiations with Tanzania.",
			map[string]graph.Modality{"Kenya CONSULT Tanzania": graph.Asserted}, nil, nil},
		{"during a call with",
			"Turkey said during a call with Greece that it would extend the truce.",
			map[string]graph.Modality{"Turkey CONSULT Greece": graph.Asserted}, nil, nil},
		{"told reporters after a meeting with a person",
			"Foreign Minister Ana Costa told reporters after a meeting with Jorge Almeida that the border would reopen.",
			map[string]graph.Modality{"Ana Costa CONSULT Jorge Almeida": graph.Asserted}, nil, nil},
		{"passive with a thing for subject: nothing",
			"The plan was announced after talks with Germany.",
			nil, []string{"Germany CONSULT Germany"}, nil},
		{"planned: not asserted",
			"Chile will sign the accord after talks with Peru.",
			nil, nil, []string{"Chile CONSULT Peru"}},
	})
}
