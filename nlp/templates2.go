package nlp

// Templates 2 (model format v5): the move templates of templates 1
// without 28 that measured nothing when left out (words of s1 and s2,
// word pairs others repeat, b0's right valency and labels, which the
// arc-hybrid system never fills), with five for lists and appositions;
// the labeller's without 8 such, with one for a clause's subject and
// marker. Retrained with them (branch parser-model, BENCHMARKS.md "Tag
// sets, and retrains"), a model measured 0.4–0.7 UAS and LAS above
// templates 1 and parsed a quarter to a half faster; it is not the
// embedded model because it changes parses extract's tests rely on.
// `go run ./cmd/nlptrain -templates 2 -two-pass -second-pass-tags
// -final-tag-epochs 12 -final-tag-prune 0` trains it.

// parseFeatures2 appends the move features of templates 2.
func parseFeatures2(f []uint64, s *parseState, si *sentInfo) []uint64 {
	return queueMoves2(newBuilder(0, &s.hq), s, si).done(f)
}

// queueMoves2 queues the move features of templates 2.
func queueMoves2(b builder, s *parseState, si *sentInfo) builder {
	b = b.from(1000)
	s0, s1, s2 := s.top(0), s.top(1), s.top(2)
	b0, b1, b2 := s.buf(0), s.buf(1), s.buf(2)
	s0l, s0l2 := child(s.l1, s0), child(s.l2, s0)
	s0r, s0r2 := child(s.r1, s0), child(s.r2, s0)
	s1l, s1r, s1r2 := child(s.l1, s1), child(s.r1, s1), child(s.r2, s1)
	b0l, b0l2 := child(s.l1, b0), child(s.l2, b0)

	s0w, s0p := si.word(s0), si.tag(s0)
	s1w, s1p := si.word(s1), si.tag(s1)
	b0w, b0p := si.word(b0), si.tag(b0)
	b1w, b1p := si.word(b1), si.tag(b1)
	b2w, b2p := si.word(b2), si.tag(b2)
	s2p := si.tag(s2)

	b = b.add1(0)
	// Single items.
	b = b.add1(s0w)
	b = b.add1(s0p)
	b = b.add2(s0w, s0p)
	b = b.add1(si.utag(s0))
	b = b.add1(s1p)
	b = b.add1(s2p)
	b = b.add1(b0w)
	b = b.add1(b0p)
	b = b.add2(b0w, b0p)
	b = b.add1(si.utag(b0))
	b = b.add1(b1w)
	b = b.add1(b1p)
	b = b.add2(b1w, b1p)
	b = b.add1(b2w)
	b = b.add1(b2p)
	// Children.
	for _, c := range [...]int32{s0l, s0r, b0l} {
		b = b.add1(si.word(c))
		b = b.add1(si.tag(c))
		b = b.add1(s.label(c))
	}
	b = b.add1(si.tag(s1r))
	b = b.add1(s.label(s1r))
	for _, c := range [...]int32{s0l2, s0r2, s1r2, b0l2} {
		b = b.add1(si.tag(c))
		b = b.add1(s.label(c))
	}
	// Pairs.
	b = b.add3(s0w, s0p, b0w*31+b0p)
	b = b.add3(s0w, s0p, b0p)
	b = b.add2(s0w, b0w)
	b = b.add2(s0p, b0p)
	b = b.add2(b0p, b1p)
	b = b.add3(s1w, s1p, s0w*31+s0p)
	b = b.add2(s1p, s0p)
	b = b.add3(s1p, s0w, s0p)
	b = b.add2(s1p, b0p)
	// Triples of tags.
	b = b.add3(b0p, b1p, b2p)
	b = b.add3(s0p, b0p, b1p)
	b = b.add3(s1p, s0p, b0p)
	b = b.add3(s2p, s1p, s0p)
	b = b.add3(s0p, si.tag(s0l), b0p)
	b = b.add3(s0p, si.tag(s0r), b0p)
	b = b.add3(s0p, b0p, si.tag(b0l))
	b = b.add3(s1p, s0p, si.tag(s0l))
	b = b.add3(s1p, s0p, si.tag(s0r))
	b = b.add3(s1p, si.tag(s1r), s0p)
	b = b.add3(s1p, si.tag(s1l), s0p)
	b = b.add3(s0p, si.tag(s0l), si.tag(s0l2))
	b = b.add3(s0p, si.tag(s0r), si.tag(s0r2))
	b = b.add3(b0p, si.tag(b0l), si.tag(b0l2))
	b = b.add3(s1p, si.tag(s1r), si.tag(s1r2))
	// Distances.
	d := dist(s0, b0)
	if s0 == 0 {
		d = 8
	}
	b = b.add2(b0w, d)
	b = b.add2(b0p, d)
	b = b.add3(s0p, b0p, d)
	d2 := dist(s1, s0)
	if s1 == 0 {
		d2 = 8
	}
	b = b.add2(s1w, d2)
	b = b.add3(s1p, s0p, d2)
	// Valencies and label sets: all of s0's; of s1, its word only with
	// its left labels; of b0, only left children (the arc-hybrid system
	// gives b0 none on its right).
	s0v, s1v, b0v := s.valency(s0), s.valency(s1), s.valency(b0)
	for _, v := range [...]uint64{s0v.nl, s0v.nr, s0v.ls, s0v.rs} {
		b = b.add2(s0w, v)
		b = b.add2(s0p, v)
	}
	b = b.add2(s1p, s1v.nl)
	b = b.add2(s1p, s1v.nr)
	b = b.add2(s1w, s1v.ls)
	b = b.add2(s1p, s1v.ls)
	b = b.add2(s1p, s1v.rs)
	b = b.add2(b0w, b0v.nl)
	b = b.add2(b0p, b0v.nl)
	b = b.add2(b0w, b0v.ls)
	b = b.add2(b0p, b0v.ls)
	// Depth of the stack, for the root rule.
	b = b.add2(uint64(min(len(s.stack), 4)), b0p)
	// Punctuation between the items, and the words after them: commas
	// and quotes mark appositions, coordinations and reported speech.
	c, p := si.between(s0, b0)
	b = b.add3(s0p, b0p, c*4+p)
	b = b.add2(c*4+p, d)
	c2, p2 := si.between(s1, s0)
	b = b.add2(s0p, si.after(s0))
	b = b.add2(s1p, si.after(s1))
	b = b.add3(s0p, si.after(s0), b0p)
	// Universal tags, coarser, for pairs and triples the Penn tags make
	// sparse.
	s0u, s1u, b0u, b1u := si.utag(s0), si.utag(s1), si.utag(b0), si.utag(b1)
	b = b.add2(s0u, b0u)
	b = b.add2(s1u, s0u)
	b = b.add3(s1u, s0u, b0u)
	b = b.add3(s0u, b0u, b1u)
	b = b.add3(s0u, b0u, d)
	b = b.add3(s1u, s0u, d2)
	b = b.add3(s0u, b0u, c*4+p)
	b = b.add3(s1u, s0u, c2*4+p2)
	b = b.add3(s0w, s0u, b0u)
	// Lists and appositions: a conjunct or an apposition carries its
	// comma or conjunction as a left child, so the left labels of s0
	// and b0 with their tags tell "A, B and C" (B goes to A before C
	// comes) from a chain, and the word after b0 closes an apposition.
	b = b.add3(s0v.ls, b0v.ls, s0u*31+b0u)
	b = b.add3(s1u*31+s0u, b0u, b0v.ls)
	b = b.add3(s1u*31+s0u, s0v.ls, b0w)
	b = b.add3(s0u, b0w, b1u)
	b = b.add3(s0u*31+b0u, c*4+p, si.after(b0))
	return b
}

