package kg

import (
	"fmt"
	"strings"
)

// Category is the one category label an entity carries.
type Category string

// The entity categories of the design card.
const (
	CategoryTherapy      Category = "Therapy"
	CategoryMechanism    Category = "Mechanism"
	CategoryCondition    Category = "Condition"
	CategorySideEffect   Category = "SideEffect"
	CategoryRoute        Category = "Route"
	CategoryBiomarker    Category = "Biomarker"
	CategoryOrganization Category = "Organization"
	CategoryPerson       Category = "Person"
)

// Categories lists every category in a fixed order.
var Categories = []Category{
	CategoryTherapy, CategoryMechanism, CategoryCondition, CategorySideEffect,
	CategoryRoute, CategoryBiomarker, CategoryOrganization, CategoryPerson,
}

// Valid reports whether c is one of Categories.
func (c Category) Valid() bool {
	for _, k := range Categories {
		if c == k {
			return true
		}
	}
	return false
}

// ParseCategory accepts a category in any letter case ("therapy", "SIDE_EFFECT",
// "SideEffect"); it returns an Invalid error for anything else.
func ParseCategory(s string) (Category, error) {
	key := strings.ToLower(strings.ReplaceAll(s, "_", ""))
	for _, k := range Categories {
		if strings.ToLower(string(k)) == key {
			return k, nil
		}
	}
	return "", Errorf(Invalid, "unknown category %q", s)
}

// Predicate is a relation type of the controlled vocabulary.
type Predicate string

// The predicates of the design card.
const (
	Contains        Predicate = "CONTAINS"
	DerivedFrom     Predicate = "DERIVED_FROM"
	Treats          Predicate = "TREATS"
	ActsVia         Predicate = "ACTS_VIA"
	HasRisk         Predicate = "HAS_RISK"
	AdministeredVia Predicate = "ADMINISTERED_VIA"
	MeasuredBy      Predicate = "MEASURED_BY"
)

// Predicates lists every predicate in a fixed order.
var Predicates = []Predicate{Contains, DerivedFrom, Treats, ActsVia, HasRisk, AdministeredVia, MeasuredBy}

// Valid reports whether p is one of Predicates.
func (p Predicate) Valid() bool {
	for _, k := range Predicates {
		if p == k {
			return true
		}
	}
	return false
}

// ParsePredicate accepts a predicate in any letter case; it returns an Invalid
// error for anything outside the vocabulary.
func ParsePredicate(s string) (Predicate, error) {
	p := Predicate(strings.ToUpper(strings.TrimSpace(s)))
	if !p.Valid() {
		return "", Errorf(Invalid, "unknown predicate %q", s)
	}
	return p, nil
}

// Biolink returns the Biolink Model predicate that p maps to. A hedged or
// speculative TREATS is only "studied to treat", which is why certainty is an
// argument.
func (p Predicate) Biolink(c Certainty) string {
	switch p {
	case Contains:
		return "biolink:has_part"
	case DerivedFrom:
		return "biolink:derives_from"
	case Treats:
		if c == Asserted {
			return "biolink:treats"
		}
		return "biolink:studied_to_treat"
	case ActsVia:
		return "biolink:affects"
	case HasRisk:
		return "biolink:has_adverse_event"
	case AdministeredVia:
		return "biolink:has_route_of_administration"
	case MeasuredBy:
		return "biolink:has_biomarker"
	}
	return ""
}

// Certainty grades how firmly a claim is stated.
type Certainty string

// Certainty levels, from weakest to strongest.
const (
	Speculative Certainty = "speculative"
	Hedged      Certainty = "hedged"
	Asserted    Certainty = "asserted"
)

// Rank orders certainties: speculative 1, hedged 2, asserted 3, anything else 0.
func (c Certainty) Rank() int {
	switch c {
	case Speculative:
		return 1
	case Hedged:
		return 2
	case Asserted:
		return 3
	}
	return 0
}

// Valid reports whether c is a known certainty.
func (c Certainty) Valid() bool { return c.Rank() > 0 }

// ParseCertainty accepts a certainty in any letter case; it returns an Invalid
// error for anything else.
func ParseCertainty(s string) (Certainty, error) {
	c := Certainty(strings.ToLower(strings.TrimSpace(s)))
	if !c.Valid() {
		return "", Errorf(Invalid, "unknown certainty %q", s)
	}
	return c, nil
}

// Genre is the kind of document a source is; it matters to an auditor because
// clinic marketing and a thesis abstract carry different weight.
type Genre string

// Document genres.
const (
	GenreNews           Genre = "news"
	GenreCommercial     Genre = "commercial"
	GenreUniversityNews Genre = "university_news"
	GenreThesis         Genre = "thesis"
	GenrePaper          Genre = "paper"
	GenreUnknown        Genre = "unknown"
)

// Genres lists every genre.
var Genres = []Genre{GenreNews, GenreCommercial, GenreUniversityNews, GenreThesis, GenrePaper, GenreUnknown}

// ParseGenre accepts a genre in any letter case; it returns an Invalid error
// for anything else.
func ParseGenre(s string) (Genre, error) {
	g := Genre(strings.ToLower(strings.TrimSpace(s)))
	for _, k := range Genres {
		if g == k {
			return g, nil
		}
	}
	return "", Errorf(Invalid, "unknown genre %q", s)
}

// Direction selects which way relations are followed from an entity.
type Direction string

// Directions.
const (
	Outgoing Direction = "OUT"
	Incoming Direction = "IN"
	Both     Direction = "BOTH"
)

// String implements fmt.Stringer.
func (d Direction) String() string { return string(d) }

var _ fmt.Stringer = Both
