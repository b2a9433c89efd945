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
