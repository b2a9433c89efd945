// Command newsgraph reads news articles into a knowledge graph of actors,
// statements, events and objects, serves it over GraphQL and exports it.
//
// Usage:
//
//	newsgraph serve  [--db DIR] [--addr HOST:PORT] [--no-seeds]
//	newsgraph ingest [--db DIR] [--format F] [--progress] [--quiet] PATH...
//	newsgraph export [--db DIR] [--format F] [--root ID]... [--depth N]
//	                 [--class C]... [--since D] [--until D] [-o FILE]
//	newsgraph migrate --from DIR|URL --to URL|DIR
//	newsgraph backup [--db DIR] -o FILE
//	newsgraph restore [--db DIR] -i FILE [--force]
//	newsgraph parse  [--input text|conllu] [--progress] [FILE|-]
//	newsgraph version
//	newsgraph help [COMMAND]
//
// The database is a Badger directory, ./newsgraph.db unless --db says
// otherwise; serve, ingest and export take --store postgres://… instead
// to keep the graph in PostgreSQL (package pgstore), and migrate copies
// a graph between the two and verifies the copy. serve fills an empty database with the embedded seed
// articles, serves the offline GraphiQL playground at / and the API at
// /graphql on localhost:8080, and shuts down gracefully on SIGINT or
// SIGTERM (a second signal ends it at once). ingest reads .txt, .md,
// .html and .jsonl files, folders and standard input (-), naming each
// input that fails and going on with the others. export writes json,
// and the other formats of package graph/export, to standard output or
// atomically to a file, opening the database read-only. backup writes
// one consistent, checksummed snapshot of the database; restore checks
// one in a folder beside the target before it takes the target's place.
// parse tags and parses raw text (or the words of a CoNLL-U file) with
// the embedded model of package nlp and writes CoNLL-U.
// RELIABILITY.md at the repository root lists the tests behind these
// promises.
//
// Messages and errors go to stderr. The exit status is 0 on success, 1
// when something failed, 2 for a usage error.
//
// This is the only package that reads configuration (flags); the work is
// done by Main.Run, which the tests call in-process as well as through
// the built binary.
package main
