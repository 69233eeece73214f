package gen_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/regenkg/regenkg/internal/gen"
	"github.com/regenkg/regenkg/internal/kg"
	"github.com/regenkg/regenkg/loaders"
)

func TestDocumentsAreDeterministicAndExtractable(t *testing.T) {
	g1, err := gen.New(7, nil)
	if err != nil {
		t.Fatal(err)
	}
	g2, _ := gen.New(7, nil)
	g3, _ := gen.New(8, nil)
	x, err := loaders.New(loaders.Options{})
	if err != nil {
		t.Fatal(err)
	}
	claims, negated, hedged, genres := 0, 0, 0, map[kg.Genre]bool{}
	for i := 0; i < 60; i++ {
		a, b := g1.Doc(i), g2.Doc(i)
		if !bytes.Equal(a.Text, b.Text) || a.Name != b.Name {
			t.Fatalf("doc %d differs between two generators with one seed", i)
		}
		if bytes.Equal(a.Text, g3.Doc(i).Text) {
			t.Fatalf("doc %d is the same under another seed", i)
		}
		d, err := x.Extract(context.Background(), a.Text, kg.Source{Path: a.Name})
		if err != nil {
			t.Fatalf("doc %d: %v", i, err)
		}
		claims += len(d.Claims)
		for _, c := range d.Claims {
			if c.Negated {
				negated++
			}
			if c.Certainty != kg.Asserted {
				hedged++
			}
		}
		genres[d.Source.Genre] = true
	}
	if claims < 300 || negated == 0 || hedged < 50 || len(genres) < 4 {
		t.Fatalf("60 documents gave %d claims (%d negated, %d hedged), genres %v", claims, negated, hedged, genres)
	}
}

func TestSyntheticEntitiesGrowTheGraph(t *testing.T) {
	// Templates draw entities uniformly per category, so the synthetic
	// ones must be a fair share of a lexicon of some 6 000 entries (2 000
	// therapies): 400 per category are a sixth of the therapies drawn.
	g, err := gen.New(1, &gen.Options{Synthetic: 400})
	if err != nil {
		t.Fatal(err)
	}
	x, err := loaders.New(loaders.Options{Lexicon: g.Lexicon()})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for i := 0; i < 100; i++ {
		d, err := x.Extract(context.Background(), g.Doc(i).Text, kg.Source{})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range d.Entities {
			ids[e.ID] = true
		}
	}
	synthetic := 0
	for id := range ids {
		if len(id) > 7 && id[:7] == "kg:gen/" {
			synthetic++
		}
	}
	if synthetic < 100 {
		t.Fatalf("100 documents named only %d synthetic entities", synthetic)
	}
}
