// Package export writes a graph, or a part of it, in the formats
// researchers take into other tools: newsgraph's own JSON (the contract
// the scorer and other tools read), Cytoscape.js elements JSON, GraphML
// (Gephi, yEd, NetworkX), GEXF 1.3 (Gephi, with first and last seen
// dates), CSV for Neo4j's bulk importer, RDF N-Quads, Dgraph's RDF
// dialect (with the matching Dgraph schema from Schema), and DOT for
// Graphviz.
//
// RDF has two formats because Dgraph's loaders want what RDF forbids:
// relative predicate names (<name>, <dgraph.type>) and facets. nquads is
// strict RDF 1.1 (absolute IRIs under Namespace, rdf:type, edge
// properties on Relation nodes) that any RDF tool reads; dgraph is the
// same statements as Dgraph writes them, with facets on edges.
//
// Writers read through graph.Reader only and stream: a whole-graph
// export scans nodes kind by kind (in the order of graph.NodeKinds, each
// kind by ID) and then edges by ID, holding one element at a time, so
// its memory stays flat however large the graph. A Scope with roots
// first collects the neighbourhood with graph.Neighborhood and writes
// that. Output is deterministic: identical graphs give identical bytes.
//
// The csv format is several files; Write packs them into one zip archive
// (the layout is documented at csvNodeColumns and listed by CSVFiles)
// and WriteCSVFiles writes them into a directory.
package export
