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
	for _, s := range quoteCases() {
		var want bytes.Buffer
		graphql.MarshalString(s).MarshalGQL(&want)
		if got := appendQuoted([]byte("x"), s); !bytes.Equal(got, append([]byte("x"), want.Bytes()...)) {
			t.Errorf("%q: got %s, want x%s", s, got, want.Bytes())
		}
	}
}

// TestAppendQuotedHTMLIsSent: appendQuotedHTML writes every string as
// writeResponse sends what appendQuoted writes (appendCompactData of
// it).
func TestAppendQuotedHTMLIsSent(t *testing.T) {
	for _, s := range append(quoteCases(), "\xe2\x80\xa8", "\xe2\x80\xa9x", "\xe2\x80", "\xe2", "a\xe2\x80\xa7\xe2\x80\xaa<", "&&<<>>") {
		obj := append(appendQuoted([]byte("{\"k\":"), s), '}')
		want, _, ok := appendCompactData([]byte("x"), obj, 0)
		if !ok {
			t.Fatalf("%q: appendCompactData refused %s", s, obj)
		}
		got := append(appendQuotedHTML([]byte("x{\"k\":"), s), '}')
		if !bytes.Equal(got, want) {
			t.Errorf("%q: got %s, want %s", s, got, want)
		}
	}
}

// quoteCases are strings for appendQuoted's tests: each ASCII byte alone
// and among others, escapes, multi-byte and invalid UTF-8.
func quoteCases() []string {
	cases := []string{"", "plain", `say "hi" \ bye`, "tab\there\r\nnext", "\x00\x01\x1f\x7f", "é Zelenskyy – «Київ» \u2028",
		"bad \xff\xfe utf-8 \xe2\x80", "<b>&amp;</b>"}
	for c := range 128 {
		cases = append(cases, string(rune(c)), "a"+string(rune(c))+"b")
	}
	return cases
}
