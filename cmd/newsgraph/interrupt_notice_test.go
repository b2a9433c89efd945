package main_test

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// An interrupted ingest says so at once, before it waits for the
// articles being extracted, and then ends as before: summary,
// "interrupted", exit 1. The folder holds 300 articles of 2,000 words
// (a minute of extraction on two cores), so the signal comes while work
// is left whatever the speed of one article: one long article stopped
// being slow when sentences were capped at 250 tokens.
func TestIngestSaysAtOnceThatItWasInterrupted(t *testing.T) {
	bin := binary(t)
	words := strings.Fields("the minister said talks with Russia would continue and Ukraine officials met in Geneva")
	r := rand.New(rand.NewPCG(1, 2))
	dir := t.TempDir()
	for f := 0; f < 300; f++ {
		var text strings.Builder
		for i := 0; i < 2000; i++ {
			text.WriteString(words[r.IntN(len(words))])
			if i%20 == 19 {
				text.WriteString(". ")
			} else {
				text.WriteString(" ")
			}
		}
		writeFile(t, dir, fmt.Sprintf("article%03d.txt", f), []byte(text.String()+"\n"))
	}
	db := filepath.Join(t.TempDir(), "db")
	cmd := exec.Command(bin, "ingest", "--db", db, dir)
	pipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	waitForDatabase(t, db)
	time.Sleep(300 * time.Millisecond)
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	var lines []string
	sc := bufio.NewScanner(pipe)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	err = cmd.Wait()
	ee, _ := err.(*exec.ExitError)
	if ee == nil || ee.ExitCode() != 1 {
		t.Errorf("exit %v, want 1", err)
	}
	notice, summary, interrupted := -1, -1, -1
	for i, l := range lines {
		switch {
		case strings.HasPrefix(l, "newsgraph ingest: interrupted: finishing the articles being extracted"):
			notice = i
		case strings.Contains(l, " ingested, "):
			summary = i
		case strings.Contains(l, "interrupted; the articles counted above are stored"):
			interrupted = i
		}
	}
	if notice < 0 || summary < notice || interrupted < summary {
		t.Errorf("stderr %q: want the notice of the interruption, then the summary, then \"interrupted\"", lines)
	}
}

// waitForDatabase waits until the ingest has opened its database, so the
// signal arrives after main has installed its handler: on a loaded machine
// a fixed sleep can end before the process has even started, and the
// default action of SIGINT then kills it with no notice (CI saw "exit
// signal: interrupt" at load 28).
func waitForDatabase(t *testing.T, db string) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if _, err := os.Stat(filepath.Join(db, "MANIFEST")); err == nil {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("ingest did not open its database %s within 60 s", db)
}
