package nlp

// Templates 4 (model format v5, templates 4): templates 3 with a few
// more for the relations news needs and small parsers miss most:
// coordination, apposition and the clause set off by commas. In
// "A, B and C" the conjuncts hang on A: whether s1 already has a
// conjunct on its right, and what follows s0 ("and", a comma, a verb),
// tell a list being built from a chain of modifiers; the word after an
// item's whole phrase (a comma closing an apposition, a verb after a
// subject) tells a finished phrase from an open one; and the labeller
// sees the word before the dependent and after its phrase, which mark
// an apposition (", head of the delegation,") and a reporting clause
// (", the minister said."). Measured against templates 2 with the same
// tags and seeds (BENCHMARKS.md, "Templates 4"): greedy, EWT dev +0.03
// UAS, test +0.17, PUD +0.41; with the beam of 8, dev +0.12, test
// +0.61, PUD +0.43, which made it the embedded model (BENCHMARKS.md,
// "Templates 4 under the beam"). Built on templates 2 instead of 3, it
// measured nothing on dev and PUD.

// spanEnd returns the last token of the phrase headed by i as built so
// far (i itself when it has no right children).
func (s *parseState) spanEnd(i int32) int32 {
	for i > 0 && s.r1[i] != 0 {
		i = s.r1[i]
	}
	return i
}

// afterSpan returns the word after the phrase headed by i (none at the
// end or for an absent item).
func (si *sentInfo) afterSpan(s *parseState, i int32) uint64 {
	if i < 0 {
		return noneWord
	}
	return si.after(s.spanEnd(i))
}

// parseFeatures4 appends the move features of templates 4.
func parseFeatures4(f []uint64, s *parseState, si *sentInfo) []uint64 {
	return queueMoves4(newBuilder(0, &s.hq), s, si).done(f)
}

// queueMoves4 queues the move features of templates 4.
func queueMoves4(b builder, s *parseState, si *sentInfo) builder {
	b = queueMoves3(b, s, si)
	b = b.from(1700)
	s0, s1, b0, b1 := s.top(0), s.top(1), s.buf(0), s.buf(1)
	s0u, s1u, b0u, b1u := si.utag(s0), si.utag(s1), si.utag(b0), si.utag(b1)
	b0w := si.word(b0)
	s1v := s.valency(s1)
	b = b.add3(s1v.rs, s0u, b0w)
	b = b.add3(s1u*31+s0u, b0w, b1u)
	b = b.add3(s1u*31+s0u, si.before(s0), b0w)
	b = b.add3(s0u, si.afterSpan(s, s0), b0u)
	b = b.add3(s1u*31+s0u, si.afterSpan(s, s0), s.label(child(s.l1, s0)))
	return b
}

// labelFeatures4 appends the labeller's features of templates 4.
func labelFeatures4(f []uint64, s *parseState, si *sentInfo, h, d int32) []uint64 {
	return queueLabels4(newBuilder(0, &s.hq), s, si, h, d).done(f)
}

// queueLabels4 queues the labeller's features of templates 4.
func queueLabels4(b builder, s *parseState, si *sentInfo, h, d int32) builder {
	b = queueLabels3(b, s, si, h, d)
	b = b.from(5700)
	left, du, hu := labelArc(si, h, d)
	b = b.add3(hu*31+du, left, si.before(d))
	b = b.add3(hu*31+du, left, si.afterSpan(s, d))
	b = b.add3(si.before(d), si.afterSpan(s, d), du)
	b = b.add3(du, s.lset[d], s.rset[d]&^s.lset[d])
	return b
}
