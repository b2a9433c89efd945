package ingest

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// readFileOld is ReadFile as it was: os.Open and Read for every file.
func readFileOld(path string, opts Options) ([]Input, error) {
	fi, err := os.Stat(path)
	if err != nil || fi.IsDir() || fi.Size() > opts.maxSize() {
		return ReadFile(path, opts) // the same checks, before any read
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	defer f.Close()
	format, _ := FormatOf(path)
	return Read(f, path, format, opts)
}

// TestReadRegularReadsAsBefore: ReadFile's few system calls give the
// inputs and errors os.Open and io.ReadAll gave, at limits around each
// file's size too.
func TestReadRegularReadsAsBefore(t *testing.T) {
	var files []string
	for _, pat := range []string{"testdata/*", "testdata/*/*", "../cmd/newsgraph/testdata/*.txt", "../seeds/*.txt"} {
		f, _ := filepath.Glob(pat)
		files = append(files, f...)
	}
	if len(files) < 20 {
		t.Fatalf("%d files: the test reads too few", len(files))
	}
	for _, f := range files {
		fi, err := os.Stat(f)
		if err != nil || !fi.Mode().IsRegular() {
			continue
		}
		for _, limit := range []int64{0, fi.Size() - 1, fi.Size(), fi.Size() + 1} {
			opts := Options{MaxSize: limit}
			got, gerr := ReadFile(f, opts)
			want, werr := readFileOld(f, opts)
			if !reflect.DeepEqual(got, want) || (gerr == nil) != (werr == nil) || gerr != nil && gerr.Error() != werr.Error() {
				t.Errorf("%s, limit %d: ReadFile gave %v, %v; before %v, %v", f, limit, len(got), gerr, len(want), werr)
			}
		}
	}
	// The fast path itself past a limit below the file's size (a file
	// grown since its stat): limit+1 bytes, as io.LimitReader gave.
	f := "../seeds/" + firstSeed(t)
	data, ok := readRegular(f, 10, 20)
	if !ok || len(data) != 21 {
		t.Errorf("readRegular(%s, 10, 20) = %d bytes, %v; want 21, true", f, len(data), ok)
	}
	whole, _ := os.ReadFile(f)
	if data, ok := readRegular(f, 10, int64(len(whole))+5); !ok || string(data) != string(whole) {
		t.Errorf("readRegular(%s) with a stale size read %d of %d bytes", f, len(data), len(whole))
	}
	if _, ok := readRegular("testdata/no-such-file", 0, 100); ok {
		t.Error("readRegular of a missing file is ok")
	}
}

func firstSeed(t *testing.T) string {
	f, _ := filepath.Glob("../seeds/*.txt")
	if len(f) == 0 {
		t.Fatal("no seeds")
	}
	return filepath.Base(f[0])
}
