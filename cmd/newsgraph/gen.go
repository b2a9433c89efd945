package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/internal/corpus"
)

const genDoc = `
Write N synthetic news articles into DIR as .txt files (Title: and Date:
header lines, then the text), for load tests and benchmarks. A population
of thousands of people, organisations and countries meet, talk, accuse,
urge, sanction and quote one another; a few are mentioned in many
articles and most in few (a Zipf distribution). The same --seed gives the
same articles, byte for byte.

The most mentioned people are printed at the end: use them as hubs for
neighbourhood queries ("newsgraph loadtest --actor NAME").
`

func (m *Main) gen(ctx context.Context, args []string) int {
	fs := m.flags("gen", genDoc)
	n := fs.Int("articles", 0, "number of articles `N` to write (required)")
	out := fs.String("o", "", "output `DIR` (required; created when missing)")
	seed := fs.Uint64("seed", 1, "`SEED` of the population and the articles")
	people := fs.Int("people", 0, "`N` people in the population (0: 6000)")
	workers := fs.Int("workers", 0, "`N` writing goroutines (0: one per CPU)")
	pos, code, ok := m.parse(fs, args)
	if !ok {
		return code
	}
	switch {
	case len(pos) > 0:
		return m.usageError(fs, fmt.Sprintf("unexpected argument %q", pos[0]))
	case *n <= 0:
		return m.usageError(fs, "--articles must be a positive number")
	case *out == "":
		return m.usageError(fs, "no output directory (-o DIR)")
	case *people < 0 || *workers < 0:
		return m.usageError(fs, "--people and --workers must not be negative")
	}
	start := time.Now()
	g := corpus.New(corpus.Options{Seed: *seed, People: *people})
	st, err := g.Write(ctx, *out, *n, *workers)
	if errors.Is(err, context.Canceled) {
		return m.fail("gen", errors.New("interrupted; the files written so far are whole articles"))
	}
	if err != nil {
		return m.fail("gen", err)
	}
	var hubs []string
	for _, a := range g.Hubs(5) {
		hubs = append(hubs, a.Name)
	}
	fmt.Fprintf(m.stdout, "wrote %d articles (%.1f MB) to %s in %s\nmost mentioned: %s\n",
		st.Articles, float64(st.Bytes)/1e6, *out, time.Since(start).Round(time.Millisecond), strings.Join(hubs, ", "))
	return exitOK
}
