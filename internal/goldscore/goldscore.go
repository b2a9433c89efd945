package goldscore

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/newsgraph/newsgraph/graph"
)

// Gold is one article's annotation.
type Gold struct {
	Article struct {
		File      string `json:"file"`
		Title     string `json:"title"`
		URL       string `json:"url"`
		Published string `json:"published"`
	} `json:"article"`
	Actors     []Actor     `json:"actors"`
	Statements []Statement `json:"statements"`
	Relations  []Relation  `json:"relations"`
}

// Actor is a gold actor: its canonical name, type and other surface forms.
type Actor struct {
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases"`
}

// Statement is a gold statement: a speaker (an actor's Name) and the
// quoted or reported words.
type Statement struct {
	Speaker string `json:"speaker"`
	Quote   string `json:"quote"`
}

// Relation is a gold actor-to-actor edge between actor Names.
type Relation struct {
	S string `json:"s"`
	P string `json:"p"`
	O string `json:"o"`
}

// Load reads and checks one NAME.gold.json: every speaker and relation end
// is a listed actor, types and classes are the ontology's. Errors name the
// file.
func Load(path string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gold: %w", err)
	}
	var g Gold
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("gold %s: %w", path, err)
	}
	if err := g.check(); err != nil {
		return nil, fmt.Errorf("gold %s: %w", path, err)
	}
	return &g, nil
}

// check reports the first reference to an unknown actor, type or class.
func (g *Gold) check() error {
	names := map[string]bool{}
	for _, a := range g.Actors {
		if names[a.Name] {
			return fmt.Errorf("actor %q listed twice", a.Name)
		}
		names[a.Name] = true
		if !validType(a.Type) {
			return fmt.Errorf("actor %q: unknown type %q", a.Name, a.Type)
		}
	}
	for _, s := range g.Statements {
		if !names[s.Speaker] {
			return fmt.Errorf("statement speaker %q is not an actor", s.Speaker)
		}
	}
	for _, r := range g.Relations {
		if !names[r.S] || !names[r.O] {
			return fmt.Errorf("relation %s %s %s: an end is not an actor", r.S, r.P, r.O)
		}
		if c := graph.EdgeClass(r.P); !c.BetweenActors() {
			return fmt.Errorf("relation %s %s %s: %q is not a class between actors", r.S, r.P, r.O, r.P)
		}
	}
	return nil
}

func validType(t string) bool {
	for _, x := range graph.ActorTypes {
		if string(x) == t {
			return true
		}
	}
	return false
}

var (
	possessive = regexp.MustCompile(`'s\b`)
	nonAlnum   = regexp.MustCompile(`[^a-z0-9]+`)
	stop       = map[string]bool{"the": true, "a": true, "an": true, "of": true, "to": true, "and": true,
		"in": true, "on": true, "that": true, "is": true, "it": true, "for": true, "be": true, "we": true,
		"this": true, "with": true, "as": true, "are": true, "at": true, "by": true}
)

// transliterations fold spelling variants, in score.py's order (each
// applied to the result of the one before).
var transliterations = [][2]string{{"yy", "y"}, {"iy", "y"}, {"ii", "i"}, {"kh", "h"}}

// Norm is score.py's norm: accents and case removed, a possessive 's, dots
// and a leading "the" dropped, other punctuation made spaces, and
// transliteration variants folded (Zelenskyy = Zelensky).
func Norm(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	s = strings.ToLower(b.String())
	s = strings.NewReplacer("\u2019", "'", "\u2011", "-").Replace(s)
	s = possessive.ReplaceAllString(s, "")
	s = strings.ReplaceAll(s, ".", "")
	s = strings.TrimSpace(nonAlnum.ReplaceAllString(s, " "))
	s = strings.TrimPrefix(s, "the ")
	for _, t := range transliterations {
		s = strings.ReplaceAll(s, t[0], t[1])
	}
	return s
}

// Words is the set of Norm's words of text, stop words left out.
func Words(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(Norm(text)) {
		if !stop[w] {
			out[w] = true
		}
	}
	return out
}

// Matcher maps system actor nodes to gold actor names.
type Matcher struct {
	forms map[string]string
}

