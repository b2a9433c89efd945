package extract

import "github.com/newsgraph/newsgraph/graph"

// nationalOffices are the offices whose unnamed holder, written with a
// nationality ("the Russian ambassador", "a French foreign minister"),
// stands for the country, as "U.S. officials" and "a Russian
// spokesperson" do (docs/ONTOLOGY.md: officials and envoys from X stand
// for X). Heads of state and government are left out: "the Ukrainian
// president" is a person the article names, and when it does not, the
// words say too little of which one.
var nationalOffices = set("ambassador", "envoy", "minister", "consul", "diplomat", "attache", "chargé", "charge")

// resolveNationalOffice (description:national-office): a description
// of an office in nationalOffices with one nationality, that
// description:office found no named holder of, is its country (an
// actor of the article from then on).
func (d *doc) resolveNationalOffice(r *reader, m *mention) []*actor {
	ds := m.desc
	if len(ds.countries) != 1 || !nationalOffices[ds.class] {
		return nil
	}
	if !d.isCountryName(ds.countries[0]) {
		return nil
	}
	a := d.lookupKnown(ds.countries[0])
	if a == nil {
		a = d.registry(candidate{canon: ds.countries[0], typ: graph.Country}, true, d.toks[m.a].s)
	}
	if a == nil || a.typ != graph.Country {
		return nil
	}
	return []*actor{a}
}

// isCountryName reports whether the gazetteer knows canon as a
// country's name (not a region's or a people's).
func (d *doc) isCountryName(canon string) bool {
	for _, f := range d.x.gaz.forms[formKey(canon)] {
		if f.canon == canon && f.kind == gName && f.typ == graph.Country {
			return true
		}
	}
	return false
}
