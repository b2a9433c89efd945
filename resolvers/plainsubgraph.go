package resolvers

import (
	"bytes"
	"context"
	"io"
	"iter"
	"slices"
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
	if err != nil || !ok || sub == nil {
		return res, err
	}
	src := takePending(ctx, sub)
	fc := graphql.GetFieldContext(ctx)
	if !plainEnabled || fc == nil || !graphql.HasOperationContext(ctx) {
		fillIn(ctx, sub, src)
		return res, err
	}
	w := plainWriter{oc: graphql.GetOperationContext(ctx)}
	sp, _ := ctx.Value(splicesKey{}).(*splices)
	var pooled *[]byte
	if sp != nil {
		pooled = responseBuffers.Get().(*[]byte)
		w.buf = *bytes.NewBuffer((*pooled)[:0])
		w.html = true
	}
	var written bool
	if src != nil {
		w.buf.Grow(64 + 128*(len(src.Nodes)+len(src.Edges))) // a graph view's answer, about 115 bytes an object
		written = w.subgraph(fc.Field.Selections, src.Truncated, graphNodes(src), graphEdges(src.Edges))
	} else {
		w.buf.Grow(64 + 128*(len(sub.Nodes)+len(sub.Edges)))
		written = w.subgraph(fc.Field.Selections, sub.Truncated, modelNodes(sub.Nodes), modelEdges(sub.Edges))
	}
	if pooled != nil {
		*pooled = w.buf.Bytes()
	}
	if !written {
		if pooled != nil {
			releaseBuffer(pooled)
		}
		fillIn(ctx, sub, src)
		return res, err
	}
	atomic.AddInt64(&plainWritten, 1)
	if sp != nil {
		return sp.add(pooled), nil
	}
	return rawJSON(w.buf.Bytes()), nil
}

// lazySubgraph is the model of sub for a resolver whose answer
// plainSubgraphs will see: without its nodes and relations, which
// plainSubgraphs writes from sub itself, or fills in when it leaves the
// answer to the generated code. A hub's neighbourhood so skips its 550
// model objects and the loaders' hints (for fields with resolvers,
// which a plain answer has none of): a tenth of what a fresh answer
// allocated. Outside a GraphQL response the model is whole.
func lazySubgraph(ctx context.Context, ld *loaders, sub *graph.Subgraph) *model.Subgraph {
	if own, ok := ctx.Value(loadersKey{}).(*loaders); !ok || own != ld || !plainEnabled ||
		graphql.GetFieldContext(ctx) == nil || !graphql.HasOperationContext(ctx) {
		return subgraph(ld, sub)
	}
	out := &model.Subgraph{Truncated: sub.Truncated}
	ld.mu.Lock()
	if ld.pending == nil {
		ld.pending = map[*model.Subgraph]*graph.Subgraph{}
	}
	ld.pending[out] = sub
	ld.mu.Unlock()
	return out
}

// takePending returns, and forgets, the graph that sub, a lazySubgraph,
// stands for; nil for a subgraph made whole.
func takePending(ctx context.Context, sub *model.Subgraph) *graph.Subgraph {
	ld, ok := ctx.Value(loadersKey{}).(*loaders)
	if !ok {
		return nil
	}
	ld.mu.Lock()
	defer ld.mu.Unlock()
	src := ld.pending[sub]
	delete(ld.pending, sub)
	return src
}

// fillIn makes sub, a lazySubgraph of src, whole for the generated
// code; nothing when src is nil.
func fillIn(ctx context.Context, sub *model.Subgraph, src *graph.Subgraph) {
	if src == nil {
		return
	}
	ld := ctx.Value(loadersKey{}).(*loaders) // takePending found src there
	*sub = *subgraph(ld, src)
}

// graphNodes yields sub's nodes as the model of sub lists them: the
// roots first (rootsFirst), those of unknown kinds left out
// (model.AppendWrapped).
func graphNodes(sub *graph.Subgraph) iter.Seq2[graph.Node, bool] {
	return func(yield func(graph.Node, bool) bool) {
		known := func(n graph.Node) bool { return n.Kind.Valid() } // the kinds model.Wrap wraps
		for _, id := range sub.Roots {
			for _, n := range sub.Nodes {
				if n.ID == id {
					if known(n) && !yield(n, true) {
						return
					}
					break
				}
			}
		}
		for _, n := range sub.Nodes {
			if !slices.Contains(sub.Roots, n.ID) && known(n) && !yield(n, true) {
				return
			}
		}
	}
}

