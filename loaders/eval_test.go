package loaders_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/regenkg/regenkg/internal/kg"
	"github.com/regenkg/regenkg/loaders"
)

// evalText is extracted as: secretome CONTAINS exosome, secretome CONTAINS
// growth factor, exosome TREATS psoriasis (hedged), secretome HAS_RISK fever.
const evalText = "Sekretom mengandung growth factor dan eksosom.\n\n" +
	"Eksosom dapat mengobati psoriasis.\n\n" +
	"Efek samping sekretom adalah demam.\n\n" +
	"Hubungi kami lewat WhatsApp.\n"

// writeGold writes evalText and one gold file for it into a temporary
// repository root and returns the root and the parsed gold.
func writeGold(t testing.TB, g loaders.Gold) (string, []loaders.Gold) {
	t.Helper()
	return writeGoldText(t, evalText, g)
}

// writeGoldText is writeGold for a document of the given text.
func writeGoldText(t testing.TB, text string, g loaders.Gold) (string, []loaders.Gold) {
	t.Helper()
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "doc.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	g.Document = "doc.txt"
	b, err := json.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(root, "gold")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "doc.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	golds, err := loaders.LoadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	return root, golds
}

// TestEvaluateCounts checks the scorer itself on a gold whose answer is
// known: names are compared through the lexicon (a gold "sekretom" is the
// extracted "secretome"), negation is part of a relation's identity, and
// certainty is scored only on matched relations.
func TestEvaluateCounts(t *testing.T) {
	ent := func(name, cat string) loaders.GoldEntity {
		return loaders.GoldEntity{Name: name, Category: kg.Category(cat)}
	}
	rel := func(s, p, o, cert string, neg bool) loaders.GoldRelation {
		return loaders.GoldRelation{Subject: s, Predicate: kg.Predicate(p), Object: o, Certainty: kg.Certainty(cert), Negated: neg}
	}
	tests := []struct {
		name                   string
		gold                   loaders.Gold
		relTP, relFP, relFN    int
		entTP, entFP, entFN    int
		certRight, certTotal   int
		missedUnread           int
		predicate              string
		predTP, predFP, predFN int
		genresRight            int
	}{
		{
			name: "everything annotated",
			gold: loaders.Gold{
				Genre: "commercial",
				Entities: []loaders.GoldEntity{ent("secretome", "Therapy"), ent("exosome", "Therapy"),
					ent("growth factor", "Biomarker"), ent("psoriasis", "Condition"), ent("fever", "SideEffect")},
				Relations: []loaders.GoldRelation{
					rel("secretome", "CONTAINS", "exosome", "asserted", false),
					rel("secretome", "CONTAINS", "growth factor", "asserted", false),
					rel("exosome", "TREATS", "psoriasis", "hedged", false),
					rel("secretome", "HAS_RISK", "fever", "asserted", false),
				},
			},
			relTP: 4, entTP: 5, certRight: 4, certTotal: 4,
			predicate: "CONTAINS", predTP: 2, genresRight: 1,
		},
		{
			name: "a miss, a spurious claim, a wrong certainty, a wrong genre and names in Indonesian",
			gold: loaders.Gold{
				Genre: "news",
				Entities: []loaders.GoldEntity{ent("sekretom", "Therapy"), ent("eksosom", "Therapy"),
					ent("psoriasis", "Condition"), ent("fever", "SideEffect"), ent("stem cell", "Therapy")},
				Relations: []loaders.GoldRelation{
					// Found, but the gold says asserted.
					rel("eksosom", "TREATS", "psoriasis", "asserted", false),
					rel("sekretom", "HAS_RISK", "demam", "asserted", false),
					// Missed although both entities were extracted.
					rel("exosome", "HAS_RISK", "fever", "asserted", false),
					// Missed with an entity the extractor never found.
					rel("secretome", "DERIVED_FROM", "stem cell", "asserted", false),
					// Negation is part of the identity: this is a miss, and
					// the positive extraction is spurious.
					rel("secretome", "CONTAINS", "exosome", "asserted", true),
				},
			},
			relTP: 2, relFP: 2, relFN: 3, entTP: 4, entFP: 1, entFN: 1, certRight: 1, certTotal: 2,
			missedUnread: 2,
			predicate:    "CONTAINS", predFP: 2, predFN: 1,
		},
	}
	x := extractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, golds := writeGold(t, tt.gold)
			rep, err := x.Evaluate(context.Background(), root, golds)
			if err != nil {
				t.Fatal(err)
			}
			r, e := rep.Relations, rep.Entities
			if r.TP != tt.relTP || r.FP != tt.relFP || r.FN != tt.relFN {
				t.Errorf("relations TP/FP/FN = %d/%d/%d, want %d/%d/%d", r.TP, r.FP, r.FN, tt.relTP, tt.relFP, tt.relFN)
			}
			if e.TP != tt.entTP || e.FP != tt.entFP || e.FN != tt.entFN {
				t.Errorf("entities TP/FP/FN = %d/%d/%d, want %d/%d/%d", e.TP, e.FP, e.FN, tt.entTP, tt.entFP, tt.entFN)
			}
			if rep.CertaintyRight != tt.certRight || rep.CertaintyTotal != tt.certTotal {
				t.Errorf("certainty %d/%d, want %d/%d", rep.CertaintyRight, rep.CertaintyTotal, tt.certRight, tt.certTotal)
			}
			if rep.MissedUnread != tt.missedUnread {
				t.Errorf("missed with both entities found = %d, want %d", rep.MissedUnread, tt.missedUnread)
			}
			if p := rep.ByPredicate[tt.predicate]; p.TP != tt.predTP || p.FP != tt.predFP || p.FN != tt.predFN {
				t.Errorf("%s TP/FP/FN = %d/%d/%d, want %d/%d/%d", tt.predicate, p.TP, p.FP, p.FN, tt.predTP, tt.predFP, tt.predFN)
			}
			if rep.GenresRight != tt.genresRight {
				t.Errorf("genres right = %d, want %d", rep.GenresRight, tt.genresRight)
			}
			if rep.QuotesExact != rep.Quotes || rep.Quotes == 0 {
				t.Errorf("quotes exact %d of %d", rep.QuotesExact, rep.Quotes)
			}
			var out bytes.Buffer
			rep.Print(&out, "set", true)
			for _, want := range []string{"by predicate", "missed relations whose entities were both found", "genre right"} {
				if !strings.Contains(out.String(), want) {
					t.Errorf("report lacks %q:\n%s", want, out.String())
				}
			}
		})
	}
}

