package web_test

import (
	"encoding/json"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/web"
)

func get(t *testing.T, url string, header ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: read body: %v", url, err)
	}
	return resp, b
}

func TestEmbeddedAssetsMatchPublishedIntegrity(t *testing.T) {
	for _, a := range web.Assets {
		b, err := web.ReadAsset(a.Name)
		if err != nil {
			t.Errorf("asset %s is not embedded: %v", a.Name, err)
			continue
		}
		if a.Integrity != "" && web.Integrity(b) != a.Integrity {
			t.Errorf("asset %s (%s) has integrity %s, want the published %s; run go generate ./web", a.Name, a.Package, web.Integrity(b), a.Integrity)
		}
	}
}

var (
	srcRE  = regexp.MustCompile(`(?:src|href)="([^"]*)"(?: integrity="([^"]*)")?`)
	confRE = regexp.MustCompile(`(?s)<script id="newsgraph-config" type="application/json">(.*?)</script>`)
)

func TestPlaygroundPageLoadsOnlyEmbeddedAssets(t *testing.T) {
	srv := httptest.NewServer(web.Playground("/graphql"))
	defer srv.Close()

	resp, body := get(t, srv.URL+"/")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /: status %d", resp.StatusCode)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Errorf("GET /: Content-Type %q, want text/html", ct)
	}
	csp := resp.Header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'none'", "script-src 'self'", "connect-src 'self'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("Content-Security-Policy %q lacks %q", csp, want)
		}
	}
	page := string(body)
	if strings.Contains(page, "cdn.jsdelivr.net") || strings.Contains(page, "unpkg.com") {
		t.Errorf("page refers to a CDN:\n%s", page)
	}

	refs := srcRE.FindAllStringSubmatch(page, -1)
	loaded := map[string]bool{}
	for _, m := range refs {
		ref, integrity := html.UnescapeString(m[1]), html.UnescapeString(m[2])
		if strings.HasPrefix(ref, "data:") {
			continue
		}
		if !strings.HasPrefix(ref, "assets/") {
			t.Errorf("page loads %q, which is not an embedded asset", ref)
			continue
		}
		if integrity == "" {
			t.Errorf("page loads %q without an integrity attribute", ref)
		}
		resp, b := get(t, srv.URL+"/"+ref)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET /%s: status %d", ref, resp.StatusCode)
			continue
		}
		if got := web.Integrity(b); got != integrity {
			t.Errorf("GET /%s: body has integrity %s, page says %s", ref, got, integrity)
		}
		ct := resp.Header.Get("Content-Type")
		switch {
		case strings.HasSuffix(ref, ".js") && !strings.Contains(ct, "javascript"),
			strings.HasSuffix(ref, ".css") && !strings.HasPrefix(ct, "text/css"):
			t.Errorf("GET /%s: Content-Type %q", ref, ct)
		}
		loaded[strings.TrimPrefix(ref, "assets/")] = true
	}
	for _, a := range web.Assets {
		if !loaded[a.Name] {
			t.Errorf("page does not load asset %s", a.Name)
		}
	}

	m := confRE.FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("page has no newsgraph-config script:\n%s", page)
	}
	var conf struct{ Endpoint, DefaultQuery string }
	if err := json.Unmarshal([]byte(strings.TrimSpace(m[1])), &conf); err != nil {
		t.Fatalf("newsgraph-config is not JSON: %v\n%s", err, m[1])
	}
	if conf.Endpoint != "/graphql" || conf.DefaultQuery != web.DefaultQuery {
		t.Errorf("config = %+v, want endpoint /graphql and the default query", conf)
	}
}

func TestPlaygroundAnswers(t *testing.T) {
	srv := httptest.NewServer(web.Playground("/graphql"))
	defer srv.Close()
	etag := func() string {
		resp, _ := get(t, srv.URL+"/assets/graphiql.min.js")
		return resp.Header.Get("ETag")
	}()
	tests := []struct {
		name   string
		method string
		path   string
		header []string
		status int
	}{
		{"unknown page is not found", "GET", "/index.php", nil, http.StatusNotFound},
		{"unknown asset is not found", "GET", "/assets/jquery.js", nil, http.StatusNotFound},
		{"asset directory is not listed", "GET", "/assets/", nil, http.StatusNotFound},
		{"path outside assets is not found", "GET", "/assets/..%2fplayground.go", nil, http.StatusNotFound},
		{"licence is served", "GET", "/assets/graphiql.LICENSE", nil, http.StatusOK},
		{"post to page is refused", "POST", "/", nil, http.StatusMethodNotAllowed},
		{"unchanged asset is not resent", "GET", "/assets/graphiql.min.js", []string{"If-None-Match", etag}, http.StatusNotModified},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, srv.URL+tt.path, nil)
			if err != nil {
				t.Fatal(err)
			}
			for i := 0; i+1 < len(tt.header); i += 2 {
				req.Header.Set(tt.header[i], tt.header[i+1])
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tt.status {
				t.Errorf("%s %s: status %d, want %d", tt.method, tt.path, resp.StatusCode, tt.status)
			}
		})
	}
}

func TestPlaygroundMountedBelowAPath(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/ui/", http.StripPrefix("/ui", web.Playground("http://api.example:8080/graphql")))
	srv := httptest.NewServer(mux)
	defer srv.Close()

	resp, _ := get(t, srv.URL+"/ui/")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET /ui/: status %d", resp.StatusCode)
	}
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "connect-src 'self' http://api.example:8080") {
		t.Errorf("Content-Security-Policy %q does not allow the absolute endpoint's origin", csp)
	}
	if resp, _ := get(t, srv.URL+"/ui/assets/react.production.min.js"); resp.StatusCode != http.StatusOK {
		t.Errorf("GET /ui/assets/react.production.min.js: status %d", resp.StatusCode)
	}
}
