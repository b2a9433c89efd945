package extract

import (
	_ "embed"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

//go:embed lexicon/known_actors.tsv
var knownActorsTSV string

// knownActorRow is one actor of lexicon/known_actors.tsv.
type knownActorRow struct {
	kind    string // organization, media, group or leader
	name    string
	aliases []string
	key     string // leaders: the word that names them alone
}

// knownActorRows are the rows of lexicon/known_actors.tsv, read once.
var knownActorRows = mustKnownActors(knownActorsTSV)

func mustKnownActors(src string) []knownActorRow {
	rows, err := parseKnownActors(src)
	if err != nil {
		panic(err) // the embedded file is checked by TestKnownActorsParse
	}
	return rows
}

// parseKnownActors reads lexicon/known_actors.tsv's format (see its
// header).
func parseKnownActors(src string) ([]knownActorRow, error) {
	rows, err := tsvRows("lexicon/known_actors.tsv", src, 3, 4)
	if err != nil {
		return nil, err
	}
	var out []knownActorRow
	for _, r := range rows {
		f := r.fields
		k := knownActorRow{kind: f[0], name: strings.TrimSpace(f[1])}
		switch k.kind {
		case "organization", "media", "group", "leader":
		default:
			return nil, r.errorf("kind %q is none of organization, media, group, leader", f[0])
		}
		if k.name == "" {
			return nil, r.errorf("empty name")
		}
		if a := strings.TrimSpace(f[2]); a != "-" {
			for _, x := range strings.Split(a, ",") {
				if x = strings.TrimSpace(x); x != "" {
					k.aliases = append(k.aliases, x)
				}
			}
		}
		if len(f) == 4 {
			if k.kind != "leader" {
				return nil, r.errorf("a key is for leaders only")
			}
			k.key = strings.TrimSpace(f[3])
		}
		if k.kind == "leader" && len(k.aliases) > 0 {
			return nil, r.errorf("leaders take no aliases: their other forms resolve within the article")
		}
		if k.kind == "leader" && k.key == "" {
			w := strings.Fields(k.name)
			k.key = w[len(w)-1]
		}
		out = append(out, k)
	}
	return out, nil
}

// addKnownActors adds the rows of lexicon/known_actors.tsv to the
// gazetteer: organisations, media and groups as names, leaders under
// the word that names them alone.
func (g *gazetteer) addKnownActors(rows []knownActorRow) {
	for _, k := range rows {
		if k.kind == "leader" {
			g.leaders[graph.Fold(k.key)] = k.name
			continue
		}
		typ := graph.Organization
		if k.kind == "group" {
			typ = graph.Group
		}
		media := k.kind == "media"
		g.add(k.name, gform{canon: k.name, typ: typ, kind: gName, media: media})
		for _, a := range k.aliases {
			g.add(a, gform{canon: k.name, typ: typ, kind: gName, media: media})
		}
	}
}
