package java

import (
	"strings"
	"testing"
)

func TestJavaTimeMatchesJava(t *testing.T) {
	l := LocalDateTimeOf2(2023, 11, 14, 22, 13, 20).WithNano(123000000)
	// Java 17 (Jt.java).
	patterns := []struct{ p, want string }{
		{"yyyy-MM-dd HH:mm:ss", "2023-11-14 22:13:20"}, {"dd/MM/yyyy HH:mm", "14/11/2023 22:13"}, {"yy/M/d", "23/11/14"},
		{"EEE, d MMM yyyy", "Tue, 14 Nov 2023"}, {"EEEE MMMM", "Tuesday November"}, {"h:mm a", "10:13 PM"}, {"K:mm a", "10:13 PM"},
		{"k", "22"}, {"HH:mm:ss.SSS", "22:13:20.123"}, {"SS", "12"}, {"D DDD", "318 318"}, {"uuuu", "2023"},
		{"'at' HH 'o''clock'", "at 22 o'clock"}, {"MMMMM", "N"}, {"A", "80000123"}, {"n", "123000000"}, {"G", "AD"},
	}
	for _, c := range patterns {
		if got := l.Format(DateTimeFormatterOfPattern(c.p)); got != c.want {
			t.Errorf("%s => %q, want %q", c.p, got, c.want)
		}
	}
	got := strings.Join([]string{l.String(), l.WithNano(0).String(), l.WithSecond(0).WithNano(0).String(), l.ToLocalDate().String(),
		l.ToLocalTime().String(), l.WithNano(123456000).String(), l.WithNano(1).String()}, " ")
	if got != "2023-11-14T22:13:20.123 2023-11-14T22:13:20 2023-11-14T22:13 2023-11-14 22:13:20.123 2023-11-14T22:13:20.123456 2023-11-14T22:13:20.000000001" {
		t.Errorf("toString: %s", got)
	}
	z := l.AtZone(ZoneIdOf("Europe/Berlin"))
	got = strings.Join([]string{z.String(), z.Format(DateTimeFormatterOfPattern("yyyy-MM-dd HH:mm z Z VV xxx XXX O")), z.ToInstant().String(),
		LongStr(z.ToEpochSecond()), z.WithZoneSameInstant(ZoneIdOf("UTC")).String(), l.AtZone(ZoneOffsetUtc).String()}, " ")
	if got != "2023-11-14T22:13:20.123+01:00[Europe/Berlin] 2023-11-14 22:13 CET +0100 Europe/Berlin +01:00 +01:00 GMT+1 2023-11-14T21:13:20.123Z 1699996400 2023-11-14T21:13:20.123Z[UTC] 2023-11-14T22:13:20.123Z" {
		t.Errorf("zoned: %s", got)
	}
	errs := []struct {
		f    func()
		want string
	}{
		{func() { l.Format(DateTimeFormatterOfPattern("HH z")) }, "java.time.DateTimeException: Unable to extract ZoneId from temporal 2023-11-14T22:13:20.123"},
		{func() { DateTimeFormatterOfPattern("bb") }, "java.lang.IllegalArgumentException: Unknown pattern letter: b"},
		{func() { LocalDateOf(2023, 2, 29) }, "java.time.DateTimeException: Invalid date 'February 29' as '2023' is not a leap year"},
		{func() { LocalDateOf(2023, 13, 1) }, "java.time.DateTimeException: Invalid value for MonthOfYear (valid values 1 - 12): 13"},
		{func() { LocalDateOf(2023, 11, 14).Format(DateTimeFormatterOfPattern("HH")) }, "java.time.temporal.UnsupportedTemporalTypeException: Unsupported field: HourOfDay"},
		{func() { LocalDateParse("2023-1-14") }, "java.time.format.DateTimeParseException: Text '2023-1-14' could not be parsed at index 5"},
	}
	for _, e := range errs {
		if s := thrown(e.f); s != e.want {
			t.Errorf("%q\nwant %q", s, e.want)
		}
	}
	got = strings.Join([]string{LongStr(DurationOfSeconds(12).ToMillis()), DurationOfSeconds(3725).String(), DurationOfMillis(1500).String(),
		DurationOfMillis(-1500).String(), DurationOfDays(2).String(), DurationZero.String(), DurationOfMinutes(90).PlusSeconds(1).String(),
		LongStr(DurationBetween(l, l.PlusHours(25)).ToHours()), DurationOfNanos(1).String(), DurationOfMillis(-500).String()}, " ")
	if got != "12000 PT1H2M5S PT1.5S PT-1.5S PT48H PT0S PT1H30M1S 25 PT0.000000001S PT-0.5S" {
		t.Errorf("durations: %s", got)
	}
	got = strings.Join([]string{InstantOfEpochMilli(1700000000123).String(), InstantOfEpochMilli(1700000000000).String(),
		InstantOfEpochSecond2(0, 1000).String(), InstantOfEpochMilli(-1).String()}, " ")
	if got != "2023-11-14T22:13:20.123Z 2023-11-14T22:13:20Z 1970-01-01T00:00:00.000001Z 1969-12-31T23:59:59.999Z" {
		t.Errorf("instants: %s", got)
	}
	d := LocalDateOf(2024, 1, 31)
	got = strings.Join([]string{d.PlusMonths(1).String(), d.DayOfWeek().String(), d.With(TemporalAdjustersNext(DayOfWeekWednesday)).String(),
		d.With(TemporalAdjustersNextOrSame(DayOfWeekWednesday)).String(), d.With(TemporalAdjustersPrevious(DayOfWeekMonday)).String(),
		d.With(TemporalAdjustersLastDayOfMonth()).String(), IntStr(d.HashCode()), IntStr(l.HashCode()), DayOfWeekValueOf("FRIDAY").Plus(3).String(),
		DayOfWeekOf(1).String(), LongStr(ChronoUnitDays.Between(d, d.PlusDays(45))), LongStr(ChronoUnitMonths.Between(d, LocalDateOf(2024, 3, 30))),
		LongStr(ChronoUnitHours.Between(l, l.MinusMinutes(150))), IntStr(MonthFebruary.Length(true))}, " ")
	if got != "2024-02-29 WEDNESDAY 2024-02-07 2024-01-31 2024-01-29 2024-01-31 4145247 2060887756 MONDAY MONDAY 45 1 -2 29" {
		t.Errorf("dates: %s", got)
	}
	got = strings.Join([]string{LocalTimeOf(9, 5).String(), LocalTimeOf2(9, 5, 7).String(), LocalDateTimeOf(2023, 1, 2, 3, 4).String(),
		LocalDateParse("2023-11-14").String(), LocalDateTimeParse("2023-11-14T22:13:20.5").String(),
		LocalDateTimeParse2("2023-11-14 22:13", DateTimeFormatterOfPattern("yyyy-MM-dd HH:mm")).String()}, " ")
	if got != "09:05 09:05:07 2023-01-02T03:04 2023-11-14 2023-11-14T22:13:20.500 2023-11-14T22:13" {
		t.Errorf("parse: %s", got)
	}
	got = DateTimeFormatterIsoLocalDateTime.Format(l) + " " + DateTimeFormatterIsoLocalDate.Format(l) + " " + DateTimeFormatterIsoLocalTime.Format(l.WithNano(0))
	if got != "2023-11-14T22:13:20.123 2023-11-14 22:13:20" {
		t.Errorf("ISO: %s", got)
	}
	// L2J's Util.getNextClosestDateTime: nextOrSame per day, the earliest after now.
	now := LocalDateTimeOf(2024, 1, 31, 12, 0) // a Wednesday
	at := now.WithHour(10).WithMinute(30).WithSecond(0)
	if next := at.With(TemporalAdjustersNextOrSame(DayOfWeekWednesday)); next.IsAfter(now) || next.CompareTo(now) >= 0 {
		t.Error("same day, earlier time")
	}
	if next := at.With(TemporalAdjustersNext(DayOfWeekWednesday)); next.String() != "2024-02-07T10:30" {
		t.Errorf("next week: %s", next)
	}
}

