#include "textflag.h"

// func addDenseAVX2(acc *int32, row *uint32, words int)
//
// acc[2j] += int16(row[j]); acc[2j+1] += int16(row[j]>>16) for j < words:
// eight classes at a time (VPMOVSXWD widens eight int16 weights).
TEXT ·addDenseAVX2(SB), NOSPLIT, $0-24
	MOVQ acc+0(FP), DI
	MOVQ row+8(FP), SI
	MOVQ words+16(FP), CX

eight:
	CMPQ CX, $4
	JLT  four
	VPMOVSXWD (SI), Y0
	VPADDD    (DI), Y0, Y0
	VMOVDQU   Y0, (DI)
	ADDQ $16, SI
	ADDQ $32, DI
	SUBQ $4, CX
	JMP  eight

four:
	CMPQ CX, $2
	JLT  two
	VPMOVSXWD (SI), X0
	VPADDD    (DI), X0, X0
	VMOVDQU   X0, (DI)
	ADDQ $8, SI
	ADDQ $16, DI
	SUBQ $2, CX

two:
	TESTQ CX, CX
	JEQ   done
	MOVWLSX (SI), AX
	ADDL    AX, (DI)
	MOVWLSX 2(SI), AX
	ADDL    AX, 4(DI)

done:
	VZEROUPPER
	RET

// func scaleAddAVX2(out *float32, acc *int32, n int, scale float32)
//
// out[c] += float32(acc[c]) * scale for c < n, n a multiple of 8: the
// same single-precision conversion, product and sum as the Go loop.
TEXT ·scaleAddAVX2(SB), NOSPLIT, $0-28
	MOVQ out+0(FP), DI
	MOVQ acc+8(FP), SI
	MOVQ n+16(FP), CX
	VBROADCASTSS scale+24(FP), Y1

scale8:
	CMPQ CX, $8
	JLT  scaleDone
	VCVTDQ2PS (SI), Y0
	VMULPS    Y1, Y0, Y0
	VADDPS    (DI), Y0, Y0
	VMOVUPS   Y0, (DI)
	ADDQ $32, SI
	ADDQ $32, DI
	SUBQ $8, CX
	JMP  scale8

scaleDone:
	VZEROUPPER
	RET

// func smallScoreAVX2(slots unsafe.Pointer, mask uint64, shift uint, feats []uint64, acc *[4]int32)
//
// For each feature of feats, finds its 16-byte slot (key, then four
// int16 weights) by linear probing from its home, feature>>shift, and
// adds the weights of a hit into acc: smallLinear.score's loop, the
// four weights widened and added in one instruction each.
TEXT ·smallScoreAVX2(SB), NOSPLIT, $0-56
	MOVQ slots+0(FP), SI
	MOVQ mask+8(FP), R8
	MOVQ shift+16(FP), CX
	MOVQ feats_base+24(FP), DI
	MOVQ feats_len+32(FP), BX
	MOVQ acc+48(FP), R9
	VMOVDQU (R9), X0
	TESTQ BX, BX
	JEQ   smallDone

smallFeat:
	MOVQ (DI), AX
	MOVQ AX, DX
	SHRQ CX, DX

smallProbe:
	MOVQ DX, R10
	SHLQ $4, R10
	MOVQ (SI)(R10*1), R11
	CMPQ R11, AX
	JEQ  smallHit
	TESTQ R11, R11
	JEQ  smallNext
	INCQ DX
	ANDQ R8, DX
	JMP  smallProbe

smallHit:
	VPMOVSXWD 8(SI)(R10*1), X1
	VPADDD    X1, X0, X0

smallNext:
	ADDQ $8, DI
	DECQ BX
	JNE  smallFeat

smallDone:
	VMOVDQU X0, (R9)
	VZEROUPPER
	RET
