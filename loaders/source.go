package loaders

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/regenkg/regenkg/internal/kg"
)

// Month names of both languages, as dates write them.
var months = map[string]time.Month{
	"januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2, "maret": 3, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6, "june": 6, "jun": 6, "juli": 7, "july": 7, "jul": 7,
	"agustus": 8, "august": 8, "aug": 8, "agu": 8, "agt": 8, "september": 9, "sep": 9, "sept": 9,
	"oktober": 10, "october": 10, "oct": 10, "okt": 10, "november": 11, "nov": 11,
	"desember": 12, "december": 12, "dec": 12, "des": 12,
}

var weekdays = map[string]time.Weekday{
	"minggu": time.Sunday, "sunday": time.Sunday, "senin": time.Monday, "monday": time.Monday,
	"selasa": time.Tuesday, "tuesday": time.Tuesday, "rabu": time.Wednesday, "wednesday": time.Wednesday,
	"kamis": time.Thursday, "thursday": time.Thursday, "jumat": time.Friday, "jum'at": time.Friday, "friday": time.Friday,
	"sabtu": time.Saturday, "saturday": time.Saturday,
}

const monthRe = `(januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|may|june|july|august|october|december|jan|feb|mar|apr|jun|jul|aug|agu|agt|sept|sep|oct|okt|nov|dec|des)`

var (
	// "Rabu 05 November 2025 / 18:00", "5 Nov 2025"
	dayMonthYear = regexp.MustCompile(`(?i)\b(?:(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?(\d{1,2})\s+` + monthRe + `\.?\s+(\d{4})(?:\s*[/,|-]?\s*(\d{1,2}[:.]\d{2}))?`)
	// "November 5, 2025"
	monthDayYear = regexp.MustCompile(`(?i)\b` + monthRe + `\.?\s+(\d{1,2}),?\s+(\d{4})\b`)
	// "Wednesday (Dec. 3)": a year-less date the weekday pins down.
	weekdayMonthDay = regexp.MustCompile(`(?i)\b(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*\(?\s*` + monthRe + `\.?\s+(\d{1,2})\)?`)
)

// describeSource fills what the text says about itself: title, author,
// date, genre, publisher and language. What the caller already set wins.
func (x *Extractor) describeSource(a *analysis, src *kg.Source) {
	if src.Title == "" {
		src.Title = x.title(a)
	}
	if src.Author == "" {
		src.Author = x.author(a, src.Title)
	}
	if src.Published == "" {
		src.Published, src.PublishedText = x.published(a)
	}
	if src.Genre == "" {
		src.Genre = x.genre(a)
	}
	if src.Publisher == "" {
		src.Publisher = x.publisher(a)
	}
	// A site's own name over its menu is the publisher, ahead of a guess
	// from the text.
	for i := range a.lines {
		if a.lines[i].kind == lineBlank {
			continue
		}
		if name := x.siteName(a, i); name != "" {
			src.Publisher = name
		}
		break
	}
	if src.Language == "" {
		src.Language = a.lang
	}
}

// title is the document's headline: the first heading-like line of its
// opening (the first thirteen lines that are not blank) after what pages
// put above it, which it passes over: boilerplate and metadata lines,
// kickers and menus (isKicker), a site's name over its menu (siteName), a
// short line naming a site or clinic (siteLine), cookie banners, ads and
// contact lines (Cues.SiteNoise), journal or repository headers and menus
// spaced with blanks (Cues.TitleNoise), and lines split by " | ". A
// heading of three words or fewer is the headline only when no longer one
// follows. A body line is the headline when it does not end in a full
// stop, when a byline follows it (bylineAfter), or, in a thesis's first
// six lines, when it is its title. It returns "" when the document opens
// with body text.
func (x *Extractor) title(a *analysis) string {
	seen, short := 0, ""
	for i, ln := range a.lines {
		if seen > 12 {
			break
		}
		t := strings.TrimSpace(a.text[ln.start:ln.end])
		if ln.kind == lineBlank || t == "" {
			continue
		}
		seen++
		// Above a headline stand a site's name, menus, labels, a journal's
		// or repository's header and banners; they are passed over.
		if ln.kind == lineBoiler || ln.kind == lineMeta || x.isKicker(t) || seen == 1 && x.siteName(a, i) != "" ||
			matchAny(x.cues.compiled.titleNoise, t) || matchAny(x.cues.compiled.siteNoise, t) || strings.Contains(t, " | ") || x.siteLine(t) {
			continue
		}
		// A heading of three words or fewer ("Terapi PRP") is the headline
		// only when no longer one follows it: menus' leftovers are short.
		if n := len(strings.Fields(t)); n < 4 {
			// One word ("Home", "Kesehatan") or a byline ("By 2030") is
			// none.
			toks := tokenize(t, 0, len(t))
			if ln.kind == lineHeading && short == "" && n > 1 && !x.idx.bylines.startsAt(toks, 0, len(toks)) {
				short = clip(t, titleMax)
			}
			continue
		}
		switch ln.kind {
		case lineHeading:
			return clip(t, titleMax)
		case lineBody:
			// A headline may be long or end in a question mark, but never
			// in a full stop.
			if len(t) < 250 && !strings.HasSuffix(t, ".") {
				return clip(t, titleMax)
			}
			// One ending in a full stop is a headline when a byline or
			// date follows it.
			if len(t) < 200 && x.bylineAfter(a, i) {
				return clip(t, titleMax)
			}
			if seen <= 6 && len(t) < 400 && (strings.Contains(t, " = ") || x.matchGenre(a, "thesis") > 0) {
				return clip(strings.TrimRight(t, "."), titleMax)
			}
		}
		// The text has begun: a headline comes before it.
		return short
	}
	return short
}

