package graph

import "context"

// Editor corrects a stored graph by hand: it merges actors the resolver
// kept apart, teaches or unteaches names, and withdraws articles. Every
// method is all or nothing: on error nothing is changed. Unknown IDs give
// errors of kind NotFound, IDs of the wrong kind errors of kind Invalid.
//
// Corrections hold against later ingests: an article that names a merged
// actor's old name, or an alias added by hand, resolves to the actor the
// correction chose.
type Editor interface {
	// MergeActors folds the actors from into the actor into: their edges
	// move to into (evidence of edges that become one is merged, edges
	// between the merged actors are dropped), their names become aliases
	// of into, later ingests of any of their names resolve to into, and
	// the from actors are deleted. into keeps its canonical name and
	// type. It returns into as stored afterwards.
	MergeActors(ctx context.Context, into ID, from []ID) (Node, error)
	// AddAlias adds alias to the names of actor id, so that lookups and
	// later ingests of that name find it. Adding a name the actor has is
	// no change. It returns the actor as stored afterwards.
	AddAlias(ctx context.Context, id ID, alias string) (Node, error)
	// RemoveAlias removes alias from the aliases of actor id; lookups and
	// later ingests no longer find the actor by it (unless another of its
	// names folds alike). Removing the canonical name is Invalid; removing
	// a name the actor does not have is NotFound.
	RemoveAlias(ctx context.Context, id ID, alias string) (Node, error)
	// DeleteArticle withdraws an article: its evidence leaves every edge,
	// edges left without evidence are deleted, and so are the nodes the
	// article brought that nothing else supports any more (no edge left
	// and no other article naming them), and the article with its text.
	// Names the article added to surviving actors stay.
	DeleteArticle(ctx context.Context, id ID) error
}

// EditStore is a store that can also be corrected.
type EditStore interface {
	Store
	Editor
}

// Ingester takes one article as it enters the system (text and
// metadata), extracts its graph and stores it. ingest.Pipeline is one.
type Ingester interface {
	IngestArticle(ctx context.Context, a Article) (IngestResult, error)
}

// Counter is implemented by stores that keep counts of their nodes by
// kind and edges by class, cheaper to read than a scan. Kinds and classes
// with nothing stored may be absent from the maps.
type Counter interface {
	Counts(ctx context.Context) (map[NodeKind]int64, map[EdgeClass]int64, error)
}

// NameScanner is implemented by stores that index actors by name: it
// reads the index alone, without loading actors, so that finding actors
// by part of a name costs a pass over the names, not over the actors.
type NameScanner interface {
	// ScanNames calls fn with every (folded name, actor) pair of the
	// index whose folded name starts with prefix (already folded with
	// Fold; "" for all), in name order, then actor ID order. There is a
	// pair for an actor's canonical name and for each alias (names that
	// fold alike give one pair). fn's error ends the scan as in
	// Reader.ScanNodes.
	ScanNames(ctx context.Context, prefix string, fn func(folded string, id ID) error) error
}

// AdjacentBatcher is implemented by stores that list the links of many
// nodes in one call (one snapshot), for the resolvers' batched loads.
type AdjacentBatcher interface {
	// AdjacentMany is Reader.Adjacent for each of ids; the map has an
	// entry, possibly empty, for every id.
	AdjacentMany(ctx context.Context, ids []ID, dir Direction, classes []EdgeClass) (map[ID][]Link, error)
}

// AdjacentMany lists the links of many nodes: in one call when r is an
// AdjacentBatcher, else one Adjacent call per node.
func AdjacentMany(ctx context.Context, r Reader, ids []ID, dir Direction, classes []EdgeClass) (map[ID][]Link, error) {
	if b, ok := r.(AdjacentBatcher); ok {
		return b.AdjacentMany(ctx, ids, dir, classes)
	}
	out := make(map[ID][]Link, len(ids))
	for _, id := range ids {
		links, err := r.Adjacent(ctx, id, dir, classes)
		if err != nil {
			return nil, err
		}
		out[id] = links
	}
	return out, nil
}
