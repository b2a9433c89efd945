package export

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Scope selects the part of the graph to export. The zero Scope is the
// whole graph.
type Scope struct {
	// Roots, when given, limit the export to the nodes within Depth hops
	// of them (edges followed in both directions) and the edges among
	// those nodes; see graph.Neighborhood.
	Roots []graph.ID
	// Depth is the number of hops from Roots; 0 exports the roots alone
	// and the edges among them. It is ignored without Roots.
	Depth int
	// Classes, when given, keep only edges of these classes (and, without
	// Roots, only the nodes at their ends).
	Classes []graph.EdgeClass
	// Since and Until (YYYY-MM-DD, inclusive, either may be empty) keep
	// only edges with at least one piece of evidence dated in the period
	// (and, without Roots, only the nodes at their ends). Kept edges are
	// written whole, with all their evidence, so support counts are the
	// stored ones.
	Since, Until string
	// MaxNodes and MaxEdges, when positive, bound a rooted export: the
	// subgraph is collected in memory before it is written, and one
	// that would hold more nodes or edges fails with LimitExceeded
	// while it is collected (a whole-graph export streams, and ignores
	// them).
	MaxNodes, MaxEdges int
	// NonFactual also exports the edges that no piece of evidence
	// presents as a fact (negated, demanded or hypothetical only; see
	// graph.Modality) and the events that did not happen. By default
	// only facts are exported; nodes other than such events are kept
	// either way.
	NonFactual bool
}

// filtered reports whether the scope restricts the edges of a
// whole-graph export.
func (s Scope) filtered() bool {
	return len(s.Classes) > 0 || s.Since != "" || s.Until != ""
}

// Format is one export format.
type Format struct {
	// Name is what Lookup and Write take ("json", "graphml").
	Name string
	// MediaType is the HTTP Content-Type of the output.
	MediaType string
	// Extension is the usual file name extension, without the dot.
	Extension string
	// Description says in one line what the format is for.
	Description string

	write func(ctx context.Context, w *bufio.Writer, src *source) error
	// heads is set for formats that print each edge's support and dates
	// but none of its evidence, which may then be left unread.
	heads bool
}

// Write exports the scope of r's graph to w in format f, with the
// default Options.
func (f Format) Write(ctx context.Context, w io.Writer, r graph.Reader, scope Scope) error {
	return f.WriteWith(ctx, w, r, scope, Options{})
}

// Options say how a format names what it writes, as opposed to the Scope,
// which says what it writes.
type Options struct {
	// Base is the IRI under which the nquads format names nodes,
	// relations and evidence (<Base act_…>); DefaultBase when empty. It
	// must be an absolute IRI (CheckBase). Exports under one base name a
	// node alike, so that they merge into one graph.
	Base string
}

// WriteWith exports the scope of r's graph to w in format f with opt.
func (f Format) WriteWith(ctx context.Context, w io.Writer, r graph.Reader, scope Scope, opt Options) error {
	if opt.Base == "" {
		opt.Base = DefaultBase
	}
	if err := CheckBase(opt.Base); err != nil {
		return err
	}
	src, err := open(ctx, r, scope, f.heads)
	if err != nil {
		return fmt.Errorf("export %s: %w", f.Name, err)
	}
	src.opts = opt
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := f.write(ctx, bw, src); err != nil {
		return fmt.Errorf("export %s: %w", f.Name, err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export %s: %w", f.Name, err)
	}
	return nil
}

var formats = []Format{
	{Name: "json", MediaType: "application/json", Extension: "json",
		Description: "newsgraph's own JSON: nodes and edges with evidence (the scorer's input)",
		write:       writeJSON},
	{Name: "cytoscape", MediaType: "application/json", Extension: "cyjs",
		Description: "Cytoscape.js elements JSON",
		write:       writeCytoscape},
	{Name: "graphml", MediaType: "application/graphml+xml", Extension: "graphml",
		Description: "GraphML with typed attributes, for Gephi, yEd and NetworkX",
		write:       writeGraphML},
	{Name: "gexf", MediaType: "application/gexf+xml", Extension: "gexf",
		Description: "GEXF 1.3 for Gephi, with first and last seen dates",
		write:       writeGEXF},
	{Name: "csv", MediaType: "application/zip", Extension: "zip",
		Description: "CSV files for Neo4j's bulk importer, in a zip archive",
		write:       writeCSV},
	{Name: "nquads", MediaType: "application/n-quads", Extension: "nq",
		Description: "RDF 1.1 N-Quads: stable IRIs under --base, typed dates and counts; exports merge",
		write:       writeNQuads},
	{Name: "dgraph", MediaType: "application/n-quads", Extension: "rdf",
		Description: "Dgraph's RDF dialect with types and facets, for dgraph live and bulk",
		write:       writeDgraph},
	{Name: "dot", MediaType: "text/vnd.graphviz", Extension: "dot",
		Description: "Graphviz DOT, coloured by node kind",
		write:       writeDOT, heads: true},
}

// Formats lists the export formats in a stable order.
func Formats() []Format {
	return append([]Format(nil), formats...)
}

// Lookup returns the format called name, or an error of kind Invalid
// listing the known formats.
func Lookup(name string) (Format, error) {
	for _, f := range formats {
		if f.Name == name {
			return f, nil
		}
	}
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.Name
	}
	return Format{}, graph.Errorf("export.Lookup", graph.Invalid,
		"unknown export format %q (known: %s)", name, strings.Join(names, ", "))
}

// Write exports the scope of r's graph to w in the named format. The
// output is streamed: a whole-graph export holds one node or edge at a
// time (plus, when the scope filters edges, the set of node IDs at the
// ends of the kept edges); a rooted export first collects the subgraph.
// Identical graphs give byte-identical output.
//
// A bad format or scope is reported (kind Invalid, or NotFound for a
// missing root) before anything is written. An error later on (a failed
// read, a cancelled ctx) leaves w with a partial document: write to a
// temporary file and rename it, or discard the response, on error.
func Write(ctx context.Context, w io.Writer, r graph.Reader, format string, scope Scope) error {
	f, err := Lookup(format)
	if err != nil {
		return err
	}
	return f.Write(ctx, w, r, scope)
}
