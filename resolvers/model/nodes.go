package model

import (
	"sort"

	"github.com/newsgraph/newsgraph/graph"
)

// optional turns an empty string into a GraphQL null.
func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Actor is an actor node.
type Actor struct{ Node graph.Node }

// IsNode marks Actor as a Node.
func (*Actor) IsNode() {}

// ID is the actor's ID.
func (a *Actor) ID() string { return string(a.Node.ID) }

// Name is the actor's canonical name.
func (a *Actor) Name() string { return a.Node.Label }

// Aliases are the actor's other names, never nil.
func (a *Actor) Aliases() []string {
	if a.Node.Aliases == nil {
		return []string{}
	}
	return a.Node.Aliases
}

// Statement is a statement node.
type Statement struct{ Node graph.Node }

// IsNode marks Statement as a Node.
func (*Statement) IsNode() {}

// ID is the statement's ID.
func (s *Statement) ID() string { return string(s.Node.ID) }

// Text is what was said.
func (s *Statement) Text() string {
	if s.Node.Text == "" {
		return s.Node.Label
	}
	return s.Node.Text
}

// Event is an event node.
type Event struct{ Node graph.Node }

// IsNode marks Event as a Node.
func (*Event) IsNode() {}

// ID is the event's ID.
func (e *Event) ID() string { return string(e.Node.ID) }

// Name is the event's short name.
func (e *Event) Name() string { return e.Node.Label }

// EventType is the event type, or nil.
func (e *Event) EventType() *string { return optional(e.Node.Type) }

// Date is the event's date, or nil.
func (e *Event) Date() *string { return optional(e.Node.Date) }

// Place is where the event happened, or nil.
func (e *Event) Place() *string { return optional(e.Node.Place) }

// Modality is how the event's sentences present it.
func (e *Event) Modality() graph.Modality { return graph.NodeModality(e.Node) }

// Object is an object node.
type Object struct{ Node graph.Node }

// IsNode marks Object as a Node.
func (*Object) IsNode() {}

// ID is the object's ID.
func (o *Object) ID() string { return string(o.Node.ID) }

// Name is the object's name.
func (o *Object) Name() string { return o.Node.Label }

// ObjectType is the object type, or nil.
func (o *Object) ObjectType() *string { return optional(o.Node.Type) }

