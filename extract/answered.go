package extract

import "strings"

// answeredClaimAbout (part of rule "parse: verb subject and object",
// answersBack): "Y rejected the accusation" with no accusation read
// before it answers the last statement only when that statement was
// about Y — it names Y in its words ("X said Y had lied. Y rejected the
// claim") — or was itself an allegation ("X claims that …"). A statement
// about something else ("X said his party was ready to govern. Y
// rejected the accusations against his ministers") made no claim Y
// answers.

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

// claimantsAbout returns lastClaimants(si) when their statement names
// one of about in its words or alleges, else nil; with no answerer
// known it is lastClaimants(si).
func (d *doc) claimantsAbout(r *reader, si int, about []*actor) []*actor {
	k := d.lastClaimStatement(si)
	if k < 0 {
		return nil
	}
	st := d.stmts[k]
	if len(about) == 0 || allegingVerbs[strings.ToLower(st.verb)] || d.stmtNames(r, st, about) {
		return st.speakers
	}
	return nil
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
