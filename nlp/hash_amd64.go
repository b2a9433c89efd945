package nlp

// haveAVX512 tells whether hashQueueAVX512 may run.
var haveAVX512 = detectAVX512()

// hashQueueAVX512 sets q.h[:n] as q.hashGo(n) does (hash_amd64.s).
//
//go:noescape
func hashQueueAVX512(q *hashQueue, n int)
