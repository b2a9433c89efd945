package export

import (
	"context"
	"errors"
	"runtime"
	"sync"
	"testing"
	"time"
)

// count is a scan yielding 0..n-1, failing with err after them.
func count(n int, err error) func(context.Context, func(int) error) error {
	return func(ctx context.Context, yield func(int) error) error {
		for i := range n {
			if err := yield(i); err != nil {
				return err
			}
		}
		return err
	}
}

func TestStream(t *testing.T) {
	errScan, errFn := errors.New("scan failed"), errors.New("fn failed")
	tests := []struct {
		name    string
		n       int
		scanErr error
		stopAt  int // fn fails at this element; -1 never
		want    int // elements fn sees
		wantErr error
	}{
		{"empty", 0, nil, -1, 0, nil},
		{"less than a batch", 10, nil, -1, 10, nil},
		{"whole batches", 4 * streamBatch, nil, -1, 4 * streamBatch, nil},
		{"more than the queue holds", 20*streamBatch + 7, nil, -1, 20*streamBatch + 7, nil},
		{"scan error after every element", 3*streamBatch + 1, errScan, -1, 3*streamBatch + 1, errScan},
		{"fn error stops the scan", 50 * streamBatch, nil, streamBatch + 3, streamBatch + 4, errFn},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := runtime.NumGoroutine()
			seen := 0
			err := stream(context.Background(), count(tc.n, tc.scanErr), nil, func(x int) error {
				if x != seen {
					t.Fatalf("element %d came as number %d", x, seen)
				}
				seen++
				if x == tc.stopAt {
					return errFn
				}
				return nil
			})
			if !errors.Is(err, tc.wantErr) || (err == nil) != (tc.wantErr == nil) {
				t.Errorf("stream returned %v, want %v", err, tc.wantErr)
			}
			if seen != tc.want {
				t.Errorf("fn saw %d elements, want %d", seen, tc.want)
			}
			waitGoroutines(t, before)
		})
	}
}

// TestStreamCancel cancels the caller's context part way: the scan
// stops and stream reports the cancellation.
func TestStreamCancel(t *testing.T) {
	before := runtime.NumGoroutine()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	forever := func(ctx context.Context, yield func(int) error) error {
		for i := 0; ; i++ {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := yield(i); err != nil {
				return err
			}
		}
	}
	err := stream(ctx, forever, nil, func(x int) error {
		if x == 3*streamBatch {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("stream returned %v, want context.Canceled", err)
	}
	waitGoroutines(t, before)
}

// waitGoroutines fails t unless the number of goroutines falls back to
// n within a second: stream must not leave its reader behind.
func waitGoroutines(t *testing.T, n int) {
	t.Helper()
	for range 100 {
		if runtime.NumGoroutine() <= n {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Errorf("%d goroutines left, want %d", runtime.NumGoroutine(), n)
}

// TestStreamWeight checks that heavy elements go in smaller batches:
// the elements read but not yet written stay within streamDepth+2
// batches of streamWeight, not of streamBatch elements.
func TestStreamWeight(t *testing.T) {
	const heavy = 500 // an element weighs this much
	perBatch := (streamWeight + heavy - 1) / heavy
	var read, written, most int
	var mu sync.Mutex
	scan := func(ctx context.Context, yield func(int) error) error {
		for i := range 2 * streamBatch {
			mu.Lock()
			read++
			most = max(most, read-written)
			mu.Unlock()
			if err := yield(i); err != nil {
				return err
			}
		}
		return nil
	}
	err := stream(context.Background(), scan, func(int) int { return heavy }, func(int) error {
		mu.Lock()
		written++
		mu.Unlock()
		time.Sleep(10 * time.Microsecond) // a slow writer, so that the queue fills
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if written != 2*streamBatch {
		t.Fatalf("%d elements written, want %d", written, 2*streamBatch)
	}
	if limit := (streamDepth + 2) * perBatch; most > limit {
		t.Errorf("%d elements held at once, want at most %d", most, limit)
	}
}
