package extract

import (
	"strings"
	"testing"
)

func TestTSVRows(t *testing.T) {
	rows, err := tsvRows("x.tsv", "# header\n\na\tb\n  c\td\te \r\n# end\n", 2, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 || rows[0].line != 3 || rows[1].line != 4 ||
		strings.Join(rows[1].fields, "|") != "c|d|e" {
		t.Errorf("rows = %+v, want lines 3 and 4 with their fields trimmed", rows)
	}
	for _, tc := range []struct{ src, want string }{
		{"a\n", `extract: x.tsv line 1: want 2 to 3 tab-separated fields, have 1: "a"`},
		{"# c\na\tb\na\tb\tc\td\n", "x.tsv line 3: want 2 to 3"},
	} {
		if _, err := tsvRows("x.tsv", tc.src, 2, 3); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("tsvRows(%q) = %v, want an error containing %q", tc.src, err, tc.want)
		}
	}
	if err := rows[0].errorf("bad %q", "a"); err.Error() != `extract: x.tsv line 3: bad "a"` {
		t.Errorf("errorf = %q", err)
	}
}
