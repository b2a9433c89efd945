package extract

import "github.com/newsgraph/newsgraph/graph"

// Attribution classes, each with
// invented sentences in speaker_office_holder_test.go:
//   - a speaker written after the reporting verb as an owner's office
//     and the holder's name in apposition ("…," said its chief
//     executive, Mark Jensen; "said their lawyer, Pedro Alves"): the
//     speaker is the named holder, not the owner the possessive names;
//   - the subject of a report by a body or a country is the next "he"
//     ("Estrada met the envoy, the ministry said. He told …");
//   - a verb of speech that wants "that" takes a clause without it when
//     the clause opens with a subject pronoun or a name and an auxiliary
//     ("Paris claims she was sent", "insists they never paid her", "the
//     church also claims Lind was a volunteer").

// ownedOfficeHolder (rule ownedOfficeHolder) returns the person named in
// apposition after an office that mention m owns, right after a
// reporting verb: m is a possessive pronoun ("its", "their", "his",
// "her") or a name with "'s" ("the union's"), followed by one to three
// lower-case words ending in a role noun, at most one short phrase of
// "in", "for" or "at" and one to four words ("its leader in the
// assembly"), a comma and the person's name. It returns nil when the
// words after m are not so, so "said its leaders" and "said its
// spokesman on Monday" keep the owner.
func (d *doc) ownedOfficeHolder(r *reader, si int, m *mention, s sentence) *mention {
	k := m.b
	switch {
	case m.kind == sPron && ownerPronouns[d.toks[m.a].low]:
	case k < s.b && d.toks[k].kind == tPoss:
		k++
	default:
		return nil
	}
	start := k
	for k < s.b && k-start < 3 && d.lowerNoun(k) {
		k++
	}
	if k == start || !roleNoun(d.toks[k-1].low) {
		return nil
	}
	if k < s.b && officeScopePrepositions[d.toks[k].low] {
		j := k + 1
		for j < s.b && j-k <= 4 && d.toks[j].kind == tWord && !d.toks[j].is(lexVerbWordsClass) && !d.toks[j].is(auxiliariesClass) {
			j++
		}
		if j == k+1 || j-k > 4 {
			return nil
		}
		k = j
	}
	if k+1 >= s.b || d.toks[k].text != "," {
		return nil
	}
	for _, n := range r.mentsBy[si] {
		if (n.a == k+1 || n.ha == k+1) && !n.quote && n.act != nil && n.act.typ == graph.Person && n.kind != sPron {
			return n
		}
	}
	return nil
}

// ownerPronouns are the possessive pronouns that own an office ("its
// spokesman", "their lawyer").
var ownerPronouns = set("its", "their", "his", "her")

// officeScopePrepositions open the place or body an office is held in
// or for ("its leader in the assembly", "her lawyer for the case", "its
// envoy at the talks").
var officeScopePrepositions = set("in", "for", "at")

// reportedSubjectPerson (rule reportedSubjectFocus) returns the person
// a sentence is about when a body or a country reports it: "Estrada met
// the envoy on Tuesday, the ministry said. He told reporters …", "The
// ministry said Estrada had met the envoy. He …" — the subject of the
// reported clause is one person, who becomes the person "he" and "she"
// refer to next, as the subject of an unreported sentence would. It
// returns nil when the first statement found is a quotation or has a
// person among its speakers (who stays in focus), or when the clause's
// first actor is not a person or follows a preposition.
func (d *doc) reportedSubjectPerson(r *reader, si int, s sentence, found []stmt) *actor {
	if len(found) == 0 || found[0].quote || len(found[0].speakers) == 0 || found[0].ge > found[0].gs {
		return nil
	}
	st := found[0]
	for _, a := range st.speakers {
		if a.typ == graph.Person {
			return nil
		}
	}
	for _, m := range d.heads(r, si, false) {
		if d.toks[m.a].s < st.s {
			continue
		}
		if d.toks[m.a].e > st.e || m.a > s.a && d.toks[m.a-1].is(prepositionsClass) || m.kind == sPron {
			return nil
		}
		if as := d.actorsOf(r, d.groupOrSelf(r, si, m)); len(as) == 1 && as[0].typ == graph.Person {
			return as[0]
		}
		return nil
	}
	return nil
}

// bareClauseSubject (rule bareClauseAfterClaim) reports whether the
// words after a verb of speech that wants "that" ("claims", "insists",
// "argues") open a clause anyway: after adverbs, a pronoun that is only
// ever a subject (he, she, they, we, I: "claims she was sent"), or one
// to three capitalised words and an auxiliary ("claims Lind was a
// volunteer"). "it" and "you" may be objects ("announced it on
// Monday") and do not count.
func (d *doc) bareClauseSubject(verbEnd int, s sentence) bool {
	k := verbEnd
	for k < s.b && adverbs[d.toks[k].low] && !d.toks[k].is(pronounsClass) {
		k++
	}
	if k+1 >= s.b || d.inQuote[k] {
		return false
	}
	if t := d.toks[k]; subjectOnlyPronouns[t.low] && (t.low != "i" || t.text == "I") {
		return d.toks[k+1].kind == tWord
	}
	j := k
	for j < s.b && j-k < 3 && d.toks[j].kind == tWord && d.toks[j].cap && !d.toks[j].is(pronounsClass) && !d.toks[j].is(determinersClass) {
		j++
	}
	return j > k && j < s.b && d.toks[j].is(auxiliariesClass)
}

// subjectOnlyPronouns are never the object of a verb.
var subjectOnlyPronouns = set("he", "she", "they", "we", "i")
