package extract

import (
	"slices"

	"github.com/newsgraph/newsgraph/graph"
)

// sidesOutsideWithRoles returns outside, the ones who urge or mediate
// in the sentence of "both sides", with the countries and bodies the
// persons among them hold a role in: "Norwegian Foreign Minister X
// called Y and urged both parties to …" makes neither X nor Norway a
// party (rule description:sides, sidesOutsideWithRoles).
func (d *doc) sidesOutsideWithRoles(outside []*actor) []*actor {
	n := len(outside)
	for _, rl := range d.roles {
		if rl.class != graph.Role || rl.person == nil || rl.target == nil || rl.target.act == nil {
			continue
		}
		if slices.Contains(outside[:n], rl.person.act) && !slices.Contains(outside, rl.target.act) {
			outside = append(outside, rl.target.act)
		}
	}
	return outside
}
