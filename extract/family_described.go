package extract

import "github.com/newsgraph/newsgraph/graph"

// familyDescribedAside (rule "family noun before a described name"):
// "X's husband, the photographer Y, said", "Her son, a student Z,": a
// person's possessive (a name or "his"/"her"), a family noun and a
// comma, then a short lower-case description of the person (up to
// three words, an occupation included: describedKin) and the name,
// which closes as an aside. The description says what the relative
// does, no role in anything.
func familyDescribedAside(d *doc, r *reader, si int, s sentence) []roleLink {
	var out []roleLink
	ps := d.personsIn(r, si)
	for _, p := range ps {
		c := d.describedKin(s.a, p.ha)
		if c < 0 || c-2 < s.a || !familyNoun(d.toks[c-1].low) || !d.closesAside(p.b, s) {
			continue
		}
		for _, a := range d.kinPossessor(r, si, ps, c-2) {
			if a != p.act {
				out = append(out, roleLink{person: p, target: &mention{act: a, sent: si}, class: graph.Family, sent: si, verb: d.span(c-2, p.hb)})
			}
		}
	}
	return out
}

// describedKin returns the comma before a description of one to three
// lower-case words ending right before the name at b ("husband, the
// photographer Y"), -1 when there is none: no verb, preposition or
// "and"/"or" among them, nor a family noun.
func (d *doc) describedKin(a, b int) int {
	return d.descriptionComma(a, b, familyNoun)
}

// kinPossessor returns the persons whose possessive ends at token k: a
// person's name and its "'s" ("Marchetti's"), or "his"/"her" resolved.
func (d *doc) kinPossessor(r *reader, si int, ps []*mention, k int) []*actor {
	if d.toks[k].kind == tPoss {
		for _, q := range ps {
			if q.b == k || q.hb == k {
				return []*actor{q.act}
			}
		}
		return nil
	}
	for _, pr := range r.mentsBy[si] {
		if pr.kind == sPron && pr.a == k && (pr.pron == "his" || pr.pron == "her") {
			return d.pronounPersons(r, si, pr)
		}
	}
	return nil
}
