package web

import (
	"bytes"
	"embed"
	"html/template"
	"mime"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strings"
	"time"
)

// DefaultQuery is the query the playground's editor shows on a first
// visit: an actor found under any spelling of its name, with what it said.
const DefaultQuery = `# Welcome to the newsgraph playground. Press the run button (Ctrl-Enter).
# The filter forgives case, accents and transliteration: "Zelenskyy" and
# "zelenskiy" find the same actor. Use the explorer or the docs for more.
query ZelenskyStatements {
  actors(filter: { name: "Zelensky" }, first: 5) {
    totalCount
    edges {
      node {
        id
        name
        type
        aliases
        statements(first: 5) {
          totalCount
          edges {
            node {
              text
              article {
                title
                published
              }
            }
          }
        }
      }
    }
  }
}
`

var page = template.Must(template.New("playground").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsgraph · GraphiQL</title>
<link rel="icon" href="data:,">
{{- range .Styles}}
<link rel="stylesheet" href="assets/{{.Name}}" integrity="{{.Integrity}}">
{{- end}}
<style>
body { margin: 0; }
#graphiql { height: 100vh; }
.loading { height: 100%; display: flex; align-items: center; justify-content: center; font: 2rem sans-serif; }
</style>
</head>
<body>
<div id="graphiql"><div class="loading">Loading GraphiQL…</div></div>
<noscript>The playground needs JavaScript. The GraphQL endpoint is {{.Config.Endpoint}}.</noscript>
<script id="newsgraph-config" type="application/json">{{.Config}}</script>
{{- range .Scripts}}
<script src="assets/{{.Name}}" integrity="{{.Integrity}}"></script>
{{- end}}
</body>
</html>
`))

type pageConfig struct {
	Endpoint     string `json:"endpoint"`
	DefaultQuery string `json:"defaultQuery"`
}

// pageAssets splits a page's assets into style sheets and scripts, each
// with its Subresource Integrity digest; what names the table in the
// panic a missing asset causes.
func pageAssets(assets []Asset, read func(string) ([]byte, error), what string) (styles, scripts []Asset) {
	for _, a := range assets {
		b, err := read(a.Name)
		if err != nil {
			// The table and the embedded directory are both part of
			// the binary; a test keeps them in step.
			panic("web: " + what + " " + a.Name + " is not embedded")
		}
		a.Integrity = Integrity(b)
		if strings.HasSuffix(a.Name, ".css") {
			styles = append(styles, a)
		} else {
			scripts = append(scripts, a)
		}
	}
	return styles, scripts
}

// Playground returns a handler that serves the GraphiQL page at "/" and
// its assets under "/assets/", all from the binary. endpoint is the
// GraphQL endpoint's URL, absolute ("http://host/graphql") or relative to
// the page ("/graphql"). To mount the playground below a path, strip the
// prefix and keep the trailing slash: http.StripPrefix("/ui", Playground(...))
// at "/ui/", so that the page's relative asset URLs resolve.
func Playground(endpoint string) http.Handler {
	var data struct {
		Styles, Scripts []Asset
		Config          pageConfig
	}
	data.Config = pageConfig{Endpoint: endpoint, DefaultQuery: DefaultQuery}
	data.Styles, data.Scripts = pageAssets(Assets, ReadAsset, "asset")
	var buf bytes.Buffer
	if err := page.Execute(&buf, data); err != nil {
		panic("web: playground template: " + err.Error())
	}
	html := buf.Bytes()
	csp := contentSecurityPolicy(endpoint)

	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Cache-Control", "no-cache")
		w.Write(html)
	})
	mux.Handle("GET /assets/{name}", assetHandler(assetFS, "assets", "vendor"))
	return mux
}

// contentSecurityPolicy lets a page load scripts, styles and data only
// from its own origin, and query the endpoints' origins when those are
// others; GraphiQL's fonts and icons are data: URLs.
func contentSecurityPolicy(endpoints ...string) string {
	origins := []string{"'self'"}
	for _, e := range endpoints {
		if u, err := url.Parse(e); err == nil && u.Scheme != "" && u.Host != "" {
			if o := u.Scheme + "://" + u.Host; !slices.Contains(origins, o) {
				origins = append(origins, o)
			}
		}
	}
	connect := strings.Join(origins, " ")
	return strings.Join([]string{
		"default-src 'none'",
		"script-src 'self'",
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self' data:",
		"connect-src " + connect,
		"base-uri 'none'",
		"form-action 'none'",
		"frame-ancestors 'self'",
	}, "; ")
}

// assetHandler serves the files of directories dirs of fsys (not their
// subdirectories) by name, each with its integrity hash as ETag so that
// browsers revalidate cheaply.
func assetHandler(fsys embed.FS, dirs ...string) http.Handler {
	type file struct {
		body        []byte
		ctype, etag string
	}
	files := map[string]file{}
	for _, dir := range dirs {
		entries, _ := fsys.ReadDir(dir)
		for _, e := range entries {
			if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
				continue
			}
			b, err := fsys.ReadFile(dir + "/" + e.Name())
			if err != nil {
				continue
			}
			ctype := mime.TypeByExtension(path.Ext(e.Name()))
			if ctype == "" {
				ctype = "text/plain; charset=utf-8" // LICENSE and NOTICE files
			}
			files[e.Name()] = file{body: b, ctype: ctype, etag: `"` + Integrity(b) + `"`}
		}
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f, ok := files[r.PathValue("name")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("Content-Type", f.ctype)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Cache-Control", "public, max-age=3600")
		h.Set("ETag", f.etag)
		http.ServeContent(w, r, r.PathValue("name"), time.Time{}, bytes.NewReader(f.body))
	})
}
