package resolvers

import (
	"fmt"
	"mime"
	"net/http"

	"github.com/newsgraph/newsgraph/graph"
)

// requestShape answers, with what to do instead, the requests no
// transport takes, which gqlgen answers "transport not supported": a
// POST whose body is not declared JSON (curl -d sends form encoding
// unless told otherwise) gets 415, and a method other than GET, POST
// and OPTIONS gets 405 with the Allow header. The body is still only
// read as JSON when declared so: a form or text/plain POST, which a
// page of any site may send without asking first (no CORS preflight),
// never runs an operation.
func requestShape(next http.Handler) http.Handler {
	const allow = "GET, POST, OPTIONS"
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet:
		case http.MethodPost:
			ct := r.Header.Get("Content-Type")
			if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != "application/json" {
				got := "no Content-Type"
				if ct != "" {
					got = fmt.Sprintf("Content-Type %q", ct)
				}
				writeError(w, http.StatusUnsupportedMediaType, codes[graph.Invalid], fmt.Sprintf(
					`a POST to the GraphQL API needs the header "Content-Type: application/json" and a JSON body {"query": "..."}; this request has %s (curl -d sends application/x-www-form-urlencoded unless given -H 'content-type: application/json')`, got))
				return
			}
		case http.MethodOptions:
			w.Header().Set("Allow", allow)
			w.WriteHeader(http.StatusNoContent)
			return
		default:
			w.Header().Set("Allow", allow)
			writeError(w, http.StatusMethodNotAllowed, codes[graph.Invalid], fmt.Sprintf(
				"method %s not allowed: send a query by GET (?query=...) or POST (a JSON body), or open a websocket by GET", r.Method))
			return
		}
		next.ServeHTTP(w, r)
	})
}
