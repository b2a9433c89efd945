package export

import (
	"bufio"
	"context"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// cyNode is a Cytoscape.js node element: data holds the json format's
// node fields; classes names the kind and type for stylesheets.
type cyNode struct {
	Data    jsonNode `json:"data"`
	Classes string   `json:"classes"`
}

// cyEdgeData is the json format's edge with the label Cytoscape.js
// stylesheets usually show (the class).
type cyEdgeData struct {
	jsonEdge
	Label string `json:"label"`
}

type cyEdge struct {
	Data    cyEdgeData `json:"data"`
	Classes string     `json:"classes"`
}

// writeCytoscape writes Cytoscape.js elements JSON, accepted by
// cy.add(doc.elements) and by the elements option of cytoscape():
//
//	{"elements":{"nodes":[
//	{"data":{"id":…,"kind":…,"label":…,…},"classes":"actor person"},
//	…
//	],"edges":[
//	{"data":{"id":…,"source":…,"target":…,"class":…,…,"label":"CONSULT"},"classes":"consult symmetric"},
//	…
//	]}}
func writeCytoscape(ctx context.Context, w *bufio.Writer, src *source) error {
	s := newJSONStream(w)
	s.open(`{"elements":{"nodes":[`)
	err := src.nodes(ctx, func(n graph.Node) error {
		classes := string(n.Kind)
		if t := cssClass(n.Type); t != "" {
			classes += " " + t
		}
		return s.value(cyNode{Data: newJSONNode(n), Classes: classes})
	})
	if err != nil {
		return err
	}
	s.close(`],"edges":[`)
	s.n = 0
	var ev []jsonEvidence
	err = src.edges(ctx, func(e graph.Edge) error {
		je := newJSONEdge(e, ev)
		ev = je.Evidence
		classes := cssClass(string(e.Class))
		if e.Class.Symmetric() {
			classes += " symmetric"
		}
		return s.value(cyEdge{Data: cyEdgeData{jsonEdge: je, Label: string(e.Class)}, Classes: classes})
	})
	if err != nil {
		return err
	}
	s.close("]}}\n")
	return nil
}

// cssClass turns a type or class name into one lower-case class name
// (letters, digits and dashes).
func cssClass(s string) string {
	var b []byte
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b = append(b, byte(r))
		case len(b) > 0 && b[len(b)-1] != '-':
			b = append(b, '-')
		}
	}
	return strings.TrimSuffix(string(b), "-")
}
