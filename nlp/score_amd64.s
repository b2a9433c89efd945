#include "textflag.h"

// The dense rows' sums stay in registers while a scorer runs: classes
// 8k to 8k+7 in Y(8+k), for the 64 classes an accumulator holds (a row
// has at most 32 words). Each chunk of four words (eight classes) is
// one widening and one addition; adding into the accumulator in memory
// instead loaded and stored it for every chunk of every row, each row's
// load waiting on the row before's store. Sparse entries still add into
// memory, and DENSE_FLUSH adds the registers in at the end: the same
// integer sums in another order.

#define DENSE_CLEAR \
	VPXOR Y8, Y8, Y8 \
	VPXOR Y9, Y9, Y9 \
	VPXOR Y10, Y10, Y10 \
	VPXOR Y11, Y11, Y11 \
	VPXOR Y12, Y12, Y12 \
	VPXOR Y13, Y13, Y13 \
	VPXOR Y14, Y14, Y14 \
	VPXOR Y15, Y15, Y15

#define DENSE_FLUSH1(off, reg) \
	VPADDD off(R9), reg, reg \
	VMOVDQU reg, off(R9)

#define DENSE_FLUSH \
	DENSE_FLUSH1(0, Y8) \
	DENSE_FLUSH1(32, Y9) \
	DENSE_FLUSH1(64, Y10) \
	DENSE_FLUSH1(96, Y11) \
	DENSE_FLUSH1(128, Y12) \
	DENSE_FLUSH1(160, Y13) \
	DENSE_FLUSH1(192, Y14) \
	DENSE_FLUSH1(224, Y15)

// DENSE_CHUNK adds chunk k of a dense row (R11 its words, R8 their
// number) into reg when the row has it whole, else goes to the tail.
#define DENSE_CHUNK(words, off, reg, tail) \
	CMPL R8, $words \
	JLT  tail \
	VPMOVSXWD off(R11), Y0 \
	VPADDD Y0, reg, reg

// DENSE_TAIL adds the row's last one to three words, at off, into reg:
// R8 - (words of the whole chunks before) of them.
#define DENSE_TAIL(before, off, reg, next) \
	SUBL  $before, R8 \
	JEQ   next \
	VMOVD off(R11), X0 \
	CMPL  R8, $2 \
	JLT   4(PC) \
	VMOVQ off(R11), X0 \
	JEQ   2(PC) \
	VPINSRD $2, off+8(R11), X0, X0 \
	VPMOVSXWD X0, Y0 \
	VPADDD Y0, reg, reg \
	JMP next

// DENSE_ROW adds a dense row (R11 its words, R8 their number, at most
// 32) into Y8-Y15, then goes to next.
#define DENSE_ROW(next, t0, t1, t2, t3, t4, t5, t6, t7) \
	DENSE_CHUNK(4, 0, Y8, t0) \
	DENSE_CHUNK(8, 16, Y9, t1) \
	DENSE_CHUNK(12, 32, Y10, t2) \
	DENSE_CHUNK(16, 48, Y11, t3) \
	DENSE_CHUNK(20, 64, Y12, t4) \
	DENSE_CHUNK(24, 80, Y13, t5) \
	DENSE_CHUNK(28, 96, Y14, t6) \
	DENSE_CHUNK(32, 112, Y15, t7) \
	JMP next \
t0: \
	DENSE_TAIL(0, 0, Y8, next) \
t1: \
	DENSE_TAIL(4, 16, Y9, next) \
t2: \
	DENSE_TAIL(8, 32, Y10, next) \
t3: \
	DENSE_TAIL(12, 48, Y11, next) \
t4: \
	DENSE_TAIL(16, 64, Y12, next) \
t5: \
	DENSE_TAIL(20, 80, Y13, next) \
t6: \
	DENSE_TAIL(24, 96, Y14, next) \
t7: \
	DENSE_TAIL(28, 112, Y15, next)

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

