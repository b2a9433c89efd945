package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// createTemp creates the temporary file that -o FILE is written through
// (".FILE.tmp-PID-*" beside FILE), after removing those a killed run
// left: a process killed while it wrote cannot remove its own, so the
// next run removes every one whose process is gone.
func createTemp(path string) (*os.File, error) {
	dir, base := filepath.Dir(path), filepath.Base(path)
	removeStaleTemps(dir, base)
	f, err := os.CreateTemp(dir, fmt.Sprintf(".%s.tmp-%d-*", base, os.Getpid()))
	var pe *os.PathError
	if errors.As(err, &pe) {
		// The temporary file's name means nothing to the user; the
		// folder it was to be made in is what is missing or closed.
		return nil, fmt.Errorf("folder %s: %w", dir, pe.Err)
	}
	return f, err
}

// removeStaleTemps removes the temporary files of base in dir whose
// writing process no longer runs.
func removeStaleTemps(dir, base string) {
	prefix := "." + base + ".tmp-"
	ents, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		rest, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || e.IsDir() {
			continue
		}
		pidStr, _, _ := strings.Cut(rest, "-")
		pid, err := strconv.Atoi(pidStr)
		if err != nil || pid <= 0 || processRuns(pid) {
			continue // not ours to judge, or still being written
		}
		os.Remove(filepath.Join(dir, e.Name()))
	}
}

// processRuns reports whether a process with this ID exists.
func processRuns(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
