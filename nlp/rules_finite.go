package nlp

// finiteClause reports whether verb v heads a finite clause: a finite
// Penn tag of its own, or a finite auxiliary or copula among its
// dependents ("the hair is typically put in a bath": "put" is VBN, its
// clause finite through "is").
func finiteClause(s *Sentence, v int) bool {
	if !nonFinite[s.Tokens[v].XPOS] {
		return true
	}
	for j := range s.Tokens {
		c := &s.Tokens[j]
		if c.Head != v+1 {
			continue
		}
		switch c.Deprel {
		case "aux", "aux:pass", "cop":
			if finiteTag[c.XPOS] {
				return true
			}
		}
	}
	return false
}

// finiteTag are the Penn tags of finite verbs and modals.
var finiteTag = map[string]bool{"VBD": true, "VBZ": true, "VBP": true, "MD": true}
