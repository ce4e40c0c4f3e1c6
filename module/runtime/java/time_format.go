package java

import (
	"strconv"
	"strings"
	"time"
)

// ParseException is java.text.ParseException.
type ParseException interface {
	Exception
	// AsParseException gives the struct behind the value.
	AsParseException() *ParseExceptionImpl
	// ErrorOffset is getErrorOffset().
	ErrorOffset() int32
}

// ParseExceptionImpl is the struct behind ParseException.
type ParseExceptionImpl struct {
	ExceptionImpl
	errorOffset int32
}

// AsParseException gives the struct behind the value.
func (e *ParseExceptionImpl) AsParseException() *ParseExceptionImpl { return e }

// NewParseException is the constructor ParseException(String, int).
func NewParseException(s string, errorOffset int32) *ParseExceptionImpl {
	e := &ParseExceptionImpl{}
	e.InitParseException(e, s, errorOffset)
	return e
}

// InitParseException runs ParseException(String, int) on the ParseException part of a
// subclass.
func (e *ParseExceptionImpl) InitParseException(self ParseException, s string, errorOffset int32) {
	e.ExceptionImpl.InitException2(self, s)
	e.errorOffset = errorOffset
}

// ErrorOffset is getErrorOffset().
func (e *ParseExceptionImpl) ErrorOffset() int32 { return e.errorOffset }

// DateFormat is the abstract class java.text.DateFormat; its instances are
// SimpleDateFormats.
type DateFormat interface {
	// Format is format(Date) (and format(Object) with a Date or a Number of milliseconds).
	Format(date any) string
	// Parse is parse(String).
	Parse(source string) *Date
	// SetTimeZone is setTimeZone(TimeZone).
	SetTimeZone(zone *TimeZone)
	// TimeZone is getTimeZone().
	TimeZone() *TimeZone
	// SetLenient is setLenient(boolean).
	SetLenient(lenient bool)
	// IsLenient is isLenient().
	IsLenient() bool
}

// DateFormat styles (DateFormat.FULL...).
const (
	DateFormatFull    int32 = 0
	DateFormatLong    int32 = 1
	DateFormatMedium  int32 = 2
	DateFormatShort   int32 = 3
	DateFormatDefault int32 = 2
)

// The en_US patterns of Java 17 (CLDR) per style.
var (
	datePatterns = [4]string{"EEEE, MMMM d, y", "MMMM d, y", "MMM d, y", "M/d/yy"}
	timePatterns = [4]string{"h:mm:ss a zzzz", "h:mm:ss a z", "h:mm:ss a", "h:mm a"}
)

func checkDateStyle(style int32) {
	if style < 0 || style > 3 {
		panic(NewIllegalArgumentException2("Illegal date style " + IntStr(style)))
	}
}

// DateFormatGetInstance is the static DateFormat.getInstance(): SHORT date and time.
func DateFormatGetInstance() DateFormat {
	return DateFormatGetDateTimeInstance(DateFormatShort, DateFormatShort)
}

// DateFormatGetDateInstance is the static DateFormat.getDateInstance(int).
func DateFormatGetDateInstance(style int32) DateFormat {
	checkDateStyle(style)
	return NewSimpleDateFormat2(datePatterns[style])
}

// DateFormatGetDateInstance2 is the static DateFormat.getDateInstance(int, Locale).
func DateFormatGetDateInstance2(style int32, locale *Locale) DateFormat {
	return DateFormatGetDateInstance(style)
}

// DateFormatGetTimeInstance is the static DateFormat.getTimeInstance(int).
func DateFormatGetTimeInstance(style int32) DateFormat {
	checkDateStyle(style)
	return NewSimpleDateFormat2(timePatterns[style])
}

// DateFormatGetTimeInstance2 is the static DateFormat.getTimeInstance(int, Locale).
func DateFormatGetTimeInstance2(style int32, locale *Locale) DateFormat {
	return DateFormatGetTimeInstance(style)
}

