package export

import (
	"archive/zip"
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// The csv format is the input of Neo4j's bulk importer (neo4j-admin
// database import full): one node file per kind and one relationship
// file for every class, each with its own header line.
//
//	nodes_actor.csv      id:ID,:LABEL,name,type,aliases:string[]
//	nodes_statement.csv  id:ID,:LABEL,name,text,article
//	nodes_event.csv      id:ID,:LABEL,name,type,date,place,article,modality
//	nodes_object.csv     id:ID,:LABEL,name,type,article,attrs:string[]
//	nodes_article.csv    id:ID,:LABEL,name,date,url,source
//	relationships.csv    :START_ID,:END_ID,:TYPE,id,verb,support:int,first_seen,last_seen,symmetric:boolean,modality,articles:string[],evidence
//	README.txt           the import command
//
// The edge class is the relationship :TYPE, so one relationship file
// holds every class (the importer reads :TYPE per row) and it can be
// written in one pass over the edges. Labels are the kind (Actor,
// Statement, Event, Object, Article), plus the actor type for actors
// (Actor;Person). Arrays use ';' as their delimiter; a ';' inside an
// alias or attribute becomes ','. Dates stay YYYY-MM-DD strings
// (date(n.date) in Cypher). modality is how the evidence presents an
// event or relation ("asserted", "planned", "demanded", "hypothetical",
// "negated"; a relation's most factual). evidence is the edge's evidence
// as a JSON array, with each piece's offsets, modality and day. Fields are quoted when needed, quotes doubled; statements may
// span lines, hence --multiline-fields=true.
var csvNodeColumns = map[graph.NodeKind][]csvColumn{
	graph.KindActor: {
		{"type", func(n graph.Node) string { return n.Type }},
		{"aliases:string[]", func(n graph.Node) string { return csvArray(n.Aliases) }},
	},
	graph.KindStatement: {
		{"text", func(n graph.Node) string { return n.Text }},
		{"article", func(n graph.Node) string { return string(n.Article) }},
	},
	graph.KindEvent: {
		{"type", func(n graph.Node) string { return n.Type }},
		{"date", func(n graph.Node) string { return n.Date }},
		{"place", func(n graph.Node) string { return n.Place }},
		{"article", func(n graph.Node) string { return string(n.Article) }},
		{"modality", func(n graph.Node) string { return graph.NodeModality(n).Name() }},
	},
	graph.KindObject: {
		{"type", func(n graph.Node) string { return n.Type }},
		{"article", func(n graph.Node) string { return string(n.Article) }},
		{"attrs:string[]", func(n graph.Node) string { return csvArray(attrsList(n.Attrs)) }},
	},
	graph.KindArticle: {
		{"date", func(n graph.Node) string { return n.Date }},
		{"url", func(n graph.Node) string { return n.URL }},
		{"source", func(n graph.Node) string { return n.Source }},
	},
}

type csvColumn struct {
	header string
	value  func(graph.Node) string
}

var csvEdgeHeader = []string{":START_ID", ":END_ID", ":TYPE", "id", "verb", "support:int",
	"first_seen", "last_seen", "symmetric:boolean", "modality", "articles:string[]", "evidence"}

// CSVFiles lists the files of the csv format in the order they are
// written.
func CSVFiles() []string {
	var out []string
	for _, k := range graph.NodeKinds {
		out = append(out, "nodes_"+string(k)+".csv")
	}
	return append(out, "relationships.csv", "README.txt")
}

func csvArray(items []string) string {
	if len(items) == 0 {
		return ""
	}
	clean := make([]string, len(items))
	for i, s := range items {
		clean[i] = strings.ReplaceAll(s, ";", ",")
	}
	return strings.Join(clean, ";")
}

func csvLabel(n graph.Node) string {
	l := rdfTypeName(n.Kind)
	if n.Kind == graph.KindActor {
		for _, t := range graph.ActorTypes {
			if string(t) == n.Type {
				l += ";" + title(string(t))
			}
		}
	}
	return l
}

// csvReadme is README.txt of the csv format.
func csvReadme() string {
	var b strings.Builder
	b.WriteString("newsgraph export for Neo4j's bulk importer. Into an empty database:\n\n")
	b.WriteString("  neo4j-admin database import full --delimiter=, --array-delimiter=';' --quote='\"' \\\n")
	b.WriteString("    --multiline-fields=true \\\n")
	for _, k := range graph.NodeKinds {
		b.WriteString("    --nodes=nodes_" + string(k) + ".csv \\\n")
	}
	b.WriteString("    --relationships=relationships.csv \\\n    neo4j\n\n")
	b.WriteString("Node IDs are newsgraph IDs (property id); labels are the node kind, plus\n")
	b.WriteString("the actor type for actors; relationship types are the edge classes.\n")
	b.WriteString("Dates are YYYY-MM-DD strings; modality is asserted, planned, demanded,\n")
	b.WriteString("hypothetical or negated; evidence is a JSON array per relationship.\n")
	return b.String()
}

// csvWriters writes the csv files; next returns the writer of the named
// file, which must be asked for in CSVFiles order.
type csvWriters struct {
	next func(name string) (io.Writer, error)
}

func (c csvWriters) write(ctx context.Context, src *source) error {
	for _, k := range graph.NodeKinds {
		name := "nodes_" + string(k) + ".csv"
		f, err := c.next(name)
		if err != nil {
			return err
		}
		cols := csvNodeColumns[k]
		cw := csv.NewWriter(f)
		row := []string{"id:ID", ":LABEL", "name"}
		for _, col := range cols {
			row = append(row, col.header)
		}
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		err = src.nodesOfKind(ctx, k, func(n graph.Node) error {
			row = append(row[:0], string(n.ID), csvLabel(n), n.Label)
			for _, col := range cols {
				row = append(row, col.value(n))
			}
			return cw.Write(row)
		})
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if cw.Flush(); cw.Error() != nil {
			return fmt.Errorf("%s: %w", name, cw.Error())
		}
	}

	f, err := c.next("relationships.csv")
	if err != nil {
		return err
	}
	cw := csv.NewWriter(f)
	if err := cw.Write(csvEdgeHeader); err != nil {
		return fmt.Errorf("relationships.csv: %w", err)
	}
	var (
		row      []string
		articles []string
		ev       []jsonEvidence
	)
	err = src.edges(ctx, func(e graph.Edge) error {
		var evidence string
		var err error
		if evidence, ev, err = evidenceJSON(e, ev); err != nil {
			return err
		}
		first, last := spanOf(e)
		articles = evidenceArticles(e, articles[:0])
		row = append(row[:0], string(e.Source), string(e.Target), string(e.Class), string(e.ID), e.Verb,
			strconv.Itoa(e.Support()), first, last, strconv.FormatBool(e.Class.Symmetric()),
			e.MostFactual().Name(), csvArray(articles), evidence)
		return cw.Write(row)
	})
	if err != nil {
		return fmt.Errorf("relationships.csv: %w", err)
	}
	if cw.Flush(); cw.Error() != nil {
		return fmt.Errorf("relationships.csv: %w", cw.Error())
	}

	f, err = c.next("README.txt")
	if err != nil {
		return err
	}
	_, err = io.WriteString(f, csvReadme())
	return err
}

// zipTime is the modification time of every file in the csv archive,
// fixed so that identical graphs give identical archives.
var zipTime = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// writeCSV writes the csv files as one zip archive, streamed (each file
// is compressed as it is written).
func writeCSV(ctx context.Context, w *bufio.Writer, src *source) error {
	zw := zip.NewWriter(w)
	err := csvWriters{next: func(name string) (io.Writer, error) {
		return zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: zipTime})
	}}.write(ctx, src)
	if err != nil {
		return err
	}
	return zw.Close()
}

