package resolvers

import (
	"bytes"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

// TestAppendQuotedIsMarshalString: appendQuoted writes every string as
// graphql.MarshalString does: each ASCII byte alone and among others,
// escapes, multi-byte and invalid UTF-8.
func TestAppendQuotedIsMarshalString(t *testing.T) {
	cases := []string{"", "plain", `say "hi" \ bye`, "tab\there\r\nnext", "\x00\x01\x1f\x7f", "é Zelenskyy – «Київ» \u2028",
		"bad \xff\xfe utf-8 \xe2\x80", "<b>&amp;</b>"}
	for c := range 128 {
		cases = append(cases, string(rune(c)), "a"+string(rune(c))+"b")
	}
	for _, s := range cases {
		var want bytes.Buffer
		graphql.MarshalString(s).MarshalGQL(&want)
		if got := appendQuoted([]byte("x"), s); !bytes.Equal(got, append([]byte("x"), want.Bytes()...)) {
			t.Errorf("%q: got %s, want x%s", s, got, want.Bytes())
		}
	}
}
