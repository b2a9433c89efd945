package resolvers

import (
	"context"
	"slices"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers/model"
)

// Lists that a graph.OrderedReader keeps an index of are paged from it:
// the first 20 relations by support read about 20 keys and heads, where
// sorting them means loading every relation. The total comes from the
// reader's counters (graph.Counter). Lists with filters an index cannot
// serve (an end, a period, a minimum support, words) are sorted as
// before.

// edgeOrders maps the relation order fields to the orders of a
// graph.OrderedReader.
var edgeOrders = map[model.RelationOrderField]graph.Order{
	model.RelationOrderFieldSupport:   graph.BySupport,
	model.RelationOrderFieldFirstSeen: graph.ByFirstSeen,
	model.RelationOrderFieldLastSeen:  graph.ByLastSeen,
}

// indexedRelations pages relations from the reader's index of order
// field, when the reader has one and the query needs nothing else; ok
// is false otherwise.
func (r *Resolver) indexedRelations(ctx context.Context, rq relationQuery, field string, p listPage) (conn *model.RelationConnection, ok bool, err error) {
	or, isOrdered := r.reader.(graph.OrderedReader)
	c, counts := r.reader.(graph.Counter)
	o := edgeOrders[model.RelationOrderField(field)]
	// The counters count every relation, so the index serves only a
	// query that lists every modality; the default, the facts, is sorted
	// as before until the store counts the facts apart.
	if !isOrdered || !counts || o == "" || len(rq.ends) > 0 || rq.source != "" || rq.target != "" || rq.minSupport > 0 || rq.period.set() || !rq.everyModality() {
		return nil, false, nil
	}
	_, classes, err := c.Counts(ctx)
	if err != nil {
		return nil, true, err
	}
	total := 0
	for class, n := range classes {
		if len(rq.classes) == 0 || slices.Contains(rq.classes, class) {
			total += int(n)
		}
	}
	afterKey, afterID := "", graph.ID("")
	if p.after != nil {
		afterKey, afterID = p.after.Key, p.after.ID
	}
	var window []entry[graph.Edge]
	more := false
	err = or.EdgesInOrder(ctx, o, p.desc, afterKey, afterID, func(e graph.Edge) error {
		if !rq.matches(e) {
			return nil
		}
		if len(window) == p.first {
			more = true
			return graph.ErrStop
		}
		window = append(window, entry[graph.Edge]{key: graph.EdgeKey(o, e), id: e.ID, v: e})
		return nil
	})
	if err != nil {
		return nil, true, err
	}
	ld := r.loaders(ctx)
	conn = &model.RelationConnection{Edges: make([]*model.RelationEdge, 0, len(window)), PageInfo: pageInfo(p, window, more), TotalCount: total}
	for _, e := range window {
		conn.Edges = append(conn.Edges, &model.RelationEdge{Cursor: p.cursor(e.key, e.id), Node: ld.wrapEdges([]graph.Edge{e.v})[0]})
	}
	return conn, true, nil
}

// indexedStatements pages all statements by date from the reader's
// index, when it has one and the query has no filter; ok is false
// otherwise.
func (r *Resolver) indexedStatements(ctx context.Context, sq statementQuery, field string, p listPage) (conn *model.StatementConnection, ok bool, err error) {
	or, isOrdered := r.reader.(graph.OrderedReader)
	c, counts := r.reader.(graph.Counter)
	if !isOrdered || !counts || field != string(model.StatementOrderFieldDate) || sq.speaker != "" || sq.article != "" || len(sq.text) > 0 || sq.period.set() {
		return nil, false, nil
	}
	kinds, _, err := c.Counts(ctx)
	if err != nil {
		return nil, true, err
	}
	afterKey, afterID := "", graph.ID("")
	if p.after != nil {
		afterKey, afterID = p.after.Key, p.after.ID
	}
	var window []entry[graph.Node]
	more := false
	err = or.NodesByDate(ctx, graph.KindStatement, p.desc, afterKey, afterID, func(date string, n graph.Node) error {
		if len(window) == p.first {
			more = true
			return graph.ErrStop
		}
		window = append(window, entry[graph.Node]{key: date, id: n.ID, v: n})
		return nil
	})
	if err != nil {
		return nil, true, err
	}
	r.sawEntries(ctx, window)
	conn = &model.StatementConnection{Edges: make([]*model.StatementEdge, 0, len(window)), PageInfo: pageInfo(p, window, more), TotalCount: int(kinds[graph.KindStatement])}
	for _, e := range window {
		conn.Edges = append(conn.Edges, &model.StatementEdge{Cursor: p.cursor(e.key, e.id), Node: &model.Statement{Node: e.v}})
	}
	return conn, true, nil
}

// pageInfo is the PageInfo of a page read from an index, as cut makes it.
func pageInfo[T any](p listPage, window []entry[T], more bool) *model.PageInfo {
	info := &model.PageInfo{HasNextPage: more}
	if n := len(window); n > 0 {
		c := p.cursor(window[n-1].key, window[n-1].id)
		info.EndCursor = &c
	}
	return info
}
