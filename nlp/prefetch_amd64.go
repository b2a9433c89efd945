package nlp

import "unsafe"

// The feature tables are far bigger than the processor's caches, and
// scoring a configuration reads a hundred random slots of them: time
// goes into waiting for memory. Asking for every slot a feature list
// will read before reading any lets those waits overlap (a plain loop
// overlaps few of them, each probe's branches waiting on its load).
// Prefetching changes no result.

// prefetchHomes asks the processor to start loading the home slot of
// each key (16-byte slots from slots, the home of key k being k>>shift)
// without waiting for any.
//
//go:noescape
func prefetchHomes(slots unsafe.Pointer, keys []uint64, shift uint)

// prefetch asks the processor to start loading the cache line at p.
//
//go:noescape
func prefetch(p unsafe.Pointer)
