package extract

import "github.com/newsgraph/newsgraph/graph"

// Readings of actor-to-actor relations (issue 12): the
// classes of miss that the held-out and Wikinews sets showed, each read
// by a small named function below.

// afterTalksRule names afterTalksArgs in the trace ("parse: talks after
// the verb").
const afterTalksRule = "talks after the verb"

// afterTalksArgs: "The UAE won a higher baseline after months of
// negotiations with Riyadh", "Y told reporters after a meeting with X
// that …": a talk noun (CONSULT, slot nmod:with) in a phrase after the
// verb opened by "after", "following" or "during", also with a span
// before it ("months of", "two rounds of"), is the talks of the verb's
// subject with the actor after "with" (on the noun, or on the span
// where the parser hangs it). The one who acts after talking with
// someone talked with them. Fronted phrases are lightHead's
// (talkPreps); "at" and "in" after the verb say where something
// happened ("arrived at a meeting with X" is left alone), and a verb
// with no subject of its own ("was announced after talks with X") reads
// nothing.
func afterTalksArgs(ds *depSent, n int, t trigger) (depArgs, bool) {
	h := afterTalksHead(ds, n, t)
	if h < 0 || !ds.hasChild(h, "nsubj") {
		return depArgs{}, false
	}
	var dst []int
	for _, w := range []int{n, ds.head(n)} {
		if w == n || w != h {
			for _, f := range ds.modifiersWith(w, "nmod", "with") {
				dst = append(dst, ds.withConjuncts(f)...)
			}
		}
	}
	s := verbSubject(ds, h)
	if len(dst) == 0 || s < 0 {
		return depArgs{}, false
	}
	return depArgs{src: ds.withConjuncts(s), dst: dst}, true
}

// afterTalksHead returns the verb that a talk noun n (or the span noun
// it measures: "months of negotiations") follows after one of
// afterTalkPreps; -1 otherwise.
func afterTalksHead(ds *depSent, n int, t trigger) int {
	if !t.noun || t.class != graph.Consult || !hasSlot(t, "nmod:with") {
		return -1
	}
	h := ds.head(n)
	if h >= 0 && ds.words[n].Deprel == "nmod" && ds.caseOf(n) == "of" && talkSpanNouns[lowerForm(ds, h)] {
		n, h = h, ds.head(h) // "months of negotiations"
	}
	if h < 0 || n < h || ds.words[n].Deprel != "obl" || !afterTalkPreps[ds.caseOf(n)] || ds.words[h].UPOS != "VERB" {
		return -1
	}
	return h
}

// afterTalkPreps open a phrase after the verb whose talks the verb's
// subject held.
var afterTalkPreps = set("after", "following", "during")

// secondThatSubjects (slot ccomp of lexicon/interactions.tsv) returns
// the subjects of the clauses coordinated with clause c that open with
// their own "that": "demanded that M23 withdraw from Goma and that
// Rwanda pull its troops out" asks Rwanda too. A clause without its own
// "that" ("demanded that A withdraw and said …") may be the main
// verb's, and is left alone.
func secondThatSubjects(ds *depSent, c int) []int {
	var out []int
	for _, k := range ds.children(c, "conj") {
		if k > c && ds.hasMark(k, "that") {
			out = append(out, ds.children(k, "nsubj")...)
		}
	}
	return out
}

// apposedSpeakerBefore (rule pronoun:it-reported, resolveItReported)
// returns the actors of a name set off by commas right before the verb
// of saying at token v: "…, and Saudi Arabia's aid agency, KSrelief,
// said it had flown food to Bangladesh" is KSrelief's "it", not the
// sentence's first subject. The name must open after a comma and close
// with the comma before the verb, and be no owner nor quoted; nil
// otherwise.
func (d *doc) apposedSpeakerBefore(r *reader, si, v int) []*actor {
	s := d.sents[si]
	if v < 0 || v-1 <= s.a || d.toks[v-1].text != "," {
		return nil
	}
	for _, m := range r.mentsBy[si] {
		if m.b != v-1 || m.mod || m.poss || m.quote {
			continue
		}
		if m.a-1 <= s.a || d.toks[m.a-1].text != "," {
			return nil
		}
		return d.actorsOf(r, []*mention{m})
	}
	return nil
}

// commaEnclosedName (every parse rule, through appositiveActors)
// returns the head of a name set off by commas right after noun w that
// the parser hung as a conjunct of w or of the comma after it instead
// of as its apposition: "A parents' association, Padres de Antofagasta,
// said it … and would ask the Senate to open an inquiry". The name is
// proper nouns only, closed by a comma that no "and" or "or" follows (a
// list "the union, A, and B" is no apposition); nil otherwise.
func commaEnclosedName(ds *depSent, w int) []int {
	if w+2 >= len(ds.words) || ds.words[w+1].Form != "," {
		return nil
	}
	e := w + 2
	for e < len(ds.words) && ds.words[e].UPOS == "PROPN" {
		e++
	}
	if e == w+2 || e+1 >= len(ds.words) || ds.words[e].Form != "," {
		return nil
	}
	if f := lowerForm(ds, e+1); f == "and" || f == "or" {
		return nil
	}
	for c := w + 2; c < e; c++ {
		if h := ds.head(c); (h == w || h == w+1) && ds.words[c].Deprel == "conj" {
			return []int{c}
		}
	}
	return nil
}
