package extract

// gappedPartners (rules "parse: verb subject and object" and "parse:
// conjunct the surface missed", through targetsOf and nounArgs) returns
// the partners of verb v whose verb the text leaves out after "and": in
// "A met B on Monday and C on Friday" and "A held talks with B on
// Monday and with C on Wednesday" the parser hangs C on the first
// phrase of time ("Monday"), as if C were another day; a conjunct of a
// phrase of time that is no time itself, introduced by prep (none for
// an object), is a partner of v as B is. ("Met B on Monday and
// Tuesday" gives no one: Tuesday is a time.)
func gappedPartners(ds *depSent, v int, prep string) []int {
	var out []int
	for _, t := range ds.children(v, "obl", "nmod") {
		if !timeWord(ds, t) {
			continue
		}
		for _, c := range ds.children(t, "conj") {
			if timeWord(ds, c) || ds.caseOf(c) != prep || ds.words[c].UPOS != "PROPN" && ds.words[c].UPOS != "NOUN" {
				continue
			}
			out = append(out, ds.withConjuncts(c)...)
		}
	}
	return out
}

// timeWord reports whether word w names a time: a weekday, a month, a
// time noun ("week", "morning") or a time modifier the parser marked
// (obl:tmod).
func timeWord(ds *depSent, w int) bool {
	l := ds.lemma(w)
	if _, ok := weekdays[l]; ok || timeNouns[l] || monthLike(l) && ds.words[w].UPOS == "PROPN" {
		return true
	}
	return ds.words[w].Deprel == "obl:tmod"
}
