package java

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// java.time basics on Go's time: DayOfWeek, Month, ChronoUnit, Duration, Instant,
// LocalDate, LocalTime, LocalDateTime, ZoneId/ZoneOffset, ZonedDateTime, TemporalAdjusters
// and DateTimeFormatter (time_javafmt.go). Values are immutable; local date-times are kept
// as a Go time in UTC (no zone), zoned ones with their zone.

// DayOfWeek is the enum java.time.DayOfWeek (MONDAY = 1 ... SUNDAY = 7).
type DayOfWeek struct {
	name  string
	value int32
}

// The DayOfWeek constants.
var (
	DayOfWeekMonday    = &DayOfWeek{"MONDAY", 1}
	DayOfWeekTuesday   = &DayOfWeek{"TUESDAY", 2}
	DayOfWeekWednesday = &DayOfWeek{"WEDNESDAY", 3}
	DayOfWeekThursday  = &DayOfWeek{"THURSDAY", 4}
	DayOfWeekFriday    = &DayOfWeek{"FRIDAY", 5}
	DayOfWeekSaturday  = &DayOfWeek{"SATURDAY", 6}
	DayOfWeekSunday    = &DayOfWeek{"SUNDAY", 7}
)

var daysOfWeek = []*DayOfWeek{DayOfWeekMonday, DayOfWeekTuesday, DayOfWeekWednesday, DayOfWeekThursday, DayOfWeekFriday, DayOfWeekSaturday, DayOfWeekSunday}

// DayOfWeekValues is the static DayOfWeek.values().
func DayOfWeekValues() []*DayOfWeek { return append([]*DayOfWeek{}, daysOfWeek...) }

// DayOfWeekValueOf is the static DayOfWeek.valueOf(String).
func DayOfWeekValueOf(name string) *DayOfWeek {
	for _, d := range daysOfWeek {
		if d.name == name {
			return d
		}
	}
	panic(NewIllegalArgumentException2("No enum constant java.time.DayOfWeek." + name))
}

// DayOfWeekOf is the static DayOfWeek.of(int).
func DayOfWeekOf(dayOfWeek int32) *DayOfWeek {
	if dayOfWeek < 1 || dayOfWeek > 7 {
		panic(NewDateTimeException2("Invalid value for DayOfWeek: " + IntStr(dayOfWeek)))
	}
	return daysOfWeek[dayOfWeek-1]
}

func dayOfWeekOfGo(w time.Weekday) *DayOfWeek { return daysOfWeek[(int(w)+6)%7] }

// Name is name().
func (d *DayOfWeek) Name() string { return d.name }

// Ordinal is ordinal().
func (d *DayOfWeek) Ordinal() int32 { return d.value - 1 }

// Value is getValue().
func (d *DayOfWeek) Value() int32 { return d.value }

// String is toString().
func (d *DayOfWeek) String() string { return d.name }

// CompareTo is compareTo(DayOfWeek).
func (d *DayOfWeek) CompareTo(o *DayOfWeek) int32 { return d.value - o.value }

// Plus is plus(long).
func (d *DayOfWeek) Plus(days int64) *DayOfWeek {
	return daysOfWeek[((int64(d.value-1)+days%7)+7)%7]
}

// Minus is minus(long).
func (d *DayOfWeek) Minus(days int64) *DayOfWeek { return d.Plus(-(days % 7)) }

// Month is the enum java.time.Month (JANUARY = 1).
type Month struct {
	name  string
	value int32
}

var months = func() []*Month {
	out := make([]*Month, 12)
	for i, n := range monthNames {
		out[i] = &Month{strings.ToUpper(n), int32(i + 1)}
	}
	return out
}()

// The Month constants.
var (
	MonthJanuary   = months[0]
	MonthFebruary  = months[1]
	MonthMarch     = months[2]
	MonthApril     = months[3]
	MonthMay       = months[4]
	MonthJune      = months[5]
	MonthJuly      = months[6]
	MonthAugust    = months[7]
	MonthSeptember = months[8]
	MonthOctober   = months[9]
	MonthNovember  = months[10]
	MonthDecember  = months[11]
)

// MonthOf is the static Month.of(int).
func MonthOf(month int32) *Month {
	if month < 1 || month > 12 {
		panic(NewDateTimeException2("Invalid value for MonthOfYear: " + IntStr(month)))
	}
	return months[month-1]
}

// MonthValues is the static Month.values().
func MonthValues() []*Month { return append([]*Month{}, months...) }

// MonthValueOf is the static Month.valueOf(String).
func MonthValueOf(name string) *Month {
	for _, m := range months {
		if m.name == name {
			return m
		}
	}
	panic(NewIllegalArgumentException2("No enum constant java.time.Month." + name))
}

// Name is name().
func (m *Month) Name() string { return m.name }

// Ordinal is ordinal().
func (m *Month) Ordinal() int32 { return m.value - 1 }

// Value is getValue().
func (m *Month) Value() int32 { return m.value }

// String is toString().
func (m *Month) String() string { return m.name }

// Plus is plus(long).
func (m *Month) Plus(n int64) *Month { return months[((int64(m.value-1)+n%12)+12)%12] }

// Length is length(boolean leapYear).
func (m *Month) Length(leapYear bool) int32 {
	y := 2001
	if leapYear {
		y = 2000
	}
	return int32(time.Date(y, time.Month(m.value)+1, 0, 0, 0, 0, 0, time.UTC).Day())
}

// ChronoUnit is the enum java.time.temporal.ChronoUnit.
type ChronoUnit struct {
	name  string
	nanos float64 // the unit's length (estimated for months and longer, as Java's)
	ord   int32
}

// The ChronoUnit constants.
var (
	ChronoUnitNanos     = &ChronoUnit{"Nanos", 1, 0}
	ChronoUnitMicros    = &ChronoUnit{"Micros", 1e3, 1}
	ChronoUnitMillis    = &ChronoUnit{"Millis", 1e6, 2}
	ChronoUnitSeconds   = &ChronoUnit{"Seconds", 1e9, 3}
	ChronoUnitMinutes   = &ChronoUnit{"Minutes", 60e9, 4}
	ChronoUnitHours     = &ChronoUnit{"Hours", 3600e9, 5}
	ChronoUnitHalfDays  = &ChronoUnit{"HalfDays", 43200e9, 6}
	ChronoUnitDays      = &ChronoUnit{"Days", 86400e9, 7}
	ChronoUnitWeeks     = &ChronoUnit{"Weeks", 7 * 86400e9, 8}
	ChronoUnitMonths    = &ChronoUnit{"Months", 31556952e9 / 12, 9}
	ChronoUnitYears     = &ChronoUnit{"Years", 31556952e9, 10}
	ChronoUnitDecades   = &ChronoUnit{"Decades", 31556952e10, 11}
	ChronoUnitCenturies = &ChronoUnit{"Centuries", 31556952e11, 12}
	ChronoUnitMillennia = &ChronoUnit{"Millennia", 31556952e12, 13}
)

var chronoUnits = []*ChronoUnit{ChronoUnitNanos, ChronoUnitMicros, ChronoUnitMillis, ChronoUnitSeconds, ChronoUnitMinutes,
	ChronoUnitHours, ChronoUnitHalfDays, ChronoUnitDays, ChronoUnitWeeks, ChronoUnitMonths, ChronoUnitYears, ChronoUnitDecades,
	ChronoUnitCenturies, ChronoUnitMillennia}

