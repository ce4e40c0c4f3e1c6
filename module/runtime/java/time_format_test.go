package java

import "testing"

func utcFormat(pattern string) *SimpleDateFormat {
	f := NewSimpleDateFormat3(pattern, LocaleUs)
	f.SetTimeZone(TimeZoneGetTimeZone("UTC"))
	return f
}

func TestSimpleDateFormatMatchesJava(t *testing.T) {
	d := NewDate2(1700000000123)
	// Java 17 (Sdf.java), default zone UTC.
	cases := map[string]string{
		"yyyy-MM-dd HH:mm:ss":          "2023-11-14 22:13:20",
		"dd/MM/yyyy HH:mm":             "14/11/2023 22:13",
		"yy/MM/dd":                     "23/11/14",
		"dd MMM yyyy":                  "14 Nov 2023",
		"EEEE, MMMM d, y":              "Tuesday, November 14, 2023",
		"EEE MMM dd HH:mm:ss zzz yyyy": "Tue Nov 14 22:13:20 UTC 2023",
		"h:mm a":                       "10:13 PM",
		"K:mm a, z":                    "10:13 PM, UTC",
		"yyyy.MM.dd G 'at' HH:mm:ss z": "2023.11.14 AD at 22:13:20 UTC",
		"yyyyy.MMMMM.dd GGG hh:mm aaa": "02023.November.14 AD 10:13 PM",
		"EEE, d MMM yyyy HH:mm:ss Z":   "Tue, 14 Nov 2023 22:13:20 +0000",
		"yyMMddHHmmssZ":                "231114221320+0000",
		"yyyy-MM-dd'T'HH:mm:ss.SSSZ":   "2023-11-14T22:13:20.123+0000",
		"yyyy-MM-dd'T'HH:mm:ss.SSSXXX": "2023-11-14T22:13:20.123Z",
		"YYYY-'W'ww-u":                 "2023-W46-2",
		"D F w W k S SSSS":             "318 2 46 3 22 123 0123",
		"''h'' 'o''clock'":             "'10' o'clock",
		"zzzz X XX":                    "Coordinated Universal Time Z Z",
	}
	for p, want := range cases {
		if got := utcFormat(p).Format(d); got != want {
			t.Errorf("%s => %q, want %q", p, got, want)
		}
	}
	styles := []string{
		"Tuesday, November 14, 2023 | 10:13:20 PM Coordinated Universal Time | Tuesday, November 14, 2023 at 10:13:20 PM Coordinated Universal Time",
		"November 14, 2023 | 10:13:20 PM UTC | November 14, 2023 at 10:13:20 PM UTC",
		"Nov 14, 2023 | 10:13:20 PM | Nov 14, 2023, 10:13:20 PM",
		"11/14/23 | 10:13 PM | 11/14/23, 10:13 PM",
	}
	utc := TimeZoneGetTimeZone("UTC")
	for s := int32(0); s < 4; s++ {
		df, tf, dtf := DateFormatGetDateInstance2(s, LocaleUs), DateFormatGetTimeInstance(s), DateFormatGetDateTimeInstance(s, s)
		df.SetTimeZone(utc)
		tf.SetTimeZone(utc)
		dtf.SetTimeZone(utc)
		if got := df.Format(d) + " | " + tf.Format(d) + " | " + dtf.Format(d); got != styles[s] {
			t.Errorf("style %d: %q", s, got)
		}
	}
	berlin := NewSimpleDateFormat2("yyyy-MM-dd HH:mm zzz Z")
	berlin.SetTimeZone(TimeZoneGetTimeZone("Europe/Berlin"))
	if got := berlin.Format(d); got != "2023-11-14 23:13 CET +0100" {
		t.Errorf("Berlin: %q", got)
	}
	if z := TimeZoneGetTimeZone("Europe/Berlin"); z.RawOffset() != 3600000 || TimeZoneGetTimeZone("Nope").ID() != "GMT" {
		t.Error("TimeZone")
	}
	if s := thrown(func() { NewSimpleDateFormat2("yyyy-qq") }); s != "java.lang.IllegalArgumentException: Illegal pattern character 'q'" {
		t.Errorf("bad pattern: %q", s)
	}
}

func TestSimpleDateFormatParse(t *testing.T) {
	f := utcFormat("dd/MM/yyyy HH:mm")
	// Java 17: parse results in ms, lenient rollover, and the error offsets.
	if got := f.Parse("14/11/2023 22:13").Time(); got != 1699999980000 {
		t.Errorf("parse: %d", got)
	}
	if got := f.Parse("32/13/2023 25:61").Time(); got != 1706839260000 {
		t.Errorf("lenient parse: %d", got)
	}
	errs := []struct {
		src  string
		want string
		off  int32
	}{
		{"hello", "java.text.ParseException: Unparseable date: \"hello\"", 0},
		{"14/11/2023", "java.text.ParseException: Unparseable date: \"14/11/2023\"", 10},
	}
	for _, e := range errs {
		ex := Try(func() { f.Parse(e.src) })
		pe, ok := ex.(ParseException)
		if !ok || ex.String() != e.want || pe.ErrorOffset() != e.off {
			t.Errorf("parse %q: %v", e.src, ex)
		}
	}
	f.SetLenient(false)
	if ex := Try(func() { f.Parse("32/13/2023 25:61") }); ex == nil || ex.(ParseException).ErrorOffset() != 16 {
		t.Errorf("strict parse: %v", ex)
	}
	if got := utcFormat("dd MMM yyyy").Parse("05 Feb 2021").Time(); got != 1612483200000 {
		t.Errorf("month name: %d", got)
	}
	yy := utcFormat("yy/MM/dd")
	if a, b := yy.Parse("99/01/02").Time(), yy.Parse("23/01/02").Time(); a != 915235200000 || b != 1672617600000 {
		t.Errorf("two-digit years: %d %d", a, b)
	}
	if utcFormat("yyyyMMdd").Parse("20231114").Time() != 1699920000000 {
		t.Error("abutting numeric fields")
	}
	if f.ToPattern() != "dd/MM/yyyy HH:mm" {
		t.Error("toPattern")
	}
}

func TestDate(t *testing.T) {
	// Java 17 (Dt.java), zone UTC: toString, hashCode.
	d := NewDate2(1700000000123)
	if d.HashCode() != -807048720 || NewDate2(-5000).HashCode() != 4999 || NewDate2(0).HashCode() != 0 {
		t.Error("hashCode")
	}
	if d.goTime().In(TimeZoneGetTimeZone("UTC").loc).Format("Mon Jan 02 15:04:05 MST 2006") != "Tue Nov 14 22:13:20 UTC 2023" {
		t.Error("toString layout")
	}
	e := NewDate2(1700000000123)
	if !d.Equals(e) || d.CompareTo(NewDate2(0)) != 1 || !NewDate2(0).Before(d) || d.Equals(nil) {
		t.Error("equality and order")
	}
}
