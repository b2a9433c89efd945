#include "textflag.h"
#include "go_asm.h"

// Eight features a round, as hashQueue.hashGo does one: the same
// 64-bit sums, shifts, exclusive ors and products (VPMULLQ keeps the low
// 64 bits, as Go's multiplication does).

// MIXT sets H to mix(H, V) in each lane with A and B for temporaries.
#define MIXT(H, V, A, B) \
	VPSLLQ  $6, H, A; \
	VPSRLQ  $2, H, B; \
	VPADDQ  V, A, A; \
	VPADDQ  B, A, A; \
	VPADDQ  Z20, A, A; \
	VPXORQ  A, H, H; \
	VPSRLQ  $30, H, A; \
	VPXORQ  A, H, H; \
	VPMULLQ Z21, H, H; \
	VPSRLQ  $27, H, A; \
	VPXORQ  A, H, H; \
	VPMULLQ Z22, H, H; \
	VPSRLQ  $31, H, A; \
	VPXORQ  A, H, H

// MIX4 is MIXT of four groups of lanes, Hk = mix(Hk, Vk), written one
// after the other: four independent chains (Z10–Z17 are clobbered).
#define MIX4(H0, H1, H2, H3, V0, V1, V2, V3) \
	MIXT(H0, V0, Z10, Z11); \
	MIXT(H1, V1, Z12, Z13); \
	MIXT(H2, V2, Z14, Z15); \
	MIXT(H3, V3, Z16, Z17)

// MIX2 is MIX4 of two groups.
#define MIX2(H0, H1, V0, V1) \
	MIXT(H0, V0, Z10, Z11); \
	MIXT(H1, V1, Z12, Z13)

// func hashQueueAVX512(q *hashQueue, n int)
//
// Sets q.h[i] for i < n rounded up to a multiple of 8 (the lanes past
// n read and write within q's arrays, and are not used); more than 16
// left, it hashes 32 (n rounded up to 32 stays within the arrays:
// queueLen is a multiple of 32).
//
// Each round of mix is a chain of some fourteen dependent instructions,
// two of them VPMULLQ (15 cycles each on the Xeons this runs on): eight
// lanes at a time, the scheduler filled with one chain and the loop ran
// at the chain's pace. Four groups of eight lanes (two, then one, for
// the last 16 or fewer) now go through each round together, four
// independent chains in flight: the same rounds, lane by lane.
TEXT ·hashQueueAVX512(SB), NOSPLIT, $0-16
	MOVQ q+0(FP), DI
	MOVQ n+8(FP), CX
	MOVQ $0x9e3779b97f4a7c15, AX
	VPBROADCASTQ AX, Z20
	MOVQ $0xbf58476d1ce4e5b9, AX
	VPBROADCASTQ AX, Z21
	MOVQ $0x94d049bb133111eb, AX
	VPBROADCASTQ AX, Z22
	MOVQ $1, AX
	VPBROADCASTQ AX, Z23
	MOVQ $3, AX
	VPBROADCASTQ AX, Z24
	MOVQ $const_featEnd3, AX
	VPBROADCASTQ AX, Z25
	XORQ BX, BX // the first lane's byte in a, b, c and h
	XORQ R8, R8 // and in vals

