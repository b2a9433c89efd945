package extract

import "github.com/newsgraph/newsgraph/graph"

// summonedCountries (part of rule "parse: summoned diplomat") returns
// the countries or organisations the summoned diplomats of verb v stand
// for, read from the diplomat's possessor or modifier ("summoned
// Russia's ambassador, Grigory Lavrentyev," and "the Bolivian envoy,
// Jorge Quispe," are protests to Russia and Bolivia, not to the man
// named in apposition, whose title the possessor also opens), or nil
// when the diplomat's phrase names none ("summoned the ambassador").
func (d *doc) summonedCountries(r *reader, si int, ds *depSent, v int) []*actor {
	var out []*actor
	for _, o := range ds.children(v, "obj", "nsubj:pass") {
		w := diplomatWord(ds, o)
		if w < 0 {
			continue
		}
		mods := ds.children(w, "nmod:poss", "nmod", "amod", "compound")
		if w != o {
			// "U.S. Ambassador Robert Halloway": the country modifies the
			// name the title is part of, before the title.
			for c := w - 1; c >= 0 && c >= o-5 && ds.dominates(o, c); c-- {
				mods = append(mods, c)
			}
		}
		for _, c := range mods {
			if p := ds.caseOf(c); p == "in" || p == "at" {
				continue // "Tajikistan's ambassador in Bishkek": where the diplomat serves, no country blamed
			}
			if a := d.gazetteerActorAt(ds.tok[c]); a != nil {
				out = append(out, a)
				continue
			}
			for _, a := range d.wordActors(r, si, ds, []int{c}) {
				if a.typ != graph.Person {
					out = append(out, a)
				}
			}
		}
	}
	return out
}

// gazetteerActorAt returns the article's actor for the gazetteer's
// country or organisation form that opens at token k ("Russia" in
// "Russia's ambassador", "Bolivian"), whatever longer mention holds it.
func (d *doc) gazetteerActorAt(k int) *actor {
	if k < 0 {
		return nil
	}
	f, _, ok := d.gazAt(k, min(k+4, len(d.toks)))
	if !ok || f.typ == graph.Person {
		return nil
	}
	return d.byKey[d.fold(f.canon)]
}

// envoyPosting (rule "parse: country of a place"): "recalled its
// ambassador from Managua", "suspended imports of fish from Malawi": a
// capital or country the envoy is withdrawn from or serves in, or the
// goods, flights or people a measure stops come from, stands for its
// country when the article names that country as an actor; the mention
// rules read a place after "from" or "in" as a place. Only for a
// measure whose object is an envoy (recall, withdraw:
// lexicon/interactions.tsv) or a proxy of a country (proxyTargets:
// imports, flights, citizens), whose target words are ws.
func (d *doc) envoyPosting(ds *depSent, v int, ws []int) []*actor {
	fits := false
	for _, o := range ds.children(v, "obj", "nsubj:pass") {
		fits = fits || diplomatNouns[ds.lemma(o)] || proxyTargets[ds.lemma(o)]
	}
	if !fits {
		return nil
	}
	var out []*actor
	for _, w := range ws {
		if a := d.gazetteerActorAt(ds.tok[w]); a != nil && a.typ == graph.Country {
			out = appendUnique(out, a)
		}
	}
	return out
}
