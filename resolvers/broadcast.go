package resolvers

import (
	"context"
	"sync"

	"github.com/newsgraph/newsgraph/graph"
)

// Broadcaster hands every article stored to the articleIngested
// subscribers of one process. The ingestArticle mutation publishes to
// it; so may any other writer of the process (the CLI's serve command
// when it seeds the database). Its methods are safe for concurrent use.
//
// Each subscriber has a buffer of BroadcastBuffer articles; one that
// falls further behind is dropped (its subscription completes, and the
// client may subscribe again) rather than slowing the writers down.
type Broadcaster struct {
	mu   sync.Mutex
	subs map[*subscriber]struct{}
	max  int
}

// BroadcastBuffer is how many articles a subscriber may lag behind.
const BroadcastBuffer = 64

type subscriber struct {
	ch     chan graph.Node
	closed bool
}

// NewBroadcaster returns a Broadcaster that takes at most max
// subscribers at once (0: 1000).
func NewBroadcaster(max int) *Broadcaster {
	if max <= 0 {
		max = 1000
	}
	return &Broadcaster{subs: map[*subscriber]struct{}{}, max: max}
}

// Publish announces a stored article to every subscriber. It never
// blocks.
func (b *Broadcaster) Publish(article graph.Node) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for s := range b.subs {
		select {
		case s.ch <- article:
		default:
			b.drop(s)
		}
	}
}

// Subscribers is the number of subscriptions open now.
func (b *Broadcaster) Subscribers() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.subs)
}

// Subscribe returns a channel of the articles published from now on,
// closed when ctx ends or the subscriber falls too far behind.
func (b *Broadcaster) Subscribe(ctx context.Context) (<-chan graph.Node, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.subs) >= b.max {
		return nil, graph.Errorf("resolvers.articleIngested", graph.LimitExceeded, "the server has %d subscriptions open, its limit", b.max)
	}
	s := &subscriber{ch: make(chan graph.Node, BroadcastBuffer)}
	b.subs[s] = struct{}{}
	go func() {
		<-ctx.Done()
		b.mu.Lock()
		defer b.mu.Unlock()
		b.drop(s)
	}()
	return s.ch, nil
}

// drop removes s and closes its channel; b.mu is held.
func (b *Broadcaster) drop(s *subscriber) {
	if s.closed {
		return
	}
	s.closed = true
	delete(b.subs, s)
	close(s.ch)
}
