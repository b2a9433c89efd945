#include "textflag.h"

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

// func sparseScoreAVX2(slots unsafe.Pointer, mask uint64, shift uint, feats []uint64, entries unsafe.Pointer, acc *[64]int32)
//
// sparseLinear.score's loop: for each batch of up to 32 features, find
// their 16-byte slots (key, off, cnt) by linear probing from the home,
// feature>>shift, asking for each found row's weights (entries[off:])
// as it is found; then add the rows into acc: a dense row (cnt bit 31)
// eight classes an instruction, a sparse one entry by entry (class in
// the high half, masked to 63, int16 weight in the low half).
TEXT ·sparseScoreAVX2(SB), NOSPLIT, $144-64
	MOVQ slots+0(FP), SI
	MOVQ mask+8(FP), R8
	MOVQ shift+16(FP), CX
	MOVQ feats_base+24(FP), DI
	MOVQ feats_len+32(FP), BX
	MOVQ entries+48(FP), R12
	MOVQ acc+56(FP), R9

sparseBatch:
	TESTQ BX, BX
	JEQ   sparseDone
	XORQ  R13, R13 // rows found in this batch, their slots' byte offsets at 0(SP)

sparseFind:
	TESTQ BX, BX
	JEQ   sparseAdd
	CMPQ  R13, $32
	JEQ   sparseAdd
	MOVQ  (DI), AX
	ADDQ  $8, DI
	DECQ  BX
	MOVQ  AX, DX
	SHRQ  CX, DX

sparseProbe:
	MOVQ  DX, R10
	SHLQ  $4, R10
	MOVQ  (SI)(R10*1), R11
	CMPQ  R11, AX
	JEQ   sparseFound
	TESTQ R11, R11
	JEQ   sparseFind
	INCQ  DX
	ANDQ  R8, DX
	JMP   sparseProbe

sparseFound:
	MOVL  12(SI)(R10*1), R11
	TESTL R11, R11
	JEQ   sparseFind
	MOVL  8(SI)(R10*1), AX
	PREFETCHT0 (R12)(AX*4)
	ANDL  $0x7fffffff, R11
	LEAL  -1(AX)(R11*1), R11
	PREFETCHT0 (R12)(R11*4) // the row's last line (a row spans one or two)
	MOVL  R10, (SP)(R13*4)
	INCQ  R13
	JMP   sparseFind

sparseAdd:
	MOVQ CX, 128(SP)
	MOVQ R8, 136(SP)
	XORQ CX, CX

sparseRow:
	CMPQ CX, R13
	JEQ  sparseBatchEnd
	MOVL (SP)(CX*4), R10
	INCQ CX
	MOVL 8(SI)(R10*1), R11
	MOVL 12(SI)(R10*1), R8
	LEAQ (R12)(R11*4), R11
	BTRL $31, R8
	JCS  sparseDense
	TESTL R8, R8
	JEQ  sparseRow

sparseEntry:
	MOVL    (R11), AX
	MOVWLSX AX, DX
	SHRL    $16, AX
	ANDL    $63, AX
	ADDL    DX, (R9)(AX*4)
	ADDQ    $4, R11
	DECL    R8
	JNE     sparseEntry
	JMP     sparseRow

sparseDense:
	CMPL R8, $32
	JLE  sparseDenseLen
	MOVL $32, R8

sparseDenseLen:
	MOVQ R9, AX

sparseDense8:
	CMPL R8, $4
	JLT  sparseDense4
	VPMOVSXWD (R11), Y0
	VPADDD    (AX), Y0, Y0
	VMOVDQU   Y0, (AX)
	ADDQ $16, R11
	ADDQ $32, AX
	SUBL $4, R8
	JMP  sparseDense8

sparseDense4:
	CMPL R8, $2
	JLT  sparseDense2
	VPMOVSXWD (R11), X0
	VPADDD    (AX), X0, X0
	VMOVDQU   X0, (AX)
	ADDQ $8, R11
	ADDQ $16, AX
	SUBL $2, R8

sparseDense2:
	TESTL R8, R8
	JEQ   sparseRow
	MOVWLSX (R11), DX
	ADDL    DX, (AX)
	MOVWLSX 2(R11), DX
	ADDL    DX, 4(AX)
	JMP     sparseRow

sparseBatchEnd:
	MOVQ 128(SP), CX
	MOVQ 136(SP), R8
	JMP  sparseBatch

sparseDone:
	VZEROUPPER
	RET

