package java

import "time"

// Date is java.util.Date: milliseconds since the epoch. Calendar fields (the deprecated
// getters, toString) use the default time zone, Go's time.Local (TZ, /etc/localtime), as
// Java's default TimeZone does.
type Date struct{ ms int64 }

// NewDate is the constructor Date(): now.
func NewDate() *Date { return &Date{SystemCurrentTimeMillis()} }

// NewDate2 is the constructor Date(long).
func NewDate2(date int64) *Date { return &Date{date} }

// Time is getTime().
func (d *Date) Time() int64 { return d.ms }

// SetTime is setTime(long).
func (d *Date) SetTime(time int64) { d.ms = time }

// Before is before(Date).
func (d *Date) Before(when *Date) bool { return d.ms < when.ms }

// After is after(Date).
func (d *Date) After(when *Date) bool { return d.ms > when.ms }

// CompareTo is compareTo(Date).
func (d *Date) CompareTo(other *Date) int32 { return LongCompare(d.ms, other.ms) }

// Equals is equals(Object): another Date with the same time.
func (d *Date) Equals(o any) bool {
	x, ok := o.(*Date)
	return ok && x != nil && x.ms == d.ms
}

// HashCode is hashCode(): (int) t ^ (int) (t >>> 32).
func (d *Date) HashCode() int32 { return int32(d.ms) ^ int32(uint64(d.ms)>>32) }

// Clone is clone().
func (d *Date) Clone() *Date { return &Date{d.ms} }

// goTime is the instant in the default time zone.
func (d *Date) goTime() time.Time { return time.UnixMilli(d.ms).In(time.Local) }

// String is toString(): `Thu Jan 01 00:00:00 UTC 1970` in the default time zone.
func (d *Date) String() string { return d.goTime().Format("Mon Jan 02 15:04:05 MST 2006") }

// Year is the deprecated getYear(): the year minus 1900.
func (d *Date) Year() int32 { return int32(d.goTime().Year() - 1900) }

// Month is the deprecated getMonth(): 0 for January.
func (d *Date) Month() int32 { return int32(d.goTime().Month() - 1) }

// Date is the deprecated getDate(): the day of the month.
func (d *Date) Date() int32 { return int32(d.goTime().Day()) }

// Day is the deprecated getDay(): 0 for Sunday.
func (d *Date) Day() int32 { return int32(d.goTime().Weekday()) }

// Hours is the deprecated getHours().
func (d *Date) Hours() int32 { return int32(d.goTime().Hour()) }

// Minutes is the deprecated getMinutes().
func (d *Date) Minutes() int32 { return int32(d.goTime().Minute()) }

// Seconds is the deprecated getSeconds().
func (d *Date) Seconds() int32 { return int32(d.goTime().Second()) }

func init() {
	registerClassNames(map[string]string{"Date": "java.util.Date"})
}
