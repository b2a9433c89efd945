package nlp

// Templates 3 (model format v5, templates 3): templates 2 with a few
// more for the words and clauses the tags describe badly. A word's
// three-letter suffix with its universal tag helps the parser where the
// tagger is wrong or the word is rare (tagging errors cost the parser
// about three UAS points on EWT dev); the number of verbs between the
// two items tells whether an arc would cross a clause ("X said the
// talks, which began …, were useful"); the relation of s0's rightmost
// and b0's leftmost child with both tags tells a finished phrase from
// an open one; the word before an item, a comma, a conjunction or a
// quotation mark, tells what it opens.

// fill3 sets what templates 3 read beyond fill's: suffixes and the
// running count of verbs.
func (si *sentInfo) fill3(ws []wordInfo, us []uint8, verb uint8) {
	si.suf = append(si.suf[:0], rootWord)
	si.verbs = append(si.verbs[:0], 0)
	var v int32
	for i := range ws {
		si.suf = append(si.suf, ws[i].suf[2])
		if us[i] == verb {
			v++
		}
		si.verbs = append(si.verbs, v)
	}
}

// suffix returns token i's three-rune suffix (or the word's, shorter).
func (si *sentInfo) suffix(i int32) uint64 {
	if i < 0 {
		return noneWord
	}
	return si.suf[i]
}

// verbsBetween returns how many verbs lie strictly between tokens a and
// b, capped at 2 (3 when an item is absent).
func (si *sentInfo) verbsBetween(a, b int32) uint64 {
	if a < 0 || b < 0 {
		return 3
	}
	if a > b {
		a, b = b, a
	}
	if b-a < 2 {
		return 0
	}
	return uint64(min(si.verbs[b-1]-si.verbs[a], 2))
}

// before returns the word just before token i (none for the first).
func (si *sentInfo) before(i int32) uint64 {
	if i < 2 {
		return noneWord
	}
	return si.w[i-1]
}

// parseFeatures3 appends the move features of templates 3.
func parseFeatures3(f []uint64, s *parseState, si *sentInfo) []uint64 {
	return queueMoves3(newBuilder(0, &s.hq), s, si).done(f)
}

// queueMoves3 queues the move features of templates 3.
func queueMoves3(b builder, s *parseState, si *sentInfo) builder {
	b = queueMoves2(b, s, si)
	b = b.from(1500)
	s0, s1, b0 := s.top(0), s.top(1), s.buf(0)
	s0u, s1u, b0u := si.utag(s0), si.utag(s1), si.utag(b0)
	b = b.add2(si.suffix(s0), s0u)
	b = b.add2(si.suffix(b0), b0u)
	b = b.add3(si.suffix(s0), s0u, b0u)
	b = b.add3(si.suffix(b0), s0u, b0u)
	b = b.add3(s0u, b0u, si.verbsBetween(s0, b0))
	b = b.add3(s1u, s0u, si.verbsBetween(s1, s0))
	b = b.add3(s0u, s.label(child(s.r1, s0)), b0u)
	b = b.add3(s0u, s.label(child(s.l1, b0)), b0u)
	// The word before each item: a comma, a conjunction, "that" or a
	// quotation mark opens a conjunct, an apposition or a clause.
	b = b.add3(s0u, si.before(b0), b0u)
	b = b.add3(s1u, si.before(s0), s0u)
	b = b.add3(s0u, si.before(s0), b0u)
	return b
}

// labelArc gives what the labeller's templates 3 and 4 read of the arc
// from h to d: whether d stands left of its head (1) or right (0), d's
// universal tag and h's (rootTag for the root).
func labelArc(si *sentInfo, h, d int32) (left, du, hu uint64) {
	if d < h {
		left = 1
	}
	du, hu = si.utag(d), si.utag(h)
	if h == 0 {
		hu = rootTag
	}
	return left, du, hu
}

// labelFeatures3 appends the labeller's features of templates 3.
func labelFeatures3(f []uint64, s *parseState, si *sentInfo, h, d int32) []uint64 {
	return queueLabels3(newBuilder(0, &s.hq), s, si, h, d).done(f)
}

// queueLabels3 queues the labeller's features of templates 3.
func queueLabels3(b builder, s *parseState, si *sentInfo, h, d int32) builder {
	b = queueLabels2(b, s, si, h, d)
	b = b.from(5500)
	left, du, hu := labelArc(si, h, d)
	b = b.add3(si.suffix(d), du, left)
	b = b.add3(hu*31+du, left, si.verbsBetween(h, d))
	return b
}
