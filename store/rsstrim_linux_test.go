package store_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/graphtest"
	"github.com/newsgraph/newsgraph/store"
)

// TestMappedResidentLimit writes tens of megabytes of article texts
// into tables, reads them back so that the mapped tables are resident,
// and checks that the trimmer brings the process's RssFile down to the
// limit while every text still reads back intact.
func TestMappedResidentLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 50 MB")
	}
	const (
		articles = 800
		textSize = 64 << 10
		room     = 8 << 20  // what the database may keep resident
		slack    = 12 << 20 // code pages and memtables faulted in meanwhile
	)
	base := statusKB(t, "RssFile")
	limit := base + room
	dir := t.TempDir()
	db := open(t, dir, store.Options{
		MemTableSize:        1 << 20,
		MemTables:           2,
		CacheSize:           8 << 20,
		MappedResidentLimit: limit,
		GCInterval:          -1,
	})
	// Hex digits: Snappy finds nothing to compress, so the tables hold
	// as many bytes as the texts.
	rng := rand.New(rand.NewPCG(7, 7))
	texts := make(map[graph.ID]string, articles)
	for i := range articles {
		var sb strings.Builder
		fmt.Fprintf(&sb, "Article %d. ", i)
		for sb.Len() < textSize {
			fmt.Fprintf(&sb, "%016x ", rng.Uint64())
		}
		b := graphtest.NewBuilder(t, fmt.Sprintf("Article %d", i), "2025-12-01", sb.String())
		if _, err := db.Ingest(t.Context(), b.B); err != nil {
			t.Fatalf("ingest article %d: %v", i, err)
		}
		texts[b.ID()] = b.B.Text
	}
	readAll := func() {
		t.Helper()
		for id, want := range texts {
			got, err := db.ArticleText(t.Context(), id)
			if err != nil {
				t.Fatalf("read text of %s: %v", id, err)
			}
			if got != want {
				t.Fatalf("text of %s came back changed (%d bytes, want %d)", id, len(got), len(want))
			}
		}
	}
	readAll()
	if sst := dirSize(t, dir, ".sst"); sst < 2*(room+slack) {
		t.Fatalf("the tables hold %d bytes, too few to tell trimmed from untrimmed", sst)
	}
	var rss int64
	deadline := time.Now().Add(8 * time.Second)
	for {
		rss = statusKB(t, "RssFile")
		if rss <= limit+slack || time.Now().After(deadline) {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if rss > limit+slack {
		t.Errorf("RssFile is %d MiB, over the limit of %d MiB (%d MiB before Open) plus %d MiB", rss>>20, limit>>20, base>>20, slack>>20)
	}
	t.Logf("RssFile %d MiB before Open, %d MiB after the trim, tables %d MiB", base>>20, rss>>20, dirSize(t, dir, ".sst")>>20)
	// The pages dropped are read back from the files.
	readAll()
}

// statusKB returns a field of /proc/self/status in bytes.
func statusKB(t *testing.T, field string) int64 {
	t.Helper()
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skipf("no /proc/self/status: %v", err)
	}
	for line := range bytes.Lines(b) {
		if rest, ok := bytes.CutPrefix(line, []byte(field+":")); ok {
			f := strings.Fields(string(rest))
			kb, err := strconv.ParseInt(f[0], 10, 64)
			if err != nil {
				t.Fatalf("/proc/self/status: %s", line)
			}
			return kb << 10
		}
	}
	t.Skipf("/proc/self/status has no %s", field)
	return 0
}

// dirSize returns the total size of the files in dir named *ext.
func dirSize(t *testing.T, dir, ext string) int64 {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var n int64
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ext) {
			fi, err := e.Info()
			if err != nil {
				t.Fatal(err)
			}
			n += fi.Size()
		}
	}
	return n
}
