package java

import "testing"

func calAt(ms int64) *GregorianCalendar {
	c := CalendarGetInstance2(TimeZoneGetTimeZone("UTC"))
	c.SetTimeInMillis(ms)
	return c
}

func calStr(c *GregorianCalendar) string {
	g := func(f int32) string { return IntStr(c.Get(f)) }
	return g(CalendarYear) + "-" + IntStr(c.Get(CalendarMonth)+1) + "-" + g(CalendarDayOfMonth) + " " + g(CalendarHourOfDay) + ":" +
		g(CalendarMinute) + ":" + g(CalendarSecond) + "." + g(CalendarMillisecond) + " dow=" + g(CalendarDayOfWeek) + " doy=" +
		g(CalendarDayOfYear) + " woy=" + g(CalendarWeekOfYear) + " wom=" + g(CalendarWeekOfMonth) + " h=" + g(CalendarHour) +
		" ampm=" + g(CalendarAmPm) + " " + LongStr(c.TimeInMillis())
}

func TestCalendarMatchesJava(t *testing.T) {
	const base = 1700000000123 // Tue 2023-11-14 22:13:20.123 UTC
	// Java 17 (Cal.java), line by line.
	cases := []struct {
		f    func() *GregorianCalendar
		want string
	}{
		{func() *GregorianCalendar { return calAt(base) }, "2023-11-14 22:13:20.123 dow=3 doy=318 woy=46 wom=3 h=10 ampm=1 1700000000123"},
		{func() *GregorianCalendar {
			c := calAt(base)
			c.Set(CalendarDayOfWeek, CalendarSunday)
			c.Set(CalendarHourOfDay, 20)
			c.Set(CalendarMinute, 0)
			c.Set(CalendarSecond, 0)
			return c
		}, "2023-11-12 20:0:0.123 dow=1 doy=316 woy=46 wom=3 h=8 ampm=1 1699819200123"},
		{func() *GregorianCalendar { c := calAt(base); c.Set(CalendarDayOfWeek, CalendarSaturday); return c }, "2023-11-18 22:13:20.123 dow=7 doy=322 woy=46 wom=3 h=10 ampm=1 1700345600123"},
		{func() *GregorianCalendar {
			c := calAt(1706659200000)
			c.Set(CalendarMonth, CalendarFebruary)
			c.Set(CalendarDayOfMonth, 15)
			return c
		}, "2024-2-15 0:0:0.0 dow=5 doy=46 woy=7 wom=3 h=0 ampm=0 1707955200000"},
		{func() *GregorianCalendar { c := calAt(1706659200000); c.Add(CalendarMonth, 1); return c }, "2024-2-29 0:0:0.0 dow=5 doy=60 woy=9 wom=5 h=0 ampm=0 1709164800000"},
		{func() *GregorianCalendar {
			c := calAt(1706659200000)
			c.Add(CalendarYear, -1)
			c.Add(CalendarDate, 40)
			return c
		}, "2023-3-12 0:0:0.0 dow=1 doy=71 woy=11 wom=3 h=0 ampm=0 1678579200000"},
		{func() *GregorianCalendar {
			c := calAt(base)
			c.Add(CalendarMinute, 90)
			c.Add(CalendarHourOfDay, -25)
			return c
		}, "2023-11-13 22:43:20.123 dow=2 doy=317 woy=46 wom=3 h=10 ampm=1 1699915400123"},
		{func() *GregorianCalendar { c := calAt(base); c.Set(CalendarHour, 3); return c }, "2023-11-14 15:13:20.123 dow=3 doy=318 woy=46 wom=3 h=3 ampm=1 1699974800123"},
		{func() *GregorianCalendar { c := calAt(base); c.Set(CalendarAmPm, CalendarAm); return c }, "2023-11-14 10:13:20.123 dow=3 doy=318 woy=46 wom=3 h=10 ampm=0 1699956800123"},
		{func() *GregorianCalendar { c := calAt(base); c.Set(CalendarDayOfYear, 1); return c }, "2023-1-1 22:13:20.123 dow=1 doy=1 woy=1 wom=1 h=10 ampm=1 1672611200123"},
		{func() *GregorianCalendar { c := calAt(base); c.Set(CalendarMinute, 125); return c }, "2023-11-15 0:5:20.123 dow=4 doy=319 woy=46 wom=3 h=0 ampm=0 1700006720123"},
		{func() *GregorianCalendar {
			c := calAt(base)
			c.Set(CalendarDayOfWeek, CalendarMonday)
			c.Set(CalendarMonth, CalendarDecember)
			return c
		}, "2023-12-11 22:13:20.123 dow=2 doy=345 woy=50 wom=3 h=10 ampm=1 1702332800123"},
		{func() *GregorianCalendar { c := calAt(base); c.Add(CalendarWeekOfYear, 3); return c }, "2023-12-5 22:13:20.123 dow=3 doy=339 woy=49 wom=2 h=10 ampm=1 1701814400123"},
		{func() *GregorianCalendar { return calAt(1704067200000) }, "2024-1-1 0:0:0.0 dow=2 doy=1 woy=1 wom=1 h=0 ampm=0 1704067200000"},
		{func() *GregorianCalendar { return calAt(1735603200000) }, "2024-12-31 0:0:0.0 dow=3 doy=366 woy=1 wom=5 h=0 ampm=0 1735603200000"},
		{func() *GregorianCalendar {
			c := calAt(base)
			c.Clear()
			c.Set6(2020, CalendarFebruary, 29, 10, 30, 15)
			return c
		}, "2020-2-29 10:30:15.0 dow=7 doy=60 woy=9 wom=5 h=10 ampm=0 1582972215000"},
		{func() *GregorianCalendar { c := calAt(base); c.Set(CalendarDayOfMonth, 31); return c }, "2023-12-1 22:13:20.123 dow=6 doy=335 woy=48 wom=1 h=10 ampm=1 1701468800123"},
		{func() *GregorianCalendar {
			c := calAt(base)
			c.Set(CalendarDayOfWeekInMonth, 1)
			c.Set(CalendarDayOfWeek, CalendarFriday)
			return c
		}, "2023-11-3 22:13:20.123 dow=6 doy=307 woy=44 wom=1 h=10 ampm=1 1699049600123"},
		{func() *GregorianCalendar { c := calAt(base); c.Set(CalendarWeekOfYear, 1); return c }, "2023-1-3 22:13:20.123 dow=3 doy=3 woy=1 wom=1 h=10 ampm=1 1672784000123"},
		{func() *GregorianCalendar { c := calAt(base); c.Roll(CalendarDayOfMonth, 20); return c }, "2023-11-4 22:13:20.123 dow=7 doy=308 woy=44 wom=1 h=10 ampm=1 1699136000123"},
		{func() *GregorianCalendar {
			c := calAt(base)
			c.SetFirstDayOfWeek(CalendarMonday)
			c.Set(CalendarDayOfWeek, CalendarSunday)
			return c
		}, "2023-11-19 22:13:20.123 dow=1 doy=323 woy=47 wom=3 h=10 ampm=1 1700432000123"},
	}
	for i, c := range cases {
		if got := calStr(c.f()); got != c.want {
			t.Errorf("case %d:\n got %s\nwant %s", i, got, c.want)
		}
	}
	end := calAt(1735603200000)
	if end.GetActualMaximum(CalendarDayOfMonth) != 31 || end.GetActualMaximum(CalendarDayOfYear) != 366 || end.GetActualMaximum(CalendarWeekOfYear) != 52 {
		t.Error("actual maximums")
	}
	strict := calAt(base)
	strict.SetLenient(false)
	strict.Set(CalendarDayOfMonth, 31)
	if s := thrown(func() { strict.TimeInMillis() }); s != "java.lang.IllegalArgumentException: DAY_OF_MONTH: 31 -> 1" {
		t.Errorf("strict: %q", s)
	}
	a := calAt(base)
	b := a.Clone()
	b.Add(CalendarSecond, 1)
	if !a.Before(b) || !b.After(a) || a.CompareTo(b) != -1 || !a.Equals(calAt(base)) || a.Before(NewDate()) {
		t.Error("comparisons")
	}
	if a.Time().Time() != base {
		t.Error("getTime")
	}
}
