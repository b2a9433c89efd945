package web

import (
	"bytes"
	"html/template"
	"net/http"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/export"
)

var viewerPage = template.Must(template.New("viewer").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsgraph · network viewer</title>
<link rel="icon" href="data:,">
{{- range .Styles}}
<link rel="stylesheet" href="assets/{{.Name}}" integrity="{{.Integrity}}">
{{- end}}
</head>
<body>
<header class="bar">
  <h1>newsgraph <span>network viewer</span></h1>
  <form id="search" class="search" autocomplete="off" role="search">
    <input id="search-input" type="search" placeholder="Search actors, events, statements, articles: Zelensky, Зеленский, Kremlin spokesman…" aria-label="Search" required>
    <label class="depth">depth
      <select id="depth" aria-label="Neighbourhood depth">
        <option value="1" selected>1</option><option value="2">2</option><option value="3">3</option>
      </select>
    </label>
    <button type="submit">Show</button>
    <ul id="results" class="results" hidden></ul>
  </form>
  <div class="bar-actions">
    <button id="relayout" type="button" title="Lay the graph out again">Re-layout</button>
    <button id="fit" type="button" title="Fit the graph in the window">Fit</button>
    <button id="copy-link" type="button" title="Copy a link to this view">Copy link</button>
    <button id="clear" type="button" title="Remove everything from the view">Clear</button>
  </div>
</header>
<main>
  <aside id="filters" class="side left" aria-label="Filters and legend">
    <section>
      <h2>Path</h2>
      <form id="path-form" class="path-form" autocomplete="off">
        <input id="path-from" type="text" placeholder="from: an actor" aria-label="Path from">
        <input id="path-to" type="text" placeholder="to: an actor" aria-label="Path to">
        <label class="check"><input id="path-all" type="checkbox"> through statements, events and articles too</label>
        <div class="path-row">
          <select id="path-k" aria-label="How many paths" hidden><option value="1">shortest</option><option value="3">3 shortest</option><option value="5">5 shortest</option></select>
          <button id="path-find" type="submit">Find path</button>
          <button id="path-clear" type="button" hidden>Clear</button>
        </div>
      </form>
      <ol id="path-list" class="paths"></ol>
    </section>
    <section>
      <h2>Nodes</h2>
      <ul id="kind-filters" class="checks"></ul>
      <p class="hint">Statements, events, objects and articles are folded into counts on their actors (❝ ◆ ⬡ ▤); select an actor to unfold them.</p>
      <h3>Actors by type</h3>
      <ul id="type-legend" class="legend"></ul>
    </section>
    <section>
      <h2>Relations</h2>
      <div class="check-all"><button type="button" id="classes-all">all</button> · <button type="button" id="classes-none">none</button></div>
      <ul id="class-filters" class="checks"></ul>
      <label class="check"><input id="nonfactual" type="checkbox"> also what did not happen: denied, asked for or only possible</label>
    </section>
    <section>
      <h2>Period</h2>
      <label class="date">from <input id="since" type="date"></label>
      <label class="date">to <input id="until" type="date"></label>
      <p class="hint">Keeps relations with evidence dated in the period.</p>
    </section>
    <section>
      <h2>Export the view</h2>
      <button id="export-png" type="button">PNG image</button>
      <div class="export-row">
        <select id="export-format" aria-label="Export format"></select>
        <button id="export-download" type="button">Download</button>
      </div>
      <p class="hint" id="export-hint">The nodes shown and the relations among them, with the filters above.</p>
    </section>
  </aside>
  <div id="centre">
    <div id="graph-wrap">
      <div id="cy" aria-label="Network"></div>
      <div id="empty" class="empty">
        <p>Search for an actor, an event, a statement or an article to draw its neighbourhood.</p>
        <p class="hint">Click a node or relation to see its evidence; double-click a node to expand it.</p>
      </div>
      <div id="status" class="status" role="status" aria-live="polite"></div>
    </div>
    <section id="timeline" class="timeline" aria-label="Timeline" hidden>
      <header>
        <h2 id="tl-title">Timeline</h2>
        <span id="tl-count" class="hint"></span>
        <button id="tl-reset" type="button" hidden>All dates</button>
        <button id="tl-close" type="button" title="Close the timeline">×</button>
      </header>
      <svg id="tl-brush" class="brush" height="56" role="slider" aria-label="Drag to choose a period"></svg>
      <ul id="tl-list" class="entries"></ul>
    </section>
  </div>
  <aside id="details" class="side right" aria-label="Details">
    <div id="details-body" class="details-empty">
      <p>Nothing selected.</p>
      <p class="hint">Select a relation to read the sentences it was read from, with links to their articles.</p>
    </div>
  </aside>
</main>
<noscript>The viewer needs JavaScript. The GraphQL endpoint is {{.Config.GraphQL}}.</noscript>
<script id="newsgraph-config" type="application/json">{{.Config}}</script>
{{- range .Scripts}}
<script src="assets/{{.Name}}" integrity="{{.Integrity}}"></script>
{{- end}}
</body>
</html>
`))

// viewerConfig is what the page's script reads from the page.
type viewerConfig struct {
	GraphQL    string         `json:"graphql"`
	Export     string         `json:"export"`
	MaxRoots   int            `json:"maxRoots"`
	Formats    []viewerFormat `json:"formats"`
	Classes    []viewerClass  `json:"classes"`
	Kinds      []string       `json:"kinds"`
	ActorTypes []string       `json:"actorTypes"`
}

type viewerFormat struct {
	Name        string `json:"name"`
	Extension   string `json:"extension"`
	Description string `json:"description"`
}

type viewerClass struct {
	Name      string `json:"name"`
	Symmetric bool   `json:"symmetric"`
	// Group is the colour group: cooperation, conflict, request,
	// structure or other.
	Group string `json:"group"`
}

// classGroup sorts the edge classes into the colour groups of the
// viewer's legend.
func classGroup(c graph.EdgeClass) string {
	switch c {
	case graph.Consult, graph.Agree, graph.Support, graph.Cooperate, graph.Aid:
		return "cooperation"
	case graph.Accuse, graph.Reject, graph.Threaten, graph.Protest, graph.Sanction, graph.Assault:
		return "conflict"
	case graph.Request:
		return "request"
	case graph.Role, graph.Family:
		return "structure"
	}
	return "other"
}

// Viewer returns a handler that serves the network viewer at "/" and its
// assets under "/assets/", all from the binary: a page that searches every
// kind of node through the API's search (any spelling, script or typo;
// hits ranked and grouped by kind); draws with Cytoscape.js the actors
// of a neighbourhood and their interactions, statements, events,
// objects and articles folded into counts on their actors and unfolded
// on demand, a hub's strongest neighbours with "n more", node size by
// degree, relations labelled with their verb and labels kept apart by a
// collision pass; finds the shortest paths between two actors through
// actor relations (or through everything, when asked) and draws them
// with each relation's direction; shows a node's evidence on a timeline
// in date order with a period brush that filters the graph; expands
// nodes, filters by relation class, node kind and period, shows the
// evidence of what is selected, exports the view and keeps it in the
// page's URL (after #) so that it can be shared and restored.
// graphqlEndpoint is the GraphQL API's URL and exportEndpoint that of
// ExportHandler, each absolute or relative to the page. Mount it below a
// path as the playground is mounted, keeping the trailing slash:
//
//	mux.Handle("/viewer/", http.StripPrefix("/viewer", web.Viewer("/graphql", "/export")))
//
// (a request for /viewer is then redirected to /viewer/ by the mux).
func Viewer(graphqlEndpoint, exportEndpoint string) http.Handler {
	var data struct {
		Styles, Scripts []Asset
		Config          viewerConfig
	}
	cfg := viewerConfig{GraphQL: graphqlEndpoint, Export: exportEndpoint, MaxRoots: MaxExportRoots}
	for _, f := range export.Formats() {
		cfg.Formats = append(cfg.Formats, viewerFormat{f.Name, f.Extension, f.Description})
	}
	for _, c := range graph.EdgeClasses {
		cfg.Classes = append(cfg.Classes, viewerClass{string(c), c.Symmetric(), classGroup(c)})
	}
	for _, k := range graph.NodeKinds {
		cfg.Kinds = append(cfg.Kinds, string(k))
	}
	for _, t := range graph.ActorTypes {
		cfg.ActorTypes = append(cfg.ActorTypes, string(t))
	}
	data.Config = cfg
	data.Styles, data.Scripts = pageAssets(ViewerAssets, ReadAsset, "viewer asset")
	var buf bytes.Buffer
	if err := viewerPage.Execute(&buf, data); err != nil {
		panic("web: viewer template: " + err.Error())
	}
	html := buf.Bytes()
	csp := contentSecurityPolicy(graphqlEndpoint, exportEndpoint)

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
