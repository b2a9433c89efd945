package resolvers

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
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
	sp := &splices{}
	responses, ctx := exec.DispatchOperation(context.WithValue(ctx, splicesKey{}, sp), rc)
	writeSplicedResponse(w, responses(ctx), sp)
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
func writeResponse(w io.Writer, resp *graphql.Response) { writeSplicedResponse(w, resp, nil) }

// writeSplicedResponse is writeResponse for a response whose data holds
// sp's placeholders: each is sent as the answer it stands for, which
// is not copied again.
func writeSplicedResponse(w io.Writer, resp *graphql.Response, sp *splices) {
	chunks := sp.take()
	defer func() {
		for _, c := range chunks {
			releaseBuffer(c)
		}
	}()
	if compactEnabled && len(resp.Errors) == 0 && resp.Label == "" && resp.Path == nil && resp.HasNext == nil && len(resp.Extensions) == 0 && len(resp.Data) > 0 {
		buf := responseBuffers.Get().(*[]byte)
		out := append((*buf)[:0], `{"data":`...)
		out, cuts, ok := appendCompactData(out, resp.Data, len(chunks))
		if ok {
			at := 0
			for _, c := range cuts {
				w.Write(out[at:c.at])
				w.Write(*chunks[c.chunk])
				at = c.at
			}
			w.Write(append(out[at:], '}'))
		}
		*buf = out
		releaseBuffer(buf)
		if ok {
			return
		}
	}
	if len(chunks) > 0 {
		expanded := *resp
		expanded.Data = expandSplices(resp.Data, chunks)
		resp = &expanded
	}
	b, err := json.Marshal(resp)
	if err != nil {
		panic(fmt.Errorf("unable to marshal %s: %w", string(resp.Data), err))
	}
	w.Write(b)
}

// splicesKey is the context key of a POST request's *splices.
type splicesKey struct{}

// splices hold the answers plainSubgraphs wrote for one POST response
// as writeSplicedResponse sends them (strings escaped as
// appendCompactData escapes them), in buffers of responseBuffers: the
// response's data holds a placeholder for each (splicePlaceholder), and
// a hub's 63 KB neighbourhood is neither copied into gqlgen's response
// nor read again to be escaped.
type splices struct {
	mu     sync.Mutex // guards chunks: the resolvers of a query's fields run concurrently
	chunks []*[]byte
}

// add keeps an answer and returns its placeholder.
func (sp *splices) add(chunk *[]byte) splicePlaceholder {
	sp.mu.Lock()
	defer sp.mu.Unlock()
	sp.chunks = append(sp.chunks, chunk)
	return splicePlaceholder(len(sp.chunks) - 1)
}

// take returns the answers kept and forgets them; nil for a nil sp.
func (sp *splices) take() []*[]byte {
	if sp == nil {
		return nil
	}
	sp.mu.Lock()
	defer sp.mu.Unlock()
	chunks := sp.chunks
	sp.chunks = nil
	return chunks
}

// splicePlaceholder stands for the answer it numbers in the response's
// data: a string of NUL, the number and NUL, which nothing else writes
// (a string's control characters are escaped, NUL as \u0000).
type splicePlaceholder int

// MarshalGQL writes the placeholder.
func (p splicePlaceholder) MarshalGQL(w io.Writer) {
	w.Write(strconv.AppendInt([]byte("\"\x00"), int64(p), 10))
	w.Write([]byte("\x00\""))
}

// placeholderAt reads the placeholder that starts with the NUL at
// data[i]: the answer's number, and the index just after its closing
// quote; ok false when data[i] starts none below n, or it is not a
// string of its own.
func placeholderAt(data []byte, i, n int) (chunk, end int, ok bool) {
	if i == 0 || data[i-1] != '"' {
		return 0, 0, false
	}
	j := i + 1
	for j < len(data) && data[j] >= '0' && data[j] <= '9' && j-i <= 9 {
		chunk = chunk*10 + int(data[j]-'0')
		j++
	}
	if j == i+1 || j+1 >= len(data) || data[j] != 0 || data[j+1] != '"' || chunk >= n {
		return 0, 0, false
	}
	return chunk, j + 2, true
}

// expandSplices is data with each placeholder replaced by its answer.
func expandSplices(data []byte, chunks []*[]byte) []byte {
	var out []byte
	start := 0
	for i := 0; i < len(data); i++ {
		if data[i] != 0 {
			continue
		}
		if c, end, ok := placeholderAt(data, i, len(chunks)); ok {
			out = append(append(out, data[start:i-1]...), *chunks[c]...)
			start, i = end, end-1
		}
	}
	return append(out, data[start:]...)
}

// responseBuffers hold the buffers writeResponse writes answers in, up
// to maxPooledResponse bytes: a hub's neighbourhood is 63 KB.
var responseBuffers = sync.Pool{New: func() any { return new([]byte) }}

const maxPooledResponse = 1 << 20

// releaseBuffer gives buf back to responseBuffers, unless it grew over
// maxPooledResponse.
func releaseBuffer(buf *[]byte) {
	if cap(*buf) <= maxPooledResponse {
		*buf = (*buf)[:0]
		responseBuffers.Put(buf)
	}
}

// spliceCut is where, in appendCompactData's output, the answer numbered
// chunk goes in place of its placeholder.
type spliceCut struct{ at, chunk int }

// appendCompactData appends data, JSON that gqlgen wrote (no space
// between tokens), as json.Marshal writes a json.RawMessage: with '<',
// '>' and '&' escaped as \u003c, \u003e and \u0026, and U+2028 and
// U+2029 as \u2028 and \u2029. It leaves out the placeholders of the
// first n spliced answers (splicePlaceholder), returning where in dst
// each goes. It reports false, leaving json.Marshal to compact (or
// refuse) it, when data is not an object, has white space outside its
// strings or a tab or line break anywhere, or ends inside a string.
func appendCompactData(dst, data []byte, n int) ([]byte, []spliceCut, bool) {
	const hex = "0123456789abcdef"
	if data[0] != '{' || data[len(data)-1] != '}' {
		return dst, nil, false
	}
	var cuts []spliceCut
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
				return dst, nil, false
			}
			i++ // the escaped character
		case c == ' ':
			if !inString {
				return dst, nil, false
			}
		case c == '\t' || c == '\n' || c == '\r':
			return dst, nil, false // space between tokens, or not JSON
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
		case c == 0:
			if chunk, end, ok := placeholderAt(data, i, n); ok && inString {
				dst = append(dst, data[start:i-1]...) // without the opening quote
				cuts = append(cuts, spliceCut{len(dst), chunk})
				start, i = end, end-1
				inString = false
			}
		}
	}
	if inString {
		return dst, nil, false
	}
	return append(dst, data[start:]...), cuts, true
}

// compactSpecial marks the bytes appendCompactData looks at: quotes,
// backslashes, white space, the first bytes of what it escapes, and
// NUL, which starts a placeholder.
var compactSpecial = func() (t [256]bool) {
	for _, c := range []byte("\"\\ \t\n\r<>&\xe2\x00") {
		t[c] = true
	}
	return t
}()
