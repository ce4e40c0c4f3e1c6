package java

import (
	"strings"
	"time"
)

// Calendar field numbers and values (Calendar.YEAR, Calendar.JANUARY...).
const (
	CalendarEra               int32 = 0
	CalendarYear              int32 = 1
	CalendarMonth             int32 = 2
	CalendarWeekOfYear        int32 = 3
	CalendarWeekOfMonth       int32 = 4
	CalendarDate              int32 = 5
	CalendarDayOfMonth        int32 = 5
	CalendarDayOfYear         int32 = 6
	CalendarDayOfWeek         int32 = 7
	CalendarDayOfWeekInMonth  int32 = 8
	CalendarAmPm              int32 = 9
	CalendarHour              int32 = 10
	CalendarHourOfDay         int32 = 11
	CalendarMinute            int32 = 12
	CalendarSecond            int32 = 13
	CalendarMillisecond       int32 = 14
	CalendarZoneOffset        int32 = 15
	CalendarDstOffset         int32 = 16
	CalendarFieldCount        int32 = 17
	CalendarSunday            int32 = 1
	CalendarMonday            int32 = 2
	CalendarTuesday           int32 = 3
	CalendarWednesday         int32 = 4
	CalendarThursday          int32 = 5
	CalendarFriday            int32 = 6
	CalendarSaturday          int32 = 7
	CalendarJanuary           int32 = 0
	CalendarFebruary          int32 = 1
	CalendarMarch             int32 = 2
	CalendarApril             int32 = 3
	CalendarMay               int32 = 4
	CalendarJune              int32 = 5
	CalendarJuly              int32 = 6
	CalendarAugust            int32 = 7
	CalendarSeptember         int32 = 8
	CalendarOctober           int32 = 9
	CalendarNovember          int32 = 10
	CalendarDecember          int32 = 11
	CalendarAm                int32 = 0
	CalendarPm                int32 = 1
	GregorianCalendarBc       int32 = 0
	GregorianCalendarAd       int32 = 1
	calendarComputed          int32 = 1 // the stamp of a field computed from the time
	calendarFirstSetStamp     int32 = 2
	calendarUnset             int32 = 0
	calendarUndefinedTimeZone       = ""
)

var calendarFieldNames = []string{"ERA", "YEAR", "MONTH", "WEEK_OF_YEAR", "WEEK_OF_MONTH", "DAY_OF_MONTH",
	"DAY_OF_YEAR", "DAY_OF_WEEK", "DAY_OF_WEEK_IN_MONTH", "AM_PM", "HOUR", "HOUR_OF_DAY", "MINUTE", "SECOND",
	"MILLISECOND", "ZONE_OFFSET", "DST_OFFSET"}

// GregorianCalendar is java.util.GregorianCalendar, the Calendar that Calendar.getInstance
// returns (the Go type of both). As in Java, set() only records a field; the time is
// computed when next needed, from the most recently set fields (so setting MONTH then
// DAY_OF_MONTH never rolls over through an invalid intermediate date), and setting
// DAY_OF_WEEK moves within the current week. Weeks start on Sunday with week 1 holding
// January 1 (the US rules), unless setFirstDayOfWeek says otherwise.
type GregorianCalendar struct {
	ms       int64
	zone     *TimeZone
	fields   [17]int32
	stamps   [17]int32
	next     int32 // the stamp of the next set
	timeSet  bool  // ms is valid
	lenient  bool
	firstDay int32
}

// CalendarGetInstance is the static Calendar.getInstance(): now, in the default zone.
func CalendarGetInstance() *GregorianCalendar { return NewGregorianCalendar() }

// CalendarGetInstance2 is the static Calendar.getInstance(TimeZone).
func CalendarGetInstance2(zone *TimeZone) *GregorianCalendar {
	c := NewGregorianCalendar()
	c.SetTimeZone(zone)
	return c
}

// CalendarGetInstance3 is the static Calendar.getInstance(Locale).
func CalendarGetInstance3(locale *Locale) *GregorianCalendar { return NewGregorianCalendar() }

// NewGregorianCalendar is the constructor GregorianCalendar(): now.
func NewGregorianCalendar() *GregorianCalendar {
	c := &GregorianCalendar{lenient: true, firstDay: CalendarSunday, next: calendarFirstSetStamp}
	c.SetTimeInMillis(SystemCurrentTimeMillis())
	return c
}

