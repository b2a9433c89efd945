package extract

// possessedOrgRun (rule mention.organisation, possessedOrgRun) reports
// whether the capitalised run [a, b), joined by a lower-case "for" or
// "of" and set off by commas, is the name of the possessed
// organisation's noun before it: "Hollý's party, Direction for
// Slovakia, said", "her movement, Justice for Peru," is one
// organisation, not a word and a country.
func (d *doc) possessedOrgRun(a, b int, s sentence) bool {
	if a-3 < s.a || b >= s.b || d.toks[a-1].text != "," || d.toks[b].kind != tPunct {
		return false
	}
	joined := false
	for k := a + 1; k < b-1; k++ {
		if t := d.toks[k]; t.kind == tWord && !t.cap && (t.low == "for" || t.low == "of") {
			joined = true
		}
	}
	if !joined {
		return false
	}
	return d.possessedOrgNoun(a-2, s)
}

// personNamedBody (rule mention.organisation, namedBodyCues) reports
// whether the capitalised run ending at token b may be a person's name
// that a family's or founder's body is called after: one word, or a
// known given name first ("the Trump foundation", "the Adani group",
// "the Bill Gates foundation"). Such a run is left to the person rules.
func (d *doc) personNamedBody(b int) bool {
	a := b
	for a > 0 && d.toks[a-1].kind == tWord && d.toks[a-1].cap {
		a--
	}
	if b-a <= 1 {
		return true
	}
	return firstNames[d.toks[a].low]
}
