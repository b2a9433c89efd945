package export

import (
	"context"

	"github.com/newsgraph/newsgraph/graph"
)

// streamBatch is how many nodes or edges the reading goroutine of a
// whole-graph export hands over at a time at most, streamWeight the
// weight (see stream) at which it hands over a batch sooner, and
// streamDepth how many batches may wait: at most streamDepth+2 batches
// are held at once, whatever the size of the graph, so that a run of
// edges with thousands of pieces of evidence each cannot pile up.
const (
	streamBatch  = 128
	streamWeight = 1024
	streamDepth  = 2
)

// stream runs scan in a goroutine of its own and calls fn, in this
// goroutine, for every element scan yields, in the order yielded. Reading
// and decoding the store then overlap writing the output, which on a
// machine with two cores or more nearly halves a whole-graph export's
// time. weigh says how much memory an element holds, in units of about
// one small element (an edge: one plus its pieces of evidence); nil
// weighs every element 1. When fn fails, scan's context is cancelled
// and fn's error returned once scan has stopped; otherwise stream
// returns scan's error.
func stream[T any](ctx context.Context, scan func(ctx context.Context, yield func(T) error) error, weigh func(T) int, fn func(T) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	full := make(chan []T, streamDepth)
	// free recycles batches, so that a long export allocates only the
	// elements themselves.
	free := make(chan []T, streamDepth+2)
	done := make(chan error, 1)
	go func() {
		defer close(full)
		batch := make([]T, 0, streamBatch)
		weight := 0
		send := func() error {
			weight = 0
			select {
			case full <- batch:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case batch = <-free:
			default:
				batch = make([]T, 0, streamBatch)
			}
			return nil
		}
		err := noPanic(func() error {
			return scan(ctx, func(x T) error {
				batch = append(batch, x)
				if weigh != nil {
					weight += weigh(x)
				}
				if len(batch) < streamBatch && weight < streamWeight {
					return nil
				}
				return send()
			})
		})
		// What was read before a failure is still delivered, as a
		// scan calling fn directly would have.
		if len(batch) > 0 && ctx.Err() == nil {
			if serr := send(); err == nil {
				err = serr
			}
		}
		done <- err
	}()
	for batch := range full {
		for i, x := range batch {
			if err := fn(x); err != nil {
				cancel()
				for range full { // let scan see the cancellation and stop
				}
				<-done
				return err
			}
			var zero T
			batch[i] = zero // do not keep the element alive in free
		}
		select {
		case free <- batch[:0]:
		default:
		}
	}
	return <-done
}

// noPanic runs fn and turns a panic in it into an error: fn runs in a
// goroutine of its own, where a panic (a damaged table can make the
// store panic) would end the whole process, a server with it.
func noPanic(fn func() error) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = graph.Errorf("export", graph.Internal, "reading the graph failed: panic: %v", v)
		}
	}()
	return fn()
}
