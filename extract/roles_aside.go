package extract

// Asides around a name that stand between it and its role: an age
// ("Anna Berg, 41, a correspondent for X,") and a description of the
// person before the name ("Its president, former rower X, said").

// pastAge (in the rules "appositive role" and "family noun in
// apposition") returns the token after an age set off by commas at
// token k, right after a name and its comma ("Anna Berg, 41, a
// correspondent for the Baltic News Agency," → "a correspondent …"),
// so that the aside after it is read as the name's; k when there is no
// age there.
func (d *doc) pastAge(k int, s sentence) int {
	if k+2 < s.b && d.toks[k].kind == tNum && len(d.toks[k].text) <= 3 && d.toks[k+1].text == "," {
		return k + 2
	}
	return k
}

// descriptorBefore (in the rules "organisation and role noun before
// name" and "organisation's person") returns where a short
// lower-case description of a person ends its role aside, before the
// name at b: "Its president, former international X" reads as "Its
// president, X" (the role aside ends at the comma). Up to three
// lower-case words after a comma, none a verb, preposition, "and" or a
// role noun of their own; b when there is none.
func (d *doc) descriptorBefore(a, b int) int {
	c := d.descriptionComma(a, b, func(w string) bool { return roleNoun(w) || familyNoun(w) })
	if c < 0 {
		return b
	}
	return c + 1
}

// descriptionComma returns the comma that opens a description of one to
// three lower-case words ending right before the name at b, -1 when
// there is none: a word that is capitalised, not a word, "and"/"or", a
// preposition, a verb or one that stops says (a role or family noun)
// ends the search. descriptorBefore and describedKin share it.
func (d *doc) descriptionComma(a, b int, stops func(string) bool) int {
	for c := b - 1; c > a && c >= b-4; c-- {
		t := d.toks[c]
		if t.text == "," {
			if c == b-1 {
				return -1
			}
			return c
		}
		if t.kind != tWord || t.cap || t.low == "and" || t.low == "or" || t.is(prepositionsClass) || t.is(lexVerbWordsClass) || stops(t.low) {
			return -1
		}
	}
	return -1
}
