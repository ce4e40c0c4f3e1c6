package java

import "math"

// TimeUnit is the enum java.util.concurrent.TimeUnit. Its constants are package variables
// (TimeUnitSeconds...), so a static import of TimeUnit.SECONDS reads java.TimeUnitSeconds.
type TimeUnit struct {
	name    string
	ordinal int32
	scale   int64 // nanoseconds in one unit
}

// The TimeUnit constants.
var (
	// TimeUnitNanoseconds is TimeUnit.NANOSECONDS.
	TimeUnitNanoseconds = &TimeUnit{"NANOSECONDS", 0, 1}
	// TimeUnitMicroseconds is TimeUnit.MICROSECONDS.
	TimeUnitMicroseconds = &TimeUnit{"MICROSECONDS", 1, 1_000}
	// TimeUnitMilliseconds is TimeUnit.MILLISECONDS.
	TimeUnitMilliseconds = &TimeUnit{"MILLISECONDS", 2, 1_000_000}
	// TimeUnitSeconds is TimeUnit.SECONDS.
	TimeUnitSeconds = &TimeUnit{"SECONDS", 3, 1_000_000_000}
	// TimeUnitMinutes is TimeUnit.MINUTES.
	TimeUnitMinutes = &TimeUnit{"MINUTES", 4, 60_000_000_000}
	// TimeUnitHours is TimeUnit.HOURS.
	TimeUnitHours = &TimeUnit{"HOURS", 5, 3_600_000_000_000}
	// TimeUnitDays is TimeUnit.DAYS.
	TimeUnitDays = &TimeUnit{"DAYS", 6, 86_400_000_000_000}
)

var timeUnits = []*TimeUnit{TimeUnitNanoseconds, TimeUnitMicroseconds, TimeUnitMilliseconds,
	TimeUnitSeconds, TimeUnitMinutes, TimeUnitHours, TimeUnitDays}

// TimeUnitValues is the static TimeUnit.values().
func TimeUnitValues() []*TimeUnit { return append([]*TimeUnit{}, timeUnits...) }

// TimeUnitValueOf is the static TimeUnit.valueOf(String).
func TimeUnitValueOf(name string) *TimeUnit {
	for _, u := range timeUnits {
		if u.name == name {
			return u
		}
	}
	panic(NewIllegalArgumentException2("No enum constant java.util.concurrent.TimeUnit." + name))
}

// Name is name().
func (u *TimeUnit) Name() string { return u.name }

// Ordinal is ordinal().
func (u *TimeUnit) Ordinal() int32 { return u.ordinal }

// String is toString(): the constant's name.
func (u *TimeUnit) String() string { return u.name }

// CompareTo is compareTo(TimeUnit): by ordinal.
func (u *TimeUnit) CompareTo(o *TimeUnit) int32 { return u.ordinal - o.ordinal }

// cvt converts d from src-scaled units to dst-scaled units as Java does: truncating toward
// zero when coarsening, saturating at Long.MIN_VALUE/MAX_VALUE when refining.
func cvt(d, dst, src int64) int64 {
	switch {
	case src == dst:
		return d
	case src < dst:
		return d / (dst / src)
	}
	r := src / dst
	m := math.MaxInt64 / r
	switch {
	case d > m:
		return math.MaxInt64
	case d < -m:
		return math.MinInt64
	}
	return d * r
}

// Convert is convert(long, TimeUnit): sourceDuration in sourceUnit, expressed in u.
func (u *TimeUnit) Convert(sourceDuration int64, sourceUnit *TimeUnit) int64 {
	return cvt(sourceDuration, u.scale, sourceUnit.scale)
}

// ToNanos is toNanos(long).
func (u *TimeUnit) ToNanos(d int64) int64 { return cvt(d, 1, u.scale) }

// ToMicros is toMicros(long).
func (u *TimeUnit) ToMicros(d int64) int64 { return cvt(d, TimeUnitMicroseconds.scale, u.scale) }

// ToMillis is toMillis(long).
func (u *TimeUnit) ToMillis(d int64) int64 { return cvt(d, TimeUnitMilliseconds.scale, u.scale) }

// ToSeconds is toSeconds(long).
func (u *TimeUnit) ToSeconds(d int64) int64 { return cvt(d, TimeUnitSeconds.scale, u.scale) }

// ToMinutes is toMinutes(long).
func (u *TimeUnit) ToMinutes(d int64) int64 { return cvt(d, TimeUnitMinutes.scale, u.scale) }

// ToHours is toHours(long).
func (u *TimeUnit) ToHours(d int64) int64 { return cvt(d, TimeUnitHours.scale, u.scale) }

// ToDays is toDays(long).
func (u *TimeUnit) ToDays(d int64) int64 { return cvt(d, TimeUnitDays.scale, u.scale) }

// Sleep is sleep(long): Thread.sleep for timeout units; nothing when timeout <= 0.
func (u *TimeUnit) Sleep(timeout int64) {
	if timeout <= 0 {
		return
	}
	if parkCurrent(nil, nanosDuration(u.ToNanos(timeout))) == parkInterrupted {
		panic(NewInterruptedException2("sleep interrupted"))
	}
}

// TimedJoin is timedJoin(Thread, long): Thread.join for timeout units.
func (u *TimeUnit) TimedJoin(thread Thread, timeout int64) {
	if timeout <= 0 {
		return
	}
	t := thread.AsThread()
	if t.finished() {
		return
	}
	if parkCurrent(t.done, nanosDuration(u.ToNanos(timeout))) == parkInterrupted {
		panic(NewInterruptedException())
	}
}

// TimedWait is timedWait(Object, long): Object.wait for timeout units (the caller holds
// obj's monitor).
func (u *TimeUnit) TimedWait(obj any, timeout int64) {
	if timeout <= 0 {
		return
	}
	monitorWait(obj, nanosDuration(u.ToNanos(timeout)))
}

func init() { RegisterEnumValues("java.util.concurrent.TimeUnit", TimeUnitValues) }
