package nlp

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestDetectAVX2MatchesKernel compares detectAVX2 and detectAVX512 with
// the flags Linux reports for the processor: both read CPUID, but the
// kernel also knows whether it saves the YMM, ZMM and mask registers,
// so they must agree.
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
	has := func(flag string) bool { return slices.Contains(flags, flag) }
	if got, kernel := detectAVX2(), has("avx2"); got != kernel {
		t.Errorf("detectAVX2() = %v, but /proc/cpuinfo says avx2 is %v", got, kernel)
	}
	if got, kernel := detectAVX512(), has("avx2") && has("avx512f") && has("avx512dq"); got != kernel {
		t.Errorf("detectAVX512() = %v, but /proc/cpuinfo says avx2, avx512f and avx512dq are %v", got, kernel)
	}
}
