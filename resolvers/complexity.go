package resolvers

import (
	"context"
	"fmt"
	"strings"

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
	c.Query.Objects = func(child int, _ *model.ObjectFilter, _ *model.ObjectOrder, first *int, _ *string) int {
		return list(child, first)
	}
	c.Query.Articles = func(child int, _ *model.ArticleFilter, _ *model.ArticleOrder, first *int, _ *string) int {
		return list(child, first)
	}
	c.Query.Relations = func(child int, _ *model.RelationFilter, _ *model.RelationOrder, first *int, _ *string) int {
		return list(child, first)
	}
	c.Query.Search = func(child int, _ string, _ []graph.NodeKind, first *int) int { return list(child, first) }
	c.Query.SearchResults = func(child int, _ string, _ []graph.NodeKind, first *int, _ *int) int { return list(child, first) }
	c.Query.Timeline = func(child int, _ string, _ []graph.EdgeClass, _, _ *string, _ *model.OrderDirection, _ *bool, first *int, _ *string) int {
		return list(child, first)
	}
	c.Actor.Statements = func(child int, first *int, _ *string) int { return list(child, first) }
	c.Actor.Events = func(child int, first *int, _ *string) int { return list(child, first) }
	c.Article.Statements = func(child int, first *int, _ *string) int { return list(child, first) }
	c.Article.Events = func(child int, first *int, _ *string) int { return list(child, first) }
	c.Article.Actors = func(child int, first *int, _ *string) int { return list(child, first) }
	c.Article.Objects = func(child int, first *int, _ *string) int { return list(child, first) }
	c.Actor.Relations = func(child int, _ *model.RelationFilter, _ *model.RelationOrder, first *int, _ *string) int {
		return list(child, first)
	}
	c.Query.Neighborhood = func(child int, _ string, depth *int, _ []graph.EdgeClass, _ *model.Direction, _, _, _ *int, _, _ *string, _ *bool) int {
		d := 1
		if depth != nil && *depth > 0 {
			d = *depth
		}
		return 1 + neighborhoodWeight*d*child
	}
	c.Query.ShortestPath = func(child int, _, _ string, _ []graph.EdgeClass, _ *model.Direction, maxDepth *int, _, _ *string, _, _ *bool) int {
		d := 4
		if maxDepth != nil && *maxDepth > 0 {
			d = *maxDepth
		}
		return 1 + 2*d*child
	}
	c.Query.Explain = func(child int, _ string, maxArticles *int, _ *bool) int {
		n := defaultExplainArticles
		if maxArticles != nil && *maxArticles > 0 {
			n = *maxArticles
		}
		return 1 + n*(explainWeight+child)
	}
	c.Query.ShortestPaths = func(child int, _, _ string, k *int, _ []graph.EdgeClass, _ *model.Direction, maxDepth *int, _, _ *string, _, _ *bool) int {
		d, n := 4, 3
		if maxDepth != nil && *maxDepth > 0 {
			d = *maxDepth
		}
		if k != nil && *k > 0 {
			n = *k
		}
		return 1 + 2*d*n*child
	}
}

// neighborhoodWeight is how many nodes and edges one hop of a
// neighbourhood is reckoned to return.
const neighborhoodWeight = 25

// shapeLimit refuses, before they run and before the complexity is
// counted, operations whose selections nest deeper than maxDepth or
// expand to more than maxFields fields once fragments are spread
// (aliases counted apart). Fragments are measured once each, so a
// fragment bomb (each fragment spreading the next twice) is measured in
// time linear in the document, not in its exponential expansion, which
// gqlgen's own complexity count would walk. Introspection fields are not
// counted, so GraphiQL's schema query always passes.
type shapeLimit struct{ maxDepth, maxFields int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = shapeLimit{}

func (shapeLimit) ExtensionName() string                          { return "ShapeLimit" }
func (shapeLimit) Validate(schema graphql.ExecutableSchema) error { return nil }

// MutateOperationContext measures the operation's depth and size.
func (l shapeLimit) MutateOperationContext(ctx context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	m := measurer{frags: opCtx.Doc.Fragments, memo: map[string]shape{}, visiting: map[string]bool{}}
	s := m.measure(opCtx.Operation.SelectionSet)
	var err *gqlerror.Error
	switch {
	case s.depth > l.maxDepth:
		err = gqlerror.Errorf("operation nests %d levels deep, more than the limit of %d", s.depth, l.maxDepth)
	case s.fields > l.maxFields:
		err = gqlerror.Errorf("operation has %s fields once its fragments are spread, more than the limit of %d", fieldCount(s.fields), l.maxFields)
	default:
		return nil
	}
	err.Extensions = map[string]any{"code": codes[graph.LimitExceeded]}
	return err
}

// fieldCount prints a saturated count.
func fieldCount(n int) string {
	if n >= maxCount {
		return fmt.Sprintf("more than %d", maxCount)
	}
	return fmt.Sprint(n)
}

// maxCount is where field counts saturate.
const maxCount = 1 << 40

// shape is how deep a selection set nests and how many fields it
// expands to.
type shape struct{ depth, fields int }

type measurer struct {
	frags    ast.FragmentDefinitionList
	memo     map[string]shape
	visiting map[string]bool
}

func (m *measurer) measure(set ast.SelectionSet) shape {
	var out shape
	for _, sel := range set {
		var s shape
		switch x := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(x.Name, "__") {
				continue
			}
			s = m.measure(x.SelectionSet)
			s.depth++
			s.fields++
		case *ast.InlineFragment:
			s = m.measure(x.SelectionSet)
		case *ast.FragmentSpread:
			if memo, ok := m.memo[x.Name]; ok {
				s = memo
				break
			}
			f := m.frags.ForName(x.Name)
			if f == nil || m.visiting[x.Name] {
				continue // a validation error, guarded anyway
			}
			m.visiting[x.Name] = true
			s = m.measure(f.SelectionSet)
			delete(m.visiting, x.Name)
			m.memo[x.Name] = s
		}
		out.depth = max(out.depth, s.depth)
		out.fields = min(out.fields+s.fields, maxCount)
	}
	return out
}
