package resolvers

import (
	"context"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers/model"
)

// Limits of the explain query: each article explained is extracted again.
const (
	maxExplainArticles     = 20
	defaultExplainArticles = 5
	// explainWeight is what one article explained counts for in an
	// operation's complexity: an extraction with a trace costs as much as
	// hundreds of fields.
	explainWeight = 500
)

// Explainer explains what a stored article, node or relation (ref: an
// ID, or an article's URL) was read from, as `newsgraph explain --db`
// does, reading the graph through r.
type Explainer interface {
	ExplainStored(ctx context.Context, r graph.Reader, ref string, req ExplainRequest) (*ExplainResult, error)
}

// ExplainRequest is what an explain query asks for.
type ExplainRequest struct {
	// MaxArticles is the most articles to explain, at least 1.
	MaxArticles int
	// Rejected also lists the candidates the rules turned down.
	Rejected bool
}

// ExplainResult is an explanation, article by article.
type ExplainResult struct {
	// Articles are the articles explained, in order.
	Articles []graph.ID
	// Total is the number of articles ref was read from.
	Total int
	// Text is the explanations as the command prints them.
	Text string
	// JSON is the explanations as a JSON array.
	JSON string
}

// Explain explains a stored article, node or relation through
// Options.Explainer.
func (q *queryResolver) Explain(ctx context.Context, id string, maxArticles *int, rejected *bool) (*model.Explanation, error) {
	const op = "resolvers.explain"
	if q.opts.Explainer == nil {
		return nil, graph.Errorf(op, graph.Invalid, "this server does not explain (it was started without an extractor)")
	}
	req := ExplainRequest{MaxArticles: defaultExplainArticles, Rejected: rejected != nil && *rejected}
	if maxArticles != nil {
		if *maxArticles < 1 || *maxArticles > maxExplainArticles {
			return nil, graph.Errorf(op, graph.Invalid, "maxArticles must be between 1 and %d, got %d", maxExplainArticles, *maxArticles)
		}
		req.MaxArticles = *maxArticles
	}
	if id == "" {
		return nil, graph.Errorf(op, graph.Invalid, "id: empty; give the ID of an article, node or relation, or an article's URL")
	}
	res, err := q.opts.Explainer.ExplainStored(ctx, q.reader, id, req)
	if err != nil {
		return nil, err
	}
	out := &model.Explanation{TotalArticles: res.Total, Text: res.Text, JSON: res.JSON, Articles: []*model.Article{}}
	nodes, err := q.loaders(ctx).nodes.loadMany(ctx, res.Articles)
	if err != nil {
		return nil, err
	}
	for _, n := range nodes {
		if n.Kind == graph.KindArticle {
			out.Articles = append(out.Articles, &model.Article{Node: n})
		}
	}
	return out, nil
}
