package main_test

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// mountTmpfs mounts a tmpfs of the given size on a new directory,
// unmounted when the test ends, or skips the test where mounting is not
// allowed (it needs root; CI runs as root).
func mountTmpfs(t *testing.T, size string) string {
	t.Helper()
	dir := t.TempDir()
	out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput()
	if err != nil {
		t.Skipf("skipping: cannot mount a %s tmpfs to fill (needs root, as in CI): %v: %s", size, err, strings.TrimSpace(string(out)))
	}
	t.Cleanup(func() {
		if out, err := exec.Command("umount", dir).CombinedOutput(); err != nil {
			t.Errorf("umount %s: %v: %s", dir, err, out)
		}
	})
	return dir
}

// TestDiskFullCommands: on a disk with less free space than the
// database's reserve (a 64 MiB tmpfs; the reserve of the default 64 MiB
// memtable is 272 MiB), ingest stops at once with a clear error and exit
// 1 instead of dying of SIGBUS later, and serve refuses the mutation
// with LIMIT_EXCEEDED and the reason while reads go on. (store
// TestDiskFullIsAnError fills a disk article by article.)
func TestDiskFullCommands(t *testing.T) {
	disk := mountTmpfs(t, "64m")
	r := mustRun(t, 1, "ingest", "--db", filepath.Join(disk, "db"), testdata("call.txt"), testdata("mixed"))
	if !strings.Contains(r.stderr, "not enough free disk space") || !strings.Contains(r.stderr, "0 ingested") {
		t.Errorf("ingest on a full disk said %q", r.stderr)
	}
	mustRun(t, 0, "export", "--db", filepath.Join(disk, "db")) // openable, empty

	s := startServe(t, "--db", filepath.Join(disk, "served"), "--no-seeds")
	errs := queryErrors(t, s.base, `mutation { ingestArticle(input: {text: "Volodymyr Zelensky met Steve Witkoff in Berlin on Monday."}) { duplicate } }`)
	if len(errs) != 1 || errs[0].Extensions.Code != "LIMIT_EXCEEDED" || !strings.Contains(errs[0].Message, "free disk space") {
		t.Fatalf("ingestArticle on a full disk: %+v", errs)
	}
	var stats struct {
		Stats struct{ Articles int } `json:"stats"`
	}
	query(t, s.base, `{ stats { articles } }`, &stats)
	if stats.Stats.Articles != 0 {
		t.Errorf("%d articles stored on a full disk", stats.Stats.Articles)
	}
	if code := s.stop(t); code != 0 {
		t.Errorf("serve exited %d", code)
	}
}
