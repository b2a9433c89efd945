package extract

import (
	"fmt"
	"strings"
)

// tsvRow is one data line of a lexicon file: its tab-separated fields
// and where it stands, so that a rule reading it can name the line.
type tsvRow struct {
	file   string
	line   int // 1-based
	fields []string
}

// errorf reports a problem with the row, naming its file and line.
func (r tsvRow) errorf(format string, args ...any) error {
	return fmt.Errorf("extract: %s line %d: %w", r.file, r.line, fmt.Errorf(format, args...))
}

// tsvRows splits the lexicon file src (named file in errors) into rows
// of tab-separated fields. Blank lines and lines starting with '#' are
// skipped; every other line must have between minFields and maxFields
// fields, or the error names the first line that has not.
func tsvRows(file, src string, minFields, maxFields int) ([]tsvRow, error) {
	var rows []tsvRow
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		r := tsvRow{file: file, line: n + 1, fields: strings.Split(line, "\t")}
		if k := len(r.fields); k < minFields || k > maxFields {
			want := fmt.Sprint(minFields)
			if maxFields != minFields {
				want = fmt.Sprintf("%d to %d", minFields, maxFields)
			}
			return nil, r.errorf("want %s tab-separated fields, have %d: %q", want, k, line)
		}
		rows = append(rows, r)
	}
	return rows, nil
}
