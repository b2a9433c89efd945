package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime/pprof"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop() // a second signal ends the process at once
	}()
	// NEWSGRAPH_CPUPROFILE profiles a whole command (an ingest, an
	// export) as it really runs, which a benchmark only approximates.
	if path := os.Getenv("NEWSGRAPH_CPUPROFILE"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			fmt.Fprintf(os.Stderr, "newsgraph: NEWSGRAPH_CPUPROFILE: %v\n", err)
			os.Exit(2)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(os.Stderr, "newsgraph: NEWSGRAPH_CPUPROFILE: %v\n", err)
			os.Exit(2)
		}
		defer f.Close()
	}
	code := new(Main).Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	pprof.StopCPUProfile()
	os.Exit(code)
}
