package extract

import "github.com/newsgraph/newsgraph/graph"

// sentenceCompany (rule description:organisation, sentenceCompany)
// returns the company named earlier in description m's own sentence —
// as a title's modifier, an appositive or any name — that "the
// company", "the firm" refers to there, or nil: "Bayer Chief Executive
// X told analysts that the company would …" is Bayer's, whichever
// company the sentence before had for its subject.
func (d *doc) sentenceCompany(m *mention, noun string) *actor {
	var best *mention
	for _, o := range d.ments {
		a := o.act
		if o.sent != m.sent || o.a >= m.a || a == nil || o.kind == sDesc || o.kind == sPron {
			continue
		}
		if a.typ != graph.Organization || otherKind(a, noun) {
			continue
		}
		if best == nil || o.a > best.a {
			best = o
		}
	}
	if best == nil {
		return nil
	}
	return best.act
}

// speaksForParty (rule rel.verb-object and parse: verb subject and
// object, speaksForParty) reports whether speakers are a party to an
// act of force or blame among as (party) or hold a role in one of them:
// "Bayer Chief Executive X said the company had sued Novartis" is Bayer
// reporting its own act, no third party's claim.
func (d *doc) speaksForParty(speakers, as []*actor) bool {
	if party(speakers, as) {
		return true
	}
	for _, rl := range d.roles {
		if rl.class == graph.Role && rl.person.act != nil && rl.target.act != nil && containsActor(speakers, rl.person.act) && containsActor(as, rl.target.act) {
			return true
		}
	}
	return false
}

// lastActorSubject (rule description:organisation, lastActorSubject)
// returns the subject of the sentence before si, or of the one before
// that when the sentence between has no actor for its subject: "Shell
// has sued Greenpeace … . A London court will hear the case. The
// company, which …, says" is Shell, the last company that acted, not
// the last one named.
func (d *doc) lastActorSubject(r *reader, si int) []*actor {
	for k := si - 1; k >= 0 && k >= si-2 && k < len(r.subject); k-- {
		if len(r.subject[k]) > 0 {
			return r.subject[k]
		}
	}
	return nil
}