// NewMatcher indexes the names and aliases of actors; a form shared by
// several actors belongs to the first.
func NewMatcher(actors []Actor) *Matcher {
	m := &Matcher{forms: map[string]string{}}
	for _, a := range actors {
		for _, f := range append([]string{a.Name}, a.Aliases...) {
			k := Norm(f)
			if _, ok := m.forms[k]; !ok {
				m.forms[k] = a.Name
			}
		}
	}
	return m
}

// Match returns the gold actor n stands for: by its label first, then by
// its aliases in order; "" when none.
func (m *Matcher) Match(n graph.Node) string {
	if g, ok := m.forms[Norm(n.Label)]; ok {
		return g
	}
	for _, a := range n.Aliases {
		if g, ok := m.forms[Norm(a)]; ok {
			return g
		}
	}
	return ""
}

// Counts are the tallies of one article or, added up, of a set.
type Counts struct {
	ActorsGold, ActorNodes, ActorsFound int
	// MatchedNodes are actor nodes matched to a gold actor, Typed those
	// of them with the gold actor's type.
	MatchedNodes, Typed int
	// StatementsFound are gold statements some node matches;
	// StatementsRight are statement nodes that match some gold statement.
	StatementsGold, StatementNodes, StatementsFound, StatementsRight int
	RelationsGold, RelationsSys, RelationsRight                      int
}

// Add adds o's tallies to c.
func (c *Counts) Add(o Counts) {
	c.ActorsGold += o.ActorsGold
	c.ActorNodes += o.ActorNodes
	c.ActorsFound += o.ActorsFound
	c.MatchedNodes += o.MatchedNodes
	c.Typed += o.Typed
	c.StatementsGold += o.StatementsGold
	c.StatementNodes += o.StatementNodes
	c.StatementsFound += o.StatementsFound
	c.StatementsRight += o.StatementsRight
	c.RelationsGold += o.RelationsGold
	c.RelationsSys += o.RelationsSys
	c.RelationsRight += o.RelationsRight
}

// PRF is precision, recall and their harmonic mean.
type PRF struct{ P, R, F1 float64 }

func prf(right, sys, found, gold int) PRF {
	p := float64(right) / float64(max(sys, 1))
	r := float64(found) / float64(max(gold, 1))
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{p, r, f}
}

// Actors is gold actors found over actor nodes (precision) and over gold
// actors (recall), as score.py counts them.
func (c Counts) Actors() PRF {
	return prf(c.ActorsFound, c.ActorNodes, c.ActorsFound, c.ActorsGold)
}

// Statements is right statement nodes over all of them, and gold
// statements found over all of them.
func (c Counts) Statements() PRF {
	return prf(c.StatementsRight, c.StatementNodes, c.StatementsFound, c.StatementsGold)
}

// Relations is right triples over system triples and over gold triples.
func (c Counts) Relations() PRF {
	return prf(c.RelationsRight, c.RelationsSys, c.RelationsRight, c.RelationsGold)
}

// TypeAccuracy is the share of matched actor nodes typed as their gold
// actor.
func (c Counts) TypeAccuracy() float64 {
	return float64(c.Typed) / float64(max(c.MatchedNodes, 1))
}

// String is score.py's summary line.
func (c Counts) String() string {
	a, s, r := c.Actors(), c.Statements(), c.Relations()
	return fmt.Sprintf("actors P %.2f R %.2f F1 %.2f types %.2f | statements P %.2f R %.2f F1 %.2f | relations P %.2f R %.2f F1 %.2f",
		a.P, a.R, a.F1, c.TypeAccuracy(), s.P, s.R, s.F1, r.P, r.R, r.F1)
}

// Score compares the nodes and edges extracted from one article with its
// gold annotation.
func Score(g *Gold, nodes []graph.Node, edges []graph.Edge) Counts {
	m := NewMatcher(g.Actors)
	types := map[string]string{}
	for _, a := range g.Actors {
		types[a.Name] = a.Type
	}
	c := Counts{ActorsGold: len(g.Actors), StatementsGold: len(g.Statements)}
	mapped := map[graph.ID]string{} // every actor node, "" when unmatched
	found := map[string]bool{}
	for _, n := range nodes {
		if n.Kind != graph.KindActor {
			continue
		}
		c.ActorNodes++
		name := m.Match(n)
		mapped[n.ID] = name
		if name == "" {
			continue
		}
		found[name] = true
		c.MatchedNodes++
		if n.Type == types[name] {
			c.Typed++
		}
	}
	c.ActorsFound = len(found)
	c.StatementNodes, c.StatementsFound, c.StatementsRight = scoreStatements(g.Statements, nodes, edges, mapped)
	c.RelationsGold, c.RelationsSys, c.RelationsRight = scoreRelations(g.Relations, edges, mapped)
	return c
}

