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
	if !plainJSON(string(h.ID)) || !plainJSON(string(h.Source)) || !plainJSON(string(h.Target)) ||
		!plainJSON(string(h.Class)) || !plainJSON(h.Verb) || !plainJSON(h.First) ||
		!plainJSON(h.Last) || !plainJSON(string(h.Modality)) {
		return json.Marshal(*h)
	}
	n := 48 + len(h.ID) + len(h.Source) + len(h.Target) + len(h.Class)
	if h.Verb != "" {
		n += 10 + len(h.Verb)
	}
	if h.Articles != 0 {
		n += 32
	}
	if h.First != "" {
		n += 11 + len(h.First)
	}
	if h.Last != "" {
		n += 10 + len(h.Last)
	}
	if h.Modality != "" {
		n += 14 + len(h.Modality)
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
	if h.Verb != "" {
		b = append(b, `,"verb":"`...)
		b = append(b, h.Verb...)
		b = append(b, '"')
	}
	if h.Articles != 0 {
		b = append(b, `,"articles":`...)
		b = strconv.AppendInt(b, int64(h.Articles), 10)
	}
	if h.First != "" {
		b = append(b, `,"first":"`...)
		b = append(b, h.First...)
		b = append(b, '"')
	}
	if h.Last != "" {
		b = append(b, `,"last":"`...)
		b = append(b, h.Last...)
		b = append(b, '"')
	}
	if h.Modality != "" {
		b = append(b, `,"modality":"`...)
		b = append(b, h.Modality...)
		b = append(b, '"')
	}
	return append(b, '}')
}
