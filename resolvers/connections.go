package resolvers

import (
	"context"
	"fmt"
	"slices"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers/model"
)

// The lists read their candidates from an adjacency index when a filter
// names a node (a speaker, a participant, an end of a relation) and scan
// the whole kind otherwise; either way every match is counted, for
// totalCount, and sorted before the page is cut.

// Actors lists actors matching filter in the order asked.
func (q *queryResolver) Actors(ctx context.Context, filter *model.ActorFilter, orderBy *model.ActorOrder, first *int, after *string) (*model.ActorConnection, error) {
	const op = "resolvers.actors"
	field, dir := "ID", (*model.OrderDirection)(nil)
	if orderBy != nil {
		field, dir = string(orderBy.Field), orderBy.Direction
	}
	p, err := q.pageOf(op, "actors", field, dir, first, after)
	if err != nil {
		return nil, err
	}
	var key string
	var typ *graph.ActorType
	if filter != nil {
		if filter.Name != nil {
			if key = graph.Fold(*filter.Name); key == "" {
				return nil, graph.Errorf(op, graph.Invalid, "filter.name: %q has no letters or digits", *filter.Name)
			}
		}
		typ = filter.Type
	}
	var items []entry[graph.Node]
	add := func(n graph.Node) error {
		if n.Kind != graph.KindActor || (key != "" && !nameMatches(n, key)) || (typ != nil && graph.ActorType(n.Type) != *typ) {
			return nil
		}
		e := entry[graph.Node]{id: n.ID, v: n}
		if field == string(model.ActorOrderFieldName) {
			e.key = graph.Fold(n.Label)
		}
		items = append(items, e)
		return nil
	}
	if ns, ok := q.reader.(graph.NameScanner); ok && key != "" {
		// The name index finds the candidates; only they are loaded.
		ids, err := namesMatching(ctx, ns, func(folded string) bool { return wordPrefix(folded, key) })
		if err != nil {
			return nil, err
		}
		nodes, err := q.reader.Nodes(ctx, ids)
		if err != nil {
			return nil, err
		}
		for _, n := range nodes {
			add(n)
		}
	} else if err := q.reader.ScanNodes(ctx, graph.KindActor, "", add); err != nil {
		return nil, err
	}
	window, info := cut(p, items)
	q.sawEntries(ctx, window)
	conn := &model.ActorConnection{Edges: make([]*model.ActorEdge, 0, len(window)), PageInfo: info, TotalCount: len(items)}
	for _, e := range window {
		conn.Edges = append(conn.Edges, &model.ActorEdge{Cursor: p.cursor(e.key, e.id), Node: &model.Actor{Node: e.v}})
	}
	return conn, nil
}

// statementQuery is a checked StatementFilter.
type statementQuery struct {
	speaker, article graph.ID
	// bySpeakers finds the statements of article through the actors it
	// mentions (articleStatements) rather than by scanning them all.
	bySpeakers bool
	text       words
	period
}

func statementQueryOf(op string, f *model.StatementFilter) (statementQuery, error) {
	var q statementQuery
	if f == nil {
		return q, nil
	}
	var err error
	if q.speaker, err = optionalID(op, "filter.speaker", f.Speaker); err != nil {
		return q, err
	}
	if q.article, err = optionalID(op, "filter.article", f.Article); err != nil {
		return q, err
	}
	if q.text, err = wordsOf(op, "filter.text", f.Text); err != nil {
		return q, err
	}
	q.period, err = periodOf(f.Since, f.Until)
	return q, err
}

// Statements lists statements matching filter in the order asked.
func (q *queryResolver) Statements(ctx context.Context, filter *model.StatementFilter, orderBy *model.StatementOrder, first *int, after *string) (*model.StatementConnection, error) {
	const op = "resolvers.statements"
	sq, err := statementQueryOf(op, filter)
	if err != nil {
		return nil, err
	}
	return q.statements(ctx, op, "statements", sq, orderBy, first, after)
}

// Statements pages through what the actor said, in ID order.
func (a *actorResolver) Statements(ctx context.Context, obj *model.Actor, first *int, after *string) (*model.StatementConnection, error) {
	return a.statements(ctx, "resolvers.Actor.statements", "actor-statements", statementQuery{speaker: obj.Node.ID}, nil, first, after)
}

