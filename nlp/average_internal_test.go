package nlp

import (
	"math"
	"testing"
)

// linearOf builds a linear model of nclass classes from rows of float
// weights, quantised as perceptron.averaged quantises.
func linearOf(nclass int, rows map[uint64][]float64) *linear {
	p := newPerceptron(nclass)
	for k, ws := range rows {
		r := p.row(k)
		for c, v := range ws {
			p.w[int(r)*nclass+c] = float32(v)
		}
	}
	p.step = 1
	for i := range p.stamp {
		p.stamp[i] = 0
	}
	return p.averaged(0)
}

func weightOf(lin *linear, key uint64, class int) float64 {
	r := lin.table.get(key)
	if r < 0 {
		return 0
	}
	return float64(lin.w[int(r)*lin.nclass+class]) * float64(lin.scale)
}

func TestAverageLinearIsTheMeanOverTheUnionOfFeatures(t *testing.T) {
	a := linearOf(3, map[uint64][]float64{1: {2, -4, 0}, 2: {10, 0, 0}})
	b := linearOf(3, map[uint64][]float64{1: {4, 0, 0}, 3: {0, 0, -6}, 4: {1, -1, 0}})
	avg := averageLinear([]*linear{a, b})
	for _, c := range []struct {
		key   uint64
		class int
		want  float64
	}{
		{1, 0, 3}, {1, 1, -2}, {1, 2, 0}, // in both
		{2, 0, 5}, // in a only: half its weight
		{3, 2, -3},
		{4, 0, 0.5}, {4, 1, -0.5},
		{5, 0, 0}, // in neither
	} {
		if got := weightOf(avg, c.key, c.class); math.Abs(got-c.want) > 1e-3 {
			t.Errorf("feature %d class %d: weight %.4f, want %.4f", c.key, c.class, got, c.want)
		}
	}
	if avg.table.n != 4 {
		t.Errorf("%d features, want the union's 4", avg.table.n)
	}
	// The mean of a model with itself is the model.
	self := averageLinear([]*linear{a, a})
	for _, k := range []uint64{1, 2} {
		for c := 0; c < 3; c++ {
			if weightOf(self, k, c) != weightOf(a, k, c) {
				t.Errorf("feature %d class %d: %.4f averaged with itself, was %.4f", k, c, weightOf(self, k, c), weightOf(a, k, c))
			}
		}
	}
}
