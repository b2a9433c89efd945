package extract

import "github.com/newsgraph/newsgraph/graph"

// A regulator known by what it did (rule description:regulator): "the
// regulator", "the watchdog", "the authority" after a body whose name
// has no regulator's head ("the Bank of Lithuania fined X … The
// regulator also fined Y", "BaFin fined X … The watchdog said") is the
// organisation that imposed a sanction (fined, suspended, banned: a
// SANCTION read before) last, in an earlier sentence. The heads of
// lexicon/description_heads.tsv decide first (orgOfKindBefore); this
// is the last choice of resolveOrgNoun for these nouns.

// regulatorNouns are the description nouns a sanctioning body answers to.
var regulatorNouns = set("regulator", "watchdog", "authority", "supervisor")

// sanctionerBefore returns the organisation that was the source of the
// last SANCTION read in a sentence before m's, for a description of
// regulatorNouns; nil when none or when the noun is another.
func (d *doc) sanctionerBefore(m *mention, noun string) *actor {
	if !regulatorNouns[noun] {
		return nil
	}
	for i := len(d.rels) - 1; i >= 0; i-- {
		rl := d.rels[i]
		if rl.sent >= m.sent {
			continue
		}
		if rl.class == graph.Sanction && rl.src != nil && rl.src.typ == graph.Organization && rl.modal.mod.Factual() {
			return rl.src
		}
	}
	return nil
}
