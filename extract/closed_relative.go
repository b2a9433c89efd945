package extract

// closedRelative (rule rel.verb-object, clauseSubject) returns the comma
// before the relative pronoun at token k when the relative clause it
// opens has closed with a comma before token i — "X, who leads the
// opposition, joined the protesters and accused Y": the verb at i is
// the main clause's, whose subject stands before the comma — or -1.
// clauseSubject asks it only for a verb coordinated after "and" or a
// comma (coordinatedVP): a noun or an infinitive's verb further on has
// its own subject ("urged Y to call an election").
func (d *doc) closedRelative(k, i int) int {
	if w := d.toks[k].low; w != "who" && w != "which" || k < 1 || d.toks[k-1].text != "," {
		return -1
	}
	for j := k + 1; j < i; j++ {
		if d.toks[j].text == "," && !d.inQuote[j] {
			return k - 1
		}
	}
	return -1
}