// ChronoUnitValues is the static ChronoUnit.values().
func ChronoUnitValues() []*ChronoUnit { return append([]*ChronoUnit{}, chronoUnits...) }

// ChronoUnitValueOf is the static ChronoUnit.valueOf(String): by the constant's name
// ("DAYS"), not its toString ("Days").
func ChronoUnitValueOf(name string) *ChronoUnit {
	return EnumValueOf(chronoUnits, name, "java.time.temporal.ChronoUnit")
}

// Name is name(): "DAYS".
func (u *ChronoUnit) Name() string {
	var b strings.Builder
	for i, r := range u.name {
		if i > 0 && r >= 'A' && r <= 'Z' {
			b.WriteByte('_')
		}
		b.WriteRune(r)
	}
	return strings.ToUpper(b.String())
}

// String is toString(): "Days".
func (u *ChronoUnit) String() string { return u.name }

// Ordinal is ordinal().
func (u *ChronoUnit) Ordinal() int32 { return u.ord }

// Duration is getDuration().
func (u *ChronoUnit) Duration() *Duration {
	return durationOfNanos(new(bigNanos).setFloat(u.nanos))
}

// Between is between(Temporal, Temporal): whole units from start to end (truncated).
func (u *ChronoUnit) Between(start, end Temporal) int64 {
	switch u {
	case ChronoUnitMonths, ChronoUnitYears, ChronoUnitDecades, ChronoUnitCenturies, ChronoUnitMillennia:
		a, b := start.localTime(), end.localTime()
		months := int64(b.Year()-a.Year())*12 + int64(b.Month()-a.Month())
		// A month is complete only when the end's day and time reach the start's.
		if months > 0 && b.AddDate(0, -int(months), 0).Before(a) {
			months--
		} else if months < 0 && b.AddDate(0, -int(months), 0).After(a) {
			months++
		}
		div := map[*ChronoUnit]int64{ChronoUnitMonths: 1, ChronoUnitYears: 12, ChronoUnitDecades: 120, ChronoUnitCenturies: 1200, ChronoUnitMillennia: 12000}[u]
		return months / div
	}
	d := DurationBetween(start, end)
	n := new(bigNanos).setDuration(d)
	return n.div(u.nanos)
}

// bigNanos is a nanosecond count beyond int64 as (seconds, nanos).
type bigNanos struct {
	sec  int64
	nano int64
}

func (b *bigNanos) setFloat(n float64) *bigNanos {
	b.sec = int64(n / 1e9)
	b.nano = int64(math.Mod(n, 1e9))
	return b
}

func (b *bigNanos) setDuration(d *Duration) *bigNanos {
	b.sec, b.nano = d.seconds, int64(d.nanos)
	return b
}

// div is the count of unit-long spans, truncated toward zero.
func (b *bigNanos) div(unit float64) int64 {
	if unit >= 1e9 {
		units := int64(unit / 1e9)
		q := b.sec / units
		if b.sec < 0 && b.nano > 0 && b.sec%units == 0 {
			q++ // -1.5 s is -2 s + 0.5 s: truncation goes toward zero
		}
		return q
	}
	total := b.sec*1e9 + b.nano
	return total / int64(unit)
}

// Temporal is the part of java.time.temporal.Temporal that Duration.between and
// ChronoUnit.between need: the instant (zoned types) or local date-time.
type Temporal interface {
	localTime() time.Time
	instant() (sec int64, nano int32, zoned bool)
}

// TemporalAdjuster is java.time.temporal.TemporalAdjuster for dates (the adjusters of
// TemporalAdjusters).
type TemporalAdjuster interface{ adjustDate(d time.Time) time.Time }

type dateAdjuster func(d time.Time) time.Time

func (f dateAdjuster) adjustDate(d time.Time) time.Time { return f(d) }

// TemporalAdjustersNext is the static TemporalAdjusters.next(DayOfWeek).
func TemporalAdjustersNext(dayOfWeek *DayOfWeek) TemporalAdjuster {
	return dateAdjuster(func(d time.Time) time.Time {
		diff := int(dayOfWeek.value) - int(dayOfWeekOfGo(d.Weekday()).value)
		if diff <= 0 {
			diff += 7
		}
		return d.AddDate(0, 0, diff)
	})
}

// TemporalAdjustersNextOrSame is the static TemporalAdjusters.nextOrSame(DayOfWeek).
func TemporalAdjustersNextOrSame(dayOfWeek *DayOfWeek) TemporalAdjuster {
	return dateAdjuster(func(d time.Time) time.Time {
		diff := (int(dayOfWeek.value) - int(dayOfWeekOfGo(d.Weekday()).value) + 7) % 7
		return d.AddDate(0, 0, diff)
	})
}

// TemporalAdjustersPrevious is the static TemporalAdjusters.previous(DayOfWeek).
func TemporalAdjustersPrevious(dayOfWeek *DayOfWeek) TemporalAdjuster {
	return dateAdjuster(func(d time.Time) time.Time {
		diff := int(dayOfWeekOfGo(d.Weekday()).value) - int(dayOfWeek.value)
		if diff <= 0 {
			diff += 7
		}
		return d.AddDate(0, 0, -diff)
	})
}

// TemporalAdjustersPreviousOrSame is the static TemporalAdjusters.previousOrSame(DayOfWeek).
func TemporalAdjustersPreviousOrSame(dayOfWeek *DayOfWeek) TemporalAdjuster {
	return dateAdjuster(func(d time.Time) time.Time {
		diff := (int(dayOfWeekOfGo(d.Weekday()).value) - int(dayOfWeek.value) + 7) % 7
		return d.AddDate(0, 0, -diff)
	})
}

// TemporalAdjustersFirstDayOfMonth is the static TemporalAdjusters.firstDayOfMonth().
func TemporalAdjustersFirstDayOfMonth() TemporalAdjuster {
	return dateAdjuster(func(d time.Time) time.Time { return d.AddDate(0, 0, 1-d.Day()) })
}

// TemporalAdjustersLastDayOfMonth is the static TemporalAdjusters.lastDayOfMonth().
func TemporalAdjustersLastDayOfMonth() TemporalAdjuster {
	return dateAdjuster(func(d time.Time) time.Time {
		return time.Date(d.Year(), d.Month()+1, 0, d.Hour(), d.Minute(), d.Second(), d.Nanosecond(), d.Location())
	})
}

// TemporalAdjustersFirstDayOfNextMonth is the static TemporalAdjusters.firstDayOfNextMonth().
func TemporalAdjustersFirstDayOfNextMonth() TemporalAdjuster {
	return dateAdjuster(func(d time.Time) time.Time {
		return time.Date(d.Year(), d.Month()+1, 1, d.Hour(), d.Minute(), d.Second(), d.Nanosecond(), d.Location())
	})
}

// Duration is java.time.Duration: seconds and nanoseconds (0..999,999,999).
type Duration struct {
	seconds int64
	nanos   int32
}

// DurationZero is Duration.ZERO.
var DurationZero = &Duration{}