// DateFormatGetDateTimeInstance is the static DateFormat.getDateTimeInstance(int, int).
func DateFormatGetDateTimeInstance(dateStyle, timeStyle int32) DateFormat {
	checkDateStyle(dateStyle)
	checkDateStyle(timeStyle)
	sep := ", "
	if dateStyle <= DateFormatLong {
		sep = " 'at' "
	}
	return NewSimpleDateFormat2(datePatterns[dateStyle] + sep + timePatterns[timeStyle])
}

// DateFormatGetDateTimeInstance2 is the static DateFormat.getDateTimeInstance(int, int,
// Locale).
func DateFormatGetDateTimeInstance2(dateStyle, timeStyle int32, locale *Locale) DateFormat {
	return DateFormatGetDateTimeInstance(dateStyle, timeStyle)
}

// SimpleDateFormat is java.text.SimpleDateFormat with English names, in its time zone (the
// default zone unless set).
type SimpleDateFormat struct {
	pattern string
	tokens  []dateToken
	zone    *TimeZone
	lenient bool
}

// dateToken is a pattern letter repeated count times, or literal text (letter 0).
type dateToken struct {
	letter  byte
	count   int
	literal string
}

var (
	monthNames   = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	weekdayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
)

// NewSimpleDateFormat is the constructor SimpleDateFormat(): the SHORT date and time pattern.
func NewSimpleDateFormat() *SimpleDateFormat { return NewSimpleDateFormat2("M/d/yy, h:mm a") }

// NewSimpleDateFormat2 is the constructor SimpleDateFormat(String).
func NewSimpleDateFormat2(pattern string) *SimpleDateFormat {
	f := &SimpleDateFormat{lenient: true}
	f.ApplyPattern(pattern)
	return f
}

// NewSimpleDateFormat3 is the constructor SimpleDateFormat(String, Locale).
func NewSimpleDateFormat3(pattern string, locale *Locale) *SimpleDateFormat {
	if locale == nil {
		panic(NewNullPointerException())
	}
	return NewSimpleDateFormat2(pattern)
}

// ApplyPattern is applyPattern(String): IllegalArgumentException for an unknown letter or
// an unclosed quote.
func (f *SimpleDateFormat) ApplyPattern(pattern string) {
	f.tokens = compileDatePattern(pattern)
	f.pattern = pattern
}

func compileDatePattern(p string) []dateToken {
	var toks []dateToken
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			toks = append(toks, dateToken{literal: lit.String()})
			lit.Reset()
		}
	}
	for i := 0; i < len(p); {
		c := p[i]
		switch {
		case c == '\'':
			if i+1 < len(p) && p[i+1] == '\'' {
				lit.WriteByte('\'')
				i += 2
				continue
			}
			j := i + 1
			for {
				if j >= len(p) {
					panic(NewIllegalArgumentException2("Unterminated quote"))
				}
				if p[j] == '\'' {
					if j+1 < len(p) && p[j+1] == '\'' {
						lit.WriteByte('\'')
						j += 2
						continue
					}
					break
				}
				lit.WriteByte(p[j])
				j++
			}
			i = j + 1
		case (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'):
			if !strings.ContainsRune("GyYMLwWDdFEuaHkKhmsSzZX", rune(c)) {
				panic(NewIllegalArgumentException2("Illegal pattern character '" + string(c) + "'"))
			}
			j := i
			for j < len(p) && p[j] == c {
				j++
			}
			flush()
			toks = append(toks, dateToken{letter: c, count: j - i})
			i = j
		default:
			lit.WriteByte(c)
			i++
		}
	}
	flush()
	return toks
}

// ToPattern is toPattern().
func (f *SimpleDateFormat) ToPattern() string { return f.pattern }

// SetTimeZone is setTimeZone(TimeZone).
func (f *SimpleDateFormat) SetTimeZone(zone *TimeZone) { f.zone = zone }

// TimeZone is getTimeZone().
func (f *SimpleDateFormat) TimeZone() *TimeZone {
	if f.zone == nil {
		return TimeZoneGetDefault()
	}
	return f.zone
}

// SetLenient is setLenient(boolean).
func (f *SimpleDateFormat) SetLenient(lenient bool) { f.lenient = lenient }

// IsLenient is isLenient().
func (f *SimpleDateFormat) IsLenient() bool { return f.lenient }

