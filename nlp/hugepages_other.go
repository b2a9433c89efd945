//go:build !linux

package nlp

import "unsafe"

// hugePage is the size of a huge page on linux/amd64 (see hugepages.go);
// elsewhere nothing is advised and tables are placed as on linux.
const hugePage = 2 << 20

// adviseHugePages does nothing where transparent huge pages are not
// asked for with madvise.
func adviseHugePages(p unsafe.Pointer, n uintptr) {}