func durationOf(sec int64, nano int64) *Duration {
	sec += floorDiv(nano, 1e9)
	nano -= floorDiv(nano, 1e9) * 1e9
	return &Duration{sec, int32(nano)}
}

func durationOfNanos(b *bigNanos) *Duration { return durationOf(b.sec, b.nano) }

// DurationOfDays is the static Duration.ofDays(long).
func DurationOfDays(days int64) *Duration { return &Duration{mulExact(days, 86400), 0} }

// DurationOfHours is the static Duration.ofHours(long).
func DurationOfHours(hours int64) *Duration { return &Duration{mulExact(hours, 3600), 0} }

// DurationOfMinutes is the static Duration.ofMinutes(long).
func DurationOfMinutes(minutes int64) *Duration { return &Duration{mulExact(minutes, 60), 0} }

// DurationOfSeconds is the static Duration.ofSeconds(long).
func DurationOfSeconds(seconds int64) *Duration { return &Duration{seconds, 0} }

// DurationOfSeconds2 is the static Duration.ofSeconds(long, long nanoAdjustment).
func DurationOfSeconds2(seconds, nanoAdjustment int64) *Duration {
	return durationOf(seconds, nanoAdjustment)
}

// DurationOfMillis is the static Duration.ofMillis(long).
func DurationOfMillis(millis int64) *Duration {
	return durationOf(floorDiv(millis, 1000), (millis-floorDiv(millis, 1000)*1000)*1e6)
}

// DurationOfNanos is the static Duration.ofNanos(long).
func DurationOfNanos(nanos int64) *Duration { return durationOf(0, nanos) }

// DurationOf is the static Duration.of(long, TemporalUnit) (exact units up to DAYS).
func DurationOf(amount int64, unit *ChronoUnit) *Duration {
	if unit.nanos > 86400e9 {
		panic(NewUnsupportedOperationException2("Unit must not have an estimated duration"))
	}
	if unit.nanos >= 1e9 {
		return &Duration{mulExact(amount, int64(unit.nanos/1e9)), 0}
	}
	per := int64(unit.nanos)
	return durationOf(floorDiv(amount, 1e9/per), (amount-floorDiv(amount, 1e9/per)*(1e9/per))*per)
}

func mulExact(a, b int64) int64 {
	r := a * b
	if a != 0 && (r/a != b || (a == -1 && b == math.MinInt64)) {
		panic(NewArithmeticException2("long overflow"))
	}
	return r
}

// DurationBetween is the static Duration.between(Temporal, Temporal).
func DurationBetween(start, end Temporal) *Duration {
	s1, n1, z1 := start.instant()
	s2, n2, z2 := end.instant()
	if z1 != z2 {
		panic(NewDateTimeException2("Unable to obtain Instant from TemporalAccessor"))
	}
	return durationOf(s2-s1, int64(n2)-int64(n1))
}

// Seconds is getSeconds().
func (d *Duration) Seconds() int64 { return d.seconds }

// Nano is getNano().
func (d *Duration) Nano() int32 { return d.nanos }

// ToMillis is toMillis().
func (d *Duration) ToMillis() int64 {
	return mulExact(d.seconds, 1000) + int64(d.nanos/1e6)
}

// ToNanos is toNanos().
func (d *Duration) ToNanos() int64 { return mulExact(d.seconds, 1e9) + int64(d.nanos) }

// ToSeconds is toSeconds().
func (d *Duration) ToSeconds() int64 { return d.seconds }

// ToMinutes is toMinutes().
func (d *Duration) ToMinutes() int64 { return d.seconds / 60 }

// ToHours is toHours().
func (d *Duration) ToHours() int64 { return d.seconds / 3600 }

// ToDays is toDays().
func (d *Duration) ToDays() int64 { return d.seconds / 86400 }

// Plus is plus(Duration).
func (d *Duration) Plus(o *Duration) *Duration {
	return durationOf(d.seconds+o.seconds, int64(d.nanos)+int64(o.nanos))
}

// Minus is minus(Duration).
func (d *Duration) Minus(o *Duration) *Duration {
	return durationOf(d.seconds-o.seconds, int64(d.nanos)-int64(o.nanos))
}

// PlusSeconds is plusSeconds(long).
func (d *Duration) PlusSeconds(s int64) *Duration { return d.Plus(DurationOfSeconds(s)) }

// PlusMillis is plusMillis(long).
func (d *Duration) PlusMillis(ms int64) *Duration { return d.Plus(DurationOfMillis(ms)) }

// PlusMinutes is plusMinutes(long).
func (d *Duration) PlusMinutes(m int64) *Duration { return d.Plus(DurationOfMinutes(m)) }

// MultipliedBy is multipliedBy(long).
func (d *Duration) MultipliedBy(n int64) *Duration {
	return durationOf(mulExact(d.seconds, n), int64(d.nanos)*n)
}

// DividedBy is dividedBy(long).
func (d *Duration) DividedBy(n int64) *Duration {
	if n == 0 {
		panic(NewArithmeticException2("Cannot divide by zero"))
	}
	total := d.ToNanos()
	return DurationOfNanos(total / n)
}

// Negated is negated().
func (d *Duration) Negated() *Duration { return durationOf(-d.seconds, -int64(d.nanos)) }

// Abs is abs().
func (d *Duration) Abs() *Duration {
	if d.IsNegative() {
		return d.Negated()
	}
	return d
}

// IsNegative is isNegative().
func (d *Duration) IsNegative() bool { return d.seconds < 0 }

// IsZero is isZero().
func (d *Duration) IsZero() bool { return d.seconds == 0 && d.nanos == 0 }

// CompareTo is compareTo(Duration).
func (d *Duration) CompareTo(o *Duration) int32 {
	if c := LongCompare(d.seconds, o.seconds); c != 0 {
		return c
	}
	return d.nanos - o.nanos
}

// Equals is equals(Object).
func (d *Duration) Equals(o any) bool {
	x, ok := o.(*Duration)
	return ok && x != nil && *x == *d
}

// HashCode is hashCode().
func (d *Duration) HashCode() int32 {
	return int32(d.seconds^int64(uint64(d.seconds)>>32)) + 51*d.nanos
}

// String is toString(): ISO-8601, `PT8H6M12.345S`, `PT0S`.
func (d *Duration) String() string {
	if d.IsZero() {
		return "PT0S"
	}
	effective := d.seconds
	if d.seconds < 0 && d.nanos > 0 {
		effective++
	}
	hours := effective / 3600
	minutes := (effective % 3600) / 60
	secs := effective % 60
	var b strings.Builder
	b.WriteString("PT")
	if hours != 0 {
		b.WriteString(strconv.FormatInt(hours, 10) + "H")
	}
	if minutes != 0 {
		b.WriteString(strconv.FormatInt(minutes, 10) + "M")
	}
	if secs == 0 && d.nanos == 0 && b.Len() > 2 {
		return b.String()
	}
	if d.seconds < 0 && d.nanos > 0 {
		if secs == 0 {
			b.WriteString("-0")
		} else {
			b.WriteString(strconv.FormatInt(secs, 10))
		}
	} else {
		b.WriteString(strconv.FormatInt(secs, 10))
	}
	if d.nanos > 0 {
		n := d.nanos
		if d.seconds < 0 {
			n = 1e9 - d.nanos
		}
		frac := strings.TrimRight(pad(int(n), 9), "0")
		b.WriteString("." + frac)
	}
	b.WriteString("S")
	return b.String()
}

