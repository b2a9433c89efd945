package store

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestHeadJSONIsMarshals: headJSON writes what json.Marshal writes, for
// heads of plain strings (the fast path) and of strings that need
// escaping, non-ASCII or invalid UTF-8 (left to json.Marshal), with
// every optional field present or absent.
func TestHeadJSONIsMarshals(t *testing.T) {
	strs := []string{"", "a", "rel_3f2a9c", "act_brian-griffin", "2025-01-02", "asserted", "planned",
		"met with", "x y z", "<b>", "a&b", `q"uote`, `back\slash`, "tab\there", "nl\n", "\x00", "\x7f",
		"caf\u00e9", "\u2028", "\u2029", "日本", "\xff\xfe", "a\xc3", "~!@#$%^*()_+={}[]|:;',.?/`"}
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func() string {
		if rng.IntN(4) == 0 {
			b := make([]byte, rng.IntN(6))
			for i := range b {
				b[i] = byte(rng.IntN(256))
			}
			return string(b)
		}
		return strs[rng.IntN(len(strs))]
	}
	check := func(h edgeHead) {
		t.Helper()
		want, werr := json.Marshal(h)
		got, gerr := headJSON(&h)
		if !bytes.Equal(got, want) || (werr == nil) != (gerr == nil) {
			t.Fatalf("%+v:\n got %q %v\nwant %q %v", h, got, gerr, want, werr)
		}
	}
	check(edgeHead{})
	check(edgeHead{ID: "rel_1", Source: "act_a", Target: "act_b", Class: graph.Consult, Articles: 1, First: "2025-01-01", Last: "2025-01-02"})
	check(edgeHead{ID: "e", Articles: -3, inline: "x"})
	for range 50000 {
		h := edgeHead{ID: graph.ID(pick()), Source: graph.ID(pick()), Target: graph.ID(pick()),
			Class: graph.EdgeClass(pick()), Verb: pick(), First: pick(), Last: pick(), Modality: graph.Modality(pick())}
		switch rng.IntN(4) {
		case 1:
			h.Articles = rng.IntN(10)
		case 2:
			h.Articles = rng.Int()
		case 3:
			h.Articles = -rng.IntN(1000)
		}
		check(h)
	}
}

// BenchmarkHeadJSON compares a typical new edge's head written both ways.
func BenchmarkHeadJSON(b *testing.B) {
	h := edgeHead{ID: "rel_3f2a9c81d0e4b7a5", Source: "act_brian-griffin", Target: "act_united-states", Class: graph.Consult,
		Verb: "met", Articles: 1, First: "2025-06-01", Last: "2025-06-01", Modality: "planned"}
	b.Run("marshal", func(b *testing.B) {
		for range b.N {
			json.Marshal(h)
		}
	})
	b.Run("headJSON", func(b *testing.B) {
		for range b.N {
			headJSON(&h)
		}
	})
}