// func jointScoreAVX2(slots unsafe.Pointer, mask uint64, shift uint, feats []uint64, entries unsafe.Pointer, acc *[64]int32, field uintptr, before uint32)
//
// sparseScoreAVX2's loop over a jointSparse's 16-byte slots (key, base,
// then each model's row as a byte: present, dense, words): the model's
// byte is at byte field of the slot, and its row starts at base plus
// the words of the bytes before it (the slot's bytes 12–15 masked with
// before, whose bytes add up in one multiplication).
TEXT ·jointScoreAVX2(SB), NOSPLIT, $176-76
	MOVQ slots+0(FP), SI
	MOVQ mask+8(FP), R8
	MOVQ shift+16(FP), CX
	MOVQ feats_base+24(FP), DI
	MOVQ feats_len+32(FP), BX
	MOVQ entries+48(FP), R12
	MOVQ acc+56(FP), R9
	MOVQ field+64(FP), R15
	ADDQ SI, R15 // the model's byte of slot i at (R15)(i*16)
	MOVL before+72(FP), R14

jointBatch:
	TESTQ BX, BX
	JEQ   jointDone
	XORQ  R13, R13 // rows found in this batch: their offsets at 0(SP), their bytes at 128(SP)

jointFind:
	TESTQ BX, BX
	JEQ   jointAdd
	CMPQ  R13, $32
	JEQ   jointAdd
	MOVQ  (DI), AX
	ADDQ  $8, DI
	DECQ  BX
	MOVQ  AX, DX
	SHRQ  CX, DX

jointProbe:
	MOVQ  DX, R10
	SHLQ  $4, R10
	MOVQ  (SI)(R10*1), R11
	CMPQ  R11, AX
	JEQ   jointFound
	TESTQ R11, R11
	JEQ   jointFind
	INCQ  DX
	ANDQ  R8, DX
	JMP   jointProbe

jointFound:
	MOVBLZX (R15)(R10*1), R11
	TESTL   $0x7f, R11 // no words, and not dense
	JEQ     jointFind
	MOVL    12(SI)(R10*1), DX
	ANDL    R14, DX
	IMUL3L  $0x01010101, DX, DX
	SHRL    $24, DX
	ADDL    8(SI)(R10*1), DX // the row's offset
	PREFETCHT0 (R12)(DX*4)
	MOVL    R11, AX
	ANDL    $0x3f, AX
	LEAL    -1(DX)(AX*1), AX
	PREFETCHT0 (R12)(AX*4) // the row's last line (a row spans one or two)
	MOVL    DX, (SP)(R13*4)
	MOVB    R11, 128(SP)(R13*1)
	INCQ    R13
	JMP     jointFind

jointAdd:
	MOVQ CX, 160(SP)
	MOVQ R8, 168(SP)
	XORQ CX, CX

jointRow:
	CMPQ    CX, R13
	JEQ     jointBatchEnd
	MOVL    (SP)(CX*4), R11
	MOVBLZX 128(SP)(CX*1), R8
	INCQ    CX
	ANDL    $0x7f, R8 // present
	LEAQ    (R12)(R11*4), R11
	BTRL    $6, R8
	JCS     jointDense
	TESTL   R8, R8
	JEQ     jointRow

jointEntry:
	MOVL    (R11), AX
	MOVWLSX AX, DX
	SHRL    $16, AX
	ANDL    $63, AX
	ADDL    DX, (R9)(AX*4)
	ADDQ    $4, R11
	DECL    R8
	JNE     jointEntry
	JMP     jointRow

jointDense:
	CMPL R8, $32
	JLE  jointDenseLen
	MOVL $32, R8

jointDenseLen:
	MOVQ R9, AX

jointDense8:
	CMPL R8, $4
	JLT  jointDense4
	VPMOVSXWD (R11), Y0
	VPADDD    (AX), Y0, Y0
	VMOVDQU   Y0, (AX)
	ADDQ $16, R11
	ADDQ $32, AX
	SUBL $4, R8
	JMP  jointDense8

jointDense4:
	CMPL R8, $2
	JLT  jointDense2
	VPMOVSXWD (R11), X0
	VPADDD    (AX), X0, X0
	VMOVDQU   X0, (AX)
	ADDQ $8, R11
	ADDQ $16, AX
	SUBL $2, R8

jointDense2:
	TESTL R8, R8
	JEQ   jointRow
	MOVWLSX (R11), DX
	ADDL    DX, (AX)
	MOVWLSX 2(R11), DX
	ADDL    DX, 4(AX)
	JMP     jointRow

jointBatchEnd:
	MOVQ 160(SP), CX
	MOVQ 168(SP), R8
	JMP  jointBatch

jointDone:
	VZEROUPPER
	RET