func (f *SimpleDateFormat) location() *time.Location {
	if f.zone == nil {
		return time.Local
	}
	return f.zone.loc
}

func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// Format is format(Date) / format(Object): a Date, or a Number of milliseconds.
func (f *SimpleDateFormat) Format(date any) string {
	var ms int64
	switch d := unboxed(date).(type) {
	case *Date:
		if d == nil {
			panic(NewNullPointerException())
		}
		ms = d.ms
	case int64:
		ms = d
	case int32:
		ms = int64(d)
	default:
		panic(NewIllegalArgumentException2("Cannot format given Object as a Date"))
	}
	t := time.UnixMilli(ms).In(f.location())
	var b strings.Builder
	for _, tk := range f.tokens {
		if tk.letter == 0 {
			b.WriteString(tk.literal)
			continue
		}
		b.WriteString(formatDateField(t, tk.letter, tk.count))
	}
	return b.String()
}

func formatDateField(t time.Time, c byte, n int) string {
	switch c {
	case 'G':
		if t.Year() <= 0 {
			return "BC"
		}
		return "AD"
	case 'y', 'Y':
		y := t.Year()
		if c == 'Y' {
			y, _ = usWeek(t)
		}
		if n == 2 {
			return pad(y%100, 2)
		}
		return pad(y, n)
	case 'M', 'L':
		m := int(t.Month())
		switch {
		case n >= 4:
			return monthNames[m-1]
		case n == 3:
			return monthNames[m-1][:3]
		}
		return pad(m, n)
	case 'w':
		_, w := usWeek(t)
		return pad(w, n)
	case 'W':
		return pad(usWeekOfMonth(t), n)
	case 'D':
		return pad(t.YearDay(), n)
	case 'd':
		return pad(t.Day(), n)
	case 'F':
		return pad((t.Day()-1)/7+1, n)
	case 'E':
		if n >= 4 {
			return weekdayNames[t.Weekday()]
		}
		return weekdayNames[t.Weekday()][:3]
	case 'u':
		wd := int(t.Weekday())
		if wd == 0 {
			wd = 7
		}
		return pad(wd, n)
	case 'a':
		if t.Hour() < 12 {
			return "AM"
		}
		return "PM"
	case 'H':
		return pad(t.Hour(), n)
	case 'k':
		h := t.Hour()
		if h == 0 {
			h = 24
		}
		return pad(h, n)
	case 'K':
		return pad(t.Hour()%12, n)
	case 'h':
		h := t.Hour() % 12
		if h == 0 {
			h = 12
		}
		return pad(h, n)
	case 'm':
		return pad(t.Minute(), n)
	case 's':
		return pad(t.Second(), n)
	case 'S':
		return pad(t.Nanosecond()/1e6, n)
	case 'z':
		if n >= 4 {
			return zoneLongName(t)
		}
		return zoneShortName(t)
	case 'Z':
		_, off := t.Zone()
		return offsetString(off, false)
	case 'X':
		_, off := t.Zone()
		if off == 0 {
			return "Z"
		}
		switch n {
		case 1:
			s := offsetString(off, false)
			return s[:3]
		case 2:
			return offsetString(off, false)
		}
		return offsetString(off, true)
	}
	return ""
}

// offsetString is +hhmm (or +hh:mm).
func offsetString(off int, colon bool) string {
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	sep := ""
	if colon {
		sep = ":"
	}
	return sign + pad(off/3600, 2) + sep + pad(off/60%60, 2)
}

// usWeek is the week-based year and week of year with Sunday first and week 1 the week of
// January 1 (Java's US locale rules).
func usWeek(t time.Time) (year, week int) {
	y := t.Year()
	day := time.Date(y, t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	nextJan1 := time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC)
	nextStart := nextJan1.AddDate(0, 0, -int(nextJan1.Weekday()))
	if !day.Before(nextStart) {
		return y + 1, 1
	}
	jan1 := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	start := jan1.AddDate(0, 0, -int(jan1.Weekday()))
	return y, int(day.Sub(start).Hours()/24)/7 + 1
}

