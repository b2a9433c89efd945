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

// TestGiftAtRequest: a gift with no recipient named goes to whoever
// asked for it (requestingRecipients), with a negated twin; a named
// recipient keeps it.
func TestGiftAtRequest(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"at the request of", "Hungary sent 40 tonnes of medicine on Friday at the request of the Serbian government.",
			"Hungary AID Serbia", graph.Asserted, ""},
		{"at X's request", "Ghana sent 300 tonnes of rice at Liberia's request. Liberia's president thanked the soldiers on Monday.",
			"Ghana AID Liberia", graph.Asserted, ""},
		{"and the request", "Ghana sent 300 tonnes of rice at Liberia's request. Liberia's president thanked the soldiers on Monday.",
			"Liberia REQUEST Ghana", graph.Asserted, ""},
		{"negated twin", "Hungary did not send any medicine at the request of the Serbian government.",
			"Hungary AID Serbia", graph.Negated, ""},
		{"a named recipient keeps the gift", "Hungary sent 40 tonnes of medicine to Bosnia at the request of the European Union.",
			"Hungary AID Bosnia and Herzegovina", graph.Asserted, "Hungary AID European Union"},
	})
}
