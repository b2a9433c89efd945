package extract_test

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/internal/goldscore"
)

// evalDir is ../shared/eval beside the repository, or $NEWSGRAPH_EVAL
// (worktrees and other layouts).
func evalDir() string {
	if d := os.Getenv("NEWSGRAPH_EVAL"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "shared", "eval")
}

// goldSet is a folder of NAME.gold.json with the article texts NAME.txt
// in another (or the same) folder, and the F1 floors the extractor must
// keep on it.
type goldSet struct {
	name           string
	texts, golds   string
	shared         bool // texts outside the repository: skip when absent
	actors, stmts  float64
	relations      float64
	maxSplitActors int
}

// The floors sit just under the figures of the extractor when they were
// set (extract/testdata/wikinews/BASELINE.md has the Wikinews figures),
// and maxSplitActors at the number of split actors then. Floors only
// rise (and maxSplitActors only falls): raise them when the extractor
// gets better, never lower them to let a change in.
func goldSets() []goldSet {
	ev := evalDir()
	return []goldSet{
		{name: "wikinews", texts: filepath.Join(ev, "wikinews"), golds: filepath.Join("testdata", "wikinews"), shared: true,
			actors: 0.95, stmts: 0.92, relations: 0.81, maxSplitActors: 0}, // session 21: 0.955 / 0.918 / 0.812 at 1c949ea (wiki11's ROLE rules); session 25: 0.956 / 0.921 / 0.815 at 0537e60 (quotes15's speakers), statements 0.91 → 0.92
		{name: "seeds", texts: filepath.Join(ev, "seeds"), golds: filepath.Join(ev, "seeds"), shared: true,
			actors: 0.98, stmts: 0.97, relations: 0.89, maxSplitActors: 0},
		{name: "articles", texts: filepath.Join("testdata", "articles"), golds: filepath.Join("testdata", "articles"),
			actors: 0.99, stmts: 0.97, relations: 0.94, maxSplitActors: 0}, // session 21: 0.991 / 0.979 / 0.942 at ef09126
		// heldout grew from three articles to seven on 2026-12-06 (relations
		// 0.90 → 0.75 blind on the seven), then to eleven in session 13
		// (0.935 / 0.790 / 0.699 blind on the eleven, the four new ones
		// 0.91 / 0.73 / 0.60): its floors went down with the set, not
		// with a change of the extractor. Relations rose to 0.739 with
		// branch relclass (0.62 on the four new ones, not read for it).
		// Session 14 added four more (un_vote, coalition_talks,
		// tariff_retaliation, hostage_release): 0.915 / 0.803 / 0.709
		// blind on the fifteen, the four new ones 0.88 / 0.82 / 0.63.
		// Statements rose to 0.83 (P .84 R .82) with branch stmts3.
		// Branch rels3 (ministries, roles in appositions, mediation,
		// exchanges, withholding, described sides): 0.927 / 0.840 / 0.747
		// before stmts3 landed. Branch blind3 (what-called, hosted talks,
		// it-acts, the government at the dateline, …) gave relations
		// 0.747 on the fifteen on its own (model T4). Session 15 made
		// "warned that" consistent in the annotations (five statements
		// added, testdata/heldout/README.md): statements 0.85 → 0.858
		// with no change of the extractor.
		// Session 15 (blind5) added rate_rise, cholera_outbreak, doping_ban
		// and migrant_rescue: 0.921 / 0.846 / 0.727 blind with main at
		// 634865e on the nineteen they made (the four new ones 0.89 / 0.84
		// / 0.50), one actor split ("Tuwei Mwangi" after "Jackson Tuwei
		// Mwangi"): relations and maxSplitActors went down with the set.
		// Then capsAcronym ("the WHO") and noPlanRule ("had no plans to
		// meet"): relations 0.736 on the nineteen.
		// Session 15's first four (protest_crackdown, coup_suspension,
		// arms_sale, asylum_row, blind 0.94 / 0.83 / 0.67 with main at
		// a13bb70) took the twenty-three to 0.925 / 0.850 (0.8497) / 0.723
		// with main at 501981d, under the floors set on the nineteen: they
		// went down with the set (0.845, 0.72), not with a change of the
		// extractor.
		// Session 16 (blind6) added warcrimes_verdict, antitrust_fine,
		// reef_standoff and football_bribes (blind 0.91 / 0.80 / 0.59 with
		// main at bafb0ee): the twenty-seven score 0.926 / 0.845 (under
		// 0.845) / 0.725, and a second actor is split ("Foreign Ministry"
		// in arms_sale, "Chinese Foreign Ministry" in reef_standoff):
		// statements and maxSplitActors went down with the set, not with a
		// change of the extractor. Then branch blind6's fixes of what the
		// four showed (described objects, statement bounds, "it" after
		// an opening phrase, international-seat datelines): statements
		// 0.845 → 0.858, relations 0.725 → 0.729.
		// stmts6 (possessiveDescription, namedBySubject, coordinatedVerb)
		// took the twenty-three's statements from 0.850 to 0.875.
		// With the session's other branches (actors6's organisation names
		// and name tails, refs6's body references, rels6's reciprocal,
		// sanction, asylum and answered-accusation wording), main at
		// e8bd7df scores the twenty-seven 0.94 / 0.88 / 0.77 with one
		// split actor (Chinese Foreign Ministry): the floors rise.
		// Session 17 (blind7) added impeachment_vote, oil_output,
		// wildfire_evacuation and journalist_detention (blind 0.97 / 0.92
		// / 0.68 with main at b74b9a4; the thirty-one 0.945 / 0.884 /
		// 0.762, over the floors). With the session's branches (blind7's
		// classes, names7's whole names and national bodies across
		// articles, speakers7's echoed descriptions and implied
		// ministries, rels7's "it" and allies, explore7, coord) main at
		// 0ff7c4f scores the thirty-one 0.958 / 0.907 / 0.799 with no split
		// actor: the floors rise.
		// Session 18 (blind8) added wheat_export_ban, ceo_ousted,
		// tigris_water and minister_resigns (blind 0.93 / 0.92 / 0.67 with
		// main at f27963d): the thirty-five score 0.956 / 0.908 / 0.787,
		// so relations went down with the set (0.79 → 0.785), not with a
		// change of the extractor. With the session's branches (explore8,
		// rels8, bodies8's roles, blind8's classes) main at c8b55a4 scores
		// the thirty-five 0.959 / 0.911 / 0.811 with no split actor: the
		// relations floor rises (0.785 → 0.80).
		// Session 19 (blind9) added iaea_inspectors, laos_debt,
		// air_crash_report and peace_signing (blind 0.88 / 0.80 / 0.59
		// with main at f1a84f5): the thirty-nine score 0.951 / 0.8999 /
		// 0.789 with one split actor (Laos's bare "National Assembly"
		// matched by the alias of impeachment_vote's "National Assembly
		// of Ecuador"), so statements, relations and maxSplitActors went
		// down with the set (0.90 → 0.895, 0.80 → 0.785, 0 → 1), not
		// with a change of the extractor. With the session's branches
		// (blind9's classes, bodies9's unnamed bodies and descriptions,
		// rels9's announced intentions, gapping and mediated sides,
		// explore9's asides, nlp9's parse rules) main at 230e2c9 scores
		// the thirty-nine 0.955 / 0.911 / 0.825 with the same split
		// actor: statements and relations rise (0.895 → 0.91, 0.785 →
		// 0.82).
		// Session 20 (blind10) added drug_recall, port_strike,
		// election_recount and mine_licence (blind 0.93 / 0.95 / 0.67
		// with main at 845166b): the forty-three score 0.953 / 0.915 /
		// 0.806 with three split actors (two split inside their own
		// article: "Coolabah Resources", Chile's "Public Health
		// Institute"), so relations and maxSplitActors went down with
		// the set (0.82 → 0.80, 1 → 3), not with a change of the
		// extractor. With the session's branches (blind10's classes,
		// actors10's owner countries, described names and roles in
		// appositions, rels10's spokespersons' acts, rebels and "in
		// contact with", polnear10's transcripts and dashes, nlp10's
		// titles before names) main at b92629c scores the forty-three
		// 0.960 / 0.921 / 0.835 with one split actor (the Ecuadorian
		// alias again): statements and relations rise (0.91 → 0.92, 0.80
		// → 0.83) and maxSplitActors goes back to 1.
		// Session 21 (blind11) added extradition_refused,
		// donor_conference, merger_regulators and spy_expulsion (blind
		// 0.93 / 0.95 / 0.65 with main at d43f233): the forty-seven
		// score 0.958 / 0.923 / 0.821 with the same one split actor, so
		// relations went down with the set (0.83 → 0.82), not with a
		// change of the extractor. With the session's branches (blind11's
		// classes, rels11's plural and nominal relations, actors11's
		// titles and organisation names, polnear11's attribution) main at
		// ef09126 scores the forty-seven 0.964 / 0.926 / 0.863 with the
		// same split actor: actors and relations rise (0.95 → 0.96, 0.82
		// → 0.86).
		// Session 22 (blind12) added trawler_collision,
		// aid_convoy_blocked, vaccine_contract and confidence_vote (blind
		// 0.92 / 0.85 / 0.68 with main at 6a86225, one more split actor):
		// the fifty-one scored 0.961 / 0.921 / 0.849 with two split
		// actors. With the session's branches (blind12's classes,
		// rels12's aid, arms sales and blame, actors12's names and
		// offices, polnear12's report frames) main at 7c78d8b scores the
		// fifty-one 0.966 / 0.935 / 0.868 with the one Ecuadorian split:
		// statements rise (0.92 → 0.93).
		// Session 23 (blind13) added insulin_patent, syr_darya_water,
		// roraima_camp and volleyball_federation (blind 0.88 / 0.89 /
		// 0.60 with main at 60785c8, one split actor): the fifty-five
		// scored 0.960 / 0.932 / 0.850 with three split actors. With the
		// session's branches (blind13's classes, rels13's relation
		// classes, ref13's descriptions, parties and title owners,
		// mod13's agreement exits) main at 40ac8d2 scores the fifty-five
		// 0.964 / 0.938 / 0.872 with the one Ecuadorian split: relations
		// rise (0.86 → 0.87).
		// Session 24 (blind14) added telecom_breach_hearing,
		// senegal_imf_talks, argentina_wage_deal and
		// research_grants_frozen (blind 0.86 / 0.92 / 0.56 with main at
		// e9f0925, one split actor): the fifty-nine scored 0.958 / 0.937
		// / 0.853 with two split actors. With the session's branches
		// (blind14's classes, xsent14's pronouns and descriptions,
		// rels14's gerunds, roles and regulators, quotes14's report
		// frames, actors14's names) main at 2c80b98 scores the
		// fifty-nine 0.966 / 0.942 / 0.880 with the one Ecuadorian
		// split: statements rise (0.93 → 0.94) and relations
		// (0.87 → 0.875, a half step: 0.880 is too near 0.88 to hold).
		// Session 25 (blind15) added rohingya_camp_fire,
		// panama_canal_grounding, beira_pipeline_fees and
		// punjab_doctors_strike (blind 0.88 / 0.87 / 0.67 with main at
		// bb2740c, one split actor): the sixty-three scored 0.960 / 0.937
		// / 0.867 with two split actors. With the session's branches
		// (blind15's classes, rels15's talks hosts and answered offers,
		// quotes15's speakers, actors15's names, modality15's cues) main
		// at 0537e60 scores the fifty-nine 0.966 / 0.949 / 0.884 and the
		// sixty-three 0.962 / 0.946 / 0.874 with the one Ecuadorian
		// split: statements rise (0.94 → 0.945), relations go down with
		// the set (0.875 → 0.87), not with a change of the extractor.
		// Session 26 (blind16) added morowali_smelter_blast, png_app_ban,
		// bamum_throne_loan and mackerel_quota_talks (blind 0.86 / 0.86 /
		// 0.64 with main at 05147d9, three actors split inside their own
		// articles): the sixty-seven score 0.956 / 0.940 / 0.859 with four
		// split actors, so the floors go down with the set (0.96 → 0.955,
		// 0.945 → 0.94, 0.87 → 0.855, 1 → 4), not with a change of the
		// extractor. With blind16's classes (orders to act, names after a
		// plural cue, portfolio lists, company short forms, the Faroe
		// Islands) the sixty-seven score 0.960 / 0.941 / 0.864 with the
		// one Ecuadorian split: relations rise (0.855 → 0.86) and
		// maxSplitActors goes back to 1. With rels16's commands and gifts
		// and speak16's described speakers, main at 835f9b8 scores the
		// sixty-seven 0.960 / 0.946 / 0.868: statements 0.94 → 0.945,
		// relations 0.86 → 0.865. Session 27 added four blind articles
		// (seabed_mining_permit, kosovo_crossings_closed,
		// nigeria_airline_funds, guatemala_dam_blockade): main at b82c88a
		// scores the seventy-one 0.9546 / 0.942 / 0.849 with two split
		// actors ("U.S. Commerce Department" beside the Ecuadorian one), so
		// the floors go down with the set (0.955 → 0.95, 0.945 → 0.94,
		// 0.865 → 0.845, 1 → 2). With the session's rules (blind17,
		// rels17, speak17), main at 5029816 scores them 0.957 / 0.949 /
		// 0.865: the floors rise (0.95 → 0.955, 0.94 → 0.945, 0.845 →
		// 0.86). Session 28 added four blind articles
		// (malawi_vote_challenge, german_drug_price_row,
		// vanuatu_tuna_boat_seized, colombia_pilots_strike): main at
		// 595f068 scores the seventy-five 0.953 / 0.943 / 0.856 with the
		// same two split actors, so the floors go down with the set
		// (0.955 → 0.95, 0.945 → 0.94, 0.86 → 0.855), not with a change
		// of the extractor. With the session's rules (blind18, rels18,
		// speak18), main at 391e779 scores them 0.9557 / 0.9484 / 0.8658:
		// the floors rise (0.95 → 0.955, 0.94 → 0.945, 0.855 → 0.865).
		{name: "heldout", texts: filepath.Join("..", "testdata", "heldout"), golds: filepath.Join("..", "testdata", "heldout"),
			actors: 0.955, stmts: 0.945, relations: 0.865, maxSplitActors: 2},
	}
}

