package store

import (
	"encoding/json"
	"strconv"
)

// Writing an edge head's JSON without encoding/json. Every new edge of
// an ingest writes its head, and json.Marshal's reflection was about 1 %
// of a load's CPU. appendHeadJSON writes the bytes json.Marshal writes
// for an edgeHead whose strings need no escaping (plainJSON: printable
// ASCII but '"', '\\', '<', '>' and '&', which json.Marshal escapes);
// a head with any other string is left to json.Marshal, so the value
// stored is the same byte for byte (TestHeadJSONIsMarshals).

// plainJSON reports whether json.Marshal writes s as '"', s and '"'.
func plainJSON(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			return false
		}
	}
	return true
}

// headJSON returns json.Marshal(h).
func headJSON(h *edgeHead) ([]byte, error) {
	// headKeysMax bounds the bytes appendHeadJSON writes besides h's
	// strings: the keys, quotes and an int64 article count.
	const headKeysMax = 128
	n := headKeysMax
	for _, s := range [...]string{string(h.ID), string(h.Source), string(h.Target), string(h.Class),
		h.Verb, h.First, h.Last, string(h.Modality)} {
		if !plainJSON(s) {
			return json.Marshal(*h)
		}
		n += len(s)
	}
	return appendHeadJSON(make([]byte, 0, n), h), nil
}

// appendHeadJSON appends h's JSON to b; h's strings must be plainJSON.
func appendHeadJSON(b []byte, h *edgeHead) []byte {
	b = append(b, `{"id":"`...)
	b = append(b, h.ID...)
	b = append(b, `","source":"`...)
	b = append(b, h.Source...)
	b = append(b, `","target":"`...)
	b = append(b, h.Target...)
	b = append(b, `","class":"`...)
	b = append(b, h.Class...)
	b = append(b, '"')
	b = appendOptionalField(b, "verb", h.Verb)
	if h.Articles != 0 {
		b = append(b, `,"articles":`...)
		b = strconv.AppendInt(b, int64(h.Articles), 10)
	}
	b = appendOptionalField(b, "first", h.First)
	b = appendOptionalField(b, "last", h.Last)
	b = appendOptionalField(b, "modality", string(h.Modality))
	return append(b, '}')
}

// appendOptionalField appends ,"key":"v" unless v is empty (omitempty).
func appendOptionalField(b []byte, key, v string) []byte {
	if v == "" {
		return b
	}
	b = append(b, `,"`...)
	b = append(b, key...)
	b = append(b, `":"`...)
	b = append(b, v...)
	return append(b, '"')
}
