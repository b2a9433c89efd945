package nlp

import (
	"errors"
	"slices"
)

// AverageParsers returns a model whose move and relation weights are the
// means of those of models, which must share their tagger's classes,
// relations and feature templates (parsers trained on the same tags with
// other seeds: the mean of a few perceptrons is an ensemble that costs
// parsing nothing but the union of their features). The tagger and the
// relabeller are the first model's.
func AverageParsers(models ...*Model) (*Model, error) {
	if len(models) == 0 {
		return nil, errors.New("nlp: averaging: no models")
	}
	first := models[0]
	trans := make([]*linear, len(models))
	labs := make([]*linear, len(models))
	for i, m := range models {
		if !slices.Equal(m.labels, first.labels) || m.templates != first.templates ||
			!slices.Equal(m.tagger.upos, first.tagger.upos) || !slices.Equal(m.tagger.xpos, first.tagger.xpos) {
			return nil, errors.New("nlp: averaging: the models have other classes or templates")
		}
		trans[i], labs[i] = asLinear(m.trans), asLinear(m.labeller)
	}
	out := &Model{tagger: first.tagger, labels: first.labels, rootLabel: first.rootLabel, templates: first.templates, relabel: first.relabel, beam: first.beam}
	out.trans = compact(averageLinear(trans))
	out.labeller = compact(averageLinear(labs))
	return out, nil
}

// averageTaggers returns a tagger whose UPOS and Penn-tag weights are
// the means of those of tgs (taggers of the same classes and dictionary
// trained with other seeds), as AverageParsers averages parsers.
func averageTaggers(tgs []tagger) tagger {
	out := tgs[0]
	us, xs := make([]*linear, len(tgs)), make([]*linear, len(tgs))
	for i := range tgs {
		us[i], xs[i] = asLinear(tgs[i].umodel), asLinear(tgs[i].xmodel)
	}
	out.umodel, out.xmodel = compact(averageLinear(us)), compact(averageLinear(xs))
	return out
}

// averageLinear returns the mean of linear models of the same classes
// over the union of their features, quantised as perceptron.averaged
// quantises.
func averageLinear(lins []*linear) *linear {
	n := lins[0].nclass
	var keys []uint64
	for _, lin := range lins {
		keys = append(keys, lin.table.sortedKeys()...)
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	sum := make([]float64, len(keys)*n)
	for _, lin := range lins {
		for i, k := range keys {
			r := lin.table.get(k)
			if r < 0 {
				continue
			}
			for c, v := range lin.w[int(r)*n : int(r)*n+n] {
				sum[i*n+c] += float64(v) * float64(lin.scale)
			}
		}
	}
	maxAbs := 0.0
	for i := range sum {
		sum[i] /= float64(len(lins))
		maxAbs = max(maxAbs, abs(sum[i]))
	}
	scale := maxAbs / 32000
	if scale == 0 {
		scale = 1
	}
	out := &linear{nclass: n, scale: float32(scale), table: newFeatTable(len(keys)), w: make([]int16, 0, len(keys)*n)}
	for i, k := range keys {
		row := make([]int16, n)
		nonzero := false
		for c := range row {
			row[c] = int16(sum[i*n+c] / scale)
			nonzero = nonzero || row[c] != 0
		}
		if !nonzero {
			continue
		}
		out.table.put(k, int32(len(out.w)/n))
		out.table.n++
		out.w = append(out.w, row...)
	}
	return out
}
