// Package web serves newsgraph's GraphQL playground: a GraphiQL page whose
// scripts and styles (GraphiQL 4.1.2, React 18.2.0 and the GraphiQL
// explorer plugin 4.0.6) are embedded in the binary, so that it works
// offline and behind firewalls, where gqlgen's stock playground, which
// loads them from a CDN, hangs.
//
// The third-party files in assets/ come unchanged from the npm registry;
// `go generate ./web` (fetch-assets.sh, which needs npm) fetches them
// again. The table in assets.go records each file's integrity hash; a
// test checks the embedded files against it, and the page's script and
// link tags carry it as their integrity attribute.
//
// The page sends a Content-Security-Policy that lets it load nothing but
// its own origin (and the GraphQL endpoint's, when that is another one).
package web

//go:generate sh fetch-assets.sh
