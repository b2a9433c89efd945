package resolvers

import (
	"github.com/newsgraph/newsgraph/resolvers/generated"
	"github.com/newsgraph/newsgraph/resolvers/model"
)

// setComplexity counts what an operation may cost before it runs: a field
// costs 1 plus what it selects, and a list costs its selection once per
// item it may return (the page size for connections, a per-hop estimate
// for neighbourhoods). The total is checked against
// Options.ComplexityLimit.
func setComplexity(c *generated.ComplexityRoot, opts Options) {
	page := func(first *int) int {
		if first == nil {
			return opts.DefaultPage
		}
		if *first < 0 {
			return 0
		}
		return *first
	}
	c.Query.Actors = func(child int, _ *model.ActorFilter, first *int, _ *string) int {
		return 1 + page(first)*child
	}
	c.Actor.Statements = func(child int, first *int, _ *string) int {
		return 1 + page(first)*child
	}
	c.Query.Neighborhood = func(child int, _ string, depth *int) int {
		d := 1
		if depth != nil && *depth > 0 {
			d = *depth
		}
		return 1 + neighborhoodWeight*d*child
	}
}

// neighborhoodWeight is how many nodes and edges one hop of a
// neighbourhood is reckoned to return.
const neighborhoodWeight = 25
