package extract_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// modalityBatteryCase is one invented sentence, read as an article of its
// own, and whether the relation it names (and the event, when ev is set)
// is in the default graph: a fact, asserted or planned.
type modalityBatteryCase struct {
	kind string // negated, hypothetical, planned, demanded, rumour, question, asserted
	text string
	rel  string // "Source CLASS Target"
	fact bool   // whether rel must be a fact (false: no fact edge, kept or not)
	ev   string // an event type the sentence names, or ""
}

// {A}, {B} and {C} stand for people the tests name with a title, so that every
// sentence reads its actors whatever rule names bare names.
const (
	mA = "Minister Ada Berg"
	mB = "Senator Jon Kvist"
	mC = "Judge Karin Dahl"
)

func mb(s string) string {
	return strings.NewReplacer("{A}", mA, "{B}", mB, "{C}", mC).Replace(s)
}

// modalityBattery covers the forms of negation, condition, plan, demand,
// rumour and question a news sentence gives an action, each beside
// asserted sentences of the same words, so that the test fails both
// ways: an action that did not happen in the default graph, and one that
// did missing from it.
var modalityBattery = []modalityBatteryCase{
	// negated
	{"negated", mb("{A} did not meet {B} on Friday."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", mb("{A} never met {B} during the crisis."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", mb("{A} refused to meet {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", mb("{A} denied meeting {B} in Oslo."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", mb("{A} denied that she had met {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", mb("{A} denies having met {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", "Russia failed to reach a deal with Ukraine on grain exports.", "Russia AGREE Ukraine", false, ""},
	{"negated", "No talks were held between Russia and Ukraine.", "Russia CONSULT Ukraine", false, "talks"},
	{"negated", "There were no talks between Russia and Ukraine last week.", "Russia CONSULT Ukraine", false, "talks"},
	{"negated", "France imposed sanctions on Iran without consulting Germany.", "France CONSULT Germany", false, ""},
	{"negated", "Japan ruled out talks with China.", "Japan CONSULT China", false, "talks"},
	{"negated", "The European Union stopped short of sanctioning Russia.", "European Union SANCTION Russia", false, ""},
	{"negated", mb("{A} declined to meet {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", mb("{A} would not meet {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", mb("{A} will not meet {B} next week."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", mb("{A} has not spoken with {B} since March."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", mb("{A} has never spoken to {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", mb("{A} did not criticise {B}."), "Ada Berg ACCUSE Jon Kvist", false, ""},
	{"negated", "Russia has not attacked Ukraine since July.", "Russia ASSAULT Ukraine", false, ""},
	{"negated", "China did not fund the Karen National Union.", "China AID Karen National Union", false, ""},
	{"negated", mb("{A} avoided meeting {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", mb("{A} was barred from meeting {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", "Talks between Russia and Ukraine were cancelled.", "Russia CONSULT Ukraine", false, "talks"},
	{"negated", mb("A meeting between {A} and {B} was called off."), "Ada Berg CONSULT Jon Kvist", false, "meeting"},
	{"negated", mb("There was no meeting between {A} and {B}."), "Ada Berg CONSULT Jon Kvist", false, "meeting"},
	{"negated", mb("{A} refused any talks with {B}."), "Ada Berg CONSULT Jon Kvist", false, "talks"},
	{"negated", mb("{A} has no intention of meeting {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", mb("{A} failed to meet {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", mb("{A} did not hold talks with {B}."), "Ada Berg CONSULT Jon Kvist", false, "talks"},
	{"negated", "Russia denied attacking Ukraine.", "Russia ASSAULT Ukraine", false, ""},
	{"negated", "Russia denied that it had attacked Ukraine.", "Russia ASSAULT Ukraine", false, ""},
	{"negated", mb("{A} dismissed reports that she had met {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", mb("{A} rejected reports that she had met {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", mb("{A} cancelled her meeting with {B}."), "Ada Berg CONSULT Jon Kvist", false, "meeting"},
	{"negated", mb("{A} pulled out of talks with {B}."), "Ada Berg CONSULT Jon Kvist", false, "talks"},
	{"negated", "Russia and Ukraine did not agree on a ceasefire.", "Russia AGREE Ukraine", false, ""},
	{"negated", mb("{A} did not, however, meet {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", mb("{A} refuses to hold talks with {B}."), "Ada Berg CONSULT Jon Kvist", false, "talks"},
	{"negated", mb("{A} has yet to meet {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", mb("{A} never once met {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", "France did not impose sanctions on Russia.", "France SANCTION Russia", false, ""},
	{"negated", "France has stopped funding the Karen National Union.", "France AID Karen National Union", false, ""},
	{"negated", mb("{A} is not meeting {B} this week."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", mb("Neither {A} nor {B} attended the talks."), "Ada Berg CONSULT Jon Kvist", false, "talks"},

	// asserted counterparts of the negated
	{"asserted", mb("{A} met {B} on Friday."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} met {B} in Oslo without an interpreter."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", "Russia reached a deal with Ukraine on grain exports.", "Russia AGREE Ukraine", true, ""},
	{"asserted", "Japan held talks with China.", "Japan CONSULT China", true, "talks"},
	{"asserted", "The European Union sanctioned Russia.", "European Union SANCTION Russia", true, ""},
	{"asserted", mb("{A} finally met {B}."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} met {B} after refusing to do so for months."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A}, who never attends summits, met {B} on Friday."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} met {B}, not Karin Dahl."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", "Russia attacked Ukraine, which had not been hit since July.", "Russia ASSAULT Ukraine", true, ""},
	{"asserted", mb("{A} met {B}, who denied any wrongdoing."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} held talks with {B} that did not produce a deal."), "Ada Berg CONSULT Jon Kvist", true, "talks"},
	{"asserted", "Russia and Ukraine signed a deal after refusing talks for months.", "Russia AGREE Ukraine", true, ""},
	{"asserted", mb("{A} criticised {B}."), "Ada Berg ACCUSE Jon Kvist", true, ""},
	{"asserted", "Russia attacked Ukraine on Friday.", "Russia ASSAULT Ukraine", true, "attack"},
	{"asserted", "China funded the Karen National Union.", "China AID Karen National Union", true, ""},
	{"asserted", mb("{A} did meet {B} on Friday."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} did not hesitate to meet {B}."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", "France imposed sanctions on Russia.", "France SANCTION Russia", true, ""},
	{"asserted", mb("{A} has spoken with {B} twice since March."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} managed to meet {B}."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} met {B} to discuss the harbour."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} said she had met {B}."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} met {B}, who may resign."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", "France sanctioned Russia, which could respond in kind.", "France SANCTION Russia", true, ""},
	{"asserted", mb("{A} met {B} even though the union had refused to attend."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} met {B} after talks with the union were cancelled."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A}, who had refused to meet the union, met {B} on Friday."), "Ada Berg CONSULT Jon Kvist", true, ""},

	// hypothetical and conditional
	{"hypothetical", "If Russia attacks Ukraine, France will sanction Russia.", "Russia ASSAULT Ukraine", false, ""},
	{"hypothetical", "If Russia attacks Ukraine, France will sanction Russia.", "France SANCTION Russia", false, ""},
	{"hypothetical", "France would sanction Russia if the talks fail.", "France SANCTION Russia", false, ""},
	{"hypothetical", "France could sanction Russia.", "France SANCTION Russia", false, ""},
	{"hypothetical", "France may sanction Russia over the attack.", "France SANCTION Russia", false, ""},
	{"hypothetical", "France might impose sanctions on Russia.", "France SANCTION Russia", false, ""},
	{"hypothetical", "Unless Russia withdraws, France will sanction Russia.", "France SANCTION Russia", false, ""},
	{"hypothetical", "France threatened to sanction Russia.", "France SANCTION Russia", false, ""},
	{"hypothetical", mb("{A} wants to meet {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"hypothetical", mb("{A} hopes to meet {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"hypothetical", mb("{A} is ready to meet {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"hypothetical", mb("{A} is willing to hold talks with {B}."), "Ada Berg CONSULT Jon Kvist", false, "talks"},
	{"hypothetical", mb("{A} could meet {B} as early as Monday."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"hypothetical", "Russia could attack Ukraine within days.", "Russia ASSAULT Ukraine", false, ""},
	{"hypothetical", "Russia may have attacked Ukraine.", "Russia ASSAULT Ukraine", false, ""},
	{"hypothetical", mb("{A} would have met {B} had the flight not been cancelled."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"hypothetical", "Should Russia attack Ukraine, France will sanction Russia.", "France SANCTION Russia", false, ""},
	{"hypothetical", "Were Russia to attack Ukraine, France would sanction Russia.", "France SANCTION Russia", false, ""},
	{"hypothetical", "France is considering sanctions against Russia.", "France SANCTION Russia", false, ""},
	{"hypothetical", "France is weighing sanctions on Russia.", "France SANCTION Russia", false, ""},
	{"hypothetical", "Russia is likely to attack Ukraine.", "Russia ASSAULT Ukraine", false, ""},
	{"hypothetical", mb("{A} tried to meet {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"hypothetical", "France warned that it could sanction Russia.", "France SANCTION Russia", false, ""},
	{"hypothetical", "France warned it would sanction Russia if the attacks continued.", "France SANCTION Russia", false, ""},
	{"hypothetical", mb("{A} offered to meet {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"hypothetical", mb("{A} will meet {B} if the strike ends."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"hypothetical", mb("{A} will meet {B} provided that the strike ends."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"hypothetical", mb("{A} will meet {B} as long as the strike ends."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"hypothetical", "In the event that Russia attacks Ukraine, France will sanction Russia.", "France SANCTION Russia", false, ""},
	{"hypothetical", "In case Russia attacks Ukraine, France will sanction Russia.", "France SANCTION Russia", false, ""},
	{"hypothetical", mb("If {A} meets {B}, the strike could end."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"hypothetical", "Russia would attack Ukraine again, the general warned.", "Russia ASSAULT Ukraine", false, ""},
	{"hypothetical", mb("{A} is unlikely to meet {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"hypothetical", "France may soon impose sanctions on Russia.", "France SANCTION Russia", false, ""},

	// planned: in the default graph
	{"planned", mb("{A} plans to meet {B}."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"planned", mb("{A} is expected to meet {B} on Monday."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"planned", mb("{A} will meet {B} next week."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"planned", mb("{A} is due to meet {B} in Oslo."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"planned", "Russia and Ukraine agreed to hold talks next week.", "Russia CONSULT Ukraine", true, "talks"},
	{"planned", mb("{A} is set to meet {B}."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"planned", mb("{A} is scheduled to meet {B} on Tuesday."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"planned", mb("{A} is going to meet {B}."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"planned", mb("{A} intends to meet {B}."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"planned", mb("{A} said she would meet {B} on Tuesday."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"planned", mb("{A} is to meet {B} on Monday."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"planned", mb("{A} will hold talks with {B}."), "Ada Berg CONSULT Jon Kvist", true, "talks"},
	{"planned", "Russia will sign a deal with Ukraine on Monday.", "Russia AGREE Ukraine", true, ""},
	{"planned", mb("{A} will travel to Oslo next week to meet {B}."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"planned", mb("{A} is expected to hold talks with {B}."), "Ada Berg CONSULT Jon Kvist", true, "talks"},
	{"planned", "France will impose sanctions on Russia next month.", "France SANCTION Russia", true, ""},
	{"planned", mb("{A} announced that she will meet {B}."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"planned", mb("{A} has agreed to meet {B}."), "Ada Berg CONSULT Jon Kvist", true, ""},

	// demanded or proposed: kept, not in the default graph
	{"demanded", mb("{A} called for talks with {B}."), "Ada Berg CONSULT Jon Kvist", false, "talks"},
	{"demanded", mb("{A} proposed a meeting with {B}."), "Ada Berg CONSULT Jon Kvist", false, "meeting"},
	{"demanded", mb("{A} offered to mediate between Russia and Ukraine."), "Ada Berg CONSULT Russia", false, ""},
	{"demanded", mb("{A} urged {B} to meet {C}."), "Jon Kvist CONSULT Karin Dahl", false, ""},
	{"demanded", mb("{A} asked {B} to meet {C}."), "Jon Kvist CONSULT Karin Dahl", false, ""},
	{"demanded", mb("{A} suggested talks with {B}."), "Ada Berg CONSULT Jon Kvist", false, "talks"},
	{"demanded", mb("{A} pressed for a meeting with {B}."), "Ada Berg CONSULT Jon Kvist", false, "meeting"},
	{"demanded", mb("{A} demanded talks with {B}."), "Ada Berg CONSULT Jon Kvist", false, "talks"},
	{"demanded", mb("{A} called on Russia to negotiate with Ukraine."), "Russia CONSULT Ukraine", false, ""},
	{"demanded", mb("{A} sought a meeting with {B}."), "Ada Berg CONSULT Jon Kvist", false, "meeting"},
	{"demanded", mb("{A} requested a meeting with {B}."), "Ada Berg CONSULT Jon Kvist", false, "meeting"},
	{"demanded", mb("{A} asked for a meeting with {B}."), "Ada Berg CONSULT Jon Kvist", false, "meeting"},
	{"demanded", mb("{A} appealed for talks with {B}."), "Ada Berg CONSULT Jon Kvist", false, "talks"},
	{"demanded", mb("{A} said Russia should negotiate with Ukraine."), "Russia CONSULT Ukraine", false, ""},
	{"demanded", mb("{A} insisted that Russia must negotiate with Ukraine."), "Russia CONSULT Ukraine", false, ""},
	{"demanded", mb("{A} invited {B} to hold talks with {C}."), "Jon Kvist CONSULT Karin Dahl", false, "talks"},
	{"demanded", mb("{A} proposed that Russia and Ukraine hold talks."), "Russia CONSULT Ukraine", false, "talks"},

	// asserted counterparts of the demanded
	{"asserted", mb("{A} called {B} on Friday."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} mediated between Russia and Ukraine."), "Ada Berg CONSULT Russia", true, ""},
	{"asserted", mb("{A} had a meeting with {B}."), "Ada Berg CONSULT Jon Kvist", true, "meeting"},
	{"asserted", mb("{A} urged {B} to resign after their meeting in Oslo."), "Ada Berg REQUEST Jon Kvist", true, ""},

	// reported rumours
	{"rumour", mb("{A} reportedly met {B} in Oslo."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"rumour", mb("Sources said {A} met {B} on Friday."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"rumour", mb("{A} met {B} on Friday, according to sources."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"rumour", mb("According to reports, {A} met {B} in Oslo."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"rumour", "China allegedly funded the Karen National Union.", "China AID Karen National Union", false, ""},
	{"rumour", "Russia allegedly attacked Ukraine.", "Russia ASSAULT Ukraine", false, ""},
	{"rumour", mb("{A} is said to have met {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"rumour", mb("{A} is rumoured to have met {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"rumour", mb("{A} is believed to have met {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"rumour", mb("{A} purportedly met {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"rumour", mb("{A} supposedly met {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"rumour", "China is alleged to have funded the Karen National Union.", "China AID Karen National Union", false, ""},
	{"rumour", mb("It was rumoured that {A} had met {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},

	// questions
	{"question", mb("Did {A} meet {B}?"), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"question", "Will Russia attack Ukraine?", "Russia ASSAULT Ukraine", false, ""},
	{"question", mb("Has {A} met {B} yet?"), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"question", mb("It is unclear whether {A} met {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"question", mb("{A} would not say whether she had met {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"question", mb("Reporters asked whether {A} had met {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"question", "Could Russia attack Ukraine?", "Russia ASSAULT Ukraine", false, ""},
	{"question", "Is Russia going to attack Ukraine?", "Russia ASSAULT Ukraine", false, ""},
	{"question", mb("Reporters asked if {A} had met {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"question", mb("Whether {A} will meet {B} is unclear."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"asserted", mb("{A} met {B}, but did they agree on anything?"), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} met {B} to see whether the strike could end."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("Why did {A} meet {B} on Friday?"), "Ada Berg CONSULT Jon Kvist", true, ""},

	// the new rules' other side (modality_cues.go)
	{"asserted", mb("{A} confirmed reports that she had met {B}."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} did not deny reports that she had met {B}."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"hypothetical", mb("Rumours that {A} had met {B} spread on Friday."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", "Russia rejected claims that it had attacked Ukraine.", "Russia ASSAULT Ukraine", false, ""},
	{"asserted", mb("{A} never failed to meet {B} on her visits."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} met {B} for as long as three hours."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} met {B} on Friday; neither gave details."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} met {B}, allegedly to discuss the harbour."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"planned", mb("{A} plans to fly to Oslo to meet {B}."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"hypothetical", mb("{A} flew to Oslo to meet {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"hypothetical", mb("{A} would travel to Oslo to meet {B} if invited."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", mb("{A} skipped the meeting with {B}."), "Ada Berg CONSULT Jon Kvist", false, "meeting"},
	{"negated", mb("{A} boycotted talks with {B}."), "Ada Berg CONSULT Jon Kvist", false, "talks"},
	{"hypothetical", "France will sanction Russia in the event of an attack on Ukraine.", "France SANCTION Russia", false, ""},

	// round two: constructions found after the first fixes landed
	{"negated", mb("{A} could not meet {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", mb("{A} has still not met {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", mb("{A} is not expected to meet {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", mb("Instead of meeting {B}, {A} flew to Paris."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", mb("Rather than meet {B}, {A} flew to Paris."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", mb("{A} ruled out meeting {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"negated", mb("{A} said there would be no talks with {B}."), "Ada Berg CONSULT Jon Kvist", false, "talks"},
	{"negated", mb("{A}'s planned meeting with {B} was postponed."), "Ada Berg CONSULT Jon Kvist", false, "meeting"},
	{"negated", "Russia and Ukraine failed to agree on a ceasefire.", "Russia AGREE Ukraine", false, ""},
	{"negated", mb("{A} has held no talks with {B}."), "Ada Berg CONSULT Jon Kvist", false, "talks"},
	{"hypothetical", mb("{A} was supposed to meet {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"hypothetical", mb("{A} was to have met {B} on Friday."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"hypothetical", mb("{A} would like to meet {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"hypothetical", mb("{A} is open to talks with {B}."), "Ada Berg CONSULT Jon Kvist", false, "talks"},
	{"hypothetical", mb("{A} expressed readiness for talks with {B}."), "Ada Berg CONSULT Jon Kvist", false, "talks"},
	{"hypothetical", mb("{A} is weighing whether to meet {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"hypothetical", mb("{A} had hoped to meet {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"hypothetical", mb("{A} was unable to meet {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"hypothetical", "France warned Russia against attacking Ukraine.", "Russia ASSAULT Ukraine", false, ""},
	{"hypothetical", mb("Hopes of talks between {A} and {B} faded."), "Ada Berg CONSULT Jon Kvist", false, "talks"},
	{"demanded", mb("{A} was asked to meet {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"demanded", mb("{A} was invited to meet {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"demanded", mb("{A} must meet {B}, the court ruled."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"planned", mb("{A} agreed to a meeting with {B}."), "Ada Berg CONSULT Jon Kvist", true, "meeting"},
	{"planned", mb("{A} is meeting {B} on Monday."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"planned", "Russia will hold talks with Ukraine next month.", "Russia CONSULT Ukraine", true, "talks"},
	{"asserted", mb("{A} was forced to meet {B}."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} went on to meet {B}."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} happened to meet {B} in Oslo."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} became the first minister to meet {B}."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} has been meeting {B} regularly."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} met {B} only once."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} began to meet {B} every week."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", "Russia continued to attack Ukraine on Friday.", "Russia ASSAULT Ukraine", true, ""},
	{"asserted", mb("{A} was allowed to meet {B} on Friday."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} met {B} instead of Karin Dahl."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} met {B} rather than the union."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} has not only met {B} but also the union."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"asserted", mb("{A} could not have been clearer when she met {B}."), "Ada Berg CONSULT Jon Kvist", true, ""},
	{"question", mb("Didn't {A} meet {B} last year?"), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"question", mb("Will {A} hold talks with {B}?"), "Ada Berg CONSULT Jon Kvist", false, "talks"},
	{"rumour", mb("{A} is thought to have met {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"rumour", "Russia is accused of attacking Ukraine.", "Russia ASSAULT Ukraine", false, ""},
	{"rumour", mb("There is speculation that {A} met {B}."), "Ada Berg CONSULT Jon Kvist", false, ""},
	{"rumour", mb("{A} is reported to have met {B} on Friday."), "Ada Berg CONSULT Jon Kvist", true, ""},
}

// TestModalityBattery (issue 12): an action a sentence denies, makes
// conditional, demands, questions or only rumours is not in the default
// graph; one it asserts or plans is.
func TestModalityBattery(t *testing.T) {
	x := extract.New(extract.Options{})
	fails := map[string]int{}
	total := map[string]int{}
	for _, tc := range modalityBattery {
		total[tc.kind]++
		t.Run(tc.kind+"/"+tc.text, func(t *testing.T) {
			b, err := x.Extract(graph.Article{Text: "Harbour talks\n\nPublished: 2026-11-29\n\n" + tc.text + "\n", Origin: tc.kind})
			if err != nil {
				t.Fatal(err)
			}
			f := strings.SplitN(tc.rel, " ", 3)
			// Labels have spaces: the class is the upper-case word.
			for i, w := range strings.Fields(tc.rel) {
				if w == strings.ToUpper(w) && len(w) > 3 {
					ws := strings.Fields(tc.rel)
					f = []string{strings.Join(ws[:i], " "), w, strings.Join(ws[i+1:], " ")}
					break
				}
			}
			bad := false
			if got := hasFact(b, fact{f[0], f[1], f[2]}); got != tc.fact {
				t.Errorf("%s is a fact: %v, want %v%s", tc.rel, got, tc.fact, batteryEdges(b))
				bad = true
			}
			if tc.ev != "" {
				if n, ok := batteryEvent(b, tc.ev); tc.fact && !ok {
					t.Errorf("no %s event", tc.ev)
					bad = true
				} else if ok && graph.NodeModality(n).Factual() != tc.fact {
					t.Errorf("%s event of modality %q, want a fact: %v", tc.ev, n.Attrs["modality"], tc.fact)
					bad = true
				}
			}
			if bad {
				fails[tc.kind]++
			}
		})
	}
	kinds := make([]string, 0, len(total))
	for k := range total {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		t.Logf("%-12s %3d sentences, %2d wrong", k, total[k], fails[k])
	}
}

// batteryEvent returns the event node of type typ in b.
func batteryEvent(b *graph.Batch, typ string) (graph.Node, bool) {
	for _, n := range b.Nodes {
		if n.Kind == graph.KindEvent && n.Type == typ {
			return n, true
		}
	}
	return graph.Node{}, false
}

// batteryEdges lists b's interaction edges with their modality, for a
// failure message.
func batteryEdges(b *graph.Batch) string {
	ns := labels(b)
	var out []string
	for _, e := range b.Edges {
		if e.Class == graph.Mentions || e.Class == graph.ParticipatedIn || e.Class == graph.Stated {
			continue
		}
		out = append(out, ns[e.Source].Label+" "+string(e.Class)+" "+ns[e.Target].Label+" ("+e.MostFactual().Name()+")")
	}
	return "; edges: " + strings.Join(out, ", ")
}

// TestActionDayAgainstArticle (issue 12, time): the day of an action is
// read against the article's date (Sunday 2026-11-29), forward for a
// planned one; the day is the evidence's When.
func TestActionDayAgainstArticle(t *testing.T) {
	x := extract.New(extract.Options{})
	for _, tc := range []struct{ text, when string }{
		{"{A} met {B} on Friday.", "2026-11-27"},
		{"On Friday, {A} met {B} in Oslo.", "2026-11-27"},
		{"{A} met {B} on Sunday.", "2026-11-29"},
		{"{A} met {B} last Sunday.", "2026-11-22"},
		{"{A} will meet {B} on Friday.", "2026-12-04"},
		{"{A} met {B} last week.", "2026-11"},
		{"{A} met {B} earlier this week.", "2026-11"},
		{"{A} met {B} in March.", "2026-03"},
		{"{A} met {B} in December.", "2025-12"},
		{"{A} will meet {B} in March.", "2027-03"},
		{"{A} is expected to meet {B} in December.", "2026-12"},
		{"{A} met {B} on March 3.", "2026-03-03"},
		{"{A} met {B} on 3 March.", "2026-03-03"},
		{"{A} met {B} on Dec. 3.", "2025-12-03"},
		{"{A} met {B} on Nov. 3 in Oslo.", "2026-11-03"},
		{"{A} met {B} in Oslo on Sept. 14, 2025.", "2025-09-14"},
		{"{A} will meet {B} on Jan. 5.", "2027-01-05"},
		{"{A} met {B} earlier this year.", "2026"},
		{"{A} met {B} late last year.", "2025"},
		{"{A} will meet {B} next month.", "2026-12"},
		{"{A} will meet {B} early next month.", "2026-12"},
		{"{A} met {B} last month.", "2026-10"},
		{"{A} met {B} in mid-October.", "2026-10"},
		{"{A} will meet {B} in mid-January.", "2027-01"},
		{"{A} met {B} two days ago.", "2026-11-27"},
		{"{A} met {B} three weeks ago.", "2026-11"},
		{"{A} met {B} a month ago.", "2026-10"},
		{"{A} met {B} a year ago.", "2025"},
		{"{A} met {B} a few days ago.", ""},
		{"{A} met {B} this morning.", "2026-11-29"},
		{"{A} met {B} last night.", "2026-11-28"},
		{"{A} met {B} yesterday.", "2026-11-28"},
		{"{A} met {B} on Monday, officials said on Saturday.", "2026-11-23"},
		{"{A} met {B} in Oslo.", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			b, err := x.Extract(graph.Article{Text: "Harbour talks\n\nPublished: 2026-11-29\n\n" + mb(tc.text) + "\n", Origin: "when"})
			if err != nil {
				t.Fatal(err)
			}
			var got *graph.Edge
			hasEdge(b, fact{"Ada Berg", "CONSULT", "Jon Kvist"}, func(e graph.Edge) bool { got = &e; return true })
			if got == nil {
				t.Fatalf("no CONSULT edge%s", batteryEdges(b))
			}
			if ev := got.Evidence[0]; ev.When != tc.when {
				t.Errorf("when %q, want %q", ev.When, tc.when)
			}
		})
	}
}

// TestEventPerHappening (issue 12, events): one happening told in
// several sentences of an article is one event node, with the day one
// of them gives; two on different days, or one done and one denied, are
// two.
func TestEventPerHappening(t *testing.T) {
	x := extract.New(extract.Options{})
	for _, tc := range []struct {
		name, text, typ string
		want            []string // label and date of each event node of type typ
	}{
		{"a call in three sentences",
			"{A} spoke by phone with {B} on Tuesday.\n\nDuring the call, Berg urged Kvist to reopen the harbour.\n\nBerg said the call with Kvist lasted an hour.",
			"call", []string{"call: Ada Berg, Jon Kvist 2026-11-24"}},
		{"a meeting in three sentences",
			"{A} met {B} in Oslo on Friday.\n\nThe meeting between Berg and Kvist focused on the harbour.\n\nBerg held the meeting with Kvist at the town hall.",
			"meeting", []string{"meeting: Ada Berg, Jon Kvist 2026-11-27"}},
		{"an attack in three sentences",
			"Russia attacked Ukraine on Friday.\n\nThe attack on Ukraine killed three people.\n\nUkraine condemned the Russian attack on Ukraine.",
			"attack", []string{"attack: Russia, Ukraine 2026-11-27"}},
		{"planned talks take the month to come",
			"Russia will hold talks with Ukraine next month.\n\nThe talks between Russia and Ukraine are expected to last a week.",
			"talks", []string{"talks: Russia, Ukraine 2026-12"}},
		{"a call on Friday told again with the weekday",
			"{A} spoke by phone with {B} on Friday.\n\nThe call between Berg and Kvist on Friday lasted an hour.",
			"call", []string{"call: Ada Berg, Jon Kvist 2026-11-27"}},
		{"two meetings on two days",
			"{A} met {B} on Monday.\n\nBerg met Kvist again on Friday.",
			"meeting", []string{"meeting: Ada Berg, Jon Kvist 2026-11-23", "meeting: Ada Berg, Jon Kvist 2026-11-27"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := x.Extract(graph.Article{Text: "Harbour talks\n\nPublished: 2026-11-29\n\n" + mb(tc.text) + "\n", Origin: tc.name})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, n := range b.Nodes {
				if n.Kind == graph.KindEvent && n.Type == tc.typ {
					got = append(got, n.Label+" "+n.Date)
				}
			}
			sort.Strings(got)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("%s events %q, want %q", tc.typ, got, tc.want)
			}
		})
	}
}
