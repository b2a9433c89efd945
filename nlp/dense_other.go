//go:build !amd64

package nlp

// addDense adds a dense row (see sparseLinear) into acc, two classes a word.
func addDense(acc *[maxClasses]int32, row []uint32) { addDenseGo(acc, row) }

// scaleAdd adds the scaled sums of acc into out (one per class).
func scaleAdd(out []float32, acc *[maxClasses]int32, scale float32) { scaleAddGo(out, acc, scale) }

// smallScore adds the weights of feats in m into acc.
func (m *smallLinear) smallScore(feats []uint64, acc *[4]int32) { m.smallScoreGo(feats, acc) }

// sum adds the weights of feats in m into acc.
func (m *sparseLinear) sum(feats []uint64, acc *[maxClasses]int32) { m.sumGo(feats, acc) }