// valency is an item's number of left and right children and the sets
// of their labels (0xff counts for an absent item).
type valency struct{ nl, nr, ls, rs uint64 }

func (s *parseState) valency(x int32) valency {
	if x < 0 {
		return valency{0xff, 0xff, 0, 0}
	}
	return valency{uint64(s.nl[x]), uint64(s.nr[x]), s.lset[x], s.rset[x]}
}

// labelFeatures2 appends the labeller's features of templates 2 for
// the arc h → d being made in configuration s.
func labelFeatures2(f []uint64, s *parseState, si *sentInfo, h, d int32) []uint64 {
	return queueLabels2(newBuilder(0, &s.hq), s, si, h, d).done(f)
}

// queueLabels2 queues the labeller's features of templates 2.
func queueLabels2(b builder, s *parseState, si *sentInfo, h, d int32) builder {
	b = b.from(5000)
	left := uint64(0)
	if d < h {
		left = 1
	}
	dw, dp, du := si.word(d), si.tag(d), si.utag(d)
	hw, hp, hu := si.word(h), si.tag(h), si.utag(h)
	if h == 0 {
		hw, hp, hu = rootWord, rootTag, rootTag
	}
	dd := dist(h, d)
	b = b.add1(left)
	b = b.add2(dw, left)
	b = b.add2(dp, left)
	b = b.add2(du, left)
	b = b.add2(hw, left)
	b = b.add2(hp, left)
	b = b.add2(hu, left)
	b = b.add3(hp, dp, left)
	b = b.add3(hu, du, left)
	b = b.add3(hw, dp, left)
	b = b.add3(hp, dw, left)
	b = b.add3(hp*31+dp, dd, left)
	b = b.add3(du, s.lset[d], s.rset[d])
	b = b.add2(dp, s.lset[d])
	b = b.add3(hp, dp, s.lset[d])
	b = b.add3(hu*31+du, left, s.rset[d])
	dl := child(s.l1, d)
	b = b.add3(si.word(dl), s.label(dl), dp)
	b = b.add3(si.tag(dl), s.label(dl), du)
	b = b.add3(si.word(dl), s.label(dl), hu)
	b = b.add3(hp, s.lset[h], left)
	b = b.add3(hp, s.rset[h], left)
	prev, next := d-1, d+1
	if next > int32(s.n) {
		next = -1
	}
	if prev < 1 {
		prev = -1
	}
	b = b.add3(si.word(prev), du, left)
	b = b.add3(si.tag(prev), dp, hp)
	b = b.add3(si.tag(next), dp, hp)
	hn := h + 1
	if hn > int32(s.n) || h == 0 {
		hn = -1
	}
	b = b.add3(si.tag(hn), hp, dp)
	// A clause's own subject and marker tell ccomp from advcl, xcomp
	// and parataxis, with the verb it hangs on.
	b = b.add3(hw, du, s.lset[d])
	b = b.add3(hu*31+du, left, s.lset[d])
	c, p := si.between(h, d)
	b = b.add3(hp*31+dp, left, c*4+p)
	b = b.add3(hu*31+du, left, c*4+p)
	b = b.add3(hu, si.after(h), left)
	return b
}
