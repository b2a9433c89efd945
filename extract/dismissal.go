package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// dismissedFromOffice (rule rel.dismissed-from-office): "the prime
// minister dismissed X" with a person as the object itself is X removed
// from office, no rejection; the surface pattern read "dismissed" as
// REJECT whatever its object. Dismissing a person's words ("dismissed
// X's claims") or dismissing someone as something ("dismissed X as a
// liar") stays a rejection.
func dismissedFromOffice(d *doc, s sentence, rl *rel) bool {
	if rl.class != graph.Reject || rl.dst == nil || rl.dst.typ != graph.Person {
		return false
	}
	i := d.triggerTok(s, rl)
	if i < 0 || !strings.HasPrefix(d.toks[i].low, "dismiss") {
		return false
	}
	for _, m := range d.ments {
		if m.sent != rl.sent || m.act != rl.dst || m.a <= i || m.a > i+3 {
			continue
		}
		return !dismissedAsOrOwned(d, s, m.b)
	}
	return false
}

// dismissedAsOrOwned reports whether the words from token k, right after
// the dismissed person's name, make the person the owner of what was
// dismissed ("X's claims") or give what the person was dismissed as,
// before the clause ends ("X on Monday as a liar").
func dismissedAsOrOwned(d *doc, s sentence, k int) bool {
	if k < s.b && (d.toks[k].low == "'s" || d.toks[k].low == "\u2019s" || d.toks[k].low == "'") {
		return true
	}
	for j := k; j < s.b && j < k+6; j++ {
		if d.toks[j].low == "as" {
			return true
		}
		if d.toks[j].text == "," || d.clauseBreak(j) {
			return false
		}
	}
	return false
}
