package extract_test

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime returns the process's CPU time (user and system): on a shared
// machine, MB per CPU second is the speed per core that wall time hides.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds the benchmark's MB per CPU second and CPU ms per pass.
func reportCPU(b *testing.B, start time.Duration, size int) {
	if used := cpuTime() - start; used > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/used.Seconds()/1e6, "MB/cpu-s")
		b.ReportMetric(used.Seconds()*1e3/float64(b.N), "cpu-ms/op")
	}
}
