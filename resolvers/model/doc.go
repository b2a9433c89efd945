// Package model holds the Go types the GraphQL schema is bound to.
//
// models_gen.go is written by gqlgen from schema/*.graphqls (connections,
// inputs, the Node interface) and must not be edited; nodes.go wraps the
// domain's graph.Node and graph.Edge in one type per GraphQL object type,
// with the plain accessors gqlgen binds fields to. Fields that need the
// store (a statement's speaker, an evidence's article) are resolved in
// package resolvers.
package model
