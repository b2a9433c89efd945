package nlp

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// saveV5 writes m as Save wrote models before v6 (gzip, varint weights):
// what Load must still read.
func saveV5(t testing.TB, m *Model) []byte {
	models := []scorer{m.tagger.umodel, m.tagger.xmodel, m.trans, m.labeller}
	if m.tagger.u2model != nil {
		models = append(models, m.tagger.u2model)
	}
	b := append([]byte(nil), modelMagic5...)
	b = binary.AppendUvarint(b, uint64(len(models)))
	b = binary.AppendUvarint(b, uint64(m.templates))
	for _, list := range [][]string{m.tagger.upos, m.tagger.xpos, m.labels} {
		b = appendStrings(b, list)
	}
	b = binary.AppendUvarint(b, uint64(m.rootLabel))
	words := sortedKeys(m.tagger.dict)
	b = binary.AppendUvarint(b, uint64(len(words)))
	for _, word := range words {
		b = appendString(b, word)
		b = append(b, m.tagger.dict[word].u, m.tagger.dict[word].x)
	}
	sets := sortedKeys(m.tagger.sets)
	b = binary.AppendUvarint(b, uint64(len(sets)))
	for _, word := range sets {
		b = appendString(b, word)
		b = binary.AppendUvarint(b, uint64(m.tagger.sets[word]))
	}
	for _, s := range models {
		b = appendVarints(asLinear(s), b)
	}
	return gzipped(t, b)
}

// saveRelabellerV1 writes r as Save wrote relabellers before v2.
func saveRelabellerV1(t testing.TB, r *Relabeller) []byte {
	b := append([]byte(relabelMagic), appendStrings(nil, r.labels)...)
	b = binary.AppendUvarint(b, uint64(r.root))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(r.margin))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(r.parserWeight))
	return gzipped(t, appendVarints(asLinear(r.model), b))
}

func gzipped(t testing.TB, b []byte) []byte {
	var out bytes.Buffer
	zw, err := gzip.NewWriterLevel(&out, gzip.BestSpeed)
	if err != nil {
		t.Fatal(err)
	}
	zw.Write(b)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// appendVarints appends lin as model files before v6 held it: per row in
// key order the feature hash and the nonzero weights as (class, zigzag
// varint) pairs.
func appendVarints(lin *linear, b []byte) []byte {
	b = binary.AppendUvarint(b, uint64(lin.nclass))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(lin.scale))
	b = binary.AppendUvarint(b, uint64(lin.table.n))
	n := lin.nclass
	for _, k := range lin.table.sortedKeys() {
		row := lin.w[int(lin.table.get(k))*n:][:n]
		b = binary.LittleEndian.AppendUint64(b, k)
		nz := 0
		for _, v := range row {
			if v != 0 {
				nz++
			}
		}
		b = binary.AppendUvarint(b, uint64(nz))
		for c, v := range row {
			if v != 0 {
				b = append(b, byte(c))
				b = binary.AppendVarint(b, int64(v))
			}
		}
	}
	return b
}

// TestOldFormatsStillLoad writes the committed model and relabeller in
// the formats before v6 and v2 (gzip, varints), loads them, and checks
// that they save to the committed files' bytes: the same model.
func TestOldFormatsStillLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and reads 20 MB of gzip; not in -short")
	}
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	old, err := loadModel(saveV5(t, m))
	if err != nil {
		t.Fatalf("a v5 model: %v", err)
	}
	var got bytes.Buffer
	if err := old.Save(&got); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("model", "en_ewt.model"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Error("the model written as v5 and loaded saves to other bytes than the committed file")
	}
	r, err := loadRelabeller(saveRelabellerV1(t, m.relabel))
	if err != nil {
		t.Fatalf("a v1 relabeller: %v", err)
	}
	got.Reset()
	if err := r.Save(&got); err != nil {
		t.Fatal(err)
	}
	if want, err = os.ReadFile(filepath.Join("model", "en_ewt.relabel")); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Error("the relabeller written as v1 and loaded saves to other bytes than the committed file")
	}
}
