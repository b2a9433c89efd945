package store

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"
)

// Badger's block cache and uncompressed tables.
//
// Badger (v4 table.Table.block) charges a cached block the capacity of
// its byte slices. A compressed block is decompressed into a buffer of
// its own, so that is its size. An uncompressed block is a slice of the
// table's memory map, so its capacity runs to the end of the map: a
// 4 KB block of a 16 MB table is charged about 16 MB twice (data and
// checksum), and a 256 MiB cache holds about fifteen blocks. On a
// database `newsgraph ingest` bulk-loaded (every table uncompressed)
// each read then loaded, verified and allocated its blocks again.
//
// A cached uncompressed block holds no copy of the data, only a small
// header pointing into the map, so for such a database the cache's
// budget is raised to hold as many blocks as its size would hold 4 KB
// blocks, charged at the most Badger can charge one (twice the largest
// table). The database then stays uncompressed (new tables are written
// without compression, as bulk loads write them), so that no block that
// really holds its bytes is ever admitted under that budget.

// mappedTables reports whether every table of the database in dir is
// uncompressed (per Badger's manifest), and the size of the largest. A
// database with no tables counts as mapped when it is bulk-loaded. Any
// doubt (no readable manifest) answers false: Badger's defaults.
func mappedTables(dir string, bulk bool) (mapped bool, largest int64) {
	st, err := readManifest(filepath.Join(dir, "MANIFEST"))
	if err != nil {
		return bulk && os.IsNotExist(err), 0
	}
	if len(st.compressed) > 0 || (len(st.live) == 0 && !bulk) {
		return false, 0
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return false, 0
	}
	for _, e := range ents {
		if fi, err := e.Info(); err == nil && strings.HasSuffix(e.Name(), ".sst") {
			largest = max(largest, fi.Size())
		}
	}
	return true, largest
}

// mappedCacheCost is the block-cache budget for a database of
// uncompressed tables: the blocks bo's cache size holds, each charged
// as a block at the start of the largest table.
func mappedCacheCost(bo badger.Options, largest int64) int64 {
	blocks := bo.BlockCacheSize / int64(max(bo.BlockSize, 1))
	return blocks * 2 * max(largest, bo.BaseTableSize)
}

// withMappedTables sets bo for a database of uncompressed tables.
func withMappedTables(bo badger.Options) badger.Options {
	return bo.WithCompression(options.None)
}
