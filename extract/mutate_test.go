package extract_test

import (
	"maps"
	"math/rand"
	"slices"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// TestMutatedArticlesFinishAndSliceTheText extracts randomly damaged
// copies of the corpus (deterministic seed): each must finish quickly and
// keep its offsets valid.
func TestMutatedArticlesFinishAndSliceTheText(t *testing.T) {
	x := extract.New(extract.Options{})
	rng := rand.New(rand.NewSource(1))
	specials := []string{"\"", "“", "”", "'", "’", ".", ",", "-", "‑", " ", "\n", "U.S.", "Mr.", " said ", " and ", "The ", "(", ")", "A", "Z", "'s", " of ", "—", ":"}
	// In name order: a map's order would give other mutations each run.
	c := corpus(t)
	var texts []string
	for _, name := range slices.Sorted(maps.Keys(c)) {
		texts = append(texts, c[name])
	}
	for it := 0; it < 600; it++ {
		b := []byte(texts[rng.Intn(len(texts))])
		b = b[:min(len(b), 1500)]
		for m := 0; m < 5; m++ {
			p := rng.Intn(len(b) + 1)
			switch rng.Intn(4) {
			case 3:
				b = append(b[:p], append([]byte{byte(rng.Intn(256))}, b[p:]...)...)
			case 0:
				if p < len(b) {
					b = append(b[:p], b[p+1:]...)
				}
			default:
				s := specials[rng.Intn(len(specials))]
				b = append(b[:p], append([]byte(s), b[p:]...)...)
			}
		}
		in := string(b)
		done := make(chan struct{})
		var bt *graph.Batch
		go func() {
			bt, _ = x.Extract(graph.Article{Text: in})
			close(done)
		}()
		select {
		case <-done:
			if bt != nil {
				checkBatch(t, in, bt)
			}
		case <-time.After(2 * time.Second):
			t.Fatalf("extraction did not finish within 2s on %q", in)
		}
	}
}
