package nlp

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"io"
	"math"
)

// Model files since v6 (relabeller files since v2) are not compressed
// and keep each linear model's features in fixed-width arrays, so that
// loading is one pass over the bytes into the hash tables scoring uses:
// inflating the gzip stream and decoding varints took most of a
// process's start-up (0.9 s of CPU for the 17.8 MB model), and saved
// little (17.8 MB gzipped against 20.8 MB of varints; 19.3 MB flat).
//
// A flat linear model is
//
//	uvarint classes, float32 scale, uvarint rows,
//	rows × uint64 feature hashes, in increasing order,
//	then, with at most smallClasses classes, rows × classes × int16 weights;
//	else rows × uint8 counts of nonzero weights, then per row its
//	nonzero weights as (uint8 class, int16 weight), classes increasing,
//
// all little-endian.

// smallClasses is the most classes a model scored with weights beside
// their key (smallLinear) has.
const smallClasses = 4

// appendFlat appends the model in the flat layout.
func (lin *linear) appendFlat(b []byte) []byte {
	n := lin.nclass
	keys := lin.table.sortedKeys()
	b = binary.AppendUvarint(b, uint64(n))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(lin.scale))
	b = binary.AppendUvarint(b, uint64(len(keys)))
	for _, k := range keys {
		b = binary.LittleEndian.AppendUint64(b, k)
	}
	row := func(k uint64) []int16 { return lin.w[int(lin.table.get(k))*n:][:n] }
	if n <= smallClasses {
		for _, k := range keys {
			for _, v := range row(k) {
				b = binary.LittleEndian.AppendUint16(b, uint16(v))
			}
		}
		return b
	}
	for _, k := range keys {
		nz := 0
		for _, v := range row(k) {
			if v != 0 {
				nz++
			}
		}
		b = append(b, byte(nz))
	}
	for _, k := range keys {
		for c, v := range row(k) {
			if v != 0 {
				b = append(b, byte(c))
				b = binary.LittleEndian.AppendUint16(b, uint16(v))
			}
		}
	}
	return b
}

// flatLinear reads a model in the flat layout.
func (d *decoder) flatLinear() scorer {
	s, rows := d.flatModel()
	if rows != nil {
		return rows.table()
	}
	return s
}

// The loops below are the whole of loading: they read each row once,
// check it (keys increasing, so never 0; classes increasing and in
// range; weights nonzero) and write it where scoring will look for it.

func (d *decoder) flatSmall(nclass int, scale float32, keys []byte) scorer {
	n := len(keys) / 8
	w := d.bytes(2 * nclass * n)
	if w == nil {
		return &linear{nclass: 1}
	}
	m := newSmallTable(nclass, n, scale)
	var last uint64
	row := make([]int16, nclass)
	for r := 0; r < n; r++ {
		key := binary.LittleEndian.Uint64(keys[8*r:])
		if key <= last {
			d.fail("feature order")
			return &linear{nclass: 1}
		}
		last = key
		ws := w[2*nclass*r:][:2*nclass]
		for c := range nclass {
			row[c] = int16(binary.LittleEndian.Uint16(ws[2*c:]))
		}
		m.putSorted(key, row)
	}
	return m
}

// sparseRows is a sparse model's rows (as sparseLinear keeps them) in
// increasing key order, not yet in a hash table: loading makes a table
// of them (table), or joins them with others' (joinSparse).
type sparseRows struct {
	nclass  int
	scale   float32
	rows    []sparseSlot // in increasing key order
	entries []uint32
}

// table returns the rows in a sparseLinear.
func (r *sparseRows) table() *sparseLinear {
	m := newSparseLinear(r.nclass, len(r.rows), r.scale)
	m.entries = r.entries
	for _, s := range r.rows {
		m.slots[m.place(s.key)] = s
	}
	m.n = len(r.rows)
	return m
}

