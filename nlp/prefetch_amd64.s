#include "textflag.h"

// func prefetchHomes(slots unsafe.Pointer, keys []uint64, shift uint)
TEXT ·prefetchHomes(SB), NOSPLIT, $0-40
	MOVQ slots+0(FP), SI
	MOVQ keys_base+8(FP), DI
	MOVQ keys_len+16(FP), BX
	MOVQ shift+32(FP), CX
	TESTQ BX, BX
	JEQ homesDone

homesLoop:
	MOVQ (DI), AX
	SHRQ CX, AX
	SHLQ $4, AX
	PREFETCHT0 (SI)(AX*1)
	ADDQ $8, DI
	DECQ BX
	JNE homesLoop

homesDone:
	RET

// func prefetch(p unsafe.Pointer)
TEXT ·prefetch(SB), NOSPLIT, $0-8
	MOVQ p+0(FP), AX
	PREFETCHT0 (AX)
	RET
