package export

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// source yields the nodes and edges of a scope in export order: nodes by
// kind (in the order of graph.NodeKinds), then ID; edges by ID.
type source struct {
	r     graph.Reader
	scope Scope
	opts  Options
	// heads is set when the format prints no evidence, only each edge's
	// support and dates: whole-graph exports then scan edge heads, with
	// their evidence summarised, when r can (graph.EdgeHeadScanner).
	heads bool
	// sub is the collected subgraph of a rooted scope; nil for a
	// whole-graph export, which streams from r.
	sub *graph.Subgraph
	// ends holds the nodes at the ends of kept edges for a whole-graph
	// export whose scope filters edges; nil when every node is kept.
	ends map[graph.ID]struct{}
}

func open(ctx context.Context, r graph.Reader, scope Scope, heads bool) (*source, error) {
	opt := graph.TraverseOptions{
		Depth:      scope.Depth,
		Classes:    scope.Classes,
		Direction:  graph.Both,
		Since:      scope.Since,
		Until:      scope.Until,
		Heads:      heads, // ignored, as it should be, with a period
		NonFactual: scope.NonFactual,
	}
	if err := opt.Check(); err != nil {
		return nil, err
	}
	src := &source{r: r, scope: scope, heads: heads}
	if len(scope.Roots) > 0 {
		opt.MaxNodes, opt.MaxEdges = scope.MaxNodes, scope.MaxEdges
		sub, err := graph.Neighborhood(ctx, r, scope.Roots, opt)
		if err != nil {
			return nil, err
		}
		if sub.Truncated && (scope.MaxNodes > 0 || scope.MaxEdges > 0) {
			return nil, graph.Errorf("export", graph.LimitExceeded,
				"the export reaches more than %d nodes or %d relations within %d hops of its roots: lower the depth, keep fewer classes or a shorter period, or export the whole graph (without roots), which streams",
				scope.MaxNodes, scope.MaxEdges, scope.Depth)
		}
		src.sub = sub
		return src, nil
	}
	if scope.filtered() {
		src.ends = map[graph.ID]struct{}{}
		// Classes need only heads; a period is checked against every
		// piece of evidence, as it would be by the export itself.
		heads := scope.Since == "" && scope.Until == ""
		err := src.scanEdges(ctx, heads, func(e graph.Edge) error {
			if src.keep(e) {
				for _, id := range []graph.ID{e.Source, e.Target} {
					if _, ok := src.ends[id]; !ok {
						// Cloned: a store may cut IDs from a larger value.
						src.ends[graph.ID(strings.Clone(string(id)))] = struct{}{}
					}
				}
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("scan edges: %w", err)
		}
	}
	return src, nil
}

// scanEdges is r.ScanEdges, or r.ScanEdgeHeads when heads is set and r
// has it.
func (s *source) scanEdges(ctx context.Context, heads bool, fn func(graph.Edge) error) error {
	if hs, ok := s.r.(graph.EdgeHeadScanner); ok && heads {
		return hs.ScanEdgeHeads(ctx, "", fn)
	}
	return s.r.ScanEdges(ctx, "", fn)
}

// keep reports whether a whole-graph export keeps edge e.
func (s *source) keep(e graph.Edge) bool {
	if !s.scope.NonFactual && !e.Factual() {
		return false
	}
	if len(s.scope.Classes) > 0 {
		ok := false
		for _, c := range s.scope.Classes {
			if e.Class == c {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return e.SeenBetween(s.scope.Since, s.scope.Until)
}

// nodesOfKind calls fn for every node of kind k in the scope, by ID.
func (s *source) nodesOfKind(ctx context.Context, k graph.NodeKind, fn func(graph.Node) error) error {
	if s.sub != nil {
		for _, n := range s.sub.Nodes {
			if n.Kind != k {
				continue
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := fn(n); err != nil {
				return err
			}
		}
		return nil
	}
	err := stream(ctx, func(ctx context.Context, yield func(graph.Node) error) error {
		return s.r.ScanNodes(ctx, k, "", func(n graph.Node) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			if s.ends != nil {
				if _, ok := s.ends[n.ID]; !ok {
					return nil
				}
			}
			if !s.scope.NonFactual && !factualNode(n) {
				return nil
			}
			return yield(n)
		})
	}, nil, fn)
	if err != nil {
		return fmt.Errorf("scan %s nodes: %w", k, err)
	}
	return nil
}

// nodes calls fn for every node in the scope, in export order.
func (s *source) nodes(ctx context.Context, fn func(graph.Node) error) error {
	for _, k := range graph.NodeKinds {
		if err := s.nodesOfKind(ctx, k, fn); err != nil {
			return err
		}
	}
	return nil
}

// edges calls fn for every edge in the scope, by ID.
func (s *source) edges(ctx context.Context, fn func(graph.Edge) error) error {
	if s.sub != nil {
		for _, e := range s.sub.Edges {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := fn(e); err != nil {
				return err
			}
		}
		return nil
	}
	err := stream(ctx, func(ctx context.Context, yield func(graph.Edge) error) error {
		heads := s.heads && s.scope.Since == "" && s.scope.Until == ""
		return s.scanEdges(ctx, heads, func(e graph.Edge) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			if (s.scope.filtered() || !s.scope.NonFactual) && !s.keep(e) {
				return nil
			}
			return yield(e)
		})
	}, func(e graph.Edge) int { return 1 + len(e.Evidence) }, fn)
	if err != nil {
		return fmt.Errorf("scan edges: %w", err)
	}
	return nil
}

// span returns the first and last dates node n was seen: the earliest
// and latest evidence dates of all its stored edges, or, when none is
// dated (or n is an article), n's own date. Every scope gives a node the
// same span. It loads n's edges, so memory grows with n's degree only.
func (s *source) span(ctx context.Context, n graph.Node) (first, last string, err error) {
	if n.Kind == graph.KindArticle && n.Date != "" {
		return n.Date, n.Date, nil
	}
	links, err := s.r.Adjacent(ctx, n.ID, graph.Both, nil)
	if err != nil {
		return "", "", fmt.Errorf("adjacency of %s: %w", n.ID, err)
	}
	const batch = 256
	for i := 0; i < len(links); i += batch {
		ids := make([]graph.ID, 0, batch)
		for _, l := range links[i:min(i+batch, len(links))] {
			ids = append(ids, l.Edge)
		}
		// Heads, when r has them, summarise the evidence dates exactly.
		var edges []graph.Edge
		if hr, ok := s.r.(graph.EdgeHeadReader); ok {
			edges, err = hr.EdgeHeads(ctx, ids)
		} else {
			edges, err = s.r.Edges(ctx, ids)
		}
		if err != nil {
			return "", "", fmt.Errorf("edges of %s: %w", n.ID, err)
		}
		for _, e := range edges {
			f, l := spanOf(e)
			if f != "" && (first == "" || f < first) {
				first = f
			}
			if l > last {
				last = l
			}
		}
	}
	if first == "" {
		return n.Date, n.Date, nil
	}
	return first, last, nil
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// factualNode reports whether n is no event that did not happen.
func factualNode(n graph.Node) bool { return graph.NodeModality(n).Factual() }