// WriteCSVFiles writes the csv format's files (CSVFiles) into directory
// dir, creating it when missing and replacing files of the same names.
// The files are written under temporary names and renamed into place
// only when all of them are complete, so an error leaves dir as it was.
func WriteCSVFiles(ctx context.Context, dir string, r graph.Reader, scope Scope) (err error) {
	src, err := open(ctx, r, scope, false)
	if err != nil {
		return fmt.Errorf("export csv to %s: %w", dir, err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("export csv: %w", err)
	}
	type tmp struct {
		f    *os.File
		bw   *bufio.Writer
		name string
	}
	var files []tmp
	defer func() {
		for _, t := range files {
			t.f.Close()
			if err != nil {
				os.Remove(t.f.Name())
			}
		}
	}()
	err = csvWriters{next: func(name string) (io.Writer, error) {
		f, err := os.CreateTemp(dir, "."+name+".*")
		if err != nil {
			return nil, err
		}
		t := tmp{f: f, bw: bufio.NewWriterSize(f, 64<<10), name: name}
		files = append(files, t)
		return t.bw, nil
	}}.write(ctx, src)
	if err != nil {
		return fmt.Errorf("export csv to %s: %w", dir, err)
	}
	for _, t := range files {
		if err = t.bw.Flush(); err == nil {
			err = t.f.Sync()
		}
		if err == nil {
			err = t.f.Chmod(0o644)
		}
		if err != nil {
			return fmt.Errorf("export csv to %s: %s: %w", dir, t.name, err)
		}
	}
	for _, t := range files {
		if err = os.Rename(t.f.Name(), filepath.Join(dir, t.name)); err != nil {
			return fmt.Errorf("export csv to %s: %w", dir, err)
		}
	}
	return nil
}
