package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// The sentences below are invented; each table has sentences where its
// rule must fire, where it must not, and negated and future twins.

// TestDiplomaticProtest: "lodged a protest with X", "protested to X"
// are blame addressed to X (parse: slot class, rel.protested-to); a
// protest against X stays a protest.
func TestDiplomaticProtest(t *testing.T) {
	runModalCases(t, []modalCase{
		{"lodged a protest with",
			"Japan lodged a formal protest with China over the incursion.",
			map[string]graph.Modality{"Japan ACCUSE China": graph.Asserted}, []string{"Japan PROTEST China"}, nil},
		{"filed a diplomatic protest with",
			"South Korea filed a diplomatic protest with Japan.",
			map[string]graph.Modality{"South Korea ACCUSE Japan": graph.Asserted}, nil, nil},
		{"sent a protest note to",
			"Vietnam sent a protest note to China.",
			map[string]graph.Modality{"Vietnam ACCUSE China": graph.Asserted}, []string{"Vietnam AID China"}, nil},
		{"protested to",
			"Greece protested to Turkey over the violation of its airspace.",
			map[string]graph.Modality{"Greece ACCUSE Turkey": graph.Asserted}, []string{"Greece PROTEST Turkey"}, nil},
		{"a protest against is no blame",
			"Thousands of Serbian farmers protested against the European Union in Belgrade.",
			nil, []string{"Serbian farmers ACCUSE European Union", "Serbia ACCUSE European Union"}, nil},
		{"summoned an ambassador",
			"Poland summoned Belarus's ambassador on Friday.",
			map[string]graph.Modality{"Poland ACCUSE Belarus": graph.Asserted}, []string{"Poland CONSULT Belarus"}, nil},
		{"recalled an ambassador from",
			"Lithuania recalled its ambassador from China.",
			map[string]graph.Modality{"Lithuania SANCTION China": graph.Asserted}, []string{"Lithuania ACCUSE China"}, nil},
		{"a recall of no diplomat",
			"Toyota recalled its cars from Japan.",
			nil, []string{"Toyota SANCTION Japan"}, nil},
		{"summoning no diplomat stays a consultation",
			"The United States Senate summoned Mark Zuckerberg in April.",
			nil, []string{"United States Senate ACCUSE Mark Zuckerberg"}, nil},
		{"negated twin, kept as negated",
			"Japan did not lodge a protest with China.",
			map[string]graph.Modality{"Japan ACCUSE China": graph.Negated}, nil, nil},
		{"negated summons",
			"Poland did not summon Belarus's ambassador.",
			nil, nil, []string{"Poland ACCUSE Belarus", "Poland CONSULT Belarus"}},
		{"future twin",
			"Peru will lodge a protest with Chile.",
			nil, nil, []string{"Peru ACCUSE Chile"}},
	})
}

// TestLegalActionFrames: "took X to court" (to-court), "launched
// proceedings against X at a court" (rel.launched-against).
func TestLegalActionFrames(t *testing.T) {
	runModalCases(t, []modalCase{
		{"took to court",
			"The European Commission took Hungary to court.",
			map[string]graph.Modality{"European Commission ACCUSE Hungary": graph.Asserted}, nil, nil},
		{"taken to court, passive",
			"Hungary was taken to court by the European Commission.",
			map[string]graph.Modality{"European Commission ACCUSE Hungary": graph.Asserted}, nil, nil},
		{"proceedings against, not the court",
			"Ukraine launched legal proceedings against Russia at the International Court of Justice.",
			map[string]graph.Modality{"Ukraine ACCUSE Russia": graph.Asserted}, []string{"Ukraine ACCUSE International Court of Justice"}, nil},
		{"took someone elsewhere",
			"Emmanuel Macron took Olaf Scholz to the opera.",
			nil, []string{"Emmanuel Macron ACCUSE Olaf Scholz"}, nil},
		{"negated twin",
			"The European Commission has not taken Hungary to court.",
			nil, nil, []string{"European Commission ACCUSE Hungary"}},
		{"future twin",
			"The European Commission will take Hungary to court next year.",
			nil, nil, []string{"European Commission ACCUSE Hungary"}},
	})
}

