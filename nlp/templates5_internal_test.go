package nlp

import (
	"slices"
	"strings"
	"testing"
)

func TestTemplateSetHas(t *testing.T) {
	s := newTemplateSet(1000, 1001, 1063, 1064, 1767)
	for _, c := range []struct {
		t    uint64
		want bool
	}{
		{1001, true}, {1063, true}, {1064, true}, {1767, true},
		{1000, false}, {1002, false}, {1065, false}, {1766, false},
		{999, false}, {1768, false}, {5001, false},
	} {
		if got := s.has(c.t); got != c.want {
			t.Errorf("has(%d) = %v, want %v", c.t, got, c.want)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("a number past the set's range made no panic")
		}
	}()
	newTemplateSet(1000, 1768)
}

// TestBuilderNumbersTheTemplatesLeft checks that a builder leaving out
// templates gives the others the hashes a builder without them gives:
// consecutive numbers from its first.
func TestBuilderNumbersTheTemplatesLeft(t *testing.T) {
	var q hashQueue
	drop := newTemplateSet(1000, 1002, 1004)
	q.drop = &drop
	b := newBuilder(1000, &q)
	b = b.add1(11)
	b = b.add2(12, 13) // 1002, left out
	b = b.add3(14, 15, 16)
	b = b.add1(17) // 1004, left out
	b = b.add2(18, 19)
	got := b.done(nil)
	q.drop = nil
	b = newBuilder(1000, &q)
	b = b.add1(11)
	b = b.add3(14, 15, 16)
	b = b.add2(18, 19)
	if want := b.done(nil); !slices.Equal(got, want) {
		t.Errorf("with templates left out: %x, want %x", got, want)
	}
}

// TestTemplates5LeaveOutTheirSets counts the move and labeller features
// of templates 5 against those of templates 4 on an invented sentence.
func TestTemplates5LeaveOutTheirSets(t *testing.T) {
	words := strings.Fields("the minister , Anna Berg , said talks would resume on Monday .")
	ws := make([]wordInfo, len(words))
	for i, w := range words {
		ws[i] = describe(&Token{Form: w}, i)
	}
	var si sentInfo
	si.fill(ws, make([]uint8, len(ws)), make([]uint8, len(ws)), 0xff)
	si.fill3(ws, make([]uint8, len(ws)), 0xff)
	var s parseState
	s.reset(len(ws))
	s.attach(5, 4, 1)
	s.stack = append(s.stack, 2, 5)
	s.b = 6
	count := func(set *templateSet) (n int) {
		for i := range set.bits {
			for b := set.bits[i]; b != 0; b &= b - 1 {
				n++
			}
		}
		return n
	}
	m4, m5 := &Model{templates: 4}, &Model{templates: 5}
	f4 := m4.moveFeatures(nil, &s, &si)
	f5 := m5.moveFeatures(nil, &s, &si)
	if len(f5) != len(f4)-count(&moveTemplates5Drop) || s.hq.drop != nil {
		t.Errorf("templates 5: %d move features (drop set left %v), want templates 4's %d less %d",
			len(f5), s.hq.drop != nil, len(f4), count(&moveTemplates5Drop))
	}
	l4 := m4.arcFeatures(nil, &s, &si, 5, 4)
	l5 := m5.arcFeatures(nil, &s, &si, 5, 4)
	if len(l5) != len(l4)-count(&labelTemplates5Drop) || s.hq.drop != nil {
		t.Errorf("templates 5: %d labeller features, want templates 4's %d less %d",
			len(l5), len(l4), count(&labelTemplates5Drop))
	}
}
