package extract

// hoistedRecipients (rule "parse: gift to a recipient", through
// giftArgs): in "A and B have pledged $2 million and $1.5 million
// respectively to Y's response, the ministry said" the parser hangs the
// recipient's phrase on the verb of saying after the clause; a "to"
// phrase of that verb standing between the gift verb v and it, before
// the comma that closes the clause, is v's.
func hoistedRecipients(ds *depSent, v int) []int {
	say := ds.head(v)
	if say <= v || ds.words[v].Deprel != "ccomp" || !speechVerbs[ds.form(say)] {
		return nil
	}
	var out []int
	for _, o := range ds.modifiersWith(say, "obl", "to") {
		if v < o && o < say && !commaBetween(ds, v, o) {
			out = append(out, ds.withConjuncts(o)...)
		}
	}
	return out
}

// commaBetween reports whether a comma stands between words a and b.
func commaBetween(ds *depSent, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if ds.form(k) == "," {
			return true
		}
	}
	return false
}

// askingNouns after "at" say on whose request something was done.
var askingNouns = set("request", "behest", "invitation", "appeal")

// requestingRecipients (rule "parse: gift to a recipient", through
// giftArgs): a gift that names no recipient goes to whoever asked for
// it: "Turkey sent two firefighting planes at the request of the Greek
// government", "… at Mali's request" (the possessor or the "of" phrase
// of a request noun after "at" on the gift verb v).
func requestingRecipients(ds *depSent, v int) []int {
	var out []int
	for _, n := range ds.children(v, "obl") {
		if ds.caseOf(n) != "at" || !askingNouns[ds.lemma(n)] {
			continue
		}
		for _, o := range append(ds.children(n, "nmod:poss"), ds.modifiersWith(n, "nmod", "of")...) {
			out = append(out, ds.withConjuncts(o)...)
		}
	}
	return out
}

// atRequestRule names atRequestArgs; its request is read besides the
// aid the same words give ("sent planes at the request of X" is X's
// request and aid to X), as an aid is read besides another class.
const atRequestRule = "acted at the request of"
