package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestBlameForHarm (parse: accusation in reported speech with
// lexicon/blame.tsv's responsible, accountable, behind and
// lexicon/harm_nouns.txt; rule "held responsible"; claim against): a
// speaker who says another was responsible for a harm, or behind it,
// accuses them; so does one who holds another responsible for a harm or
// files a claim against them. Responsibility for anything else, a denial
// and a speaker's own responsibility accuse no one.
func TestBlameForHarm(t *testing.T) {
	runModalCases(t, []modalCase{
		{"said Y was responsible for the attack",
			"Chile said Bolivia was responsible for the attack on the convoy.",
			map[string]graph.Modality{"Chile ACCUSE Bolivia": graph.Asserted}, nil, nil},
		{"said Y was behind the bombing",
			"Ecuador's interior minister, Jaime Paredes, said Colombia was behind the bombing.",
			map[string]graph.Modality{"Jaime Paredes ACCUSE Colombia": graph.Asserted}, nil, nil},
		{"claimed Y was responsible for the deaths",
			"The Tigray People's Liberation Front claimed that Eritrea was responsible for the deaths of 40 civilians.",
			map[string]graph.Modality{"Tigray People's Liberation Front ACCUSE Eritrea": graph.Asserted}, nil, nil},
		{"held Y responsible for the violence",
			"Serbia held Kosovo responsible for the violence in the north.",
			map[string]graph.Modality{"Serbia ACCUSE Kosovo": graph.Asserted}, nil, nil},
		{"holds Y accountable for the crash",
			"Ukraine holds Iran accountable for the downing of the airliner.",
			map[string]graph.Modality{"Ukraine ACCUSE Iran": graph.Asserted}, nil, nil},
		{"filed a claim against",
			"Kenya filed a claim against Tanzania at the International Court of Justice on Monday.",
			map[string]graph.Modality{"Kenya ACCUSE Tanzania": graph.Asserted}, nil, nil},
		{"responsible for security is no blame",
			"Peru said Chile was responsible for security at the border crossing.",
			nil, []string{"Peru ACCUSE Chile"}, nil},
		{"behind a project is no blame",
			"Norway said Denmark was behind the new research project.",
			nil, []string{"Norway ACCUSE Denmark"}, nil},
		{"a denial is no blame",
			"Pakistan denied that India was behind the bombing.",
			nil, []string{"Pakistan ACCUSE India"}, nil},
		{"held talks is no blame",
			"Serbia held talks with Kosovo on Monday.",
			map[string]graph.Modality{"Serbia CONSULT Kosovo": graph.Asserted}, []string{"Serbia ACCUSE Kosovo"}, nil},
		{"held responsible for the budget is no blame",
			"Italy held Malta responsible for the joint budget.",
			nil, []string{"Italy ACCUSE Malta"}, nil},
	})
}