// func moveScoreAVX2(buckets unsafe.Pointer, shift uint, feats []uint64, acc *[4]int32) int
//
// moveTable.find for each feature of feats, adding the weights found
// into acc: the low 32 bits of the tag (the key's, whatever the
// displacement) compared with the bucket's five in one instruction,
// then the 16-bit high tag (the key's bits 32 up to the home's, and
// the displacement) of a lane that matched; then the next bucket, with
// displacement one more, while the bucket says keys spill past it (at
// most 3). Weights accumulate in X0 as (junk, w0, w1, w2): the 8 bytes
// read end at the slot's last weight, so that they never leave the
// bucket. Free slots are not told apart: they are all zero, weights
// too, and come after the taken ones, so that a lookup matching one (a
// tag of 0) adds nothing, and a bucket with a free slot has no key past
// it. Returns at a feature found in no bucket whose home's bucketFar is
// set, with its index; else len(feats). (shift is at least 32: a table
// would need 2^32 buckets for it to be less.)
TEXT ·moveScoreAVX2(SB), NOSPLIT, $0-56
	MOVQ buckets+0(FP), SI
	MOVQ shift+8(FP), CX
	MOVQ feats_base+16(FP), DI
	MOVQ feats_len+24(FP), BX
	MOVQ $1, R8
	SHLQ CX, R8
	DECQ R8
	SHRQ $32, R8 // the key bits of the high tag
	VPXOR X0, X0, X0
	XORQ R14, R14 // features done
	TESTQ BX, BX
	JEQ   moveDone

moveFeat:
	MOVQ         (DI)(R14*8), AX
	VPBROADCASTD (DI)(R14*8), Y1 // the low tag, in each lane
	MOVQ         AX, R13
	SHRQ         CX, R13
	SHLQ         $6, R13
	ADDQ         SI, R13 // home bucket
	SHRQ         $32, AX
	ANDQ         R8, AX  // the high tag at displacement 0
	MOVQ         R13, R10

moveProbe:
	VPCMPEQD  4(R10), Y1, Y2
	VMOVMSKPS Y2, R11
	ANDL      $31, R11 // the five slots' lanes
	JNE       moveLane

moveSpill:
	TESTL $8, (R10) // bucketSpills
	JEQ   moveAbsent
	ADDQ  $64, R10
	ADDL  $0x4000, AX // displacement one more (bit moveTagBits-32)
	CMPL  AX, $0x10000
	JLT   moveProbe

moveAbsent:
	TESTL $16, (R13) // bucketFar
	JNE   moveDone

moveNext:
	INCQ R14
	CMPQ R14, BX
	JLT  moveFeat
	JMP  moveDone

moveLane:
	BSFL    R11, R9
	MOVWLZX 24(R10)(R9*2), R12
	CMPL    R12, AX
	JEQ     moveHit
	BLSRL   R11, R11
	JNE     moveLane
	JMP     moveSpill

moveHit:
	LEAQ      (R9)(R9*2), R12
	VPMOVSXWD 32(R10)(R12*2), X3
	VPADDD    X3, X0, X0
	JMP       moveNext

moveDone:
	MOVQ    R14, ret+48(FP)
	VPSRLDQ $4, X0, X0
	MOVQ    acc+40(FP), R9
	VPADDD  (R9), X0, X0
	VMOVDQU X0, (R9)
	VZEROUPPER
	RET

