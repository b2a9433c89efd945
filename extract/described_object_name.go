package extract

// describedAfterPreposition (rule stmt.reported-clause, clauseSubject)
// reports whether the name at token a follows a preposition past a
// description of at most three words — lower-case words that are no
// verbs, a nationality, "the" or "a": "the takeover of Sabadell by rival
// BBVA, saying …", "a deal with German carmaker BMW". Such a name is
// the preposition's object, not its clause's subject.
func (d *doc) describedAfterPreposition(a, start int) bool {
	k := a - 1
	for n := 0; n < 3 && k > start; n++ {
		t := d.toks[k]
		if t.kind != tWord || t.is(prepositionsClass) {
			break
		}
		if t.cap {
			if f, e, ok := d.gazAt(k, a); !ok || e != k+1 || f.kind != gDemonym {
				return false
			}
		} else if t.is(lexVerbWordsClass) || t.is(auxiliariesClass) || t.low == "and" || t.low == "or" {
			return false
		}
		k--
	}
	if k == a-1 || k < start {
		return false // no description: the plain preposition rule's
	}
	t := d.toks[k]
	return t.kind == tWord && t.is(prepositionsClass) && t.low != "from"
}

// prepositionObject (rule stmt.reported-clause, prepositionObject)
// reports whether the name at token a is a preposition's object, right
// after it or past a description (describedAfterPreposition): "X's
// observer mission, led by former president Y, said …" is not Y's.
func (d *doc) prepositionObject(a, lo int) bool {
	if a-1 > lo && d.toks[a-1].kind == tWord && d.toks[a-1].is(prepositionsClass) {
		return true
	}
	return d.describedAfterPreposition(a, lo)
}
