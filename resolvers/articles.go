package resolvers

import (
	"context"
	"slices"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers/generated"
	"github.com/newsgraph/newsgraph/resolvers/model"
)

// An article's statements, events, actors and objects are read through
// its MENTIONS relations, which the extractor makes from the article to
// every actor, event and object it names, and, for statements, through
// the STATED relations of the actors it mentions: a statement's speaker
// is always an actor of its article. Both hops go through the response's
// loaders, so the lists of a page of articles cost a few batched reads.

// Article returns the resolver of the Article type's computed fields.
func (r *Resolver) Article() generated.ArticleResolver { return &articleResolver{r} }

type articleResolver struct{ *Resolver }

// Statements pages through the statements read from the article.
func (a *articleResolver) Statements(ctx context.Context, obj *model.Article, first *int, after *string) (*model.StatementConnection, error) {
	return a.statements(ctx, "resolvers.Article.statements", "article-statements", statementQuery{article: obj.Node.ID, bySpeakers: true}, nil, first, after)
}

// Events pages through the events read from the article.
func (a *articleResolver) Events(ctx context.Context, obj *model.Article, first *int, after *string) (*model.EventConnection, error) {
	return a.events(ctx, "resolvers.Article.events", "article-events", eventQuery{article: obj.Node.ID, byMentions: true}, nil, first, after)
}

// Objects pages through the objects the article mentions and the values
// it says they were revised to.
func (a *articleResolver) Objects(ctx context.Context, obj *model.Article, first *int, after *string) (*model.ObjectConnection, error) {
	return a.objects(ctx, "resolvers.Article.objects", "article-objects", objectQuery{article: obj.Node.ID}, nil, first, after)
}

// Actors pages through the actors the article mentions, in ID order.
func (a *articleResolver) Actors(ctx context.Context, obj *model.Article, first *int, after *string) (*model.ActorConnection, error) {
	const op = "resolvers.Article.actors"
	p, err := a.pageOf(op, "article-actors", "ID", nil, first, after)
	if err != nil {
		return nil, err
	}
	nodes, err := a.farNodes(ctx, obj.Node.ID, graph.Out, graph.Mentions, graph.KindActor)
	if err != nil {
		return nil, err
	}
	items := make([]entry[graph.Node], len(nodes))
	for i, n := range nodes {
		items[i] = entry[graph.Node]{id: n.ID, v: n}
	}
	window, info := cut(p, items)
	a.sawEntries(ctx, window)
	conn := &model.ActorConnection{Edges: make([]*model.ActorEdge, 0, len(window)), PageInfo: info, TotalCount: len(items)}
	for _, e := range window {
		conn.Edges = append(conn.Edges, &model.ActorEdge{Cursor: p.cursor(e.key, e.id), Node: &model.Actor{Node: e.v}})
	}
	return conn, nil
}

// articleStatements loads the statements read from article: the
// statements of the actors it mentions whose article it is.
func (r *Resolver) articleStatements(ctx context.Context, article graph.ID) ([]graph.Node, error) {
	speakers, err := r.farNodes(ctx, article, graph.Out, graph.Mentions, graph.KindActor)
	if err != nil {
		return nil, err
	}
	ld := r.loaders(ctx)
	ld.saw(speakers...) // one adjacency read for all the speakers
	var out []graph.Node
	seen := map[graph.ID]bool{}
	for _, s := range speakers {
		stmts, err := r.farNodes(ctx, s.ID, graph.Out, graph.Stated, graph.KindStatement)
		if err != nil {
			return nil, err
		}
		for _, n := range stmts {
			if n.Article == article && !seen[n.ID] {
				seen[n.ID] = true
				out = append(out, n)
			}
		}
	}
	slices.SortFunc(out, func(a, b graph.Node) int { return compareIDs(a.ID, b.ID) })
	return out, nil
}

func compareIDs(a, b graph.ID) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// objectQuery is a checked ObjectFilter.
type objectQuery struct {
	name       words
	objectType string // folded
	article    graph.ID
	period
}

func objectQueryOf(op string, f *model.ObjectFilter) (objectQuery, error) {
	var q objectQuery
	if f == nil {
		return q, nil
	}
	var err error
	if q.name, err = wordsOf(op, "filter.name", f.Name); err != nil {
		return q, err
	}
	if f.ObjectType != nil {
		q.objectType = graph.Fold(*f.ObjectType)
	}
	if q.article, err = optionalID(op, "filter.article", f.Article); err != nil {
		return q, err
	}
	q.period, err = periodOf(f.Since, f.Until)
	return q, err
}

