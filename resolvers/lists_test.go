package resolvers_test

import (
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/resolvers"
	"github.com/newsgraph/newsgraph/store"
)

// pluck walks decoded JSON along a dotted path; "*" stands for every
// element of a list, and the values reached are returned as strings.
func pluck(v any, path string) []string {
	var walk func(v any, parts []string) []string
	walk = func(v any, parts []string) []string {
		if v == nil {
			return []string{"<null>"}
		}
		if len(parts) == 0 {
			return []string{fmt.Sprint(v)}
		}
		switch x := v.(type) {
		case []any:
			if parts[0] != "*" {
				return nil
			}
			var out []string
			for _, e := range x {
				out = append(out, walk(e, parts[1:])...)
			}
			return out
		case map[string]any:
			return walk(x[parts[0]], parts[1:])
		}
		return nil
	}
	return walk(v, strings.Split(path, "."))
}

// query runs a query that must succeed and returns its data.
func query(t *testing.T, srv *httptest.Server, q string, vars map[string]any) map[string]any {
	t.Helper()
	var data map[string]any
	mustData(t, srv, q, vars, &data)
	return data
}

// failing runs a query that must fail with one error of the given code.
func failing(t *testing.T, srv *httptest.Server, q string, vars map[string]any, code, msg string) {
	t.Helper()
	r := post(t, srv, q, vars)
	if len(r.Errors) != 1 || r.Errors[0].code() != code || !strings.Contains(r.Errors[0].Message, msg) {
		t.Errorf("errors %+v (data %s); want one %s error with %q\n%s", r.Errors, r.Data, code, msg, q)
	}
}