// NewGregorianCalendar2 is the constructor GregorianCalendar(int, int, int).
func NewGregorianCalendar2(year, month, dayOfMonth int32) *GregorianCalendar {
	return NewGregorianCalendar4(year, month, dayOfMonth, 0, 0, 0)
}

// NewGregorianCalendar3 is the constructor GregorianCalendar(int, int, int, int, int).
func NewGregorianCalendar3(year, month, dayOfMonth, hourOfDay, minute int32) *GregorianCalendar {
	return NewGregorianCalendar4(year, month, dayOfMonth, hourOfDay, minute, 0)
}

// NewGregorianCalendar4 is the constructor GregorianCalendar(int, int, int, int, int, int).
func NewGregorianCalendar4(year, month, dayOfMonth, hourOfDay, minute, second int32) *GregorianCalendar {
	c := &GregorianCalendar{lenient: true, firstDay: CalendarSunday, next: calendarFirstSetStamp}
	c.Clear()
	c.Set6(year, month, dayOfMonth, hourOfDay, minute, second)
	return c
}

func (c *GregorianCalendar) location() *time.Location {
	if c.zone == nil {
		return time.Local
	}
	return c.zone.loc
}

// goTime is the calendar's instant in its zone.
func (c *GregorianCalendar) goTime() time.Time {
	c.complete()
	return time.UnixMilli(c.ms).In(c.location())
}

// computeFields fills every field from ms.
func (c *GregorianCalendar) computeFields() {
	t := time.UnixMilli(c.ms).In(c.location())
	f := &c.fields
	f[CalendarEra] = GregorianCalendarAd
	if t.Year() <= 0 {
		f[CalendarEra] = GregorianCalendarBc
	}
	f[CalendarYear] = int32(t.Year())
	f[CalendarMonth] = int32(t.Month()) - 1
	f[CalendarDayOfMonth] = int32(t.Day())
	f[CalendarDayOfYear] = int32(t.YearDay())
	f[CalendarDayOfWeek] = int32(t.Weekday()) + 1
	f[CalendarDayOfWeekInMonth] = (int32(t.Day())-1)/7 + 1
	f[CalendarWeekOfMonth] = c.weekOfMonth(t)
	_, f[CalendarWeekOfYear] = c.weekOfYear(t)
	f[CalendarHourOfDay] = int32(t.Hour())
	f[CalendarAmPm] = int32(t.Hour() / 12)
	f[CalendarHour] = int32(t.Hour() % 12)
	f[CalendarMinute] = int32(t.Minute())
	f[CalendarSecond] = int32(t.Second())
	f[CalendarMillisecond] = int32(t.Nanosecond() / 1e6)
	_, off := t.Zone()
	raw := c.TimeZone().RawOffset()
	f[CalendarZoneOffset] = raw
	f[CalendarDstOffset] = int32(off)*1000 - raw
	for i := range c.stamps {
		c.stamps[i] = calendarComputed
	}
	c.next = calendarFirstSetStamp
	c.timeSet = true
}

// dayIndex is the 0-based position of a weekday (1 = Sunday) in a week starting on
// firstDay.
func (c *GregorianCalendar) dayIndex(dow int32) int32 { return (dow - c.firstDay + 7) % 7 }

func (c *GregorianCalendar) weekOfMonth(t time.Time) int32 {
	first := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	return (int32(t.Day())-1+c.dayIndex(int32(first.Weekday())+1))/7 + 1
}

