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
// The actors name filter and actor search read the store's name index
// when the reader is a graph.NameScanner (store.DB is): a key-only pass
// over the folded names finds the candidates, and only they are loaded;
// other readers are scanned, with the same answers.
//
// Relation fields (a statement's speaker and article, an actor's
// statements and events, a relation's ends, an evidence's article, ...)
// go through per-response batching loaders (loaders.go), so a page of
// fifty actors with their statements, speakers and articles costs a
// handful of batched store calls whatever its size.
//
// Mutations (mutations.go) ingest articles through Options.Ingester and
// correct the graph through a graph.Editor (the reader itself when it is
// one); ingestArticle announces each new article to the articleIngested
// subscription through a Broadcaster. Subscriptions and any operation
// also run over a websocket (graphql-transport-ws or graphql-ws) with
// keep-alive pings. With Options.WriteToken every mutation needs
// "Authorization: Bearer <token>" (UNAUTHENTICATED otherwise);
// RequireWriteToken refuses mutations when no token is set; queries stay
// open. Options.CORSOrigins lets pages of other origins call the API and
// open websockets (auth.go).
//
// Limits (Options): page size, neighbourhood depth and size, path depth
// and search breadth, query nesting depth and expanded field count
// (introspection not counted; fragments measured once, so fragment bombs
// cost nothing), complexity (complexity.go), parser tokens, body size
// (larger for authorized mutations) and time per operation; all give
// LIMIT_EXCEEDED or INVALID_ARGUMENT.
package resolvers

//go:generate sh -c "cd .. && go tool gqlgen generate --config gqlgen.yml"
