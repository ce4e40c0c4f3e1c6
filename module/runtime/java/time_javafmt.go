package java

import (
	"strings"
	"time"
)

// DateTimeFormatter is java.time.format.DateTimeFormatter: ofPattern's letters (G u y M L d
// D E a h K k H m s S n A z Z X x O V and quoted text) with English names, and the ISO
// formatters. Formatting a field the value lacks throws UnsupportedTemporalTypeException;
// a zone letter on a value without zone throws DateTimeException, as in Java.
type DateTimeFormatter struct {
	pattern string
	tokens  []dateToken
	iso     string // "date", "time", "datetime" for the ISO constants
}

// The ISO formatters.
var (
	DateTimeFormatterIsoLocalDate     = &DateTimeFormatter{pattern: "ISO_LOCAL_DATE", iso: "date"}
	DateTimeFormatterIsoLocalTime     = &DateTimeFormatter{pattern: "ISO_LOCAL_TIME", iso: "time"}
	DateTimeFormatterIsoLocalDateTime = &DateTimeFormatter{pattern: "ISO_LOCAL_DATE_TIME", iso: "datetime"}
)

// DateTimeFormatterOfPattern is the static DateTimeFormatter.ofPattern(String).
func DateTimeFormatterOfPattern(pattern string) *DateTimeFormatter {
	return &DateTimeFormatter{pattern: pattern, tokens: compileJavaTimePattern(pattern)}
}

// DateTimeFormatterOfPattern2 is the static DateTimeFormatter.ofPattern(String, Locale).
func DateTimeFormatterOfPattern2(pattern string, locale *Locale) *DateTimeFormatter {
	return DateTimeFormatterOfPattern(pattern)
}