func (r *Resolver) statements(ctx context.Context, op, list string, sq statementQuery, orderBy *model.StatementOrder, first *int, after *string) (*model.StatementConnection, error) {
	field, dir := "ID", (*model.OrderDirection)(nil)
	if orderBy != nil {
		field, dir = string(orderBy.Field), orderBy.Direction
	}
	p, err := r.pageOf(op, list, field, dir, first, after)
	if err != nil {
		return nil, err
	}
	if conn, ok, err := r.indexedStatements(ctx, sq, field, p); ok {
		return conn, err
	}
	var cands []graph.Node
	if sq.speaker == "" && sq.article != "" && sq.bySpeakers {
		cands, err = r.articleStatements(ctx, sq.article)
	} else {
		cands, err = r.candidates(ctx, sq.speaker, graph.Stated, graph.KindStatement)
	}
	if err != nil {
		return nil, err
	}
	byDate := field == string(model.StatementOrderFieldDate)
	var dates map[graph.ID]string
	if byDate || sq.period.set() {
		if dates, err = r.articleDates(ctx, cands); err != nil {
			return nil, err
		}
	}
	var items []entry[graph.Node]
	for _, n := range cands {
		if (sq.article != "" && n.Article != sq.article) || !sq.text.in(n.Text) || !sq.period.holds(dates[n.Article]) {
			continue
		}
		e := entry[graph.Node]{id: n.ID, v: n}
		if byDate {
			e.key = dates[n.Article]
		}
		items = append(items, e)
	}
	window, info := cut(p, items)
	r.sawEntries(ctx, window)
	conn := &model.StatementConnection{Edges: make([]*model.StatementEdge, 0, len(window)), PageInfo: info, TotalCount: len(items)}
	for _, e := range window {
		conn.Edges = append(conn.Edges, &model.StatementEdge{Cursor: p.cursor(e.key, e.id), Node: &model.Statement{Node: e.v}})
	}
	return conn, nil
}

// namesMatching lists, in ID order, the actors with a name or alias in
// the name index whose folded form satisfies match.
func namesMatching(ctx context.Context, ns graph.NameScanner, match func(folded string) bool) ([]graph.ID, error) {
	seen := map[graph.ID]bool{}
	var ids []graph.ID
	err := ns.ScanNames(ctx, "", func(folded string, id graph.ID) error {
		if !seen[id] && match(folded) {
			seen[id] = true
			ids = append(ids, id)
		}
		return nil
	})
	slices.Sort(ids)
	return ids, err
}

// scan loads every node of a kind.
func (r *Resolver) scan(ctx context.Context, k graph.NodeKind) ([]graph.Node, error) {
	var out []graph.Node
	err := r.reader.ScanNodes(ctx, k, "", func(n graph.Node) error {
		out = append(out, n)
		return nil
	})
	return out, err
}

// farNodes loads the nodes of kind k at the far end of id's edges of one
// class in direction dir.
func (r *Resolver) farNodes(ctx context.Context, id graph.ID, dir graph.Direction, class graph.EdgeClass, k graph.NodeKind) ([]graph.Node, error) {
	return r.loaders(ctx).farNodes(ctx, id, dir, class, k)
}

// sawEntries registers the nodes of a page with the response's loaders.
func (r *Resolver) sawEntries(ctx context.Context, window []entry[graph.Node]) {
	nodes := make([]graph.Node, len(window))
	for i, e := range window {
		nodes[i] = e.v
	}
	r.loaders(ctx).saw(nodes...)
}

// articleDates loads the publication dates of the articles of nodes.
func (r *Resolver) articleDates(ctx context.Context, nodes []graph.Node) (map[graph.ID]string, error) {
	var ids []graph.ID
	seen := map[graph.ID]bool{}
	for _, n := range nodes {
		if n.Article != "" && !seen[n.Article] {
			seen[n.Article] = true
			ids = append(ids, n.Article)
		}
	}
	arts, err := r.loaders(ctx).nodes.loadMany(ctx, ids)
	if err != nil {
		return nil, err
	}
	dates := make(map[graph.ID]string, len(arts))
	for _, a := range arts {
		dates[a.ID] = a.Date
	}
	return dates, nil
}

// eventQuery is a checked EventFilter.
type eventQuery struct {
	eventType   string // folded
	participant graph.ID
	article     graph.ID
	// byMentions finds the events of article through its MENTIONS
	// relations rather than by scanning them all.
	byMentions bool
	place      words
	// modalities are those an event's must be one of; none means every
	// event.
	modalities []graph.Modality
	period
}

