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

// envoyPosting (rule "parse: envoy recalled from a capital"): "recalled
// its ambassador from Managua": a capital the envoy is withdrawn from or
// serves in stands for its government, when the article names that
// country as an actor; the mention rules read a capital after "from" or
// "in" as a place. Only for verbs whose objects are envoys (recall,
// withdraw: lexicon/interactions.tsv), whose target words are ws.
func (d *doc) envoyPosting(ds *depSent, v int, ws []int) []*actor {
	envoy := false
	for _, o := range ds.children(v, "obj", "nsubj:pass") {
		envoy = envoy || diplomatNouns[ds.lemma(o)]
	}
	if !envoy {
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
