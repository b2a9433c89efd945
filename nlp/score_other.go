//go:build !amd64

package nlp

// scaleAdd adds the scaled sums of acc into out (one per class).
func scaleAdd(out []float32, acc *[maxClasses]int32, scale float32) { scaleAddGo(out, acc, scale) }

// smallScore adds the weights of feats in m into acc.
func (m *smallLinear) smallScore(feats []uint64, acc *[4]int32) { m.smallScoreGo(feats, acc) }

// sum adds the weights of feats in m into a.
func (m *moveTable) sum(feats []uint64, a *[4]int32) { m.sumGo(feats, a) }

// sum adds the weights of feats in m into acc.
func (m *sparseLinear) sum(feats []uint64, acc *[maxClasses]int32) { m.sumGo(feats, acc) }

// sum adds the weights of feats in m into acc.
func (m *jointModel) sum(feats []uint64, acc *[maxClasses]int32) { m.sumGo(feats, acc) }

// argmaxAll is argmax over every class.
func argmaxAll(scores []float32) int { return argmaxAllGo(scores) }
