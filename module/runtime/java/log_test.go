package java

import (
	"bytes"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
)

var logTestRuns atomic.Int32

// captureLog sends the log output to a buffer (no time attribute) at level for the test.
func captureLog(t *testing.T, level slog.Level) *bytes.Buffer {
	var buf bytes.Buffer
	h := slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: level, ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return slogLevelNames(g, a)
	}})
	SetLogOutput(h)
	t.Cleanup(func() { SetLogOutput(nil) })
	return &buf
}

func TestSlf4jFormatting(t *testing.T) {
	cases := []struct {
		pattern string
		args    []any
		want    string
	}{
		// Examples of org.slf4j.helpers.MessageFormatter's documentation.
		{"Hi {}.", []any{"there"}, "Hi there."},
		{"Set {1,2,3} is not equal to {}.", []any{"1,2"}, "Set {1,2,3} is not equal to 1,2."},
		{`Set \{} is not equal to {}.`, []any{"1,2"}, "Set {} is not equal to 1,2."},
		{`File name is C:\\{}.`, []any{"file.zip"}, `File name is C:\file.zip.`},
		{"{} and {}", []any{int32(1)}, "1 and {}"},
		{"{} {}", []any{nil, []int32{1, 2}}, "null [1, 2]"},
		{"no placeholders", []any{"x"}, "no placeholders"},
		{"{}{}", []any{"a", "b", "c"}, "ab"},
		{"nested {}", []any{[]any{"a", []string{"b"}}}, "nested [a, [b]]"},
	}
	for _, c := range cases {
		if got := MessageFormatterArrayFormat(c.pattern, c.args).Message(); got != c.want {
			t.Errorf("%q %v: %q, want %q", c.pattern, c.args, got, c.want)
		}
	}
	ex := NewIllegalStateException2("boom")
	tup := MessageFormatterFormat("failed {}", "x", ex)
	if tup.Message() != "failed x" || tup.Throwable() != Throwable(ex) || len(tup.ArgArray()) != 1 {
		t.Fatalf("trailing throwable: %q %v", tup.Message(), tup.Throwable())
	}
}

func TestSlf4jLoggerOutput(t *testing.T) {
	buf := captureLog(t, slog.LevelInfo)
	log := LoggerFactoryGetLogger("com.l2jserver.Test")
	if log != LoggerFactoryGetLogger("com.l2jserver.Test") || log.Name() != "com.l2jserver.Test" {
		t.Fatal("one logger per name")
	}
	log.Info("Loaded {} items in {} ms.", int32(42), int64(7))
	log.Debug("hidden {}", "x")
	log.Error("Could not load {}!", "file.xml", NewIOException2("gone"))
	want := "level=INFO msg=\"Loaded 42 items in 7 ms.\" logger=com.l2jserver.Test\n" +
		"level=ERROR msg=\"Could not load file.xml!\" logger=com.l2jserver.Test exception=\"java.io.IOException: gone\"\n"
	if buf.String() != want {
		t.Fatalf("output:\n%s\nwant:\n%s", buf.String(), want)
	}
	if log.IsDebugEnabled() || !log.IsInfoEnabled() || !log.IsErrorEnabled() {
		t.Fatal("enabled levels follow the output's level")
	}
	buf2 := captureLog(t, slogTrace)
	log.Trace("t {}", 1.5)
	if buf2.String() != "level=TRACE msg=\"t 1.5\" logger=com.l2jserver.Test\n" {
		t.Fatalf("trace: %q", buf2.String())
	}
	named := LoggerFactoryGetLoggerClass(ClassOf[*counterObj]())
	if !strings.HasSuffix(named.Name(), "counterObj") {
		t.Fatalf("class logger name %q", named.Name())
	}
}