// Instant is java.time.Instant.
type Instant struct {
	seconds int64
	nanos   int32
}

// InstantEpoch is Instant.EPOCH.
var InstantEpoch = &Instant{}

// InstantNow is the static Instant.now().
func InstantNow() *Instant {
	t := time.Now()
	return &Instant{t.Unix(), int32(t.Nanosecond())}
}

// InstantOfEpochMilli is the static Instant.ofEpochMilli(long).
func InstantOfEpochMilli(epochMilli int64) *Instant {
	d := DurationOfMillis(epochMilli)
	return &Instant{d.seconds, d.nanos}
}

// InstantOfEpochSecond is the static Instant.ofEpochSecond(long).
func InstantOfEpochSecond(epochSecond int64) *Instant { return &Instant{epochSecond, 0} }

// InstantOfEpochSecond2 is the static Instant.ofEpochSecond(long, long).
func InstantOfEpochSecond2(epochSecond, nanoAdjustment int64) *Instant {
	d := durationOf(epochSecond, nanoAdjustment)
	return &Instant{d.seconds, d.nanos}
}

func (i *Instant) goTime() time.Time { return time.Unix(i.seconds, int64(i.nanos)).UTC() }

func (i *Instant) localTime() time.Time { return i.goTime() }

func (i *Instant) instant() (int64, int32, bool) { return i.seconds, i.nanos, true }

// EpochSecond is getEpochSecond().
func (i *Instant) EpochSecond() int64 { return i.seconds }

// Nano is getNano().
func (i *Instant) Nano() int32 { return i.nanos }

// ToEpochMilli is toEpochMilli().
func (i *Instant) ToEpochMilli() int64 { return mulExact(i.seconds, 1000) + int64(i.nanos/1e6) }

// Plus is plus(Duration) (TemporalAmount).
func (i *Instant) Plus(d *Duration) *Instant {
	x := durationOf(i.seconds+d.seconds, int64(i.nanos)+int64(d.nanos))
	return &Instant{x.seconds, x.nanos}
}

// Minus is minus(Duration).
func (i *Instant) Minus(d *Duration) *Instant { return i.Plus(d.Negated()) }

// PlusMillis is plusMillis(long).
func (i *Instant) PlusMillis(ms int64) *Instant { return i.Plus(DurationOfMillis(ms)) }

// PlusSeconds is plusSeconds(long).
func (i *Instant) PlusSeconds(s int64) *Instant { return i.Plus(DurationOfSeconds(s)) }

// MinusMillis is minusMillis(long).
func (i *Instant) MinusMillis(ms int64) *Instant { return i.Plus(DurationOfMillis(-ms)) }

// MinusSeconds is minusSeconds(long).
func (i *Instant) MinusSeconds(s int64) *Instant { return i.Plus(DurationOfSeconds(-s)) }

// IsBefore is isBefore(Instant).
func (i *Instant) IsBefore(o *Instant) bool { return i.CompareTo(o) < 0 }

// IsAfter is isAfter(Instant).
func (i *Instant) IsAfter(o *Instant) bool { return i.CompareTo(o) > 0 }

// CompareTo is compareTo(Instant).
func (i *Instant) CompareTo(o *Instant) int32 {
	if c := LongCompare(i.seconds, o.seconds); c != 0 {
		return c
	}
	return i.nanos - o.nanos
}

// Equals is equals(Object).
func (i *Instant) Equals(o any) bool {
	x, ok := o.(*Instant)
	return ok && x != nil && *x == *i
}

// HashCode is hashCode().
func (i *Instant) HashCode() int32 {
	return int32(i.seconds^int64(uint64(i.seconds)>>32)) + 51*i.nanos
}

// AtZone is atZone(ZoneId).
func (i *Instant) AtZone(zone *ZoneId) *ZonedDateTime {
	return &ZonedDateTime{i.goTime().In(zone.loc), zone}
}

// String is toString(): ISO-8601 in UTC, the fraction in groups of three digits.
func (i *Instant) String() string {
	return formatISOLocal(i.goTime(), true) + "Z"
}

// formatISOLocal is yyyy-MM-ddTHH:mm[:ss[.fff...]] as java.time prints it.
func formatISOLocal(t time.Time, alwaysSeconds bool) string {
	return formatISODate(t) + "T" + formatISOTime(t, alwaysSeconds)
}

func formatISODate(t time.Time) string {
	y := t.Year()
	ys := pad(y, 4)
	if y < 0 {
		ys = "-" + pad(-y, 4)
	} else if y > 9999 {
		ys = "+" + ys
	}
	return ys + "-" + pad(int(t.Month()), 2) + "-" + pad(t.Day(), 2)
}

// formatISOTime is LocalTime.toString: seconds shown when non-zero (or asked for), the
// fraction as 3, 6 or 9 digits.
func formatISOTime(t time.Time, alwaysSeconds bool) string {
	s := pad(t.Hour(), 2) + ":" + pad(t.Minute(), 2)
	n := t.Nanosecond()
	if t.Second() > 0 || n > 0 || alwaysSeconds {
		s += ":" + pad(t.Second(), 2)
		switch {
		case n == 0:
		case n%1e6 == 0:
			s += "." + pad(n/1e6, 3)
		case n%1e3 == 0:
			s += "." + pad(n/1e3, 6)
		default:
			s += "." + pad(n, 9)
		}
	}
	return s
}

// LocalDate is java.time.LocalDate.
type LocalDate struct{ t time.Time }

// LocalDateNow is the static LocalDate.now().
func LocalDateNow() *LocalDate {
	n := time.Now()
	return &LocalDate{time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, time.UTC)}
}

// LocalDateOf is the static LocalDate.of(int, int, int): DateTimeException for an invalid
// date.
func LocalDateOf(year, month, dayOfMonth int32) *LocalDate {
	return &LocalDate{checkedDate(year, month, dayOfMonth, 0, 0, 0, 0)}
}

// LocalDateOf2 is the static LocalDate.of(int, Month, int).
func LocalDateOf2(year int32, month *Month, dayOfMonth int32) *LocalDate {
	return LocalDateOf(year, month.value, dayOfMonth)
}

// LocalDateOfEpochDay is the static LocalDate.ofEpochDay(long).
func LocalDateOfEpochDay(epochDay int64) *LocalDate {
	return &LocalDate{time.Unix(epochDay*86400, 0).UTC()}
}

// LocalDateParse is the static LocalDate.parse(CharSequence): yyyy-MM-dd.
func LocalDateParse(text string) *LocalDate {
	return LocalDateParse2(text, DateTimeFormatterIsoLocalDate)
}