// TestEvaluateComparesSubtypesAsTheirParent checks that a gold name the
// lexicon records under a parent ("septic arthritis" is an infection) is
// compared as that parent, as the extraction reports it, while a subtype
// with no parent stays itself.
func TestEvaluateComparesSubtypesAsTheirParent(t *testing.T) {
	const text = "PRP adalah plasma kaya trombosit. Suntikan PRP yang tidak steril dapat menyebabkan infeksi sendi.\n"
	x := extractor(t)
	for _, tt := range []struct {
		object     string
		relTP, rFN int
	}{
		{"septic arthritis", 1, 0},
		{"infection", 1, 0},
		{"joint pain", 0, 1},
	} {
		t.Run(tt.object, func(t *testing.T) {
			checkRelationCounts(t, x, text, loaders.Gold{
				Genre:    "news",
				Entities: []loaders.GoldEntity{{Name: "platelet-rich plasma", Category: kg.CategoryTherapy}, {Name: tt.object, Category: kg.CategorySideEffect}},
				Relations: []loaders.GoldRelation{{Subject: "platelet-rich plasma", Predicate: kg.HasRisk, Object: tt.object,
					Certainty: kg.Hedged, Quote: "Suntikan PRP yang tidak steril dapat menyebabkan infeksi sendi."}},
			}, tt.relTP, tt.rFN)
		})
	}
}

