package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestTheirUnionTalks: "talks between their union and management" are
// talks of the union the sentence or the next two name and the company
// the workers work at, or the operator named after "and"
// (unionTalksSides); no union named, no talks read.
func TestTheirUnionTalks(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"union named later in the sentence", "Pilots at Danish carrier Skyfly voted to strike after talks between their union and management collapsed, the Danish Pilots Association said on Tuesday.",
			"Danish Pilots Association CONSULT Skyfly", graph.Asserted, ""},
		{"operator named, union in the next sentence", "Dockworkers at the port of Gdansk extended their strike after talks between their union and the terminal operator Baltic Gateway broke down.\n\nThe Polish Dockers Union walked out on November 24.",
			"Polish Dockers Union CONSULT Baltic Gateway", graph.Asserted, ""},
		{"negated twin", "Pilots at Danish carrier Skyfly said there had been no talks between their union and management, the Danish Pilots Association said.",
			"Danish Pilots Association CONSULT Skyfly", graph.Negated, ""},
		{"hypothetical twin", "Pilots at Danish carrier Skyfly will vote on a strike unless talks between their union and management resume, the Danish Pilots Association said.",
			"Danish Pilots Association CONSULT Skyfly", graph.Hypothetical, ""},
		{"no union named", "Nurses at Oslo's Ullevaal Hospital walked out after talks between their union and management collapsed.",
			"", "", "Ullevaal Hospital CONSULT Ullevaal Hospital"},
	})
}

// TestStrikersAreTheirUnion: "the strikers", "the striking dockers" are
// the union named before their sentence, a union by name first
// (resolveStrikers, workersUnionRank); who backs them in the same
// sentence is none of them; no union named, none.
func TestStrikersAreTheirUnion(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"support for the strikers", "The National Union of Dockers walked out on Monday.\n\nThe International Transport Workers' Federation expressed support for the strikers.",
			"International Transport Workers' Federation SUPPORT National Union of Dockers", graph.Asserted, ""},
		{"the striking dockers", "The National Union of Dockers walked out on Monday.\n\nThe Transport Ministry criticised the striking dockers.",
			"Transport Ministry ACCUSE National Union of Dockers", graph.Asserted, ""},
		{"a union by name before a trade body", "The National Union of Dockers walked out on Monday.\n\nThe Chilean Fruit Exporters Association urged the government to act.\n\nThe International Transport Workers' Federation expressed support for the strikers.",
			"International Transport Workers' Federation SUPPORT National Union of Dockers", graph.Asserted, "International Transport Workers' Federation SUPPORT Chilean Fruit Exporters Association"},
		{"negated twin", "The National Union of Dockers walked out on Monday.\n\nThe Transport Ministry did not criticise the strikers.",
			"Transport Ministry ACCUSE National Union of Dockers", graph.Negated, ""},
		{"no union named", "Hundreds of nurses walked out on Monday.\n\nThe Health Ministry criticised the strikers.",
			"", "", "Health Ministry ACCUSE Health Ministry"},
	})
}
