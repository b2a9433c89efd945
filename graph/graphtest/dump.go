package graphtest

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Dump lists everything a Reader holds, in a stable order, as text: every
// node of every kind, every edge with its evidence, every article's text
// and every node's adjacency. Two dumps are equal when the stored graphs
// are equal as far as a reader can tell.
func Dump(ctx context.Context, r graph.Reader) (string, error) {
	var b strings.Builder
	line := func(prefix string, v any) error {
		j, err := json.Marshal(v)
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%s %s\n", prefix, j)
		return nil
	}
	var ids []graph.ID
	articles := map[graph.ID]bool{}
	for _, k := range graph.NodeKinds {
		err := r.ScanNodes(ctx, k, "", func(n graph.Node) error {
			ids = append(ids, n.ID)
			articles[n.ID] = k == graph.KindArticle
			return line("node", n)
		})
		if err != nil {
			return "", fmt.Errorf("dump %s nodes: %w", k, err)
		}
	}
	err := r.ScanEdges(ctx, "", func(e graph.Edge) error { return line("edge", e) })
	if err != nil {
		return "", fmt.Errorf("dump edges: %w", err)
	}
	for _, id := range ids {
		if articles[id] {
			text, err := r.ArticleText(ctx, id)
			if err != nil {
				return "", fmt.Errorf("dump text of %s: %w", id, err)
			}
			if err := line("text "+string(id), text); err != nil {
				return "", err
			}
		}
		links, err := r.Adjacent(ctx, id, graph.Both, nil)
		if err != nil {
			return "", fmt.Errorf("dump links of %s: %w", id, err)
		}
		if err := line("links "+string(id), links); err != nil {
			return "", err
		}
	}
	return b.String(), nil
}
