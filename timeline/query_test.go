package timeline

import (
	"slices"
	"testing"
)

func TestQueryKeep(t *testing.T) {
	attack := Event{Type: "attack", Date: NewEventDate("", "2025-05-10", "", AnchorExplicit),
		Participants: []Entity{{Text: "Pakistani forces", Kind: "country", Canonical: "Pakistan"}},
		Location:     &Entity{Text: "Indian Kashmir", Kind: "region", Canonical: "Kashmir", Country: "India", CountryCode: "IND"}}
	talks := Event{Type: "talks", Date: NewEventDate("", "2025-05-12", "", AnchorExplicit),
		Participants: []Entity{{Text: "Dar", Kind: "person", Canonical: "Mohammad Ishaq Dar", Country: "Pakistan", CountryCode: "PAK", ActorCode: "PAKGOV"}},
		Location:     &Entity{Text: "Geneva", Kind: "city", Canonical: "Geneva", Country: "Switzerland", CountryCode: "CHE"}}
	undated := Event{Type: "attack"}
	tests := []struct {
		name string
		q    Query
		e    Event
		want bool
	}{
		{"empty query keeps all", Query{}, undated, true},
		{"from inside", Query{From: "2025-05-10"}, attack, true},
		{"from after", Query{From: "2025-05-11"}, attack, false},
		{"to before", Query{To: "2025-05-09"}, attack, false},
		{"undated out of a range", Query{From: "2020-01-01"}, undated, false},
		{"type", Query{Types: []string{"meeting", "attack"}}, attack, true},
		{"other type", Query{Types: []string{"meeting"}}, attack, false},
		{"actor by canonical name", Query{Actor: "pakistan"}, attack, true},
		{"actor by text", Query{Actor: "forces"}, attack, true},
		{"absent actor", Query{Actor: "India"}, attack, false},
		{"place", Query{Place: "kashmir"}, attack, true},
		{"no location", Query{Place: "kashmir"}, undated, false},
		{"place by its country", Query{Place: "Switzerland"}, talks, true},
		{"place by its country code", Query{Place: "che"}, talks, true},
		{"region by its country", Query{Place: "India"}, attack, true},
		{"place in another country", Query{Place: "France"}, talks, false},
		{"actor by its country", Query{Actor: "Pakistan"}, talks, true},
		{"actor by its actor code", Query{Actor: "PAKGOV"}, talks, true},
		{"actor by a code's country", Query{Actor: "PAK"}, talks, true},
		{"actor by another code", Query{Actor: "USAGOV"}, talks, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.q.Keep(tc.e); got != tc.want {
				t.Errorf("%+v.Keep = %v, want %v", tc.q, got, tc.want)
			}
		})
	}
}

func TestQueryPlaceByRegion(t *testing.T) {
	at := func(l Entity) Event { return Event{Type: "meeting", Location: &l} }
	geneva := at(Entity{Text: "Geneva", Kind: "city", Canonical: "Geneva", Country: "Switzerland", CountryCode: "CHE"})
	cairo := at(Entity{Text: "Cairo", Kind: "city", Canonical: "Cairo", Country: "Egypt", CountryCode: "EGY"})
	nairobi := at(Entity{Text: "Nairobi", Kind: "city", Canonical: "Nairobi", Country: "Kenya", CountryCode: "KEN"})
	gulf := at(Entity{Text: "the Persian Gulf", Kind: "place", Canonical: "Persian Gulf"})
	africa := at(Entity{Text: "Africa", Kind: "region", Canonical: "Africa"})
	tests := []struct {
		name  string
		place string
		e     Event
		want  bool
	}{
		{"city by its country", "Switzerland", geneva, true},
		{"city by its country code", "CHE", geneva, true},
		{"city by its subregion", "Western Europe", geneva, true},
		{"city by its region", "Europe", geneva, true},
		{"region ignores case and spaces", " western  EUROPE ", geneva, true},
		{"city not in another region", "Asia", geneva, false},
		{"city not in another subregion", "Eastern Europe", geneva, false},
		{"city not by a word of a subregion", "Western", geneva, false},
		{"city in the Middle East", "Middle East", cairo, true},
		{"city in Africa", "Africa", cairo, true},
		{"city in Northern Africa", "northern africa", cairo, true},
		{"city outside the Middle East", "Middle East", nairobi, false},
		{"city in Eastern Africa", "Eastern Africa", nairobi, true},
		{"a region located by its name", "Africa", africa, true},
		{"a sea by its name", "Persian Gulf", gulf, true},
		{"a place without a country in no region", "Asia", gulf, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := (Query{Place: tc.place}).Keep(tc.e); got != tc.want {
				t.Errorf("Place %q keeps %s: %v, want %v", tc.place, tc.e.Location.Text, got, tc.want)
			}
		})
	}
}

func TestRegionCountries(t *testing.T) {
	tests := []struct {
		name      string
		has, lack []string
		n         int // how many, or 0 for any
	}{
		{"Europe", []string{"CHE", "DEU", "RUS", "GBR"}, []string{"TUR", "EGY"}, 0},
		{"western europe", []string{"CHE", "DEU"}, []string{"GBR", "RUS"}, 0},
		{"Africa", []string{"EGY", "KEN"}, []string{"ISR"}, 0},
		{"Middle East", []string{"ARE", "CYP", "EGY", "IRN", "PSE", "TUR"}, []string{"AFG", "LBY"}, 17},
		{"Atlantis", nil, nil, 0},
		{"", nil, nil, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := RegionCountries(tc.name)
			if !slices.IsSorted(got) {
				t.Errorf("not sorted: %q", got)
			}
			if tc.has == nil && got != nil {
				t.Errorf("%q names no region, got %q", tc.name, got)
			}
			if tc.n > 0 && len(got) != tc.n {
				t.Errorf("%d countries, want %d: %q", len(got), tc.n, got)
			}
			for _, c := range tc.has {
				if !slices.Contains(got, c) {
					t.Errorf("lacks %s", c)
				}
			}
			for _, c := range tc.lack {
				if slices.Contains(got, c) {
					t.Errorf("has %s", c)
				}
			}
		})
	}
}
