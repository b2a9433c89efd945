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
// reader's counters (graph.Counter, or graph.SelectiveOrderedReader's
// counts by class and modality, which also serves the default list of
// facts and lists of some classes). Lists with filters an index cannot
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
	o := edgeOrders[model.RelationOrderField(field)]
	if !isOrdered || o == "" || len(rq.ends) > 0 || rq.source != "" || rq.target != "" || rq.minSupport > 0 || rq.period.set() {
		return nil, false, nil
	}
	list, total, ok, err := r.relationIndex(ctx, or, rq, o)
	if !ok || err != nil {
		return nil, ok, err
	}
	afterKey, afterID := "", graph.ID("")
	if p.after != nil {
		afterKey, afterID = p.after.Key, p.after.ID
	}
	var window []entry[graph.Edge]
	more := false
	err = list(ctx, p.desc, afterKey, afterID, func(e graph.Edge) error {
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
	conn = &model.RelationConnection{Edges: make([]*model.RelationEdge, 0, len(window)), PageInfo: pageInfo(p, window, more), TotalCount: int(total)}
	for _, e := range window {
		conn.Edges = append(conn.Edges, &model.RelationEdge{Cursor: p.cursor(e.key, e.id), Node: ld.wrapEdges([]graph.Edge{e.v})[0]})
	}
	return conn, true, nil
}

// edgeList is an ordered list of relations from a position on, as
// graph.OrderedReader.EdgesInOrder gives it.
type edgeList func(ctx context.Context, desc bool, afterKey string, afterID graph.ID, fn func(graph.Edge) error) error

// relationIndex chooses how to read the relations of rq (classes and
// modalities) in order o, and their total: from a
// graph.SelectiveOrderedReader, the classes' lists merged, passing over
// the modalities not asked for, the total from the counters by
// modality; from a plain graph.OrderedReader only a query of every
// modality (its counters count every relation). ok is false when
// neither can serve it.
func (r *Resolver) relationIndex(ctx context.Context, or graph.OrderedReader, rq relationQuery, o graph.Order) (list edgeList, total int64, ok bool, err error) {
	if sr, selective := or.(graph.SelectiveOrderedReader); selective {
		sel := graph.EdgeSelection{Classes: rq.classes, Modalities: rq.modalities}
		if len(sel.Modalities) == 0 {
			sel.Modalities = factualModalities()
		}
		counts, err := sr.EdgeCountsByModality(ctx)
		if err != nil {
			return nil, 0, true, err
		}
		// Only the classes with edges of the modalities asked for are
		// read: a list of the negated passes over no MENTIONS key.
		sel.Classes = classesIn(counts, sel)
		if len(sel.Classes) == 0 {
			return func(context.Context, bool, string, graph.ID, func(graph.Edge) error) error { return nil }, 0, true, nil
		}
		if len(rq.classes) == 0 && sameModalities(sel.Modalities, factualModalities()) {
			// The facts of every class, the default list: the store may
			// keep one order of them all (Badger's ord/f/ keys), where
			// naming the classes would merge one list per class.
			sel.Classes = nil
		}
		list = func(ctx context.Context, desc bool, afterKey string, afterID graph.ID, fn func(graph.Edge) error) error {
			return sr.SelectedEdgesInOrder(ctx, o, sel, desc, afterKey, afterID, fn)
		}
		return list, sel.Count(counts), true, nil
	}
	c, counts := r.reader.(graph.Counter)
	if !counts || !rq.everyModality() {
		return nil, 0, false, nil
	}
	_, classes, err := c.Counts(ctx)
	if err != nil {
		return nil, 0, true, err
	}
	for class, n := range classes {
		if len(rq.classes) == 0 || slices.Contains(rq.classes, class) {
			total += n
		}
	}
	list = func(ctx context.Context, desc bool, afterKey string, afterID graph.ID, fn func(graph.Edge) error) error {
		return or.EdgesInOrder(ctx, o, desc, afterKey, afterID, fn)
	}
	return list, total, true, nil
}

// classesIn are the classes sel admits that counts says have edges sel
// admits, in the order of graph.EdgeClasses.
func classesIn(counts map[graph.EdgeClass]map[graph.Modality]int64, sel graph.EdgeSelection) []graph.EdgeClass {
	var out []graph.EdgeClass
	for _, c := range graph.EdgeClasses {
		if (len(sel.Classes) == 0 || slices.Contains(sel.Classes, c)) && (graph.EdgeSelection{Classes: []graph.EdgeClass{c}, Modalities: sel.Modalities}).Count(counts) > 0 {
			out = append(out, c)
		}
	}
	return out
}

// sameModalities reports whether a and b hold the same modalities.
func sameModalities(a, b []graph.Modality) bool {
	for _, m := range graph.Modalities {
		if slices.Contains(a, m) != slices.Contains(b, m) {
			return false
		}
	}
	return true
}

// factualModalities are the modalities the default lists show.
func factualModalities() []graph.Modality {
	var ms []graph.Modality
	for _, m := range graph.Modalities {
		if m.Factual() {
			ms = append(ms, m)
		}
	}
	return ms
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
	window, more, total, err := pageByDate(ctx, or, c, graph.KindStatement, p)
	if err != nil {
		return nil, true, err
	}
	r.sawEntries(ctx, window)
	conn = &model.StatementConnection{Edges: make([]*model.StatementEdge, 0, len(window)), PageInfo: pageInfo(p, window, more), TotalCount: total}
	for _, e := range window {
		conn.Edges = append(conn.Edges, &model.StatementEdge{Cursor: p.cursor(e.key, e.id), Node: &model.Statement{Node: e.v}})
	}
	return conn, true, nil
}

// indexedEvents pages all events by date from the reader's index, when
// it has one and the query has no filter; ok is false otherwise.
func (r *Resolver) indexedEvents(ctx context.Context, eq eventQuery, field string, p listPage) (conn *model.EventConnection, ok bool, err error) {
	or, isOrdered := r.reader.(graph.OrderedReader)
	c, counts := r.reader.(graph.Counter)
	if !isOrdered || !counts || field != string(model.EventOrderFieldDate) ||
		eq.eventType != "" || eq.participant != "" || eq.article != "" || len(eq.place) > 0 || eq.period.set() || len(eq.modalities) > 0 {
		return nil, false, nil
	}
	window, more, total, err := pageByDate(ctx, or, c, graph.KindEvent, p)
	if err != nil {
		return nil, true, err
	}
	r.sawEntries(ctx, window)
	conn = &model.EventConnection{Edges: make([]*model.EventEdge, 0, len(window)), PageInfo: pageInfo(p, window, more), TotalCount: total}
	for _, e := range window {
		conn.Edges = append(conn.Edges, &model.EventEdge{Cursor: p.cursor(e.key, e.id), Node: &model.Event{Node: e.v}})
	}
	return conn, true, nil
}

// pageByDate reads one page of kind's nodes, in date order, from the
// reader's index, and how many nodes of the kind there are in all.
func pageByDate(ctx context.Context, or graph.OrderedReader, c graph.Counter, kind graph.NodeKind, p listPage) (window []entry[graph.Node], more bool, total int, err error) {
	kinds, _, err := c.Counts(ctx)
	if err != nil {
		return nil, false, 0, err
	}
	afterKey, afterID := "", graph.ID("")
	if p.after != nil {
		afterKey, afterID = p.after.Key, p.after.ID
	}
	err = or.NodesByDate(ctx, kind, p.desc, afterKey, afterID, func(date string, n graph.Node) error {
		if len(window) == p.first {
			more = true
			return graph.ErrStop
		}
		window = append(window, entry[graph.Node]{key: date, id: n.ID, v: n})
		return nil
	})
	return window, more, int(kinds[kind]), err
}

// pageInfo is the PageInfo of a page: more items follow it when more;
// items come before it when it was asked for after a cursor (the item
// the cursor points at, at least, came before).
func pageInfo[T any](p listPage, window []entry[T], more bool) *model.PageInfo {
	info := &model.PageInfo{HasNextPage: more, HasPreviousPage: p.after != nil}
	if n := len(window); n > 0 {
		start, end := p.cursor(window[0].key, window[0].id), p.cursor(window[n-1].key, window[n-1].id)
		info.StartCursor, info.EndCursor = &start, &end
	}
	return info
}