// scoreStatements returns the number of statement nodes, of gold
// statements matched and of nodes that match one.
func scoreStatements(gold []Statement, nodes []graph.Node, edges []graph.Edge, mapped map[graph.ID]string) (sys, found, right int) {
	speaker := map[graph.ID]string{}
	for _, e := range edges {
		if e.Class == graph.Stated {
			speaker[e.Target] = mapped[e.Source]
		}
	}
	goldWords := make([]map[string]bool, len(gold))
	for i, s := range gold {
		goldWords[i] = Words(s.Quote)
	}
	hit := map[int]bool{}
	for _, n := range nodes {
		if n.Kind != graph.KindStatement {
			continue
		}
		sys++
		text := n.Text
		if text == "" {
			text = n.Label
		}
		tw := Words(text)
		ok := false
		for i, s := range gold {
			if sp := speaker[n.ID]; sp != "" && sp == s.Speaker && overlaps(goldWords[i], tw) {
				hit[i] = true
				ok = true
			}
		}
		if ok {
			right++
		}
	}
	return sys, len(hit), right
}

// overlaps is score.py's test: shared words are at least 0.7 of the
// smaller set and 0.4 of the larger.
func overlaps(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	inter := 0
	for w := range a {
		if b[w] {
			inter++
		}
	}
	lo, hi := min(len(a), len(b)), max(len(a), len(b))
	return float64(inter)/float64(lo) >= 0.7 && float64(inter)/float64(hi) >= 0.4
}

type triple struct{ s, p, o string }

func key(s, p, o string) triple {
	if graph.EdgeClass(p).Symmetric() && o < s {
		s, o = o, s
	}
	return triple{s, p, o}
}

// scoreRelations returns the number of gold triples, of system triples
// and of those in both. System edges count when both ends are actor nodes
// and the edge is factual; an unmatched end stays distinct ("?" and its
// ID), so the triple is wrong.
func scoreRelations(gold []Relation, edges []graph.Edge, mapped map[graph.ID]string) (ng, nsys, right int) {
	want := map[triple]bool{}
	for _, r := range gold {
		want[key(r.S, r.P, r.O)] = true
	}
	got := map[triple]bool{}
	for _, e := range edges {
		if !e.Class.BetweenActors() || !e.MostFactual().Factual() {
			continue
		}
		s, sok := mapped[e.Source]
		o, ook := mapped[e.Target]
		if !sok || !ook {
			continue
		}
		if s == "" {
			s = "?" + string(e.Source)
		}
		if o == "" {
			o = "?" + string(e.Target)
		}
		got[key(s, string(e.Class), o)] = true
	}
	for t := range got {
		if want[t] {
			right++
		}
	}
	return len(want), len(got), right
}

// Split returns the gold actors, over all the articles' annotations merged
// by name, that several distinct actor nodes match: one real actor split
// across (or within) articles.
func Split(golds []*Gold, nodes []graph.Node) []string {
	merged := map[string]*Actor{}
	var order []string
	for _, g := range golds {
		for _, a := range g.Actors {
			cur, ok := merged[a.Name]
			if !ok {
				cur = &Actor{Name: a.Name, Type: a.Type}
				merged[a.Name] = cur
				order = append(order, a.Name)
			}
			cur.Aliases = append(cur.Aliases, a.Aliases...)
		}
	}
	all := make([]Actor, 0, len(order))
	for _, n := range order {
		all = append(all, *merged[n])
	}
	m := NewMatcher(all)
	ids := map[string]map[graph.ID]bool{}
	for _, n := range nodes {
		if n.Kind != graph.KindActor {
			continue
		}
		if g := m.Match(n); g != "" {
			if ids[g] == nil {
				ids[g] = map[graph.ID]bool{}
			}
			ids[g][n.ID] = true
		}
	}
	var out []string
	for g, set := range ids {
		if len(set) > 1 {
			out = append(out, g)
		}
	}
	sort.Strings(out)
	return out
}
