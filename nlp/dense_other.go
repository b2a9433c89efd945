//go:build !amd64

package nlp

// addDense adds a dense row (see sparseLinear) into acc, two classes a word.
func addDense(acc *[maxClasses]int32, row []uint32) { addDenseGo(acc, row) }
