package extract

// explicitBlameVerbs accuse by their own word: "accused", "blamed".
var explicitBlameVerbs = set("accuse", "blame")

// explicitBlame (parse: verb subject and object, in depTrigger): an
// accusation made in so many words is an act of its own beside what
// else the sentence relates of the same two sides: "Ghana revoked the
// licence of X, accusing it of underpaying royalties" is a SANCTION and
// an ACCUSE; the parse reads it even when the surface patterns read the
// sanction.
func explicitBlame(ds *depSent, v int) bool {
	return ds.words[v].UPOS == "VERB" && explicitBlameVerbs[ds.lemma(v)]
}

// participleBlameCue (mayInteract) tells whether sentence s accuses in a
// participle clause set off by a comma (", accusing it of", ", blaming
// X for"): the surface patterns read the main clause ("Peru fined X")
// and not the participle's subject, so the sentence is parsed though
// they read something.
func (d *doc) participleBlameCue(s sentence) bool {
	for i := s.a + 1; i < s.b; i++ {
		if d.toks[i-1].text == "," && !d.inQuote[i] && (d.toks[i].low == "accusing" || d.toks[i].low == "blaming") {
			return true
		}
	}
	return false
}
