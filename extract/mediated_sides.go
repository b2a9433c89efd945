package extract

// unnamedSides (rule "parse: mediation", unnamedSides) finds the sides
// of "talks mediated by X and Y" when the text names none after
// "between" and the parser hung the talks where no verb's subject
// reaches them ("Colombia's ELN released six soldiers …, handing them
// over to a mission in the province of Arauca after talks mediated by
// Cuba and Norway"): the subject of the sentence's main verb is one
// side, and the country its name is possessed by ("Colombia's ELN",
// "Sudan's Rapid Support Forces") the other, the group's own
// government. Only for a participle on a noun of talks (talkNouns).
func unnamedSides(ds *depSent, v int) []int {
	n := ds.head(v)
	if ds.words[v].Deprel != "acl" || n < 0 || !consultationNoun(ds, n) {
		return nil
	}
	root := -1
	for i := range ds.words {
		if ds.words[i].Head == 0 {
			root = i
			break
		}
	}
	if root < 0 || ds.words[root].UPOS != "VERB" {
		return nil
	}
	s := verbSubject(ds, root)
	if s < 0 {
		return nil
	}
	sides := ds.withConjuncts(s)
	for _, w := range sides {
		for _, p := range ds.children(w, "nmod:poss") {
			if ds.words[p].UPOS == "PROPN" {
				sides = append(sides, p)
			}
		}
	}
	return sides
}
