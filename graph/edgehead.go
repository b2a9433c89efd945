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
