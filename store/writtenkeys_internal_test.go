package store

import (
	"context"
	"fmt"
	"testing"

	"github.com/newsgraph/newsgraph/graph/graphtest"
)

// TestBloomBlocks checks that the filter chain never loses a key it was
// given, across a second filter, and that it answers "maybe" for about
// 1% of the keys it was not given.
func TestBloomBlocks(t *testing.T) {
	w := writtenKeys{}
	w.start()
	const n = firstBloomKeys + firstBloomKeys/4 // into the second filter
	key := func(prefix string, i int) []byte { return fmt.Appendf(nil, "%s/rel_%d", prefix, i) }
	for i := range n {
		w.note([]kv{{key: key("e", i)}})
	}
	if len(w.filters) != 2 {
		t.Fatalf("%d filters after %d keys, want 2", len(w.filters), n)
	}
	for i := range n {
		if w.absent(key("e", i)) {
			t.Fatalf("key %d written but absent", i)
		}
	}
	maybe := 0
	const others = 200_000
	for i := range others {
		if !w.absent(key("n", i)) {
			maybe++
		}
	}
	if rate := float64(maybe) / others; rate > 0.03 {
		t.Errorf("false positives %.2f%% of keys never written, want about 1%% a filter", 100*rate)
	}
}

// TestWrittenKeysAnswerForANewDatabase ingests the same generated
// articles (and then again, as duplicates) into a new database, whose
// filter of written keys answers most absent reads, and into one whose
// filter is given up at once, and checks that the results and the
// graphs are the same; a database reopened with nodes in it does not
// start the filter.
func TestWrittenKeysAnswerForANewDatabase(t *testing.T) {
	ctx := context.Background()
	for _, behind := range []bool{false, true} {
		t.Run(fmt.Sprintf("writebehind=%v", behind), func(t *testing.T) {
			dirs := [2]string{t.TempDir(), t.TempDir()}
			var dumps [2]string
			for i, dir := range dirs {
				db, err := Open(dir, Options{WriteBehind: behind})
				if err != nil {
					t.Fatal(err)
				}
				if !db.aliases.written.complete {
					t.Fatal("a new database does not start its filter of written keys")
				}
				if i == 1 {
					db.aliases.written.forget()
				}
				graphtest.GenerateGraph(t, db, 7, 40, 150)
				graphtest.GenerateGraph(t, db, 7, 40, 150) // duplicates
				if err := db.Settle(); err != nil {
					t.Fatal(err)
				}
				answered := db.aliases.written.answered
				if i == 0 && answered < 150 {
					t.Errorf("the filter answered %d reads for 150 new articles, want at least one each", answered)
				}
				if i == 1 && answered != 0 {
					t.Errorf("a filter given up answered %d reads", answered)
				}
				graphtest.CheckConsistent(t, db)
				if dumps[i], err = graphtest.Dump(ctx, db); err != nil {
					t.Fatal(err)
				}
				if err := db.Close(); err != nil {
					t.Fatal(err)
				}
			}
			if dumps[0] != dumps[1] {
				t.Fatalf("the graphs differ with and without the filter:\n%s\n---\n%s", dumps[0], dumps[1])
			}
			db, err := Open(dirs[0], Options{WriteBehind: behind})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if db.aliases.written.complete {
				t.Error("a reopened database with nodes started the filter of written keys")
			}
		})
	}
}
