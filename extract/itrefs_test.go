package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestItReported (pronoun:it-reported): the "it" of a clause a body
// reports about itself is that body, an owner's body past its owner; a
// person's "it" and an "it" of no action stay no one.
func TestItReported(t *testing.T) {
	runModalCases(t, []modalCase{
		{"a country said it had cooperated",
			"Estonia said it had cooperated with Latvia on the inquiry.",
			map[string]graph.Modality{"Estonia COOPERATE Latvia": graph.Asserted}, nil, nil},
		{"a ministry past its owner, on a list",
			"Slovakia's Economy Ministry said on Monday that it had placed Dravec Holdings on its export blacklist.",
			map[string]graph.Modality{"Slovak Economy Ministry SANCTION Dravec Holdings": graph.Asserted},
			[]string{"Slovakia SANCTION Dravec Holdings"}, nil},
		{"granted asylum",
			"Ecuador's Foreign Ministry said it had granted Paulo Serrano asylum.",
			map[string]graph.Modality{"Ecuadorian Foreign Ministry AID Paulo Serrano": graph.Asserted}, nil, nil},
		{"a progressive after was",
			"Lithuania said it was cooperating with Poland on the smuggling case.",
			map[string]graph.Modality{"Lithuania COOPERATE Poland": graph.Asserted}, nil, nil},
		{"a person's it is a thing's",
			"Marta Kowalski said it would hurt Poland.",
			nil, []string{"Marta Kowalski ACCUSE Poland"}, nil},
		{"an it of no action",
			"Estonia said it was unclear whether Latvia would agree.",
			nil, []string{"Estonia AGREE Latvia"}, nil},
		{"negated twin",
			"Estonia said it had not cooperated with Latvia on the inquiry.",
			map[string]graph.Modality{"Estonia COOPERATE Latvia": graph.Negated}, nil, nil},
		{"future twin of the list",
			"Slovakia's Economy Ministry said it will place Dravec Holdings on its export blacklist next week.",
			nil, nil, []string{"Slovak Economy Ministry SANCTION Dravec Holdings"}},
	})
}

// TestItObject (pronoun:it-object): the object "it" of an accusation or
// a demand with its complement is the body named before it in its
// sentence that is not the subject, else the body the sentence before
// was about; a bare "criticised it" is a thing's.
func TestItObject(t *testing.T) {
	runModalCases(t, []modalCase{
		{"accused it of, the body in the sentence",
			"Anna Berg said the Tax Agency had ignored her letters and accused it of hiding the figures.",
			map[string]graph.Modality{"Anna Berg ACCUSE Tax Agency": graph.Asserted}, nil, nil},
		{"urged it to, the body of the sentence before",
			"The Baltic Rail Company raised fares again on Monday. Lithuania urged it to reverse the increase.",
			map[string]graph.Modality{"Lithuania REQUEST Baltic Rail Company": graph.Asserted}, nil, nil},
		{"a bare it is a thing",
			"Denmark backed the plan, while Tomas Lind criticised it.",
			nil, []string{"Tomas Lind ACCUSE Denmark"}, nil},
		{"never the subject itself",
			"Finland thanked the donors and urged it to do more.",
			nil, []string{"Finland REQUEST Finland"}, nil},
		{"negated twin",
			"The Baltic Rail Company raised fares again on Monday. Lithuania did not accuse it of breaking the law.",
			map[string]graph.Modality{"Lithuania ACCUSE Baltic Rail Company": graph.Negated}, nil, nil},
		{"future twin",
			"The Baltic Rail Company raised fares again on Monday. Lithuania will urge it to reverse the increase.",
			map[string]graph.Modality{"Lithuania REQUEST Baltic Rail Company": graph.Planned}, nil, nil},
	})
}

