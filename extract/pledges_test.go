package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestPledgedToResponse: "pledged $X to Y's response" is aid to Y,
// also when the parser hangs the recipient on the verb of saying after
// the clause (hoistedRecipients); a pledged contribution is aid
// (lexicon/material.tsv); with a negated twin.
func TestPledgedToResponse(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"respectively to Y's response, X said", "Canada and Australia have pledged $6 million and $4 million respectively to Haiti's response, the health ministry said.",
			"Australia AID Haiti", graph.Asserted, ""},
		{"first giver too", "Canada and Australia have pledged $6 million and $4 million respectively to Haiti's response, the health ministry said.",
			"Canada AID Haiti", graph.Asserted, ""},
		{"to Y, X said", "Ireland pledged 4 million euros to Sudan, the agency said.",
			"Ireland AID Sudan", graph.Asserted, ""},
		{"contributions", "Austria and Belgium pledged new contributions to UNICEF for the vaccine campaign.",
			"Belgium AID UNICEF", graph.Asserted, ""},
		{"negated twin", "Norway has not pledged any money to Chad's response, the ministry said.",
			"Norway AID Chad", graph.Negated, ""},
		{"a phrase after the comma is the speaker's", "Norway pledged $3 million, the ministry said to Chad's envoy.",
			"", "", "Norway AID Chad"},
	})
}