// flatSparseRows reads the rows of a flat sparse model (d.err tells
// whether they are sound).
func (d *decoder) flatSparseRows(nclass int, scale float32, keys []byte) *sparseRows {
	n := len(keys) / 8
	counts := d.bytes(n)
	total := 0
	for _, c := range counts {
		total += int(c)
	}
	ents := d.bytes(3 * total)
	if ents == nil {
		return nil
	}
	r := &sparseRows{nclass: nclass, scale: scale, rows: make([]sparseSlot, n)}
	m := sparseLinear{nclass: nclass} // for keepsDense
	// Rows are placed so as to cross no more cache lines than they
	// must (rowStart): their words as they will be placed.
	words := 0
	for _, cnt := range counts {
		w := int(cnt)
		if m.keepsDense(w) {
			w = denseWords(nclass)
		}
		words = rowStart(words, w) + w
	}
	// (A dense row's nonzero weights are read into the words it will
	// take and past them: nclass words of room at the end.)
	r.entries = hugeSlice[uint32](words + nclass)
	var (
		last uint64
		row  [maxClasses + 1]int16 // a dense row's weights (and one past an odd count of classes)
	)
	e, at := 0, 0 // the row's first weight in ents, its first word in entries
	for i, cnt := range counts {
		key := binary.LittleEndian.Uint64(keys[8*i:])
		if key <= last {
			d.fail("feature order")
			return nil
		}
		last = key
		in := ents[3*e:][:3*int(cnt)]
		e += int(cnt)
		dense := m.keepsDense(int(cnt))
		if dense {
			clear(row[:nclass+1])
			at = rowStart(at, denseWords(nclass))
		} else {
			at = rowStart(at, int(cnt))
		}
		out := r.entries[at:][:cnt]
		prev := -1
		for j := range out {
			c, v := int(in[3*j]), int16(binary.LittleEndian.Uint16(in[3*j+1:]))
			if c <= prev || c >= nclass || v == 0 {
				d.fail("weights")
				return nil
			}
			prev = c
			if dense {
				row[c] = v
			} else {
				out[j] = packEntry(c, v)
			}
		}
		slot := sparseSlot{key, uint32(at), uint32(cnt)}
		if dense {
			words := out[:denseWords(nclass)]
			for j := range words {
				words[j] = densePair(row[2*j], row[2*j+1])
			}
			slot.cnt = uint32(len(words)) | denseRow
		}
		at += int(slot.cnt &^ denseRow)
		r.rows[i] = slot
	}
	r.entries = r.entries[:at:at]
	return r
}

// flatModel reads a model in the flat layout: a sparse one as its rows
// (nil scorer), for a table of its own or the tagger's joint table.
func (d *decoder) flatModel() (scorer, *sparseRows) {
	nclass := int(d.uvarint())
	var scale float32
	if sb := d.bytes(4); sb != nil {
		scale = math.Float32frombits(binary.LittleEndian.Uint32(sb))
	}
	rows := d.uvarint()
	if d.err != nil || nclass < 1 || nclass > maxClasses || rows > uint64(len(d.b))/8 {
		d.fail("model header")
		return &linear{nclass: 1}, nil
	}
	keys := d.bytes(8 * int(rows))
	if d.err != nil {
		return &linear{nclass: 1}, nil
	}
	if nclass <= smallClasses {
		return d.flatSmall(nclass, scale, keys), nil
	}
	r := d.flatSparseRows(nclass, scale, keys)
	if d.err != nil {
		return &linear{nclass: 1}, nil
	}
	return nil, r
}

// inflated returns data itself, or, when it is gzip-compressed (model
// files before v6, relabeller files before v2), its inflated bytes.
func inflated(data []byte) ([]byte, error) {
	if len(data) < 2 || data[0] != 0x1f || data[1] != 0x8b {
		return data, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	// gzip ends with the inflated size (modulo 2^32): a hint, bounded
	// in case the file is corrupt.
	hint := min(int(binary.LittleEndian.Uint32(data[len(data)-4:])), 16*len(data))
	out.Grow(hint + bytes.MinRead)
	if _, err := io.Copy(&out, zr); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
