package store

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// nodeValues are node values as json.Marshal writes them and in forms
// it does not, which decodeNode must read exactly as json.Unmarshal does.
var nodeValues = []string{
	`{"id":"a:x","kind":"actor","label":"X"}`,
	`{"id":"a:x","kind":"actor","label":"Vladimir Putin","type":"person","aliases":["Putin","President Putin"],"attrs":{"b":"2","a":"1"}}`,
	`{"id":"s:1","kind":"statement","label":"short","text":"He said \"no\"\\n\ttab/slash\/","article":"art:1","date":"2024-01-02"}`,
	`{"id":"art:1","kind":"article","label":"Łódź \u0026 Київ","url":"http://x/?a=1\u0026b=2","source":"wire"}`,
	`{"id":"e:1","kind":"event","label":"meeting","place":"Paris","aliases":[],"attrs":{}}`,
	` { "id" : "a:y" , "kind":"actor" , "label":"Y" } `,
	`{"id":"a:x","id":"a:y","kind":"actor"}`,
	`{"ID":"a:x","Kind":"actor"}`,
	`{"id":"a:x","unknown":1}`,
	`{"id":"a:x","aliases":null}`,
	`{"id":"a:x","attrs":{"k":"1","k":"2"}}`,
	`{"id":"bad \xff utf8"}`,
	`{"id":"a:x"`,
	`{"id":"a:x"} trailing`,
	`{"id":"\ud83d\ude00 pair","label":"lone \ud800"}`,
	"{\"id\":\"ctl\x01\"}",
	`[]`,
	``,
}

func TestDecodeNodeMatchesEncodingJSON(t *testing.T) {
	for _, v := range nodeValues {
		checkDecodeNode(t, []byte(v))
	}
}

func checkDecodeNode(t *testing.T, b []byte) {
	t.Helper()
	var want graph.Node
	wantErr := json.Unmarshal(b, &want)
	got, err := decodeNode(b)
	if (err != nil) != (wantErr != nil) {
		t.Fatalf("decodeNode(%q) error %v, json.Unmarshal error %v", b, err, wantErr)
	}
	if err == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("decodeNode(%q) = %#v, want %#v", b, got, want)
	}
}

var headValues = []string{
	`{"id":"e1","source":"a:x","target":"a:y","class":"CONSULT","verb":"met with","articles":3,"first":"2024-01-01","last":"2024-02-01"}`,
	`{"id":"e1","source":"a:x","target":"a:y","class":"CONSULT"}`,
	`{"id":"e1","articles":0}`,
	`{"id":"e1","articles":012}`,
	`{"id":"e1","articles":-1}`,
	`{"id":"e1","articles":1.5}`,
	`{"id":"e1","articles":1e3}`,
	`{"id":"e1","articles":99999999999999999999}`,
	`{"id":"e1","articles":"3"}`,
	`{"id":"e1","verb":"said \u003cno\u003e"}`,
	`{"id":"e1","evidence":[]}`,
	`{"id":"e1","first":"a","first":"b"}`,
}

func TestDecodeHeadMatchesEncodingJSON(t *testing.T) {
	for _, v := range headValues {
		checkDecodeHead(t, []byte(v))
	}
}

