package resolvers

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers/generated"
	"github.com/newsgraph/newsgraph/resolvers/model"
)

// Mutation returns the resolver of the Mutation type.
func (r *Resolver) Mutation() generated.MutationResolver { return &mutationResolver{r} }

// Subscription returns the resolver of the Subscription type.
func (r *Resolver) Subscription() generated.SubscriptionResolver { return &subscriptionResolver{r} }

type (
	mutationResolver     struct{ *Resolver }
	subscriptionResolver struct{ *Resolver }
)

// Limits of ingestArticle's input besides the text, in bytes.
const (
	maxTitle = 1000
	maxURL   = 4096
)

// IngestArticle extracts and stores an article and announces it to the
// articleIngested subscribers.
func (m *mutationResolver) IngestArticle(ctx context.Context, in model.IngestArticleInput) (*model.IngestPayload, error) {
	const op = "resolvers.ingestArticle"
	if m.opts.Ingester == nil {
		return nil, graph.Errorf(op, graph.Invalid, "this server does not take articles (it was started without an extractor)")
	}
	a := graph.Article{Text: in.Text, Origin: "ingestArticle input"}
	if strings.TrimSpace(in.Text) == "" {
		return nil, graph.Errorf(op, graph.Invalid, "input.text: the article's text is empty")
	}
	if !utf8.ValidString(in.Text) {
		return nil, graph.Errorf(op, graph.Invalid, "input.text: not valid UTF-8")
	}
	if strings.ContainsRune(in.Text, 0) {
		// newsgraph ingest refuses such a file as binary too.
		return nil, graph.Errorf(op, graph.Invalid, "input.text: holds NUL characters: binary data, not text")
	}
	opt := func(arg string, s *string, limit int) (string, error) {
		if s == nil {
			return "", nil
		}
		v := strings.TrimSpace(*s)
		if len(v) > limit {
			return "", graph.Errorf(op, graph.Invalid, "%s: %d bytes, more than the limit of %d", arg, len(v), limit)
		}
		return v, nil
	}
	var err error
	if a.Title, err = opt("input.title", in.Title, maxTitle); err != nil {
		return nil, err
	}
	if a.URL, err = opt("input.url", in.URL, maxURL); err != nil {
		return nil, err
	}
	if a.URL != "" && !strings.HasPrefix(a.URL, "http://") && !strings.HasPrefix(a.URL, "https://") {
		// As the readers of files do: the viewer links an article's URL
		// and the exports carry it to tools that link it too, so a
		// javascript: or file: URL must not get in.
		return nil, graph.Errorf(op, graph.Invalid, "input.url: %q is not an http:// or https:// URL", a.URL)
	}
	if a.Source, err = opt("input.publisher", in.Publisher, maxTitle); err != nil {
		return nil, err
	}
	if a.Published, err = opt("input.published", in.Published, 10); err != nil {
		return nil, graph.Errorf(op, graph.Invalid, "input.published: %q is not a date (YYYY-MM-DD)", *in.Published)
	}
	if a.Published != "" {
		if err := graph.CheckPeriod(a.Published, ""); err != nil {
			return nil, graph.Errorf(op, graph.Invalid, "input.published: %q is not a date (YYYY-MM-DD)", a.Published)
		}
	}
	// An article sent without a title is not given its first line as
	// one here: the extractor would take that line for the headline and
	// read nothing from it. The pipeline titles it after extraction.
	res, err := m.opts.Ingester.IngestArticle(ctx, a)
	if err != nil {
		return nil, err
	}
	// A store that writes behind (store.Options.WriteBehind) commits
	// later: wait for it, so that readers and subscribers find the article.
	if s, ok := m.reader.(interface{ Settle() error }); ok {
		if err := s.Settle(); err != nil {
			return nil, fmt.Errorf("commit the article: %w", err)
		}
	}
	n, err := m.reader.Node(ctx, res.Article)
	if err != nil {
		return nil, fmt.Errorf("read the article just stored: %w", err)
	}
	if !res.Duplicate {
		m.opts.Broadcaster.Publish(n)
	}
	return &model.IngestPayload{
		Article:      &model.Article{Node: n},
		Duplicate:    res.Duplicate,
		NodesCreated: res.NodesCreated,
		NodesUpdated: res.NodesUpdated,
		EdgesCreated: res.EdgesCreated,
		EdgesUpdated: res.EdgesUpdated,
		Warnings:     append([]string{}, res.Warnings...),
	}, nil
}

