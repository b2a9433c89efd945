package extract

import "github.com/newsgraph/newsgraph/graph"

// refusalVerbs turn a request down when they stand with no object.
var refusalVerbs = set("refused", "declined", "refuses", "declines")

// refusedRequests (rule rel.refused-request): "X asked Y to release the
// crew, but the prime minister refused", "X asked Y to lift the ban. Y
// declined.": a refusal verb with no object after it (a comma, a full
// stop, a semicolon or "to do so" follows) whose subject, the actor
// named right before it, was the addressee of a REQUEST read in the same
// sentence or the one before is a REJECT of the one who asked. "declined
// to comment" and "refused to pay" have an object and give none; a
// subject that asked nobody anything gives none either.
func (d *doc) refusedRequests(r *reader, si int, s sentence) {
	for i := s.a + 1; i < s.b; i++ {
		if !refusalVerbs[d.toks[i].low] || d.inQuote[i] || !d.bareRefusal(i+1, s) {
			continue
		}
		var subj []*actor
		for _, m := range r.mentsBy[si] {
			if m.b == i && !m.quote && !m.mod && !m.poss {
				subj = d.refs(r, m)
			}
		}
		if len(subj) != 1 {
			continue
		}
		var asker *actor
		for _, rl := range d.rels {
			if rl.class == graph.Request && rl.dst == subj[0] && rl.src != subj[0] && (rl.sent == si || rl.sent == si-1) {
				asker = rl.src
			}
		}
		if asker == nil {
			continue
		}
		md := d.modalAt(si, i, false)
		md.rule = "rel.refused-request"
		d.rels = append(d.rels, rel{src: subj[0], dst: asker, class: graph.Reject, sent: si, verb: d.toks[i].text, modal: md})
	}
}

// bareRefusal reports whether nothing a refusal could take as its
// object starts at token k of sentence s: the sentence ends, or a
// comma, semicolon or dash follows, or "to do so".
func (d *doc) bareRefusal(k int, s sentence) bool {
	if k >= s.b {
		return true
	}
	switch d.toks[k].text {
	case ",", ".", ";", ":", "\u2014":
		return true
	}
	return k+2 < s.b && d.toks[k].low == "to" && d.toks[k+1].low == "do" && d.toks[k+2].low == "so"
}
