package nlp

// The clause-verb features of the second tagging pass (session 25's
// "D", TrainOptions.ClauseVerbs): a present verb after a noun subject
// ("The feasibility study estimates that ...") or a base form after
// "to" read as a noun is the costliest class of the tagger's errors for
// the parse. The second pass sees the first pass's tags on both sides,
// so it can tell whether the token's clause has a verb besides it:
// clauseVerbFlags gives each token bit 1 when the first pass tagged a
// VERB or AUX between it and the nearest PUNCT, CCONJ or SCONJ on its
// left, and bit 2 the same on its right. The UPOS model reads the flags
// with the token's first-pass UPOS, alone and with its two-letter
// suffix (templates 50 and 51); the Penn-tag model with the token's
// UPOS, alone and with the suffix (templates 110 and 111). A model
// trained with them says so in its flags (modelClauseVerbs).

// clauseVerbFlags returns, in buf, the flags of each token given the
// first pass's UPOS classes (first) and the class names (upos).
func clauseVerbFlags(upos []string, first []uint8, buf []uint8) []uint8 {
	verb, aux, punct, cconj, sconj := noTag, noTag, noTag, noTag, noTag
	for c, name := range upos {
		switch name {
		case "VERB":
			verb = c
		case "AUX":
			aux = c
		case "PUNCT":
			punct = c
		case "CCONJ":
			cconj = c
		case "SCONJ":
			sconj = c
		}
	}
	buf = fill8(buf, len(first), 0)
	// kind: 1 a verb, 2 a clause boundary, 0 else.
	kind := func(u uint8) int {
		switch int(u) {
		case verb, aux:
			return 1
		case punct, cconj, sconj:
			return 2
		}
		return 0
	}
	seen := false
	for i, u := range first {
		if seen {
			buf[i] |= 1
		}
		switch kind(u) {
		case 1:
			seen = true
		case 2:
			seen = false
		}
	}
	seen = false
	for i := len(first) - 1; i >= 0; i-- {
		if seen {
			buf[i] |= 2
		}
		switch kind(first[i]) {
		case 1:
			seen = true
		case 2:
			seen = false
		}
	}
	return buf
}

// clauseFeatures appends the UPOS model's clause-verb features of a
// token: its flags cl with its first-pass UPOS u, alone and with its
// two-letter suffix (templates 50 and 51, hashed in q).
func clauseFeatures(f []uint64, w *wordInfo, cl, u uint64, q *hashQueue) []uint64 {
	b := newBuilder(49, q)
	b = b.add2(cl, u)
	b = b.add3(cl, u, w.suf[1])
	return b.done(f)
}

// clauseXposFeatures appends the Penn-tag model's clause-verb features
// of a token: its flags cl with its UPOS u, alone and with its
// two-letter suffix (templates 110 and 111, hashed in q).
func clauseXposFeatures(f []uint64, w *wordInfo, cl, u uint64, q *hashQueue) []uint64 {
	b := newBuilder(109, q)
	b = b.add2(u, cl)
	b = b.add3(u, cl, w.suf[1])
	return b.done(f)
}
