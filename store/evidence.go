package store

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"

	badger "github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/graph"
)

// Edges are stored in two parts (format version 2, see doc.go): a head
// under e/<edge id> with everything but the evidence, and one key per
// piece of evidence under ev/<edge id>/. Adding an article's evidence to
// an edge that many articles support then writes only the new pieces,
// instead of reading and rewriting all of them: a well-supported edge
// costs no more to update than a new one.

const prefixEvidenceAll = "ev/"

// edgeHead is the value under e/<edge id>: graph.Edge without evidence,
// with the same JSON field names.
type edgeHead struct {
	ID     graph.ID        `json:"id"`
	Source graph.ID        `json:"source"`
	Target graph.ID        `json:"target"`
	Class  graph.EdgeClass `json:"class"`
	Verb   string          `json:"verb,omitempty"`
	// Articles, First and Last summarise the evidence as graph.Edge's
	// fields of those names do: distinct articles, earliest and latest
	// date. Heads written before they were kept have Articles 0, and
	// EdgeHeads reads their evidence instead.
	Articles int    `json:"articles,omitempty"`
	First    string `json:"first,omitempty"`
	Last     string `json:"last,omitempty"`
	// Modality is the most factual modality of the evidence (graph.Edge's
	// field of that name); absent, asserted, as every head written
	// before it was kept is.
	Modality graph.Modality `json:"modality,omitempty"`
	// inline is the evidence the head holds (format 8): the pieces its
	// edge got from the article that created it, as encodeInline writes
	// them, or empty. The edge's other pieces have ev/ keys.
	inline string
}

// headInline starts a head value that holds evidence; a head of JSON
// alone starts with '{'.
const headInline = 0x02

// encode is the value of h's e/ key: its JSON, or, when h holds
// evidence, a headInline byte, the JSON's length (uvarint), the JSON and
// the pieces.
func (h edgeHead) encode() ([]byte, error) {
	js, err := headJSON(&h)
	if err != nil || h.inline == "" {
		return js, err
	}
	b := make([]byte, 0, 1+binary.MaxVarintLen32+len(js)+len(h.inline))
	b = append(b, headInline)
	b = binary.AppendUvarint(b, uint64(len(js)))
	return append(append(b, js...), h.inline...), nil
}

// splitHead finds a head value's parts: its JSON starts at js, and its
// last inline bytes are the pieces of evidence it holds.
func splitHead(b []byte) (js, inline int, err error) {
	if len(b) == 0 || b[0] != headInline {
		return 0, 0, nil
	}
	n, k := binary.Uvarint(b[1:])
	if k <= 0 || n > uint64(len(b)-1-k) {
		return 0, 0, errors.New("malformed head with evidence")
	}
	return 1 + k, len(b) - 1 - k - int(n), nil
}

// encodeInline gives the pieces of evidence a new edge's head holds,
// which must all be of one article: for each, in the order of their
// ev/ keys, the key's suffix after the edge's prefix
// (<article>/<start>/<end>) and the evidence value, each as a uvarint
// length and the bytes.
func encodeInline(evs []graph.Evidence) (string, error) {
	evs = slices.Clone(evs)
	slices.SortFunc(evs, compareEvidence)
	var b []byte
	for _, ev := range evs {
		v, err := encodeEvidence(ev)
		if err != nil {
			return "", err
		}
		suffix := keyEvidence("", ev)[len(prefixEvidenceAll)+1:]
		b = binary.AppendUvarint(b, uint64(len(suffix)))
		b = append(b, suffix...)
		b = binary.AppendUvarint(b, uint64(len(v)))
		b = append(b, v...)
	}
	return string(b), nil
}

// inlineEvidence decodes the evidence h holds.
func (h edgeHead) inlineEvidence() ([]graph.Evidence, error) {
	var evs []graph.Evidence
	for rest := h.inline; rest != ""; {
		var parts [2]string
		for i := range parts {
			n, k := binary.Uvarint([]byte(rest[:min(len(rest), binary.MaxVarintLen64)]))
			if k <= 0 || n > uint64(len(rest)-k) {
				return nil, fmt.Errorf("edge %s: malformed evidence in its head", h.ID)
			}
			parts[i], rest = rest[k:k+int(n)], rest[k+int(n):]
		}
		ev, err := decodeEvidence([]byte(parts[0]), []byte(parts[1]))
		if err != nil {
			return nil, fmt.Errorf("edge %s: %w", h.ID, err)
		}
		evs = append(evs, ev)
	}
	return evs, nil
}

// inlineArticle is the article whose evidence h holds, "" when none.
func (h edgeHead) inlineArticle() (graph.ID, error) {
	evs, err := h.inlineEvidence()
	if err != nil || len(evs) == 0 {
		return "", err
	}
	return evs[0].Article, nil
}

