package export

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"

	"github.com/newsgraph/newsgraph/graph"
)

// jsonNode is a node of the json format. The first six fields are the
// contract other tools (the scorer) rely on and are always present;
// aliases is an array, never null.
type jsonNode struct {
	ID      graph.ID          `json:"id"`
	Kind    graph.NodeKind    `json:"kind"`
	Label   string            `json:"label"`
	Type    string            `json:"type"`
	Aliases []string          `json:"aliases"`
	Text    string            `json:"text"`
	Date    string            `json:"date,omitempty"`
	Place   string            `json:"place,omitempty"`
	URL     string            `json:"url,omitempty"`
	Source  string            `json:"source,omitempty"`
	Article graph.ID          `json:"article,omitempty"`
	Attrs   map[string]string `json:"attrs,omitempty"`
}

func newJSONNode(n graph.Node) jsonNode {
	aliases := n.Aliases
	if aliases == nil {
		aliases = []string{}
	}
	return jsonNode{
		ID: n.ID, Kind: n.Kind, Label: n.Label, Type: n.Type, Aliases: aliases,
		Text: n.Text, Date: n.Date, Place: n.Place, URL: n.URL, Source: n.Source,
		Article: n.Article, Attrs: n.Attrs,
	}
}

// jsonEdge is an edge of the json format; evidence is an array, never
// null. first_seen, last_seen and symmetric follow the contract fields.
type jsonEdge struct {
	ID        graph.ID        `json:"id"`
	Source    graph.ID        `json:"source"`
	Target    graph.ID        `json:"target"`
	Class     graph.EdgeClass `json:"class"`
	Verb      string          `json:"verb"`
	Support   int             `json:"support"`
	Evidence  []jsonEvidence  `json:"evidence"`
	FirstSeen string          `json:"first_seen,omitempty"`
	LastSeen  string          `json:"last_seen,omitempty"`
	Symmetric bool            `json:"symmetric,omitempty"`
	// Modality is the edge's most factual modality, omitted when
	// asserted.
	Modality graph.Modality `json:"modality,omitempty"`
}

type jsonEvidence struct {
	Article  graph.ID `json:"article"`
	Sentence string   `json:"sentence"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Verb     string   `json:"verb,omitempty"`
	Date     string   `json:"date,omitempty"`
	// Modality (omitted when asserted) and When (the action's day) as
	// in graph.Evidence.
	Modality graph.Modality `json:"modality,omitempty"`
	When     string         `json:"when,omitempty"`
	// Resolved as in graph.Evidence: how the ends the sentence does not
	// name were resolved.
	Resolved []graph.Resolution `json:"resolved,omitempty"`
}

func newJSONEdge(e graph.Edge, ev []jsonEvidence) jsonEdge {
	if ev == nil {
		ev = make([]jsonEvidence, 0, len(e.Evidence))
	}
	ev = ev[:0]
	for _, x := range e.Evidence {
		ev = append(ev, jsonEvidence{Article: x.Article, Sentence: x.Sentence,
			Start: x.Start, End: x.End, Verb: x.Verb, Date: x.Date, Modality: x.Modality, When: x.When, Resolved: x.Resolved})
	}
	first, last := spanOf(e)
	return jsonEdge{
		ID: e.ID, Source: e.Source, Target: e.Target, Class: e.Class, Verb: e.Verb,
		Support: e.Support(), Evidence: ev, FirstSeen: first, LastSeen: last,
		Symmetric: e.Class.Symmetric(), Modality: e.MostFactual(),
	}
}

// evidenceJSON is e's evidence as the JSON array the json format writes
// for it (article, sentence, offsets, verb, date, modality, when,
// resolutions), for the formats that hold it in one attribute or column;
// buf is reused.
func evidenceJSON(e graph.Edge, buf []jsonEvidence) (string, []jsonEvidence, error) {
	je := newJSONEdge(e, buf)
	b, err := json.Marshal(je.Evidence)
	return string(b), je.Evidence, err
}

// spanOf is Edge.FirstSeen and LastSeen without sorting.
func spanOf(e graph.Edge) (first, last string) {
	if len(e.Evidence) == 0 { // a head: its summary, if any, says
		return e.FirstSeen(), e.LastSeen()
	}
	for _, ev := range e.Evidence {
		day := ev.Day()
		if day == "" {
			continue
		}
		if first == "" || day < first {
			first = day
		}
		if day > last {
			last = day
		}
	}
	return first, last
}

// jsonStream writes JSON values one per line, reusing one buffer, with
// HTML characters left as they are.
type jsonStream struct {
	w   *bufio.Writer
	buf bytes.Buffer
	enc *json.Encoder
	n   int // values written in the current array
}

func newJSONStream(w *bufio.Writer) *jsonStream {
	s := &jsonStream{w: w}
	s.enc = json.NewEncoder(&s.buf)
	s.enc.SetEscapeHTML(false)
	return s
}

// open starts an array: prefix ends with "[".
func (s *jsonStream) open(prefix string) {
	s.w.WriteString(prefix)
	s.n = 0
}

// value writes v as the next element of the open array.
func (s *jsonStream) value(v any) error {
	s.buf.Reset()
	if err := s.enc.Encode(v); err != nil {
		return err
	}
	if s.n > 0 {
		s.w.WriteByte(',')
	}
	s.w.WriteByte('\n')
	s.n++
	_, err := s.w.Write(bytes.TrimSuffix(s.buf.Bytes(), []byte{'\n'}))
	return err
}

// close ends an array: suffix starts with "]".
func (s *jsonStream) close(suffix string) {
	s.w.WriteByte('\n')
	s.w.WriteString(suffix)
}

// writeJSON writes
//
//	{"nodes":[
//	{"id":…,"kind":…,"label":…,"type":…,"aliases":[…],"text":…,…},
//	…
//	],"edges":[
//	{"id":…,"source":…,"target":…,"class":…,"verb":…,"support":…,"evidence":[…],…},
//	…
//	]}
//
// one node or edge per line.
func writeJSON(ctx context.Context, w *bufio.Writer, src *source) error {
	s := newJSONStream(w)
	s.open(`{"nodes":[`)
	err := src.nodes(ctx, func(n graph.Node) error { return s.value(newJSONNode(n)) })
	if err != nil {
		return err
	}
	s.close(`],"edges":[`)
	s.n = 0
	var ev []jsonEvidence
	err = src.edges(ctx, func(e graph.Edge) error {
		je := newJSONEdge(e, ev)
		ev = je.Evidence
		return s.value(je)
	})
	if err != nil {
		return err
	}
	s.close("]}\n")
	return nil
}