// TestEvaluateReadsGoldNamesInTheirCategory checks that a gold name whose
// words the lexicon reads as another category ("weight loss", a therapy)
// is compared as the entry those words name in the gold's category (the
// harm, unintended weight loss), and as the plain entry when the gold
// agrees with the lexicon.
func TestEvaluateReadsGoldNamesInTheirCategory(t *testing.T) {
	const text = "Secretome is a fluid from stem cells. We did not see weight loss in the treated mice.\n"
	x := extractor(t)
	for _, tt := range []struct {
		category   kg.Category
		relTP, rFN int
	}{
		{kg.CategorySideEffect, 1, 0},
		{kg.CategoryTherapy, 0, 1},
	} {
		t.Run(string(tt.category), func(t *testing.T) {
			checkRelationCounts(t, x, text, loaders.Gold{
				Genre:    "news",
				Entities: []loaders.GoldEntity{{Name: "secretome", Category: kg.CategoryTherapy}, {Name: "weight loss", Category: tt.category}},
				Relations: []loaders.GoldRelation{{Subject: "secretome", Predicate: kg.HasRisk, Object: "weight loss", Negated: true,
					Certainty: kg.Asserted, Quote: "We did not see weight loss in the treated mice."}},
			}, tt.relTP, tt.rFN)
		})
	}
}

// checkRelationCounts evaluates the extraction of text against the one
// gold document g and fails t unless its relations count wantTP true
// positives and wantFN false negatives.
func checkRelationCounts(t testing.TB, x *loaders.Extractor, text string, g loaders.Gold, wantTP, wantFN int) {
	t.Helper()
	root, golds := writeGoldText(t, text, g)
	rep, err := x.Evaluate(context.Background(), root, golds)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Relations.TP != wantTP || rep.Relations.FN != wantFN {
		t.Errorf("relations TP/FN = %d/%d, want %d/%d", rep.Relations.TP, rep.Relations.FN, wantTP, wantFN)
	}
}

