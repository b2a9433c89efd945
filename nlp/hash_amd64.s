#include "textflag.h"
#include "go_asm.h"

// Eight features a round, as hashQueue.hashGo does one: the same
// 64-bit sums, shifts, exclusive ors and products (VPMULLQ keeps the low
// 64 bits, as Go's multiplication does).

DATA hashIota<>+0(SB)/8, $0
DATA hashIota<>+8(SB)/8, $1
DATA hashIota<>+16(SB)/8, $2
DATA hashIota<>+24(SB)/8, $3
DATA hashIota<>+32(SB)/8, $4
DATA hashIota<>+40(SB)/8, $5
DATA hashIota<>+48(SB)/8, $6
DATA hashIota<>+56(SB)/8, $7
GLOBL hashIota<>(SB), RODATA|NOPTR, $64

// MIX sets H to mix(H, V) in each lane (Z20–Z22 hold mix's constants;
// Z4 and Z5 are clobbered).
#define MIX(H, V) \
	VPSLLQ  $6, H, Z4; \
	VPSRLQ  $2, H, Z5; \
	VPADDQ  V, Z4, Z4; \
	VPADDQ  Z5, Z4, Z4; \
	VPADDQ  Z20, Z4, Z4; \
	VPXORQ  Z4, H, H; \
	VPSRLQ  $30, H, Z4; \
	VPXORQ  Z4, H, H; \
	VPMULLQ Z21, H, H; \
	VPSRLQ  $27, H, Z4; \
	VPXORQ  Z4, H, H; \
	VPMULLQ Z22, H, H; \
	VPSRLQ  $31, H, Z4; \
	VPXORQ  Z4, H, H

// func hashQueueAVX512(q *hashQueue, n int)
//
// Sets q.h[i] for i < n rounded up to a multiple of 8 (the lanes past n
// read and write within q's arrays, and are not used).
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
	MOVQ $8, AX
	VPBROADCASTQ AX, Z26
	MOVQ hashQueue_t0(DI), AX
	VPBROADCASTQ AX, Z27
	VPADDQ hashIota<>(SB), Z27, Z27 // the lanes' template numbers
	XORQ BX, BX // the lanes' first byte in a, b, c and h
	XORQ R8, R8 // and in vals

hashLoop:
	VMOVDQA64 Z27, Z0
	VMOVDQU64 hashQueue_a(DI)(BX*1), Z1
	MIX(Z0, Z1)
	VMOVDQU64 hashQueue_b(DI)(BX*1), Z1
	MIX(Z0, Z1)
	VPMOVZXBQ hashQueue_vals(DI)(R8*1), Z2
	VPCMPEQQ  Z23, Z2, K1
	KNOTB     K1, K2 // the lanes of two or three values
	KORTESTB  K2, K2
	JZ        hashStore
	VMOVDQA64 Z0, Z3
	VMOVDQU64 hashQueue_c(DI)(BX*1), Z1
	MIX(Z3, Z1)
	VMOVDQA64 Z3, K2, Z0
	VPCMPEQQ  Z24, Z2, K3 // the lanes of three values
	KORTESTB  K3, K3
	JZ        hashStore
	VMOVDQA64 Z0, Z3
	MIX(Z3, Z25)
	VMOVDQA64 Z3, K3, Z0

hashStore:
	VPTESTNMQ Z0, Z0, K4 // a hash of 0 becomes 1 (nonzero)
	VMOVDQA64 Z23, K4, Z0
	VMOVDQU64 Z0, hashQueue_h(DI)(BX*1)
	VPADDQ    Z26, Z27, Z27
	ADDQ $64, BX
	ADDQ $8, R8
	SUBQ $8, CX
	JGT  hashLoop
	VZEROUPPER
	RET