// editor returns the graph's Editor, or an error saying there is none.
func (r *Resolver) editor(op string) (graph.Editor, error) {
	if r.opts.Editor == nil {
		return nil, graph.Errorf(op, graph.Invalid, "this server's graph cannot be corrected")
	}
	return r.opts.Editor, nil
}

// actorID checks an argument that must name an actor.
func actorID(op, arg, id string) (graph.ID, error) {
	gid, err := checkID(op, arg, id)
	if err != nil {
		return "", err
	}
	if k := graph.KindOfID(gid); k != graph.KindActor {
		what := "relation"
		if k != "" {
			what = string(k)
		}
		return "", graph.Errorf(op, graph.Invalid, "%s: %q is a %s, not an actor", arg, id, what)
	}
	return gid, nil
}

// MergeActors merges the from actors into into.
func (m *mutationResolver) MergeActors(ctx context.Context, into string, from []string) (*model.Actor, error) {
	const op = "resolvers.mergeActors"
	ed, err := m.editor(op)
	if err != nil {
		return nil, err
	}
	to, err := actorID(op, "into", into)
	if err != nil {
		return nil, err
	}
	if len(from) == 0 {
		return nil, graph.Errorf(op, graph.Invalid, "from: no actors to merge")
	}
	if len(from) > m.opts.MaxPage {
		return nil, graph.Errorf(op, graph.Invalid, "from: %d actors, more than the limit of %d", len(from), m.opts.MaxPage)
	}
	ids := make([]graph.ID, len(from))
	for i, id := range from {
		if ids[i], err = actorID(op, fmt.Sprintf("from[%d]", i), id); err != nil {
			return nil, err
		}
	}
	n, err := ed.MergeActors(ctx, to, ids)
	if err != nil {
		return nil, err
	}
	return &model.Actor{Node: n}, nil
}

// AddAlias adds a name to an actor.
func (m *mutationResolver) AddAlias(ctx context.Context, id string, alias string) (*model.Actor, error) {
	const op = "resolvers.addAlias"
	ed, err := m.editor(op)
	if err != nil {
		return nil, err
	}
	gid, err := actorID(op, "id", id)
	if err != nil {
		return nil, err
	}
	n, err := ed.AddAlias(ctx, gid, alias)
	if err != nil {
		return nil, err
	}
	return &model.Actor{Node: n}, nil
}

// RemoveAlias removes a name from an actor.
func (m *mutationResolver) RemoveAlias(ctx context.Context, id string, alias string) (*model.Actor, error) {
	const op = "resolvers.removeAlias"
	ed, err := m.editor(op)
	if err != nil {
		return nil, err
	}
	gid, err := actorID(op, "id", id)
	if err != nil {
		return nil, err
	}
	n, err := ed.RemoveAlias(ctx, gid, alias)
	if err != nil {
		return nil, err
	}
	return &model.Actor{Node: n}, nil
}

// DeleteArticle withdraws an article.
func (m *mutationResolver) DeleteArticle(ctx context.Context, id string) (*model.DeleteArticlePayload, error) {
	const op = "resolvers.deleteArticle"
	ed, err := m.editor(op)
	if err != nil {
		return nil, err
	}
	gid, err := checkID(op, "id", id)
	if err != nil {
		return nil, err
	}
	if k := graph.KindOfID(gid); k != graph.KindArticle {
		return nil, graph.Errorf(op, graph.Invalid, "id: %q is not an article", id)
	}
	if err := ed.DeleteArticle(ctx, gid); err != nil {
		return nil, err
	}
	return &model.DeleteArticlePayload{ID: id}, nil
}

// ArticleIngested streams the articles stored from now on.
func (s *subscriptionResolver) ArticleIngested(ctx context.Context) (<-chan *model.Article, error) {
	in, err := s.opts.Broadcaster.Subscribe(ctx)
	if err != nil {
		return nil, err
	}
	out := make(chan *model.Article)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- &model.Article{Node: n}:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out, nil
}