// TestGoldSets extracts every annotated article of each set and scores it
// against the annotations as ../shared/eval/score.py does (see
// internal/goldscore for how the two differ), failing when an F1 falls
// under the set's floor. -v prints the per-article tallies.
func TestGoldSets(t *testing.T) {
	x := extract.New(extract.Options{})
	for _, set := range goldSets() {
		t.Run(set.name, func(t *testing.T) {
			if _, err := os.Stat(set.texts); set.shared && err != nil {
				t.Skipf("the %s texts are not here: %s is absent (set NEWSGRAPH_EVAL to the folder holding wikinews/ and seeds/)", set.name, set.texts)
			}
			total, split := scoreSet(t, x, set)
			a, s, r := total.Actors(), total.Statements(), total.Relations()
			t.Logf("%s: %s | split %d %v", set.name, total, len(split), split)
			if a.F1 < set.actors || s.F1 < set.stmts || r.F1 < set.relations {
				t.Errorf("%s: F1 actors %.3f statements %.3f relations %.3f; the floors are %.3g / %.3g / %.3g",
					set.name, a.F1, s.F1, r.F1, set.actors, set.stmts, set.relations)
			}
			if len(split) > set.maxSplitActors {
				t.Errorf("%s: %d actors split over several nodes (at most %d): %v", set.name, len(split), set.maxSplitActors, split)
			}
		})
	}
}