// usWeekOfMonth is the week of the month with Sunday first (week 1 holds the 1st).
func usWeekOfMonth(t time.Time) int {
	first := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	return (t.Day()-1+int(first.Weekday()))/7 + 1
}

// Parse is parse(String): the date at the start of source (later text is ignored);
// ParseException with the offset where parsing failed. Fields the pattern lacks default to
// 1 January 1970 00:00:00.000 in the formatter's zone; out-of-range values roll over
// unless the format is not lenient.
func (f *SimpleDateFormat) Parse(source string) *Date {
	p := dateParser{src: source, year: 1970, month: 1, day: 1, hour12: -1, loc: f.location()}
	for i, tk := range f.tokens {
		abuts := i+1 < len(f.tokens) && f.tokens[i+1].letter != 0 && isNumericDateField(f.tokens[i+1])
		if !p.field(tk, abuts) {
			panic(NewParseException("Unparseable date: \""+source+"\"", int32(p.pos)))
		}
	}
	if p.hour12 >= 0 {
		p.hour = p.hour12
		if p.pm {
			p.hour += 12
		}
	}
	if !f.lenient && !p.valid() {
		panic(NewParseException("Unparseable date: \""+source+"\"", int32(p.pos)))
	}
	loc := p.loc
	if p.offsetSet {
		loc = time.FixedZone("", p.offset)
	}
	t := time.Date(p.year, time.Month(p.month), p.day, p.hour, p.minute, p.second, p.milli*1e6, loc)
	return &Date{t.UnixMilli()}
}

func isNumericDateField(tk dateToken) bool {
	switch tk.letter {
	case 'M', 'L':
		return tk.count < 3
	case 'y', 'Y', 'd', 'H', 'h', 'K', 'k', 'm', 's', 'S', 'D', 'w', 'W', 'F', 'u':
		return true
	}
	return false
}

type dateParser struct {
	src                                       string
	pos                                       int
	year, month, day, hour, minute, second    int
	milli, hour12                             int
	pm                                        bool
	offset                                    int
	offsetSet                                 bool
	loc                                       *time.Location
	rawMonth, rawDay, rawHour, rawMin, rawSec int
}

func (p *dateParser) number(width int) (int, int, bool) {
	start := p.pos
	end := p.pos
	for end < len(p.src) && p.src[end] >= '0' && p.src[end] <= '9' && (width <= 0 || end-start < width) {
		end++
	}
	if end == start {
		return 0, 0, false
	}
	v, err := strconv.Atoi(p.src[start:end])
	if err != nil {
		return 0, 0, false
	}
	p.pos = end
	return v, end - start, true
}

// text matches one of names (case-insensitively, longest first), returning its index.
func (p *dateParser) text(names []string) (int, bool) {
	best, bestLen := -1, 0
	rest := strings.ToLower(p.src[p.pos:])
	for i, n := range names {
		if len(n) > bestLen && strings.HasPrefix(rest, strings.ToLower(n)) {
			best, bestLen = i, len(n)
		}
	}
	if best < 0 {
		return 0, false
	}
	p.pos += bestLen
	return best, true
}

func (p *dateParser) field(tk dateToken, abuts bool) bool {
	if tk.letter == 0 {
		if !strings.HasPrefix(p.src[p.pos:], tk.literal) {
			return false
		}
		p.pos += len(tk.literal)
		return true
	}
	width := 0
	if abuts {
		width = tk.count
	}
	switch tk.letter {
	case 'M', 'L':
		if tk.count >= 3 {
			names := append(append([]string{}, monthNames...), shortNames(monthNames)...)
			i, ok := p.text(names)
			p.month = i%12 + 1
			p.rawMonth = p.month
			return ok
		}
		v, _, ok := p.number(width)
		p.month, p.rawMonth = v, v
		return ok
	case 'E':
		_, ok := p.text(append(append([]string{}, weekdayNames...), shortNames(weekdayNames)...))
		return ok
	case 'a':
		i, ok := p.text([]string{"AM", "PM"})
		p.pm = i == 1
		return ok
	case 'G':
		_, ok := p.text([]string{"AD", "BC"})
		return ok
	case 'z', 'Z', 'X':
		return p.zone()
	}
	v, digits, ok := p.number(width)
	if !ok {
		return false
	}
	switch tk.letter {
	case 'y', 'Y':
		if tk.count <= 2 && digits == 2 {
			v = twoDigitYear(v)
		}
		p.year = v
	case 'd':
		p.day, p.rawDay = v, v
	case 'D':
		p.month, p.day = 1, v
	case 'H', 'k':
		if tk.letter == 'k' && v == 24 {
			v = 0
		}
		p.hour, p.rawHour = v, v
	case 'h', 'K':
		if tk.letter == 'h' && v == 12 {
			v = 0
		}
		p.hour12, p.rawHour = v, v
	case 'm':
		p.minute, p.rawMin = v, v
	case 's':
		p.second, p.rawSec = v, v
	case 'S':
		p.milli = v
	}
	return true
}

