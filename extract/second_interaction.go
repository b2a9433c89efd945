package extract

import "github.com/newsgraph/newsgraph/graph"

// This file lets the parse read a second interaction between two sides
// that the surface patterns related already in the same sentence by
// another word and in another class (rule "parse: second interaction"):
// "The Commission urged both governments to stop … and said it was in
// contact with Rome and Valletta" is a REQUEST and a CONSULT; "China
// imposed sanctions on X and summoned the U.S. ambassador" a SANCTION
// and an ACCUSE. The parse otherwise adds nothing where the surface
// related the two sides (relatedIn), so as not to read one word twice.

// secondInteraction reports whether every relation sentence si holds
// between an actor of src and one of dst (either way) is of a class
// other than class and was read from a word other than verb's first:
// the parse's reading of verb is then another interaction, not a
// second reading of one the surface made.
func (d *doc) secondInteraction(si int, src, dst []*actor, class graph.EdgeClass, verb string) bool {
	if d.relatedAs(si, src, dst, class) || d.relatedAs(si, dst, src, class) || d.surfaceRead(si, verb) {
		return false
	}
	return true
}
