package resolvers

import (
	"context"
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/editdist"
	"github.com/newsgraph/newsgraph/resolvers/model"
)

// Search scores every node of the kinds asked against the query and
// returns the best. A query matches a text word by word after
// searchFold: a word equal to a word of the text scores 1, the start of
// one 0.8 (the last query word only, so that search-as-you-type works),
// and one within a small edit distance 0.6. A node's score is the best
// over its texts of the words' mean score times the text's weight (names
// count more than statement texts); an exact match of a whole name or
// title scores 1.

// The weight of each kind of text.
const (
	weightName  = 1.0
	weightAlias = 0.95
	weightTitle = 0.85
	weightText  = 0.7
	// minScore is the lowest score a hit may have.
	minScore = 0.3
)

// Search finds nodes by name, alias, title and text.
func (q *queryResolver) Search(ctx context.Context, query string, kinds []graph.NodeKind, first *int) ([]*model.SearchHit, error) {
	const op = "resolvers.search"
	n, err := q.searchPage(op, first)
	if err != nil {
		return nil, err
	}
	hits, err := q.search(ctx, op, query, kinds, n)
	if err != nil {
		return nil, err
	}
	if len(hits) > n {
		hits = hits[:n]
	}
	return hits, nil
}

// SearchResults finds nodes as Search does, and counts the matches of
// each kind.
func (q *queryResolver) SearchResults(ctx context.Context, query string, kinds []graph.NodeKind, first *int, firstPerKind *int) (*model.SearchResults, error) {
	const op = "resolvers.searchResults"
	n, err := q.searchPage(op, first)
	if err != nil {
		return nil, err
	}
	per := n
	if firstPerKind != nil {
		if per = *firstPerKind; per < 0 || per > q.opts.MaxPage {
			return nil, graph.Errorf(op, graph.Invalid, "firstPerKind must be between 0 and %d, got %d", q.opts.MaxPage, per)
		}
	}
	if len(kinds) == 0 {
		kinds = graph.NodeKinds
	}
	kinds = dedupeKinds(kinds)
	hits, err := q.search(ctx, op, query, kinds, min(n, per*len(kinds)))
	if err != nil {
		return nil, err
	}
	count := map[graph.NodeKind]int{}
	out := &model.SearchResults{Total: len(hits), Hits: []*model.SearchHit{}}
	for _, h := range hits {
		k := kindOfHit(h)
		count[k]++
		if len(out.Hits) < n && count[k] <= per {
			out.Hits = append(out.Hits, h)
		}
	}
	for _, k := range kinds {
		out.Counts = append(out.Counts, &model.KindCount{Kind: k, Count: count[k]})
	}
	return out, nil
}

// searchPage checks a search's first argument.
func (q *queryResolver) searchPage(op string, first *int) (int, error) {
	n := q.opts.DefaultPage
	if first != nil {
		if n = *first; n < 0 || n > q.opts.MaxPage {
			return 0, graph.Errorf(op, graph.Invalid, "first must be between 0 and %d, got %d", q.opts.MaxPage, n)
		}
	}
	return n, nil
}

// kindOfHit is the node kind of a hit's node.
func kindOfHit(h *model.SearchHit) graph.NodeKind { return graph.KindOfID(graph.ID(nodeIDOf(h.Node))) }