// scoreSet scores each article of set and returns the sum of the tallies
// and the gold actors split over several nodes across the whole set.
func scoreSet(t *testing.T, x *extract.Extractor, set goldSet) (goldscore.Counts, []string) {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(set.golds, "*.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	var total goldscore.Counts
	var golds []*goldscore.Gold
	idx := newNameIndex()
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".gold.json")
		txt := filepath.Join(set.texts, name+".txt")
		if _, err := os.Stat(txt); err != nil {
			t.Errorf("%s has no article %s", p, txt)
			continue
		}
		g, err := goldscore.Load(p)
		if err != nil {
			t.Fatal(err)
		}
		b := extractFile(t, x, txt)
		c := goldscore.Score(g, b.Nodes, b.Edges)
		t.Logf("%-14s actors %2d/%2d (%2d nodes)  statements %2d/%2d (%2d nodes, %2d right)  relations %2d/%2d (%2d edges)",
			name, c.ActorsFound, c.ActorsGold, c.ActorNodes, c.StatementsFound, c.StatementsGold, c.StatementNodes,
			c.StatementsRight, c.RelationsRight, c.RelationsGold, c.RelationsSys)
		total.Add(c)
		golds = append(golds, g)
		if err := idx.ingest(b); err != nil {
			t.Fatal(err)
		}
	}
	all := idx.actors()
	if len(golds) == 0 {
		t.Fatalf("no NAME.gold.json with its NAME.txt in %s", set.golds)
	}
	return total, goldscore.Split(golds, all)
}

