//go:build linux

package store

import (
	"bytes"
	"os"
	"testing"
)

// TestStatmSharedIsRssFile: statm's shared pages, which rssFile reads,
// are /proc/self/status's RssFile (the process has no RssShmem), read
// three times in a row with the status between.
func TestStatmSharedIsRssFile(t *testing.T) {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip(err)
	}
	if !bytes.Contains(status, []byte("RssShmem:\t       0 kB")) {
		t.Errorf("the process maps shared memory: %s", status)
	}
	for range 3 {
		a, err := rssFile()
		if err != nil {
			t.Fatal(err)
		}
		b, err := rssFileStatus()
		if err != nil {
			t.Fatal(err)
		}
		if a <= 0 || a-b > 1<<20 || b-a > 1<<20 {
			t.Errorf("statm gives %d bytes resident from files, status %d", a, b)
		}
	}
}