// func sparseScoreAVX2(slots unsafe.Pointer, mask uint64, shift uint, feats []uint64, entries unsafe.Pointer, acc *[64]int32)
//
// sparseLinear.score's loop: for each batch of up to 32 features, find
// their 16-byte slots (key, off, cnt) by linear probing from the home,
// feature>>shift, asking for each found row's weights (entries[off:])
// as it is found; then add the rows: a dense row (cnt bit 31) eight
// classes an instruction into Y8-Y15 (DENSE_ROW), added into acc at the
// end, a sparse one entry by entry into acc (class in the high half,
// masked to 63, int16 weight in the low half).
TEXT ·sparseScoreAVX2(SB), NOSPLIT, $144-64
	MOVQ slots+0(FP), SI
	MOVQ mask+8(FP), R8
	MOVQ shift+16(FP), CX
	MOVQ feats_base+24(FP), DI
	MOVQ feats_len+32(FP), BX
	MOVQ entries+48(FP), R12
	MOVQ acc+56(FP), R9

	DENSE_CLEAR

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
	DENSE_ROW(sparseRow, sparseTail0, sparseTail1, sparseTail2, sparseTail3, sparseTail4, sparseTail5, sparseTail6, sparseTail7)

sparseBatchEnd:
	MOVQ 128(SP), CX
	MOVQ 136(SP), R8
	JMP  sparseBatch

sparseDone:
	MOVQ acc+56(FP), R9
	DENSE_FLUSH
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

	DENSE_CLEAR

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
	DENSE_ROW(jointRow, jointTail0, jointTail1, jointTail2, jointTail3, jointTail4, jointTail5, jointTail6, jointTail7)

jointBatchEnd:
	MOVQ 160(SP), CX
	MOVQ 168(SP), R8
	JMP  jointBatch

jointDone:
	MOVQ acc+56(FP), R9
	DENSE_FLUSH
	VZEROUPPER
	RET

// func argmaxAVX2(scores *float32, n int) int
//
// argmaxAll's result for n ≥ 1 scores, eight classes an instruction:
// the greatest score M of those that are not NaN (VMAXPS with the score
// first returns the running maximum when the score is NaN), then the
// first class whose score equals M, which is the class the loop's
// strictly-greater updates keep (0 and -0 compare equal, there as
// here). A NaN first score wins, as in the loop, which finds nothing
// greater.
TEXT ·argmaxAVX2(SB), NOSPLIT, $0-24
	MOVQ scores+0(FP), SI
	MOVQ n+8(FP), CX
	XORQ AX, AX
	VBROADCASTSS (SI), Y1 // NaN when the first score is: then no score equals M, and the class is 0
	MOVQ CX, DX
	ANDQ $-8, DX // the classes in whole vectors

argmaxMax8:
	CMPQ    AX, DX
	JGE     argmaxMaxTail
	VMOVUPS (SI)(AX*4), Y0
	VMAXPS  Y1, Y0, Y1
	ADDQ    $8, AX
	JMP     argmaxMax8

argmaxMaxTail:
	CMPQ         AX, CX
	JGE          argmaxReduce
	VBROADCASTSS (SI)(AX*4), Y0
	VMAXPS       Y1, Y0, Y1
	INCQ         AX
	JMP          argmaxMaxTail

argmaxReduce:
	VEXTRACTF128 $1, Y1, X2
	VMAXPS       X2, X1, X1
	VPERMILPS    $0x4e, X1, X2
	VMAXPS       X2, X1, X1
	VPERMILPS    $0xb1, X1, X2
	VMAXPS       X2, X1, X1
	VBROADCASTSS X1, Y1
	XORQ         AX, AX

argmaxFind8:
	CMPQ      AX, DX
	JGE       argmaxFindTail
	VCMPPS    $0, (SI)(AX*4), Y1, Y0 // equal, ordered
	VMOVMSKPS Y0, BX
	TESTL     BX, BX
	JNE       argmaxFound
	ADDQ      $8, AX
	JMP       argmaxFind8

argmaxFound:
	BSFL BX, BX
	ADDQ BX, AX
	JMP  argmaxDone

argmaxFindTail:
	CMPQ     AX, CX
	JGE      argmaxNone
	VUCOMISS (SI)(AX*4), X1
	JPS      2(PC)
	JEQ      argmaxDone
	INCQ     AX
	JMP      argmaxFindTail

argmaxNone:
	XORQ AX, AX

argmaxDone:
	VZEROUPPER
	MOVQ AX, ret+16(FP)
	RET