// Events lists events matching filter in the order asked.
func (q *queryResolver) Events(ctx context.Context, filter *model.EventFilter, orderBy *model.EventOrder, first *int, after *string) (*model.EventConnection, error) {
	const op = "resolvers.events"
	var eq eventQuery
	if filter != nil {
		var err error
		if filter.EventType != nil {
			eq.eventType = graph.Fold(*filter.EventType)
		}
		if eq.participant, err = optionalID(op, "filter.participant", filter.Participant); err != nil {
			return nil, err
		}
		if eq.place, err = wordsOf(op, "filter.place", filter.Place); err != nil {
			return nil, err
		}
		if eq.period, err = periodOf(filter.Since, filter.Until); err != nil {
			return nil, err
		}
		if eq.article, err = optionalID(op, "filter.article", filter.Article); err != nil {
			return nil, err
		}
		eq.modalities = filter.Modalities
	}
	return q.events(ctx, op, "events", eq, orderBy, first, after)
}

// Events pages through the events the actor took part in, in ID order.
func (a *actorResolver) Events(ctx context.Context, obj *model.Actor, first *int, after *string) (*model.EventConnection, error) {
	return a.events(ctx, "resolvers.Actor.events", "actor-events", eventQuery{participant: obj.Node.ID}, nil, first, after)
}

func (r *Resolver) events(ctx context.Context, op, list string, eq eventQuery, orderBy *model.EventOrder, first *int, after *string) (*model.EventConnection, error) {
	field, dir := "ID", (*model.OrderDirection)(nil)
	if orderBy != nil {
		field, dir = string(orderBy.Field), orderBy.Direction
	}
	p, err := r.pageOf(op, list, field, dir, first, after)
	if err != nil {
		return nil, err
	}
	if conn, ok, err := r.indexedEvents(ctx, eq, field, p); ok {
		return conn, err
	}
	var cands []graph.Node
	if eq.participant == "" && eq.article != "" && eq.byMentions {
		cands, err = r.farNodes(ctx, eq.article, graph.Out, graph.Mentions, graph.KindEvent)
	} else {
		cands, err = r.candidates(ctx, eq.participant, graph.ParticipatedIn, graph.KindEvent)
	}
	if err != nil {
		return nil, err
	}
	var items []entry[graph.Node]
	for _, n := range cands {
		if (eq.article != "" && n.Article != eq.article) || (eq.eventType != "" && graph.Fold(n.Type) != eq.eventType) || !eq.place.in(n.Place) || !eq.period.holds(n.Date) ||
			len(eq.modalities) > 0 && !slices.Contains(eq.modalities, graph.NodeModality(n)) {
			continue
		}
		e := entry[graph.Node]{id: n.ID, v: n}
		if field == string(model.EventOrderFieldDate) {
			e.key = graph.DayStart(n.Date) // a coarse date sorts as its first day, as in an index
		}
		items = append(items, e)
	}
	window, info := cut(p, items)
	r.sawEntries(ctx, window)
	conn := &model.EventConnection{Edges: make([]*model.EventEdge, 0, len(window)), PageInfo: info, TotalCount: len(items)}
	for _, e := range window {
		conn.Edges = append(conn.Edges, &model.EventEdge{Cursor: p.cursor(e.key, e.id), Node: &model.Event{Node: e.v}})
	}
	return conn, nil
}

