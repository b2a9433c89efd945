package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// TestOddTextsCostLikeNews: texts a fuzzer or a broken feed
// makes cost about what news of the same size costs, not a power of
// their sentences' or their article's length. Each is 64 KB, measured
// in CPU time (the least of two runs) against the held-out articles cut
// to the same size. Before session 26 (a stall of FuzzExtractBatch in
// CI), each took 6 times as long as news or more:
//   - a run with no full stop and no clause boundary, full of verbs: its
//     250-token sentences cost the cube of their length (the neither-nor
//     modality rule scanned back to the clause's start from every word
//     before each verb);
//   - one edge stated by each of 1,900 sentences on one line: every
//     piece of its evidence was merged into the whole list and sorted
//     again, and every mention on the line scanned the line for a
//     picture credit.
func TestOddTextsCostLikeNews(t *testing.T) {
	if testing.Short() {
		t.Skip("times 64 KB texts")
	}
	const size = 64 << 10
	files, err := filepath.Glob("../testdata/heldout/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no held-out articles (%v)", err)
	}
	var news strings.Builder
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		news.Write(b)
		news.WriteString("\n\n")
	}
	if news.Len() < size {
		t.Fatalf("held-out articles of %d bytes, want %d", news.Len(), size)
	}
	x := extract.New(extract.Options{})
	cost := func(text string) time.Duration {
		var least time.Duration
		for range 2 {
			start := cpuTime()
			if _, err := x.Extract(graph.Article{Text: text}); err != nil {
				t.Fatal(err)
			}
			if d := cpuTime() - start; least == 0 || d < least {
				least = d
			}
		}
		return least
	}
	cost(files[0]) // the parser loads once
	base := cost(cutAtSpace(news.String(), size))
	for _, c := range []struct{ name, unit string }{
		{"verbs with no full stop", "Putin met and said "},
		{"one edge in every sentence of a line", "Zelensky said he would meet Putin. "},
	} {
		text := strings.Repeat(c.unit, size/len(c.unit))
		if got := cost(text); got > 4*base {
			t.Errorf("%s: %v of CPU for %d bytes, news of that size %v: more than 4 times", c.name, got, len(text), base)
		} else {
			t.Logf("%s: %v of CPU for %d bytes, news %v", c.name, got, len(text), base)
		}
	}
}

// TestPronounRunEnds (doc.resolveEpoch): a sentence of 100
// words of pronouns with no actor in reach ("he met them and said he met
// them and said …") is read in well under extractCPULimit. Each pronoun
// asked its subject, a pronoun before it, which asked the one before
// it, each failing and retried by every later one: twice the work for
// each pronoun, and this did not end in ten minutes.
func TestPronounRunEnds(t *testing.T) {
	x := extract.New(extract.Options{})
	if _, err := x.Extract(graph.Article{Text: "Putin met Trump."}); err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("he met them and said ", 20)
	done := watchCPU(len(text))
	if _, err := x.Extract(graph.Article{Text: text}); err != nil {
		t.Fatal(err)
	}
	if used, limit := done(); used > limit {
		t.Errorf("%d bytes of pronouns: %v of CPU (at most %v)", len(text), used, limit)
	}
}

// cutAtSpace returns text cut to at most n bytes, at a space.
func cutAtSpace(text string, n int) string {
	if len(text) <= n {
		return text
	}
	if i := strings.LastIndexByte(text[:n], ' '); i > 0 {
		return text[:i]
	}
	return text[:n]
}

// extractCPULimit is the most CPU time FuzzExtractBatch lets one input
// of n bytes take: 5 s and 100 µs a byte, a hundred times what news of
// 9 KB costs under the fuzzer's instrumentation, so that only an input
// whose cost grows faster than its length reaches it.
func extractCPULimit(n int) time.Duration {
	return 5*time.Second + time.Duration(n)*100*time.Microsecond
}

// watchCPU starts timing one extraction of n bytes in CPU time (the
// process's: a fuzz worker runs one input at a time) and returns the
// function that stops the watch and reports the time used and the
// limit. An extraction still running at twice the limit panics the
// process from the watch's goroutine: Go's fuzzer saves the input of a
// worker that dies, and none of one that is still running when
// -fuzztime ends.
func watchCPU(n int) (done func() (used, limit time.Duration)) {
	start, limit := cpuTime(), extractCPULimit(n)
	stop := make(chan struct{})
	go func() {
		tick := time.NewTicker(250 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				if used := cpuTime() - start; used > 2*limit {
					panic(fmt.Sprintf("extracting %d bytes has used %v of CPU and goes on (at most %v)", n, used, limit))
				}
			}
		}
	}()
	return func() (time.Duration, time.Duration) {
		close(stop)
		return cpuTime() - start, limit
	}
}