func checkedDate(year, month, day, hour, minute, second, nano int32) time.Time {
	check := func(v, lo, hi int32, field string) {
		if v < lo || v > hi {
			panic(NewDateTimeException2("Invalid value for " + field + " (valid values " + IntStr(lo) + " - " + IntStr(hi) + "): " + IntStr(v)))
		}
	}
	check(month, 1, 12, "MonthOfYear")
	check(day, 1, 31, "DayOfMonth")
	check(hour, 0, 23, "HourOfDay")
	check(minute, 0, 59, "MinuteOfHour")
	check(second, 0, 59, "SecondOfMinute")
	check(nano, 0, 999999999, "NanoOfSecond")
	t := time.Date(int(year), time.Month(month), int(day), int(hour), int(minute), int(second), int(nano), time.UTC)
	if t.Day() != int(day) {
		if month == 2 && day == 29 {
			panic(NewDateTimeException2("Invalid date 'February 29' as '" + IntStr(year) + "' is not a leap year"))
		}
		panic(NewDateTimeException2("Invalid date '" + strings.ToUpper(monthNames[month-1]) + " " + IntStr(day) + "'"))
	}
	return t
}

func (d *LocalDate) localTime() time.Time          { return d.t }
func (d *LocalDate) instant() (int64, int32, bool) { return d.t.Unix(), 0, false }

// Year is getYear().
func (d *LocalDate) Year() int32 { return int32(d.t.Year()) }

// MonthValue is getMonthValue().
func (d *LocalDate) MonthValue() int32 { return int32(d.t.Month()) }

// Month is getMonth().
func (d *LocalDate) Month() *Month { return months[d.t.Month()-1] }

// DayOfMonth is getDayOfMonth().
func (d *LocalDate) DayOfMonth() int32 { return int32(d.t.Day()) }

// DayOfYear is getDayOfYear().
func (d *LocalDate) DayOfYear() int32 { return int32(d.t.YearDay()) }

// DayOfWeek is getDayOfWeek().
func (d *LocalDate) DayOfWeek() *DayOfWeek { return dayOfWeekOfGo(d.t.Weekday()) }

// IsLeapYear is isLeapYear().
func (d *LocalDate) IsLeapYear() bool {
	return time.Date(d.t.Year(), 12, 31, 0, 0, 0, 0, time.UTC).YearDay() == 366
}

// LengthOfMonth is lengthOfMonth().
func (d *LocalDate) LengthOfMonth() int32 {
	return int32(time.Date(d.t.Year(), d.t.Month()+1, 0, 0, 0, 0, 0, time.UTC).Day())
}

// ToEpochDay is toEpochDay().
func (d *LocalDate) ToEpochDay() int64 { return floorDiv(d.t.Unix(), 86400) }

// PlusDays is plusDays(long).
func (d *LocalDate) PlusDays(n int64) *LocalDate { return &LocalDate{d.t.AddDate(0, 0, int(n))} }

// PlusWeeks is plusWeeks(long).
func (d *LocalDate) PlusWeeks(n int64) *LocalDate { return d.PlusDays(7 * n) }

// PlusMonths is plusMonths(long): the day clamped to the new month's length.
func (d *LocalDate) PlusMonths(n int64) *LocalDate { return &LocalDate{addMonths(d.t, n)} }

// PlusYears is plusYears(long).
func (d *LocalDate) PlusYears(n int64) *LocalDate { return &LocalDate{addMonths(d.t, 12*n)} }

// MinusDays is minusDays(long).
func (d *LocalDate) MinusDays(n int64) *LocalDate { return d.PlusDays(-n) }

// MinusWeeks is minusWeeks(long).
func (d *LocalDate) MinusWeeks(n int64) *LocalDate { return d.PlusDays(-7 * n) }

// MinusMonths is minusMonths(long).
func (d *LocalDate) MinusMonths(n int64) *LocalDate { return d.PlusMonths(-n) }

// MinusYears is minusYears(long).
func (d *LocalDate) MinusYears(n int64) *LocalDate { return d.PlusYears(-n) }

