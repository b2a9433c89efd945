package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestWhatItCalled (rel.what-called): the object of "condemned what he
// called "…" by X" is X, who did the act named; the relative's own
// subject is no target and its "called" no telephone call.
func TestWhatItCalled(t *testing.T) {
	runModalCases(t, []modalCase{
		{"an act named, its agent after by",
			"Foreign Ministry spokesman Li Wei condemned what he called \"an act of piracy\" by Canada.",
			map[string]graph.Modality{"Li Wei ACCUSE Canada": graph.Asserted}, nil, nil},
		{"described as, a possessor",
			"Anna Berg denounced what she described as Norway's \"betrayal\" of its allies.",
			map[string]graph.Modality{"Anna Berg ACCUSE Norway": graph.Asserted}, nil, nil},
		{"the relative's subject is no target",
			"Kenji Sato met Lena Holm in Oslo. Sato later criticised what Holm called a fair deal.",
			map[string]graph.Modality{"Kenji Sato CONSULT Lena Holm": graph.Asserted},
			[]string{"Kenji Sato ACCUSE Lena Holm"}, nil},
		{"no call inside the relative",
			"Mette Dahl said Sweden would not accept what she called Finland's \"ultimatum\".",
			nil, []string{"Sweden CONSULT Finland", "Mette Dahl CONSULT Finland"}, nil},
		{"negated twin",
			"Foreign Ministry spokesman Li Wei did not condemn what he called \"an act of piracy\" by Canada.",
			map[string]graph.Modality{"Li Wei ACCUSE Canada": graph.Negated}, nil, nil},
		{"future twin",
			"Foreign Ministry spokesman Li Wei will condemn what he calls \"an act of piracy\" by Canada at the summit.",
			nil, []string{"Li Wei CONSULT Canada"}, []string{"Li Wei ACCUSE Canada"}},
	})
}

// TestCalledActOfActor (rel.called-naming): "called the Finnish
// measures "unfair"" judges Finland's measures and phones no one, as
// "called Finland's measures unfair" does; a call to a person stays one.
func TestCalledActOfActor(t *testing.T) {
	runModalCases(t, []modalCase{
		{"a demonym before an act noun",
			"Finland imposed new measures in May. Trade Minister Ola Berg called the Finnish measures \"unfair\" on Tuesday.",
			nil, []string{"Ola Berg CONSULT Finland"}, nil},
		{"a country's short form before an act noun",
			"Trade Minister Ola Berg called the U.S. tariffs a mistake.",
			nil, []string{"Ola Berg CONSULT United States"}, nil},
		{"a call stays a call",
			"Trade Minister Ola Berg called Mette Dahl on Tuesday.",
			map[string]graph.Modality{"Ola Berg CONSULT Mette Dahl": graph.Asserted}, nil, nil},
	})
}

// TestParticipleOwnsBy (rel.reduced-passive): a "by" right after another
// participle ("the militia led by X") is that participle's agent, not
// the by-agent of a trigger before it.
func TestParticipleOwnsBy(t *testing.T) {
	runModalCases(t, []modalCase{
		{"led by, inside the object",
			"Amnesty International called on Colombia and the militia led by Juan Perez to free the hostages.",
			map[string]graph.Modality{"Amnesty International REQUEST Colombia": graph.Asserted},
			[]string{"Juan Perez REQUEST Colombia"}, nil},
		{"founded by, inside the object",
			"Oxfam appealed to Kenya and the charity founded by Amina Otieno to reopen the camps.",
			map[string]graph.Modality{"Oxfam REQUEST Kenya": graph.Asserted},
			[]string{"Amina Otieno REQUEST Kenya"}, nil},
		{"negated twin",
			"Amnesty International has not called on Colombia and the militia led by Juan Perez to free the hostages.",
			nil, []string{"Juan Perez REQUEST Colombia"}, []string{"Amnesty International REQUEST Colombia"}},
		{"future twin",
			"Amnesty International will call on Colombia and the militia led by Juan Perez to free the hostages.",
			nil, []string{"Juan Perez REQUEST Colombia"}, []string{"Amnesty International REQUEST Colombia"}},
	})
}

// TestLongNamesWithParticles (mention.name, lowerParticles): a person's
// name of four capitalised words and a lower-case particle is a name
// like a shorter one, as the object of an interaction and after a
// title; five capitalised words with no particle still make no person.
func TestLongNamesWithParticles(t *testing.T) {
	runModalCases(t, []modalCase{
		{"four words and da, after with",
			"Hans Berg spoke with Maria Clara Lopes da Silva on Friday.",
			map[string]graph.Modality{"Hans Berg CONSULT Maria Clara Lopes da Silva": graph.Asserted}, nil, nil},
		{"four words and bin, after a title",
			"Prime Minister Hans Berg met Emir Tamim bin Hamad Al Thani in Doha.",
			map[string]graph.Modality{"Hans Berg CONSULT Tamim bin Hamad Al Thani": graph.Asserted}, nil, nil},
		{"a known leader's full name",
			"Chancellor Ute Lange spoke by phone with Brazilian President Luiz Inacio Lula da Silva on Friday.",
			map[string]graph.Modality{"Ute Lange CONSULT Luiz Inacio Lula da Silva": graph.Asserted},
			[]string{"Ute Lange CONSULT Brazil"}, nil},
		{"negated twin",
			"Hans Berg did not speak with Maria Clara Lopes da Silva on Friday.",
			map[string]graph.Modality{"Hans Berg CONSULT Maria Clara Lopes da Silva": graph.Negated}, nil, nil},
		{"future twin",
			"Hans Berg will meet Maria Clara Lopes da Silva on Friday.",
			map[string]graph.Modality{"Hans Berg CONSULT Maria Clara Lopes da Silva": graph.Planned}, nil, nil},
	})
}
