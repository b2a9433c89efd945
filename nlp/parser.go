package nlp

// The parser is a greedy arc-hybrid transition system (Kuhlmann et al.
// 2011) whose moves an averaged perceptron chooses, trained with a
// dynamic oracle and error exploration (Goldberg and Nivre 2012, 2013).
// Features follow Zhang and Nivre (2011): words, tags, distances,
// valencies and label sets of the stack and buffer items and of their
// outermost children. A second perceptron, the labeller, names each arc
// when it is made, so that later moves see the labels. At parse time a
// beam (beam.go) keeps the best move sequences instead of the one
// greedy one.
//
// Tokens are numbered 1..n; 0 is the root, which sits at the bottom of
// the stack. The root takes exactly one dependent: the move that
// attaches to it is allowed only as the last one.

const (
	moveShift = iota
	moveLeft  // s0 becomes a dependent of b0; pop s0
	moveRight // s0 becomes a dependent of s1; pop s0
	nMoves
)

// parseState is a configuration of the transition system with the
// bookkeeping the features need. All slices are indexed by token
// (0 = root).
type parseState struct {
	n      int
	stack  []int32
	b      int32 // first buffer token; n+1 when the buffer is empty
	heads  []int32
	labels []uint8
	l1, l2 []int32 // leftmost and second leftmost children, 0 = none
	r1, r2 []int32 // rightmost and second rightmost children
	nl, nr []uint8
	lset   []uint64 // bit set of the labels of the left children
	rset   []uint64

	hq hashQueue // the feature builders' scratch
}

func (s *parseState) reset(n int) {
	s.n = n
	s.stack = append(s.stack[:0], 0)
	s.b = 1
	s.heads = fill32(s.heads, n+1, -1)
	s.labels = fill8(s.labels, n+1, 0)
	s.l1 = fill32(s.l1, n+1, 0)
	s.l2 = fill32(s.l2, n+1, 0)
	s.r1 = fill32(s.r1, n+1, 0)
	s.r2 = fill32(s.r2, n+1, 0)
	s.nl = fill8(s.nl, n+1, 0)
	s.nr = fill8(s.nr, n+1, 0)
	s.lset = fill64(s.lset, n+1)
	s.rset = fill64(s.rset, n+1)
}

func fill32(s []int32, n int, v int32) []int32 {
	if cap(s) < n {
		s = make([]int32, n)
	}
	s = s[:n]
	for i := range s {
		s[i] = v
	}
	return s
}

func fill8(s []uint8, n int, v uint8) []uint8 {
	if cap(s) < n {
		s = make([]uint8, n)
	}
	s = s[:n]
	for i := range s {
		s[i] = v
	}
	return s
}

