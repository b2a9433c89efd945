package extract

import "github.com/newsgraph/newsgraph/graph"

// This file reads the leader or owner of an organisation described in
// apposition before "led by", "run by" or "owned by" (rule
// "organisation led by", roleLedBy): "Drumcon Infrastructura, a company
// owned by businessman Marius Ilinca," and "Petrocosta, a trading firm
// run by his brother-in-law, Esteban Rivas," give the person a ROLE
// in the organisation named before the description.

// describedBodyBefore returns the organisation named right before an
// indefinite description ending at token k-1 (", a company", ", a
// trading firm"): up to five lower-case words after "a" or "an", after
// a comma that ends the organisation's name; nil when there is none.
func (d *doc) describedBodyBefore(r *reader, si, k int, s sentence) *mention {
	j := k - 1
	for j > s.a && k-j <= 5 && d.toks[j].kind == tWord && !d.toks[j].cap && d.toks[j].low != "a" && d.toks[j].low != "an" {
		if w := d.toks[j].low; w == "not" || w == "never" || w == "formerly" || w == "once" {
			return nil // "a firm not owned by X", "a firm once run by X": no tie now
		}
		j--
	}
	if j <= s.a+1 || j == k-1 || d.toks[j].low != "a" && d.toks[j].low != "an" || d.toks[j-1].text != "," {
		return nil
	}
	o := d.bodyEndingAt(r, si, j-1)
	if o == nil || o.act == nil || o.act.typ != graph.Organization {
		return nil
	}
	return o
}

// describedPersonGroup returns the first group of mentions that starts
// within a description of the person after token at: a possessive and
// up to six lower-case words and hyphens, with a comma after them
// ("businessman X", "his brother-in-law, X"); nil when none.
func (d *doc) describedPersonGroup(r *reader, si, at int, s sentence) []*mention {
	for j, n := at, 0; j < s.b && n < 8; j, n = j+1, n+1 {
		if g := d.groupStartingAt(r, si, j); hasPerson(g) {
			return g
		}
		t := d.toks[j]
		if !(t.kind == tWord && !t.cap || t.text == "-" || t.text == "," && j > at) {
			break
		}
	}
	return nil
}

// hasPerson reports whether a mention of group is a person.
func hasPerson(group []*mention) bool {
	for _, m := range group {
		if m.act != nil && m.act.typ == graph.Person {
			return true
		}
	}
	return false
}
