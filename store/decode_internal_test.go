package store

import (
	"encoding/json"
	"reflect"
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

func checkDecodeHead(t *testing.T, b []byte) {
	t.Helper()
	var want edgeHead
	wantErr := json.Unmarshal(b, &want)
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
	}
	f.Fuzz(func(t *testing.T, b []byte) { checkDecodeHead(t, b) })
}
