package extract

// copularInSubject (rule "parse: noun with possessor or light verb")
// returns the subject of a symmetric trigger noun that is the predicate
// of a copula after "in": "A was in contact with B", "A is in talks
// with B", "the agency said it was in contact with B and C" (the
// reported "it" is the speaker, reportedSelf). The parser makes the noun
// the clause's head, with the subject and the copula on it, so no verb
// carries it (lightHead). -1 when n is no such predicate.
func copularInSubject(ds *depSent, n int, t trigger) int {
	if !t.class.Symmetric() || !ds.hasChild(n, "cop") {
		return -1
	}
	if c := ds.caseOf(n); c != "in" && c != "into" {
		return -1
	}
	return verbSubject(ds, n)
}
