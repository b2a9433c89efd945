package extract

import "slices"

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

// gappedPair is a subject and the targets of a clause whose verb the
// text leaves out ("… and C D").
type gappedPair struct{ subj, dst []int }

// gappedSubjects (rule "parse: gapped subject") takes out of a rule's
// targets dst those that open a clause of their own whose verb the
// text leaves out, and returns them with their targets: in "A sent two
// planes to B and C one" C sent one plane to B (C, a conjunct of the
// target B, carries an amount of its own); in "A met B and C D" C met D
// (C, a conjunct of the object B, is followed by a second object of the
// verb v).
func gappedSubjects(ds *depSent, v int, dst []int) (keep []int, pairs []gappedPair) {
	objs := ds.children(v, "obj")
	for _, c := range dst {
		h := ds.head(c)
		if ds.words[c].Deprel != "conj" || h < 0 || !slices.Contains(dst, h) || ds.caseOf(c) != "" {
			keep = append(keep, c)
			continue
		}
		if amountOf(ds, c) {
			pairs = append(pairs, gappedPair{subj: []int{c}, dst: []int{h}})
			continue
		}
		if o := objectAfter(objs, c); o >= 0 && slices.Contains(objs, h) && !givenThing(ds, o) {
			pairs = append(pairs, gappedPair{subj: []int{c}, dst: []int{o}})
			continue
		}
		keep = append(keep, c)
	}
	if len(pairs) == 0 {
		return dst, nil
	}
	var out []int
	for _, w := range keep {
		if !pairedObject(pairs, w) {
			out = append(out, w)
		}
	}
	return out, pairs
}

// amountOf reports whether name c is followed by a bare amount, the
// object of a gapped clause ("and Croatia one,", "and Spain two."): a
// number right after it, hung on it or on the name it is coordinated
// with, that ends the phrase ("Lithuania two patrol boats" counts boats).
func amountOf(ds *depSent, c int) bool {
	k := c + 1
	if k >= len(ds.words) || ds.words[k].UPOS != "NUM" {
		return false
	}
	if h := ds.head(k); h != c && h != ds.head(c) {
		return false
	}
	return k+1 == len(ds.words) || ds.words[k+1].UPOS == "PUNCT" || ds.words[k+1].UPOS == "CCONJ"
}

// givenThing reports whether object o is a thing given or counted ("gave
// A and B two planes"), no partner of a gapped clause.
func givenThing(ds *depSent, o int) bool {
	return ds.words[o].UPOS == "NUM" || len(ds.children(o, "nummod")) > 0
}

// objectAfter returns the first object of objs after word c, or -1.
func objectAfter(objs []int, c int) int {
	for _, o := range objs {
		if o > c {
			return o
		}
	}
	return -1
}

// pairedObject reports whether w is a target after the subject of one
// of pairs: that gapped clause's own object, not the first clause's.
func pairedObject(pairs []gappedPair, w int) bool {
	for _, p := range pairs {
		if slices.Contains(p.dst, w) && w > p.subj[0] {
			return true
		}
	}
	return false
}

// gappedRelations adds the relations of the gapped clauses pairs of
// trigger v (gappedSubjects), in the trigger's class and modality, each
// subject acting on its own targets; a third party's claim of force or
// blame is left out as for the first clause.
func (d *doc) gappedRelations(r *reader, si int, ds *depSent, v int, t trigger, args depArgs, pairs []gappedPair, md modal) {
	if len(pairs) == 0 {
		return
	}
	class := t.class
	if args.class != "" {
		class = args.class
	}
	md.rule = "parse: gapped subject"
	for _, p := range pairs {
		src, dst := d.wordActors(r, si, ds, p.subj), d.targetActors(r, si, ds, p.dst)
		if hostile[class] {
			if speakers, reported := d.reportedBy(si, ds.tok[v]); reported && !d.speaksForParty(speakers, src) && !d.speaksForParty(speakers, dst) {
				continue
			}
		}
		for _, a := range src {
			for _, o := range dst {
				if a != o && !d.relatedIn(si, []*actor{a}, []*actor{o}, class) {
					d.rels = append(d.rels, rel{src: a, dst: o, class: class, sent: si, verb: ds.words[v].Form, modal: md})
				}
			}
		}
	}
}
