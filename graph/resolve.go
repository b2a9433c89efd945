package graph

import (
	"sort"
	"strings"
)

// LookupFunc returns the stored actors known under a folded name key.
type LookupFunc func(key string) ([]Node, error)

// Resolve merges the batch's actors into the stored actors they name, so
// that one real-world actor stays one node across articles. It rewrites
// b in place (actor IDs, edge ends and edge IDs) and returns the stored
// actors that the batch's actors were merged into, updated with the new
// aliases and, when the batch knows a fuller name, the new canonical name;
// the store writes them in place of the batch's actors.
//
// A batch actor matches a stored actor when its name or one of its
// multi-word aliases folds to a stored name or alias of the same type. A
// surname-only actor ("Zelensky") matches the one stored actor known by
// that surname; a full name matches a stored surname-only actor of the
// same surname. Ambiguous surnames (two stored Trumps) match nothing.
// Likewise an organisation "X of Y" whose article also calls it "Y"
// matches the one stored organisation named "Y" alone.
func Resolve(b *Batch, lookup LookupFunc) (merged []Node, remap map[ID]ID, err error) {
	remap = map[ID]ID{}
	mergedByID := map[ID]*Node{}
	var order []ID
	for i := range b.Nodes {
		a := &b.Nodes[i]
		if a.Kind != KindActor {
			continue
		}
		target, err := resolveOne(*a, lookup)
		if err != nil {
			return nil, nil, err
		}
		if target == nil {
			continue
		}
		m, ok := mergedByID[target.ID]
		if !ok {
			c := *target
			c.Aliases = append([]string(nil), target.Aliases...)
			m = &c
			mergedByID[c.ID] = m
			order = append(order, c.ID)
		}
		MergeActor(m, *a)
		if a.ID != m.ID {
			remap[a.ID] = m.ID
		}
	}
	// Batch actors merged into a stored actor are replaced by it.
	nodes := b.Nodes[:0]
	seen := make(map[ID]bool, len(b.Nodes))
	for _, n := range b.Nodes {
		if n.Kind == KindActor {
			if id, ok := remap[n.ID]; ok {
				n = *mergedByID[id]
			} else if m, ok := mergedByID[n.ID]; ok {
				n = *m
			}
		}
		if seen[n.ID] {
			continue
		}
		seen[n.ID] = true
		nodes = append(nodes, n)
	}
	b.Nodes = nodes
	b.Edges = RemapEdges(b.Edges, remap)
	for _, id := range order {
		merged = append(merged, *mergedByID[id])
	}
	return merged, remap, nil
}

func resolveOne(a Node, lookup LookupFunc) (*Node, error) {
	name := Fold(a.Label)
	words := strings.Fields(name)
	keys := []string{name}
	for _, al := range a.Aliases {
		if k := Fold(al); strings.Contains(k, " ") || len(words) <= 1 {
			keys = append(keys, k)
		}
	}
	score := map[ID]int{}
	found := map[ID]Node{}
	for _, k := range dedupe(keys) {
		if k == "" {
			continue
		}
		cands, err := lookup(k)
		if err != nil {
			return nil, err
		}
		for _, c := range cands {
			if c.Type != a.Type {
				continue
			}
			if len(words) <= 1 && !strings.Contains(k, " ") && len(cands) > 1 {
				continue // ambiguous surname
			}
			found[c.ID] = c
			score[c.ID]++
		}
	}
	// A full name meets an actor stored only under its surname.
	if len(score) == 0 && len(words) > 1 && a.Type == string(Person) {
		surname := words[len(words)-1]
		cands, err := lookup(surname)
		if err != nil {
			return nil, err
		}
		for _, c := range cands {
			cw := strings.Fields(Fold(c.Label))
			if c.Type == a.Type && len(cw) == 1 && cw[0] == surname {
				found[c.ID] = c
				score[c.ID]++
			}
		}
		if len(score) > 1 {
			return nil, nil
		}
	}
	if len(score) == 0 && a.Type == string(Organization) {
		c, err := ofPhraseActor(a, name, lookup)
		if err != nil || c == nil {
			return nil, err
		}
		found[c.ID] = *c
		score[c.ID]++
	}
	if len(score) == 0 {
		return nil, nil
	}
	ids := make([]ID, 0, len(score))
	for id := range score {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if score[ids[i]] != score[ids[j]] {
			return score[ids[i]] > score[ids[j]]
		}
		return ids[i] < ids[j]
	})
	n := found[ids[0]]
	return &n, nil
}

// ofPhraseActor returns the one stored organisation known only by the
// "of" phrase of organisation a's name, which a's article also uses
// alone ("Scientology" for "Church of Scientology", folded name), or
// nil when there is none or more than one.
func ofPhraseActor(a Node, name string, lookup LookupFunc) (*Node, error) {
	var hit *Node
	for _, al := range a.Aliases {
		k := Fold(al)
		if k == "" || strings.Contains(k, " ") || !strings.HasSuffix(name, " of "+k) {
			continue
		}
		cands, err := lookup(k)
		if err != nil {
			return nil, err
		}
		for _, c := range cands {
			if c.Type != a.Type || Fold(c.Label) != k {
				continue
			}
			if hit != nil && hit.ID != c.ID {
				return nil, nil
			}
			hit = &c
		}
	}
	return hit, nil
}