func compileJavaTimePattern(p string) []dateToken {
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
			for ; j < len(p); j++ {
				if p[j] == '\'' {
					if j+1 < len(p) && p[j+1] == '\'' {
						lit.WriteByte('\'')
						j++
						continue
					}
					break
				}
				lit.WriteByte(p[j])
			}
			if j >= len(p) {
				panic(NewIllegalArgumentException2("Pattern ends with an incomplete string literal: " + p))
			}
			i = j + 1
		case c == '[' || c == ']':
			i++ // optional sections: every field here is printed when present
		case (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'):
			if !strings.ContainsRune("GuyMLdDEahKkHmsSnAzZXxOV", rune(c)) {
				panic(NewIllegalArgumentException2("Unknown pattern letter: " + string(c)))
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

// temporalFields is what a value offers a formatter: a date, a time, a zone.
type temporalFields struct {
	t                      time.Time
	hasDate, hasTime, zone bool
	zoneID                 string
	text                   string
}

func fieldsOf(temporal any) temporalFields {
	switch v := temporal.(type) {
	case *LocalDate:
		return temporalFields{t: v.t, hasDate: true, text: v.String()}
	case *LocalTime:
		return temporalFields{t: v.t, hasTime: true, text: v.String()}
	case *LocalDateTime:
		return temporalFields{t: v.t, hasDate: true, hasTime: true, text: v.String()}
	case *ZonedDateTime:
		return temporalFields{t: v.t, hasDate: true, hasTime: true, zone: true, zoneID: v.zone.id, text: v.String()}
	case *Instant:
		return temporalFields{t: v.goTime(), text: v.String()}
	}
	panic(NewNullPointerException2("temporal"))
}

// UnsupportedTemporalTypeException is java.time.temporal.UnsupportedTemporalTypeException.
type UnsupportedTemporalTypeException interface {
	DateTimeException
	// AsUnsupportedTemporalTypeException gives the struct behind the value.
	AsUnsupportedTemporalTypeException() *UnsupportedTemporalTypeExceptionImpl
}

// UnsupportedTemporalTypeExceptionImpl is the struct behind UnsupportedTemporalTypeException.
type UnsupportedTemporalTypeExceptionImpl struct{ DateTimeExceptionImpl }

// AsUnsupportedTemporalTypeException gives the struct behind the value.
func (e *UnsupportedTemporalTypeExceptionImpl) AsUnsupportedTemporalTypeException() *UnsupportedTemporalTypeExceptionImpl {
	return e
}

// NewUnsupportedTemporalTypeException is the constructor UnsupportedTemporalTypeException(String).
func NewUnsupportedTemporalTypeException(message string) *UnsupportedTemporalTypeExceptionImpl {
	e := &UnsupportedTemporalTypeExceptionImpl{}
	e.InitUnsupportedTemporalTypeException(e, message)
	return e
}

// InitUnsupportedTemporalTypeException runs UnsupportedTemporalTypeException(String) on a UnsupportedTemporalTypeException or the UnsupportedTemporalTypeException part of a subclass.
func (e *UnsupportedTemporalTypeExceptionImpl) InitUnsupportedTemporalTypeException(self UnsupportedTemporalTypeException, message string) {
	e.DateTimeExceptionImpl.InitDateTimeException2(self, message)
}

var dateFieldNames = map[byte]string{'G': "Era", 'u': "Year", 'y': "YearOfEra", 'M': "MonthOfYear", 'L': "MonthOfYear",
	'd': "DayOfMonth", 'D': "DayOfYear", 'E': "DayOfWeek", 'a': "AmPmOfDay", 'h': "ClockHourOfAmPm", 'K': "HourOfAmPm",
	'k': "ClockHourOfDay", 'H': "HourOfDay", 'm': "MinuteOfHour", 's': "SecondOfMinute", 'S': "NanoOfSecond",
	'n': "NanoOfSecond", 'A': "MilliOfDay"}

// Format is format(TemporalAccessor).
func (f *DateTimeFormatter) Format(temporal any) string {
	tf := fieldsOf(temporal)
	switch f.iso {
	case "date":
		f.need(tf, 'd')
		return formatISODate(tf.t)
	case "time":
		f.need(tf, 'H')
		return formatISOTime(tf.t, false)
	case "datetime":
		f.need(tf, 'd')
		f.need(tf, 'H')
		return formatISODate(tf.t) + "T" + formatISOTime(tf.t, false)
	}
	var b strings.Builder
	for _, tk := range f.tokens {
		if tk.letter == 0 {
			b.WriteString(tk.literal)
			continue
		}
		b.WriteString(f.field(tf, tk.letter, tk.count))
	}
	return b.String()
}

// need throws when the value lacks the field of letter c.
func (f *DateTimeFormatter) need(tf temporalFields, c byte) {
	switch {
	case strings.IndexByte("zZXxOV", c) >= 0:
		if !tf.zone {
			panic(NewDateTimeException2("Unable to extract ZoneId from temporal " + tf.text))
		}
	case strings.IndexByte("GuyMLdDE", c) >= 0:
		if !tf.hasDate {
			panic(NewUnsupportedTemporalTypeException("Unsupported field: " + dateFieldNames[c]))
		}
	default:
		if !tf.hasTime {
			panic(NewUnsupportedTemporalTypeException("Unsupported field: " + dateFieldNames[c]))
		}
	}
}

func (f *DateTimeFormatter) field(tf temporalFields, c byte, n int) string {
	f.need(tf, c)
	t := tf.t
	switch c {
	case 'u', 'y':
		y := t.Year()
		if n == 2 {
			return pad(((y%100)+100)%100, 2)
		}
		return pad(y, n)
	case 'M', 'L':
		m := int(t.Month())
		switch {
		case n == 5:
			return monthNames[m-1][:1]
		case n == 4:
			return monthNames[m-1]
		case n == 3:
			return monthNames[m-1][:3]
		}
		return pad(m, n)
	case 'S':
		return pad(t.Nanosecond(), 9)[:min(n, 9)] + strings.Repeat("0", max(n-9, 0))
	case 'n':
		return pad(t.Nanosecond(), n)
	case 'A':
		ms := (t.Hour()*3600+t.Minute()*60+t.Second())*1000 + t.Nanosecond()/1e6
		return pad(ms, n)
	case 'z':
		if n >= 4 {
			return zoneLongName(t)
		}
		return zoneShortName(t)
	case 'V':
		return tf.zoneID
	case 'O':
		_, off := t.Zone()
		if off == 0 {
			return "GMT"
		}
		sign := "+"
		if off < 0 {
			sign, off = "-", -off
		}
		s := "GMT" + sign + IntStr(int32(off/3600))
		if n == 4 {
			s = "GMT" + sign + pad(off/3600, 2) + ":" + pad(off/60%60, 2)
		}
		if off%3600 != 0 && n == 1 {
			s += ":" + pad(off/60%60, 2)
		}
		return s
	case 'Z':
		_, off := t.Zone()
		switch {
		case n == 4:
			if off == 0 {
				return "GMT"
			}
			return "GMT" + offsetString(off, true)
		case n == 5:
			if off == 0 {
				return "Z"
			}
			return offsetString(off, true)
		}
		return offsetString(off, false)
	case 'X', 'x':
		_, off := t.Zone()
		if off == 0 && c == 'X' {
			return "Z"
		}
		switch n {
		case 1:
			s := offsetString(off, false)
			if off%3600 == 0 {
				return s[:3]
			}
			return s
		case 2:
			return offsetString(off, false)
		}
		return offsetString(off, true)
	}
	return formatDateField(t, c, n)
}

// Parse reads text with the formatter's fields, returning the date and time read (zone
// ignored); DateTimeParseException with the failing index.
func (f *DateTimeFormatter) parse(text string) time.Time {
	fail := func(i int) {
		panic(NewDateTimeParseException("Text '"+text+"' could not be parsed at index "+IntStr(int32(i)), text, int32(i)))
	}
	toks := f.tokens
	switch f.iso {
	case "date":
		toks = compileJavaTimePattern("uuuu-MM-dd")
	case "time":
		toks = compileJavaTimePattern("HH:mm")
	case "datetime":
		toks = compileJavaTimePattern("uuuu-MM-dd'T'HH:mm")
	}
	p := dateParser{src: text, year: 1970, month: 1, day: 1, hour12: -1, loc: time.UTC}
	for i, tk := range toks {
		start := p.pos
		if tk.letter == 0 {
			if !strings.HasPrefix(text[p.pos:], tk.literal) {
				fail(p.pos)
			}
			p.pos += len(tk.literal)
			continue
		}
		// java.time reads numeric fields with their exact width when it is 2 or more.
		width := 0
		if tk.count >= 2 && isNumericDateField(tk) {
			width = tk.count
		}
		if i+1 < len(toks) && toks[i+1].letter != 0 && isNumericDateField(toks[i+1]) {
			width = tk.count
		}
		if tk.letter == 'u' {
			tk.letter = 'y'
		}
		if !p.field(tk, width > 0) || (width > 0 && isNumericDateField(tk) && tk.letter != 'y' && p.pos-start != width) {
			fail(start)
		}
	}
	nanos := p.milli * 1e6
	if f.iso != "" && f.iso != "date" && strings.HasPrefix(text[p.pos:], ":") {
		// ISO times go on with optional seconds and a fraction of up to nine digits.
		p.pos++
		start := p.pos
		sec, n, ok := p.number(2)
		if !ok || n != 2 {
			fail(start)
		}
		p.second = sec
		if strings.HasPrefix(text[p.pos:], ".") {
			j := p.pos + 1
			for j < len(text) && text[j] >= '0' && text[j] <= '9' && j-p.pos <= 9 {
				j++
			}
			frac := text[p.pos+1 : j]
			nanos = 0
			for k := 0; k < 9; k++ {
				nanos *= 10
				if k < len(frac) {
					nanos += int(frac[k] - '0')
				}
			}
			p.pos = j
		}
	}
	if p.pos < len(text) {
		fail(p.pos)
	}
	if p.hour12 >= 0 {
		p.hour = p.hour12
		if p.pm {
			p.hour += 12
		}
	}
	return checkedDate(int32(p.year), int32(p.month), int32(p.day), int32(p.hour), int32(p.minute), int32(p.second), int32(nanos))
}

// String is toString().
func (f *DateTimeFormatter) String() string { return f.pattern }

// LocalDateTimeParse2 is the static LocalDateTime.parse(CharSequence, DateTimeFormatter).
func LocalDateTimeParse2(text string, formatter *DateTimeFormatter) *LocalDateTime {
	return &LocalDateTime{formatter.parse(text)}
}

// LocalDateParse2 is the static LocalDate.parse(CharSequence, DateTimeFormatter).
func LocalDateParse2(text string, formatter *DateTimeFormatter) *LocalDate {
	t := formatter.parse(text)
	return &LocalDate{time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)}
}

func init() {
	registerClassNames(map[string]string{
		"UnsupportedTemporalTypeException":     "java.time.temporal.UnsupportedTemporalTypeException",
		"UnsupportedTemporalTypeExceptionImpl": "java.time.temporal.UnsupportedTemporalTypeException",
		"DateTimeFormatter":                    "java.time.format.DateTimeFormatter",
	})
}