// weekOfYear is the week-based year and week (week 1 holds January 1).
func (c *GregorianCalendar) weekOfYear(t time.Time) (int32, int32) {
	y := t.Year()
	day := time.Date(y, t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	next := c.weekStart(y + 1)
	if !day.Before(next) {
		return int32(y + 1), 1
	}
	return int32(y), int32(day.Sub(c.weekStart(y)).Hours()/24)/7 + 1
}

// weekStart is the first day of week 1 of year y.
func (c *GregorianCalendar) weekStart(y int) time.Time {
	jan1 := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	return jan1.AddDate(0, 0, -int(c.dayIndex(int32(jan1.Weekday())+1)))
}

func (c *GregorianCalendar) stampOf(fields ...int32) int32 {
	best := calendarUnset
	for _, f := range fields {
		best = max(best, c.stamps[f])
	}
	return best
}

func (c *GregorianCalendar) value(field int32, dflt int32) int32 {
	if c.stamps[field] == calendarUnset {
		return dflt
	}
	return c.fields[field]
}

// complete computes the time from the fields set since the last computation, then every
// field from the time.
func (c *GregorianCalendar) complete() {
	if c.timeSet {
		return
	}
	set, stamps := c.fields, c.stamps
	loc := c.location()
	year := int(c.value(CalendarYear, 1970))
	if c.stamps[CalendarEra] > calendarUnset && c.fields[CalendarEra] == GregorianCalendarBc {
		year = 1 - year
	}
	month := int(c.value(CalendarMonth, 0))
	dow := c.value(CalendarDayOfWeek, c.firstDay)
	var date time.Time
	switch c.selectDateFields() {
	case CalendarDayOfYear:
		date = time.Date(year, 1, int(c.fields[CalendarDayOfYear]), 0, 0, 0, 0, time.UTC)
	case CalendarWeekOfYear:
		date = c.weekStart(year).AddDate(0, 0, int((c.value(CalendarWeekOfYear, 1)-1)*7+c.dayIndex(dow)))
	case CalendarDayOfWeekInMonth:
		first := time.Date(year, time.Month(month+1), 1, 0, 0, 0, 0, time.UTC)
		if n := c.value(CalendarDayOfWeekInMonth, 1); n >= 0 {
			shift := (dow - (int32(first.Weekday()) + 1) + 7) % 7
			date = first.AddDate(0, 0, int(shift+(n-1)*7))
		} else {
			last := time.Date(year, time.Month(month+2), 0, 0, 0, 0, 0, time.UTC)
			back := (int32(last.Weekday()) + 1 - dow + 7) % 7
			date = last.AddDate(0, 0, int(-back+(n+1)*7))
		}
	case CalendarWeekOfMonth:
		first := time.Date(year, time.Month(month+1), 1, 0, 0, 0, 0, time.UTC)
		start := first.AddDate(0, 0, -int(c.dayIndex(int32(first.Weekday())+1)))
		date = start.AddDate(0, 0, int((c.value(CalendarWeekOfMonth, 1)-1)*7+c.dayIndex(dow)))
	default:
		date = time.Date(year, time.Month(month+1), int(c.value(CalendarDayOfMonth, 1)), 0, 0, 0, 0, time.UTC)
	}
	hour := c.value(CalendarHourOfDay, 0)
	hourStamp := aggregateStamp(c.stamps[CalendarHour], c.stamps[CalendarAmPm])
	best := max(hourStamp, c.stamps[CalendarHourOfDay])
	if best == calendarUnset {
		best = max(c.stamps[CalendarHour], c.stamps[CalendarAmPm])
	}
	if best != calendarUnset && best != c.stamps[CalendarHourOfDay] {
		hour = c.value(CalendarHour, 0) + 12*c.value(CalendarAmPm, 0)
	}
	t := time.Date(date.Year(), date.Month(), date.Day(), int(hour), int(c.value(CalendarMinute, 0)),
		int(c.value(CalendarSecond, 0)), int(c.value(CalendarMillisecond, 0))*1e6, loc)
	c.ms = t.UnixMilli()
	c.computeFields()
	if !c.lenient {
		c.checkStrict(set, stamps)
	}
}

func aggregateStamp(a, b int32) int32 {
	if a == calendarUnset || b == calendarUnset {
		return calendarUnset
	}
	return max(a, b)
}

// selectDateFields is GregorianCalendar.selectFields for the date: which field group,
// set most recently, fixes the day (DAY_OF_MONTH wins ties).
func (c *GregorianCalendar) selectDateFields() int32 {
	st := &c.stamps
	dowStamp := st[CalendarDayOfWeek]
	domStamp := st[CalendarDayOfMonth]
	womStamp := aggregateStamp(st[CalendarWeekOfMonth], dowStamp)
	dowimStamp := aggregateStamp(st[CalendarDayOfWeekInMonth], dowStamp)
	doyStamp := st[CalendarDayOfYear]
	woyStamp := aggregateStamp(st[CalendarWeekOfYear], dowStamp)
	best := max(domStamp, womStamp, dowimStamp, doyStamp, woyStamp)
	if best == calendarUnset {
		womStamp = st[CalendarWeekOfMonth]
		dowimStamp = max(st[CalendarDayOfWeekInMonth], dowStamp)
		woyStamp = st[CalendarWeekOfYear]
		best = max(womStamp, dowimStamp, woyStamp)
		if best == calendarUnset {
			domStamp = st[CalendarMonth]
			best = domStamp
		}
	}
	switch {
	case best == domStamp:
		return CalendarDayOfMonth
	case (best == womStamp && st[CalendarWeekOfMonth] >= st[CalendarWeekOfYear]) ||
		(best == dowimStamp && st[CalendarDayOfWeekInMonth] >= st[CalendarWeekOfYear]):
		if womStamp == dowimStamp {
			if st[CalendarWeekOfMonth] >= st[CalendarDayOfWeekInMonth] {
				return CalendarWeekOfMonth
			}
			return CalendarDayOfWeekInMonth
		}
		if best == womStamp {
			return CalendarWeekOfMonth
		}
		return CalendarDayOfWeekInMonth
	case best == doyStamp:
		return CalendarDayOfYear
	}
	return CalendarWeekOfYear
}

// checkStrict is the non-lenient check: every field the code set must keep its value
// once the time is computed (IllegalArgumentException "FIELD: set -> computed").
func (c *GregorianCalendar) checkStrict(set [17]int32, stamps [17]int32) {
	for f := CalendarEra; f <= CalendarMillisecond; f++ {
		if stamps[f] >= calendarFirstSetStamp && set[f] != c.fields[f] {
			panic(NewIllegalArgumentException2(calendarFieldNames[f] + ": " + IntStr(set[f]) + " -> " + IntStr(c.fields[f])))
		}
	}
}

func checkCalendarField(field int32) {
	if field < 0 || field >= CalendarFieldCount {
		panic(NewArrayIndexOutOfBoundsException2("Index " + IntStr(field) + " out of bounds for length 17"))
	}
}

// Get is get(int).
func (c *GregorianCalendar) Get(field int32) int32 {
	checkCalendarField(field)
	c.complete()
	return c.fields[field]
}

// Set is set(int, int): recorded; the time is recomputed when next read.
func (c *GregorianCalendar) Set(field, value int32) {
	checkCalendarField(field)
	c.fields[field] = value
	c.stamps[field] = c.next
	c.next++
	c.timeSet = false
}

// Set3 is set(int year, int month, int date).
func (c *GregorianCalendar) Set3(year, month, date int32) {
	c.Set(CalendarYear, year)
	c.Set(CalendarMonth, month)
	c.Set(CalendarDate, date)
}

// Set5 is set(int year, int month, int date, int hourOfDay, int minute).
func (c *GregorianCalendar) Set5(year, month, date, hourOfDay, minute int32) {
	c.Set3(year, month, date)
	c.Set(CalendarHourOfDay, hourOfDay)
	c.Set(CalendarMinute, minute)
}

// Set6 is set(int year, int month, int date, int hourOfDay, int minute, int second).
func (c *GregorianCalendar) Set6(year, month, date, hourOfDay, minute, second int32) {
	c.Set5(year, month, date, hourOfDay, minute)
	c.Set(CalendarSecond, second)
}

// Clear is clear(): every field unset (1 January 1970 00:00:00.000 when read).
func (c *GregorianCalendar) Clear() {
	for i := range c.fields {
		c.fields[i], c.stamps[i] = 0, calendarUnset
	}
	c.timeSet = false
}

// ClearField is clear(int).
func (c *GregorianCalendar) ClearField(field int32) {
	checkCalendarField(field)
	c.complete()
	c.fields[field], c.stamps[field] = 0, calendarUnset
	c.timeSet = false
}

// IsSet is isSet(int).
func (c *GregorianCalendar) IsSet(field int32) bool {
	checkCalendarField(field)
	return c.stamps[field] != calendarUnset
}

// Add is add(int, int): Java's calendar arithmetic. MONTH and YEAR keep the day of the
// month where the new month has it (else its last day) and the wall-clock time; the day
// and week fields move by days at the same wall-clock time; the time fields move by
// elapsed time.
func (c *GregorianCalendar) Add(field, amount int32) {
	checkCalendarField(field)
	if amount == 0 {
		return
	}
	t := c.goTime()
	n := int(amount)
	switch field {
	case CalendarYear, CalendarMonth:
		months := n
		if field == CalendarYear {
			months = 12 * n
		}
		y, m := t.Year(), int(t.Month())-1+months
		y += floorDivInt(m, 12)
		m = m - floorDivInt(m, 12)*12
		last := time.Date(y, time.Month(m+2), 0, 0, 0, 0, 0, time.UTC).Day()
		t = time.Date(y, time.Month(m+1), min(t.Day(), last), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
	case CalendarDayOfMonth, CalendarDayOfYear, CalendarDayOfWeek:
		t = t.AddDate(0, 0, n)
	case CalendarWeekOfYear, CalendarWeekOfMonth, CalendarDayOfWeekInMonth:
		t = t.AddDate(0, 0, 7*n)
	case CalendarAmPm:
		t = t.Add(time.Duration(n) * 12 * time.Hour)
	case CalendarHour, CalendarHourOfDay:
		t = t.Add(time.Duration(n) * time.Hour)
	case CalendarMinute:
		t = t.Add(time.Duration(n) * time.Minute)
	case CalendarSecond:
		t = t.Add(time.Duration(n) * time.Second)
	case CalendarMillisecond:
		t = t.Add(time.Duration(n) * time.Millisecond)
	case CalendarEra:
		return
	default:
		panic(NewIllegalArgumentException())
	}
	c.SetTimeInMillis(t.UnixMilli())
}

func floorDivInt(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// Roll is roll(int, int): the field moves within its range without changing larger
// fields (DAY_OF_MONTH, MONTH, HOUR_OF_DAY, MINUTE, SECOND, DAY_OF_YEAR, DAY_OF_WEEK).
func (c *GregorianCalendar) Roll(field, amount int32) {
	c.complete()
	lo, hi := c.GetActualMinimum(field), c.GetActualMaximum(field)
	span := hi - lo + 1
	v := c.fields[field] - lo + amount%span
	if v < 0 {
		v += span
	}
	c.Set(field, lo+v%span)
	c.complete()
}

// TimeInMillis is getTimeInMillis().
func (c *GregorianCalendar) TimeInMillis() int64 {
	c.complete()
	return c.ms
}

// SetTimeInMillis is setTimeInMillis(long).
func (c *GregorianCalendar) SetTimeInMillis(millis int64) {
	c.ms = millis
	c.computeFields()
}

// Time is getTime().
func (c *GregorianCalendar) Time() *Date { return NewDate2(c.TimeInMillis()) }

// SetTime is setTime(Date).
func (c *GregorianCalendar) SetTime(date *Date) {
	if date == nil {
		panic(NewNullPointerException())
	}
	c.SetTimeInMillis(date.ms)
}

// TimeZone is getTimeZone().
func (c *GregorianCalendar) TimeZone() *TimeZone {
	if c.zone == nil {
		return TimeZoneGetDefault()
	}
	return c.zone
}

// SetTimeZone is setTimeZone(TimeZone): the same instant, fields in the new zone.
func (c *GregorianCalendar) SetTimeZone(zone *TimeZone) {
	c.complete()
	c.zone = zone
	c.computeFields()
}

// SetLenient is setLenient(boolean).
func (c *GregorianCalendar) SetLenient(lenient bool) { c.lenient = lenient }

// IsLenient is isLenient().
func (c *GregorianCalendar) IsLenient() bool { return c.lenient }

// FirstDayOfWeek is getFirstDayOfWeek().
func (c *GregorianCalendar) FirstDayOfWeek() int32 { return c.firstDay }

// SetFirstDayOfWeek is setFirstDayOfWeek(int).
func (c *GregorianCalendar) SetFirstDayOfWeek(value int32) {
	c.complete()
	c.firstDay = value
	c.computeFields()
}

// GetActualMaximum is getActualMaximum(int): for the calendar's current month and year.
func (c *GregorianCalendar) GetActualMaximum(field int32) int32 {
	t := c.goTime()
	switch field {
	case CalendarDayOfMonth:
		return int32(time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day())
	case CalendarDayOfYear:
		return int32(time.Date(t.Year(), 12, 31, 0, 0, 0, 0, time.UTC).YearDay())
	case CalendarWeekOfMonth:
		last := time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, time.UTC)
		return c.weekOfMonth(last)
	case CalendarWeekOfYear:
		best := int32(1)
		for d := time.Date(t.Year(), 12, 20, 0, 0, 0, 0, time.UTC); d.Year() == t.Year(); d = d.AddDate(0, 0, 1) {
			if y, w := c.weekOfYear(d); int(y) == t.Year() {
				best = max(best, w)
			}
		}
		return best
	case CalendarDayOfWeekInMonth:
		last := time.Date(t.Year(), t.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day()
		return int32((last-1)/7 + 1)
	}
	return c.GetMaximum(field)
}

// GetActualMinimum is getActualMinimum(int).
func (c *GregorianCalendar) GetActualMinimum(field int32) int32 { return c.GetMinimum(field) }

var calendarMin = [17]int32{0, 1, 0, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, -13 * 3600000, 0}
var calendarMax = [17]int32{1, 292278994, 11, 53, 6, 31, 366, 7, 6, 1, 11, 23, 59, 59, 999, 14 * 3600000, 7200000}

// GetMinimum is getMinimum(int).
func (c *GregorianCalendar) GetMinimum(field int32) int32 {
	checkCalendarField(field)
	return calendarMin[field]
}

// GetMaximum is getMaximum(int).
func (c *GregorianCalendar) GetMaximum(field int32) int32 {
	checkCalendarField(field)
	return calendarMax[field]
}

// Before is before(Object): a Calendar earlier than this one... is after it.
func (c *GregorianCalendar) Before(when any) bool {
	o, ok := when.(*GregorianCalendar)
	return ok && o != nil && c.TimeInMillis() < o.TimeInMillis()
}

// After is after(Object).
func (c *GregorianCalendar) After(when any) bool {
	o, ok := when.(*GregorianCalendar)
	return ok && o != nil && c.TimeInMillis() > o.TimeInMillis()
}

// CompareTo is compareTo(Calendar).
func (c *GregorianCalendar) CompareTo(other *GregorianCalendar) int32 {
	return LongCompare(c.TimeInMillis(), other.TimeInMillis())
}

// Equals is equals(Object): the same time, zone and settings.
func (c *GregorianCalendar) Equals(o any) bool {
	x, ok := o.(*GregorianCalendar)
	return ok && x != nil && x.TimeInMillis() == c.TimeInMillis() && x.lenient == c.lenient &&
		x.firstDay == c.firstDay && x.TimeZone().id == c.TimeZone().id
}

// HashCode is hashCode().
func (c *GregorianCalendar) HashCode() int32 {
	t := c.TimeInMillis()
	otheritems := int32(0)
	if c.lenient {
		otheritems = 1
	}
	otheritems |= c.firstDay<<1 | 1<<4
	otheritems |= StrHashCode(c.TimeZone().id) << 7
	return int32(t) ^ int32(uint64(t)>>32) ^ otheritems
}

// Clone is clone().
func (c *GregorianCalendar) Clone() *GregorianCalendar {
	d := *c
	return &d
}

// String is toString(): the time and the fields, as Java's (abridged) form
// `java.util.GregorianCalendar[time=...,YEAR=...,...]`.
func (c *GregorianCalendar) String() string {
	c.complete()
	var b strings.Builder
	b.WriteString("java.util.GregorianCalendar[time=" + LongStr(c.ms) + ",lenient=" + BoolStr(c.lenient) +
		",zone=" + c.TimeZone().id + ",firstDayOfWeek=" + IntStr(c.firstDay))
	for i, n := range calendarFieldNames {
		b.WriteString("," + n + "=" + IntStr(c.fields[i]))
	}
	b.WriteString("]")
	return b.String()
}

func init() {
	registerClassNames(map[string]string{"GregorianCalendar": "java.util.GregorianCalendar"})
}
