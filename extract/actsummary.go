package extract

import "github.com/newsgraph/newsgraph/graph"

// actSummaryRule names the reading of a stance toward the act a clause
// reports, summed up by a noun in apposition after it.
const actSummaryRule = "stance on a summed-up act"

// summaryActNouns sum up the clause before them when they stand in
// apposition after a comma: "Russia expelled two diplomats, a move
// Ankara condemned".
var summaryActNouns = set("move", "decision", "step", "measure", "action")

// summaryDeterminers open the apposition ("a move", "the decision", "a
// step that …").
var summaryDeterminers = set("a", "an", "the", "this", "that")

// actSummaryArgs: "Russia expelled two Turkish diplomats, a move Ankara
// condemned" is Ankara's ACCUSE of Russia; "The Union imposed tariffs,
// a decision that Beijing criticised" Beijing's of the Union. The act
// noun sums up the main clause, so the relative clause's subject takes
// a stance toward that clause's subject. The parser reads such reduced
// relatives badly ("Ankara" in apposition to "move"), so the words are
// read in order: comma, determiner, optional adjective, act noun,
// optional "that"/"which", a subject of at most four words, the verb.
func actSummaryArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	if t.noun || !stanceClasses[t.class] || t.class == graph.Request || !pastTenseVerb(ds, v) {
		return depArgs{}, false
	}
	noun, subj := summedActBefore(ds, v)
	if noun < 0 {
		return depArgs{}, false
	}
	main := mainClauseBefore(ds, noun)
	if main < 0 {
		return depArgs{}, false
	}
	author := verbSubject(ds, main)
	if author < 0 {
		return depArgs{}, false
	}
	return depArgs{src: subj, dst: ds.withConjuncts(author)}, true
}

// pastTenseVerb reports whether word v is a finite past verb or a
// participle ("condemned", "criticised", "welcomed").
func pastTenseVerb(ds *depSent, v int) bool {
	x := ds.words[v].XPOS
	return x == "VBD" || x == "VBN"
}

// summedActBefore finds, before verb v, the act noun in apposition after
// a comma and the words of the relative clause's subject between them;
// noun is -1 when the words do not have that shape.
func summedActBefore(ds *depSent, v int) (noun int, subj []int) {
	k := v - 1
	for ; k >= 0 && v-k <= 4 && !summaryActNouns[ds.lemma(k)]; k-- {
		if ds.words[k].UPOS == "VERB" || ds.form(k) == "," {
			return -1, nil
		}
	}
	if k < 2 || v-k > 4 || !summaryActNouns[ds.lemma(k)] {
		return -1, nil
	}
	noun = k
	d := noun - 1
	if ds.words[d].UPOS == "ADJ" {
		d--
	}
	if d < 1 || !summaryDeterminers[ds.lemma(d)] || ds.form(d-1) != "," {
		return -1, nil
	}
	for w := noun + 1; w < v; w++ {
		if f := ds.lemma(w); f != "that" && f != "which" {
			subj = append(subj, w)
		}
	}
	if len(subj) == 0 {
		return -1, nil
	}
	return noun, subj
}

// mainClauseBefore returns the verb of the clause the apposition at
// word noun sums up: the sentence's root, when it comes before.
func mainClauseBefore(ds *depSent, noun int) int {
	for w := range ds.words {
		if ds.words[w].Deprel == "root" {
			if w < noun && ds.words[w].UPOS == "VERB" {
				return w
			}
			return -1
		}
	}
	return -1
}

// summedActCue tells whether sentence s has an act noun in apposition
// after a comma (", a move", ", a decision that"): actSummaryArgs may
// read it even when the surface patterns read the main clause.
func (d *doc) summedActCue(s sentence) bool {
	for i := s.a + 2; i < s.b; i++ {
		if !summaryActNouns[d.toks[i].low] {
			continue
		}
		j := i - 1
		if j > s.a && !summaryDeterminers[d.toks[j].low] {
			j-- // an adjective: "a controversial move"
		}
		if j > s.a && summaryDeterminers[d.toks[j].low] && d.toks[j-1].low == "," {
			return true
		}
	}
	return false
}