// MergeActor folds actor a into m: a's names become aliases of m, and
// the fuller of the two names becomes the canonical name.
func MergeActor(m *Node, a Node) {
	names := append([]string{m.Label, a.Label}, m.Aliases...)
	names = append(names, a.Aliases...)
	if fuller(a.Label, m.Label) {
		m.Label = a.Label
	}
	var aliases []string
	seen := map[string]bool{m.Label: true}
	for _, n := range names {
		if n == "" || seen[n] {
			continue
		}
		seen[n] = true
		aliases = append(aliases, n)
	}
	sort.Strings(aliases)
	m.Aliases = aliases
}

// fuller reports whether name a is a fuller form than b: more words, then
// more letters.
func fuller(a, b string) bool {
	wa, wb := len(strings.Fields(a)), len(strings.Fields(b))
	if wa != wb {
		return wa > wb
	}
	return len(a) > len(b)
}

// RemapEdges rewrites edge ends through remap, recomputes edge IDs,
// drops self-loops that merging created and merges edges that became one.
func RemapEdges(edges []Edge, remap map[ID]ID) []Edge {
	// Sized for every edge at once: appending an Edge at a time grew the
	// list by copies, 1 % of an ingest's CPU.
	out := make([]Edge, 0, len(edges))
	index := make(map[ID]int, len(edges))
	for _, e := range edges {
		if id, ok := remap[e.Source]; ok {
			e.Source = id
		}
		if id, ok := remap[e.Target]; ok {
			e.Target = id
		}
		if e.Source == e.Target {
			continue
		}
		if len(remap) > 0 {
			e.Evidence = RemapResolved(e.Evidence, func(id ID) ID {
				if to, ok := remap[id]; ok {
					return to
				}
				return id
			})
		}
		e.Source, e.Target = Orient(e.Source, e.Class, e.Target)
		e.ID = EdgeID(e.Source, e.Class, e.Target)
		if i, ok := index[e.ID]; ok {
			out[i].Evidence = MergeEvidence(out[i].Evidence, e.Evidence)
			continue
		}
		index[e.ID] = len(out)
		out = append(out, e)
	}
	if len(out) == 0 {
		return nil // as before the list was sized
	}
	return out
}

// MergeEvidence adds the pieces of evidence of b missing from a, in a
// stable order (article, then offsets). A piece given twice (the same
// article and offsets) is kept once, with its most factual modality.
func MergeEvidence(a, b []Evidence) []Evidence {
	type key struct {
		art        ID
		start, end int
	}
	seen := map[key]int{} // index in out
	out := make([]Evidence, 0, len(a)+len(b))
	for _, ev := range append(append([]Evidence(nil), a...), b...) {
		k := key{ev.Article, ev.Start, ev.End}
		if i, ok := seen[k]; ok {
			// One sentence stating a fact and also denying or only
			// planning it ("did not meet on Monday but met on
			// Tuesday") is evidence of the fact.
			res := mergeResolved(out[i].Resolved, ev.Resolved)
			if MoreFactual(ev.Modality, out[i].Modality) != out[i].Modality {
				out[i] = ev
			}
			out[i].Resolved = res
			continue
		}
		seen[k] = len(out)
		out = append(out, ev)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Article != out[j].Article {
			return out[i].Article < out[j].Article
		}
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End < out[j].End
	})
	return out
}

func dedupe(s []string) []string {
	seen := map[string]bool{}
	out := s[:0]
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// mergeResolved is the resolutions of a and b, each actor's mention
// once, in a's order then b's.
func mergeResolved(a, b []Resolution) []Resolution {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return b
	}
	out := append([]Resolution(nil), a...)
	for _, r := range b {
		dup := false
		for _, o := range a {
			if o.Actor == r.Actor && o.Start == r.Start && o.End == r.End {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, r)
		}
	}
	return out
}

// RemapResolved returns evs with the actors of their resolutions
// rewritten through to, copying what it changes (evs may be shared with
// the caller's edge). Merging actors moves their edges with it.
func RemapResolved(evs []Evidence, to func(ID) ID) []Evidence {
	var out []Evidence
	for i, ev := range evs {
		for j, r := range ev.Resolved {
			id := to(r.Actor)
			if id == r.Actor {
				continue
			}
			if out == nil {
				out = append([]Evidence(nil), evs...)
			}
			if &out[i].Resolved[0] == &evs[i].Resolved[0] {
				out[i].Resolved = append([]Resolution(nil), ev.Resolved...)
			}
			out[i].Resolved[j].Actor = id
		}
	}
	if out == nil {
		return evs
	}
	return out
}