func fill64(s []uint64, n int) []uint64 {
	if cap(s) < n {
		s = make([]uint64, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func (s *parseState) terminal() bool { return s.b > int32(s.n) && len(s.stack) == 1 }

// top returns the k-th stack item from the top (0 = s0), or -1.
func (s *parseState) top(k int) int32 {
	if k < len(s.stack) {
		return s.stack[len(s.stack)-1-k]
	}
	return -1
}

// buf returns the k-th buffer token, or -1.
func (s *parseState) buf(k int) int32 {
	if i := s.b + int32(k); i <= int32(s.n) {
		return i
	}
	return -1
}

// valid marks the moves allowed in this configuration.
func (s *parseState) valid(ok *[nMoves]bool) {
	bufLeft := s.b <= int32(s.n)
	depth := len(s.stack)
	ok[moveShift] = bufLeft
	ok[moveLeft] = bufLeft && depth > 1
	ok[moveRight] = depth > 2 || (depth == 2 && !bufLeft)
}

// apply makes move m, labelling a new arc with label.
func (s *parseState) apply(m int, label uint8) {
	switch m {
	case moveShift:
		s.stack = append(s.stack, s.b)
		s.b++
	case moveLeft:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(s.b, d, label)
	case moveRight:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.attach(s.stack[len(s.stack)-1], d, label)
	}
}

func (s *parseState) attach(h, d int32, label uint8) {
	s.heads[d] = h
	s.labels[d] = label
	bit := uint64(1) << (label & 63)
	if d < h {
		s.nl[h]++
		s.lset[h] |= bit
		switch {
		case s.l1[h] == 0 || d < s.l1[h]:
			s.l2[h], s.l1[h] = s.l1[h], d
		case s.l2[h] == 0 || d < s.l2[h]:
			s.l2[h] = d
		}
		return
	}
	s.nr[h]++
	s.rset[h] |= bit
	switch {
	case s.r1[h] == 0 || d > s.r1[h]:
		s.r2[h], s.r1[h] = s.r1[h], d
	case s.r2[h] == 0 || d > s.r2[h]:
		s.r2[h] = d
	}
}

// arcOf returns the (head, dependent) that move m would make.
func (s *parseState) arcOf(m int) (int32, int32) {
	switch m {
	case moveLeft:
		return s.b, s.top(0)
	case moveRight:
		return s.top(1), s.top(0)
	}
	return -1, -1
}

// costs fills in, for each valid move, how many gold arcs it makes
// unreachable (the arc-hybrid dynamic oracle; exact for projective gold
// trees).
func (s *parseState) costs(gold []int32, ok *[nMoves]bool, cost *[nMoves]int) {
	s0, s1, b0 := s.top(0), s.top(1), s.buf(0)
	for m := range cost {
		cost[m] = 0
	}
	if ok[moveShift] {
		c := 0
		for _, k := range s.stack {
			if k != 0 && gold[k] == b0 {
				c++
			}
			if k != s0 && gold[b0] == k {
				c++
			}
		}
		cost[moveShift] = c
	}
	if ok[moveLeft] || ok[moveRight] {
		deps := 0
		headInBuf := false
		for k := s.b; k <= int32(s.n); k++ {
			if gold[k] == s0 {
				deps++
			}
			if gold[s0] == k {
				headInBuf = true
			}
		}
		if ok[moveLeft] {
			c := deps
			if gold[s0] == s1 || (headInBuf && gold[s0] != b0) {
				c++
			}
			cost[moveLeft] = c
		}
		if ok[moveRight] {
			c := deps
			if headInBuf {
				c++
			}
			cost[moveRight] = c
		}
	}
}

// dist buckets a distance between two tokens.
func dist(a, b int32) uint64 {
	if a < 0 || b < 0 {
		return 0
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 9:
		return 6
	}
	return 7
}

// sentInfo is what the parser knows of each token: word hash, tags.
// Index 0 is the root; index -1 (absent) maps to the none entries.
type sentInfo struct {
	w      []uint64 // lowercased word hash
	p      []uint64 // XPOS class
	u      []uint64 // UPOS class
	commas []int32  // commas[i]: commas among tokens 1..i
	puncts []int32  // puncts[i]: other punctuation among tokens 1..i
	suf    []uint64 // three-rune suffix hash (templates 3 only: fill3)
	verbs  []int32  // verbs[i]: verbs among tokens 1..i (templates 3 only)
}

// between returns how many commas and other punctuation tokens lie
// strictly between tokens a and b, each capped at 2.
func (si *sentInfo) between(a, b int32) (uint64, uint64) {
	if a < 0 || b < 0 {
		return 3, 3
	}
	if a > b {
		a, b = b, a
	}
	if b-a < 2 {
		return 0, 0
	}
	c := si.commas[b-1] - si.commas[a]
	p := si.puncts[b-1] - si.puncts[a]
	return uint64(min(c, 2)), uint64(min(p, 2))
}

// after returns the word just after token i (none at the end).
func (si *sentInfo) after(i int32) uint64 {
	if i < 0 || int(i)+1 >= len(si.w) {
		return noneWord
	}
	return si.w[i+1]
}

const (
	noneWord = 0x6e6f6e65
	rootWord = 0x726f6f74
	noneTag  = 0x3ff
	rootTag  = 0x3fe
)

func (si *sentInfo) word(i int32) uint64 {
	if i < 0 {
		return noneWord
	}
	return si.w[i]
}

func (si *sentInfo) tag(i int32) uint64 {
	if i < 0 {
		return noneTag
	}
	return si.p[i]
}

func (si *sentInfo) utag(i int32) uint64 {
	if i < 0 {
		return noneTag
	}
	return si.u[i]
}

// child returns c's value unless the parent is absent.
func child(s []int32, parent int32) int32 {
	if parent < 0 || s[parent] == 0 {
		return -1
	}
	return s[parent]
}

func (s *parseState) label(i int32) uint64 {
	if i < 0 {
		return 0xff
	}
	return uint64(s.labels[i])
}

// builder numbers feature templates by the order of its calls. It
// queues each feature's values in q and hashes them together (done):
// the features, in the order of the calls, are feat1, feat2 or feat3
// of the template's number and values.
//
// A builder is a value, and each add returns the next one (b = b.add1(x)):
// kept in registers, a run of adds stores each feature's values at
// offsets the compiler knows. Through a pointer (b.add1(x) on a
// *builder) the builder lived on the stack, and each add loaded and
// stored its counts there, a chain of store-to-load waits through
// every feature of a configuration.
type builder struct {
	base uint64 // the template of the segment's first feature, less the features queued before it
	q    *hashQueue
	n    int // features queued
}

// newBuilder returns a builder whose first feature is template t+1's,
// over an empty queue q.
func newBuilder(t uint64, q *hashQueue) builder { return builder{base: t + 1, q: q} }

// from returns the builder on, its next feature being template t+1's:
// the features of several sets of templates are queued one set after
// the other and hashed together (done), rather than a few at a time.
func (b builder) from(t uint64) builder {
	b.base = t + 1 - uint64(b.n)
	return b
}

func (b builder) add1(a uint64) builder       { return b.push(a, featEnd1, 0, 1) }
func (b builder) add2(a, c uint64) builder    { return b.push(a, c, featEnd2, 2) }
func (b builder) add3(a, c, d uint64) builder { return b.push(a, c, d, 3) }

// push queues the next template's feature of n values: a, then v1 and
// v2 (each the value or, past the last one, the end marker
// hashQueue.hash mixes in).
// The queue holds more features than a builder makes (done checks).
func (b builder) push(a, v1, v2 uint64, n uint8) builder {
	q := b.q
	i := b.n & (queueLen - 1)
	q.tm[i], q.a[i], q.b[i], q.c[i], q.vals[i] = b.base+uint64(b.n), a, v1, v2, n
	b.n++
	return b
}

// room returns the builder with room for at least eight more features:
// when its queue is nearly full, the features queued are hashed and
// appended to f first, and the builder returned starts an empty queue
// (the next add must set its template with from).
func (b builder) room(f []uint64) (builder, []uint64) {
	if b.n <= queueLen-8 {
		return b, f
	}
	return builder{q: b.q}, b.done(f)
}

// done appends the features to f, all hashed; with a set of templates
// to leave out (q.drop), those of the others, each set's numbered on
// from its first as if the builder had made them alone.
func (b builder) done(f []uint64) []uint64 {
	if b.n > queueLen {
		panic("nlp: a feature builder made more features than its queue holds")
	}
	b.q.n = b.n
	if b.q.drop != nil {
		b.q.leaveOut()
	}
	f = b.q.hash(f)
	b.q.n = 0
	return f
}

// parseFeatures appends the features of a configuration.
func parseFeatures(f []uint64, s *parseState, si *sentInfo) []uint64 {
	b := newBuilder(1000, &s.hq)
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
	s2w, s2p := si.word(s2), si.tag(s2)

	b = b.add1(0)
	// Single items.
	b = b.add1(s0w)
	b = b.add1(s0p)
	b = b.add2(s0w, s0p)
	b = b.add1(si.utag(s0))
	b = b.add1(s1w)
	b = b.add1(s1p)
	b = b.add2(s1w, s1p)
	b = b.add1(s2p)
	b = b.add2(s2w, s2p)
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
	for _, c := range [...]int32{s0l, s0r, s1l, s1r, b0l} {
		b = b.add1(si.word(c))
		b = b.add1(si.tag(c))
		b = b.add1(s.label(c))
	}
	for _, c := range [...]int32{s0l2, s0r2, s1r2, b0l2} {
		b = b.add1(si.tag(c))
		b = b.add1(s.label(c))
	}
	// Pairs.
	b = b.add3(s0w, s0p, b0w*31+b0p)
	b = b.add3(s0w, s0p, b0w)
	b = b.add3(s0w, b0w, b0p)
	b = b.add3(s0w, s0p, b0p)
	b = b.add3(s0p, b0w, b0p)
	b = b.add2(s0w, b0w)
	b = b.add2(s0p, b0p)
	b = b.add2(b0p, b1p)
	b = b.add3(s1w, s1p, s0w*31+s0p)
	b = b.add2(s1w, s0w)
	b = b.add2(s1p, s0p)
	b = b.add3(s1w, s1p, s0p)
	b = b.add3(s1p, s0w, s0p)
	b = b.add2(s1w, b0w)
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
	b = b.add2(s0w, d)
	b = b.add2(s0p, d)
	b = b.add2(b0w, d)
	b = b.add2(b0p, d)
	b = b.add3(s0w, b0w, d)
	b = b.add3(s0p, b0p, d)
	d2 := dist(s1, s0)
	if s1 == 0 {
		d2 = 8
	}
	b = b.add2(s1w, d2)
	b = b.add2(s0w, d2)
	b = b.add3(s1p, s0p, d2)
	b = b.add3(s1w, s0w, d2)
	// Valencies and label sets.
	for _, x := range [...]int32{s0, s1, b0} {
		var nl, nr, ls, rs uint64 = 0xff, 0xff, 0, 0
		if x >= 0 {
			nl, nr, ls, rs = uint64(s.nl[x]), uint64(s.nr[x]), s.lset[x], s.rset[x]
		}
		w, p := si.word(x), si.tag(x)
		b = b.add2(w, nl)
		b = b.add2(p, nl)
		b = b.add2(w, nr)
		b = b.add2(p, nr)
		b = b.add2(w, ls)
		b = b.add2(p, ls)
		b = b.add2(w, rs)
		b = b.add2(p, rs)
	}
	// Depth of the stack, for the root rule.
	b = b.add2(uint64(min(len(s.stack), 4)), b0p)
	// Punctuation between the items, and the words after them: commas
	// and quotes mark appositions, coordinations and reported speech.
	c, p := si.between(s0, b0)
	b = b.add3(s0p, b0p, c*4+p)
	b = b.add2(c*4+p, d)
	c2, p2 := si.between(s1, s0)
	b = b.add3(s1p, s0p, c2*4+p2)
	b = b.add3(s1w, s0p, c2*4+p2)
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
	b = b.add3(b0w, s0u, b0u)
	return b.done(f)
}

// labelFeatures appends the features the labeller sees for the arc
// h → d being made in configuration s.
func labelFeatures(f []uint64, s *parseState, si *sentInfo, h, d int32) []uint64 {
	b := newBuilder(5000, &s.hq)
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
	b = b.add3(hw, dw, left)
	b = b.add3(hp*31+dp, dd, left)
	b = b.add3(du, s.lset[d], s.rset[d])
	b = b.add2(dp, s.lset[d])
	b = b.add2(dp, s.rset[d])
	b = b.add3(hp, dp, s.lset[d])
	b = b.add3(hu*31+du, left, s.rset[d])
	dl, dr := child(s.l1, d), child(s.r1, d)
	b = b.add3(si.word(dl), s.label(dl), dp)
	b = b.add3(si.tag(dl), s.label(dl), du)
	b = b.add3(si.word(dl), s.label(dl), hu)
	b = b.add3(si.tag(dr), s.label(dr), du)
	b = b.add3(si.word(dr), s.label(dr), du)
	b = b.add3(hp, s.lset[h], left)
	b = b.add3(hp, s.rset[h], left)
	b = b.add3(uint64(s.nl[d]), uint64(s.nr[d]), du)
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
	b = b.add3(si.word(next), du, left)
	hn := h + 1
	if hn > int32(s.n) || h == 0 {
		hn = -1
	}
	b = b.add3(si.tag(hn), hp, dp)
	b = b.add3(hw, du, s.lset[d])
	c, p := si.between(h, d)
	b = b.add3(hp*31+dp, left, c*4+p)
	b = b.add3(hu*31+du, left, c*4+p)
	b = b.add3(du, si.after(d), left)
	b = b.add3(hu, si.after(h), left)
	return b.done(f)
}
