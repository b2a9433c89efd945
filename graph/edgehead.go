package graph

import "context"

// EdgeHeadReader is implemented by Readers that can load edges without
// their evidence: a traversal that reports only support and dates need
// not read every piece of evidence of every edge it returns.
type EdgeHeadReader interface {
	// EdgeHeads returns the edges with the given IDs, like Reader.Edges
	// (missing ones left out, in the order given), with Evidence empty
	// and Articles, First and Last summarising it, so that Support,
	// FirstSeen and LastSeen answer as they would with the evidence.
	EdgeHeads(ctx context.Context, ids []ID) ([]Edge, error)
}

// EdgeHeadScanner is implemented by Readers that can scan every edge
// without its evidence: a whole-graph export that prints support and
// dates but no sentence need not read every piece of evidence.
type EdgeHeadScanner interface {
	// ScanEdgeHeads calls fn for every edge with an ID above after, in
	// ID order, inside one read snapshot, like Reader.ScanEdges, but
	// with each edge as EdgeHeads returns it: Evidence empty, and
	// Articles, First and Last summarising it. fn may return ErrStop to
	// end the scan early without error.
	ScanEdgeHeads(ctx context.Context, after ID, fn func(Edge) error) error
}
