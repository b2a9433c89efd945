package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// "The authorities" and "the administration" (issue 12, description
// resolution). "The authorities" stand for a country as "the
// government" does (rule description:government: the country last named
// with "government", the only country named, or the dateline's). "The
// administration" is the government of a country named with that word
// before ("the U.S. administration": rule description:administration),
// and no one else: in a story filed from elsewhere it is no safe guess.

const administrationClass = "gov:administration"

// theAuthorities marks "the authorities" and "the administration" (not
// before a capitalised word or an "of" naming an owner, nor going on as
// a modifier: "the administration official").
func (d *doc) theAuthorities(segs []segment, s sentence) []segment {
	for i := s.a; i+1 < s.b; i++ {
		w := d.toks[i+1].low
		if d.toks[i].low != "the" || w != "authorities" && w != "administration" || d.toks[i+1].cap || d.covered(segs, i) || d.covered(segs, i+1) {
			continue
		}
		if i+2 < s.b && (d.toks[i+2].kind == tWord && d.toks[i+2].cap || d.toks[i+2].low == "of" && !d.ofGerund(i+2, s)) {
			continue
		}
		if !d.phraseEndsAt(i+2, s) && !d.toks[i+2].is(itActsAdverbsClass) {
			continue
		}
		class := "gov"
		if w == "administration" {
			class = administrationClass
		}
		segs = append(segs, segment{kind: sDesc, a: i, b: i + 2, class: class})
	}
	return segs
}

// resolveAdministration (rule description:administration): the country
// last named right before "administration" ("the U.S. administration",
// "the Chilean administration"); nil when none was ("the Vasko
// administration" is an organisation of its own).
func (d *doc) resolveAdministration(r *reader, m *mention) []*actor {
	var best *actor
	for _, o := range d.ments {
		if o.a >= m.a {
			break
		}
		if o.kind == sPron || o.kind == sDesc || !d.administrationAfter(o) {
			continue
		}
		for _, a := range o.named() {
			if a.typ == graph.Country {
				best = a
			}
		}
	}
	if best == nil {
		return nil
	}
	return []*actor{best}
}

// administrationAfter reports whether mention o ends with the word
// "administration" or is followed by it ("the U.S. administration",
// "the Trump administration").
func (d *doc) administrationAfter(o *mention) bool {
	if strings.HasSuffix(strings.ToLower(d.span(o.a, o.b)), " administration") {
		return true
	}
	j := o.b
	if o.poss {
		j++
	}
	return j < len(d.toks) && d.toks[j].low == "administration"
}