// search returns every node of the kinds asked that matches query, best
// first: by score, then, among equally good matches, by prominence, so
// that the hub Brian Griffin comes before a minor Emily Griffin; then
// by ID. The prominence of the hits that may make the first n (those
// scoring at least as well as the n-th) is read in one batch.
func (q *queryResolver) search(ctx context.Context, op, query string, kinds []graph.NodeKind, n int) ([]*model.SearchHit, error) {
	sq := newSearchQuery(query)
	if len(sq.words) == 0 {
		return nil, graph.Errorf(op, graph.Invalid, "query: %q has no letters or digits", query)
	}
	if len(kinds) == 0 {
		kinds = graph.NodeKinds
	}
	var hits []*model.SearchHit
	var found []graph.Node
	keep := func(node graph.Node) error {
		if h := sq.score(node); h != nil {
			hits = append(hits, h)
			found = append(found, node)
		}
		return nil
	}
	for _, k := range dedupeKinds(kinds) {
		if ns, ok := q.reader.(graph.NameScanner); ok && k == graph.KindActor {
			// Actors are scored by their names alone, so the name index
			// finds every actor that can score: a name scores
			// matchFolded(its index key) times a weight of at most 1,
			// except names in Cyrillic, which the index keeps unromanised
			// and which are always loaded.
			ids, err := namesMatching(ctx, ns, func(folded string) bool {
				return hasCyrillic(folded) || sq.matchFolded(folded)*weightName >= minScore
			})
			if err != nil {
				return nil, err
			}
			nodes, err := q.reader.Nodes(ctx, ids)
			if err != nil {
				return nil, err
			}
			for _, n := range nodes {
				if n.Kind == graph.KindActor {
					keep(n)
				}
			}
			continue
		}
		if err := q.reader.ScanNodes(ctx, k, "", keep); err != nil {
			return nil, err
		}
	}
	q.loaders(ctx).saw(found...)
	for _, h := range hits {
		h.Score = math.Round(h.Score*1e6) / 1e6 // equal matches score equal
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].Score > hits[j].Score })
	if err := q.prominence(ctx, hits, n); err != nil {
		return nil, err
	}
	sort.SliceStable(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if a.Prominence != b.Prominence {
			return a.Prominence > b.Prominence
		}
		return nodeIDOf(a.Node) < nodeIDOf(b.Node)
	})
	return hits, nil
}

// maxProminence bounds the hits whose prominence one search reads: a
// query of one common word ties thousands of statement texts, which
// need no ranking beyond the first few pages.
const maxProminence = 5000

// prominence sets the prominence of the hits, sorted by score, that
// score at least as well as the n-th (at most maxProminence of them): the number of the node's
// relations, MENTIONS included, so that an actor many articles name
// counts for more. It reads the adjacency of them all in one call.
func (q *queryResolver) prominence(ctx context.Context, hits []*model.SearchHit, n int) error {
	if len(hits) == 0 || n == 0 {
		return nil
	}
	cut := hits[min(n, len(hits))-1].Score
	var ids []graph.ID
	for _, h := range hits {
		if h.Score < cut || len(ids) == maxProminence {
			break
		}
		ids = append(ids, graph.ID(nodeIDOf(h.Node)))
	}
	links, err := graph.AdjacentMany(ctx, q.reader, ids, graph.Both, nil)
	if err != nil {
		return err
	}
	for i := range ids {
		hits[i].Prominence = len(links[ids[i]])
	}
	return nil
}

func dedupeKinds(kinds []graph.NodeKind) []graph.NodeKind {
	var out []graph.NodeKind
	for _, k := range graph.NodeKinds {
		for _, x := range kinds {
			if x == k {
				out = append(out, k)
				break
			}
		}
	}
	return out
}

func nodeIDOf(n model.Node) string {
	type ider interface{ ID() string }
	if x, ok := n.(ider); ok {
		return x.ID()
	}
	return ""
}

// searchQuery is a folded query.
type searchQuery struct {
	folded string
	words  []string
}

func newSearchQuery(q string) searchQuery {
	f := searchFold(q)
	return searchQuery{folded: f, words: strings.Fields(f)}
}

