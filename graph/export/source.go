package export

import (
	"context"
	"fmt"
	"sort"

	"github.com/newsgraph/newsgraph/graph"
)

// source yields the nodes and edges of a scope in export order: nodes by
// kind (in the order of graph.NodeKinds), then ID; edges by ID.
type source struct {
	r     graph.Reader
	scope Scope
	// sub is the collected subgraph of a rooted scope; nil for a
	// whole-graph export, which streams from r.
	sub *graph.Subgraph
	// ends holds the nodes at the ends of kept edges for a whole-graph
	// export whose scope filters edges; nil when every node is kept.
	ends map[graph.ID]struct{}
}

func open(ctx context.Context, r graph.Reader, scope Scope) (*source, error) {
	opt := graph.TraverseOptions{
		Depth:     scope.Depth,
		Classes:   scope.Classes,
		Direction: graph.Both,
		Since:     scope.Since,
		Until:     scope.Until,
	}
	if err := opt.Check(); err != nil {
		return nil, err
	}
	src := &source{r: r, scope: scope}
	if len(scope.Roots) > 0 {
		sub, err := graph.Neighborhood(ctx, r, scope.Roots, opt)
		if err != nil {
			return nil, err
		}
		src.sub = sub
		return src, nil
	}
	if scope.filtered() {
		src.ends = map[graph.ID]struct{}{}
		err := r.ScanEdges(ctx, "", func(e graph.Edge) error {
			if src.keep(e) {
				src.ends[e.Source] = struct{}{}
				src.ends[e.Target] = struct{}{}
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("scan edges: %w", err)
		}
	}
	return src, nil
}

// keep reports whether a whole-graph export keeps edge e.
func (s *source) keep(e graph.Edge) bool {
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
			return yield(n)
		})
	}, fn)
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
		return s.r.ScanEdges(ctx, "", func(e graph.Edge) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			if s.scope.filtered() && !s.keep(e) {
				return nil
			}
			return yield(e)
		})
	}, fn)
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
		edges, err := s.r.Edges(ctx, ids)
		if err != nil {
			return "", "", fmt.Errorf("edges of %s: %w", n.ID, err)
		}
		for _, e := range edges {
			for _, ev := range e.Evidence {
				if ev.Date == "" {
					continue
				}
				if first == "" || ev.Date < first {
					first = ev.Date
				}
				if ev.Date > last {
					last = ev.Date
				}
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
