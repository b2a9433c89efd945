package extract

// possessedAppositiveSubject (rule rel.verb-object, clauseSubject)
// returns the actors named in the appositive after a possessive
// pronoun's noun that opens a clause ("Her union, FUTPRO, thanked Y",
// "His lawyer, Piotr Nowak, criticised Y": FUTPRO, Piotr Nowak), the
// subject of the clause rather than the possessor, or nil.
func (d *doc) possessedAppositiveSubject(r *reader, si int, m *mention, i int) []*actor {
	if m.kind != sPron || m.pron != "his" && m.pron != "her" && m.pron != "its" && m.pron != "their" {
		return nil
	}
	if g := d.groupStartingAt(r, si, m.b); g != nil {
		// "His lawyer, Piotr Nowak," read as one titled mention
		if e := g[len(g)-1].b; e < i && d.toks[e].text == "," && e > m.b+1 {
			return d.actorsOf(r, g)
		}
	}
	k := m.b
	for n := 0; k < i && n < 3 && d.toks[k].kind == tWord && !d.toks[k].cap; n++ {
		k++
	}
	if k == m.b || k >= i || d.toks[k].text != "," {
		return nil
	}
	g := d.groupStartingAt(r, si, k+1)
	if g == nil {
		return nil
	}
	if e := g[len(g)-1].b; e >= i || d.toks[e].text != "," {
		return nil
	}
	return d.actorsOf(r, g)
}