// score rates a node, or returns nil when it does not match.
func (sq searchQuery) score(n graph.Node) *model.SearchHit {
	type text struct {
		field  string
		s      string
		weight float64
	}
	var texts []text
	switch n.Kind {
	case graph.KindActor:
		texts = append(texts, text{"name", n.Label, weightName})
		for _, a := range n.Aliases {
			texts = append(texts, text{"alias", a, weightAlias})
		}
	case graph.KindArticle:
		texts = append(texts, text{"title", n.Label, weightTitle})
	case graph.KindStatement:
		t := n.Text
		if t == "" {
			t = n.Label
		}
		texts = append(texts, text{"text", t, weightText})
	default:
		texts = append(texts, text{"name", n.Label, weightName})
	}
	var best *model.SearchHit
	for _, t := range texts {
		s := sq.match(t.s) * t.weight
		if s >= minScore && (best == nil || s > best.Score) {
			best = &model.SearchHit{Score: s, Node: model.Wrap(n), Field: t.field, Matched: t.s}
		}
	}
	if best != nil && best.Node == nil {
		return nil
	}
	return best
}

// match rates how well the query matches text, from 0 to 1 (before
// weighting): 1 for the whole text, else the mean of the words' scores,
// a little less than 1 even when every word is found.
func (sq searchQuery) match(text string) float64 { return sq.matchFolded(searchFold(text)) }

// matchFolded is match of a text already folded with searchFold.
func (sq searchQuery) matchFolded(f string) float64 {
	if f == sq.folded {
		return 1
	}
	have := strings.Fields(f)
	sum := 0.0
	for i, w := range sq.words {
		last := i == len(sq.words)-1
		best := 0.0
		for _, h := range have {
			switch {
			case h == w:
				best = 1
			case last && len(w) >= 2 && strings.HasPrefix(h, w):
				best = max(best, 0.8)
			case near(w, h):
				best = max(best, 0.6)
			}
			if best == 1 {
				break
			}
		}
		sum += best
	}
	return 0.9 * sum / float64(len(sq.words))
}

// near reports whether two words of at least 4 letters are within an
// edit distance of 1 (2 for words of 8 letters or more).
func near(a, b string) bool {
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if la < 4 || lb < 4 {
		return false
	}
	limit := 1
	if la >= 8 && lb >= 8 {
		limit = 2
	}
	if la-lb > limit || lb-la > limit {
		return false
	}
	return editdist.Levenshtein([]rune(a), []rune(b)) <= limit
}

// hasCyrillic reports whether s holds a letter that searchFold
// romanises.
func hasCyrillic(s string) bool {
	for _, r := range s {
		if _, ok := cyrillic[r]; ok {
			return true
		}
	}
	return false
}

// searchFold is graph.Fold after Cyrillic letters are romanised, so that
// Зеленский and Зеленський find Zelensky.
func searchFold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if l, ok := cyrillic[r]; ok {
			b.WriteString(l)
		} else {
			b.WriteRune(r)
		}
	}
	return graph.Fold(b.String())
}

// cyrillic romanises the Russian and Ukrainian alphabets the way news
// agencies mostly do; graph.Fold then folds the remaining variants.
var cyrillic = func() map[rune]string {
	m := map[rune]string{}
	pairs := []string{
		"а", "a", "б", "b", "в", "v", "г", "g", "ґ", "g", "д", "d", "е", "e", "ё", "e", "є", "ye",
		"ж", "zh", "з", "z", "и", "i", "і", "i", "ї", "yi", "й", "y", "к", "k", "л", "l", "м", "m",
		"н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "у", "u", "ф", "f", "х", "kh",
		"ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch", "ъ", "", "ы", "y", "ь", "", "э", "e", "ю", "yu",
		"я", "ya",
	}
	for i := 0; i < len(pairs); i += 2 {
		r, _ := utf8.DecodeRuneInString(pairs[i])
		m[r] = pairs[i+1]
		upper := []rune(strings.ToUpper(pairs[i]))[0]
		if up := pairs[i+1]; up != "" {
			m[upper] = strings.ToUpper(up[:1]) + up[1:]
		} else {
			m[upper] = ""
		}
	}
	return m
}()