// addMonths is java.time's month arithmetic: the day of month clamped.
func addMonths(t time.Time, n int64) time.Time {
	m := int64(t.Year())*12 + int64(t.Month()-1) + n
	y, mo := int(floorDiv(m, 12)), int(m-floorDiv(m, 12)*12)+1
	last := time.Date(y, time.Month(mo)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	return time.Date(y, time.Month(mo), min(t.Day(), last), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
}

// WithDayOfMonth is withDayOfMonth(int).
func (d *LocalDate) WithDayOfMonth(day int32) *LocalDate {
	return LocalDateOf(d.Year(), d.MonthValue(), day)
}

// With is with(TemporalAdjuster).
func (d *LocalDate) With(adjuster TemporalAdjuster) *LocalDate {
	return &LocalDate{adjuster.adjustDate(d.t)}
}

// AtStartOfDay is atStartOfDay().
func (d *LocalDate) AtStartOfDay() *LocalDateTime { return &LocalDateTime{d.t} }

// AtTime is atTime(int, int).
func (d *LocalDate) AtTime(hour, minute int32) *LocalDateTime {
	return &LocalDateTime{checkedDate(d.Year(), d.MonthValue(), d.DayOfMonth(), hour, minute, 0, 0)}
}

// IsBefore is isBefore(ChronoLocalDate).
func (d *LocalDate) IsBefore(o *LocalDate) bool { return d.t.Before(o.t) }

// IsAfter is isAfter(ChronoLocalDate).
func (d *LocalDate) IsAfter(o *LocalDate) bool { return d.t.After(o.t) }

// IsEqual is isEqual(ChronoLocalDate).
func (d *LocalDate) IsEqual(o *LocalDate) bool { return d.t.Equal(o.t) }

// CompareTo is compareTo(ChronoLocalDate).
func (d *LocalDate) CompareTo(o *LocalDate) int32 { return int32(d.t.Compare(o.t)) }

// Equals is equals(Object).
func (d *LocalDate) Equals(o any) bool {
	x, ok := o.(*LocalDate)
	return ok && x != nil && x.t.Equal(d.t)
}

// HashCode is hashCode().
func (d *LocalDate) HashCode() int32 {
	y, m, day := int32(d.t.Year()), int32(d.t.Month()), int32(d.t.Day())
	return (y & -2048) ^ ((y << 11) + (m << 6) + day)
}

// Format is format(DateTimeFormatter).
func (d *LocalDate) Format(f *DateTimeFormatter) string { return f.Format(d) }

// String is toString(): yyyy-MM-dd.
func (d *LocalDate) String() string { return formatISODate(d.t) }

// LocalTime is java.time.LocalTime.
type LocalTime struct{ t time.Time }

// LocalTimeOf is the static LocalTime.of(int, int).
func LocalTimeOf(hour, minute int32) *LocalTime {
	return &LocalTime{checkedDate(1970, 1, 1, hour, minute, 0, 0)}
}

// LocalTimeOf2 is the static LocalTime.of(int, int, int).
func LocalTimeOf2(hour, minute, second int32) *LocalTime {
	return &LocalTime{checkedDate(1970, 1, 1, hour, minute, second, 0)}
}

// LocalTimeNow is the static LocalTime.now().
func LocalTimeNow() *LocalTime {
	n := time.Now()
	return &LocalTime{time.Date(1970, 1, 1, n.Hour(), n.Minute(), n.Second(), n.Nanosecond(), time.UTC)}
}

func (lt *LocalTime) localTime() time.Time { return lt.t }
func (lt *LocalTime) instant() (int64, int32, bool) {
	return lt.t.Unix(), int32(lt.t.Nanosecond()), false
}

// Hour is getHour().
func (lt *LocalTime) Hour() int32 { return int32(lt.t.Hour()) }

// Minute is getMinute().
func (lt *LocalTime) Minute() int32 { return int32(lt.t.Minute()) }

// Second is getSecond().
func (lt *LocalTime) Second() int32 { return int32(lt.t.Second()) }

// Nano is getNano().
func (lt *LocalTime) Nano() int32 { return int32(lt.t.Nanosecond()) }

// ToSecondOfDay is toSecondOfDay().
func (lt *LocalTime) ToSecondOfDay() int32 {
	return int32(lt.t.Hour()*3600 + lt.t.Minute()*60 + lt.t.Second())
}

// IsBefore is isBefore(LocalTime).
func (lt *LocalTime) IsBefore(o *LocalTime) bool { return lt.t.Before(o.t) }

// IsAfter is isAfter(LocalTime).
func (lt *LocalTime) IsAfter(o *LocalTime) bool { return lt.t.After(o.t) }

// CompareTo is compareTo(LocalTime).
func (lt *LocalTime) CompareTo(o *LocalTime) int32 { return int32(lt.t.Compare(o.t)) }

// Equals is equals(Object).
func (lt *LocalTime) Equals(o any) bool {
	x, ok := o.(*LocalTime)
	return ok && x != nil && x.t.Equal(lt.t)
}

// Format is format(DateTimeFormatter).
func (lt *LocalTime) Format(f *DateTimeFormatter) string { return f.Format(lt) }

// String is toString(): HH:mm[:ss[.fff]].
func (lt *LocalTime) String() string { return formatISOTime(lt.t, false) }

// LocalDateTime is java.time.LocalDateTime.
type LocalDateTime struct{ t time.Time }

// LocalDateTimeNow is the static LocalDateTime.now(): the wall clock of the default zone.
func LocalDateTimeNow() *LocalDateTime {
	n := time.Now()
	return &LocalDateTime{time.Date(n.Year(), n.Month(), n.Day(), n.Hour(), n.Minute(), n.Second(), n.Nanosecond(), time.UTC)}
}

// LocalDateTimeOf is the static LocalDateTime.of(int, int, int, int, int).
func LocalDateTimeOf(year, month, dayOfMonth, hour, minute int32) *LocalDateTime {
	return &LocalDateTime{checkedDate(year, month, dayOfMonth, hour, minute, 0, 0)}
}

// LocalDateTimeOf2 is the static LocalDateTime.of(int, int, int, int, int, int).
func LocalDateTimeOf2(year, month, dayOfMonth, hour, minute, second int32) *LocalDateTime {
	return &LocalDateTime{checkedDate(year, month, dayOfMonth, hour, minute, second, 0)}
}

// LocalDateTimeOf3 is the static LocalDateTime.of(LocalDate, LocalTime).
func LocalDateTimeOf3(date *LocalDate, t *LocalTime) *LocalDateTime {
	return &LocalDateTime{time.Date(date.t.Year(), date.t.Month(), date.t.Day(), t.t.Hour(), t.t.Minute(), t.t.Second(), t.t.Nanosecond(), time.UTC)}
}

// LocalDateTimeOfInstant is the static LocalDateTime.ofInstant(Instant, ZoneId).
func LocalDateTimeOfInstant(instant *Instant, zone *ZoneId) *LocalDateTime {
	z := instant.goTime().In(zone.loc)
	return &LocalDateTime{time.Date(z.Year(), z.Month(), z.Day(), z.Hour(), z.Minute(), z.Second(), z.Nanosecond(), time.UTC)}
}

// LocalDateTimeParse is the static LocalDateTime.parse(CharSequence): ISO_LOCAL_DATE_TIME.
func LocalDateTimeParse(text string) *LocalDateTime {
	return LocalDateTimeParse2(text, DateTimeFormatterIsoLocalDateTime)
}

func (l *LocalDateTime) localTime() time.Time { return l.t }
func (l *LocalDateTime) instant() (int64, int32, bool) {
	return l.t.Unix(), int32(l.t.Nanosecond()), false
}

// Year is getYear().
func (l *LocalDateTime) Year() int32 { return int32(l.t.Year()) }

// MonthValue is getMonthValue().
func (l *LocalDateTime) MonthValue() int32 { return int32(l.t.Month()) }

// Month is getMonth().
func (l *LocalDateTime) Month() *Month { return months[l.t.Month()-1] }

// DayOfMonth is getDayOfMonth().
func (l *LocalDateTime) DayOfMonth() int32 { return int32(l.t.Day()) }

// DayOfYear is getDayOfYear().
func (l *LocalDateTime) DayOfYear() int32 { return int32(l.t.YearDay()) }

// DayOfWeek is getDayOfWeek().
func (l *LocalDateTime) DayOfWeek() *DayOfWeek { return dayOfWeekOfGo(l.t.Weekday()) }

// Hour is getHour().
func (l *LocalDateTime) Hour() int32 { return int32(l.t.Hour()) }

// Minute is getMinute().
func (l *LocalDateTime) Minute() int32 { return int32(l.t.Minute()) }

// Second is getSecond().
func (l *LocalDateTime) Second() int32 { return int32(l.t.Second()) }

// Nano is getNano().
func (l *LocalDateTime) Nano() int32 { return int32(l.t.Nanosecond()) }

func (l *LocalDateTime) with(field string, v int32) *LocalDateTime {
	t := l.t
	y, mo, d, h, mi, s, n := int32(t.Year()), int32(t.Month()), int32(t.Day()), int32(t.Hour()), int32(t.Minute()), int32(t.Second()), int32(t.Nanosecond())
	switch field {
	case "year":
		y = v
	case "month":
		mo = v
	case "day":
		d = v
	case "hour":
		h = v
	case "minute":
		mi = v
	case "second":
		s = v
	case "nano":
		n = v
	}
	if (field == "year" || field == "month") && mo >= 1 && mo <= 12 {
		last := int32(time.Date(int(y), time.Month(mo)+1, 0, 0, 0, 0, 0, time.UTC).Day())
		d = min(d, last)
	}
	return &LocalDateTime{checkedDate(y, mo, d, h, mi, s, n)}
}

// WithYear is withYear(int).
func (l *LocalDateTime) WithYear(v int32) *LocalDateTime { return l.with("year", v) }

// WithMonth is withMonth(int).
func (l *LocalDateTime) WithMonth(v int32) *LocalDateTime { return l.with("month", v) }

// WithDayOfMonth is withDayOfMonth(int).
func (l *LocalDateTime) WithDayOfMonth(v int32) *LocalDateTime { return l.with("day", v) }

// WithHour is withHour(int).
func (l *LocalDateTime) WithHour(v int32) *LocalDateTime { return l.with("hour", v) }

// WithMinute is withMinute(int).
func (l *LocalDateTime) WithMinute(v int32) *LocalDateTime { return l.with("minute", v) }

// WithSecond is withSecond(int).
func (l *LocalDateTime) WithSecond(v int32) *LocalDateTime { return l.with("second", v) }

// WithNano is withNano(int).
func (l *LocalDateTime) WithNano(v int32) *LocalDateTime { return l.with("nano", v) }

// With is with(TemporalAdjuster): the adjuster moves the date, the time stays.
func (l *LocalDateTime) With(adjuster TemporalAdjuster) *LocalDateTime {
	return &LocalDateTime{adjuster.adjustDate(l.t)}
}

// PlusYears is plusYears(long).
func (l *LocalDateTime) PlusYears(n int64) *LocalDateTime {
	return &LocalDateTime{addMonths(l.t, 12*n)}
}

// PlusMonths is plusMonths(long).
func (l *LocalDateTime) PlusMonths(n int64) *LocalDateTime { return &LocalDateTime{addMonths(l.t, n)} }

// PlusWeeks is plusWeeks(long).
func (l *LocalDateTime) PlusWeeks(n int64) *LocalDateTime { return l.PlusDays(7 * n) }

// PlusDays is plusDays(long).
func (l *LocalDateTime) PlusDays(n int64) *LocalDateTime {
	return &LocalDateTime{l.t.AddDate(0, 0, int(n))}
}

// PlusHours is plusHours(long).
func (l *LocalDateTime) PlusHours(n int64) *LocalDateTime {
	return &LocalDateTime{l.t.Add(time.Duration(n) * time.Hour)}
}

// PlusMinutes is plusMinutes(long).
func (l *LocalDateTime) PlusMinutes(n int64) *LocalDateTime {
	return &LocalDateTime{l.t.Add(time.Duration(n) * time.Minute)}
}

// PlusSeconds is plusSeconds(long).
func (l *LocalDateTime) PlusSeconds(n int64) *LocalDateTime {
	return &LocalDateTime{l.t.Add(time.Duration(n) * time.Second)}
}

// Plus is plus(TemporalAmount) for a Duration.
func (l *LocalDateTime) Plus(d *Duration) *LocalDateTime {
	return &LocalDateTime{l.t.Add(time.Duration(d.seconds)*time.Second + time.Duration(d.nanos))}
}

// Minus is minus(TemporalAmount) for a Duration.
func (l *LocalDateTime) Minus(d *Duration) *LocalDateTime { return l.Plus(d.Negated()) }

// MinusDays is minusDays(long).
func (l *LocalDateTime) MinusDays(n int64) *LocalDateTime { return l.PlusDays(-n) }

// MinusHours is minusHours(long).
func (l *LocalDateTime) MinusHours(n int64) *LocalDateTime { return l.PlusHours(-n) }

// MinusMinutes is minusMinutes(long).
func (l *LocalDateTime) MinusMinutes(n int64) *LocalDateTime { return l.PlusMinutes(-n) }

// MinusWeeks is minusWeeks(long).
func (l *LocalDateTime) MinusWeeks(n int64) *LocalDateTime { return l.PlusDays(-7 * n) }

// MinusMonths is minusMonths(long).
func (l *LocalDateTime) MinusMonths(n int64) *LocalDateTime { return l.PlusMonths(-n) }

// ToLocalDate is toLocalDate().
func (l *LocalDateTime) ToLocalDate() *LocalDate {
	return &LocalDate{time.Date(l.t.Year(), l.t.Month(), l.t.Day(), 0, 0, 0, 0, time.UTC)}
}

// ToLocalTime is toLocalTime().
func (l *LocalDateTime) ToLocalTime() *LocalTime {
	return &LocalTime{time.Date(1970, 1, 1, l.t.Hour(), l.t.Minute(), l.t.Second(), l.t.Nanosecond(), time.UTC)}
}

// AtZone is atZone(ZoneId): the same wall clock in zone (a gap moves forward, as Java).
func (l *LocalDateTime) AtZone(zone *ZoneId) *ZonedDateTime {
	t := l.t
	return &ZonedDateTime{time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), zone.loc), zone}
}