// Articles lists articles matching filter in the order asked.
func (q *queryResolver) Articles(ctx context.Context, filter *model.ArticleFilter, orderBy *model.ArticleOrder, first *int, after *string) (*model.ArticleConnection, error) {
	const op = "resolvers.articles"
	field, dir := "ID", (*model.OrderDirection)(nil)
	if orderBy != nil {
		field, dir = string(orderBy.Field), orderBy.Direction
	}
	p, err := q.pageOf(op, "articles", field, dir, first, after)
	if err != nil {
		return nil, err
	}
	var title words
	var publisher string
	var per period
	if filter != nil {
		if title, err = wordsOf(op, "filter.title", filter.Title); err != nil {
			return nil, err
		}
		if filter.Publisher != nil {
			publisher = graph.Fold(*filter.Publisher)
		}
		if per, err = periodOf(filter.Since, filter.Until); err != nil {
			return nil, err
		}
	}
	var items []entry[graph.Node]
	err = q.reader.ScanNodes(ctx, graph.KindArticle, "", func(n graph.Node) error {
		if !title.in(n.Label) || (publisher != "" && graph.Fold(n.Source) != publisher) || !per.holds(n.Date) {
			return nil
		}
		e := entry[graph.Node]{id: n.ID, v: n}
		switch model.ArticleOrderField(field) {
		case model.ArticleOrderFieldPublished:
			e.key = n.Date
		case model.ArticleOrderFieldTitle:
			e.key = graph.Fold(n.Label)
		}
		items = append(items, e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	window, info := cut(p, items)
	q.sawEntries(ctx, window)
	conn := &model.ArticleConnection{Edges: make([]*model.ArticleEdge, 0, len(window)), PageInfo: info, TotalCount: len(items)}
	for _, e := range window {
		conn.Edges = append(conn.Edges, &model.ArticleEdge{Cursor: p.cursor(e.key, e.id), Node: &model.Article{Node: e.v}})
	}
	return conn, nil
}

// relationQuery is a checked RelationFilter.
type relationQuery struct {
	classes        []graph.EdgeClass
	ends           []graph.ID // nodes that must each be an end
	source, target graph.ID
	minSupport     int
	// modalities are those a relation's most factual modality must be
	// one of; none means the facts (asserted or planned).
	modalities []graph.Modality
	period
}

func relationQueryOf(op string, f *model.RelationFilter) (relationQuery, error) {
	var q relationQuery
	if f == nil {
		return q, nil
	}
	q.classes = f.Classes
	node, err := optionalID(op, "filter.node", f.Node)
	if err != nil {
		return q, err
	}
	if node != "" {
		q.ends = append(q.ends, node)
	}
	if q.source, err = optionalID(op, "filter.source", f.Source); err != nil {
		return q, err
	}
	if q.target, err = optionalID(op, "filter.target", f.Target); err != nil {
		return q, err
	}
	if f.MinSupport != nil {
		if *f.MinSupport < 0 {
			return q, graph.Errorf(op, graph.Invalid, "filter.minSupport must not be negative, got %d", *f.MinSupport)
		}
		q.minSupport = *f.MinSupport
	}
	q.modalities = f.Modalities
	q.period, err = periodOf(f.Since, f.Until)
	return q, err
}

// matches reports whether e passes every condition of the query. A
// symmetric relation has no direction, so either end counts as its
// source and as its target.
// everyModality reports whether the query admits relations of every
// modality, facts or not.
func (q relationQuery) everyModality() bool {
	for _, m := range graph.Modalities {
		if !slices.Contains(q.modalities, m) {
			return false
		}
	}
	return true
}

func (q relationQuery) matches(e graph.Edge) bool {
	if len(q.classes) > 0 && !slices.Contains(q.classes, e.Class) {
		return false
	}
	for _, id := range q.ends {
		if e.Source != id && e.Target != id {
			return false
		}
	}
	if q.source != "" && e.Source != q.source && !(e.Class.Symmetric() && e.Target == q.source) {
		return false
	}
	if q.target != "" && e.Target != q.target && !(e.Class.Symmetric() && e.Source == q.target) {
		return false
	}
	if len(q.modalities) == 0 && !e.Factual() || len(q.modalities) > 0 && !slices.Contains(q.modalities, e.MostFactual()) {
		return false
	}
	return e.Support() >= q.minSupport && e.SeenBetween(q.since, q.until)
}

// Relations lists relations matching filter in the order asked.
func (q *queryResolver) Relations(ctx context.Context, filter *model.RelationFilter, orderBy *model.RelationOrder, first *int, after *string) (*model.RelationConnection, error) {
	const op = "resolvers.relations"
	rq, err := relationQueryOf(op, filter)
	if err != nil {
		return nil, err
	}
	return q.relations(ctx, op, "relations", rq, orderBy, first, after)
}

// Relations lists the actor's relations matching filter in the order
// asked.
func (a *actorResolver) Relations(ctx context.Context, obj *model.Actor, filter *model.RelationFilter, orderBy *model.RelationOrder, first *int, after *string) (*model.RelationConnection, error) {
	const op = "resolvers.Actor.relations"
	rq, err := relationQueryOf(op, filter)
	if err != nil {
		return nil, err
	}
	rq.ends = append([]graph.ID{obj.Node.ID}, rq.ends...)
	return a.relations(ctx, op, "actor-relations", rq, orderBy, first, after)
}

func (r *Resolver) relations(ctx context.Context, op, list string, rq relationQuery, orderBy *model.RelationOrder, first *int, after *string) (*model.RelationConnection, error) {
	field, dir := "ID", (*model.OrderDirection)(nil)
	if orderBy != nil {
		field, dir = string(orderBy.Field), orderBy.Direction
	}
	p, err := r.pageOf(op, list, field, dir, first, after)
	if err != nil {
		return nil, err
	}
	if conn, ok, err := r.indexedRelations(ctx, rq, field, p); ok {
		return conn, err
	}
	cands, err := r.candidateEdges(ctx, rq)
	if err != nil {
		return nil, err
	}
	var items []entry[graph.Edge]
	for _, e := range cands {
		if !rq.matches(e) {
			continue
		}
		it := entry[graph.Edge]{id: e.ID, v: e}
		switch model.RelationOrderField(field) {
		case model.RelationOrderFieldSupport:
			it.key = fmt.Sprintf("%010d", e.Support())
		case model.RelationOrderFieldFirstSeen:
			it.key = graph.EdgeKey(graph.ByFirstSeen, e)
		case model.RelationOrderFieldLastSeen:
			it.key = graph.EdgeKey(graph.ByLastSeen, e)
		}
		items = append(items, it)
	}
	window, info := cut(p, items)
	ld := r.loaders(ctx)
	conn := &model.RelationConnection{Edges: make([]*model.RelationEdge, 0, len(window)), PageInfo: info, TotalCount: len(items)}
	for _, e := range window {
		conn.Edges = append(conn.Edges, &model.RelationEdge{Cursor: p.cursor(e.key, e.id), Node: ld.wrapEdges([]graph.Edge{e.v})[0]})
	}
	return conn, nil
}

// candidateEdges loads the edges a relation query may match: those of
// one named node when the query names one, else every edge.
func (r *Resolver) candidateEdges(ctx context.Context, rq relationQuery) ([]graph.Edge, error) {
	var at graph.ID
	dir := graph.Both
	switch {
	case len(rq.ends) > 0:
		at = rq.ends[0]
	case rq.source != "":
		at, dir = rq.source, graph.Out
	case rq.target != "":
		at, dir = rq.target, graph.In
	}
	if at == "" {
		var out []graph.Edge
		err := r.reader.ScanEdges(ctx, "", func(e graph.Edge) error {
			out = append(out, e)
			return nil
		})
		return out, err
	}
	if graph.KindOfID(at) == "" {
		return nil, nil // a relation ID: no relation has a relation at an end
	}
	ld := r.loaders(ctx)
	links, err := ld.links(ctx, at, dir, rq.classes, true)
	if err != nil {
		return nil, err
	}
	ids := make([]graph.ID, 0, len(links))
	seen := map[graph.ID]bool{}
	for _, l := range links {
		if !seen[l.Edge] {
			seen[l.Edge] = true
			ids = append(ids, l.Edge)
		}
	}
	return ld.edges.loadMany(ctx, ids)
}

// Date is the publication date of the statement's article.
func (s *statementResolver) Date(ctx context.Context, obj *model.Statement) (*string, error) {
	a, err := s.articleOf(ctx, obj.Node)
	if err != nil {
		return nil, err
	}
	return a.Published(), nil
}

// About lists what the statement is about (its ABOUT edges).
func (s *statementResolver) About(ctx context.Context, obj *model.Statement) ([]model.Node, error) {
	ld := s.loaders(ctx)
	links, err := ld.links(ctx, obj.Node.ID, graph.Out, []graph.EdgeClass{graph.About}, false)
	if err != nil {
		return nil, err
	}
	nodes, err := ld.nodes.loadMany(ctx, farEnds(links))
	if err != nil {
		return nil, err
	}
	out := make([]model.Node, 0, len(nodes))
	for _, n := range nodes {
		if m := model.Wrap(n); m != nil {
			out = append(out, m)
		}
	}
	return out, nil
}

// Participants lists the actors who took part in the event: by its
// factual PARTICIPATED_IN relations when the event is a fact, by all of
// them when it is none (every one of them is then no fact either).
func (e *eventResolver) Participants(ctx context.Context, obj *model.Event) ([]*model.Actor, error) {
	nodes, err := e.loaders(ctx).farNodesOf(ctx, obj.Node.ID, graph.In, graph.ParticipatedIn, graph.KindActor, graph.NodeModality(obj.Node).Factual())
	if err != nil {
		return nil, err
	}
	out := make([]*model.Actor, len(nodes))
	for i, n := range nodes {
		out[i] = &model.Actor{Node: n}
	}
	return out, nil
}

// candidates are the nodes of kind k a list starts from: those linked
// from actor by class when a filter names one (a key-only adjacency
// read), else every node of the kind.
func (r *Resolver) candidates(ctx context.Context, actor graph.ID, class graph.EdgeClass, k graph.NodeKind) ([]graph.Node, error) {
	if actor != "" {
		return r.farNodes(ctx, actor, graph.Out, class, k)
	}
	return r.scan(ctx, k)
}