// compareEvidence orders evidence as its keys sort: article, then
// offsets.
func compareEvidence(a, b graph.Evidence) int {
	return cmp.Or(cmp.Compare(a.Article, b.Article), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
}

// withInline is an edge's evidence: the pieces read from its ev/ keys,
// evs, and those its head holds, in key order.
func (h edgeHead) withInline(evs []graph.Evidence) ([]graph.Evidence, error) {
	if h.inline == "" {
		return evs, nil
	}
	in, err := h.inlineEvidence()
	if err != nil {
		return nil, err
	}
	out := make([]graph.Evidence, 0, len(evs)+len(in))
	for len(evs) > 0 && len(in) > 0 {
		if compareEvidence(in[0], evs[0]) < 0 {
			out, in = append(out, in[0]), in[1:]
		} else {
			out, evs = append(out, evs[0]), evs[1:]
		}
	}
	return append(append(out, evs...), in...), nil
}

// headOf is e's head, its summary computed from e.Evidence, which must
// be all of e's evidence.
func headOf(e graph.Edge) edgeHead {
	h := edgeHead{ID: e.ID, Source: e.Source, Target: e.Target, Class: e.Class, Verb: e.Verb}
	h.Articles, h.First, h.Last, h.Modality = e.Support(), e.FirstSeen(), e.LastSeen(), e.MostFactual()
	return h
}

// addArticle updates h's summary for evidence evs of one article that
// gave none for h's edge before. A head without a summary keeps none:
// it could not be made up without reading the edge's evidence.
func (h *edgeHead) addArticle(evs []graph.Evidence) {
	if h.Articles == 0 || len(evs) == 0 {
		return
	}
	h.Articles++
	for _, ev := range evs {
		h.Modality = graph.MoreFactual(h.Modality, ev.Modality)
		day := ev.Day()
		if day == "" {
			continue
		}
		if h.First == "" || day < h.First {
			h.First = day
		}
		if day > h.Last {
			h.Last = day
		}
	}
}

// summary is h's edge without evidence, with the summary filled in.
func (h edgeHead) summary() graph.Edge {
	e := h.edge()
	e.Articles, e.First, e.Last, e.Modality = h.Articles, h.First, h.Last, h.Modality
	return e
}

func (h edgeHead) edge() graph.Edge {
	return graph.Edge{ID: h.ID, Source: h.Source, Target: h.Target, Class: h.Class, Verb: h.Verb}
}

// prefixEvidence is the prefix of edge id's evidence keys.
func prefixEvidence(id graph.ID) []byte { return []byte(prefixEvidenceAll + string(id) + "/") }

// keyEvidence is ev/<edge>/<article>/<start>/<end>, offsets in ten
// zero-padded digits so that an edge's keys sort like
// graph.MergeEvidence orders evidence (article, then offsets) and one
// piece of evidence has one key.
func keyEvidence(edge graph.ID, ev graph.Evidence) []byte {
	b := make([]byte, 0, len(prefixEvidenceAll)+len(edge)+len(ev.Article)+25)
	b = append(b, prefixEvidenceAll...)
	b = append(b, edge...)
	b = append(b, '/')
	b = append(b, ev.Article...)
	b = append(b, '/')
	b = appendPadded(b, ev.Start)
	b = append(b, '/')
	return appendPadded(b, ev.End)
}

func appendPadded(b []byte, n int) []byte {
	var d [20]byte
	s := strconv.AppendInt(d[:0], int64(n), 10)
	for range 10 - len(s) {
		b = append(b, '0')
	}
	return append(b, s...)
}

// evidenceValue is the JSON form of an evidence value, which format 2
// databases written before the binary form may hold; see
// encodeEvidence.
type evidenceValue struct {
	Sentence string             `json:"sentence"`
	Verb     string             `json:"verb,omitempty"`
	Date     string             `json:"date,omitempty"`
	Modality graph.Modality     `json:"modality,omitempty"`
	When     string             `json:"when,omitempty"`
	Resolved []graph.Resolution `json:"resolved,omitempty"`
}

// evidenceBinary starts an evidence value in the binary form; a JSON
// value starts with '{'.
const evidenceBinary = 0x01

// encodeEvidence gives the value of an evidence key: a 0x01 byte, then
// what the key does not say (sentence, verb, date), each as a uvarint
// length and the bytes, and, when either is set, modality and when the
// same way. Reading it back is slicing, several times cheaper than JSON,
// and a neighbourhood reads thousands. The last two fields were added
// within format 2: values without them are asserted and undated, and
// readers that predate them stop after the date. A sixth field, added
// the same way, holds the resolutions (graph.Evidence.Resolved) as JSON
// when there are any: readers that predate it stop after when, and
// values without it resolve nothing.
func encodeEvidence(ev graph.Evidence) ([]byte, error) {
	fields := []string{ev.Sentence, ev.Verb, ev.Date}
	if ev.Modality != graph.Asserted || ev.When != "" || len(ev.Resolved) > 0 {
		fields = append(fields, string(ev.Modality), ev.When)
	}
	if len(ev.Resolved) > 0 {
		res, err := json.Marshal(ev.Resolved)
		if err != nil {
			return nil, fmt.Errorf("encode resolutions: %w", err)
		}
		fields = append(fields, string(res))
	}
	b := make([]byte, 0, len(ev.Sentence)+len(ev.Verb)+len(ev.Date)+len(ev.Modality)+len(ev.When)+11)
	b = append(b, evidenceBinary)
	for _, s := range fields {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	return b, nil
}

// decodeEvidence reads a piece of evidence back from its key (after the
// edge's prefix) and value. The value is copied.
func decodeEvidence(rest, value []byte) (graph.Evidence, error) {
	parts := bytes.Split(rest, []byte("/"))
	if len(parts) != 3 {
		return graph.Evidence{}, fmt.Errorf("malformed evidence key suffix %q", rest)
	}
	start, err1 := strconv.Atoi(string(parts[1]))
	end, err2 := strconv.Atoi(string(parts[2]))
	if err1 != nil || err2 != nil {
		return graph.Evidence{}, fmt.Errorf("malformed evidence offsets in %q", rest)
	}
	ev := graph.Evidence{Article: graph.ID(parts[0]), Start: start, End: end}
	if len(value) == 0 || (value[0] != evidenceBinary && value[0] != '{') {
		return graph.Evidence{}, fmt.Errorf("decode evidence %q: unknown value form", rest)
	}
	if value[0] == '{' {
		var v evidenceValue
		if err := json.Unmarshal(value, &v); err != nil {
			return graph.Evidence{}, fmt.Errorf("decode evidence %q: %w", rest, err)
		}
		ev.Sentence, ev.Verb, ev.Date, ev.Modality, ev.When, ev.Resolved = v.Sentence, v.Verb, v.Date, v.Modality, v.When, v.Resolved
		return ev, nil
	}
	value = value[1:]
	var fields [6]string
	for i := range fields {
		if i == 3 && len(value) == 0 || i == 5 && len(value) == 0 {
			break // written without modality and when, or without resolutions
		}
		n, k := binary.Uvarint(value)
		if k <= 0 || uint64(len(value)-k) < n {
			return graph.Evidence{}, fmt.Errorf("decode evidence %q: malformed value", rest)
		}
		fields[i] = string(value[k : k+int(n)])
		value = value[k+int(n):]
	}
	ev.Sentence, ev.Verb, ev.Date, ev.When = fields[0], fields[1], fields[2], fields[4]
	ev.Modality = graph.Modality(fields[3])
	if !ev.Modality.Valid() {
		return graph.Evidence{}, fmt.Errorf("decode evidence %q: unknown modality %q", rest, fields[3])
	}
	if fields[5] != "" {
		if err := json.Unmarshal([]byte(fields[5]), &ev.Resolved); err != nil {
			return graph.Evidence{}, fmt.Errorf("decode evidence %q: resolutions: %w", rest, err)
		}
	}
	return ev, nil
}

// getEdgeHead reads an edge without its evidence.
func getEdgeHead(txn *badger.Txn, id graph.ID) (edgeHead, bool, error) {
	key := keyEdge(id)
	item, err := txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return edgeHead{}, false, nil
	}
	if err != nil {
		return edgeHead{}, false, err
	}
	var h edgeHead
	err = item.Value(func(b []byte) error {
		var err error
		h, err = decodeHead(b)
		return err
	})
	if err != nil {
		return edgeHead{}, false, fmt.Errorf("decode %s: %w", key, err)
	}
	return h, true, nil
}

// getEdge reads a whole edge: its head and its evidence.
func getEdge(txn *badger.Txn, id graph.ID) (graph.Edge, bool, error) {
	r := newEdgeReader(txn)
	defer r.close()
	return r.get(id)
}

// edgeReader loads whole edges from one transaction with one evidence
// iterator, moved by Seek from edge to edge, instead of one iterator per
// edge.
type edgeReader struct {
	txn *badger.Txn
	it  *badger.Iterator
}

func newEdgeReader(txn *badger.Txn) *edgeReader { return &edgeReader{txn: txn} }

func (r *edgeReader) close() {
	if r.it != nil {
		r.it.Close()
	}
}

// head reads edge id without its evidence but with its summary, read
// from the evidence when the head has none (written by an older version).
func (r *edgeReader) head(id graph.ID) (graph.Edge, bool, error) {
	h, ok, err := getEdgeHead(r.txn, id)
	if err != nil || !ok {
		return graph.Edge{}, ok, err
	}
	if h.Articles > 0 {
		return h.summary(), true, nil
	}
	e, ok, err := r.get(id)
	if err != nil || !ok {
		return graph.Edge{}, ok, err
	}
	return headOf(e).summary(), true, nil
}

func (r *edgeReader) get(id graph.ID) (graph.Edge, bool, error) {
	h, ok, err := getEdgeHead(r.txn, id)
	if err != nil || !ok {
		return graph.Edge{}, ok, err
	}
	e := h.edge()
	if r.it == nil {
		r.it = r.txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixEvidenceAll)})
		r.it.Rewind()
	}
	if e.Evidence, err = readEvidence(r.it, id); err != nil {
		return graph.Edge{}, false, err
	}
	if e.Evidence, err = h.withInline(e.Evidence); err != nil {
		return graph.Edge{}, false, err
	}
	return e, true, nil
}

