package resolvers

import (
	"bytes"
	"context"
	"io"
	"sync/atomic"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers/model"
)

// plainSubgraphs, a field middleware, writes a subgraph (the answer of
// neighborhood and of anything else that returns a Subgraph) straight
// to JSON when every field selected in it is a plain field of its
// nodes and relations (plainWriter's), instead of leaving it to the
// generated code. That code resolves each field of each object through
// the middleware chain with a field context of its own, and each
// element of a list in a goroutine of its own: for a hub's default
// neighbourhood (150 nodes, 400 relations, ~2,600 fields) about as much
// CPU as computing the neighbourhood. The bytes are the generated
// code's (TestPlainSubgraphIsGenerated compares them); any other
// selection (a field with a resolver, @defer, a value the generated
// code would reject) goes the generated way.
func plainSubgraphs(ctx context.Context, next graphql.Resolver) (any, error) {
	res, err := next(ctx)
	sub, ok := res.(*model.Subgraph)
	if err != nil || !ok || sub == nil || !plainEnabled {
		return res, err
	}
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !graphql.HasOperationContext(ctx) {
		return res, err
	}
	w := plainWriter{oc: graphql.GetOperationContext(ctx)}
	w.buf.Grow(64 + 128*(len(sub.Nodes)+len(sub.Edges))) // a graph view's answer, about 115 bytes an object
	if !w.subgraph(fc.Field.Selections, sub) {
		return res, err
	}
	atomic.AddInt64(&plainWritten, 1)
	return rawJSON(w.buf.Bytes()), nil
}

// plainEnabled lets tests compare plainSubgraphs with the generated
// code.
var plainEnabled = true

// plainWritten counts the subgraphs plainSubgraphs wrote, for tests.
var plainWritten int64

// rawJSON is an answer already written.
type rawJSON []byte

// MarshalGQL writes the answer.
func (r rawJSON) MarshalGQL(w io.Writer) { w.Write(r) }

// plainWriter writes objects as the generated code marshals them:
// fields in the order collected, each alias once, strings quoted by
// graphql.MarshalString. Each method reports false, leaving what it
// wrote to be thrown away, at a field it does not write.
type plainWriter struct {
	oc  *graphql.OperationContext
	buf bytes.Buffer
	// fields caches the fields collected for each type, the same for
	// every element of a list.
	fields map[string][]graphql.CollectedField
}

// Implementors as in the generated code (actorImplementors, ...).
var (
	subgraphTypes  = []string{"Subgraph"}
	actorTypes     = []string{"Actor", "Node"}
	statementTypes = []string{"Statement", "Node"}
	eventTypes     = []string{"Event", "Node"}
	objectTypes    = []string{"Object", "Node"}
	articleTypes   = []string{"Article", "Node"}
	relationTypes  = []string{"Relation", "Node"}
)

// collect is graphql.CollectFields for sel and the type types[0], nil
// when a field is deferred.
func (w *plainWriter) collect(sel ast.SelectionSet, types []string) []graphql.CollectedField {
	if fs, ok := w.fields[types[0]]; ok {
		return fs
	}
	fs := graphql.CollectFields(w.oc, sel, types)
	for _, f := range fs {
		if f.IsDeferred() {
			fs = nil
			break
		}
	}
	if w.fields == nil {
		w.fields = map[string][]graphql.CollectedField{}
	}
	w.fields[types[0]] = fs
	return fs
}

// object writes the fields of one object, field writing each value;
// false when fields is nil (deferred) or field gives up.
func (w *plainWriter) object(fields []graphql.CollectedField, field func(name string, sel ast.SelectionSet) bool) bool {
	if fields == nil {
		return false
	}
	w.buf.WriteByte('{')
	for i, f := range fields {
		if seenAlias(fields[:i], f.Alias) {
			continue
		}
		if i > 0 {
			w.buf.WriteByte(',')
		}
		w.str(f.Alias)
		w.buf.WriteByte(':')
		if !field(f.Name, f.Selections) {
			return false
		}
	}
	w.buf.WriteByte('}')
	return true
}

// seenAlias reports whether one of fields has alias.
func seenAlias(fields []graphql.CollectedField, alias string) bool {
	for _, f := range fields {
		if f.Alias == alias {
			return true
		}
	}
	return false
}

func (w *plainWriter) str(s string) { w.buf.Write(appendQuoted(w.buf.AvailableBuffer(), s)) }

