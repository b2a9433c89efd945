package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestSummonedCountries (parse: summoned diplomat): summoning a country's
// ambassador named in apposition is a protest to the country, not to
// the man; negated and planned twins keep their modality.
func TestSummonedCountries(t *testing.T) {
	runModalCases(t, []modalCase{
		{"possessed ambassador with a name in apposition",
			"Foreign Minister Anna Nowak summoned Belarus's ambassador, Ivan Petrov, on Friday.",
			map[string]graph.Modality{"Anna Nowak ACCUSE Belarus": graph.Asserted},
			[]string{"Anna Nowak ACCUSE Ivan Petrov", "Anna Nowak CONSULT Ivan Petrov"}, nil},
		{"a second possessed envoy with a name",
			"The Kenyan foreign ministry summoned Uganda's envoy, Moses Okello, after the raid.",
			map[string]graph.Modality{"Kenyan Foreign Ministry ACCUSE Uganda": graph.Asserted}, // nationalMinistry
			[]string{"Kenyan Foreign Ministry ACCUSE Moses Okello", "Kenya ACCUSE Uganda"}, nil},
		{"the posting's place is no country blamed",
			"Poland closed a border crossing on Monday. The Polish foreign ministry summoned Belarus's ambassador in Warsaw and handed him a note.",
			map[string]graph.Modality{"Polish Foreign Ministry ACCUSE Belarus": graph.Asserted},
			[]string{"Polish Foreign Ministry ACCUSE Poland"}, nil},
		{"negated twin",
			"Foreign Minister Anna Nowak did not summon Belarus's ambassador, Ivan Petrov, on Friday.",
			nil, []string{"Anna Nowak ACCUSE Ivan Petrov"}, []string{"Anna Nowak ACCUSE Belarus"}},
		{"planned twin",
			"Foreign Minister Anna Nowak will summon Belarus's ambassador, Ivan Petrov, on Friday.",
			nil, []string{"Anna Nowak ACCUSE Ivan Petrov"}, []string{"Anna Nowak ACCUSE Belarus"}},
	})
}

// TestSummonedNamedDiplomat (parse: summoned diplomat, diplomatWord): a diplomat
// summoned by name with the title before it ("summoned Danish
// Ambassador X") is a protest to the diplomat's country, as "summoned
// the Danish ambassador" is, not a meeting with the man; meeting him is
// still a meeting.
func TestSummonedNamedDiplomat(t *testing.T) {
	runModalCases(t, []modalCase{
		{"a titled diplomat named after the country",
			"Deputy Foreign Minister Lena Varga summoned Danish Ambassador Henrik Moller on Tuesday.",
			map[string]graph.Modality{"Lena Varga ACCUSE Denmark": graph.Asserted},
			[]string{"Lena Varga CONSULT Henrik Moller", "Lena Varga ACCUSE Henrik Moller"}, nil},
		{"a titled envoy of a country written with its abbreviation",
			"Foreign Minister Ilse Brandt summoned U.S. Envoy Mark Tanner over the leaks.",
			map[string]graph.Modality{"Ilse Brandt ACCUSE United States": graph.Asserted},
			[]string{"Ilse Brandt CONSULT Mark Tanner"}, nil},
		{"a titled diplomat met, not summoned",
			"Foreign Minister Anna Berg met Danish Ambassador Henrik Moller on Friday.",
			map[string]graph.Modality{"Anna Berg CONSULT Henrik Moller": graph.Asserted},
			[]string{"Anna Berg ACCUSE Denmark"}, nil},
		{"negated twin",
			"Deputy Foreign Minister Lena Varga did not summon Danish Ambassador Henrik Moller on Tuesday.",
			nil, nil, []string{"Lena Varga ACCUSE Denmark", "Lena Varga CONSULT Henrik Moller"}},
		{"planned twin",
			"Deputy Foreign Minister Lena Varga will summon Danish Ambassador Henrik Moller on Tuesday.",
			nil, nil, []string{"Lena Varga ACCUSE Henrik Moller"}},
	})
}