// ToEpochSecond is toEpochSecond(ZoneOffset).
func (l *LocalDateTime) ToEpochSecond(offset *ZoneId) int64 { return l.AtZone(offset).ToEpochSecond() }

// IsBefore is isBefore(ChronoLocalDateTime).
func (l *LocalDateTime) IsBefore(o *LocalDateTime) bool { return l.t.Before(o.t) }

// IsAfter is isAfter(ChronoLocalDateTime).
func (l *LocalDateTime) IsAfter(o *LocalDateTime) bool { return l.t.After(o.t) }

// IsEqual is isEqual(ChronoLocalDateTime).
func (l *LocalDateTime) IsEqual(o *LocalDateTime) bool { return l.t.Equal(o.t) }

// CompareTo is compareTo(ChronoLocalDateTime).
func (l *LocalDateTime) CompareTo(o *LocalDateTime) int32 { return int32(l.t.Compare(o.t)) }

// Equals is equals(Object).
func (l *LocalDateTime) Equals(o any) bool {
	x, ok := o.(*LocalDateTime)
	return ok && x != nil && x.t.Equal(l.t)
}

// HashCode is hashCode(): date hash ^ time hash.
func (l *LocalDateTime) HashCode() int32 {
	nod := int64(l.t.Hour())*3600e9 + int64(l.t.Minute())*60e9 + int64(l.t.Second())*1e9 + int64(l.t.Nanosecond())
	return l.ToLocalDate().HashCode() ^ int32(nod^int64(uint64(nod)>>32))
}

// Format is format(DateTimeFormatter).
func (l *LocalDateTime) Format(f *DateTimeFormatter) string { return f.Format(l) }

// String is toString(): yyyy-MM-ddTHH:mm[:ss[.fff]].
func (l *LocalDateTime) String() string { return formatISODate(l.t) + "T" + formatISOTime(l.t, false) }

// ZoneId is java.time.ZoneId (and ZoneOffset): a region or a fixed offset.
type ZoneId struct {
	id  string
	loc *time.Location
}

// ZoneOffsetUtc is ZoneOffset.UTC.
var ZoneOffsetUtc = &ZoneId{"Z", time.UTC}

// ZoneIdSystemDefault is the static ZoneId.systemDefault().
func ZoneIdSystemDefault() *ZoneId { return &ZoneId{TimeZoneGetDefault().id, time.Local} }

// ZoneIdOf is the static ZoneId.of(String): "Europe/Berlin", "UTC", "Z", "+02:00".
func ZoneIdOf(zoneID string) *ZoneId {
	switch {
	case zoneID == "Z":
		return ZoneOffsetUtc
	case strings.HasPrefix(zoneID, "+") || strings.HasPrefix(zoneID, "-"):
		if off, ok := parseGMTOffset("GMT" + zoneID); ok {
			return &ZoneId{zoneID, time.FixedZone(zoneID, off)}
		}
	default:
		if loc, err := time.LoadLocation(zoneID); err == nil && zoneID != "" && zoneID != "Local" {
			return &ZoneId{zoneID, loc}
		}
	}
	panic(NewDateTimeException2("Unknown time-zone ID: " + zoneID))
}

// ZoneOffsetOfHours is the static ZoneOffset.ofHours(int).
func ZoneOffsetOfHours(hours int32) *ZoneId {
	if hours == 0 {
		return ZoneOffsetUtc
	}
	id := offsetString(int(hours)*3600, true)
	return &ZoneId{id, time.FixedZone(id, int(hours)*3600)}
}

// Id is getId().
func (z *ZoneId) Id() string { return z.id }

