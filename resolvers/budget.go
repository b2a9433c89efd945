package resolvers

import (
	"context"
	"errors"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/newsgraph/newsgraph/graph"
)

// budget makes expensive operations take a slot of opts.Expensive
// before they run, so that a few clients cannot run many at once: an
// operation that cannot get one is answered with LIMIT_EXCEEDED. An
// operation is expensive when it may read a whole list to order or
// filter it (see expensive).
func budget(opts Options) graphql.OperationMiddleware {
	return func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		h := next(ctx)
		oc := graphql.GetOperationContext(ctx)
		if opts.Expensive == nil || oc.Operation == nil || oc.Operation.Operation == ast.Subscription || !expensive(oc.Operation.SelectionSet, 0) {
			return h
		}
		return func(ctx context.Context) *graphql.Response {
			release, err := opts.Expensive(ctx)
			if err != nil {
				msg := err.Error()
				if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
					msg = "the request ended while it waited for the server"
				}
				return &graphql.Response{Errors: gqlerror.List{{
					Message:    msg,
					Extensions: map[string]any{"code": codes[graph.LimitExceeded]},
				}}}
			}
			defer release()
			return h(ctx)
		}
	}
}

// expensive reports whether a selection set asks for a list in an order
// or under a filter that may need a scan (a field with an orderBy or
// filter argument, or the root relations list), or for an explanation,
// which extracts articles again.
func expensive(set ast.SelectionSet, depth int) bool {
	if depth > 64 { // the depth limit refuses such operations anyway
		return false
	}
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if depth == 0 && (s.Name == "relations" || s.Name == "explain") {
				return true
			}
			for _, a := range s.Arguments {
				if (a.Name == "orderBy" || a.Name == "filter") && a.Value != nil && a.Value.Kind != ast.NullValue {
					return true
				}
			}
			if expensive(s.SelectionSet, depth+1) {
				return true
			}
		case *ast.InlineFragment:
			if expensive(s.SelectionSet, depth) {
				return true
			}
		case *ast.FragmentSpread:
			if s.Definition != nil && expensive(s.Definition.SelectionSet, depth) {
				return true
			}
		}
	}
	return false
}

// withoutBody cuts the request body gqlgen's POST transport appends to
// the message of a body it cannot decode ("... body:<the whole body>"):
// an error must not echo what the client sent, which may be large or
// hold a token.
func withoutBody(msg string) string {
	if strings.HasPrefix(msg, "json request body could not be decoded") {
		if i := strings.Index(msg, " body:"); i > 0 {
			return msg[:i]
		}
	}
	return msg
}
