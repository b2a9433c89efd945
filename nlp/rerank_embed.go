package nlp

import (
	_ "embed" // the reranker
	"sync"
)

// embeddedRerank is the reranker of the embedded model's beam, trained
// by cmd/nlptrain -reranker-only on the final items of jackknifed
// parsers over EWT train (BENCHMARKS.md "A reranker of the beam's final
// parses"). It fits the embedded model's beam scores: a retrained model
// needs its own.
//
//go:embed model/en_ewt.rerank
var embeddedRerank []byte

var (
	rerankOnce sync.Once
	rerankDef  *Reranker
	rerankErr  error
)

// embeddedReranker returns the embedded reranker, loading it on first
// use; every model shares it.
func embeddedReranker() (*Reranker, error) {
	rerankOnce.Do(func() {
		rerankDef, rerankErr = loadReranker(embeddedRerank)
	})
	return rerankDef, rerankErr
}
