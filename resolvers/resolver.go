package resolvers

import (
	"context"
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers/generated"
	"github.com/newsgraph/newsgraph/resolvers/model"
)

// Resolver is the root of the resolvers: it holds the graph they read.
type Resolver struct {
	reader graph.Reader
	opts   Options
}

var _ generated.ResolverRoot = (*Resolver)(nil)

// Query returns the resolver of the Query type.
func (r *Resolver) Query() generated.QueryResolver { return &queryResolver{r} }

// Actor returns the resolver of the Actor type's computed fields.
func (r *Resolver) Actor() generated.ActorResolver { return &actorResolver{r} }

// Statement returns the resolver of the Statement type's computed fields.
func (r *Resolver) Statement() generated.StatementResolver { return &statementResolver{r} }

// Event returns the resolver of the Event type's computed fields.
func (r *Resolver) Event() generated.EventResolver { return &eventResolver{r} }

// Object returns the resolver of the Object type's computed fields.
func (r *Resolver) Object() generated.ObjectResolver { return &objectResolver{r} }

// Relation returns the resolver of the Relation type's computed fields.
func (r *Resolver) Relation() generated.RelationResolver { return &relationResolver{r} }

// Evidence returns the resolver of the Evidence type's computed fields.
func (r *Resolver) Evidence() generated.EvidenceResolver { return &evidenceResolver{r} }

type (
	queryResolver     struct{ *Resolver }
	actorResolver     struct{ *Resolver }
	statementResolver struct{ *Resolver }
	eventResolver     struct{ *Resolver }
	objectResolver    struct{ *Resolver }
	relationResolver  struct{ *Resolver }
	evidenceResolver  struct{ *Resolver }
)

// relationPrefix starts every edge ID (see graph.EdgeID).
const relationPrefix = "rel_"

// checkID turns a client's ID into a graph.ID, refusing strings that no
// node or edge could have as ID.
func checkID(op, arg, id string) (graph.ID, error) {
	gid := graph.ID(id)
	if graph.KindOfID(gid) == "" && !strings.HasPrefix(id, relationPrefix) {
		return "", graph.Errorf(op, graph.Invalid, "%s: %q is not a newsgraph ID", arg, id)
	}
	rest := id[strings.IndexByte(id, '_')+1:]
	if rest == "" || len(rest) > 64 {
		return "", graph.Errorf(op, graph.Invalid, "%s: %q is not a newsgraph ID", arg, id)
	}
	for _, c := range rest {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '-') {
			return "", graph.Errorf(op, graph.Invalid, "%s: %q is not a newsgraph ID", arg, id)
		}
	}
	return gid, nil
}

// Node fetches a node or relation by ID; an unknown ID gives null.
func (q *queryResolver) Node(ctx context.Context, id string) (model.Node, error) {
	const op = "resolvers.node"
	gid, err := checkID(op, "id", id)
	if err != nil {
		return nil, err
	}
	if strings.HasPrefix(id, relationPrefix) {
		e, err := q.reader.Edge(ctx, gid)
		if graph.IsNotFound(err) {
			return nil, nil
		}
		if err != nil {
			return nil, err
		}
		q.loaders(ctx).sawEdges(e)
		return &model.Relation{Edge: e}, nil
	}
	n, err := q.reader.Node(ctx, gid)
	if graph.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	q.loaders(ctx).saw(n)
	return model.Wrap(n), nil
}

// nameMatches reports whether key, a folded name, starts a word of the
// folded name or of a folded alias of n.
func nameMatches(n graph.Node, key string) bool {
	if wordPrefix(graph.Fold(n.Label), key) {
		return true
	}
	for _, a := range n.Aliases {
		if wordPrefix(graph.Fold(a), key) {
			return true
		}
	}
	return false
}

func wordPrefix(s, key string) bool {
	for i := 0; i+len(key) <= len(s); {
		j := strings.Index(s[i:], key)
		if j < 0 {
			return false
		}
		if i+j == 0 || s[i+j-1] == ' ' {
			return true
		}
		i += j + 1
	}
	return false
}

// subgraph wraps a graph.Subgraph, roots first, and registers its nodes
// and edges with the response's loaders.
func subgraph(ld *loaders, sub *graph.Subgraph) *model.Subgraph {
	ld.saw(sub.Nodes...)
	out := &model.Subgraph{
		Nodes:     make([]model.Node, 0, len(sub.Nodes)),
		Truncated: sub.Truncated,
	}
	out.Nodes = model.AppendWrapped(out.Nodes, rootsFirst(sub)...)
	out.Edges = ld.wrapEdges(sub.Edges)
	return out
}

// rootsFirst is sub's nodes with its roots first, in the order of
// Roots, then the others in their order.
func rootsFirst(sub *graph.Subgraph) []graph.Node {
	nodes := make([]graph.Node, 0, len(sub.Nodes))
	for _, id := range sub.Roots {
		for _, n := range sub.Nodes {
			if n.ID == id {
				nodes = append(nodes, n)
				break
			}
		}
	}
	for _, n := range sub.Nodes {
		if !slices.Contains(sub.Roots, n.ID) {
			nodes = append(nodes, n)
		}
	}
	return nodes
}

