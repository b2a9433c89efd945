package extract

// Hosts named together. The host of talks between two sides consults
// each side as a mediator does: lexicon/material.tsv lists "host" with
// the slot hosted, read by mediationArgs (mediation.go). What the
// parse rule cannot say is who is not paired: hosts named together
// ("Turkey and Qatar hosted the summit", "Turkish and Qatari diplomats
// hosted the meetings") host others; they do not meet each other for it.

// coHosts (rule rel.co-hosts) rejects the surface reading of a host
// verb (pattern p at token i) that found no actor as its object and
// has several hosts as its subject, so that they are no pair. It
// reports whether it rejected the trigger.
func (d *doc) coHosts(si, i int, p vpattern, subj []*actor) bool {
	if len(p.words) != 1 || !hostWords[p.words[0]] || len(subj) < 2 {
		return false
	}
	d.reject(si, i, "rel.co-hosts", "hosts named together host others; they do not meet each other")
	return true
}