loop4:
	CMPQ CX, $16
	JLE  two
	VMOVDQU64 hashQueue_tm+0(DI)(BX*1), Z0 // the groups' template numbers
	VMOVDQU64 hashQueue_tm+64(DI)(BX*1), Z1
	VMOVDQU64 hashQueue_tm+128(DI)(BX*1), Z2
	VMOVDQU64 hashQueue_tm+192(DI)(BX*1), Z3
	VMOVDQU64 hashQueue_a+0(DI)(BX*1), Z6
	VMOVDQU64 hashQueue_a+64(DI)(BX*1), Z7
	VMOVDQU64 hashQueue_a+128(DI)(BX*1), Z8
	VMOVDQU64 hashQueue_a+192(DI)(BX*1), Z9
	MIX4(Z0, Z1, Z2, Z3, Z6, Z7, Z8, Z9)
	VMOVDQU64 hashQueue_b+0(DI)(BX*1), Z6
	VMOVDQU64 hashQueue_b+64(DI)(BX*1), Z7
	VMOVDQU64 hashQueue_b+128(DI)(BX*1), Z8
	VMOVDQU64 hashQueue_b+192(DI)(BX*1), Z9
	MIX4(Z0, Z1, Z2, Z3, Z6, Z7, Z8, Z9)
	// The lanes of two or three values (vals ≠ 1) mix c in.
	VPMOVZXBQ hashQueue_vals+0(DI)(R8*1), Z6
	VPMOVZXBQ hashQueue_vals+8(DI)(R8*1), Z7
	VPMOVZXBQ hashQueue_vals+16(DI)(R8*1), Z8
	VPMOVZXBQ hashQueue_vals+24(DI)(R8*1), Z9
	VPCMPEQQ  Z23, Z6, K1
	VPCMPEQQ  Z23, Z7, K2
	VPCMPEQQ  Z23, Z8, K3
	VPCMPEQQ  Z23, Z9, K4
	KNOTB     K1, K1
	KNOTB     K2, K2
	KNOTB     K3, K3
	KNOTB     K4, K4
	KORB      K1, K2, K5
	KORB      K3, K4, K6
	KORTESTB  K5, K6
	JZ        fourStore
	VMOVDQA64 Z0, Z28
	VMOVDQA64 Z1, Z29
	VMOVDQA64 Z2, Z30
	VMOVDQA64 Z3, Z31
	VMOVDQU64 hashQueue_c+0(DI)(BX*1), Z6
	VMOVDQU64 hashQueue_c+64(DI)(BX*1), Z7
	VMOVDQU64 hashQueue_c+128(DI)(BX*1), Z8
	VMOVDQU64 hashQueue_c+192(DI)(BX*1), Z9
	MIX4(Z28, Z29, Z30, Z31, Z6, Z7, Z8, Z9)
	VMOVDQA64 Z28, K1, Z0
	VMOVDQA64 Z29, K2, Z1
	VMOVDQA64 Z30, K3, Z2
	VMOVDQA64 Z31, K4, Z3
	// The lanes of three values mix featEnd3 in.
	VPMOVZXBQ hashQueue_vals+0(DI)(R8*1), Z6
	VPMOVZXBQ hashQueue_vals+8(DI)(R8*1), Z7
	VPMOVZXBQ hashQueue_vals+16(DI)(R8*1), Z8
	VPMOVZXBQ hashQueue_vals+24(DI)(R8*1), Z9
	VPCMPEQQ  Z24, Z6, K1
	VPCMPEQQ  Z24, Z7, K2
	VPCMPEQQ  Z24, Z8, K3
	VPCMPEQQ  Z24, Z9, K4
	KORB      K1, K2, K5
	KORB      K3, K4, K6
	KORTESTB  K5, K6
	JZ        fourStore
	VMOVDQA64 Z0, Z28
	VMOVDQA64 Z1, Z29
	VMOVDQA64 Z2, Z30
	VMOVDQA64 Z3, Z31
	MIX4(Z28, Z29, Z30, Z31, Z25, Z25, Z25, Z25)
	VMOVDQA64 Z28, K1, Z0
	VMOVDQA64 Z29, K2, Z1
	VMOVDQA64 Z30, K3, Z2
	VMOVDQA64 Z31, K4, Z3

fourStore:
	VPTESTNMQ Z0, Z0, K1 // a hash of 0 becomes 1 (nonzero)
	VPTESTNMQ Z1, Z1, K2 // a hash of 0 becomes 1 (nonzero)
	VPTESTNMQ Z2, Z2, K3 // a hash of 0 becomes 1 (nonzero)
	VPTESTNMQ Z3, Z3, K4 // a hash of 0 becomes 1 (nonzero)
	VMOVDQA64 Z23, K1, Z0
	VMOVDQA64 Z23, K2, Z1
	VMOVDQA64 Z23, K3, Z2
	VMOVDQA64 Z23, K4, Z3
	VMOVDQU64 Z0, hashQueue_h+0(DI)(BX*1)
	VMOVDQU64 Z1, hashQueue_h+64(DI)(BX*1)
	VMOVDQU64 Z2, hashQueue_h+128(DI)(BX*1)
	VMOVDQU64 Z3, hashQueue_h+192(DI)(BX*1)
	ADDQ $256, BX
	ADDQ $32, R8
	SUBQ $32, CX
	JMP  loop4

