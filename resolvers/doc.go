// Package resolvers serves newsgraph's knowledge graph over GraphQL.
//
// The schema lives in schema/*.graphqls; gqlgen (configured by gqlgen.yml
// at the module root, run with `go generate ./resolvers`) writes the
// executable schema to resolvers/generated and the connection and input
// types to resolvers/model. The resolvers here are thin: they check
// arguments, translate them into calls on a graph.Reader and wrap what
// comes back in the model types.
//
// NewHandler builds the http.Handler: gqlgen's handler.New with explicit
// transports (GET and POST), introspection, an LRU query cache, a fixed
// complexity limit, a parser token limit, a request body limit, a
// per-operation timeout and an error presenter that maps graph.KindOf of
// each error to extensions.code in one table (codeOf).
//
// The schema offers node and nodes; Relay connections of actors,
// statements, events, articles and relations with typed filters (since
// and until on everything dated) and orders (lists.go, connections.go);
// search, scored and forgiving of case, accents, transliteration,
// Cyrillic and typos (search.go); neighborhood, shortestPath, timeline
// and stats (graphs.go).
//
// Cursors are opaque: base64 of the list and order they belong to and
// the sort key and ID of the item they point at. A page is the items
// strictly after that position, so pages neither repeat nor skip items
// when the graph changes between requests. Lists that a filter ties to
// one node read that node's adjacency; the others scan the kind, so
// their cost grows with the graph (fine for the thousands of nodes a news
// collection gives; an index per order would be the next step).
//
// Limits (Options): page size, neighbourhood depth and size, path depth
// and search breadth, query nesting depth (introspection not counted),
// complexity (complexity.go), parser tokens, body size and time per
// operation; all give LIMIT_EXCEEDED or INVALID_ARGUMENT.
package resolvers

//go:generate sh -c "cd .. && go tool gqlgen generate --config gqlgen.yml"