// TestTieNouns (parse: tie noun): a noun of a standing tie said of a
// body, in an apposition or after "be", relates it to the body after
// "of" or to its possessor.
func TestTieNouns(t *testing.T) {
	runModalCases(t, []modalCase{
		{"a treaty ally in an apposition",
			"Estonia, a treaty ally of Finland, condemned the incursion on Monday.",
			map[string]graph.Modality{"Estonia COOPERATE Finland": graph.Asserted}, nil, nil},
		{"a possessor's partner",
			"Uruguay, Paraguay's partner in the customs union, stayed out of the dispute.",
			map[string]graph.Modality{"Uruguay COOPERATE Paraguay": graph.Asserted}, nil, nil},
		{"after be",
			"Latvia is a close ally of Lithuania.",
			map[string]graph.Modality{"Latvia COOPERATE Lithuania": graph.Asserted}, nil, nil},
		{"a partner at a place is none",
			"Carla Mendes, a partner at the law firm, declined to comment.",
			nil, []string{"Carla Mendes COOPERATE law firm"}, nil},
		{"negated twin",
			"Latvia is not an ally of Belarus.",
			map[string]graph.Modality{"Latvia COOPERATE Belarus": graph.Negated}, nil, nil},
		{"future twin",
			"Latvia will be an ally of Moldova.",
			nil, nil, []string{"Latvia COOPERATE Moldova"}},
	})
}

// TestWorkFightPledge: "worked with X" is cooperation, "fought X"
// force, "pledged money to X" aid (lexicon/interactions.tsv,
// lexicon/material.tsv).
func TestWorkFightPledge(t *testing.T) {
	runModalCases(t, []modalCase{
		{"worked with",
			"The Danish police worked with Europol on the fraud case.",
			map[string]graph.Modality{"Danish police COOPERATE Europol": graph.Asserted}, nil, nil},
		{"fought an armed group",
			"The Malian army fought the Azawad Liberation Front for two days.",
			map[string]graph.Modality{"Mali ASSAULT Azawad Liberation Front": graph.Asserted}, nil, nil},
		{"pledged money",
			"Finland pledged $4 million to Moldova last year.",
			map[string]graph.Modality{"Finland AID Moldova": graph.Asserted}, nil, nil},
		{"pledged to do is no aid",
			"Finland pledged to help Moldova.",
			nil, nil, []string{"Finland AID Moldova"}},
		{"negated twins",
			"The Danish police did not work with Europol. The Malian army never fought the Azawad Liberation Front. Finland did not pledge any money to Moldova.",
			map[string]graph.Modality{"Danish police COOPERATE Europol": graph.Negated, "Mali ASSAULT Azawad Liberation Front": graph.Negated, "Finland AID Moldova": graph.Negated}, nil, nil},
		{"future twins",
			"The Danish police will work with Europol. The Malian army will fight the Azawad Liberation Front. Finland will pledge $4 million to Moldova.",
			nil, nil, []string{"Danish police COOPERATE Europol", "Mali ASSAULT Azawad Liberation Front", "Finland AID Moldova"}},
	})
}

// TestNameAsAdverb (nameAsAdverb, parse.go): a country's name the
// tagger reads as an adverb opening its clause ("Norway", "Italy") is
// its verb's subject.
func TestNameAsAdverb(t *testing.T) {
	runModalCases(t, []modalCase{
		{"recalled an envoy",
			"Norway recalled its ambassador from Sudan on Tuesday.",
			map[string]graph.Modality{"Norway SANCTION Sudan": graph.Asserted}, nil, nil},
		{"summoned a diplomat after a time phrase",
			"Italy on Monday summoned the French ambassador.",
			map[string]graph.Modality{"Italy ACCUSE France": graph.Asserted}, nil, nil},
		{"negated twin",
			"Norway did not recall its ambassador from Sudan.",
			map[string]graph.Modality{"Norway SANCTION Sudan": graph.Negated}, nil, nil},
		{"future twin",
			"Norway will recall its ambassador from Sudan next week.",
			nil, nil, []string{"Norway SANCTION Sudan"}},
	})
}

// TestAppealToCourt (appealToCourt): an appeal to a court is a step of
// a lawsuit, no request of the court; an appeal to a country for help is
// one.
func TestAppealToCourt(t *testing.T) {
	runModalCases(t, []modalCase{
		{"a company appeals to a court",
			"Halden Foods said it had appealed to the Supreme Court of Norway.",
			nil, []string{"Halden Foods REQUEST Supreme Court of Norway"}, nil},
		{"a country appeals to another for help",
			"Tonga appealed to Australia for help after the cyclone.",
			map[string]graph.Modality{"Tonga REQUEST Australia": graph.Asserted}, nil, nil},
		{"negated twin",
			"Tonga did not appeal to Australia for help after the cyclone.",
			map[string]graph.Modality{"Tonga REQUEST Australia": graph.Negated}, nil, nil},
	})
}
