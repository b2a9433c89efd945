package extract

// This file reads who acts in the second of two coordinated verbs
// (rule rel.coordinated-subject): "X accused Y of … and called on Z to
// …", "X accused the navy of … and asked Z to …". The surface rule
// takes the first actor of the clause before the trigger, which is the
// first verb's object or an actor named inside what it is about when
// the subject before the first verb is no actor ("called on Z" became
// the navy's, or Russia's in "accused the cabinet of waiting before
// naming Russia and called on Z"). The parse's subject of the verbs
// (verbSubject, which climbs conjuncts and controlled clauses) decides
// instead, when the surface's choice is named only after the verb the
// trigger is coordinated with (or is none).

// coordinatedSubject returns the actors the parse gives as the subject
// of the trigger verb at token i of sentence si when it follows "and"
// (coordinatedVP) and is a conjunct of an earlier verb, with the
// subject's conjuncts and appositions, and whether the parse decided:
// ok with nil actors means the subject is a name that is no actor, and
// no actor named after the first verb may stand in.
func (d *doc) coordinatedSubject(r *reader, si, i int, s sentence, surface []*actor) (as []*actor, ok bool) {
	if !d.coordinatedVP(i, s) || i < 1 || d.toks[i-1].low != "and" {
		return nil, false
	}
	for _, ds := range d.parsed(si) {
		v := wordOfToken(&ds, i)
		if v < 0 {
			continue
		}
		if ds.words[v].Deprel != "conj" || ds.words[v].UPOS != "VERB" || ds.hasChild(v, "nsubj", "nsubj:pass") {
			return nil, false
		}
		first := firstConjunct(&ds, v)
		subj := verbSubject(&ds, v)
		if subj < 0 && finiteVerb(&ds, v) && !finiteVerb(&ds, first) {
			// "accused X of waiting before naming Y and called on Z": a
			// finite verb is no conjunct of a gerund; it is of the
			// finite verb above it.
			first, subj = finiteHost(&ds, first)
		}
		if subj < 0 || first < 0 || ds.tok[subj] < 0 || ds.tok[first] < 0 || ds.tok[subj] >= ds.tok[first] {
			return nil, false
		}
		if prev := ds.head(v); len(surface) > 0 && (ds.tok[prev] < 0 || !d.namedOnlyBetween(r, si, surface, ds.tok[prev], i)) {
			// The surface's subject stands before the verb the trigger
			// is coordinated with: a parse that hangs the verbs
			// elsewhere ("ordered a recount after the candidate, X,
			// refused … and accused Y") is not followed.
			return nil, false
		}
		if as := d.wordActors(r, si, &ds, ds.withConjuncts(subj)); len(as) > 0 {
			return as, true
		}
		// A name that is no actor ("Selvaraj accused …"): nobody
		// named after it stands in. A description or pronoun left
		// unresolved is the surface rules' to read.
		return nil, ds.words[subj].UPOS == "PROPN"
	}
	return nil, false
}

// namedOnlyBetween reports whether every actor of as is named in
// sentence si only between tokens from and to: after the first verb,
// so an object of it or a name inside what it is about.
func (d *doc) namedOnlyBetween(r *reader, si int, as []*actor, from, to int) bool {
	for _, a := range as {
		for _, m := range r.mentsBy[si] {
			if m.act == a && (m.a < from || m.a >= to) {
				return false
			}
		}
	}
	return true
}

// wordOfToken returns the word of ds on extraction token k, or -1.
func wordOfToken(ds *depSent, k int) int {
	for w, t := range ds.tok {
		if t == k {
			return w
		}
	}
	return -1
}

// firstConjunct returns the first of the coordinated verbs v belongs to:
// the head of its chain of conj relations.
func firstConjunct(ds *depSent, v int) int {
	for steps := 0; ds.words[v].Deprel == "conj" && steps < 8; steps++ {
		h := ds.head(v)
		if h < 0 {
			break
		}
		v = h
	}
	return v
}

// finiteVerbTags are the Penn tags of a verb that agrees with a subject.
var finiteVerbTags = set("VBD", "VBZ", "VBP", "MD")

// finiteVerb reports whether word v is a finite verb.
func finiteVerb(ds *depSent, v int) bool { return finiteVerbTags[ds.words[v].XPOS] }

// finiteHost returns the nearest word above w (at most six steps) that
// has a subject, and that subject (verbSubject); -1, -1 when none.
func finiteHost(ds *depSent, w int) (host, subj int) {
	for steps := 0; steps < 6; steps++ {
		w = ds.head(w)
		if w < 0 {
			break
		}
		if ds.hasChild(w, "nsubj", "nsubj:pass") && ds.words[w].UPOS == "VERB" {
			return w, verbSubject(ds, w)
		}
	}
	return -1, -1
}
