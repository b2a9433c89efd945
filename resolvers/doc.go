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
// Lists are Relay connections with opaque cursors that name the list they
// came from and the ID of the item they point at; a page is the items
// after that ID in the list's order (node ID order for actors, far-end ID
// order for an actor's statements).
package resolvers

//go:generate sh -c "cd .. && go tool gqlgen generate --config gqlgen.yml"
