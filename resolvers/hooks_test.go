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
