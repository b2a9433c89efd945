package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestImpliedAidRecipient (rule "aid to the recipient named before",
// impliedRecipientArgs, impliedAid): in a run of pledges the recipient
// named once, by a gift's purpose or "to" phrase or by an aid edge,
// receives the gifts of money or aid of the next two sentences that
// name none; farther, without such a sentence, to its own giver, or for
// a thing that is no money or aid, none.
func TestImpliedAidRecipient(t *testing.T) {
	const lead = "Donors pledged $900 million on Monday to help Haiti rebuild after the hurricane. "
	runModalCases(t, []modalCase{
		{"pledges listed after the lead",
			lead + "Canada pledged $120 million, and Brazil promised 40 million euros for schools.",
			map[string]graph.Modality{"Canada AID Haiti": graph.Asserted, "Brazil AID Haiti": graph.Asserted}, nil, nil},
		{"the largest pledge",
			lead + "The Asian Development Bank made the largest pledge, $300 million in cheap loans.",
			map[string]graph.Modality{"Asian Development Bank AID Haiti": graph.Asserted}, nil, nil},
		{"a gift in a relative clause after an aid edge",
			"Mexico sent 200 tonnes of food to Haiti. Germany, which gave $30 million in emergency aid in May, made no new pledge.",
			map[string]graph.Modality{"Mexico AID Haiti": graph.Asserted, "Germany AID Haiti": graph.Asserted}, nil, nil},
		{"lending announced after a pledge",
			"Japan pledged $50 million to Laos on Friday. The Asian Development Bank said it would lend $80 million.",
			map[string]graph.Modality{"Asian Development Bank AID Laos": graph.Planned}, nil, nil},
		{"a purpose names the recipient",
			"Norway pledged $40 million to help Malawi rebuild its clinics.",
			map[string]graph.Modality{"Norway AID Malawi": graph.Asserted}, nil, nil},
		{"too far from the recipient",
			lead + "The storm killed 300 people. Roads were cut. Schools were closed for a month. Canada pledged $120 million.",
			nil, []string{"Canada AID Haiti"}, nil},
		{"no recipient before",
			"Canada pledged $120 million for the new stadium in Toronto.",
			nil, []string{"Canada AID Haiti"}, nil},
		{"the recipient gives nothing to itself",
			lead + "Haiti pledged $5 million of its own.",
			nil, []string{"Haiti AID Haiti"}, nil},
		{"a promise of no money",
			lead + "Canada promised an answer within a week.",
			nil, []string{"Canada AID Haiti"}, nil},
		{"a recipient of its own",
			lead + "Canada pledged $120 million to Jamaica.",
			map[string]graph.Modality{"Canada AID Jamaica": graph.Asserted}, []string{"Canada AID Haiti"}, nil},
	})
}

// TestImpliedAidRecipientEvidence: the carried recipient is recorded in
// the evidence as resolved, with the gift's words, the rule and the
// mention that named it before.
func TestImpliedAidRecipientEvidence(t *testing.T) {
	text := "Donors pledged $900 million on Monday to help Haiti rebuild after the hurricane. Canada pledged $120 million."
	b, names := extractNamed(t, text)
	for _, e := range b.Edges {
		if e.Class != graph.Aid || names[e.Source] != "Canada" || names[e.Target] != "Haiti" {
			continue
		}
		if len(e.Evidence) != 1 || len(e.Evidence[0].Resolved) != 1 {
			t.Fatalf("evidence %+v, want one piece with one resolution", e.Evidence)
		}
		res := e.Evidence[0].Resolved[0]
		if res.Rule != ruleImpliedRecipient || res.Mention != "$120 million" || res.Antecedent != "Haiti" || text[res.AntecedentStart:res.AntecedentEnd] != "Haiti" || text[res.Start:res.End] != "$120 million" {
			t.Errorf("resolution %+v, want %s of \"$120 million\" to Haiti", res, ruleImpliedRecipient)
		}
		return
	}
	t.Fatalf("no Canada AID Haiti in %v", b.Edges)
}
