package resolvers

import (
	"encoding/base64"
	"encoding/json"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers/model"
)

// Every list is sorted by a key (empty when sorted by ID) and then by ID,
// both ascending or both descending, so that the order is total and a
// cursor can name a position in it: the key and the ID of the item it
// points at. A page is the items strictly after that position, so items
// added or removed between two requests neither repeat nor shift pages.

// position is what a cursor holds, as JSON in unpadded base64url: the
// list and order it belongs to (a cursor passed to another list or order
// is refused) and the key and ID of the item it points at.
type position struct {
	List  string   `json:"l"`
	Order string   `json:"o"`
	Key   string   `json:"k,omitempty"`
	ID    graph.ID `json:"i"`
}

func (p position) String() string {
	b, _ := json.Marshal(p)
	return base64.RawURLEncoding.EncodeToString(b)
}

// entry is one item of a list with its sort key.
type entry[T any] struct {
	key string
	id  graph.ID
	v   T
}

// listPage is a checked request for one page of a list.
type listPage struct {
	list  string
	order string // "ID_ASC", "DATE_DESC", ...
	desc  bool
	first int
	after *position
}

// pageOf checks first and after for the list named list in the given
// order ("ID" when orderBy was omitted).
func (r *Resolver) pageOf(op, list, field string, dir *model.OrderDirection, first *int, after *string) (listPage, error) {
	p := listPage{list: list, first: r.opts.DefaultPage}
	p.desc = dir != nil && *dir == model.OrderDirectionDesc
	p.order = field + "_ASC"
	if p.desc {
		p.order = field + "_DESC"
	}
	if first != nil {
		if *first < 0 || *first > r.opts.MaxPage {
			return p, graph.Errorf(op, graph.Invalid, "first must be between 0 and %d, got %d", r.opts.MaxPage, *first)
		}
		p.first = *first
	}
	if after != nil {
		pos, err := decodeCursor(op, *after)
		if err != nil {
			return p, err
		}
		if pos.List != list || pos.Order != p.order {
			return p, graph.Errorf(op, graph.Invalid, "after: cursor %q belongs to another list or order (%s %s, not %s %s)",
				*after, pos.List, pos.Order, list, p.order)
		}
		p.after = &pos
	}
	return p, nil
}

func decodeCursor(op, cursor string) (position, error) {
	var pos position
	b, err := base64.RawURLEncoding.DecodeString(cursor)
	if err != nil || json.Unmarshal(b, &pos) != nil || pos.List == "" || pos.ID == "" {
		return pos, graph.Errorf(op, graph.Invalid, "after: %q is not a cursor", cursor)
	}
	return pos, nil
}

// less orders two items by key then ID, in the page's direction.
func (p listPage) less(ak string, aid graph.ID, bk string, bid graph.ID) bool {
	if ak != bk {
		return (ak < bk) != p.desc
	}
	if aid == bid {
		return false
	}
	return (aid < bid) != p.desc
}

// cut sorts items and returns the page after the cursor, whether more
// items follow it, and the page's PageInfo; edge cursors come from
// p.cursor.
func cut[T any](p listPage, items []entry[T]) (window []entry[T], info *model.PageInfo) {
	sort.Slice(items, func(i, j int) bool { return p.less(items[i].key, items[i].id, items[j].key, items[j].id) })
	i := 0
	if p.after != nil {
		i = sort.Search(len(items), func(i int) bool { return p.less(p.after.Key, p.after.ID, items[i].key, items[i].id) })
	}
	rest := items[i:]
	more := len(rest) > p.first
	if more {
		rest = rest[:p.first]
	}
	return rest, pageInfo(p, rest, more)
}

// cursor is the cursor of the item with the given key and ID.
func (p listPage) cursor(key string, id graph.ID) string {
	return position{List: p.list, Order: p.order, Key: key, ID: id}.String()
}

// period is a checked since/until pair.
type period struct{ since, until string }

func periodOf(since, until *string) (period, error) {
	var p period
	if since != nil {
		p.since = *since
	}
	if until != nil {
		p.until = *until
	}
	return p, graph.CheckPeriod(p.since, p.until)
}

// set reports whether the period has a bound.
func (p period) set() bool { return p.since != "" || p.until != "" }

// holds reports whether date is in the period; with a bound set, an
// undated item is never in it.
func (p period) holds(date string) bool {
	if !p.set() {
		return true
	}
	// A coarse day ("2026-03", "2026") holds when any of its days does.
	return graph.DayIn(date, p.since, p.until)
}

// words is a folded text query: every word must start a word of the
// text, and all but the last must be whole words.
type words []string

// wordsOf folds a filter's text; arg names the argument for errors.
func wordsOf(op, arg string, s *string) (words, error) {
	if s == nil {
		return nil, nil
	}
	w := strings.Fields(graph.Fold(*s))
	if len(w) == 0 {
		return nil, graph.Errorf(op, graph.Invalid, "%s: %q has no letters or digits", arg, *s)
	}
	return w, nil
}

// in reports whether the words occur in text (not yet folded); no words
// match everything.
func (w words) in(text string) bool {
	if len(w) == 0 {
		return true
	}
	have := strings.Fields(graph.Fold(text))
	for i, q := range w {
		last := i == len(w)-1
		found := false
		for _, h := range have {
			if h == q || (last && strings.HasPrefix(h, q)) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// optionalID checks an optional ID argument.
func optionalID(op, arg string, id *string) (graph.ID, error) {
	if id == nil {
		return "", nil
	}
	return checkID(op, arg, *id)
}