// readEvidence reads edge id's evidence with it, an iterator over ev/.
// It seeks only when the iterator is not already at the edge's first
// key, so that reading edges in ID order (ScanEdges) walks the evidence
// keys in one pass.
func readEvidence(it *badger.Iterator, id graph.ID) ([]graph.Evidence, error) {
	prefix := prefixEvidence(id)
	evs := []graph.Evidence{}
	if !it.ValidForPrefix(prefix) {
		it.Seek(prefix)
	}
	for ; it.ValidForPrefix(prefix); it.Next() {
		item := it.Item()
		var ev graph.Evidence
		err := item.Value(func(v []byte) error {
			var err error
			ev, err = decodeEvidence(item.Key()[len(prefix):], v)
			return err
		})
		if err != nil {
			return nil, fmt.Errorf("edge %s: %w", id, err)
		}
		evs = append(evs, ev)
	}
	return evs, nil
}

// putEvidence plans writing edge id's pieces of evidence.
func putEvidence(set func(key, value []byte), id graph.ID, evs []graph.Evidence) error {
	for _, ev := range evs {
		v, err := encodeEvidence(ev)
		if err != nil {
			return err
		}
		set(keyEvidence(id, ev), v)
	}
	return nil
}

func encodeHead(e graph.Edge) ([]byte, error) { return json.Marshal(headOf(e)) }

