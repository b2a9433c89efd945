package nlp

import (
	"os"
	"strings"
	"testing"
)

// TestDetectAVX2MatchesKernel compares detectAVX2 with the flags Linux
// reports for the processor: both read CPUID, but the kernel also knows
// whether it saves the YMM registers, so they must agree.
func TestDetectAVX2MatchesKernel(t *testing.T) {
	info, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		t.Skipf("no /proc/cpuinfo to compare with: %v", err)
	}
	var flags []string
	for line := range strings.SplitSeq(string(info), "\n") {
		if name, value, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(name) == "flags" {
			flags = strings.Fields(value)
			break
		}
	}
	if flags == nil {
		t.Skip("no flags line in /proc/cpuinfo")
	}
	kernel := false
	for _, f := range flags {
		if f == "avx2" {
			kernel = true
		}
	}
	if got := detectAVX2(); got != kernel {
		t.Errorf("detectAVX2() = %v, but /proc/cpuinfo says avx2 is %v", got, kernel)
	}
}
