package corpus

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
)

// WriteStats says what Write wrote.
type WriteStats struct {
	Articles int
	Bytes    int64
}

// Write writes articles 0 to n-1 into directory dir (created when
// missing) as .txt files named by Article.FileName, using workers
// goroutines (0: GOMAXPROCS). Each file is written under a temporary
// name and renamed, so an interrupted run leaves only whole articles.
func (g *Generator) Write(ctx context.Context, dir string, n, workers int) (WriteStats, error) {
	if n < 0 {
		return WriteStats{}, fmt.Errorf("corpus: write %d articles: a negative count", n)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return WriteStats{}, fmt.Errorf("corpus: create %s: %w", dir, err)
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var next atomic.Int64
	var bytes atomic.Int64
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for k := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n || ctx.Err() != nil {
					return
				}
				a := g.Article(i)
				data := a.File()
				path := filepath.Join(dir, a.FileName())
				tmp := path + ".tmp"
				if err := os.WriteFile(tmp, data, 0o644); err != nil {
					errs[k] = fmt.Errorf("corpus: write %s: %w", path, err)
					next.Store(int64(n)) // stop the others
					return
				}
				if err := os.Rename(tmp, path); err != nil {
					errs[k] = fmt.Errorf("corpus: write %s: %w", path, err)
					next.Store(int64(n))
					return
				}
				bytes.Add(int64(len(data)))
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return WriteStats{}, err
		}
	}
	if err := ctx.Err(); err != nil {
		return WriteStats{}, fmt.Errorf("corpus: write to %s: %w", dir, err)
	}
	return WriteStats{Articles: n, Bytes: bytes.Load()}, nil
}
