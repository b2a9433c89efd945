package resolvers

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// postTransport is gqlgen's POST transport (transport.POST with its
// defaults) but for how it writes a response: gqlgen's json.Marshal of
// the response validates and compacts the answer's data, already
// written as JSON by the generated code or plainSubgraphs, byte by byte
// through encoding/json's scanner (for a hub's 63 KB neighbourhood
// about a tenth of the CPU of computing it); writeResponse writes the
// same bytes in one pass without the scanner.
type postTransport struct{ transport.POST }

var _ graphql.Transport = postTransport{}

// Do is transport.POST.Do with writeResponse for its writeJson.
func (h postTransport) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctx := r.Context()
	contentType := responseContentType(r)
	w.Header().Add("Content-Type", contentType)
	start := graphql.Now()
	params := &graphql.RawParams{}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		gqlErr := gqlerror.Errorf("could not read request body: %+v", err)
		writeResponse(w, exec.DispatchError(ctx, gqlerror.List{gqlErr}))
		return
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(params); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		gqlErr := gqlerror.Errorf("json request body could not be decoded: %+v body:%s", err, string(body))
		writeResponse(w, exec.DispatchError(ctx, gqlerror.List{gqlErr}))
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	rc, opErr := exec.CreateOperationContext(ctx, params)
	if opErr != nil {
		status := http.StatusOK
		if errcode.GetErrorKind(opErr) == errcode.KindProtocol {
			status = http.StatusUnprocessableEntity
			if contentType == graphqlResponseJSON {
				status = http.StatusBadRequest
			}
		}
		w.WriteHeader(status)
		writeResponse(w, exec.DispatchError(graphql.WithOperationContext(ctx, rc), opErr))
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, rc)
	writeResponse(w, responses(ctx))
}

// compactEnabled lets tests compare writeResponse with json.Marshal.
var compactEnabled = true

const graphqlResponseJSON = "application/graphql-response+json"

// responseContentType is the content type transport.POST answers r
// with, by its Accept header.
func responseContentType(r *http.Request) string {
	accept := r.Header.Get("Accept")
	if accept == "" {
		return "application/json"
	}
	for part := range strings.SplitSeq(accept, ",") {
		mediaType, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		switch mediaType {
		case "*/*", "application/*", "application/json":
			return "application/json"
		case graphqlResponseJSON:
			return graphqlResponseJSON
		}
	}
	return graphqlResponseJSON
}

// writeResponse writes resp as json.Marshal does. A response with data
// alone (an answer without errors) is written around the data, which
// appendCompactData copies as json.Marshal's compaction would; any
// other, or data it cannot vouch for, goes through json.Marshal.
func writeResponse(w io.Writer, resp *graphql.Response) {
	if compactEnabled && len(resp.Errors) == 0 && resp.Label == "" && resp.Path == nil && resp.HasNext == nil && len(resp.Extensions) == 0 && len(resp.Data) > 0 {
		buf := responseBuffers.Get().(*[]byte)
		out := append((*buf)[:0], `{"data":`...)
		out, ok := appendCompactData(out, resp.Data)
		if ok {
			w.Write(append(out, '}'))
		}
		if cap(out) <= maxPooledResponse {
			*buf = out[:0]
			responseBuffers.Put(buf)
		}
		if ok {
			return
		}
	}
	b, err := json.Marshal(resp)
	if err != nil {
		panic(fmt.Errorf("unable to marshal %s: %w", string(resp.Data), err))
	}
	w.Write(b)
}

// responseBuffers hold the buffers writeResponse writes answers in, up
// to maxPooledResponse bytes: a hub's neighbourhood is 63 KB.
var responseBuffers = sync.Pool{New: func() any { return new([]byte) }}

const maxPooledResponse = 1 << 20

// appendCompactData appends data, JSON that gqlgen wrote (no space
// between tokens), as json.Marshal writes a json.RawMessage: with '<',
// '>' and '&' escaped as \u003c, \u003e and \u0026, and U+2028 and
// U+2029 as \u2028 and \u2029. It reports false, leaving json.Marshal
// to compact (or refuse) it, when data is not an object, has white
// space outside its strings or a tab or line break anywhere, or ends
// inside a string.
func appendCompactData(dst, data []byte) ([]byte, bool) {
	const hex = "0123456789abcdef"
	if data[0] != '{' || data[len(data)-1] != '}' {
		return dst, false
	}
	inString := false
	start := 0
	for i := 0; i < len(data); i++ {
		for i < len(data) && !compactSpecial[data[i]] {
			i++
		}
		if i == len(data) {
			break
		}
		switch c := data[i]; {
		case c == '"':
			inString = !inString
		case c == '\\':
			if !inString {
				return dst, false
			}
			i++ // the escaped character
		case c == ' ':
			if !inString {
				return dst, false
			}
		case c == '\t' || c == '\n' || c == '\r':
			return dst, false // space between tokens, or not JSON
		case c == '<' || c == '>' || c == '&':
			dst = append(dst, data[start:i]...)
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			start = i + 1
		case c == 0xE2:
			if i+2 < len(data) && data[i+1] == 0x80 && data[i+2]&^1 == 0xA8 {
				dst = append(dst, data[start:i]...)
				dst = append(dst, '\\', 'u', '2', '0', '2', hex[data[i+2]&0xF])
				start = i + 3
				i += 2
			}
		}
	}
	if inString {
		return dst, false
	}
	return append(dst, data[start:]...), true
}

// compactSpecial marks the bytes appendCompactData looks at: quotes,
// backslashes, white space, and the first bytes of what it escapes.
var compactSpecial = func() (t [256]bool) {
	for _, c := range []byte("\"\\ \t\n\r<>&\xe2") {
		t[c] = true
	}
	return t
}()
