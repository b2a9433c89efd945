package graph

import (
	"fmt"
	"slices"
	"strings"
)

// ValidID reports whether id can be stored by every store: not empty,
// no '/' (the Badger store's key separator), no control characters, and
// at most 512 bytes.
func ValidID(id ID) bool {
	if id == "" || len(id) > 512 {
		return false
	}
	for _, r := range string(id) {
		if r == '/' || r < 0x20 || r == 0x7f {
			return false
		}
	}
	return true
}

// NormalizeBatch checks a batch as graph.Writer's Ingest takes it and
// returns a copy with the article's ID and kind, evidence articles and
// dates, edge orientation and edge IDs filled in, and duplicate nodes
// and edges merged. name describes the article for error messages;
// errors are of kind Invalid, made with op, and name the article. The
// caller's batch is not modified.
//
// It is the Badger store's check (store.normalize) for stores other
// than Badger, which must accept and refuse the same batches.
func NormalizeBatch(op string, b *Batch) (nb *Batch, name string, err error) {
	if b == nil {
		return nil, "", Errorf(op, Invalid, "no batch")
	}
	name = DescribeBatch(b)
	invalid := func(format string, args ...any) (*Batch, string, error) {
		return nil, name, Errorf(op, Invalid, "%s: "+format, append([]any{name}, args...)...)
	}
	if strings.TrimSpace(b.Text) == "" {
		return invalid("no article text")
	}
	nb = &Batch{Article: b.Article, Text: b.Text}
	a := &nb.Article
	switch a.Kind {
	case "":
		a.Kind = KindArticle
	case KindArticle:
	default:
		return invalid("article node has kind %q, want %q", a.Kind, KindArticle)
	}
	want := ArticleID(b.Text)
	switch a.ID {
	case "":
		a.ID = want
	case want:
	default:
		return invalid("article ID %s is not the digest of its text (%s)", a.ID, want)
	}
	a.Aliases = slices.Clone(a.Aliases)

	index := map[ID]int{}
	for i, n := range b.Nodes {
		switch {
		case n.ID == a.ID && n.Kind == KindArticle:
			continue // the article itself, listed again
		case !n.Kind.Valid() || n.Kind == KindArticle:
			return invalid("node %d (%s): unknown or misplaced node kind %q", i, n.ID, n.Kind)
		case !ValidID(n.ID):
			return invalid("node %d: ID %q is empty, too long or holds '/' or control characters", i, n.ID)
		}
		if n.Kind == KindActor {
			if !slices.Contains(ActorTypes, ActorType(n.Type)) {
				return invalid("actor %s (%q): unknown actor type %q", n.ID, n.Label, n.Type)
			}
			if Fold(n.Label) == "" {
				return invalid("actor %s: no name", n.ID)
			}
		}
		n.Aliases = slices.Clone(n.Aliases)
		if j, ok := index[n.ID]; ok {
			first := &nb.Nodes[j]
			if first.Kind != n.Kind {
				return invalid("node %s is listed as both %s and %s", n.ID, first.Kind, n.Kind)
			}
			if n.Kind == KindActor {
				MergeActor(first, n)
			}
			continue
		}
		index[n.ID] = len(nb.Nodes)
		nb.Nodes = append(nb.Nodes, n)
	}

	edges := make([]Edge, 0, len(b.Edges))
	for i, e := range b.Edges {
		// Formatted only for an error: a batch has about 40 edges, and
		// formatting each took 0.7% of the store's CPU an article.
		what := lazyEdgeName{i, e.Source, e.Class, e.Target}
		switch {
		case !e.Class.Valid():
			return invalid("%s: unknown edge class %q", what, e.Class)
		case !ValidID(e.Source) || !ValidID(e.Target):
			return invalid("%s: an end's ID is empty, too long or holds '/' or control characters", what)
		case e.Source == e.Target:
			return invalid("%s: links a node to itself", what)
		case len(e.Evidence) == 0:
			return invalid("%s: no evidence", what)
		}
		evs := make([]Evidence, len(e.Evidence))
		for j, ev := range e.Evidence {
			switch {
			case ev.Article == "":
				ev.Article = a.ID
			case ev.Article != a.ID:
				return invalid("%s: evidence %d names article %s, not this one", what, j, ev.Article)
			}
			if ev.Start < 0 || ev.End < ev.Start || ev.End > len(b.Text) {
				return invalid("%s: evidence %d: offsets [%d:%d] are outside the text (%d bytes)", what, j, ev.Start, ev.End, len(b.Text))
			}
			if got := b.Text[ev.Start:ev.End]; got != ev.Sentence {
				return invalid("%s: evidence %d: text[%d:%d] is %.60q, not the sentence %.60q", what, j, ev.Start, ev.End, got, ev.Sentence)
			}
			if !ev.Modality.Valid() {
				return invalid("%s: evidence %d: unknown modality %q", what, j, ev.Modality)
			}
			if err := checkResolved(b.Text, ev.Resolved); err != nil {
				return invalid("%s: evidence %d: %v", what, j, err)
			}
			if ev.Date == "" {
				ev.Date = a.Date
			}
			evs[j] = ev
		}
		e.Evidence = evs
		if e.Verb == "" {
			e.Verb = evs[0].Verb
		}
		edges = append(edges, e)
	}
	// Orient symmetric edges, compute IDs and merge duplicates.
	nb.Edges = RemapEdges(edges, nil)
	return nb, name, nil
}

// DescribeBatch names a batch's article for error messages: its title,
// else its URL, else its ID.
func DescribeBatch(b *Batch) string {
	switch {
	case b.Article.Label != "":
		return fmt.Sprintf("article %q", b.Article.Label)
	case b.Article.URL != "":
		return "article " + b.Article.URL
	case b.Article.ID != "":
		return "article " + string(b.Article.ID)
	case b.Text != "":
		return "article " + string(ArticleID(b.Text))
	}
	return "untitled article"
}

// checkResolved checks that each resolution names an actor and that its
// offsets give its mention and antecedent in text.
func checkResolved(text string, rs []Resolution) error {
	for i, r := range rs {
		if !ValidID(r.Actor) {
			return fmt.Errorf("resolution %d: actor ID %q is empty or unfit", i, r.Actor)
		}
		if r.Start < 0 || r.End <= r.Start || r.End > len(text) || text[r.Start:r.End] != r.Mention {
			return fmt.Errorf("resolution %d: text[%d:%d] is not the mention %.60q", i, r.Start, r.End, r.Mention)
		}
		if r.Antecedent == "" {
			continue
		}
		if r.AntecedentStart < 0 || r.AntecedentEnd <= r.AntecedentStart || r.AntecedentEnd > len(text) || text[r.AntecedentStart:r.AntecedentEnd] != r.Antecedent {
			return fmt.Errorf("resolution %d: text[%d:%d] is not the antecedent %.60q", i, r.AntecedentStart, r.AntecedentEnd, r.Antecedent)
		}
	}
	return nil
}

// lazyEdgeName names edge i of a batch in an error message, formatted
// only when one is made (fmt calls its String method).
type lazyEdgeName struct {
	i      int
	source ID
	class  EdgeClass
	target ID
}

func (n lazyEdgeName) String() string {
	return fmt.Sprintf("edge %d (%s %s %s)", n.i, n.source, n.class, n.target)
}
