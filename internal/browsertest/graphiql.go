package browsertest

import (
	"context"
	"strings"
	"testing"
)

// RunGraphiQLQuery waits for the GraphiQL playground in p to render,
// presses its run button and returns the text of the result pane once it
// holds a response ("data" or "errors").
func (p *Page) RunGraphiQLQuery(t testing.TB, ctx context.Context) string {
	t.Helper()
	p.WaitFor(t, ctx, "GraphiQL to render", `!!document.querySelector('.graphiql-execute-button')`)
	p.Eval(t, ctx, `document.querySelector('.graphiql-execute-button').click(), true`)
	result := p.WaitFor(t, ctx, "the result pane to show data", `(() => {
		const cm = document.querySelector('.result-window .CodeMirror');
		const text = cm && cm.CodeMirror ? cm.CodeMirror.getValue() : '';
		return text.includes('"data"') || text.includes('"errors"') ? text : '';
	})()`)
	s, _ := result.(string)
	return s
}

// ForeignRequests returns the requests b made to anywhere but origin
// (scheme://host:port), data: URLs and about:blank aside.
func (b *Browser) ForeignRequests(origin string) []string {
	var foreign []string
	for _, u := range b.Requests() {
		if !strings.HasPrefix(u, origin+"/") && !strings.HasPrefix(u, "data:") && u != "about:blank" {
			foreign = append(foreign, u)
		}
	}
	return foreign
}