// TestExtractionMeetsItsTargets scores the shipped gold sets. The seeds must
// meet the targets (relations P ≥ 0.9, R ≥ 0.8). The held-out sets
// carry floors a little under today's figures (see the README), so that a
// change that costs quality elsewhere fails here and not silently; every
// quote must equal its source bytes everywhere.
func TestExtractionMeetsItsTargets(t *testing.T) {
	floors := []struct {
		set     string
		minP    float64
		minR    float64
		comment string
	}{
		{"seeds", 0.90, 0.80, "the issue's target"},
		{"heldout", 0.90, 0.91, "development set 1"},
		{"heldout2", 0.88, 0.87, "development set 2"},
		{"heldout3", 0.84, 0.70, "blind set: a regression guard, not the target"},
		{"heldout4", 0.90, 0.83, "development set 3"},
		{"heldout5", 0.85, 0.84, "development set 4"},
		{"heldout6", 0.86, 0.74, "development set 5"},
		{"heldout7", 0.80, 0.68, "blind set: a regression guard, not the target"},
		{"heldout8", 0.73, 0.54, "development set 6"},
		{"heldout9", 0.86, 0.74, "development set 7"},
		{"heldout10", 0.83, 0.69, "development set 8"},
		{"heldout11", 0.85, 0.71, "development set 9 since stop 11"},
		{"heldout12", 0.87, 0.67, "development set 10 since stop 11"},
		{"heldout13", 0.80, 0.62, "development set 11 since the end of stop 11"},
		{"heldout14", 0.83, 0.69, "development set 12 since stop 12"},
		{"heldout15", 0.89, 0.86, "development set 13 since stop 13"},
		{"heldout16", 0.78, 0.64, "blind set: a regression guard, not the target"},
		{"heldout17", 0.76, 0.58, "development set 14 since stop 13"},
		{"heldout18", 0.77, 0.67, "blind set: a regression guard, not the target"},
		{"heldout19", 0.79, 0.58, "development set 16 since stop 14"},
		{"heldout20", 0.81, 0.63, "development set 15 since stop 13"},
		{"heldout21", 0.77, 0.54, "development set 22 since stop 15"},
		{"heldout22", 0.78, 0.62, "development set 17 since stop 14"},
		{"heldout23", 0.77, 0.51, "development set 18 since stop 14"},
		{"heldout24", 0.77, 0.58, "blind set: a regression guard, not the target"},
		{"heldout25", 0.75, 0.65, "development set 19 since stop 14"},
		{"heldout26", 0.76, 0.62, "development set 20 since stop 14"},
		{"heldout27", 0.72, 0.51, "development set 21 since stop 14"},
		{"heldout28", 0.69, 0.58, "development set 23 since stop 15"},
		{"heldout29", 0.62, 0.46, "development set 24 since stop 15"},
		{"heldout30", 0.74, 0.41, "development set 25 since stop 15"},
		{"heldout31", 0.73, 0.67, "development set 26 since stop 16"},
		{"heldout32", 0.72, 0.53, "development set 27 since stop 16"},
		{"heldout33", 0.73, 0.58, "development set 28 since stop 16"},
		{"heldout34", 0.65, 0.42, "development set 29 since stop 16"},
		{"heldout35", 0.80, 0.69, "development set 30 since stop 17"},
		{"heldout36", 0.73, 0.58, "development set 31 since stop 17"},
		{"heldout37", 0.80, 0.55, "development set 32 since stop 17"},
		{"heldout38", 0.73, 0.59, "development set 33 since stop 17"},
		{"heldout39", 0.71, 0.57, "development set 34 since stop 18"},
		{"heldout40", 0.60, 0.48, "development set 35 since stop 18"},
		{"heldout41", 0.68, 0.53, "development set 36 since stop 18"},
		{"heldout42", 0.70, 0.63, "development set 37 since stop 18"},
		{"heldout43", 0.71, 0.44, "development set 38 since stop 19"},
		{"heldout44", 0.59, 0.41, "development set 39 since stop 19"},
		{"heldout45", 0.62, 0.45, "development set 40 since stop 19"},
		{"heldout46", 0.79, 0.68, "development set 41 since stop 19"},
		{"heldout47", 0.75, 0.56, "development set 42 since stop 20"},
		{"heldout48", 0.73, 0.58, "development set 43 since stop 20"},
		{"heldout49", 0.77, 0.66, "development set 44 since stop 20"},
		{"heldout50", 0.67, 0.68, "development set 45 since stop 20"},
		{"heldout51", 0.71, 0.60, "development set 46 since stop 21"},
		{"heldout52", 0.70, 0.54, "development set 47 since stop 21"},
		{"heldout53", 0.72, 0.50, "development set 48 since stop 21"},
		{"heldout54", 0.71, 0.58, "development set 49 since stop 21"},
		{"heldout55", 0.70, 0.54, "development set 50 since stop 22"},
		{"heldout56", 0.70, 0.56, "development set 51 since stop 22"},
		{"heldout57", 0.67, 0.56, "development set 52 since stop 22"},
		{"heldout58", 0.71, 0.44, "development set 53 since stop 22"},
		{"heldout59", 0.71, 0.53, "development set 54 since stop 23"},
		{"heldout60", 0.67, 0.50, "development set 55 since stop 23"},
		{"heldout61", 0.59, 0.35, "development set 56 since stop 23"},
		{"heldout62", 0.67, 0.49, "development set 57 since stop 23"},
		{"heldout63", 0.73, 0.53, "development set 58 since stop 24"},
		{"heldout64", 0.78, 0.59, "blind set: a regression guard, not the target"},
		{"heldout65", 0.58, 0.46, "development set 59 since stop 24"},
		{"heldout66", 0.74, 0.58, "development set 60 since stop 24"},
		{"heldout67", 0.70, 0.54, "development set 61 since stop 25"},
		{"heldout68", 0.67, 0.48, "development set 62 since stop 25"},
		{"heldout69", 0.75, 0.53, "development set 63 since stop 25"},
		{"heldout70", 0.68, 0.57, "development set 64 since stop 25"},
		{"heldout71", 0.68, 0.50, "development set 65 since stop 26"},
		{"heldout72", 0.67, 0.58, "development set 66 since stop 26"},
		{"heldout73", 0.78, 0.53, "development set 67 since stop 26"},
		{"heldout74", 0.66, 0.50, "development set 68 since stop 26"},
		{"heldout75", 0.68, 0.57, "development set 69 since stop 27"},
		{"heldout76", 0.70, 0.57, "development set 70 since stop 27"},
		{"heldout77", 0.73, 0.61, "development set 71 since stop 27"},
		{"heldout78", 0.65, 0.52, "development set 72 since stop 27"},
		{"heldout79", 0.60, 0.49, "development set 73 since stop 28"},
		{"heldout80", 0.78, 0.53, "development set 74 since stop 28"},
		{"heldout81", 0.67, 0.50, "development set 75 since stop 28"},
		{"heldout82", 0.72, 0.55, "development set 76 since stop 28"},
		{"heldout83", 0.64, 0.47, "development set 77 since stop 29"},
		{"heldout84", 0.66, 0.55, "development set 78 since stop 29"},
		{"heldout85", 0.72, 0.57, "development set 79 since stop 29"},
		{"heldout86", 0.67, 0.58, "development set 80 since stop 29"},
		{"heldout87", 0.67, 0.52, "development set 81 since stop 30"},
		{"heldout88", 0.67, 0.56, "development set 82 since stop 30"},
		{"heldout89", 0.71, 0.54, "development set 83 since stop 30"},
		{"heldout90", 0.76, 0.54, "development set 84 since stop 30"},
		{"heldout91", 0.60, 0.51, "development set 85 since stop 31"},
		{"heldout92", 0.65, 0.46, "development set 86 since stop 31"},
		{"heldout93", 0.65, 0.59, "development set 87 since stop 31"},
		{"heldout94", 0.73, 0.56, "development set 88 since stop 31"},
		{"heldout95", 0.71, 0.63, "development set 89 since stop 32"},
		{"heldout96", 0.72, 0.55, "development set 90 since stop 32"},
		{"heldout97", 0.73, 0.58, "development set 91 since stop 32"},
		{"heldout98", 0.67, 0.55, "development set 92 since stop 32"},
		{"heldout99", 0.79, 0.62, "development set 93 since stop 33"},
		{"heldout100", 0.74, 0.67, "development set 94 since stop 33"},
		{"heldout101", 0.70, 0.52, "development set 95 since stop 33"},
		{"heldout102", 0.71, 0.58, "development set 96 since stop 33"},
		{"heldout103", 0.68, 0.50, "blind set: a regression guard, not the target"},
		{"heldout104", 0.68, 0.55, "blind set: a regression guard, not the target"},
		{"heldout105", 0.55, 0.46, "blind set: a regression guard, not the target"},
		{"heldout106", 0.68, 0.60, "blind set: a regression guard, not the target"},
	}
	x := extractor(t)
	root := filepath.Join("..")
	for _, f := range floors {
		t.Run(f.set, func(t *testing.T) {
			golds, err := loaders.LoadGold(filepath.Join(root, "testdata", "gold", f.set))
			if err != nil {
				t.Fatal(err)
			}
			if len(golds) < 4 {
				t.Fatalf("%d gold documents", len(golds))
			}
			rep, err := x.Evaluate(context.Background(), root, golds)
			if err != nil {
				t.Fatal(err)
			}
			if p, r := rep.Relations.Precision(), rep.Relations.Recall(); p < f.minP || r < f.minR {
				t.Errorf("relations P %.2f R %.2f, floor (%s) P %.2f R %.2f", p, r, f.comment, f.minP, f.minR)
			}
			if rep.QuotesExact != rep.Quotes {
				t.Errorf("%d of %d quotes equal their source bytes", rep.QuotesExact, rep.Quotes)
			}
		})
	}
}