// bylineAfter reports whether the first line after line i that is not
// blank is a byline: a metadata line, or one opening with a word of
// Cues.Bylines followed by a name ("By Staff Writer | November 21, 2026",
// "Oleh dr. Rina"; not "Oleh karena itu").
func (x *Extractor) bylineAfter(a *analysis, i int) bool {
	for _, ln := range a.lines[i+1:] {
		if ln.kind == lineBlank {
			continue
		}
		if ln.kind == lineMeta {
			return true
		}
		t := a.text[ln.start:ln.end]
		toks := tokenize(t, 0, len(t))
		// "By Staff Writer", "Oleh: dr. Rina": a name follows, not "Oleh
		// karena itu" or "By 2030".
		h, ok := x.idx.bylines.hitAt(toks, 0, 2)
		if !ok || h.to >= len(toks) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(toks[h.to].raw)
		return unicode.IsUpper(r) || strings.HasPrefix(t[toks[h.to].end:], ".")
	}
	return false
}

// siteLine reports whether a short line names a site or clinic: eight
// words or fewer, one of them a word of Cues.SiteWords, no colon or
// question mark ("FAQ: Terapi Sekretom di Prima Sport Clinic" is a
// headline) and no lower-case word but joining words ("Suntik PRP di
// Klinik Prima Sport" is a headline too; "Klinik Kulit dan Kelamin Prima"
// is a name).
func (x *Extractor) siteLine(t string) bool {
	if len(strings.Fields(t)) > 8 || strings.ContainsAny(t, ":?") {
		return false
	}
	toks := tokenize(t, 0, len(t))
	// "Suntik PRP di Klinik Prima Sport" is a headline: a site's name has
	// no lower-case word.
	for k, tk := range toks {
		// "Klinik Kulit dan Kelamin Prima": joining words may be small.
		if r, _ := utf8.DecodeRuneInString(tk.raw); unicode.IsLower(r) && !x.idx.coordination.startsAt(toks, k, 1) {
			return false
		}
	}
	_, ok := x.idx.siteWords.any(toks, 0, len(toks))
	return ok
}

// isKicker reports whether an opening line labels rather than says: a
// menu, breadcrumb or label line of short parts ("Home | News", "Beranda >
// Kesehatan", "ORIGINAL RESEARCH | Vascular Medicine"), a short line mostly
// in capitals ("HEALTH", "TANYA DOKTER", "FOR IMMEDIATE RELEASE - 18
// November 2025"), a label of Cues.Kickers ("Original Research"), or a
// link.
func (x *Extractor) isKicker(t string) bool {
	if x.idx.kickers[fold(t)] {
		return true
	}
	if strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://") || strings.HasPrefix(t, "doi:") {
		return true
	}
	if parts := splitMenu(t); len(parts) >= 2 {
		short := true
		for _, p := range parts {
			short = short && len(strings.Fields(p)) <= 4
		}
		if short {
			return true
		}
	}
	if len(strings.Fields(t)) > 8 {
		return false
	}
	upper, letters := capitals(t)
	return letters > 0 && upper*10 >= letters*6
}

// isMenu reports whether a line lists three or more short items.
func isMenu(t string) bool {
	parts := splitMenu(t)
	for _, p := range parts {
		if len(strings.Fields(p)) > 4 {
			return false
		}
	}
	return len(parts) >= 3
}