// TestDesignations: "designated X a terrorist organisation"
// (designated), "placed X on its blacklist" (on-list), "froze assets
// belonging to X" (sanction on a proxy).
func TestDesignations(t *testing.T) {
	runModalCases(t, []modalCase{
		{"designated a terrorist organisation",
			"The United States designated the Houthis a terrorist organisation.",
			map[string]graph.Modality{"United States SANCTION Houthis": graph.Asserted}, nil, nil},
		{"designated as",
			"Canada designated the Revolutionary Guards as a terrorist entity.",
			map[string]graph.Modality{"Canada SANCTION Revolutionary Guards": graph.Asserted}, nil, nil},
		{"listed as",
			"Australia listed Hamas as a terrorist organisation.",
			map[string]graph.Modality{"Australia SANCTION Hamas": graph.Asserted}, nil, nil},
		{"designated, passive",
			"Hamas was designated a terrorist organisation by Australia.",
			map[string]graph.Modality{"Australia SANCTION Hamas": graph.Asserted}, nil, nil},
		{"a designation that is no sanction",
			"The committee designated Norway the host of the next summit.",
			nil, []string{"committee SANCTION Norway"}, nil},
		{"placed on a blacklist",
			"The European Union placed the Wagner Group on its blacklist.",
			map[string]graph.Modality{"European Union SANCTION Wagner Group": graph.Asserted}, nil, nil},
		{"added to an entity list",
			"The United States added Huawei to its entity list.",
			map[string]graph.Modality{"United States SANCTION Huawei": graph.Asserted}, nil, nil},
		{"a list that is no sanction",
			"The European Union added Croatia to the list of euro members.",
			nil, []string{"European Union SANCTION Croatia"}, nil},
		{"assets belonging to",
			"Switzerland froze assets belonging to Gazprom.",
			map[string]graph.Modality{"Switzerland SANCTION Gazprom": graph.Asserted}, nil, nil},
		{"seized the assets of",
			"Switzerland seized the assets of Gazprom.",
			map[string]graph.Modality{"Switzerland SANCTION Gazprom": graph.Asserted}, nil, nil},
		{"negated twin",
			"The United Kingdom has not designated Hezbollah a terrorist group.",
			nil, nil, []string{"United Kingdom SANCTION Hezbollah"}},
		{"hypothetical twin",
			"The European Union could place the Wagner Group on its blacklist.",
			nil, nil, []string{"European Union SANCTION Wagner Group"}},
		{"future twin",
			"The United States will add Huawei to its entity list.",
			nil, nil, []string{"United States SANCTION Huawei"}},
	})
}

// TestInvitations: "invited X to …" proposes a meeting: kept as
// demanded, out of the default graph.
func TestInvitations(t *testing.T) {
	runModalCases(t, []modalCase{
		{"invited to a summit",
			"France invited India to the summit in Paris.",
			map[string]graph.Modality{"France CONSULT India": graph.Demanded}, nil, nil},
		{"invited, passive",
			"Volodymyr Zelensky was invited to Washington by Joe Biden.",
			map[string]graph.Modality{"Joe Biden CONSULT Volodymyr Zelensky": graph.Demanded}, nil, nil},
		{"negated twin",
			"Spain did not invite Morocco to the conference.",
			nil, nil, []string{"Spain CONSULT Morocco"}},
		{"future twin",
			"Donald Trump will invite Kim Jong Un to Washington.",
			nil, nil, []string{"Donald Trump CONSULT Kim Jong Un"}},
	})
}

// TestMessageNotAid (rel.message-not-aid): a letter or note delivered
// is no aid; food delivered is.
func TestMessageNotAid(t *testing.T) {
	runModalCases(t, []modalCase{
		{"a letter",
			"Mexico delivered a letter to the United States.",
			nil, []string{"Mexico AID United States"}, nil},
		{"a note of protest",
			"Mexico delivered a diplomatic note of protest to the United States.",
			nil, []string{"Mexico AID United States"}, nil},
		{"food is aid",
			"Mexico delivered food to Haiti.",
			map[string]graph.Modality{"Mexico AID Haiti": graph.Asserted}, nil, nil},
	})
}

