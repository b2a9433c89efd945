// Package graphtest is the conformance suite every graph.Store passes:
// Run ingests hand-built articles and checks what the Reader gives back,
// in the manner of cayley's graphtest and the standard library's
// testing/fstest. It also offers a Builder for hand-made batches and Dump,
// a full listing of a stored graph for before/after comparisons, which
// other packages' tests may use too.
//
// The suite depends only on package graph, never on the extractor: its
// batches are written by hand, so a failure points at the store.
package graphtest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// Builder makes a graph.Batch by hand: an article with its text, actors,
// statements and edges whose evidence is found in the text.
type Builder struct {
	tb testing.TB
	B  *graph.Batch
}

// NewBuilder starts a batch for an article with the given title,
// publication date (YYYY-MM-DD or "") and text.
func NewBuilder(tb testing.TB, title, date, text string) *Builder {
	tb.Helper()
	return &Builder{tb: tb, B: &graph.Batch{
		Article: graph.Node{
			ID:     graph.ArticleID(text),
			Kind:   graph.KindArticle,
			Label:  title,
			Date:   date,
			Source: "graphtest",
		},
		Text: text,
	}}
}

// ID is the article's ID.
func (a *Builder) ID() graph.ID { return a.B.Article.ID }

// Actor adds an actor named name (its ID is graph.ActorID(name)).
func (a *Builder) Actor(name string, typ graph.ActorType, aliases ...string) graph.ID {
	id := graph.ActorID(name)
	a.B.Nodes = append(a.B.Nodes, graph.Node{
		ID: id, Kind: graph.KindActor, Label: name, Type: string(typ), Aliases: aliases,
	})
	return id
}

// Node adds a statement, event or object with the given label; its ID is
// derived from the article and the label.
func (a *Builder) Node(kind graph.NodeKind, label string) graph.ID {
	id := graph.NodeID(kind, string(a.ID()), label)
	n := graph.Node{ID: id, Kind: kind, Label: label, Article: a.ID()}
	if kind == graph.KindStatement {
		n.Text = label
	}
	a.B.Nodes = append(a.B.Nodes, n)
	return id
}

// Event adds an event with the given label and date (empty for none);
// its ID is derived from the article and the label.
func (a *Builder) Event(label, date string) graph.ID {
	id := a.Node(graph.KindEvent, label)
	a.B.Nodes[len(a.B.Nodes)-1].Date = date
	return id
}

// Evidence returns the evidence for sentence, which must occur in the
// text.
func (a *Builder) Evidence(sentence, verb string) graph.Evidence {
	a.tb.Helper()
	i := strings.Index(a.B.Text, sentence)
	if i < 0 {
		a.tb.Fatalf("graphtest: sentence %q is not in the text of %q", sentence, a.B.Article.Label)
	}
	return graph.Evidence{
		Article: a.ID(), Sentence: sentence, Start: i, End: i + len(sentence),
		Verb: verb, Date: a.B.Article.Date,
	}
}

// Edge adds an edge whose evidence is sentence, and returns the ID the
// store will give it. The edge goes in with an empty ID and unoriented,
// as the extractor may hand it over.
func (a *Builder) Edge(src graph.ID, class graph.EdgeClass, dst graph.ID, sentence, verb string) graph.ID {
	a.tb.Helper()
	a.B.Edges = append(a.B.Edges, graph.Edge{
		Source: src, Target: dst, Class: class, Verb: verb,
		Evidence: []graph.Evidence{a.Evidence(sentence, verb)},
	})
	return graph.EdgeID(src, class, dst)
}

// ModalEdge adds an edge as Edge does, whose evidence has modality mod.
func (a *Builder) ModalEdge(src graph.ID, class graph.EdgeClass, dst graph.ID, sentence, verb string, mod graph.Modality) graph.ID {
	a.tb.Helper()
	id := a.Edge(src, class, dst, sentence, verb)
	a.B.Edges[len(a.B.Edges)-1].Evidence[0].Modality = mod
	return id
}

// Clone returns a deep copy of the batch, so that a test can ingest the
// same article twice or spoil a copy.
func (a *Builder) Clone() *graph.Batch {
	b := *a.B
	b.Article.Aliases = append([]string(nil), a.B.Article.Aliases...)
	b.Nodes = make([]graph.Node, len(a.B.Nodes))
	for i, n := range a.B.Nodes {
		n.Aliases = append([]string(nil), n.Aliases...)
		b.Nodes[i] = n
	}
	b.Edges = make([]graph.Edge, len(a.B.Edges))
	for i, e := range a.B.Edges {
		e.Evidence = append([]graph.Evidence(nil), e.Evidence...)
		b.Edges[i] = e
	}
	return &b
}

func (a *Builder) String() string { return fmt.Sprintf("article %q", a.B.Article.Label) }
