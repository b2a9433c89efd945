package store

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestParseMaps(t *testing.T) {
	const maps = `00400000-00a00000 r-xp 00000000 fd:01 100                                /usr/bin/newsgraph
7f0000000000-7f0000200000 rw-s 00000000 fd:01 201                        /db dir/000012.sst
7f0000200000-7f0000400000 rw-s 00000000 fd:01 202                        /db dir/000003.sst
7f0000400000-7f0000600000 rw-s 00000000 fd:01 203                        /db dir/000001.vlog
7f0000600000-7f0000800000 rw-s 00000000 fd:01 204                        /db dir/00004.mem
7f0000800000-7f0000a00000 rw-s 00000000 fd:01 205                        /db dir/000002.sst (deleted)
7f0000a00000-7f0000c00000 rw-s 00000000 fd:01 206                        /db dir/sub/000005.sst
7f0000c00000-7f0000e00000 rw-s 00000000 fd:01 207                        /other/000006.sst
7f0000e00000-7f0001000000 rw-s 00000000 fd:01 208                        /db dir/MANIFEST
7f0001000000-7f0001200000 rw-p 00000000 00:00 0 
7ffd00000000-7ffd00021000 rw-p 00000000 00:00 0                          [stack]
`
	got, err := parseMaps(strings.NewReader(maps), "/db dir")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, m := range got {
		lines = append(lines, fmt.Sprintf("%x-%x %s", m.start, m.end, m.file))
	}
	want := []string{
		"7f0000200000-7f0000400000 /db dir/000003.sst",
		"7f0000000000-7f0000200000 /db dir/000012.sst",
		"7f0000400000-7f0000600000 /db dir/000001.vlog",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("parseMaps kept\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

// TestColdFirst: while a flatten runs, the tables it writes (numbered
// from coldFrom on) are paged out before the load's tables it reads;
// value logs stay last, and each part keeps its order.
func TestColdFirst(t *testing.T) {
	maps := []mapping{
		{file: "3.sst", num: 3}, {file: "12.sst", num: 12}, {file: "40.sst", num: 40},
		{file: "41.sst", num: 41}, {file: "1.vlog", num: 1, vlog: true}, {file: "50.vlog", num: 50, vlog: true},
	}
	for _, c := range []struct {
		coldFrom uint64
		want     string
	}{
		{0, "3.sst 12.sst 40.sst 41.sst 1.vlog 50.vlog"},
		{40, "40.sst 41.sst 3.sst 12.sst 1.vlog 50.vlog"},
		{12, "12.sst 40.sst 41.sst 3.sst 1.vlog 50.vlog"},
		{99, "3.sst 12.sst 40.sst 41.sst 1.vlog 50.vlog"},
	} {
		got := slices.Clone(maps)
		coldFirst(got, c.coldFrom)
		var names []string
		for _, m := range got {
			names = append(names, m.file)
		}
		if s := strings.Join(names, " "); s != c.want {
			t.Errorf("coldFirst(%d) = %s, want %s", c.coldFrom, s, c.want)
		}
	}
}