// migrateV1 rewrites a format 1 database, whose edge values hold all
// their evidence, into format 2: each edge becomes a head and evidence
// keys, a batch of edges per transaction. A crash part way leaves
// format 1 in meta/format, and the next Open goes on where it stopped:
// edges already converted have heads without evidence and are skipped.
// It leaves the database in format 2, for migrateV2.
func (db *DB) migrateV1() error {
	const batch = 256
	var after []byte
	for {
		var ops []kv
		var last []byte
		err := db.bdb.View(func(txn *badger.Txn) error {
			it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixEdges), PrefetchValues: true})
			defer it.Close()
			start := []byte(prefixEdges)
			if after != nil {
				start = append(after, 0)
			}
			n := 0
			for it.Seek(start); it.Valid() && n < batch; it.Next() {
				item := it.Item()
				last = item.KeyCopy(nil)
				n++
				var e graph.Edge
				if err := item.Value(func(v []byte) error { return json.Unmarshal(v, &e) }); err != nil {
					return fmt.Errorf("decode %s: %w", item.Key(), err)
				}
				if e.Evidence == nil {
					continue // converted before a crash
				}
				// Evidence first, then the head: should a split write
				// stop between them, the edge still holds its evidence
				// in format 1 and is converted again.
				if err := putEvidence(func(k, v []byte) { ops = append(ops, kv{key: k, value: v}) }, e.ID, e.Evidence); err != nil {
					return err
				}
				head, err := encodeHead(e)
				if err != nil {
					return err
				}
				ops = append(ops, kv{key: keyEdge(e.ID), value: head})
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("migrate to format 2: %w", err)
		}
		if last == nil {
			break
		}
		if len(ops) > 0 {
			if err := db.writeOne(ops); err != nil {
				if !errors.Is(err, badger.ErrTxnTooBig) {
					return fmt.Errorf("migrate to format 2: %w", err)
				}
				// Each edge's head and evidence are idempotent writes,
				// so a split batch is safe to redo after a crash.
				if err := db.writeChunked("", ops); err != nil {
					return fmt.Errorf("migrate to format 2: %w", err)
				}
			}
		}
		after = last
	}
	return db.bdb.Update(func(txn *badger.Txn) error {
		return txn.Set(keyFormat, []byte("2"))
	})
}