// appendQuoted appends s quoted as graphql.MarshalString writes it:
// '"', '\\' and the control characters escaped, \t, \r and \n by name,
// the others as \u00XX, and every other byte as it is (invalid UTF-8
// too). MarshalString writes each piece through an io.Writer; for the
// thousand strings of a hub's neighbourhood that was a tenth of
// writing it.
func appendQuoted(b []byte, s string) []byte {
	const hex = "0123456789ABCDEF"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '\\' && c != '"' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '\t':
			b = append(b, '\\', 't')
		case '\r':
			b = append(b, '\\', 'r')
		case '\n':
			b = append(b, '\\', 'n')
		case '\\', '"':
			b = append(b, '\\', c)
		default:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// optional writes s, or null when it is empty (model's optional).
func (w *plainWriter) optional(s string) {
	if s == "" {
		w.buf.WriteString("null")
		return
	}
	w.str(s)
}

func (w *plainWriter) subgraph(sel ast.SelectionSet, sub *model.Subgraph) bool {
	return w.object(w.collect(sel, subgraphTypes), func(name string, sel ast.SelectionSet) bool {
		switch name {
		case "__typename":
			w.str("Subgraph")
		case "truncated":
			graphql.MarshalBoolean(sub.Truncated).MarshalGQL(&w.buf)
		case "nodes":
			clear(w.fields) // another alias of nodes may select other fields
			w.buf.WriteByte('[')
			for i, n := range sub.Nodes {
				if i > 0 {
					w.buf.WriteByte(',')
				}
				if !w.node(sel, n) {
					return false
				}
			}
			w.buf.WriteByte(']')
		case "edges":
			clear(w.fields)
			w.buf.WriteByte('[')
			for i, r := range sub.Edges {
				if i > 0 {
					w.buf.WriteByte(',')
				}
				if r == nil || !w.relation(sel, r.Edge) {
					return false
				}
			}
			w.buf.WriteByte(']')
		default:
			return false
		}
		return true
	})
}

// node writes one node of Subgraph.nodes.
func (w *plainWriter) node(sel ast.SelectionSet, n model.Node) bool {
	switch n := n.(type) {
	case *model.Actor:
		return n != nil && w.actor(sel, n)
	case *model.Statement:
		return n != nil && w.nodeFields(sel, statementTypes, n.Node, func(name string) bool {
			if name != "text" {
				return false
			}
			w.str(n.Text())
			return true
		})
	case *model.Event:
		return n != nil && w.nodeFields(sel, eventTypes, n.Node, func(name string) bool {
			switch name {
			case "name":
				w.str(n.Node.Label)
			case "eventType":
				w.optional(n.Node.Type)
			case "date":
				w.optional(n.Node.Date)
			case "place":
				w.optional(n.Node.Place)
			default:
				return false
			}
			return true
		})
	case *model.Object:
		return n != nil && w.nodeFields(sel, objectTypes, n.Node, func(name string) bool {
			switch name {
			case "name":
				w.str(n.Node.Label)
			case "objectType":
				w.optional(n.Node.Type)
			default:
				return false
			}
			return true
		})
	case *model.Article:
		return n != nil && w.nodeFields(sel, articleTypes, n.Node, func(name string) bool {
			switch name {
			case "title":
				w.str(n.Node.Label)
			case "url":
				w.optional(n.Node.URL)
			case "publisher":
				w.optional(n.Node.Source)
			case "published":
				w.optional(n.Node.Date)
			default:
				return false
			}
			return true
		})
	}
	return false
}

// nodeFields writes a node's __typename and id, and its other fields
// by field.
func (w *plainWriter) nodeFields(sel ast.SelectionSet, types []string, n graph.Node, field func(name string) bool) bool {
	return w.object(w.collect(sel, types), func(name string, _ ast.SelectionSet) bool {
		switch name {
		case "__typename":
			w.str(types[0])
		case "id":
			w.str(string(n.ID))
		default:
			return field(name)
		}
		return true
	})
}

func (w *plainWriter) actor(sel ast.SelectionSet, a *model.Actor) bool {
	return w.nodeFields(sel, actorTypes, a.Node, func(name string) bool {
		switch name {
		case "name":
			w.str(a.Node.Label)
		case "type":
			t, ok := actorTypeNames[graph.ActorType(a.Node.Type)]
			if !ok {
				return false // the resolver's error
			}
			w.str(t)
		case "aliases":
			w.buf.WriteByte('[')
			for i, s := range a.Node.Aliases {
				if i > 0 {
					w.buf.WriteByte(',')
				}
				w.str(s)
			}
			w.buf.WriteByte(']')
		default:
			return false
		}
		return true
	})
}

// relation writes one relation from the fields a neighbourhood's edge
// has (those of model.Relation without a resolver).
func (w *plainWriter) relation(sel ast.SelectionSet, e graph.Edge) bool {
	return w.object(w.collect(sel, relationTypes), func(name string, _ ast.SelectionSet) bool {
		switch name {
		case "__typename":
			w.str("Relation")
		case "id":
			w.str(string(e.ID))
		case "source":
			w.str(string(e.Source))
		case "target":
			w.str(string(e.Target))
		case "class":
			w.str(string(e.Class))
		case "support":
			graphql.MarshalInt(e.Support()).MarshalGQL(&w.buf)
		case "verb":
			w.optional(e.Verb)
		case "firstSeen":
			w.optional(e.FirstSeen())
		case "lastSeen":
			w.optional(e.LastSeen())
		case "modality":
			m, ok := modalityNames[e.MostFactual()]
			if !ok {
				return false
			}
			w.str(m)
		default:
			return false
		}
		return true
	})
}

// The enums' names, as gqlgen.yml binds them.
var (
	actorTypeNames = map[graph.ActorType]string{
		graph.Person:       "PERSON",
		graph.Organization: "ORGANIZATION",
		graph.Country:      "COUNTRY",
		graph.Group:        "GROUP",
	}
	modalityNames = map[graph.Modality]string{
		graph.Asserted:     "ASSERTED",
		graph.Planned:      "PLANNED",
		graph.Demanded:     "DEMANDED",
		graph.Hypothetical: "HYPOTHETICAL",
		graph.Negated:      "NEGATED",
	}
)