func ids(list ...graph.ID) []string {
	out := make([]string, len(list))
	for i, id := range list {
		out[i] = string(id)
	}
	return out
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

func TestNodesKeepsOrderAndNulls(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{MaxPage: 4})
	consult := graph.EdgeID(f.zelensky, graph.Consult, f.witkoff)
	data := query(t, srv, `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
		map[string]any{"ids": ids(f.articles[1], consult, graph.ActorID("Nobody"), f.zelensky)})
	if got, want := pluck(data, "nodes.*.__typename"), []string{"Article", "Relation", "<null>", "Actor"}; !slices.Equal(got, want) {
		t.Errorf("nodes types = %v, want %v", got, want)
	}
	failing(t, srv, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
		map[string]any{"ids": ids(f.zelensky, f.witkoff, f.peskov, f.kremlin, f.ukraine)}, "INVALID_ARGUMENT", "more than the limit of 4")
	failing(t, srv, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
		map[string]any{"ids": []string{string(f.zelensky), "bogus"}}, "INVALID_ARGUMENT", "ids[1]")
}

func TestStatementsFilterAndOrder(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	const q = `query($filter: StatementFilter, $order: StatementOrder) {
		statements(filter: $filter, orderBy: $order) { totalCount edges { node { text date } } } }`
	tests := []struct {
		name   string
		filter map[string]any
		order  map[string]any
		want   []string // texts, in order when order is set
	}{
		{"every statement", nil, nil, nil},
		{"by speaker", map[string]any{"speaker": f.zelensky}, nil, []string{quote1, quote3}},
		{"by words", map[string]any{"text": "GIVE up"}, nil, []string{quote3}},
		{"by the start of the last word", map[string]any{"text": "analyz"}, nil, []string{quote2}},
		{"by article", map[string]any{"article": f.articles[0]}, nil, []string{quote1, quote2}},
		{"since", map[string]any{"since": "2025-12-26"}, nil, []string{quote3}},
		{"until", map[string]any{"until": "2025-12-25"}, nil, []string{quote1, quote2}},
		{"speaker and period", map[string]any{"speaker": f.zelensky, "until": "2025-12-25"}, nil, []string{quote1}},
		{"newest first", map[string]any{"speaker": f.zelensky}, map[string]any{"field": "DATE", "direction": "DESC"}, []string{quote3, quote1}},
		{"oldest first", map[string]any{"speaker": f.zelensky}, map[string]any{"field": "DATE"}, []string{quote1, quote3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := query(t, srv, q, map[string]any{"filter": tt.filter, "order": tt.order})
			got := pluck(data, "statements.edges.*.node.text")
			want := tt.want
			if want == nil {
				want = []string{quote1, quote2, quote3}
			}
			if tt.order == nil {
				got, want = sorted(got), sorted(want)
			}
			if !slices.Equal(got, want) || pluck(data, "statements.totalCount")[0] != fmt.Sprint(len(want)) {
				t.Errorf("statements = %q (totalCount %v), want %q", got, pluck(data, "statements.totalCount"), want)
			}
		})
	}
	failing(t, srv, q, map[string]any{"filter": map[string]any{"since": "26.12.2025"}}, "INVALID_ARGUMENT", `"26.12.2025" is not a date`)
	failing(t, srv, q, map[string]any{"filter": map[string]any{"since": "2025-12-28", "until": "2025-12-01"}}, "INVALID_ARGUMENT", "after until")
	failing(t, srv, q, map[string]any{"filter": map[string]any{"speaker": "who?"}}, "INVALID_ARGUMENT", "filter.speaker")
}

// pageThrough reads every page of a connection field of Query with the
// given arguments, first items at a time, and returns the IDs in order;
// it checks totalCount, hasNextPage and the rest of the Relay PageInfo
// on the way: startCursor and endCursor are the cursors of the page's
// first and last items, and hasPreviousPage is true after the first page.
func pageThrough(t *testing.T, srv *httptest.Server, field, args string, vars map[string]any, first int) []string {
	t.Helper()
	q := fmt.Sprintf(`query($first: Int, $after: String %s) { %s(first: $first, after: $after %s) {
		totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`,
		declare(vars), field, args)
	var got []string
	var after any
	total := ""
	for pages := 0; ; pages++ {
		if pages > 50 {
			t.Fatalf("%s: paging does not end", field)
		}
		v := map[string]any{"first": first, "after": after}
		for k, x := range vars {
			v[k] = x
		}
		data := query(t, srv, q, v)
		got = append(got, pluck(data, field+".edges.*.node.id")...)
		cursors := pluck(data, field+".edges.*.cursor")
		bounds := []string{pluck(data, field+".pageInfo.startCursor")[0], pluck(data, field+".pageInfo.endCursor")[0]}
		if len(cursors) > 0 && !slices.Equal(bounds, []string{cursors[0], cursors[len(cursors)-1]}) {
			t.Errorf("%s page %d: startCursor and endCursor %q, the page's first and last cursors %q", field, pages, bounds, []string{cursors[0], cursors[len(cursors)-1]})
		}
		if prev := pluck(data, field+".pageInfo.hasPreviousPage")[0]; prev != fmt.Sprint(pages > 0) {
			t.Errorf("%s page %d: hasPreviousPage %s", field, pages, prev)
		}
		tc := pluck(data, field+".totalCount")[0]
		if total != "" && tc != total {
			t.Errorf("%s: totalCount changed from %s to %s between pages", field, total, tc)
		}
		total = tc
		if pluck(data, field+".pageInfo.hasNextPage")[0] != "true" {
			break
		}
		after = pluck(data, field+".pageInfo.endCursor")[0]
	}
	if total != fmt.Sprint(len(got)) {
		t.Errorf("%s: totalCount %s, but the pages held %d items", field, total, len(got))
	}
	return got
}

// declare declares the variables of vars, whose names say their types
// after an underscore ("order_RelationOrder").
func declare(vars map[string]any) string {
	var b strings.Builder
	for k := range vars {
		typ := k[strings.IndexByte(k, '_')+1:]
		fmt.Fprintf(&b, ", $%s: %s", k, typ)
	}
	return b.String()
}

func TestPagingInEveryOrderGivesTheWholeList(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	tests := []struct {
		field, orderType string
		orders           []string
	}{
		{"actors", "ActorOrder", []string{"ID", "NAME"}},
		{"statements", "StatementOrder", []string{"ID", "DATE"}},
		{"events", "EventOrder", []string{"ID", "DATE"}},
		{"articles", "ArticleOrder", []string{"ID", "PUBLISHED", "TITLE"}},
		{"relations", "RelationOrder", []string{"ID", "SUPPORT", "FIRST_SEEN", "LAST_SEEN"}},
	}
	for _, tt := range tests {
		for _, order := range tt.orders {
			for _, dir := range []string{"ASC", "DESC"} {
				t.Run(tt.field+" by "+order+" "+dir, func(t *testing.T) {
					vars := map[string]any{"order_" + tt.orderType: map[string]any{"field": order, "direction": dir}}
					all := pageThrough(t, srv, tt.field, ", orderBy: $order_"+tt.orderType, vars, 500)
					for _, size := range []int{1, 2, 3} {
						if got := pageThrough(t, srv, tt.field, ", orderBy: $order_"+tt.orderType, vars, size); !slices.Equal(got, all) {
							t.Errorf("pages of %d gave %v, one page gave %v", size, got, all)
						}
					}
					if len(all) == 0 {
						t.Errorf("%s is empty", tt.field)
					}
				})
			}
		}
	}
}

func TestOrders(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	data := query(t, srv, `{ actors(orderBy: {field: NAME}) { edges { node { name } } } }`, nil)
	if got, want := pluck(data, "actors.edges.*.node.name"),
		[]string{"Dmitry Peskov", "Kremlin", "Steve Witkoff", "Ukraine", "United States", "Volodymyr Zelensky"}; !slices.Equal(got, want) {
		t.Errorf("actors by name = %q, want %q", got, want)
	}
	data = query(t, srv, `{ articles(orderBy: {field: PUBLISHED, direction: DESC}) { edges { node { published } } } }`, nil)
	if got, want := pluck(data, "articles.edges.*.node.published"), []string{"2025-12-28", "2025-12-25"}; !slices.Equal(got, want) {
		t.Errorf("articles newest first = %q, want %q", got, want)
	}
	data = query(t, srv, `{ relations(orderBy: {field: SUPPORT, direction: DESC}, first: 1) { edges { node { class support } } } }`, nil)
	if got := pluck(data, "relations.edges.*.node.class"); !slices.Equal(got, []string{"CONSULT"}) {
		t.Errorf("best supported relation = %v, want CONSULT", got)
	}
	const q = `query($c: String) { actors(orderBy: {field: NAME}, after: $c) { totalCount } }`
	idCursor := pluck(query(t, srv, `{ actors(first: 1) { pageInfo { endCursor } } }`, nil), "actors.pageInfo.endCursor")[0]
	failing(t, srv, q, map[string]any{"c": idCursor}, "INVALID_ARGUMENT", "another list or order")
}

func TestFilters(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	consult := graph.EdgeID(f.zelensky, graph.Consult, f.witkoff)
	tests := []struct {
		name  string
		query string
		path  string
		want  []string // sorted
	}{
		{"actors by type", `{ actors(filter: {type: COUNTRY}) { edges { node { name } } } }`,
			"actors.edges.*.node.name", []string{"Ukraine", "United States"}},
		{"actors by name and type", `{ actors(filter: {name: "u", type: COUNTRY}) { edges { node { name } } } }`,
			"actors.edges.*.node.name", []string{"Ukraine", "United States"}},
		{"events by participant", fmt.Sprintf(`{ events(filter: {participant: %q}) { edges { node { id } } } }`, f.witkoff),
			"events.edges.*.node.id", ids(f.call)},
		{"events by type", `{ events(filter: {eventType: "CALL"}) { edges { node { id } } } }`, "events.edges.*.node.id", ids(f.call)},
		{"events in a period", `{ events(filter: {since: "2025-12-26"}) { edges { node { id } } } }`, "events.edges.*.node.id", nil},
		{"articles by title words", `{ articles(filter: {title: "land"}) { edges { node { id } } } }`, "articles.edges.*.node.id", ids(f.articles[1])},
		{"articles by publisher", `{ articles(filter: {publisher: "EXAMPLE news"}) { totalCount } }`, "articles.totalCount", []string{"2"}},
		{"relations by class", `{ relations(filter: {classes: [CONSULT]}) { edges { node { id support } } } }`,
			"relations.edges.*.node.id", ids(consult)},
		{"relations by support", `{ relations(filter: {minSupport: 2}) { edges { node { id } } } }`, "relations.edges.*.node.id", ids(consult)},
		{"relations of a node", fmt.Sprintf(`{ relations(filter: {node: %q}) { edges { node { class } } } }`, f.witkoff),
			"relations.edges.*.node.class", []string{"CONSULT", "PARTICIPATED_IN", "ROLE"}},
		{"relations from a node", fmt.Sprintf(`{ relations(filter: {source: %q, classes: [ROLE]}) { edges { node { target } } } }`, f.zelensky),
			"relations.edges.*.node.target", ids(f.ukraine)},
		{"relations to a node", fmt.Sprintf(`{ relations(filter: {target: %q}) { edges { node { source } } } }`, f.kremlin),
			"relations.edges.*.node.source", ids(f.peskov)},
		{"symmetric relations either way", fmt.Sprintf(`{ relations(filter: {source: %q, target: %q}) { edges { node { id } } } }`, f.witkoff, f.zelensky),
			"relations.edges.*.node.id", ids(consult)},
		{"relations in a period", `{ relations(filter: {since: "2025-12-27"}) { edges { node { class } } } }`,
			"relations.edges.*.node.class", []string{"CONSULT", "STATED"}},
		{"an actor's relations", fmt.Sprintf(`{ node(id: %q) { ... on Actor { relations(filter: {classes: [ROLE]}) { edges { node { target } } } } } }`, f.peskov),
			"node.relations.edges.*.node.target", ids(f.kremlin)},
		{"an actor's events", fmt.Sprintf(`{ node(id: %q) { ... on Actor { events { edges { node { id } } } } } }`, f.zelensky),
			"node.events.edges.*.node.id", ids(f.call)},
		{"an event's participants", fmt.Sprintf(`{ node(id: %q) { ... on Event { participants { name } } } }`, f.call),
			"node.participants.*.name", []string{"Steve Witkoff", "Volodymyr Zelensky"}},
		{"what a statement is about", fmt.Sprintf(`{ node(id: %q) { ... on Statement { date about { id } } } }`, f.statements[quote1]),
			"node.about.*.id", ids(f.plan)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := query(t, srv, tt.query, nil)
			if got := sorted(pluck(data, tt.path)); !slices.Equal(got, sorted(tt.want)) {
				b, _ := json.Marshal(data)
				t.Errorf("%s = %v, want %v\n%s", tt.path, got, sorted(tt.want), b)
			}
		})
	}
	failing(t, srv, `{ relations(filter: {minSupport: -1}) { totalCount } }`, nil, "INVALID_ARGUMENT", "minSupport")
	failing(t, srv, `{ relations(filter: {classes: [CHAT]}) { totalCount } }`, nil, "GRAPHQL_VALIDATION_FAILED", "CHAT")
}

// unindexed is a store that keeps no orders: lists sort what they scan.
type unindexed struct{ graph.Reader }

// TestIndexedListsPageAsSortedOnes pages through relations in each order
// and statements by date, two at a time, from a store's indexes and
// from a reader without them, and checks that the pages, cursors and
// totals agree.
func TestIndexedListsPageAsSortedOnes(t *testing.T) {
	f := newFixture(t)
	indexed := f.server(t, resolvers.Options{ResponseCacheBytes: -1})
	plain := newServer(t, resolvers.NewHandler(unindexed{f.db}, resolvers.Options{ResponseCacheBytes: -1}))
	lists := map[string]string{
		"relations":  `query($after: String) { relations(orderBy: {field: %s, direction: %s}, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`,
		"statements": `query($after: String) { statements(orderBy: {field: %s, direction: %s}, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`,
	}
	orders := map[string][]string{"relations": {"SUPPORT", "FIRST_SEEN", "LAST_SEEN"}, "statements": {"DATE"}}
	for list, q := range lists {
		for _, field := range orders[list] {
			for _, dir := range []string{"ASC", "DESC"} {
				doc := fmt.Sprintf(q, field, dir)
				var after any
				pages := 0
				for {
					vars := map[string]any{"after": after}
					got := query(t, indexed, doc, vars)
					want := query(t, plain, doc, vars)
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("%s by %s %s, page %d:\n got  %v\n want %v", list, field, dir, pages, got, want)
					}
					info := got[list].(map[string]any)["pageInfo"].(map[string]any)
					pages++
					if info["hasNextPage"] != true {
						break
					}
					after = info["endCursor"]
				}
				if pages < 2 {
					t.Errorf("%s by %s %s: one page only; the test pages through nothing", list, field, dir)
				}
			}
		}
	}
}

// TestIndexedListsOfFactsAndClasses pages through relation lists that
// a graph.SelectiveOrderedReader serves from its per-class orders and
// counters by modality (the default list of facts, lists of classes,
// lists of non-facts) on a graph with negated, hypothetical, demanded
// and planned relations, two at a time, and checks that pages, cursors
// and totals agree with sorting a scan.
func TestIndexedListsOfFactsAndClasses(t *testing.T) {
	srv, db := modalityServer(t)
	plain := newServer(t, resolvers.NewHandler(unindexed{db}, resolvers.Options{ResponseCacheBytes: -1}))
	const q = `query($after: String) { relations(%s orderBy: {field: %s, direction: %s}, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id modality } } } }`
	filters := []string{
		"",
		"filter: {classes: [CONSULT]},",
		"filter: {classes: [CONSULT, MENTIONS, CONSULT]},",
		"filter: {modalities: [NEGATED, HYPOTHETICAL, DEMANDED]},",
		"filter: {classes: [CONSULT], modalities: [PLANNED]},",
		"filter: {classes: [ASSAULT]},", // none stored
		"filter: {modalities: [ASSERTED, PLANNED, DEMANDED, HYPOTHETICAL, NEGATED]},",
		"filter: {modalities: [PLANNED, ASSERTED]},", // the facts, named
	}
	for _, filter := range filters {
		for _, field := range []string{"SUPPORT", "FIRST_SEEN", "LAST_SEEN"} {
			for _, dir := range []string{"ASC", "DESC"} {
				doc := fmt.Sprintf(q, filter, field, dir)
				var after any
				for page := 0; ; page++ {
					vars := map[string]any{"after": after}
					got, want := query(t, srv, doc, vars), query(t, plain, doc, vars)
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("relations(%s) by %s %s, page %d:\n got  %v\n want %v", filter, field, dir, page, got, want)
					}
					info := got["relations"].(map[string]any)["pageInfo"].(map[string]any)
					if info["hasNextPage"] != true {
						break
					}
					after = info["endCursor"]
				}
			}
		}
	}
}

// TestIndexedEventsPageAsSortedOnes pages through the events by date,
// two at a time, from a store's index and from a reader without one,
// on events with full, coarse, equal and no dates, and checks that the
// pages, cursors and totals agree.
func TestIndexedEventsPageAsSortedOnes(t *testing.T) {
	db, err := store.Open(t.TempDir(), store.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	dates := [][]string{{"2025-11-02", "2025-11"}, {"", "2025-11-02"}, {"2025", "2025-10-31", "2024-12"}}
	for i, ds := range dates {
		text := fmt.Sprintf("Anna Berg met Carl Dahl on day %d.", i)
		b := graphtest.NewBuilder(t, fmt.Sprintf("Day %d", i), "2025-12-01", text)
		anna := b.Actor("Anna Berg", graph.Person)
		for j, d := range ds {
			b.Edge(anna, graph.ParticipatedIn, b.Event(fmt.Sprintf("meeting %d", j), d), text, "met")
		}
		if _, err := db.Ingest(t.Context(), b.B); err != nil {
			t.Fatal(err)
		}
	}
	indexed := newServer(t, resolvers.NewHandler(db, resolvers.Options{ResponseCacheBytes: -1}))
	plain := newServer(t, resolvers.NewHandler(unindexed{db}, resolvers.Options{ResponseCacheBytes: -1}))
	const q = `query($after: String) { events(orderBy: {field: DATE, direction: %s}, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id date } } } }`
	for _, dir := range []string{"ASC", "DESC"} {
		doc := fmt.Sprintf(q, dir)
		var after any
		pages := 0
		for {
			vars := map[string]any{"after": after}
			got, want := query(t, indexed, doc, vars), query(t, plain, doc, vars)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("events by date %s, page %d:\n got  %v\n want %v", dir, pages, got, want)
			}
			pages++
			info := got["events"].(map[string]any)["pageInfo"].(map[string]any)
			if info["hasNextPage"] != true {
				break
			}
			after = info["endCursor"]
		}
		if pages != 4 {
			t.Errorf("events by date %s: %d pages of 2 for 7 events", dir, pages)
		}
	}
}
