package resolvers

import "sync/atomic"

// SetPlainSubgraphs turns plainSubgraphs on or off for a test, which
// restores it with the function returned.
func SetPlainSubgraphs(on bool) (restore func()) {
	was := plainEnabled
	plainEnabled = on
	return func() { plainEnabled = was }
}

// PlainSubgraphsWritten is how many subgraphs plainSubgraphs wrote.
func PlainSubgraphsWritten() int64 { return atomic.LoadInt64(&plainWritten) }

// SetCompactResponses turns writeResponse's own writing of answers on
// or off (off: json.Marshal, as gqlgen's transport) for a test, which
// restores it with the function returned.
func SetCompactResponses(on bool) (restore func()) {
	was := compactEnabled
	compactEnabled = on
	return func() { compactEnabled = was }
}

// AppendCompactData is appendCompactData without placeholders, for its
// table test.
func AppendCompactData(dst, data []byte) ([]byte, bool) {
	out, _, ok := appendCompactData(dst, data, 0)
	return out, ok
}
