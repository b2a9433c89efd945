package extract

import "github.com/newsgraph/newsgraph/graph"

// Hosts of talks. "Qatar hosted talks between the government and the
// rebels" makes Qatar a party to the consultation with each side (as
// a mediator is, in the annotations), while the two sides talk with
// each other ("talks between", read as a noun). Hosts named together
// ("Turkish and Qatari diplomats hosted the meetings") host others;
// they do not meet each other for it.

// hostedBetween (rule rel.hosted-talks-between) returns the sides of
// the consultation a host verb ending at token k has as its object:
// the actors after "between" right after a consultation noun within
// five words ("hosted talks between A and B", "hosted a new round of
// negotiations between A and B"), nil when there is none.
func (d *doc) hostedBetween(r *reader, si, k int, s sentence) []*actor {
	for j := k; j < s.b && j <= k+5; j++ {
		if d.clauseBreak(j) || d.toks[j].kind == tPunct {
			return nil
		}
		if !d.toks[j].is(talkNounsClass) {
			continue
		}
		if j+1 < s.b && d.toks[j+1].low == "between" {
			return d.actorsOf(r, d.groupStartingAt(r, si, d.skipDet(j+2, s)))
		}
		return nil
	}
	return nil
}

// hostedTalks reads a host verb (pattern p at token i, ending at
// bestEnd) that found no actor as its object: the hosts consult each
// side of the talks they host (rel.hosted-talks-between); otherwise
// hosts named together are no pair (rel.co-hosts). It reports whether
// it read the trigger.
func (d *doc) hostedTalks(r *reader, si, i, bestEnd int, s sentence, p vpattern, subj []*actor, md modal) bool {
	if len(p.words) != 1 || !hostWords[p.words[0]] {
		return false
	}
	sides := d.hostedBetween(r, si, bestEnd, s)
	if len(sides) < 2 {
		if len(subj) >= 2 {
			d.reject(si, i, "rel.co-hosts", "hosts named together host others; they do not meet each other")
			return true
		}
		return false
	}
	md.rule = "rel.hosted-talks-between"
	for _, a := range subj {
		for _, o := range sides {
			if a != o {
				d.rels = append(d.rels, rel{src: a, dst: o, class: graph.Consult, sent: si, verb: d.span(i, bestEnd), modal: md})
			}
		}
	}
	return true
}
