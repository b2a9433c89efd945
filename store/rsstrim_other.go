//go:build !linux

package store

// trimmer does nothing outside Linux: Options.MappedResidentLimit needs
// /proc/self and madvise(MADV_PAGEOUT).
type trimmer struct{}

func (t *trimmer) start(dir string, limit int64, logf func(string, ...any)) {}

func (t *trimmer) halt() {}

func (t *trimmer) markCold(first uint64) {}
