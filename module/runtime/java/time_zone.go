package java

import (
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

// TimeZone is java.util.TimeZone over a Go *time.Location (the IANA database, as Java's).
type TimeZone struct {
	id  string
	loc *time.Location
}

var (
	defaultZoneMu sync.Mutex
	defaultZone   *TimeZone
)

// TimeZoneGetDefault is the static TimeZone.getDefault(): Go's time.Local.
func TimeZoneGetDefault() *TimeZone {
	defaultZoneMu.Lock()
	defer defaultZoneMu.Unlock()
	if defaultZone == nil {
		id := time.Local.String()
		if id == "Local" || id == "" {
			id = localZoneID()
		}
		defaultZone = &TimeZone{id, time.Local}
	}
	return defaultZone
}

// localZoneID names the local zone as Java does: TZ, else the /etc/localtime link target.
func localZoneID() string {
	if tz, ok := os.LookupEnv("TZ"); ok && tz != "" {
		return strings.TrimPrefix(tz, ":")
	}
	if target, err := os.Readlink("/etc/localtime"); err == nil {
		if i := strings.Index(target, "zoneinfo/"); i >= 0 {
			return target[i+len("zoneinfo/"):]
		}
	}
	return "UTC"
}

// TimeZoneSetDefault is the static TimeZone.setDefault(TimeZone): it also sets Go's
// time.Local, which Date and the formatters use.
func TimeZoneSetDefault(zone *TimeZone) {
	defaultZoneMu.Lock()
	defer defaultZoneMu.Unlock()
	defaultZone = zone
	if zone != nil {
		time.Local = zone.loc
	}
}

// TimeZoneGetTimeZone is the static TimeZone.getTimeZone(String): an IANA id, "UTC",
// "GMT" or "GMT+hh:mm"; GMT for an unknown id, as in Java.
func TimeZoneGetTimeZone(id string) *TimeZone {
	if off, ok := parseGMTOffset(id); ok {
		return &TimeZone{id, time.FixedZone(id, off)}
	}
	if id == "UTC" || id == "GMT" {
		return &TimeZone{id, time.FixedZone(id, 0)}
	}
	loc, err := time.LoadLocation(id)
	if err != nil || id == "" || id == "Local" {
		return &TimeZone{"GMT", time.FixedZone("GMT", 0)}
	}
	return &TimeZone{id, loc}
}

// parseGMTOffset reads "GMT+hh:mm", "GMT-h", "GMT+hhmm" as seconds east of UTC.
func parseGMTOffset(id string) (int, bool) {
	if !strings.HasPrefix(id, "GMT") || len(id) < 5 {
		return 0, false
	}
	sign := 1
	switch id[3] {
	case '+':
	case '-':
		sign = -1
	default:
		return 0, false
	}
	rest := id[4:]
	h, m := rest, "0"
	if i := strings.IndexByte(rest, ':'); i >= 0 {
		h, m = rest[:i], rest[i+1:]
	} else if len(rest) > 2 {
		h, m = rest[:len(rest)-2], rest[len(rest)-2:]
	}
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || hh > 23 || mm > 59 {
		return 0, false
	}
	return sign * (hh*3600 + mm*60), true
}

// ID is getID().
func (z *TimeZone) ID() string { return z.id }

// RawOffset is getRawOffset(): the standard (non-summer) offset in ms, now.
func (z *TimeZone) RawOffset() int32 {
	now := time.Now().In(z.loc)
	_, off := now.Zone()
	if now.IsDST() {
		// The standard offset is the one of a date half a year away.
		_, off = now.AddDate(0, 6, 0).Zone()
	}
	return int32(off) * 1000
}

// GetOffset is getOffset(long): the offset from UTC at that instant, in ms.
func (z *TimeZone) GetOffset(date int64) int32 {
	_, off := time.UnixMilli(date).In(z.loc).Zone()
	return int32(off) * 1000
}

// InDaylightTime is inDaylightTime(Date).
func (z *TimeZone) InDaylightTime(date *Date) bool { return time.UnixMilli(date.ms).In(z.loc).IsDST() }

// DisplayName is getDisplayName(): the long name of the standard time.
func (z *TimeZone) DisplayName() string {
	t := time.Now().In(z.loc)
	return zoneLongName(t)
}

// String is toString().
func (z *TimeZone) String() string {
	return "sun.util.calendar.ZoneInfo[id=\"" + z.id + "\",offset=" + IntStr(z.RawOffset()) + "]"
}

// zoneShortName is the `z` of SimpleDateFormat: the abbreviation, or GMT+hh:mm when the
// zone has none.
func zoneShortName(t time.Time) string {
	name, off := t.Zone()
	if name == "" || name[0] == '+' || name[0] == '-' {
		return gmtOffsetName(off)
	}
	return name
}

func gmtOffsetName(off int) string {
	if off == 0 {
		return "GMT"
	}
	sign := '+'
	if off < 0 {
		sign, off = '-', -off
	}
	return "GMT" + string(sign) + twoDigits(off/3600) + ":" + twoDigits(off/60%60)
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// zoneLongNames are Java's English long names of common abbreviations (Go's zone data
// has abbreviations only).
var zoneLongNames = map[string]string{
	"UTC": "Coordinated Universal Time", "GMT": "Greenwich Mean Time",
	"CET": "Central European Standard Time", "CEST": "Central European Summer Time",
	"EET": "Eastern European Standard Time", "EEST": "Eastern European Summer Time",
	"WET": "Western European Standard Time", "WEST": "Western European Summer Time",
	"BST": "British Summer Time", "MSK": "Moscow Standard Time",
	"EST": "Eastern Standard Time", "EDT": "Eastern Daylight Time",
	"CST": "Central Standard Time", "CDT": "Central Daylight Time",
	"MST": "Mountain Standard Time", "MDT": "Mountain Daylight Time",
	"PST": "Pacific Standard Time", "PDT": "Pacific Daylight Time",
	"JST": "Japan Standard Time", "KST": "Korean Standard Time",
}

func zoneLongName(t time.Time) string {
	name, off := t.Zone()
	if long, ok := zoneLongNames[name]; ok {
		return long
	}
	return gmtOffsetName(off)
}