// TestReceivedFromNoActor (material.received-from): funding received
// by something that is no actor credits no one; received by an actor,
// it is the giver's aid.
func TestReceivedFromNoActor(t *testing.T) {
	runModalCases(t, []modalCase{
		{"a charity that is no actor",
			"John Smith met Mary Jones in London. The charity received funding from the Gates Foundation.",
			nil, []string{"Gates Foundation AID Mary Jones", "Mary Jones AID Gates Foundation", "Gates Foundation AID John Smith"}, nil},
		{"in a reported clause",
			"John Smith met Mary Jones in London. Jones said the charity received funding from the Gates Foundation.",
			nil, []string{"Gates Foundation AID Mary Jones", "Mary Jones AID Gates Foundation"}, nil},
		{"a relative clause with a pronoun",
			"John Smith met Mary Jones in London. The charity she founded received funding from the Gates Foundation.",
			nil, []string{"Gates Foundation AID Mary Jones"}, nil},
		{"coordinated givers",
			"Norway praised the Red Cross. The researchers, who work in Oslo, received funding from Sweden and Denmark.",
			nil, []string{"Sweden AID Denmark", "Denmark AID Sweden"}, nil},
		{"an actor receives",
			"Ghana received funding from the World Bank.",
			map[string]graph.Modality{"World Bank AID Ghana": graph.Asserted}, nil, nil},
		{"negated twin",
			"Ghana did not receive funding from the World Bank.",
			nil, nil, []string{"World Bank AID Ghana"}},
	})
}

// TestParseTriggerModality (modality rule "parse clause"): a trigger the
// parse reads under a modal, a negation or a verb of wanting, asking or
// refusing keeps that modality, never asserted; one it reads as planned
// is left to the surface reading ("will meet" planned).
func TestParseTriggerModality(t *testing.T) {
	runModalCases(t, []modalCase{
		{"refused to meet",
			"Hungary refused to meet Ukraine.",
			nil, nil, []string{"Hungary CONSULT Ukraine"}},
		{"called on to sanction",
			"Poland called on the European Union to sanction Belarus.",
			map[string]graph.Modality{"Poland REQUEST European Union": graph.Asserted}, nil, []string{"European Union SANCTION Belarus"}},
		{"could sanction",
			"The European Union could sanction Belarus over the crackdown.",
			nil, nil, []string{"European Union SANCTION Belarus"}},
		{"will meet",
			"Germany will meet Poland next week.",
			map[string]graph.Modality{"Germany CONSULT Poland": graph.Planned}, nil, nil},
		{"expected to",
			"Canada is expected to sanction Russia.",
			nil, nil, []string{"Canada SANCTION Russia"}},
		{"wants to fund",
			"Italy wants to fund Tunisia.",
			nil, nil, []string{"Italy AID Tunisia"}},
		{"threatened to sanction",
			"The United Kingdom threatened to sanction Iran.",
			map[string]graph.Modality{"United Kingdom THREATEN Iran": graph.Asserted}, nil, []string{"United Kingdom SANCTION Iran"}},
		{"hopes to sign",
			"Chile hopes to sign a deal with Peru.",
			nil, nil, []string{"Chile AGREE Peru"}},
		{"plans to take to court",
			"The European Commission plans to take Hungary to court.",
			nil, nil, []string{"European Commission ACCUSE Hungary"}},
		{"asserted twin",
			"Hungary met Ukraine in Budapest.",
			map[string]graph.Modality{"Hungary CONSULT Ukraine": graph.Asserted}, nil, nil},
	})
}

// TestUndoneEventNoun (modality rule "undone"): an event noun whose
// clause goes on to say it was called off is negated; one that took
// place, or was only postponed in a clause of its own, stays asserted.
func TestUndoneEventNoun(t *testing.T) {
	runModalCases(t, []modalCase{
		{"cancelled",
			"A meeting between Egypt and Israel was cancelled.",
			map[string]graph.Modality{"Egypt CONSULT Israel": graph.Negated}, nil, nil},
		{"called off",
			"Talks between Egypt and Israel were called off on Monday.",
			nil, nil, []string{"Egypt CONSULT Israel"}},
		{"held",
			"Talks between Egypt and Israel ended on Monday.",
			map[string]graph.Modality{"Egypt CONSULT Israel": graph.Asserted}, nil, nil},
		{"postponed in a clause of its own",
			"A meeting between Egypt and Israel, which had been postponed twice, took place in Cairo.",
			map[string]graph.Modality{"Egypt CONSULT Israel": graph.Asserted}, nil, nil},
	})
}
