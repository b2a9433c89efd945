package graph

import "errors"

// ErrNoSpace is in the error of a write a store refused because its
// disk is (nearly) full: the write failed whole, nothing of it is
// stored, and the store stays usable once space is freed. A run of
// writes (an ingest) should stop at it rather than fail every article.
var ErrNoSpace = errors.New("not enough free disk space")
