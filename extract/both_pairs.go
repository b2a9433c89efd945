package extract

import (
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// bothPersonNouns after "both" name two people, as "the two men" does
// ("met X and Y and urged both men to …"): the mention rules make
// "both men" a description of two (bothPersons) that the rule
// description:number resolves to the last two persons named
// (lastTwoPersons).
var bothPersonNouns = set("men", "women", "leaders", "ministers", "officials",
	"presidents", "envoys", "negotiators")

// bothPersons returns the segment of "both men", "both leaders" at
// token i of sentence s, ok false when the words there are no such
// phrase.
func (d *doc) bothPersons(i int, s sentence) (segment, bool) {
	if i+1 >= s.b || d.toks[i].low != "both" || !bothPersonNouns[d.toks[i+1].low] {
		return segment{}, false
	}
	return segment{kind: sDesc, a: i, b: i + 2, class: d.toks[i+1].low, num: 2, plural: true}, true
}

// namedTogetherWindow is how many sentences before its own
// namedTogether looks back for a pair.
const namedTogetherWindow = 2

// namedTogether (rule description:sides, `namedTogether`) returns the
// last two actors named joined by "and" before description m ("A and
// B", in its sentence or the two before) when no pair dealt with each
// other before it: "Peru and Ecuador recalled their ambassadors. Brazil
// urged both governments to …", "Tensions rose as Kazakhstan and
// Turkmenistan disputed the field; Iran called on both countries …".
// Countries only when m names countries ("both governments"), no
// persons, and none of outside (the one who urges: sidesActor); nil
// when there is none.
func (d *doc) namedTogether(r *reader, m *mention, countries bool, outside []*actor) []*actor {
	fits := func(o *mention) bool {
		a := o.act
		if a == nil || o.quote || o.mod || o.kind == sDesc || o.kind == sPron || slices.Contains(outside, a) {
			return false
		}
		if countries {
			return a.typ == graph.Country
		}
		return a.typ != graph.Person
	}
	for si := m.sent; si >= 0 && si >= m.sent-namedTogetherWindow; si-- {
		ms := r.mentsBy[si]
		for k := len(ms) - 1; k >= 1; k-- {
			first, second := ms[k-1], ms[k]
			if second.a >= m.a || !fits(first) || !fits(second) || first.act == second.act {
				continue
			}
			if first.b+1 != second.a || d.toks[first.b].low != "and" {
				continue
			}
			if k >= 2 && ms[k-2].b+1 == first.a && d.toks[ms[k-2].b].text == "," {
				continue // "A, B and C" are three, no pair
			}
			pair := []*actor{first.act, second.act}
			m.group = pair
			return pair
		}
	}
	return nil
}
