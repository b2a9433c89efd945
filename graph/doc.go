// Package graph is newsgraph's domain: the knowledge graph of actors,
// statements, events, objects and articles that the extractor reads out of
// news, the edges between them with their evidence, and the interfaces a
// store implements to keep them.
//
// It imports only the standard library. The extractor (package extract)
// produces a Batch per article; a store (package store) persists batches;
// the GraphQL resolvers and the exporters read through the Reader
// interface. Algorithms that only need a Reader (neighbourhoods, paths)
// live here so every store gets them for free.
package graph
