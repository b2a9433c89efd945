package store

import (
	"bytes"
	"cmp"
	"slices"
)

// KeyFamily is how many keys of one family Ingest handed Badger since
// Open: set and deleted (see Options.CountKeyFamilies).
type KeyFamily struct {
	// Name is the key's first path segment ("e", "ev", "n", "alias",
	// "text", "ap", "count", "out", "in"), or, where one prefix holds
	// keys of different uses, a finer name: "rank record" (a node's
	// record, format 9), "rank s1" (a link of support 1, format 11's
	// adjacency of most edges), "rank" (a link of another support),
	// "ord/r/support", "ord/r/seen" and "ord/n".
	Name          string
	Sets, Deletes int64
}

// keyFamilies counts the keys Ingest writes by family, when
// Options.CountKeyFamilies asks it to; guarded by DB.writeMu.
type keyFamilies map[string]*KeyFamily

// rankSupportOne is the support segment of a rank/ key of support 1
// (0xffffffff − 1 in eight hex digits; see keyRank).
var rankSupportOne = []byte("fffffffe")

// keyFamilyName is the family KeyFamily.Name gives key.
func keyFamilyName(key []byte) string {
	first, rest, _ := bytes.Cut(key, []byte("/"))
	switch string(first) {
	case "rank":
		// rank/<node>/ is the record; rank/<node>/<support>/... a link.
		_, link, _ := bytes.Cut(rest, []byte("/"))
		switch {
		case len(link) == 0:
			return "rank record"
		case bytes.HasPrefix(link, rankSupportOne) && len(link) > len(rankSupportOne) && link[len(rankSupportOne)] == '/':
			return "rank s1"
		}
		return "rank"
	case "ord":
		kind, rest, _ := bytes.Cut(rest, []byte("/"))
		if string(kind) != "r" {
			return "ord/" + string(kind)
		}
		order, _, _ := bytes.Cut(rest, []byte("/"))
		return "ord/r/" + string(order)
	}
	return string(first)
}

// count adds a plan's keys.
func (kf keyFamilies) count(ops []kv) {
	for _, op := range ops {
		name := keyFamilyName(op.key)
		f := kf[name]
		if f == nil {
			f = &KeyFamily{Name: name}
			kf[name] = f
		}
		if op.del {
			f.Deletes++
		} else {
			f.Sets++
		}
	}
}

// KeyFamilies returns the keys Ingest handed Badger since Open, by
// family, the most first; nil unless Options.CountKeyFamilies is set.
// Every Badger entry a load writes (one a key, each deletion included)
// costs an insert into the memtable in Badger's one write goroutine, a
// bound on how fast a load goes (doc.go, format 7): this says which
// families a format change could fold.
func (db *DB) KeyFamilies() []KeyFamily {
	db.writeMu.Lock()
	defer db.writeMu.Unlock()
	if db.families == nil {
		return nil
	}
	out := make([]KeyFamily, 0, len(db.families))
	for _, f := range db.families {
		out = append(out, *f)
	}
	slices.SortFunc(out, func(a, b KeyFamily) int {
		return cmp.Or(cmp.Compare(b.Sets+b.Deletes, a.Sets+a.Deletes), cmp.Compare(a.Name, b.Name))
	})
	return out
}