// Type is the actor's type; an unknown stored type is an internal error.
func (a *actorResolver) Type(ctx context.Context, obj *model.Actor) (graph.ActorType, error) {
	t := graph.ActorType(obj.Node.Type)
	for _, k := range graph.ActorTypes {
		if t == k {
			return t, nil
		}
	}
	return "", graph.Errorf("resolvers.Actor.type", graph.Internal, "actor %s has unknown type %q", obj.Node.ID, obj.Node.Type)
}

// farEnds lists the distinct far ends of links in ascending order.
func farEnds(links []graph.Link) []graph.ID {
	seen := make(map[graph.ID]bool, len(links))
	ids := make([]graph.ID, 0, len(links))
	for _, l := range links {
		if !seen[l.Other] {
			seen[l.Other] = true
			ids = append(ids, l.Other)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	return ids
}

// Speaker is the source of the statement's STATED edge, or null.
func (s *statementResolver) Speaker(ctx context.Context, obj *model.Statement) (*model.Actor, error) {
	ld := s.loaders(ctx)
	links, err := ld.links(ctx, obj.Node.ID, graph.In, []graph.EdgeClass{graph.Stated}, false)
	if err != nil || len(links) == 0 {
		return nil, err
	}
	n, ok, err := ld.node(ctx, links[0].Other)
	if err != nil || !ok {
		return nil, err
	}
	return &model.Actor{Node: n}, nil
}

// Verb is the reporting verb of the statement's STATED relation, the one
// Speaker names.
func (s *statementResolver) Verb(ctx context.Context, obj *model.Statement) (*string, error) {
	ld := s.loaders(ctx)
	links, err := ld.links(ctx, obj.Node.ID, graph.In, []graph.EdgeClass{graph.Stated}, false)
	if err != nil || len(links) == 0 {
		return nil, err
	}
	e, ok, err := ld.edges.load(ctx, links[0].Edge)
	if err != nil || !ok || e.Verb == "" {
		return nil, err
	}
	return &e.Verb, nil
}

// Article is the article the statement was read from.
func (s *statementResolver) Article(ctx context.Context, obj *model.Statement) (*model.Article, error) {
	return s.articleOf(ctx, obj.Node)
}

// Article is the article the event was read from.
func (e *eventResolver) Article(ctx context.Context, obj *model.Event) (*model.Article, error) {
	return e.articleOf(ctx, obj.Node)
}

// Article is the article the object was read from.
func (o *objectResolver) Article(ctx context.Context, obj *model.Object) (*model.Article, error) {
	return o.articleOf(ctx, obj.Node)
}

// articleOf loads the article a node was read from: its Article field,
// or else the first article that MENTIONS it. A node with neither is an
// internal error: every statement, event and object comes from an
// article.
func (r *Resolver) articleOf(ctx context.Context, n graph.Node) (*model.Article, error) {
	id := n.Article
	if id == "" {
		links, err := r.loaders(ctx).links(ctx, n.ID, graph.In, []graph.EdgeClass{graph.Mentions}, false)
		if err != nil {
			return nil, err
		}
		for _, l := range links {
			if graph.KindOfID(l.Other) == graph.KindArticle {
				id = l.Other
				break
			}
		}
		if id == "" {
			return nil, graph.Errorf("resolvers.article", graph.Internal, "%s %s has no article", n.Kind, n.ID)
		}
	}
	return r.article(ctx, id)
}

// article loads an article node by ID.
func (r *Resolver) article(ctx context.Context, id graph.ID) (*model.Article, error) {
	a, ok, err := r.loaders(ctx).node(ctx, id)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, graph.Errorf("resolvers.article", graph.NotFound, "no article %q", id)
	}
	if a.Kind != graph.KindArticle {
		return nil, graph.Errorf("resolvers.article", graph.Internal, "node %s is a %s, not an article", id, a.Kind)
	}
	return &model.Article{Node: a}, nil
}

// SourceNode loads the relation's source node.
func (r *relationResolver) SourceNode(ctx context.Context, obj *model.Relation) (model.Node, error) {
	return r.node(ctx, obj.Edge.Source)
}

// Evidence lists where the relation was read from, loading it when the
// relation came from a traversal that read edge heads only.
func (r *relationResolver) Evidence(ctx context.Context, obj *model.Relation) ([]*model.Evidence, error) {
	evs, err := r.loaders(ctx).evidence(ctx, obj.Edge)
	if err != nil {
		return nil, err
	}
	e := obj.Edge
	e.Evidence = evs
	return (&model.Relation{Edge: e}).Evidence(), nil
}

// TargetNode loads the relation's target node.
func (r *relationResolver) TargetNode(ctx context.Context, obj *model.Relation) (model.Node, error) {
	return r.node(ctx, obj.Edge.Target)
}

// node loads a node by ID and wraps it; a missing node gives null.
func (r *Resolver) node(ctx context.Context, id graph.ID) (model.Node, error) {
	n, ok, err := r.loaders(ctx).node(ctx, id)
	if err != nil || !ok {
		return nil, err
	}
	return model.Wrap(n), nil
}

// Article loads the article the evidence is from.
func (e *evidenceResolver) Article(ctx context.Context, obj *model.Evidence) (*model.Article, error) {
	return e.article(ctx, obj.Evidence.Article)
}
