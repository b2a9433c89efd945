// Package generated is the executable GraphQL schema gqlgen writes from
// schema/*.graphqls and gqlgen.yml. Nothing here is edited by hand: change
// the schema and run `go generate ./resolvers`.
package generated
