package nlp

import (
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on linux/amd64 and
// arm64 (elsewhere the size tables are aligned to, to no effect).
const hugePage = 2 << 20

// adviseHugePages asks the kernel to back the n bytes at p, not touched
// yet, with huge pages where it can. Only whole huge pages inside the
// range are advised; the advice changes no content, and failing it
// changes nothing but speed.
func adviseHugePages(p unsafe.Pointer, n uintptr) {
	start := (uintptr(p) + hugePage - 1) &^ (hugePage - 1)
	end := (uintptr(p) + n) &^ (hugePage - 1)
	if end <= start {
		return
	}
	b := unsafe.Slice((*byte)(unsafe.Add(p, start-uintptr(p))), end-start)
	_ = syscall.Madvise(b, syscall.MADV_HUGEPAGE)
}