// String is toString().
func (z *ZoneId) String() string { return z.id }

// Equals is equals(Object).
func (z *ZoneId) Equals(o any) bool {
	x, ok := o.(*ZoneId)
	return ok && x != nil && x.id == z.id
}

// HashCode is hashCode().
func (z *ZoneId) HashCode() int32 { return StrHashCode(z.id) }

// ZonedDateTime is java.time.ZonedDateTime.
type ZonedDateTime struct {
	t    time.Time
	zone *ZoneId
}

// ZonedDateTimeNow is the static ZonedDateTime.now().
func ZonedDateTimeNow() *ZonedDateTime {
	z := ZoneIdSystemDefault()
	return &ZonedDateTime{time.Now().In(z.loc), z}
}

// ZonedDateTimeOf is the static ZonedDateTime.of(LocalDateTime, ZoneId).
func ZonedDateTimeOf(ldt *LocalDateTime, zone *ZoneId) *ZonedDateTime { return ldt.AtZone(zone) }

func (z *ZonedDateTime) localTime() time.Time {
	t := z.t
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
}

func (z *ZonedDateTime) instant() (int64, int32, bool) {
	return z.t.Unix(), int32(z.t.Nanosecond()), true
}

// ToInstant is toInstant().
func (z *ZonedDateTime) ToInstant() *Instant { return &Instant{z.t.Unix(), int32(z.t.Nanosecond())} }

// ToEpochSecond is toEpochSecond().
func (z *ZonedDateTime) ToEpochSecond() int64 { return z.t.Unix() }

// ToLocalDateTime is toLocalDateTime().
func (z *ZonedDateTime) ToLocalDateTime() *LocalDateTime { return &LocalDateTime{z.localTime()} }

// ToLocalDate is toLocalDate().
func (z *ZonedDateTime) ToLocalDate() *LocalDate { return z.ToLocalDateTime().ToLocalDate() }

// Zone is getZone().
func (z *ZonedDateTime) Zone() *ZoneId { return z.zone }

// WithZoneSameInstant is withZoneSameInstant(ZoneId).
func (z *ZonedDateTime) WithZoneSameInstant(zone *ZoneId) *ZonedDateTime {
	return &ZonedDateTime{z.t.In(zone.loc), zone}
}

// Year is getYear().
func (z *ZonedDateTime) Year() int32 { return int32(z.t.Year()) }

// MonthValue is getMonthValue().
func (z *ZonedDateTime) MonthValue() int32 { return int32(z.t.Month()) }

// DayOfMonth is getDayOfMonth().
func (z *ZonedDateTime) DayOfMonth() int32 { return int32(z.t.Day()) }

// DayOfWeek is getDayOfWeek().
func (z *ZonedDateTime) DayOfWeek() *DayOfWeek { return dayOfWeekOfGo(z.t.Weekday()) }

// Hour is getHour().
func (z *ZonedDateTime) Hour() int32 { return int32(z.t.Hour()) }

// Minute is getMinute().
func (z *ZonedDateTime) Minute() int32 { return int32(z.t.Minute()) }

// PlusDays is plusDays(long): same wall clock.
func (z *ZonedDateTime) PlusDays(n int64) *ZonedDateTime {
	return &ZonedDateTime{z.t.AddDate(0, 0, int(n)), z.zone}
}

// PlusHours is plusHours(long): elapsed time.
func (z *ZonedDateTime) PlusHours(n int64) *ZonedDateTime {
	return &ZonedDateTime{z.t.Add(time.Duration(n) * time.Hour), z.zone}
}

// IsBefore is isBefore(ChronoZonedDateTime).
func (z *ZonedDateTime) IsBefore(o *ZonedDateTime) bool { return z.t.Before(o.t) }

// IsAfter is isAfter(ChronoZonedDateTime).
func (z *ZonedDateTime) IsAfter(o *ZonedDateTime) bool { return z.t.After(o.t) }

// Format is format(DateTimeFormatter).
func (z *ZonedDateTime) Format(f *DateTimeFormatter) string { return f.Format(z) }

// String is toString(): `2023-11-14T23:13:20.123+01:00[Europe/Berlin]`.
func (z *ZonedDateTime) String() string {
	_, off := z.t.Zone()
	s := formatISODate(z.t) + "T" + formatISOTime(z.t, false)
	offs := "Z"
	if off != 0 {
		offs = offsetString(off, true)
	}
	if z.zone.id == offs || z.zone == ZoneOffsetUtc {
		return s + offs
	}
	return s + offs + "[" + z.zone.id + "]"
}

// DateTimeParseException is java.time.format.DateTimeParseException.
type DateTimeParseException interface {
	DateTimeException
	// AsDateTimeParseException gives the struct behind the value.
	AsDateTimeParseException() *DateTimeParseExceptionImpl
	// ParsedString is getParsedString().
	ParsedString() string
	// ErrorIndex is getErrorIndex().
	ErrorIndex() int32
}

// DateTimeParseExceptionImpl is the struct behind DateTimeParseException.
type DateTimeParseExceptionImpl struct {
	DateTimeExceptionImpl
	parsed string
	index  int32
}

// AsDateTimeParseException gives the struct behind the value.
func (e *DateTimeParseExceptionImpl) AsDateTimeParseException() *DateTimeParseExceptionImpl { return e }

// NewDateTimeParseException is the constructor DateTimeParseException(String, CharSequence,
// int).
func NewDateTimeParseException(message, parsedData string, errorIndex int32) *DateTimeParseExceptionImpl {
	e := &DateTimeParseExceptionImpl{}
	e.InitDateTimeParseException(e, message, parsedData, errorIndex)
	return e
}

// InitDateTimeParseException runs DateTimeParseException(String, CharSequence, int) on a
// DateTimeParseException or the DateTimeParseException part of a subclass.
func (e *DateTimeParseExceptionImpl) InitDateTimeParseException(self DateTimeParseException, message, parsedData string, errorIndex int32) {
	e.DateTimeExceptionImpl.InitDateTimeException2(self, message)
	e.parsed, e.index = parsedData, errorIndex
}

// ParsedString is getParsedString().
func (e *DateTimeParseExceptionImpl) ParsedString() string { return e.parsed }

// ErrorIndex is getErrorIndex().
func (e *DateTimeParseExceptionImpl) ErrorIndex() int32 { return e.index }

func init() {
	RegisterEnumValues("java.time.DayOfWeek", DayOfWeekValues)
	RegisterEnumValues("java.time.Month", MonthValues)
	RegisterEnumValues("java.time.temporal.ChronoUnit", ChronoUnitValues)
	registerClassNames(map[string]string{
		"DayOfWeek": "java.time.DayOfWeek", "Month": "java.time.Month", "ChronoUnit": "java.time.temporal.ChronoUnit",
		"Duration": "java.time.Duration", "Instant": "java.time.Instant", "LocalDate": "java.time.LocalDate",
		"LocalTime": "java.time.LocalTime", "LocalDateTime": "java.time.LocalDateTime", "ZoneId": "java.time.ZoneRegion",
		"ZonedDateTime": "java.time.ZonedDateTime", "DateTimeParseException": "java.time.format.DateTimeParseException",
		"DateTimeParseExceptionImpl": "java.time.format.DateTimeParseException",
	})
}
