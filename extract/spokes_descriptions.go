package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Speakers and actors: rules for the classes of statement misses
// measured on the held-out, Wikinews and PolNeAR sets.

// ownerBeforeBody (rule speaker.owner-before-body, in sentenceSubject)
// reports whether mention m is a country's or an organisation's
// possessive right before an organisation or group it owns ("Taiwan's
// Defence Ministry thanked X and said …", "The African Union's Peace and
// Security Council condemned … and said …"): the owner qualifies the
// subject, the body is it, as a person after an owner is
// (ownerBeforeName).
func (d *doc) ownerBeforeBody(r *reader, m *mention) bool {
	if !m.poss || m.act == nil || m.act.typ == graph.Person {
		return false
	}
	k := m.hb
	for k < len(d.toks) && d.toks[k].kind == tPoss {
		k++
	}
	if k == m.hb {
		return false
	}
	for _, o := range r.mentsBy[m.sent] {
		if o == m || o.a != k || o.quote {
			continue
		}
		as := d.refs(r, o)
		return len(as) == 1 && as[0] != m.act && (as[0].typ == graph.Organization || as[0].typ == graph.Group)
	}
	return false
}

// possessiveRoleWord (rule speaker.possessive-role, in
// describedThenNamed) reports whether the word at x of a possessive
// description of an office names a role (lexicon/roles.tsv) though it is
// no title written before a name: "Georgia's Public Defender, Giorgi
// Beridze, said …" is Beridze's, not Georgia's.
func (d *doc) possessiveRoleWord(start, k, x int) bool {
	return d.possessiveDescription(start, k) && d.toks[x].kind == tWord && roleNouns[d.toks[x].low] == graph.Role
}

// spokesDescriptions (rule speaker.spokes-description, in descriptions)
// makes "a bank spokeswoman", "a ministry spokesman", "the company
// spokesperson" a description of the body the noun before the
// spokesperson names ("the bank", "the ministry"), resolved as that
// description is: by the gold conventions an unnamed spokesperson's
// words are the body's (spokespeople.go). A capitalised noun
// ("a Ministry spokesman") is spokespersonOrgs' to read.
func (d *doc) spokesDescriptions(segs []segment, s sentence) []segment {
	toks := d.toks
	for i := s.a + 1; i+1 < s.b; i++ {
		t, n := toks[i], toks[i+1]
		if t.kind != tWord || t.cap || !t.is(orgDescNounsClass) || n.kind != tWord || n.cap || !n.is(spokesNounsClass) {
			continue
		}
		if det := toks[i-1].low; det != "a" && det != "an" && det != "the" || d.inQuote[i] {
			continue
		}
		if k := d.descEndingAt(segs, i+2); k >= 0 && segs[k].a == i-1 && !strings.HasPrefix(segs[k].class, "org:") {
			segs[k].class = "org:" + t.low // "the company spokesman" read as an office
			continue
		}
		if k := d.descEndingAt(segs, i+1); k >= 0 && segs[k].a >= i-1 {
			// "the company" read already: the spokesperson joins it.
			g := segs[k]
			g.b = i + 2
			segs = append(dropSegments(segs, i-1, i+2), g)
			continue
		}
		if d.coveredBy(segs, i-1, sDesc) || d.coveredBy(segs, i, sDesc) {
			continue
		}
		segs = append(dropSegments(segs, i-1, i+2), segment{kind: sDesc, a: i - 1, b: i + 2, class: "org:" + t.low})
	}
	return segs
}

// coveredBy reports whether a segment of kind k covers token i.
func (d *doc) coveredBy(segs []segment, i int, k skind) bool {
	for _, g := range segs {
		if g.kind == k && i >= g.a && i < g.b {
			return true
		}
	}
	return false
}

// descEndingAt returns the index of the description segment ending at
// token e, or -1.
func (d *doc) descEndingAt(segs []segment, e int) int {
	for k, g := range segs {
		if g.kind == sDesc && g.b == e {
			return k
		}
	}
	return -1
}

// accordingBody (rule speaker.according-body, in accordingSource)
// reports whether description m after "according to" is an
// organisation's that resolves to one organisation: "…, according to
// the agency", "according to the health department" are the agency's
// and the department's words, as "the agency said" is. Other
// descriptions (persons, "the country") stay no source.
func (d *doc) accordingBody(r *reader, m *mention) bool {
	if m.desc == nil || !strings.HasPrefix(m.desc.class, "org:") && !strings.HasPrefix(m.desc.class, "echo:") {
		return false
	}
	as := d.refs(r, m)
	return len(as) == 1 && as[0].typ == graph.Organization && d.spokeBefore(as[0])
}

// spokeBefore reports whether actor a is a speaker of a statement read
// before: a description after "according to" names a source the story
// has quoted already ("the National Election Commission said … .
// European Commission President X welcomed … . Turnout reached 68
// percent, according to the commission" is no statement of the
// European Commission's, which said nothing).
func (d *doc) spokeBefore(a *actor) bool {
	for _, st := range d.stmts {
		if slices.Contains(st.speakers, a) {
			return true
		}
	}
	return false
}

// nameWord (rule speaker.name-word, in reportsItself) reports whether
// the capitalised word at k, after another capitalised word and not
// the first of the clause at a, is part of a name, not a verb of
// speech: "The United States will co-sponsor the text, according to
// …" holds no report of its own in "States".
func (d *doc) nameWord(a, k int) bool {
	return k > a && d.toks[k].cap && d.toks[k-1].cap && d.toks[k-1].kind == tWord
}

// titledPersonAfterBody (rule speaker.titled-after-body, in
// sentenceSubject) returns the person named right after organisation
// or country mention m and capitalised words with a title ("EU Crisis
// Management Commissioner Anneli Virtanen spoke … and said …"): the
// body qualifies the title, the person is the subject. Nil when m is a
// person or no titled person follows within five capitalised words.
func (d *doc) titledPersonAfterBody(r *reader, m *mention) *actor {
	if m.act == nil || m.act.typ == graph.Person || m.poss {
		return nil
	}
	for j := m.b; j < len(d.toks) && j < m.b+6 && d.toks[j].kind == tWord && d.toks[j].cap; j++ {
		if !d.toks[j].is(titleWordsClass) {
			continue
		}
		for _, o := range r.mentsBy[m.sent] {
			if (o.a == j || o.a == j+1) && o.kind != sPron && o.kind != sDesc {
				if as := d.refs(r, o); len(as) == 1 && as[0].typ == graph.Person {
					return as[0]
				}
			}
		}
	}
	return nil
}

// pronounBeforeVerb (rule speaker.pronoun-subject, in statementsIn)
// reports whether the word at j, right before a verb of speech, is a
// subject pronoun: the verb's speaker stands before it even when the
// pronoun finds no antecedent, so the noun after the verb opens the
// reported clause and is no inverted speaker ("In a joint statement,
// they said the bloc had …" is not the bloc's).
func (d *doc) pronounBeforeVerb(j int, s sentence) bool {
	return j >= s.a && j < s.b && subjectPronouns[d.toks[j].low] && !d.inQuote[j]
}
