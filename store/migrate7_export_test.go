package store

import (
	"maps"
	"slices"
	"testing"

	badger "github.com/dgraph-io/badger/v4"
)

// DowngradeToFormat6 rewrites a format 9 database (Badger opened by the
// test) as format 7 (DowngradeToFormat7), then as format 6 wrote it:
// each ap/ key as an/ and ae/ keys, count/all
// as a key per counter, the ord/r/seen/ keys as ord/r/first/ and
// ord/r/last/ keys, meta/format "6". The upgrade tests start from
// it, and those of older formats go on from it.
func DowngradeToFormat6(t testing.TB, bdb *badger.DB) {
	t.Helper()
	DowngradeToFormat7(t, bdb)
	var ops []kv
	err := bdb.View(func(txn *badger.Txn) error {
		provs, err := readProvenances(txn)
		if err != nil {
			return err
		}
		for _, art := range slices.Sorted(maps.Keys(provs)) {
			p := provs[art]
			ops = append(ops, kv{key: keyProvenance(art), del: true})
			for _, n := range p.nodes {
				ops = append(ops, kv{key: []byte(prefixArticleNodesV6 + string(art) + "/" + string(n)), value: []byte{}})
			}
			for _, e := range p.edges {
				ops = append(ops, kv{key: []byte(prefixArticleEdgesV6 + string(art) + "/" + string(e)), value: []byte{}})
			}
		}
		seen := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixSeenAll), PrefetchValues: true})
		defer seen.Close()
		for seen.Rewind(); seen.Valid(); seen.Next() {
			k := seen.Item().KeyCopy(nil)
			v, err := seen.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			ops = append(ops, kv{key: k, del: true})
			rest, flag := string(k[len(prefixSeenAll):len(k)-2]), k[len(k)-1]
			if flag != seenLast {
				ops = append(ops, kv{key: []byte("ord/r/first/" + rest), value: v})
			}
			if flag != seenFirst {
				ops = append(ops, kv{key: []byte("ord/r/last/" + rest), value: v})
			}
		}
		cs, err := getCounters(txn)
		if err != nil {
			return err
		}
		for name, n := range cs {
			ops = append(ops, kv{key: []byte("count/" + name), value: encodeCount(n)})
		}
		ops = append(ops, kv{key: keyCounters, del: true}, kv{key: keyFormat, value: []byte("6")})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	writeOps(t, bdb, ops)
}