func TestJulLoggerLevelsAndHierarchy(t *testing.T) {
	buf := captureLog(t, slogTrace)
	base := "jt" + IntStr(logTestRuns.Add(1)) // loggers live for the process: fresh names per run
	parent := LoggingLoggerGetLogger(base)
	child := LoggingLoggerGetLogger(base + ".a.b")
	if child.Parent() != parent || LoggingLoggerGetLogger(base+".a.b") != child {
		t.Fatal("hierarchy")
	}
	mid := LoggingLoggerGetLogger(base + ".a")
	if child.Parent() != mid || mid.Parent() != parent {
		t.Fatal("a logger created between re-parents its descendants")
	}
	child.Fine("not shown: root level is INFO")
	child.Info("shown")
	parent.SetLevel(LevelFine)
	child.Fine("now shown")
	child.Finest("still hidden")
	child.LogParam(LevelWarning, "Player {0} has {1} adena", "Bob")
	child.LogParams(LevelSevere, "{0} + {1} = {2}", []any{int32(1000), 2.5, "x"})
	child.LogThrown(LevelWarning, "failed", NewRuntimeException2("why"))
	want := strings.ReplaceAll("level=INFO msg=shown logger=jt.a.b\n"+
		"level=DEBUG msg=\"now shown\" logger=jt.a.b\n"+
		"level=WARN msg=\"Player Bob has {1} adena\" logger=jt.a.b\n"+
		"level=ERROR msg=\"1,000 + 2.5 = x\" logger=jt.a.b\n"+
		"level=WARN msg=failed logger=jt.a.b exception=\"java.lang.RuntimeException: why\"\n", "jt.", base+".")
	if buf.String() != want {
		t.Fatalf("output:\n%s\nwant:\n%s", buf.String(), want)
	}
	if !child.IsLoggable(LevelFine) || child.IsLoggable(LevelFinest) || child.Level() != nil {
		t.Fatal("effective level")
	}
	parent.SetLevel(LevelOff)
	if child.IsLoggable(LevelSevere) {
		t.Fatal("OFF")
	}
	parent.SetLevel(nil)
}

type recordingHandler struct {
	HandlerImpl
	records []*LogRecord
}

func (h *recordingHandler) Publish(r *LogRecord) {
	if h.IsLoggable(r) {
		h.records = append(h.records, r)
	}
}
func (h *recordingHandler) Flush() {}
func (h *recordingHandler) Close() {}

func TestJulHandlersAndRecords(t *testing.T) {
	buf := captureLog(t, slog.LevelInfo)
	l := LoggingLoggerGetLogger("jh.x")
	h := &recordingHandler{}
	h.InitHandler(h)
	h.SetLevel(LevelWarning)
	l.AddHandler(h)
	l.SetUseParentHandlers(false)
	l.Info("only the root would print this")
	l.Warning("kept")
	rec := NewLogRecord(LevelInfo, "olympiad")
	rec.SetParameters([]any{"a", "b", int32(0)})
	rec.SetLoggerName("jh.x")
	l.LogRecord(rec)
	if len(h.records) != 1 || h.records[0].Message() != "kept" || h.records[0].Level() != LevelWarning || h.records[0].LoggerName() != "jh.x" {
		t.Fatalf("handler got %v", h.records)
	}
	if buf.Len() != 0 {
		t.Fatalf("useParentHandlers(false) still reached the root: %q", buf.String())
	}
	// Java 17: Level.parse and the names/values of the standard levels.
	if LevelParse("WARNING") != LevelWarning || LevelParse("800") != LevelInfo || LevelParse("FINE").IntValue() != 500 || LevelAll.IntValue() != -2147483648 {
		t.Fatal("levels")
	}
	if s := thrown(func() { LevelParse("LOUD") }); s != "java.lang.IllegalArgumentException: Bad level \"LOUD\"" {
		t.Fatalf("parse: %q", s)
	}
	f := NewSimpleFormatter()
	r := NewLogRecord(LevelWarning, "Player {0} left")
	r.SetParameters([]any{"Bob"})
	r.SetLoggerName("jh.x")
	out := f.Format(r)
	if !strings.HasSuffix(out, " jh.x\nWARNING: Player Bob left\n") {
		t.Fatalf("SimpleFormatter: %q", out)
	}
	// reset + SLF4JBridgeHandler.install(), as L2J's GameServer does.
	LogManagerGetLogManager().Reset()
	if len(rootLogger().Handlers()) != 0 || l.Level() != nil {
		t.Fatal("reset")
	}
	SLF4JBridgeHandlerInstall()
	defer func() {
		SLF4JBridgeHandlerUninstall()
		rootLogger().AddHandler(NewOutputHandler())
	}()
	if !SLF4JBridgeHandlerIsInstalled() {
		t.Fatal("bridge not installed")
	}
	LoggingLoggerGetLogger("jh.y").Info("via bridge")
	if buf.String() != "level=INFO msg=\"via bridge\" logger=jh.y\n" {
		t.Fatalf("bridge output %q", buf.String())
	}
}

