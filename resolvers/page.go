package resolvers

import (
	"encoding/base64"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers/model"
)

// A cursor is "v1:<list>:<id>" in unpadded base64url: opaque to clients,
// but it names the list it belongs to, so that a cursor from one list
// passed to another is refused instead of silently paging wrongly.
const cursorVersion = "v1"

func encodeCursor(list string, id graph.ID) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorVersion + ":" + list + ":" + string(id)))
}

func decodeCursor(op, list, cursor string) (graph.ID, error) {
	b, err := base64.RawURLEncoding.DecodeString(cursor)
	if err != nil {
		return "", graph.Errorf(op, graph.Invalid, "after: %q is not a cursor", cursor)
	}
	parts := strings.SplitN(string(b), ":", 3)
	if len(parts) != 3 || parts[0] != cursorVersion || parts[2] == "" {
		return "", graph.Errorf(op, graph.Invalid, "after: %q is not a cursor", cursor)
	}
	if parts[1] != list {
		return "", graph.Errorf(op, graph.Invalid, "after: cursor %q belongs to another list (%s, not %s)", cursor, parts[1], list)
	}
	return graph.ID(parts[2]), nil
}

// page is a checked request for one page of a list.
type page struct {
	list  string
	first int
	after graph.ID // "" for the first page
}

// pageOf checks first and after for the list named list.
func (r *Resolver) pageOf(op, list string, first *int, after *string) (page, error) {
	p := page{list: list, first: r.opts.DefaultPage}
	if first != nil {
		if *first < 0 || *first > r.opts.MaxPage {
			return p, graph.Errorf(op, graph.Invalid, "first must be between 0 and %d, got %d", r.opts.MaxPage, *first)
		}
		p.first = *first
	}
	if after != nil {
		id, err := decodeCursor(op, list, *after)
		if err != nil {
			return p, err
		}
		p.after = id
	}
	return p, nil
}

// window cuts the page out of ids, which are in list order and ascending:
// the first p.first IDs greater than p.after, and whether more follow.
func (p page) window(ids []graph.ID) (out []graph.ID, more bool) {
	i := 0
	if p.after != "" {
		for i < len(ids) && ids[i] <= p.after {
			i++
		}
	}
	rest := ids[i:]
	if len(rest) > p.first {
		return rest[:p.first], true
	}
	return rest, false
}

// pageInfo describes a page whose last ID is last ("" when empty).
func (p page) pageInfo(last graph.ID, more bool) *model.PageInfo {
	pi := &model.PageInfo{HasNextPage: more}
	if last != "" {
		c := encodeCursor(p.list, last)
		pi.EndCursor = &c
	}
	return pi
}