// TestHeadHoldsEvidence encodes heads that hold pieces of evidence and
// reads them back: the JSON as a head without them reads, the pieces in
// key order whatever order they came in, and merged with ev/ pieces in
// key order; a head whose lengths run past its end is refused.
func TestHeadHoldsEvidence(t *testing.T) {
	evs := []graph.Evidence{
		{Article: "art_b", Start: 40, End: 90, Sentence: "Later sentence.", Verb: "met", Date: "2025-01-02"},
		{Article: "art_b", Start: 5, End: 30, Sentence: "First sentence.", Modality: graph.Negated, When: "2025-01-01",
			Resolved: []graph.Resolution{{Mention: "he", Actor: "act_x"}}},
	}
	h := edgeHead{ID: "rel_1", Source: "act_a", Target: "act_b", Class: graph.Consult, Articles: 1, First: "2025-01-01", Last: "2025-01-02"}
	plain, err := h.encode()
	if err != nil || plain[0] != '{' {
		t.Fatalf("a head without evidence encodes as %q, %v; want JSON", plain, err)
	}
	if h.inline, err = encodeInline(evs); err != nil {
		t.Fatal(err)
	}
	b, err := h.encode()
	if err != nil || b[0] != headInline {
		t.Fatalf("encode: %q, %v", b, err)
	}
	checkDecodeHead(t, b)
	got, err := decodeHead(b)
	if err != nil || got != h {
		t.Fatalf("decodeHead = %+v, %v; want %+v", got, err, h)
	}
	in, err := got.inlineEvidence()
	if err != nil || len(in) != 2 || !reflect.DeepEqual(in[0], evs[1]) || !reflect.DeepEqual(in[1], evs[0]) {
		t.Fatalf("inlineEvidence = %+v, %v; want %+v in key order", in, err, evs)
	}
	if art, err := got.inlineArticle(); art != "art_b" || err != nil {
		t.Errorf("inlineArticle = %q, %v", art, err)
	}
	stored := []graph.Evidence{{Article: "art_a", Start: 1, End: 2}, {Article: "art_b", Start: 10, End: 20}, {Article: "art_c", Start: 0, End: 1}}
	all, err := got.withInline(stored)
	var order []string
	for _, ev := range all {
		order = append(order, fmt.Sprintf("%s/%d", ev.Article, ev.Start))
	}
	if err != nil || strings.Join(order, " ") != "art_a/1 art_b/5 art_b/10 art_b/40 art_c/0" {
		t.Errorf("withInline = %v, %v", order, err)
	}
	for _, cut := range []int{1, 3, len(b) - 1} {
		bad := b[:cut]
		if h, err := decodeHead(bad); err == nil {
			if _, err := h.inlineEvidence(); err == nil {
				t.Errorf("a head cut to %d bytes reads as %+v", cut, h)
			}
		}
	}
}

// checkDecodeHead checks decodeHead against json.Unmarshal of the
// head's JSON (all of b, or, for a head that holds evidence, the part
// splitHead finds), with the rest as what the head holds.
func checkDecodeHead(t *testing.T, b []byte) {
	t.Helper()
	js, inline, splitErr := splitHead(b)
	if splitErr != nil {
		if _, err := decodeHead(b); err == nil {
			t.Fatalf("decodeHead(%q) read a head splitHead refuses (%v)", b, splitErr)
		}
		return
	}
	var want edgeHead
	wantErr := json.Unmarshal(b[js:len(b)-inline], &want)
	want.inline = string(b[len(b)-inline:])
	got, err := decodeHead(b)
	if (err != nil) != (wantErr != nil) {
		t.Fatalf("decodeHead(%q) error %v, json.Unmarshal error %v", b, err, wantErr)
	}
	if err == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("decodeHead(%q) = %#v, want %#v", b, got, want)
	}
}

// TestDecodeRoundTrip decodes what json.Marshal writes for nodes and
// heads with awkward text; all but \u escapes take the fast path.
func TestDecodeRoundTrip(t *testing.T) {
	texts := []struct {
		s    string
		fast bool
	}{
		{"", true}, {"plain", true}, {"quote \" backslash \\ slash /", true},
		{"ctl \n\t\r\b\f", true}, {"Łódź 北京 🙂", true},
		{"ctl \x01", false}, {"<b>&amp;</b>", false},
	}
	for _, tc := range texts {
		s := tc.s
		n := graph.Node{ID: "a:x", Kind: graph.KindActor, Label: s, Aliases: []string{s, "x"}, Text: s, Attrs: map[string]string{s: s}}
		b, err := json.Marshal(n)
		if err != nil {
			t.Fatal(err)
		}
		checkDecodeNode(t, b)
		if fast := fastNode(b, &graph.Node{}); fast != tc.fast {
			t.Errorf("fastNode(%s) = %v, want %v", b, fast, tc.fast)
		}
		h := edgeHead{ID: "e", Source: "a", Target: "b", Class: graph.Consult, Verb: s, Articles: 7, First: s, Last: s}
		if b, err = json.Marshal(h); err != nil {
			t.Fatal(err)
		}
		checkDecodeHead(t, b)
		if fast := fastHead(string(b), &edgeHead{}); fast != tc.fast {
			t.Errorf("fastHead(%s) = %v, want %v", b, fast, tc.fast)
		}
	}
}

func FuzzDecodeNode(f *testing.F) {
	for _, v := range nodeValues {
		f.Add([]byte(v))
	}
	f.Fuzz(func(t *testing.T, b []byte) { checkDecodeNode(t, b) })
}

func FuzzDecodeHead(f *testing.F) {
	for _, v := range headValues {
		f.Add([]byte(v))
		f.Add(append([]byte{headInline, byte(len(v))}, v+"\x05a/1/2\x01x"...))
	}
	f.Fuzz(func(t *testing.T, b []byte) { checkDecodeHead(t, b) })
}
