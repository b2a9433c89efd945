package export

import (
	"bufio"
	"context"
	"net/url"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Namespace is the IRI prefix of the predicates and types of the nquads
// format: <urn:newsgraph:name>.
const Namespace = "urn:newsgraph:"

// DefaultBase is the IRI prefix under which the nquads format names
// nodes, relations and evidence when Options.Base is empty:
// <urn:newsgraph:id:act_…>. IDs are digests of what identifies a node,
// so every export, from any database, names one node alike.
const DefaultBase = "urn:newsgraph:id:"

// CheckBase reports whether base can prefix the IRIs of an export: an
// absolute IRI (with a scheme) with none of the characters N-Quads
// forbids in an IRI. Errors are of kind Invalid.
func CheckBase(base string) error {
	u, err := url.Parse(base)
	if err != nil || u.Scheme == "" {
		return graph.Errorf("export.CheckBase", graph.Invalid, "base %q is not an absolute IRI (https://newsgraph.example/id/, urn:newsgraph:id:)", base)
	}
	if i := strings.IndexFunc(base, func(r rune) bool { return r <= ' ' || strings.ContainsRune("<>\"{}|^`\\", r) }); i >= 0 {
		return graph.Errorf("export.CheckBase", graph.Invalid, "base %q holds %q, which an IRI may not", base, base[i:i+1])
	}
	return nil
}

const (
	rdfType     = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
	xsd         = "http://www.w3.org/2001/XMLSchema#"
	xsdInt      = "^^<" + xsd + "int>"
	xsdInteger  = "^^<" + xsd + "integer>"
	xsdBoolean  = "^^<" + xsd + "boolean>"
	dgraphType  = "<dgraph.type>"
	relationTyp = "Relation"
	evidenceTyp = "Evidence"
)

// rdfDialect is what differs between strict RDF and Dgraph's RDF.
type rdfDialect struct {
	// dgraph: bare predicate names (<name>), <dgraph.type> "Actor" for
	// types and facets on edge predicates, none of which is valid RDF;
	// blank nodes, which Dgraph's loaders map to uids by xid; dates as
	// plain strings and counts as xsd:int.
	dgraph bool
	// base prefixes the IRIs of nodes, relations and evidence in strict
	// RDF.
	base string
}

// node names the node, relation or evidence with the given ID.
func (d rdfDialect) node(id string) string {
	if d.dgraph {
		return blankNode(id)
	}
	return "<" + d.base + iriPart(id) + ">"
}

// evidence names the i-th piece of evidence ev of relation rel. In
// strict RDF the name is made of what identifies the evidence (its
// article and offsets), not of its position, so that an export made
// after the relation gained evidence names the old pieces alike.
func (d rdfDialect) evidence(rel string, i int, ev graph.Evidence) string {
	if d.dgraph {
		return blankNode(rel) + "-ev" + strconv.Itoa(i)
	}
	return "<" + d.base + iriPart(rel) + "/ev/" + iriPart(string(ev.Article)) + "-" + strconv.Itoa(ev.Start) + "-" + strconv.Itoa(ev.End) + ">"
}

// count is a count or offset literal: xsd:integer in strict RDF, xsd:int
// for Dgraph.
func (d rdfDialect) count(n int) string {
	if d.dgraph {
		return `"` + strconv.Itoa(n) + `"` + xsdInt
	}
	return `"` + strconv.Itoa(n) + `"` + xsdInteger
}

// dateType is the XML Schema datatype of a date as newsgraph writes it
// (YYYY-MM-DD, or YYYY-MM, or YYYY), or "" for anything else.
func dateType(v string) string {
	digits := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return s != ""
	}
	switch {
	case len(v) == 10 && v[4] == '-' && v[7] == '-' && digits(v[:4]) && digits(v[5:7]) && digits(v[8:]):
		return "date"
	case len(v) == 7 && v[4] == '-' && digits(v[:4]) && digits(v[5:]):
		return "gYearMonth"
	case len(v) == 4 && digits(v):
		return "gYear"
	}
	return ""
}