two:
	CMPQ CX, $8
	JLE  one
	VMOVDQU64 hashQueue_tm+0(DI)(BX*1), Z0 // the groups' template numbers
	VMOVDQU64 hashQueue_tm+64(DI)(BX*1), Z1
	VMOVDQU64 hashQueue_a+0(DI)(BX*1), Z6
	VMOVDQU64 hashQueue_a+64(DI)(BX*1), Z7
	MIX2(Z0, Z1, Z6, Z7)
	VMOVDQU64 hashQueue_b+0(DI)(BX*1), Z6
	VMOVDQU64 hashQueue_b+64(DI)(BX*1), Z7
	MIX2(Z0, Z1, Z6, Z7)
	// The lanes of two or three values (vals ≠ 1) mix c in.
	VPMOVZXBQ hashQueue_vals+0(DI)(R8*1), Z6
	VPMOVZXBQ hashQueue_vals+8(DI)(R8*1), Z7
	VPCMPEQQ  Z23, Z6, K1
	VPCMPEQQ  Z23, Z7, K2
	KNOTB     K1, K1
	KNOTB     K2, K2
	KORTESTB  K1, K2
	JZ        twoStore
	VMOVDQA64 Z0, Z28
	VMOVDQA64 Z1, Z29
	VMOVDQU64 hashQueue_c+0(DI)(BX*1), Z6
	VMOVDQU64 hashQueue_c+64(DI)(BX*1), Z7
	MIX2(Z28, Z29, Z6, Z7)
	VMOVDQA64 Z28, K1, Z0
	VMOVDQA64 Z29, K2, Z1
	// The lanes of three values mix featEnd3 in.
	VPMOVZXBQ hashQueue_vals+0(DI)(R8*1), Z6
	VPMOVZXBQ hashQueue_vals+8(DI)(R8*1), Z7
	VPCMPEQQ  Z24, Z6, K1
	VPCMPEQQ  Z24, Z7, K2
	KORTESTB  K1, K2
	JZ        twoStore
	VMOVDQA64 Z0, Z28
	VMOVDQA64 Z1, Z29
	MIX2(Z28, Z29, Z25, Z25)
	VMOVDQA64 Z28, K1, Z0
	VMOVDQA64 Z29, K2, Z1

twoStore:
	VPTESTNMQ Z0, Z0, K1 // a hash of 0 becomes 1 (nonzero)
	VPTESTNMQ Z1, Z1, K2 // a hash of 0 becomes 1 (nonzero)
	VMOVDQA64 Z23, K1, Z0
	VMOVDQA64 Z23, K2, Z1
	VMOVDQU64 Z0, hashQueue_h+0(DI)(BX*1)
	VMOVDQU64 Z1, hashQueue_h+64(DI)(BX*1)
	ADDQ $128, BX
	ADDQ $16, R8
	SUBQ $16, CX

one:
	CMPQ CX, $0
	JLE  done
	VMOVDQU64 hashQueue_tm+0(DI)(BX*1), Z0 // the group's template numbers
	VMOVDQU64 hashQueue_a+0(DI)(BX*1), Z6
	MIXT(Z0, Z6, Z10, Z11)
	VMOVDQU64 hashQueue_b+0(DI)(BX*1), Z6
	MIXT(Z0, Z6, Z10, Z11)
	// The lanes of two or three values (vals ≠ 1) mix c in.
	VPMOVZXBQ hashQueue_vals+0(DI)(R8*1), Z6
	VPCMPEQQ  Z23, Z6, K1
	KNOTB     K1, K1
	KORTESTB  K1, K1
	JZ        oneStore
	VMOVDQA64 Z0, Z28
	VMOVDQU64 hashQueue_c+0(DI)(BX*1), Z6
	MIXT(Z28, Z6, Z10, Z11)
	VMOVDQA64 Z28, K1, Z0
	// The lanes of three values mix featEnd3 in.
	VPMOVZXBQ hashQueue_vals+0(DI)(R8*1), Z6
	VPCMPEQQ  Z24, Z6, K1
	KORTESTB  K1, K1
	JZ        oneStore
	VMOVDQA64 Z0, Z28
	MIXT(Z28, Z25, Z10, Z11)
	VMOVDQA64 Z28, K1, Z0

oneStore:
	VPTESTNMQ Z0, Z0, K1 // a hash of 0 becomes 1 (nonzero)
	VMOVDQA64 Z23, K1, Z0
	VMOVDQU64 Z0, hashQueue_h+0(DI)(BX*1)

done:
	VZEROUPPER
	RET
