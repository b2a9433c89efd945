package extract

import (
	_ "embed"

	"github.com/newsgraph/newsgraph/graph"
)

// regionWords end the names of world regions (lexicon/region_words.txt).
var regionWords = wordList(regionWordsTxt)

//go:embed lexicon/region_words.txt
var regionWordsTxt string

// regionBodies are the plural nouns that, before "of" and a region's
// name, name the region's states as a group: "the governments of
// Southeast Asia", "leaders of the Horn of Africa".
var regionBodies = set("governments", "leaders", "states", "nations", "countries", "powers")
var regionBodiesClass = classOf(regionBodies)

// regionGovernments makes one group of "governments of (the) <region>"
// (regionBodies, regionWords): the capitalised run of the region's name
// and whatever segments the chunker made of it join the group, which is
// named by the whole phrase. A country after the noun stays the country
// ("the leaders of France"): its name ends in no region word.
func (d *doc) regionGovernments(segs []segment, s sentence) []segment {
	toks := d.toks
	for i := s.a; i+2 < s.b; i++ {
		if !toks[i].is(regionBodiesClass) || toks[i].cap && i != d.firstWord(s) || toks[i+1].low != "of" {
			continue
		}
		k := i + 2
		if toks[k].low == "the" && !toks[k].cap {
			k++
		}
		e := k
		for e < s.b && toks[e].kind == tWord && toks[e].cap {
			e++
		}
		if e == k || !regionWords[toks[e-1].low] {
			continue
		}
		if f, ge, ok := d.gazAt(k, e); ok && ge == e && f.typ == graph.Country {
			continue
		}
		out := segs[:0]
		for _, sg := range segs {
			if sg.b <= i || sg.a >= e {
				out = append(out, sg)
			}
		}
		segs = append(out, segment{kind: sGroup, a: i, b: e, class: "states", canon: toks[i].low, countries: []string{d.span(k, e)}})
		i = e
	}
	return segs
}