// extractFile reads an article file as `newsgraph ingest` does (header
// lines, encoding) and extracts it.
func extractFile(t *testing.T, x *extract.Extractor, path string) *graph.Batch {
	t.Helper()
	ins, err := ingest.ReadFile(path, ingest.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if len(ins) != 1 || ins[0].Err != nil {
		t.Fatalf("%s: want one article, got %d (%v)", path, len(ins), ins)
	}
	b, err := x.Extract(ins[0].Article)
	if err != nil {
		t.Fatalf("extract %s: %v", path, err)
	}
	return b
}

// nameIndex keeps the actors of a set's articles as a store does: each
// article's actors resolved (graph.Resolve) against those of the
// articles before it, so that the split count sees the same actors a
// database would hold.
type nameIndex struct {
	byID  map[graph.ID]graph.Node
	byKey map[string][]graph.ID
	order []graph.ID
}

func newNameIndex() *nameIndex {
	return &nameIndex{byID: map[graph.ID]graph.Node{}, byKey: map[string][]graph.ID{}}
}

func (x *nameIndex) lookup(key string) ([]graph.Node, error) {
	var out []graph.Node
	for _, id := range x.byKey[key] {
		out = append(out, x.byID[id])
	}
	return out, nil
}

// ingest resolves b's actors against the index and adds them; b is
// rewritten (see graph.Resolve).
func (x *nameIndex) ingest(b *graph.Batch) error {
	if _, _, err := graph.Resolve(b, x.lookup); err != nil {
		return err
	}
	for _, n := range b.Nodes {
		if n.Kind != graph.KindActor {
			continue
		}
		if _, ok := x.byID[n.ID]; !ok {
			x.order = append(x.order, n.ID)
		}
		x.byID[n.ID] = n
		for _, name := range append([]string{n.Label}, n.Aliases...) {
			k := graph.Fold(name)
			if !slices.Contains(x.byKey[k], n.ID) {
				x.byKey[k] = append(x.byKey[k], n.ID)
			}
		}
	}
	return nil
}

func (x *nameIndex) actors() []graph.Node {
	out := make([]graph.Node, 0, len(x.order))
	for _, id := range x.order {
		out = append(out, x.byID[id])
	}
	return out
}