func shortNames(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n[:3]
	}
	return out
}

// twoDigitYear puts a two-digit year in the century starting 80 years ago, as Java does.
func twoDigitYear(v int) int {
	start := time.Now().Year() - 80
	y := start/100*100 + v
	if y < start {
		y += 100
	}
	return y
}

func (p *dateParser) zone() bool {
	rest := p.src[p.pos:]
	switch {
	case strings.HasPrefix(rest, "Z"):
		p.pos++
		p.offset, p.offsetSet = 0, true
		return true
	case strings.HasPrefix(rest, "GMT") || strings.HasPrefix(rest, "UTC"):
		p.pos += 3
		p.offset, p.offsetSet = 0, true
		if len(rest) > 3 && (rest[3] == '+' || rest[3] == '-') {
			return p.numericOffset()
		}
		return true
	case len(rest) > 0 && (rest[0] == '+' || rest[0] == '-'):
		return p.numericOffset()
	}
	for name := range zoneLongNames {
		if strings.HasPrefix(rest, name) {
			if loc, err := time.LoadLocation(zoneForAbbrev(name)); err == nil {
				p.pos += len(name)
				p.loc = loc
				return true
			}
		}
	}
	return false
}

func zoneForAbbrev(name string) string {
	switch name {
	case "CET", "CEST":
		return "Europe/Paris"
	case "EET", "EEST":
		return "Europe/Athens"
	case "WET", "WEST":
		return "Europe/Lisbon"
	case "BST":
		return "Europe/London"
	case "MSK":
		return "Europe/Moscow"
	case "EST", "EDT":
		return "America/New_York"
	case "CST", "CDT":
		return "America/Chicago"
	case "MST", "MDT":
		return "America/Denver"
	case "PST", "PDT":
		return "America/Los_Angeles"
	case "JST":
		return "Asia/Tokyo"
	case "KST":
		return "Asia/Seoul"
	}
	return "UTC"
}

func (p *dateParser) numericOffset() bool {
	sign := 1
	if p.src[p.pos] == '-' {
		sign = -1
	}
	p.pos++
	h, n, ok := p.number(2)
	if !ok || n != 2 {
		return false
	}
	m := 0
	if p.pos < len(p.src) && p.src[p.pos] == ':' {
		p.pos++
	}
	if mm, n2, ok2 := p.number(2); ok2 && n2 == 2 {
		m = mm
	}
	p.offset, p.offsetSet = sign*(h*3600+m*60), true
	return true
}

// valid is the check of a non-lenient parse.
func (p *dateParser) valid() bool {
	if p.rawMonth != 0 && (p.rawMonth < 1 || p.rawMonth > 12) {
		return false
	}
	if p.rawDay != 0 {
		last := time.Date(p.year, time.Month(p.month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		if p.rawDay < 1 || p.rawDay > last {
			return false
		}
	}
	return p.rawHour <= 23 && p.rawMin <= 59 && p.rawSec <= 59
}

func init() {
	registerClassNames(map[string]string{
		"ParseExceptionImpl": "java.text.ParseException",
		"SimpleDateFormat":   "java.text.SimpleDateFormat",
		"DecimalFormat":      "java.text.DecimalFormat",
		"TimeZone":           "java.util.TimeZone",
		"Locale":             "java.util.Locale",
	})
}
