//go:build !amd64

package nlp

const haveAVX512 = false

func hashQueueAVX512(q *hashQueue, n int) { q.hashGo(n) }