func TestDateTimeExceptionsAndChronoUnitValueOf(t *testing.T) {
	// Java 17: try { LocalDate.parse("2023-1-14"); } catch (DateTimeParseException e) {
	// e.getParsedString() + " " + e.getErrorIndex() + " " + e.getMessage() + " " + (e instanceof DateTimeException) }
	ex := Try(func() { LocalDateParse("2023-1-14") })
	p, ok := ex.(DateTimeParseException)
	if !ok {
		t.Fatalf("not a DateTimeParseException: %v", ex)
	}
	_, isDTE := ex.(DateTimeException)
	_, isRTE := ex.(RuntimeException)
	if got := p.ParsedString() + " " + IntStr(p.ErrorIndex()) + " " + p.Message() + " " + BoolStr(isDTE) + " " + BoolStr(isRTE); got != "2023-1-14 5 Text '2023-1-14' could not be parsed at index 5 true true" {
		t.Errorf("parse: %s", got)
	}
	// new DateTimeParseException("m", "txt", 2): toString, getParsedString, getErrorIndex
	dp := NewDateTimeParseException("m", "txt", 2)
	if got := dp.String() + " " + dp.ParsedString() + " " + IntStr(dp.ErrorIndex()); got != "java.time.format.DateTimeParseException: m txt 2" || dp.AsDateTimeParseException() != dp {
		t.Errorf("DateTimeParseException: %s", got)
	}
	// LocalDate.format("HH") throws UnsupportedTemporalTypeException, a DateTimeException.
	ex = Try(func() { LocalDateOf(2023, 11, 14).Format(DateTimeFormatterOfPattern("HH")) })
	if _, ok := ex.(UnsupportedTemporalTypeException); !ok {
		t.Errorf("not an UnsupportedTemporalTypeException: %v", ex)
	}
	if _, ok := ex.(DateTimeException); !ok || ClassNameOf(ex) != "java.time.temporal.UnsupportedTemporalTypeException" {
		t.Errorf("not a DateTimeException: %v", ex)
	}
	if _, ok := ex.(DateTimeParseException); ok {
		t.Error("UnsupportedTemporalTypeException caught as DateTimeParseException")
	}
	if u := NewUnsupportedTemporalTypeException("u"); u.String() != "java.time.temporal.UnsupportedTemporalTypeException: u" || u.AsUnsupportedTemporalTypeException() != u {
		t.Errorf("UnsupportedTemporalTypeException: %s", u)
	}
	// ChronoUnit.valueOf("HALF_DAYS") + " " + ChronoUnit.valueOf("DAYS").ordinal(); valueOf("Days") throws.
	if got := ChronoUnitValueOf("HALF_DAYS").String() + " " + IntStr(ChronoUnitValueOf("DAYS").Ordinal()); got != "HalfDays 7" || ChronoUnitValueOf("DAYS") != ChronoUnitDays {
		t.Errorf("ChronoUnit.valueOf: %s", got)
	}
	if s := thrown(func() { ChronoUnitValueOf("Days") }); s != "java.lang.IllegalArgumentException: No enum constant java.time.temporal.ChronoUnit.Days" {
		t.Errorf("ChronoUnit.valueOf(\"Days\"): %s", s)
	}
}