// graphEdges yields edges, each writable.
func graphEdges(edges []graph.Edge) iter.Seq2[graph.Edge, bool] {
	return func(yield func(graph.Edge, bool) bool) {
		for _, e := range edges {
			if !yield(e, true) {
				return
			}
		}
	}
}

// modelNodes yields the graph nodes of a model subgraph's nodes.
func modelNodes(nodes []model.Node) iter.Seq2[graph.Node, bool] {
	return func(yield func(graph.Node, bool) bool) {
		for _, n := range nodes {
			gn, ok := model.Unwrap(n)
			if !yield(gn, ok) {
				return
			}
		}
	}
}

// modelEdges yields the graph edges of a model subgraph's relations.
func modelEdges(rels []*model.Relation) iter.Seq2[graph.Edge, bool] {
	return func(yield func(graph.Edge, bool) bool) {
		for _, r := range rels {
			if r == nil {
				yield(graph.Edge{}, false)
				return
			}
			if !yield(r.Edge, true) {
				return
			}
		}
	}
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
	// html writes strings as writeResponse sends them (appendQuotedHTML),
	// for an answer spliced into the response as it is.
	html bool
	// fields caches the fields collected for each type, the same for
	// every element of a list.
	fields map[string]*plainFields
}

// plainFields are the fields collected for a type, each with its key
// as written (its alias quoted, and a colon), or nil for a repeat of
// an alias written before: a hub's neighbourhood has 2,600 fields of
// a few names.
type plainFields struct {
	fields []graphql.CollectedField
	keys   [][]byte
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
func (w *plainWriter) collect(sel ast.SelectionSet, types []string) *plainFields {
	if pf, ok := w.fields[types[0]]; ok {
		return pf
	}
	var pf *plainFields
	if fs := graphql.CollectFields(w.oc, sel, types); !slices.ContainsFunc(fs, graphql.CollectedField.IsDeferred) {
		pf = &plainFields{fields: fs, keys: make([][]byte, len(fs))}
		for i, f := range fs {
			if !seenAlias(fs[:i], f.Alias) {
				pf.keys[i] = append(w.quote(nil, f.Alias), ':')
			}
		}
	}
	if w.fields == nil {
		w.fields = map[string]*plainFields{}
	}
	w.fields[types[0]] = pf
	return pf
}

// object writes the fields of one object, field writing each value;
// false when fields is nil (deferred) or field gives up.
func (w *plainWriter) object(pf *plainFields, field func(name string, sel ast.SelectionSet) bool) bool {
	if pf == nil {
		return false
	}
	w.buf.WriteByte('{')
	for i, f := range pf.fields {
		if pf.keys[i] == nil {
			continue
		}
		if i > 0 {
			w.buf.WriteByte(',')
		}
		w.buf.Write(pf.keys[i])
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

func (w *plainWriter) str(s string) { w.buf.Write(w.quote(w.buf.AvailableBuffer(), s)) }

// quote appends s quoted as w writes strings.
func (w *plainWriter) quote(b []byte, s string) []byte {
	if w.html {
		return appendQuotedHTML(b, s)
	}
	return appendQuoted(b, s)
}

// appendQuoted appends s quoted as graphql.MarshalString writes it:
// '"', '\\' and the control characters escaped, \t, \r and \n by name,
// the others as \u00XX, and every other byte as it is (invalid UTF-8
// too). MarshalString writes each piece through an io.Writer; for the
// thousand strings of a hub's neighbourhood that was a tenth of
// writing it.
func appendQuoted(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '\\' && c != '"' {
			continue
		}
		b = appendEscape(append(b, s[start:i]...), c)
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendEscape appends c, a control character, '"' or '\\', escaped as
// graphql.MarshalString escapes it.
func appendEscape(b []byte, c byte) []byte {
	const hex = "0123456789ABCDEF"
	switch c {
	case '\t':
		return append(b, '\\', 't')
	case '\r':
		return append(b, '\\', 'r')
	case '\n':
		return append(b, '\\', 'n')
	case '\\', '"':
		return append(b, '\\', c)
	}
	return append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
}

// appendQuotedHTML appends s as writeResponse sends what appendQuoted
// writes: quoted by appendQuoted's rules, and with '<', '>' and '&'
// escaped as \u003c, \u003e and \u0026, and U+2028 and U+2029 as
// \u2028 and \u2029 (appendCompactData's escapes), so that the answer
// goes out without another pass over it.
func appendQuotedHTML(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !quoteHTMLSpecial[c] {
			continue
		}
		switch {
		case c == '<' || c == '>' || c == '&':
			b = append(append(b, s[start:i]...), '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			start = i + 1
		case c == 0xE2:
			if i+2 < len(s) && s[i+1] == 0x80 && s[i+2]&^1 == 0xA8 {
				b = append(append(b, s[start:i]...), '\\', 'u', '2', '0', '2', hex[s[i+2]&0xF])
				start = i + 3
				i += 2
			}
		default:
			b = appendEscape(append(b, s[start:i]...), c)
			start = i + 1
		}
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// quoteHTMLSpecial marks the bytes appendQuotedHTML escapes:
// appendQuoted's and appendCompactData's.
var quoteHTMLSpecial = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = true
	}
	for _, c := range []byte("\"\\<>&\xe2") {
		t[c] = true
	}
	return t
}()

// optional writes s, or null when it is empty (model's optional).
func (w *plainWriter) optional(s string) {
	if s == "" {
		w.buf.WriteString("null")
		return
	}
	w.str(s)
}

func (w *plainWriter) subgraph(sel ast.SelectionSet, truncated bool, nodes iter.Seq2[graph.Node, bool], edges iter.Seq2[graph.Edge, bool]) bool {
	return w.object(w.collect(sel, subgraphTypes), func(name string, sel ast.SelectionSet) bool {
		switch name {
		case "__typename":
			w.str("Subgraph")
		case "truncated":
			graphql.MarshalBoolean(truncated).MarshalGQL(&w.buf)
		case "nodes":
			clear(w.fields) // another alias of nodes may select other fields
			w.buf.WriteByte('[')
			i := 0
			for n, ok := range nodes {
				if i > 0 {
					w.buf.WriteByte(',')
				}
				i++
				if !ok || !w.node(sel, n) {
					return false
				}
			}
			w.buf.WriteByte(']')
		case "edges":
			clear(w.fields)
			w.buf.WriteByte('[')
			i := 0
			for e, ok := range edges {
				if i > 0 {
					w.buf.WriteByte(',')
				}
				i++
				if !ok || !w.relation(sel, e) {
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

// node writes one node of Subgraph.nodes, by its kind as model.Wrap
// wraps it.
func (w *plainWriter) node(sel ast.SelectionSet, n graph.Node) bool {
	switch n.Kind {
	case graph.KindActor:
		return w.actor(sel, n)
	case graph.KindStatement:
		return w.nodeFields(sel, statementTypes, n, func(name string) bool {
			if name != "text" {
				return false
			}
			w.str((&model.Statement{Node: n}).Text())
			return true
		})
	case graph.KindEvent:
		return w.nodeFields(sel, eventTypes, n, func(name string) bool {
			switch name {
			case "name":
				w.str(n.Label)
			case "eventType":
				w.optional(n.Type)
			case "date":
				w.optional(n.Date)
			case "place":
				w.optional(n.Place)
			default:
				return false
			}
			return true
		})
	case graph.KindObject:
		return w.nodeFields(sel, objectTypes, n, func(name string) bool {
			switch name {
			case "name":
				w.str(n.Label)
			case "objectType":
				w.optional(n.Type)
			default:
				return false
			}
			return true
		})
	case graph.KindArticle:
		return w.nodeFields(sel, articleTypes, n, func(name string) bool {
			switch name {
			case "title":
				w.str(n.Label)
			case "url":
				w.optional(n.URL)
			case "publisher":
				w.optional(n.Source)
			case "published":
				w.optional(n.Date)
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

func (w *plainWriter) actor(sel ast.SelectionSet, a graph.Node) bool {
	return w.nodeFields(sel, actorTypes, a, func(name string) bool {
		switch name {
		case "name":
			w.str(a.Label)
		case "type":
			t, ok := actorTypeNames[graph.ActorType(a.Type)]
			if !ok {
				return false // the resolver's error
			}
			w.str(t)
		case "aliases":
			w.buf.WriteByte('[')
			for i, s := range a.Aliases {
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