func TestMessageFormatAndDecimalFormat(t *testing.T) {
	// Java 17 (Nf.java).
	if s := MessageFormatFormat("a {0} b {1} c {2} d {3} ''q'' '{0}' {5}", int32(1234567), 3.14159, "str", nil); s != "a 1,234,567 b 3.142 c str d null 'q' {0} {5}" {
		t.Errorf("MessageFormat: %q", s)
	}
	if s := MessageFormatFormat("x {0,number,integer} {0,number,#.##}", 2.5); s != "x 2 2.5" {
		t.Errorf("MessageFormat number styles: %q", s)
	}
	nf := NumberFormatGetInstance()
	inputs := []float64{1234.5678, 0.15, 0.125, -0.0001, 1e20, 1.0 / 3, 123456789.0, 2.5, 3.5, 1e-10, 0.0005, 0.0015}
	want := []string{"1,234.568", "0.15", "0.125", "-0", "100,000,000,000,000,000,000", "0.333", "123,456,789", "2.5", "3.5", "0", "0.001", "0.002"}
	for i, v := range inputs {
		if got := nf.Format(v); got != want[i] {
			t.Errorf("NumberFormat(%v) = %q, want %q", v, got, want[i])
		}
	}
	if nf.Format(int64(1234567)) != "1,234,567" || nf.Format(int32(-5)) != "-5" || NumberFormatGetIntegerInstance().Format(2.5) != "2" ||
		NumberFormatGetIntegerInstance().Format(3.5) != "4" || NumberFormatGetPercentInstance().Format(0.256) != "26%" {
		t.Error("integer/percent instances")
	}
	patterns := map[string]string{
		"0.00":        "[0.00] [1.00] [-1234.50] [0.50] [1.50] [12345678.90] [-0.00]",
		"#,##0.00":    "[0.00] [1.00] [-1,234.50] [0.50] [1.50] [12,345,678.90] [-0.00]",
		"#.##":        "[0] [1] [-1234.5] [0.5] [1.5] [12345678.9] [-0]",
		"000":         "[000] [001] [-1234] [000] [002] [12345679] [-000]",
		"0.0#":        "[0.0] [1.0] [-1234.5] [0.5] [1.5] [12345678.9] [-0.0]",
		"#,##0":       "[0] [1] [-1,234] [0] [2] [12,345,679] [-0]",
		"0.00%":       "[0.00%] [100.50%] [-123450.00%] [50.00%] [150.00%] [1234567890.00%] [-0.10%]",
		"#":           "[0] [1] [-1234] [0] [2] [12345679] [-0]",
		"'#'0":        "[#0] [#1] [-#1234] [#0] [#2] [#12345679] [-#0]",
		"0.0;(0.0)":   "[0.0] [1.0] [(1234.5)] [0.5] [1.5] [12345678.9] [(0.0)]",
		"##0.0 units": "[0.0 units] [1.0 units] [-1234.5 units] [0.5 units] [1.5 units] [12345678.9 units] [-0.0 units]",
		"#,###.#":     "[0] [1] [-1,234.5] [0.5] [1.5] [12,345,678.9] [-0]",
	}
	values := []float64{0, 1.005, -1234.5, 0.5, 1.5, 12345678.9, -0.001}
	for p, w := range patterns {
		df := NewDecimalFormat3(p, NewDecimalFormatSymbols2(LocaleEnglish))
		var parts []string
		for _, v := range values {
			parts = append(parts, "["+df.Format(v)+"]")
		}
		if got := strings.Join(parts, " "); got != w {
			t.Errorf("%s => %s\n  want %s", p, got, w)
		}
	}
	df := NewDecimalFormat2("0.00")
	df.SetRoundingMode(RoundingModeHalfUp)
	if got := df.Format(1.005) + " " + df.Format(1.125) + " " + df.Format(2.675) + " " + df.Format(-1.125); got != "1.00 1.13 2.67 -1.13" {
		t.Errorf("HALF_UP: %s", got)
	}
	if v := NewDecimalFormat().Parse("1,234.5"); v != 1234.5 {
		t.Errorf("parse: %v", v)
	}
	if v := NewDecimalFormat().Parse("-42"); v != int64(-42) {
		t.Errorf("parse long: %#v", v)
	}
}
