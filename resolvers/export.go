package resolvers

import (
	"bytes"
	"context"
	"errors"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
	"github.com/newsgraph/newsgraph/resolvers/model"
)

// Limits of the export query, as /export's.
const (
	maxExportDepth = 6
	maxExportRoots = 500
	// maxExportText is the largest document the export query returns in
	// its answer; larger ones are downloaded from /export.
	maxExportText = 1 << 20
)

// argName names the export query's arguments in the messages of
// export.ParseScope.
func argName(p string) string {
	switch p {
	case "root":
		return "roots"
	case "class":
		return "classes"
	}
	return p
}

// Export writes an export of the scope asked, through the scope parser
// the command line and /export share.
func (q *queryResolver) Export(ctx context.Context, format string, roots []string, depth *int, classes []graph.EdgeClass, since *string, until *string, base *string, includeNonFactual *bool) (*model.Export, error) {
	const op = "resolvers.export"
	f, err := export.Lookup(strings.ToLower(strings.TrimSpace(format)))
	if err != nil {
		return nil, graph.Errorf(op, graph.Invalid, "format: %w", errors.Unwrap(err))
	}
	req := export.ScopeRequest{Roots: roots}
	if depth != nil {
		req.Depth = strconv.Itoa(*depth)
	}
	for _, c := range classes {
		req.Classes = append(req.Classes, string(c))
	}
	if since != nil {
		req.Since = *since
	}
	if until != nil {
		req.Until = *until
	}
	sc, names, err := export.ParseScope(req, export.ScopeLimits{MaxDepth: maxExportDepth, MaxRoots: maxExportRoots}, argName)
	if err != nil {
		return nil, err
	}
	if sc.Roots, err = export.ResolveRoots(ctx, q.reader, names, argName); err != nil {
		return nil, err
	}
	sc.NonFactual = includeNonFactual != nil && *includeNonFactual
	var opts export.Options
	if base != nil {
		if err := export.CheckBase(*base); err != nil {
			return nil, graph.Errorf(op, graph.Invalid, "base: %w", errors.Unwrap(err))
		}
		opts.Base = *base
	}
	out := &model.Export{Format: f.Name, MediaType: f.MediaType, FileName: f.FileName(sc), URL: f.URL(sc, opts), Roots: []model.Node{}}
	nodes, err := q.loaders(ctx).nodes.loadMany(ctx, sc.Roots)
	if err != nil {
		return nil, err
	}
	for _, n := range nodes {
		if m := model.Wrap(n); m != nil {
			out.Roots = append(out.Roots, m)
		}
	}
	if f.Extension == "zip" {
		return out, nil
	}
	var buf bytes.Buffer
	err = f.WriteWith(ctx, &capped{w: &buf, left: maxExportText}, q.reader, sc, opts)
	switch {
	case errors.Is(err, errTooLarge):
	case err != nil:
		return nil, err
	default:
		text := buf.String()
		out.Text = &text
	}
	return out, nil
}

// errTooLarge stops an export written to a capped buffer.
var errTooLarge = errors.New("export larger than the answer's limit")

// capped passes at most left bytes on to w, and fails past them.
type capped struct {
	w    *bytes.Buffer
	left int
}

func (c *capped) Write(p []byte) (int, error) {
	if len(p) > c.left {
		return 0, errTooLarge
	}
	c.left -= len(p)
	return c.w.Write(p)
}
