package resolvers

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers/generated"
	"github.com/newsgraph/newsgraph/resolvers/model"
)

// setComplexity counts what an operation may cost before it runs: a field
// costs 1 plus what it selects, and a list costs its selection once per
// item it may return: the page size for connections and search, the
// number of IDs for nodes, an estimate per hop for neighbourhoods and
// paths. The total is checked against Options.ComplexityLimit.
func setComplexity(c *generated.ComplexityRoot, opts Options) {
	page := func(first *int) int {
		if first == nil {
			return opts.DefaultPage
		}
		return max(*first, 0)
	}
	list := func(child int, first *int) int { return 1 + page(first)*child }

	c.Query.Nodes = func(child int, ids []string) int { return 1 + len(ids)*child }
	c.Query.Actors = func(child int, _ *model.ActorFilter, _ *model.ActorOrder, first *int, _ *string) int {
		return list(child, first)
	}
	c.Query.Statements = func(child int, _ *model.StatementFilter, _ *model.StatementOrder, first *int, _ *string) int {
		return list(child, first)
	}
	c.Query.Events = func(child int, _ *model.EventFilter, _ *model.EventOrder, first *int, _ *string) int {
		return list(child, first)
	}
	c.Query.Articles = func(child int, _ *model.ArticleFilter, _ *model.ArticleOrder, first *int, _ *string) int {
		return list(child, first)
	}
	c.Query.Relations = func(child int, _ *model.RelationFilter, _ *model.RelationOrder, first *int, _ *string) int {
		return list(child, first)
	}
	c.Query.Search = func(child int, _ string, _ []graph.NodeKind, first *int) int { return list(child, first) }
	c.Query.Timeline = func(child int, _ string, _ []graph.EdgeClass, _, _ *string, _ *model.OrderDirection, first *int, _ *string) int {
		return list(child, first)
	}
	c.Actor.Statements = func(child int, first *int, _ *string) int { return list(child, first) }
	c.Actor.Events = func(child int, first *int, _ *string) int { return list(child, first) }
	c.Actor.Relations = func(child int, _ *model.RelationFilter, _ *model.RelationOrder, first *int, _ *string) int {
		return list(child, first)
	}
	c.Query.Neighborhood = func(child int, _ string, depth *int, _ []graph.EdgeClass, _ *model.Direction, _ *int, _, _ *string) int {
		d := 1
		if depth != nil && *depth > 0 {
			d = *depth
		}
		return 1 + neighborhoodWeight*d*child
	}
	c.Query.ShortestPath = func(child int, _, _ string, _ []graph.EdgeClass, _ *model.Direction, maxDepth *int, _, _ *string) int {
		d := 4
		if maxDepth != nil && *maxDepth > 0 {
			d = *maxDepth
		}
		return 1 + 2*d*child
	}
}

// neighborhoodWeight is how many nodes and edges one hop of a
// neighbourhood is reckoned to return.
const neighborhoodWeight = 25

// depthLimit refuses operations whose selections nest deeper than a
// limit, before they run; introspection fields are not counted, so
// GraphiQL's schema query always passes.
type depthLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (depthLimit) ExtensionName() string                          { return "DepthLimit" }
func (depthLimit) Validate(schema graphql.ExecutableSchema) error { return nil }

// MutateOperationContext measures the operation's depth.
func (l depthLimit) MutateOperationContext(ctx context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	if d := selectionDepth(opCtx.Operation.SelectionSet, opCtx.Doc.Fragments, map[string]bool{}); d > l.max {
		err := gqlerror.Errorf("operation nests %d levels deep, more than the limit of %d", d, l.max)
		err.Extensions = map[string]any{"code": codes[graph.LimitExceeded]}
		return err
	}
	return nil
}

// selectionDepth is the deepest nesting of fields in set, following
// fragments (a fragment cycle is a validation error, guarded anyway).
func selectionDepth(set ast.SelectionSet, frags ast.FragmentDefinitionList, visiting map[string]bool) int {
	deepest := 0
	for _, sel := range set {
		d := 0
		switch s := sel.(type) {
		case *ast.Field:
			if len(s.Name) > 1 && s.Name[:2] == "__" {
				continue
			}
			d = 1 + selectionDepth(s.SelectionSet, frags, visiting)
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, frags, visiting)
		case *ast.FragmentSpread:
			f := frags.ForName(s.Name)
			if f == nil || visiting[s.Name] {
				continue
			}
			visiting[s.Name] = true
			d = selectionDepth(f.SelectionSet, frags, visiting)
			delete(visiting, s.Name)
		}
		deepest = max(deepest, d)
	}
	return deepest
}
