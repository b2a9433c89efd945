package extract

import "github.com/newsgraph/newsgraph/graph"

// An "it" that opens the second clause of its own sentence ("The
// government accused several miners of underpaying royalties, and in
// March it fined a British company", "The confederation warned that a
// long dispute would hurt manufacturers, and it called on both
// governments to …") goes on with the body the sentence opened with as
// its subject. resolveIt only looks at the sentence before, and only
// for an "it" that opens its sentence; this rule (pronoun:it-clause)
// comes first for an "it" after "and" or "but".

// itClauseMaxOpening is how many words may stand between "and"/"but"
// and the "it" of the clause they open: a short phrase of time ("and in
// March it fined", "but on Friday it summoned", "and later it …").
const itClauseMaxOpening = 4

// resolveItClause (rule pronoun:it-clause): an "it" that opens a
// clause after "and" or "but" before a verb of the interaction lexicon
// (itOpensClause) is the single organisation, country or group its own
// sentence has as subject before it (sentenceSubject): "X accused the
// miners …, and it fined Y". A person's sentence ("Ana Ruiz criticised
// the bank, and it cut rates"), two subjects ("Norway and Sweden
// signed the pact, and it …") and an "it" inside quotation marks stay
// with the other rules.
func (d *doc) resolveItClause(r *reader, m *mention) []*actor {
	if m.quote || !d.itOpensClause(m.a, d.sents[m.sent]) {
		return nil
	}
	subj := d.sentenceSubject(r, m.sent, m.a)
	if len(subj) != 1 || subj[0].typ == graph.Person {
		return nil
	}
	return subj
}

// itOpensClause reports whether the "it" at token i of sentence s
// follows "and" or "but" (a comma may stand before them), at most
// after a short opening phrase of time or place opened by a preposition
// or an adverb ("and in March it", "but later it"), and is the subject
// of a verb of the interaction lexicon (verbAfterIt).
func (d *doc) itOpensClause(i int, s sentence) bool {
	if d.toks[i].low != "it" || i-1 <= s.a {
		return false
	}
	j := i - 1
	for j > s.a && i-j <= itClauseMaxOpening && !isClauseJoin(d.toks[j].low) {
		if t := d.toks[j]; t.kind != tWord || isLexVerb(t.low) {
			return false // "and the report it cited": no opening phrase
		}
		j--
	}
	if !isClauseJoin(d.toks[j].low) {
		return false
	}
	if j+1 < i && !(d.toks[j+1].is(prepositionsClass) || d.toks[j+1].is(itActsAdverbsClass) || adverbs[d.toks[j+1].low]) {
		return false // "and the fine it imposed": a noun phrase, not an opening
	}
	return d.verbAfterIt(i, s)
}

// isClauseJoin reports whether w joins two clauses of one sentence.
func isClauseJoin(w string) bool { return w == "and" || w == "but" }