// splitMenu cuts a line at menu separators (" | ", " / ", " > ", " » ").
func splitMenu(t string) []string {
	for _, sep := range []string{" | ", " / ", " > ", " » "} {
		if strings.Contains(t, sep) {
			return strings.Split(t, sep)
		}
	}
	return nil
}

// beforeTagline returns a site's name without the tagline or menu a dash,
// bar or double space sets after it ("Prima Sport Clinic - Klinik Cedera
// Olahraga").
func beforeTagline(t string) string {
	for _, sep := range []string{"  ", " - ", " – ", " | "} {
		t, _, _ = strings.Cut(t, sep)
	}
	return strings.TrimSpace(t)
}

// siteName returns the name of the site whose page this is when line i is
// a short line right above a menu of three or more items ("Prima Sport
// Clinic - Klinik Cedera Olahraga" over "Beranda | Layanan | Dokter"), the
// part before a dash or bar, or opens a menu line of its own, split by
// bars, with three items or more after it ("Nirmala Regenerative Center |
// Beranda | Layanan | Kontak"). A cookie banner, a breadcrumb or a contact
// line (Cues.SiteNoise) names no site. It returns "" otherwise.
func (x *Extractor) siteName(a *analysis, i int) string {
	t := strings.TrimSpace(a.text[a.lines[i].start:a.lines[i].end])
	// "Nirmala Regenerative Center | Beranda | Layanan | Kontak": the
	// site's name opens its own menu line. A breadcrumb ("Kesehatan Kulit
	// > Artikel > Eksim") is split by other marks.
	if parts := splitMenu(t); len(parts) >= 3 && strings.Contains(t, " | ") && isMenu(strings.Join(parts[1:], " | ")) && !matchAny(x.cues.compiled.siteNoise, parts[0]) {
		if name := beforeTagline(parts[0]); len(strings.Fields(name)) >= 2 || strings.Contains(name, ".") {
			return name
		}
		return ""
	}
	if t == "" || len(strings.Fields(t)) > 10 || strings.HasSuffix(t, ".") || matchAny(x.cues.compiled.siteNoise, t) {
		return ""
	}
	for k := i + 1; k < len(a.lines) && k <= i+3; k++ {
		next := strings.TrimSpace(a.text[a.lines[k].start:a.lines[k].end])
		if next == "" {
			continue
		}
		if !isMenu(next) {
			return ""
		}
		return beforeTagline(t)
	}
	return ""
}

// author is a byline right under the title ("Yatin Suleha") or an
// "Author:"/"Penulis:" line.
func (x *Extractor) author(a *analysis, title string) string {
	for _, ln := range a.lines {
		t := a.text[ln.start:ln.end]
		if ln.kind == lineMeta {
			if k, v, ok := strings.Cut(t, ":"); ok {
				switch strings.ToLower(strings.TrimSpace(k)) {
				case "author", "penulis", "reporter", "pewarta":
					return bylineName(v)
				}
			}
		}
	}
	// "By Marcus Tan, Health Reporter", "Oleh: Rina Maharani | 12 Maret".
	for n, ln := range a.lines {
		if n > 10 {
			break
		}
		t := strings.TrimSpace(a.text[ln.start:ln.end])
		for _, by := range []string{"By ", "by ", "Oleh ", "oleh ", "Oleh: ", "Ditulis oleh "} {
			if rest, ok := strings.CutPrefix(t, by); ok {
				if name := bylineName(rest); looksLikeName(name) {
					return name
				}
			}
		}
	}
	seenTitle := false
	for n, ln := range a.lines {
		if n > 6 {
			break
		}
		t := a.text[ln.start:ln.end]
		if ln.kind == lineBlank {
			continue
		}
		if !seenTitle {
			seenTitle = title != "" && t == title
			continue
		}
		if looksLikeName(t) {
			return t
		}
		break
	}
	return ""
}

// bylineName is the name a byline starts with, before a comma or a bar
// ("Marcus Tan, Health Reporter", "Anisa Rahmadani | Editor: …").
func bylineName(v string) string {
	for _, sep := range []string{" | ", ",", " - "} {
		if before, _, ok := strings.Cut(v, sep); ok {
			v = before
		}
	}
	return strings.TrimSpace(v)
}

func looksLikeName(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 4 || len(s) > 40 {
		return false
	}
	for _, w := range f {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) {
			return false
		}
		for _, c := range r {
			if !unicode.IsLetter(c) && c != '.' && c != '\'' && c != '-' {
				return false
			}
		}
	}
	return true
}

