package graphtest

import (
	"errors"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// RunHeadScanner checks a store's graph.EdgeHeadScanner against its
// ScanEdges: the same edges in the same order, paged by after and
// stopped by ErrStop alike, each without evidence but with a summary
// giving the same support and dates as the evidence. Stores that do not
// scan heads skip it.
func RunHeadScanner(t *testing.T, open func(t *testing.T) graph.Store) {
	s := open(t)
	hs, ok := s.(graph.EdgeHeadScanner)
	if !ok {
		t.Skipf("%T does not implement graph.EdgeHeadScanner", s)
	}
	ctx := t.Context()
	a := newCallArticle(t)
	ingest(t, s, a.Clone())
	// A second article supports an edge of the first again, later; an
	// undated third adds a piece of evidence without a date.
	const praise = "Zelensky praised Donald Trump again on Sunday."
	b := NewBuilder(t, "Zelensky praises Trump", "2025-12-28", praise)
	b.Edge(b.Actor("Zelensky", graph.Person), graph.Support, b.Actor("Donald Trump", graph.Person), praise, "praised")
	ingest(t, s, b.Clone())
	const undated = "Zelensky thanked Donald Trump once more."
	c := NewBuilder(t, "Undated", "", undated)
	c.Edge(c.Actor("Zelensky", graph.Person), graph.Support, c.Actor("Donald Trump", graph.Person), undated, "thanked")
	ingest(t, s, c.Clone())

	var full []graph.Edge
	if err := s.ScanEdges(ctx, "", func(e graph.Edge) error { full = append(full, e); return nil }); err != nil {
		t.Fatalf("ScanEdges: %v", err)
	}
	heads := scanHeads(t, hs, "")
	if len(heads) != len(full) || len(full) < 2 {
		t.Fatalf("ScanEdgeHeads gave %d edges, ScanEdges %d; want the same, at least 2", len(heads), len(full))
	}
	for i, h := range heads {
		e := full[i]
		if h.ID != e.ID || h.Source != e.Source || h.Target != e.Target || h.Class != e.Class || h.Verb != e.Verb {
			t.Errorf("head %d = %s %s-%s->%s (%q), edge %s %s-%s->%s (%q)",
				i, h.ID, h.Source, h.Class, h.Target, h.Verb, e.ID, e.Source, e.Class, e.Target, e.Verb)
		}
		if len(h.Evidence) != 0 {
			t.Errorf("head %s has %d pieces of evidence, want none", h.ID, len(h.Evidence))
		}
		if h.Support() != e.Support() || h.FirstSeen() != e.FirstSeen() || h.LastSeen() != e.LastSeen() {
			t.Errorf("head %s: support %d, seen %s..%s; edge: support %d, seen %s..%s",
				h.ID, h.Support(), h.FirstSeen(), h.LastSeen(), e.Support(), e.FirstSeen(), e.LastSeen())
		}
	}
	i := slices.IndexFunc(heads, func(h graph.Edge) bool { return h.ID == a.thanks })
	if i < 0 || heads[i].Support() != 3 || heads[i].FirstSeen() != "2025-12-25" || heads[i].LastSeen() != "2025-12-28" {
		t.Errorf("SUPPORT head = %+v, want support 3 seen 2025-12-25..2025-12-28", heads)
	}

	ids := func(es []graph.Edge) []graph.ID {
		var out []graph.ID
		for _, e := range es {
			out = append(out, e.ID)
		}
		return out
	}
	all := ids(heads)
	if got := ids(scanHeads(t, hs, all[1])); !slices.Equal(got, all[2:]) {
		t.Errorf("ScanEdgeHeads after %s = %v, want %v", all[1], got, all[2:])
	}
	if got := ids(scanHeads(t, hs, all[len(all)-1])); len(got) != 0 {
		t.Errorf("ScanEdgeHeads after the last = %v, want none", got)
	}
	calls := 0
	err := hs.ScanEdgeHeads(ctx, "", func(graph.Edge) error {
		calls++
		if calls == 2 {
			return graph.ErrStop
		}
		return nil
	})
	if err != nil || calls != 2 {
		t.Errorf("ScanEdgeHeads stopped with ErrStop: %v after %d calls, want nil after 2", err, calls)
	}
	boom := errors.New("boom")
	if err := hs.ScanEdgeHeads(ctx, "", func(graph.Edge) error { return boom }); !errors.Is(err, boom) {
		t.Errorf("ScanEdgeHeads with a failing callback: %v, want boom", err)
	}
}

func scanHeads(t *testing.T, hs graph.EdgeHeadScanner, after graph.ID) []graph.Edge {
	t.Helper()
	var out []graph.Edge
	if err := hs.ScanEdgeHeads(t.Context(), after, func(e graph.Edge) error { out = append(out, e); return nil }); err != nil {
		t.Fatalf("ScanEdgeHeads(%q): %v", after, err)
	}
	return out
}