// Attributes are the object's attributes sorted by key.
func (o *Object) Attributes() []*Attribute {
	out := make([]*Attribute, 0, len(o.Node.Attrs))
	for k, v := range o.Node.Attrs {
		out = append(out, &Attribute{Key: k, Value: v})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}

// Article is an article node.
type Article struct{ Node graph.Node }

// IsNode marks Article as a Node.
func (*Article) IsNode() {}

// ID is the article's ID.
func (a *Article) ID() string { return string(a.Node.ID) }

// Title is the article's title.
func (a *Article) Title() string { return a.Node.Label }

// URL is where the article was published, or nil.
func (a *Article) URL() *string { return optional(a.Node.URL) }

// Publisher is the article's outlet, or nil.
func (a *Article) Publisher() *string { return optional(a.Node.Source) }

// Published is the publication date, or nil.
func (a *Article) Published() *string { return optional(a.Node.Date) }

// Relation is an edge.
type Relation struct{ Edge graph.Edge }

// IsNode marks Relation as a Node.
func (*Relation) IsNode() {}

// ID is the relation's ID.
func (r *Relation) ID() string { return string(r.Edge.ID) }

// Source is the ID of the relation's source node.
func (r *Relation) Source() string { return string(r.Edge.Source) }

// Target is the ID of the relation's target node.
func (r *Relation) Target() string { return string(r.Edge.Target) }

// Class is the relation's class.
func (r *Relation) Class() graph.EdgeClass { return r.Edge.Class }

// Verb is the raw verb phrase, or nil.
func (r *Relation) Verb() *string { return optional(r.Edge.Verb) }

// Support is the number of distinct articles giving evidence.
func (r *Relation) Support() int { return r.Edge.Support() }

// Modality is the most factual modality of the evidence.
func (r *Relation) Modality() graph.Modality { return r.Edge.MostFactual() }

// FirstSeen is the earliest evidence date, or nil.
func (r *Relation) FirstSeen() *string { return optional(r.Edge.FirstSeen()) }

// LastSeen is the latest evidence date, or nil.
func (r *Relation) LastSeen() *string { return optional(r.Edge.LastSeen()) }

// Evidence lists where the relation was read from.
func (r *Relation) Evidence() []*Evidence {
	out := make([]*Evidence, len(r.Edge.Evidence))
	for i, ev := range r.Edge.Evidence {
		out[i] = &Evidence{Evidence: ev}
	}
	return out
}

// Evidence is one piece of an edge's evidence.
type Evidence struct{ Evidence graph.Evidence }

// Resolved lists how the ends the sentence does not name were resolved.
func (e *Evidence) Resolved() []*Resolution {
	out := make([]*Resolution, len(e.Evidence.Resolved))
	for i := range e.Evidence.Resolved {
		out[i] = &Resolution{R: e.Evidence.Resolved[i]}
	}
	return out
}

// Resolution is one graph.Resolution of a piece of evidence.
type Resolution struct{ R graph.Resolution }

// ActorID is the ID of the actor the mention was resolved to.
func (r *Resolution) ActorID() string { return string(r.R.Actor) }

// Mention is the mention's text.
func (r *Resolution) Mention() string { return r.R.Mention }

// Start is the mention's start offset.
func (r *Resolution) Start() int { return r.R.Start }

// End is the mention's end offset.
func (r *Resolution) End() int { return r.R.End }

// Rule is the rule that resolved the mention.
func (r *Resolution) Rule() string { return r.R.Rule }

// Antecedent is the mention that named the actor before, or nil.
func (r *Resolution) Antecedent() *string { return optional(r.R.Antecedent) }

// AntecedentStart is the antecedent's start offset, or nil.
func (r *Resolution) AntecedentStart() *int {
	if r.R.Antecedent == "" {
		return nil
	}
	return &r.R.AntecedentStart
}

// AntecedentEnd is the antecedent's end offset, or nil.
func (r *Resolution) AntecedentEnd() *int {
	if r.R.Antecedent == "" {
		return nil
	}
	return &r.R.AntecedentEnd
}

// Sentence is the sentence the relation was read from.
func (e *Evidence) Sentence() string { return e.Evidence.Sentence }

// Start is the sentence's start offset in the article's text.
func (e *Evidence) Start() int { return e.Evidence.Start }

// End is the sentence's end offset in the article's text.
func (e *Evidence) End() int { return e.Evidence.End }

// Verb is the raw phrase, or nil.
func (e *Evidence) Verb() *string { return optional(e.Evidence.Verb) }

// Date is the article's date, or nil.
func (e *Evidence) Date() *string { return optional(e.Evidence.Date) }

// Modality is how the sentence presents the relation.
func (e *Evidence) Modality() graph.Modality { return e.Evidence.Modality }

// When is the day the action happened, when the sentence gives one, or
// nil.
func (e *Evidence) When() *string { return optional(e.Evidence.When) }

// Wrap returns the model type for a domain node: *Actor, *Statement,
// *Event, *Object or *Article, and nil for a node of unknown kind.
func Wrap(n graph.Node) Node {
	switch n.Kind {
	case graph.KindActor:
		return &Actor{Node: n}
	case graph.KindStatement:
		return &Statement{Node: n}
	case graph.KindEvent:
		return &Event{Node: n}
	case graph.KindObject:
		return &Object{Node: n}
	case graph.KindArticle:
		return &Article{Node: n}
	}
	return nil
}

// Unwrap is the graph node n wraps (Wrap's inverse); false for nil.
func Unwrap(n Node) (graph.Node, bool) {
	switch n := n.(type) {
	case *Actor:
		if n != nil {
			return n.Node, true
		}
	case *Statement:
		if n != nil {
			return n.Node, true
		}
	case *Event:
		if n != nil {
			return n.Node, true
		}
	case *Object:
		if n != nil {
			return n.Node, true
		}
	case *Article:
		if n != nil {
			return n.Node, true
		}
	}
	return graph.Node{}, false
}

// AppendWrapped appends the nodes, each wrapped as Wrap wraps it and
// those of unknown kinds left out, to out: the wrappers of a kind are
// allocated together (a neighbourhood's 150 nodes were 150 allocations).
func AppendWrapped(out []Node, nodes ...graph.Node) []Node {
	var actors, statements, events, objects, articles int
	for _, n := range nodes {
		switch n.Kind {
		case graph.KindActor:
			actors++
		case graph.KindStatement:
			statements++
		case graph.KindEvent:
			events++
		case graph.KindObject:
			objects++
		case graph.KindArticle:
			articles++
		}
	}
	a, s, e := make([]Actor, 0, actors), make([]Statement, 0, statements), make([]Event, 0, events)
	o, r := make([]Object, 0, objects), make([]Article, 0, articles)
	for _, n := range nodes {
		switch n.Kind {
		case graph.KindActor:
			a = append(a, Actor{Node: n})
			out = append(out, &a[len(a)-1])
		case graph.KindStatement:
			s = append(s, Statement{Node: n})
			out = append(out, &s[len(s)-1])
		case graph.KindEvent:
			e = append(e, Event{Node: n})
			out = append(out, &e[len(e)-1])
		case graph.KindObject:
			o = append(o, Object{Node: n})
			out = append(out, &o[len(o)-1])
		case graph.KindArticle:
			r = append(r, Article{Node: n})
			out = append(out, &r[len(r)-1])
		}
	}
	return out
}
