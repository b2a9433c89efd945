package extract

// possessedObjectWords is how many lower-case words may stand between
// a possessor and the comma before the name in apposition ("its
// Canadian joint-venture partner, X" is three).
const possessedObjectWords = 4

// possessedAppositiveObject (rule rel.verb-object, objectAfter) reads a
// possessed noun with a name in apposition as a trigger's object: "met
// the WHO's country representative, Amara Diallo,", "was in contact
// with its auditor, Fjeld Revisjon": the one named is met or
// contacted, not the possessor, and the comma before the name ends no
// clause. The possessor (a possessive pronoun or a name with "'s")
// must start within gap words after token k, as any object must; the
// name must close the apposition (a comma, the sentence's end or a
// clause's "and" after it). Nil when the object is no such phrase.
func (d *doc) possessedAppositiveObject(r *reader, si, k int, s sentence, gap int) []*actor {
	n := 0
	for j := k; j < s.b; j++ {
		t := d.toks[j]
		if m := d.possessorAt(r, si, j); m != nil { // before clauseBreak: "the WHO's"
			if d.placeBefore(k, j) && !d.endsInPreposition(k) {
				return nil
			}
			return d.refsOf(r, d.appositiveAfterNoun(r, si, m.b+1, s))
		}
		if d.clauseBreak(j) || t.kind == tPunct {
			return nil
		}
		if thirdPossessives[t.low] {
			if d.placeBefore(k, j) && !d.endsInPreposition(k) {
				return nil
			}
			return d.refsOf(r, d.appositiveAfterNoun(r, si, j+1, s))
		}
		if !t.is(objSkipClass) {
			if n++; n > gap {
				return nil
			}
		}
	}
	return nil
}

// possessorAt returns the name mention starting at token j that ends
// in "'s", nil when there is none.
func (d *doc) possessorAt(r *reader, si, j int) *mention {
	for _, m := range r.mentsBy[si] {
		if m.a == j && m.poss && !m.mod && !m.quote && m.b < len(d.toks) && d.toks[m.b].kind == tPoss {
			return m
		}
	}
	return nil
}

// appositiveAfterNoun returns the name set off by a comma after the one
// to four lower-case words at token p ("country representative, Amara
// Diallo"), when the name closes the apposition; nil otherwise.
func (d *doc) appositiveAfterNoun(r *reader, si, p int, s sentence) *mention {
	k := p
	for n := 0; k < s.b && n < possessedObjectWords && lowerWord(d.toks[k]); n++ {
		k++
	}
	if k == p || k+1 >= s.b || d.toks[k].text != "," {
		return nil
	}
	for _, m := range r.mentsBy[si] {
		// the name, or a titled mention that holds it ("representative, Amara Diallo")
		if m.a < p || m.a > k+1 || m.b <= k+1 || m.mod || m.quote || m.kind == sPron || m.kind == sDesc {
			continue
		}
		if e := m.b; e < s.b && d.toks[e].text != "," && d.toks[e].text != "." && d.toks[e].low != "and" {
			return nil
		}
		return m
	}
	return nil
}

// refsOf returns what mention m refers to, nil for no mention.
func (d *doc) refsOf(r *reader, m *mention) []*actor {
	if m == nil {
		return nil
	}
	return d.refs(r, m)
}

// lowerWord reports whether t is a lower-case word (a hyphenated one
// included: "joint-venture").
func lowerWord(t token) bool { return t.kind == tWord && !t.cap }

// thirdPossessives own the noun a name in apposition follows ("its
// auditor, X"); a first person's ("our partner, X") speaks in a quote.
var thirdPossessives = set("its", "his", "her", "their")

// strayAppositive (every parse rule, through appositiveActors) returns
// the name right after noun w and a comma that the parser hung as an
// apposition on w's head instead of on w ("in contact with its auditor,
// Fjeld Revisjon", with "Revisjon" on "contact"): it describes w, the
// nearer noun. The apposition's head may be any word of the name. Nil
// when there is none.
func strayAppositive(ds *depSent, w int) []int {
	if w+2 >= len(ds.words) || ds.words[w+1].Form != "," {
		return nil
	}
	for c := w + 2; c < len(ds.words) && ds.words[c].UPOS == "PROPN"; c++ {
		if ds.words[c].Deprel == "appos" {
			if ds.head(c) != ds.head(w) {
				return nil
			}
			return []int{c}
		}
	}
	return nil
}

// possessedTieArgs (rule parse: tie noun, tieArgs) reads a tie noun
// owned by "its" or "their" with a name set off by commas right after
// it: "X and its joint-venture partner, Y, rejected …", "said its ally,
// Y, would …" are X COOPERATE Y, wherever the parser hung the name (an
// apposition, or a conjunct of X). A person's "his partner" may be
// kin or business: not read.
func possessedTieArgs(ds *depSent, n int) (depArgs, bool) {
	p := ds.children(n, "nmod:poss")
	if len(p) == 0 || ds.form(p[0]) != "its" && ds.form(p[0]) != "their" {
		return depArgs{}, false
	}
	name := nameAfterComma(ds, n)
	if name < 0 {
		return depArgs{}, false
	}
	return depArgs{src: []int{name}, dst: []int{p[0]}}, true
}

// nameAfterComma returns the first word of the proper name right after
// word n and a comma when a comma, a full stop or the sentence's end
// closes the name; -1 otherwise.
func nameAfterComma(ds *depSent, n int) int {
	c := n + 2
	if c >= len(ds.words) || ds.words[n+1].Form != "," || ds.words[c].UPOS != "PROPN" {
		return -1
	}
	e := c
	for e < len(ds.words) && ds.words[e].UPOS == "PROPN" {
		e++
	}
	if e < len(ds.words) && ds.words[e].Form != "," && ds.words[e].Form != "." {
		return -1
	}
	return c
}
