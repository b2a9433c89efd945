package extract

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

var dumpFile = flag.String("dump", "", "print the analysis of this article file (debugging aid)")

// TestDump prints sentences, regions, segments and mentions of the file
// given by -dump; it is skipped otherwise.
func TestDump(t *testing.T) {
	if *dumpFile == "" {
		t.Skip("no -dump file")
	}
	raw, err := os.ReadFile(*dumpFile)
	if err != nil {
		t.Fatal(err)
	}
	x := New(Options{})
	d := &doc{x: x, text: string(raw), art: graph.ArticleID(string(raw)), byKey: map[string]*actor{}, orgNames: map[string]bool{}}
	d.pg = cleanPage(d.text, articleMeta{})
	d.date = d.pg.date
	d.split()
	d.collect()
	d.resolveNames()
	d.read()
	names := map[skind]string{sGaz: "GAZ", sOrg: "ORG", sName: "NAME", sTitle: "TITLE", sFamily: "FAM", sPoss: "POSS", sPron: "PRON", sGroup: "GROUP", sDesc: "DESC"}
	fmt.Printf("title=%q date=%q source=%q\n", d.pg.title, d.date, d.pg.source)
	for si, s := range d.sents {
		fmt.Printf("\n[%d r%d] %s\n", si, d.sentRegion[si], d.text[s.s:s.e])
		var parts []string
		for _, sg := range d.segs[si] {
			parts = append(parts, names[sg.kind]+"("+d.span(sg.a, sg.b)+")")
		}
		fmt.Println("   segs:", strings.Join(parts, " "))
		for _, m := range d.ments {
			if m.sent != si {
				continue
			}
			who := "-"
			if m.act != nil {
				who = m.act.canon
			}
			fmt.Printf("   m %q -> %s mod=%v appo=%v q=%v strong=%v\n", d.span(m.a, m.b), who, m.mod, m.appo, m.quote, m.strong)
		}
		for _, st := range d.stmts {
			if st.sa == si {
				var sp []string
				for _, a := range st.speakers {
					sp = append(sp, a.canon)
				}
				fmt.Printf("   STMT %v %q: %s\n", sp, st.verb, d.text[st.s:st.e])
			}
		}
		for _, r := range d.rels {
			if r.sent == si {
				fmt.Printf("   REL %s %s %s (%s)\n", r.src.canon, r.class, r.dst.canon, r.verb)
			}
		}
	}
	for _, a := range d.actors {
		fmt.Printf("ACTOR %s %s strong=%v aliases=%v titles=%v\n", a.typ, a.canon, a.strong, a.aliases, a.titles)
	}
}
