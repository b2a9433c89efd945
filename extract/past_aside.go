package extract

// pastAside (rule "appositive role", role.past-title) reports whether
// the aside [part[0], part[1]) says the office it names is past: a word
// of pastTitleWords before its first role noun ("X, a former Zambian
// foreign minister,", "X, Zambia's former finance minister,", "X, an
// ex-chairman of the bank,"). The annotations give a former office no
// ROLE; "X, a member of the former ruling party," keeps its role, the
// past word standing after the role noun.
func (d *doc) pastAside(part [2]int) bool {
	for k := part[0]; k < part[1]; k++ {
		t := d.toks[k]
		if t.kind != tWord {
			continue
		}
		if roleNoun(t.low) {
			return false
		}
		if !t.cap && (t.is(pastTitleWordsClass) || len(t.low) > 3 && t.low[:3] == "ex-") {
			return true
		}
	}
	return false
}
