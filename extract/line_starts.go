package extract

// lineStartOf returns the first token of line, as a map of the lines
// that have one did: a slice by line, read at every word by
// skipDateline, costs no hashing.
func (d *doc) lineStartOf(line int) (int, bool) {
	if line < 0 || line >= len(d.lineStart) || d.lineStart[line] < 0 {
		return 0, false
	}
	return d.lineStart[line], true
}