// Objects lists objects matching filter in the order asked.
func (q *queryResolver) Objects(ctx context.Context, filter *model.ObjectFilter, orderBy *model.ObjectOrder, first *int, after *string) (*model.ObjectConnection, error) {
	const op = "resolvers.objects"
	oq, err := objectQueryOf(op, filter)
	if err != nil {
		return nil, err
	}
	return q.objects(ctx, op, "objects", oq, orderBy, first, after)
}

func (r *Resolver) objects(ctx context.Context, op, list string, oq objectQuery, orderBy *model.ObjectOrder, first *int, after *string) (*model.ObjectConnection, error) {
	field, dir := "ID", (*model.OrderDirection)(nil)
	if orderBy != nil {
		field, dir = string(orderBy.Field), orderBy.Direction
	}
	p, err := r.pageOf(op, list, field, dir, first, after)
	if err != nil {
		return nil, err
	}
	var cands []graph.Node
	if oq.article != "" {
		cands, err = r.articleObjects(ctx, oq.article)
	} else {
		cands, err = r.scan(ctx, graph.KindObject)
	}
	if err != nil {
		return nil, err
	}
	if oq.period.set() {
		r.loaders(ctx).saw(cands...) // one adjacency read for all of them
	}
	var items []entry[graph.Node]
	for _, n := range cands {
		if !oq.name.in(n.Label) || (oq.objectType != "" && graph.Fold(n.Type) != oq.objectType) {
			continue
		}
		if oq.period.set() {
			ok, err := r.seenIn(ctx, n.ID, oq.period)
			if err != nil {
				return nil, err
			}
			if !ok {
				continue
			}
		}
		e := entry[graph.Node]{id: n.ID, v: n}
		if field == string(model.ObjectOrderFieldName) {
			e.key = graph.Fold(n.Label)
		}
		items = append(items, e)
	}
	window, info := cut(p, items)
	r.sawEntries(ctx, window)
	conn := &model.ObjectConnection{Edges: make([]*model.ObjectEdge, 0, len(window)), PageInfo: info, TotalCount: len(items)}
	for _, e := range window {
		conn.Edges = append(conn.Edges, &model.ObjectEdge{Cursor: p.cursor(e.key, e.id), Node: &model.Object{Node: e.v}})
	}
	return conn, nil
}

// seenIn reports whether any relation of node id has evidence dated in
// per. An object is one node across the articles that discuss it, so
// its period is that of its relations' evidence, as a relation's is.
func (r *Resolver) seenIn(ctx context.Context, id graph.ID, per period) (bool, error) {
	ld := r.loaders(ctx)
	links, err := ld.links(ctx, id, graph.Both, nil, true)
	if err != nil {
		return false, err
	}
	ids := make([]graph.ID, len(links))
	for i, l := range links {
		ids[i] = l.Edge
	}
	edges, err := ld.edges.loadMany(ctx, ids)
	if err != nil {
		return false, err
	}
	for _, e := range edges {
		if e.SeenBetween(per.since, per.until) {
			return true, nil
		}
	}
	return false, nil
}

// articleObjects loads the objects of article: those it mentions, and
// the values it says they were revised to (value objects are named by
// their REVISED_TO relations, not mentioned), in ID order.
func (r *Resolver) articleObjects(ctx context.Context, article graph.ID) ([]graph.Node, error) {
	objs, err := r.farNodes(ctx, article, graph.Out, graph.Mentions, graph.KindObject)
	if err != nil {
		return nil, err
	}
	ld := r.loaders(ctx)
	ld.saw(objs...)
	out := slices.Clone(objs)
	has := map[graph.ID]bool{}
	for _, o := range objs {
		has[o.ID] = true
	}
	for _, o := range objs {
		links, err := ld.links(ctx, o.ID, graph.Out, []graph.EdgeClass{graph.RevisedTo}, true)
		if err != nil {
			return nil, err
		}
		for _, l := range links {
			if has[l.Other] {
				continue
			}
			e, ok, err := ld.edges.load(ctx, l.Edge)
			if err != nil {
				return nil, err
			}
			if !ok || !slices.ContainsFunc(e.Evidence, func(ev graph.Evidence) bool { return ev.Article == article }) {
				continue
			}
			n, ok, err := ld.node(ctx, l.Other)
			if err != nil {
				return nil, err
			}
			if ok && n.Kind == graph.KindObject {
				has[n.ID] = true
				out = append(out, n)
			}
		}
	}
	slices.SortFunc(out, func(a, b graph.Node) int { return compareIDs(a.ID, b.ID) })
	return out, nil
}
