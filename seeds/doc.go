// Package seeds holds the five seed articles newsgraph ships with,
// embedded in the binary with go:embed, so that "newsgraph serve" on an
// empty database has a graph to show.
//
// The articles are news reports of late December 2025 on the talks about
// ending the war in Ukraine, saved as plain text from their pages (page
// furniture such as "Skip to Content" included). Their titles and dates
// are left for the extractor to find in the text, as they would be for
// any plain-text article without header lines.
package seeds
