package kg

import "strings"

// Study is a piece of research a source cites or describes. ID is the
// lower-cased DOI when there is one, else a "kg:study/" CURIE.
type Study struct {
	ID      string   `json:"id"`
	DOI     string   `json:"doi,omitempty"`
	Title   string   `json:"title,omitempty"`
	Authors []string `json:"authors,omitempty"`
	Year    int      `json:"year,omitempty"`
	Venue   string   `json:"venue,omitempty"`
	// Design is the study design as stated ("retrospective cohort", "review").
	Design string `json:"design,omitempty"`
	// N is the number of subjects, 0 when unknown.
	N int `json:"n,omitempty"`
	// Period is the study period as written.
	Period string `json:"period,omitempty"`
	// Reference is the reference-list entry the study was read from.
	Reference string `json:"reference,omitempty"`
	// CitedByNodes are the sources citing the study, when a read fetched them.
	CitedByNodes []*Source `json:"-"`
	Nested       Nested    `json:"-"`
}

// NormalizeDOI lower-cases a DOI and strips resolver prefixes and trailing
// punctuation; it returns "" when s holds no DOI.
func NormalizeDOI(s string) string {
	s = strings.TrimSpace(s)
	low := strings.ToLower(s)
	for _, p := range []string{"https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "doi:"} {
		if strings.HasPrefix(low, p) {
			low = low[len(p):]
			break
		}
	}
	low = strings.TrimRight(low, ".,;)]} ")
	if !strings.HasPrefix(low, "10.") || !strings.Contains(low, "/") {
		return ""
	}
	return low
}
