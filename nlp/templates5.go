package nlp

// Templates 5 (model format v5, templates 5): templates 4 less 28 move
// templates, each worth at most 0.06 UAS and LAS on EWT dev when left
// out of model T4 at parse time, one at a time (BENCHMARKS.md, "Fewer
// feature lookups: templates 5"): word pairs and words with tags that
// other templates repeat, tag triples the universal tags repeat, and
// s1's valency. Each move feature is a lookup of a random slot of a
// table far bigger than the caches, and a greedy pass waits on those
// lookups: 89 a configuration instead of 117. The templates left keep
// consecutive numbers (hashQueue.leaveOut), so a model of templates 5
// has its own rows. Retrained with them (model B of that section), the
// greedy parser measured faster and EWT dev as T4 under the beam, but
// EWT test 0.3 UAS and LAS lower: not the embedded model.

// templateSet is a set of template numbers (those builder.push counts
// in t), from base up to base+64·len(bits).
type templateSet struct {
	base uint64
	bits [12]uint64
}

// newTemplateSet returns the set of the template numbers ts.
func newTemplateSet(base uint64, ts ...uint64) templateSet {
	s := templateSet{base: base}
	for _, t := range ts {
		i := t - base
		if i >= uint64(64*len(s.bits)) {
			panic("nlp: template number out of its set's range")
		}
		s.bits[i/64] |= 1 << (i % 64)
	}
	return s
}

// has tells whether template t is in the set.
func (s *templateSet) has(t uint64) bool {
	i := t - s.base
	return i < uint64(64*len(s.bits)) && s.bits[i/64]&(1<<(i%64)) != 0
}

// moveTemplates5Drop are the move templates of templates 4 that
// templates 5 leave out, by number: templates2.go's are 1001 (the bias)
// on, templates3.go's 1501 on, templates4.go's 1701 on, in the order of
// their calls.
var moveTemplates5Drop = newTemplateSet(1000,
	1005, // s0's universal tag
	1006, // s1's tag
	1010, // b0's word and tag (b0's word stays)
	1015, // b2's word
	1017, // s0's leftmost child's word
	1020, // s0's rightmost child's word
	1027, // s1's rightmost child's relation
	1036, // s0's word and tag with b0's word and tag (s0's and b0's words stay)
	1037, // s0's word and tag with b0's tag
	1039, // s0's and b0's tags (with their distance, they stay)
	1041, // s1's word and tag with s0's
	1043, // s1's tag with s0's word and tag
	1047, // s1's, s0's and b0's tags (their universal tags stay)
	1048, // s2's, s1's and s0's tags
	1056, // s0's tag with its two leftmost children's
	1064, // s1's and s0's tags with their distance (universal tags stay)
	1073, // s1's tag and number of left children
	1076, // s1's tag and left labels
	1078, // b0's word and number of left children
	1087, // s0's tag, the word after s0, b0's tag
	1088, // s0's and b0's universal tags
	1095, // s1's and s0's universal tags with the punctuation between them
	1096, // s0's word with s0's and b0's universal tags
	1502, // b0's suffix and universal tag
	1504, // b0's suffix with s0's and b0's universal tags
	1505, // the verbs between s0 and b0
	1507, // s0's rightmost child's relation with s0's and b0's universal tags
	1510, // the word before s0 with s1's and s0's universal tags
)

// labelTemplates5Drop are the labeller's templates of templates 4 that
// templates 5 leave out (templates2.go's are 5001 on, templates3.go's
// 5501 on, templates4.go's 5701 on): none. Leaving out the eleven or six
// worth least (5008, 5009, 5011, 5014, 5015, 5017, 5023, 5027, 5029,
// 5502, 5703; models A and C of BENCHMARKS.md, with other move
// templates) measured lower on EWT dev under the beam than B, which
// kept them; the labeller looks each up once a token, the moves twice.
var labelTemplates5Drop = newTemplateSet(5000)
