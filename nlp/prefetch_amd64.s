#include "textflag.h"

// func prefetchHomes(slots unsafe.Pointer, keys []uint64, shift uint)
//
// Four keys a round, then one at a time.
TEXT ·prefetchHomes(SB), NOSPLIT, $0-40
	MOVQ slots+0(FP), SI
	MOVQ keys_base+8(FP), DI
	MOVQ keys_len+16(FP), BX
	MOVQ shift+32(FP), CX

homes4:
	CMPQ BX, $4
	JLT homes1
	MOVQ (DI), AX
	MOVQ 8(DI), DX
	SHRQ CX, AX
	SHRQ CX, DX
	SHLQ $4, AX
	SHLQ $4, DX
	PREFETCHT0 (SI)(AX*1)
	PREFETCHT0 (SI)(DX*1)
	MOVQ 16(DI), AX
	MOVQ 24(DI), DX
	SHRQ CX, AX
	SHRQ CX, DX
	SHLQ $4, AX
	SHLQ $4, DX
	PREFETCHT0 (SI)(AX*1)
	PREFETCHT0 (SI)(DX*1)
	ADDQ $32, DI
	SUBQ $4, BX
	JMP homes4

homes1:
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
