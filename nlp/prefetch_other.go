//go:build !amd64

package nlp

import "unsafe"

// prefetchHomes does nothing but on amd64 (prefetch_amd64.go).
func prefetchHomes(slots unsafe.Pointer, keys []uint64, shift uint) {}

// prefetch does nothing but on amd64.
func prefetch(p unsafe.Pointer) {}
