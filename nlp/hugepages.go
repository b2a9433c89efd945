package nlp

import "unsafe"

// A model's hash tables are tens of megabytes of fresh memory written
// once at load, and a fresh process spent most of its loading time
// having the kernel fault them in, 4 KiB at a time (20,000 faults for
// the model of 2026-12). Tables of a huge page or more are therefore
// placed on whole huge pages and the kernel is asked to back them so
// (adviseHugePages, linux only): a few dozen faults instead. Neither
// changes what is stored where in the table, only where the table is.

// hugeSlice returns a zeroed slice of n Ts. When it spans a huge page or
// more, it starts on a huge-page boundary and the pages are advised as
// huge: the allocation is rounded up by up to two huge pages of
// address space that are never touched.
func hugeSlice[T any](n int) []T {
	size := uintptr(n) * unsafe.Sizeof(*new(T))
	if size < hugePage {
		return make([]T, n)
	}
	whole := (size + hugePage - 1) &^ (hugePage - 1)
	per := unsafe.Sizeof(*new(T))
	buf := make([]T, (whole+hugePage+per-1)/per)
	base := uintptr(unsafe.Pointer(unsafe.SliceData(buf)))
	off := ((base+hugePage-1)&^(hugePage-1) - base)
	if off%per != 0 { // cannot align on an element boundary: keep it plain
		return buf[:n:n]
	}
	out := buf[off/per:][:n:n]
	adviseHugePages(unsafe.Pointer(unsafe.SliceData(out)), whole)
	return out
}
