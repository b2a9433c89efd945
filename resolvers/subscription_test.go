package resolvers_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/resolvers"
)

// wsMessage is a message of the graphql-transport-ws protocol.
type wsMessage struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// wsClient speaks graphql-transport-ws to the server under test.
type wsClient struct {
	t     *testing.T
	conn  *websocket.Conn
	pings int // keep-alive pings received
}

// dialWS opens a websocket to srv's /graphql and does the
// graphql-transport-ws handshake with the given init payload.
func dialWS(t *testing.T, ctx context.Context, url string, header http.Header, init any) *wsClient {
	t.Helper()
	conn, resp, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(url, "http")+"/graphql", &websocket.DialOptions{
		Subprotocols: []string{"graphql-transport-ws"},
		HTTPHeader:   header,
	})
	if err != nil {
		t.Fatalf("dial: %v (response %v)", err, resp)
	}
	t.Cleanup(func() { conn.CloseNow() })
	if got := conn.Subprotocol(); got != "graphql-transport-ws" {
		t.Fatalf("subprotocol %q, want graphql-transport-ws", got)
	}
	c := &wsClient{t: t, conn: conn}
	p, _ := json.Marshal(init)
	c.send(ctx, wsMessage{Type: "connection_init", Payload: p})
	if m := c.next(ctx); m.Type != "connection_ack" {
		t.Fatalf("after connection_init: %+v, want connection_ack", m)
	}
	return c
}

func (c *wsClient) send(ctx context.Context, m wsMessage) {
	c.t.Helper()
	if err := wsjson.Write(ctx, c.conn, m); err != nil {
		c.t.Fatalf("write %s: %v", m.Type, err)
	}
}

// next reads the next message that is not a keep-alive ping (answering
// pings with pongs).
func (c *wsClient) next(ctx context.Context) wsMessage {
	c.t.Helper()
	for {
		var m wsMessage
		if err := wsjson.Read(ctx, c.conn, &m); err != nil {
			c.t.Fatalf("read: %v", err)
		}
		switch m.Type {
		case "ping":
			c.pings++
			c.send(ctx, wsMessage{Type: "pong"})
			continue
		case "pong":
			continue
		}
		return m
	}
}

func (c *wsClient) subscribe(ctx context.Context, id, query string, vars map[string]any) {
	c.t.Helper()
	p, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	c.send(ctx, wsMessage{ID: id, Type: "subscribe", Payload: p})
}

const articleSub = `subscription { articleIngested { id title published } }`

func TestArticleIngestedSubscription(t *testing.T) {
	f := newFixture(t)
	b := resolvers.NewBroadcaster(0)
	srv := f.server(t, resolvers.Options{Ingester: f.pipeline(), Broadcaster: b, KeepAlive: 50 * time.Millisecond, WriteToken: "s3cret"})
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
	defer cancel()

	c := dialWS(t, ctx, srv.URL, nil, map[string]any{})
	c.subscribe(ctx, "1", articleSub, nil)
	waitFor(t, func() bool { return b.Subscribers() == 1 })
	// The article comes a while later; meanwhile keep-alive pings flow
	// (next answers them).
	var got ingestData
	in := map[string]any{"title": "Zelensky calls Macron", "published": "2026-01-05", "text": callText}
	posted := make(chan response, 1)
	go func() {
		time.Sleep(200 * time.Millisecond)
		posted <- postWith(t, srv, ingestMutation, map[string]any{"in": in}, map[string]string{"Authorization": "Bearer s3cret"})
	}()
	m := c.next(ctx)
	r := <-posted
	if len(r.Errors) > 0 {
		t.Fatalf("ingestArticle: %+v", r.Errors)
	}
	json.Unmarshal(r.Data, &got)

	if m.Type != "next" || m.ID != "1" {
		t.Fatalf("got %+v, want a next message for subscription 1", m)
	}
	if c.pings == 0 {
		t.Errorf("no keep-alive ping in 200ms with a 50ms interval")
	}
	var ev struct {
		Data struct {
			ArticleIngested struct{ ID, Title, Published string }
		}
		Errors []gqlError
	}
	if err := json.Unmarshal(m.Payload, &ev); err != nil || len(ev.Errors) > 0 {
		t.Fatalf("payload %s: %v %+v", m.Payload, err, ev.Errors)
	}
	a := ev.Data.ArticleIngested
	if a.ID != got.IngestArticle.Article.ID || a.ID != string(graph.ArticleID(callText)) || a.Title != "Zelensky calls Macron" || a.Published != "2026-01-05" {
		t.Errorf("announced %+v, want the article just ingested (%+v)", a, got.IngestArticle.Article)
	}

	// A duplicate is not announced; the next new article is, and so is
	// one published by another writer of the process.
	postWith(t, srv, ingestMutation, map[string]any{"in": in}, map[string]string{"Authorization": "Bearer s3cret"})
	b.Publish(graph.Node{ID: "art_00000000000000ff", Kind: graph.KindArticle, Label: "From the CLI"})
	m = c.next(ctx)
	if !strings.Contains(string(m.Payload), "From the CLI") {
		t.Errorf("after a duplicate and a publish: %+v, want the published article", m)
	}

	// Completing the subscription ends it on the server.
	c.send(ctx, wsMessage{ID: "1", Type: "complete"})
	waitFor(t, func() bool { return b.Subscribers() == 0 })

	// Mutations over the websocket need the token too: in the init
	// payload here.
	c2 := dialWS(t, ctx, srv.URL, nil, map[string]any{"Authorization": "Bearer s3cret"})
	c2.subscribe(ctx, "m", addAliasMutation, map[string]any{"id": f.zelensky})
	if m := c2.next(ctx); m.Type != "next" || !strings.Contains(string(m.Payload), "Vova") {
		t.Errorf("mutation over the websocket with the token: %+v", m)
	}
	c3 := dialWS(t, ctx, srv.URL, nil, map[string]any{})
	c3.subscribe(ctx, "m", `mutation($id: ID!) { addAlias(id: $id, alias: "Volodya") { aliases } }`, map[string]any{"id": f.zelensky})
	if m := c3.next(ctx); !strings.Contains(string(m.Payload), "UNAUTHENTICATED") {
		t.Errorf("mutation over the websocket without the token: %+v", m)
	}
}

func TestSubscriptionOrigins(t *testing.T) {
	f := newFixture(t)
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	srv := f.server(t, resolvers.Options{CORSOrigins: []string{"https://app.example"}})
	dialWS(t, ctx, srv.URL, http.Header{"Origin": {"https://app.example"}}, map[string]any{})
	_, resp, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(srv.URL, "http")+"/graphql", &websocket.DialOptions{
		Subprotocols: []string{"graphql-transport-ws"},
		HTTPHeader:   http.Header{"Origin": {"https://evil.example"}},
	})
	if err == nil || resp == nil || resp.StatusCode != http.StatusForbidden {
		t.Errorf("websocket from another origin: %v, %v; want refused with 403", err, resp)
	}
}

// waitFor polls cond for up to five seconds.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met within 5s")
		}
		time.Sleep(10 * time.Millisecond)
	}
}
