// Package loadtest drives a running newsgraph server over HTTP with many
// concurrent GraphQL clients and reports latency percentiles, and holds
// the end-to-end benchmarks of BENCHMARKS.md.
package loadtest
