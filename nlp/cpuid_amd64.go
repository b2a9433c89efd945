package nlp

// The processor's features, read here rather than through
// golang.org/x/sys/cpu so that the package keeps to the standard
// library (issue 11); the checks are those of Go's internal/cpu.

// cpuid executes CPUID with the given EAX and ECX (cpuid_amd64.s).
func cpuid(eaxArg, ecxArg uint32) (eax, ebx, ecx, edx uint32)

// xgetbv reads XCR0, the register of the states the operating system
// saves (cpuid_amd64.s).
func xgetbv() (eax, edx uint32)

// detectAVX2 tells whether the processor has AVX2 and the operating
// system saves the YMM registers across context switches: without the
// second, AVX2 instructions would corrupt other threads' registers.
func detectAVX2() bool {
	maxID, _, _, _ := cpuid(0, 0)
	if maxID < 7 {
		return false
	}
	_, _, ecx1, _ := cpuid(1, 0)
	const osxsave, avx = 1 << 27, 1 << 28
	if ecx1&osxsave == 0 || ecx1&avx == 0 {
		return false
	}
	if xcr0, _ := xgetbv(); xcr0&0b110 != 0b110 { // XMM and YMM state
		return false
	}
	_, ebx7, _, _ := cpuid(7, 0)
	const avx2 = 1 << 5
	return ebx7&avx2 != 0
}

// detectAVX512 tells whether the processor has AVX-512 F and DQ (the
// 64-bit products) and the operating system saves the mask and ZMM
// registers.
func detectAVX512() bool {
	if !detectAVX2() {
		return false
	}
	if xcr0, _ := xgetbv(); xcr0&0b1110_0110 != 0b1110_0110 { // XMM, YMM, opmask, ZMM
		return false
	}
	_, ebx7, _, _ := cpuid(7, 0)
	const avx512f, avx512dq = 1 << 16, 1 << 17
	return ebx7&avx512f != 0 && ebx7&avx512dq != 0
}
