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

// TestSecondThatClause (slot ccomp, secondThatSubjects): a demand's
// second clause with its own "that" asks its subject too; a clause
// coordinated without "that" is left alone.
func TestSecondThatClause(t *testing.T) {
	runModalCases(t, []modalCase{
		{"resolution demanding that A … and that B …",
			"The Security Council adopted a resolution demanding that Ethiopia withdraw its forces from the border and that Eritrea release the prisoners.",
			map[string]graph.Modality{"UN Security Council REQUEST Ethiopia": graph.Asserted, "UN Security Council REQUEST Eritrea": graph.Asserted}, nil, nil},
		{"demanded that A … and that B …",
			"Germany demanded that Serbia recall its troops and that Kosovo reopen the crossings.",
			map[string]graph.Modality{"Germany REQUEST Serbia": graph.Asserted, "Germany REQUEST Kosovo": graph.Asserted}, nil, nil},
		{"second clause said, not demanded: nothing",
			"Germany demanded that Serbia recall its troops and said Kosovo had closed the crossings.",
			map[string]graph.Modality{"Germany REQUEST Serbia": graph.Asserted}, []string{"Germany REQUEST Kosovo"}, nil},
	})
}

// TestPortfolioBeforeTitle (lexicon/ministry_portfolios.txt): a
// portfolio of capitalised words before a title ("Crisis Management
// Commissioner", "Refugee Relief and Repatriation Commissioner") is
// inside the title, so the titled person acts, not the body before the
// portfolio nor the portfolio taken for a name; a body whose name ends
// in such a word keeps its own title ("Islamic Relief director X").
func TestPortfolioBeforeTitle(t *testing.T) {
	runModalCases(t, []modalCase{
		{"EU Crisis Management Commissioner X met Y",
			"EU Crisis Management Commissioner Anna Berg met Prime Minister Stavros Kalogeropoulos after the fire.",
			map[string]graph.Modality{"Anna Berg CONSULT Stavros Kalogeropoulos": graph.Asserted},
			[]string{"European Union CONSULT Stavros Kalogeropoulos"}, nil},
		{"Refugee Relief and Repatriation Commissioner X criticised Y",
			"Refugee Relief and Repatriation Commissioner Mahbub Alam Chowdhury criticised the UNHCR over the delays.",
			map[string]graph.Modality{"Mahbub Alam Chowdhury ACCUSE United Nations High Commissioner for Refugees": graph.Asserted}, nil, nil},
		{"a body named with Relief keeps its title",
			"Islamic Relief director Sara Khan met Prime Minister Stavros Kalogeropoulos in Athens.",
			map[string]graph.Modality{"Sara Khan CONSULT Stavros Kalogeropoulos": graph.Asserted}, nil, nil},
	})
	_, names := extractNamed(t, "EU Crisis Management Commissioner Anna Berg met Prime Minister Stavros Kalogeropoulos after the fire.")
	for _, n := range names {
		if n == "Crisis Management" {
			t.Errorf("the portfolio %q was taken for an actor", n)
		}
	}
}

// TestApposedSpeakerIt (pronoun:it-reported, apposedSpeakerBefore): the
// "it" after "said" is the name set off by commas right before the
// verb, not the first subject of the sentence; a person so named makes
// no such "it".
func TestApposedSpeakerIt(t *testing.T) {
	runModalCases(t, []modalCase{
		{"…, and X's agency, NAME, said it had flown food to Y",
			"The European Union released 2 million euros for the camps, and Turkey's disaster agency, AFAD, said it had flown 30 tonnes of food to Bangladesh.",
			map[string]graph.Modality{"AFAD AID Bangladesh": graph.Asserted}, []string{"European Union AID Bangladesh"}, nil},
		{"a person apposed: no organisation's it",
			"The World Bank approved the loan, and its director, Maria Lopez, said it had sent food to Haiti.",
			nil, []string{"Maria Lopez AID Haiti"}, nil},
	})
}

// TestPlannedRequestOfApposedName (commaEnclosedName, parse: verb
// subject and object): "X's association, NAME, said it … and would ask
// Y to …" is NAME's request of Y, planned (not asserted); a modal of
// mere possibility is no plan.
func TestPlannedRequestOfApposedName(t *testing.T) {
	runModalCases(t, []modalCase{
		{"an association, NAME, said it would ask",
			"A parents' association, Padres de Antofagasta, said it had filed a lawsuit against Farmacorp in a Santiago court and would ask the Senate to open an inquiry.",
			map[string]graph.Modality{"Padres de Antofagasta REQUEST Senate": graph.Planned}, nil, nil},
		{"said it would ask: planned",
			"Greenpeace said it would ask the European Commission to open an investigation.",
			map[string]graph.Modality{"Greenpeace REQUEST European Commission": graph.Planned}, nil, nil},
		{"could ask: no plan",
			"Greenpeace said it could ask the European Commission to open an investigation.",
			nil, nil, []string{"Greenpeace REQUEST European Commission"}},
	})
}
