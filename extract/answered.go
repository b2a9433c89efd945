package extract

import "strings"

// answeredClaimAbout (part of rule "parse: verb subject and object",
// answersBack): "Y rejected the accusation" with no accusation read
// before it answers the last statement, unless that statement was its
// speaker's word about their own side — its words open with the speaker
// ("X said his party was ready to govern", "X said it would appeal") —
// and neither names Y nor alleges: such words made no claim Y answers
// ("… Y rejected the accusations against his ministers").

// answererActors returns the actors of the subject of the verb whose
// object is word w ("Y rejected the accusation": Y), or nil when the
// parse names none.
func (d *doc) answererActors(r *reader, si int, ds *depSent, w int) []*actor {
	h := ds.head(w)
	if h < 0 || ds.words[w].Deprel != "obj" {
		return nil
	}
	s := verbSubject(ds, h)
	if s < 0 {
		return nil
	}
	return d.wordActors(r, si, ds, []int{s})
}

// claimantsAbout returns lastClaimants(si) unless their statement
// speaks of its speaker's own side and neither alleges nor names one of
// about (answeredClaimAbout); with no answerer known it is
// lastClaimants(si).
func (d *doc) claimantsAbout(r *reader, si int, about []*actor) []*actor {
	k := d.lastClaimStatement(si)
	if k < 0 {
		return nil
	}
	st := d.stmts[k]
	if len(about) > 0 && d.selfStatement(r, st) && !allegingVerbs[strings.ToLower(st.verb)] && !d.stmtNames(r, st, about) {
		return nil
	}
	return st.speakers
}

// selfStatement reports whether statement st's words open with a
// mention of its speaker, a pronoun or possessive of theirs within its
// first two words ("his party was ready", "it would appeal", "she had
// done nothing wrong").
func (d *doc) selfStatement(r *reader, st stmt) bool {
	if st.sa >= len(r.mentsBy) {
		return false
	}
	for _, m := range r.mentsBy[st.sa] {
		if m.a >= len(d.toks) || d.toks[m.a].s < st.s || d.toks[m.a].s > st.s+1 && !d.withinWords(st.s, m.a, 2) {
			continue
		}
		for _, a := range d.refs(r, m) {
			if containsActor(st.speakers, a) {
				return true
			}
		}
	}
	return false
}

// withinWords reports whether token k is among the first n tokens
// starting at byte offset s.
func (d *doc) withinWords(s, k, n int) bool {
	c := 0
	for j := k; j >= 0 && d.toks[j].s >= s; j-- {
		c++
	}
	return c <= n
}

// stmtNames reports whether a mention inside statement st's words
// stands for one of actors as.
func (d *doc) stmtNames(r *reader, st stmt, as []*actor) bool {
	for si := st.sa; si <= st.sb && si < len(r.mentsBy); si++ {
		for _, m := range r.mentsBy[si] {
			if d.toks[m.a].s < st.s || d.toks[m.b-1].e > st.e {
				continue
			}
			for _, a := range d.refs(r, m) {
				if containsActor(as, a) {
					return true
				}
			}
		}
	}
	return false
}