// iriPart percent-encodes the bytes of s that may not stand in an IRI
// as they are; newsgraph IDs have none.
func iriPart(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c > ' ' && c < 0x7f && !strings.ContainsRune("<>\"{}|^`\\%", rune(c)) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

func (d rdfDialect) pred(name string) string {
	if d.dgraph {
		return "<" + name + ">"
	}
	return "<" + Namespace + name + ">"
}

// predicate is one predicate of the RDF formats with its Dgraph schema.
type predicate struct{ name, schema string }

// nodePredicates are written for nodes (when not empty).
var nodePredicates = []predicate{
	{"xid", "string @index(exact) @upsert"},
	{"kind", "string @index(exact)"},
	{"name", "string @index(exact, term, trigram)"},
	{"node_type", "string @index(exact)"},
	{"alias", "[string] @index(exact, term)"},
	{"text", "string @index(fulltext)"},
	{"date", "string @index(exact)"},
	{"place", "string @index(exact, term)"},
	{"url", "string @index(exact)"},
	{"source", "string @index(exact)"},
	{"article", "string @index(exact)"},
	{"attr", "[string]"},
}

// relationPredicates describe an edge on its Relation node.
var relationPredicates = []predicate{
	{"class", "string @index(exact)"},
	{"from", "uid @reverse"},
	{"to", "uid @reverse"},
	{"verb", "string @index(term)"},
	{"support", "int @index(int)"},
	{"first_seen", "string @index(exact)"},
	{"last_seen", "string @index(exact)"},
	{"symmetric", "bool"},
	{"modality", "string @index(exact)"},
	{"evidence", "[uid]"},
}

// evidencePredicates describe one piece of evidence (article, verb,
// date and modality are shared with the lists above).
var evidencePredicates = []predicate{
	{"sentence", "string @index(fulltext)"},
	{"start", "int"},
	{"end", "int"},
	{"when", "string @index(exact)"},
}

// writeNQuads writes W3C RDF 1.1 N-Quads (all in the default graph):
// every node an IRI made of Options.Base and its ID
// (<urn:newsgraph:id:act_…>) with an rdf:type of <urn:newsgraph:Actor>
// (Statement, Event, Object, Article) and literal predicates in
// Namespace; every edge both as a predicate named after its class
// (<…act_a> <urn:newsgraph:CONSULT> <…act_b>) and, since plain RDF has
// no edge properties, as a Relation node (<…rel_…>) with class, from, to,
// verb, support, first_seen, last_seen, symmetric, modality (the most
// factual of its evidence: "asserted", "planned", "demanded",
// "hypothetical" or "negated") and an Evidence node per piece of evidence
// (<…rel_…/ev/art_…-START-END>) with its article, sentence, offsets,
// verb, date, modality and, when the sentence gives the action's day,
// when. A node's and an evidence's article is the article's IRI. Dates are xsd:date literals
// (xsd:gYearMonth, xsd:gYear when partial), counts and offsets
// xsd:integer. Since IDs are deterministic, two exports under one base
// name every shared node, relation and evidence alike: their union is
// one graph, and an export can be loaded over an earlier one.
// Schema("nquads") gives a Dgraph schema of its predicates; Dgraph's
// loaders name subjects by blank nodes, so use the dgraph format there.
func writeNQuads(ctx context.Context, w *bufio.Writer, src *source) error {
	return writeRDF(ctx, w, src, rdfDialect{base: src.opts.Base})
}

// writeDgraph writes the same statements in Dgraph's RDF dialect: bare
// predicate names (<name>), <dgraph.type> "Actor" instead of rdf:type,
// and the edge predicates carrying facets (rel, verb, support,
// first_seen, last_seen, modality), for dgraph live and dgraph bulk with the
// schema from Schema("dgraph"). Not valid RDF: use nquads for RDF tools.
func writeDgraph(ctx context.Context, w *bufio.Writer, src *source) error {
	return writeRDF(ctx, w, src, rdfDialect{dgraph: true})
}

func writeRDF(ctx context.Context, w *bufio.Writer, src *source, d rdfDialect) error {
	var subj string
	quad := func(pred, object string) {
		w.WriteString(subj)
		w.WriteByte(' ')
		w.WriteString(pred)
		w.WriteByte(' ')
		w.WriteString(object)
		w.WriteString(" .\n")
	}
	lit := func(name, v string) {
		if v == "" {
			return
		}
		w.WriteString(subj)
		w.WriteString(" " + d.pred(name) + " ")
		rdfLiteral(w, v)
		w.WriteString(" .\n")
	}
	// date writes a date, typed in strict RDF.
	date := func(name, v string) {
		t := dateType(v)
		if d.dgraph || t == "" {
			lit(name, v)
			return
		}
		quad(d.pred(name), `"`+v+`"^^<`+xsd+t+`>`)
	}
	// article refers to an article: its IRI in strict RDF.
	article := func(id graph.ID) {
		if d.dgraph || id == "" {
			lit("article", string(id))
			return
		}
		quad(d.pred("article"), d.node(string(id)))
	}
	typ := func(t string) {
		if d.dgraph {
			quad(dgraphType, `"`+t+`"`)
		} else {
			quad(rdfType, "<"+Namespace+t+">")
		}
	}
	err := src.nodes(ctx, func(n graph.Node) error {
		subj = d.node(string(n.ID))
		typ(rdfTypeName(n.Kind))
		lit("xid", string(n.ID))
		lit("kind", string(n.Kind))
		lit("name", n.Label)
		lit("node_type", n.Type)
		for _, a := range n.Aliases {
			lit("alias", a)
		}
		lit("text", n.Text)
		date("date", n.Date)
		lit("place", n.Place)
		lit("url", n.URL)
		lit("source", n.Source)
		article(n.Article)
		for _, a := range attrsList(n.Attrs) {
			lit("attr", a)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return src.edges(ctx, func(e graph.Edge) error {
		first, last := spanOf(e)
		support := strconv.Itoa(e.Support())
		from, to := d.node(string(e.Source)), d.node(string(e.Target))
		subj = from
		w.WriteString(subj + " " + d.pred(string(e.Class)) + " " + to)
		if d.dgraph {
			w.WriteString(" (rel=")
			rdfLiteral(w, string(e.ID))
			if e.Verb != "" {
				w.WriteString(", verb=")
				rdfLiteral(w, e.Verb)
			}
			w.WriteString(", support=" + support)
			if first != "" {
				w.WriteString(`, first_seen="` + first + `", last_seen="` + last + `"`)
			}
			w.WriteString(`, modality="` + e.MostFactual().Name() + `")`)
		}
		w.WriteString(" .\n")

		rel := d.node(string(e.ID))
		subj = rel
		typ(relationTyp)
		lit("xid", string(e.ID))
		lit("class", string(e.Class))
		quad(d.pred("from"), from)
		quad(d.pred("to"), to)
		lit("verb", e.Verb)
		quad(d.pred("support"), d.count(e.Support()))
		date("first_seen", first)
		date("last_seen", last)
		quad(d.pred("symmetric"), `"`+strconv.FormatBool(e.Class.Symmetric())+`"`+xsdBoolean)
		lit("modality", e.MostFactual().Name())
		for i, ev := range e.Evidence {
			quad(d.pred("evidence"), d.evidence(string(e.ID), i, ev))
		}
		for i, ev := range e.Evidence {
			subj = d.evidence(string(e.ID), i, ev)
			typ(evidenceTyp)
			article(ev.Article)
			lit("sentence", ev.Sentence)
			quad(d.pred("start"), d.count(ev.Start))
			quad(d.pred("end"), d.count(ev.End))
			lit("verb", ev.Verb)
			date("date", ev.Date)
			lit("modality", ev.Modality.Name())
			date("when", ev.When)
		}
		return nil
	})
}

// rdfTypeName is the type of a node kind: Actor, Statement, ….
func rdfTypeName(k graph.NodeKind) string {
	if k == "" {
		return "Node"
	}
	return title(string(k))
}

// title upper-cases the first letter of an ASCII word.
func title(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// blankNode names the blank node of an ID. Letters, digits and '_' are
// kept; any other byte becomes '-' and two hex digits, so distinct IDs
// give distinct labels that every N-Quads reader (and Dgraph) accepts.
// An edge's evidence nodes add "-ev" and a number, which no escaped ID
// can end with ('v' is no hex digit).
func blankNode(id string) string {
	var b strings.Builder
	b.Grow(len(id) + 2)
	b.WriteString("_:")
	const hex = "0123456789abcdef"
	for i := 0; i < len(id); i++ {
		c := id[i]
		if c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('-')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// rdfLiteral writes s as an N-Quads string literal. The escapes used
// (\" \\ \n \r \t \uXXXX) are the ones N-Quads and Go's strconv.Unquote,
// which Dgraph uses, both read.
func rdfLiteral(w *bufio.Writer, s string) {
	const hex = "0123456789ABCDEF"
	w.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			w.WriteString(`\"`)
		case '\\':
			w.WriteString(`\\`)
		case '\n':
			w.WriteString(`\n`)
		case '\r':
			w.WriteString(`\r`)
		case '\t':
			w.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f {
				w.WriteString(`\u00`)
				w.WriteByte(hex[r>>4])
				w.WriteByte(hex[r&15])
				continue
			}
			w.WriteRune(r)
		}
	}
	w.WriteByte('"')
}

// Schema returns the companion schema of an export format: for nquads
// and dgraph, the Dgraph schema (predicates with their types and
// indexes; for dgraph also the types) to load before the data. Other
// formats have none: an error of kind Invalid.
func Schema(format string) (string, error) {
	if _, err := Lookup(format); err != nil {
		return "", err
	}
	var d rdfDialect
	switch format {
	case "nquads":
	case "dgraph":
		d.dgraph = true
	default:
		return "", graph.Errorf("export.Schema", graph.Invalid, "format %q has no schema (nquads and dgraph have)", format)
	}
	var b strings.Builder
	b.WriteString("# Dgraph schema for newsgraph's " + format + " export.\n")
	line := func(p predicate) {
		if !d.dgraph {
			// Strict RDF types dates and links articles by IRI.
			switch p.name {
			case "date", "first_seen", "last_seen", "when":
				p.schema = "datetime @index(day)"
			case "article":
				p.schema = "uid @reverse"
			}
		}
		b.WriteString(d.pred(p.name) + ": " + p.schema + " .\n")
	}
	for _, list := range [][]predicate{nodePredicates, relationPredicates, evidencePredicates} {
		for _, p := range list {
			line(p)
		}
	}
	for _, c := range graph.EdgeClasses {
		line(predicate{string(c), "[uid] @reverse"})
	}
	if !d.dgraph {
		return b.String(), nil
	}
	names := func(ps []predicate) []string {
		out := make([]string, len(ps))
		for i, p := range ps {
			out[i] = p.name
		}
		return out
	}
	typeDef := func(name string, fields []string) {
		b.WriteString("\ntype " + name + " {\n")
		for _, f := range fields {
			b.WriteString("  " + f + "\n")
		}
		b.WriteString("}\n")
	}
	var classes []string
	for _, c := range graph.EdgeClasses {
		classes = append(classes, string(c))
	}
	for _, k := range graph.NodeKinds {
		typeDef(rdfTypeName(k), append(names(nodePredicates), classes...))
	}
	typeDef(relationTyp, append([]string{"xid"}, names(relationPredicates)...))
	typeDef(evidenceTyp, []string{"article", "sentence", "start", "end", "verb", "date", "modality", "when"})
	return b.String(), nil
}
