package nlp

import (
	"syscall"
	"testing"
	"time"
)

// BenchmarkLoadModel loads the embedded model, relabeller and reranker
// as Default does, from the executable's bytes; cpu-ms/op is the process's CPU time
// (user and system: most of a fresh process's loading is the kernel
// handing it zeroed pages for the hash tables).
func BenchmarkLoadModel(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(embeddedModel) + len(embeddedRelabel) + len(embeddedRerank)))
	cpu := processCPU()
	for range b.N {
		if _, err := loadRelabeller(embeddedRelabel); err != nil {
			b.Fatal(err)
		}
		if _, err := loadReranker(embeddedRerank); err != nil {
			b.Fatal(err)
		}
		if _, err := loadModel(embeddedModel); err != nil {
			b.Fatal(err)
		}
	}
	if used := processCPU() - cpu; used > 0 {
		b.ReportMetric(float64(used.Milliseconds())/float64(b.N), "cpu-ms/op")
	}
}

// processCPU returns the process's CPU time, user and system.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