// published finds the publication date in the document's own text (not in
// boilerplate or references): an ISO date and the phrase it came from.
func (x *Extractor) published(a *analysis) (iso, phrase string) {
	seen := 0
	for _, ln := range a.lines {
		if ln.kind != lineBody && ln.kind != lineHeading && ln.kind != lineMeta {
			continue
		}
		// A publication date sits in the header, or on a metadata line.
		if seen++; seen > 12 && ln.kind != lineMeta {
			continue
		}
		t := a.text[ln.start:ln.end]
		if m := dayMonthYear.FindStringSubmatch(t); m != nil {
			d, _ := strconv.Atoi(m[2])
			y, _ := strconv.Atoi(m[4])
			if mo := months[strings.ToLower(m[3])]; mo > 0 && validDate(y, mo, d) {
				return fmt.Sprintf("%04d-%02d-%02d", y, mo, d), strings.TrimSpace(m[0])
			}
		}
		if m := monthDayYear.FindStringSubmatch(t); m != nil {
			d, _ := strconv.Atoi(m[2])
			y, _ := strconv.Atoi(m[3])
			if mo := months[strings.ToLower(m[1])]; mo > 0 && validDate(y, mo, d) {
				return fmt.Sprintf("%04d-%02d-%02d", y, mo, d), strings.TrimSpace(m[0])
			}
		}
		if m := weekdayMonthDay.FindStringSubmatch(t); m != nil {
			wd := weekdays[strings.ToLower(strings.ReplaceAll(m[1], "'", ""))]
			if strings.EqualFold(m[1], "jum'at") {
				wd = time.Friday
			}
			mo := months[strings.ToLower(m[2])]
			d, _ := strconv.Atoi(m[3])
			// The latest year, not after now, in which that day is that weekday.
			for y := x.now.Year(); y > x.now.Year()-7 && mo > 0; y-- {
				t := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC)
				if t.After(x.now) || t.Day() != d {
					continue
				}
				if t.Weekday() == wd {
					return t.Format("2006-01-02"), strings.TrimSpace(m[0])
				}
			}
		}
	}
	return "", ""
}

func validDate(y int, m time.Month, d int) bool {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return y > 1900 && t.Day() == d && t.Month() == m
}

// matchGenre counts the genre's patterns that match some line. Genre cues
// (datelines, "Latar Belakang:", "Author:", "Recommendation For You") sit
// at the top or the bottom, so only the first and last 30 non-blank lines, each cut to
// 200 bytes, are read.
func (x *Extractor) matchGenre(a *analysis, genre string) int {
	if a.genreScore == nil {
		var all []string
		for _, ln := range a.lines {
			// A reference list says what the page cites, not what it is: a
			// clinic's page may cite papers.
			if ln.kind != lineBlank && ln.kind != lineRef && ln.kind != lineRefHeader {
				all = append(all, clip(a.text[ln.start:ln.end], 200))
			}
		}
		lines := all
		if len(all) > 60 {
			lines = append(append([]string{}, all[:30]...), all[len(all)-30:]...)
		}
		lower := make([]string, len(lines))
		for i, l := range lines {
			lower[i] = lowerLine(l)
		}
		a.genreScore = map[string]int{}
		for g, ps := range x.cues.compiled.genres {
			a.genreScore[g] = scoreGenre(ps, lines, lower)
		}
	}
	return a.genreScore[genre]
}

// scoreGenre counts the patterns that match one of lines.
func scoreGenre(ps []pattern, lines, lower []string) int {
	n := 0
	for _, p := range ps {
		for i, l := range lines {
			if p.match(l, lower[i]) {
				n++
				break
			}
		}
	}
	return n
}

// genre picks the genre whose patterns match most; ties go to the more
// specific genre.
func (x *Extractor) genre(a *analysis) kg.Genre {
	best, bestN := kg.GenreUnknown, 0
	for _, g := range []kg.Genre{kg.GenreThesis, kg.GenrePaper, kg.GenreUniversityNews, kg.GenreCommercial, kg.GenreNews} {
		if n := x.matchGenre(a, string(g)); n > bestN {
			best, bestN = g, n
		}
	}
	return best
}

// publisher is the outlet or institution the document names as its own.
func (x *Extractor) publisher(a *analysis) string {
	for _, re := range x.cues.compiled.publisher {
		for _, ln := range a.lines {
			if ln.kind == lineBlank {
				continue
			}
			// "Hubungi Kami" names no one.
			if m := re.FindStringSubmatch(a.text[ln.start:ln.end]); m != nil && !x.idx.isStopword(fold(m[1])) {
				return strings.TrimRight(strings.TrimSpace(m[1]), ".,")
			}
		}
	}
	return ""
}

// titleMax is the longest title kept, in bytes; a longer one is cut.
const titleMax = 300

// clip returns s cut to at most n bytes, on a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }
