package java

import (
	"context"
	"log/slog"
	"strings"
	"sync/atomic"
	"time"
)

// Where java.util.logging and SLF4J write. Both end in one log/slog Handler; by default a
// slog.TextHandler on System.err at level INFO, one line per record:
//
//	time=2024-05-01T12:00:00.000Z level=WARN msg="Could not load x" logger=com.l2jserver.Foo exception="java.io.IOException: gone"
//
// level is ERROR (SEVERE, error), WARN (WARNING, warn), INFO (INFO, info), CONFIG, DEBUG
// (FINE, debug), FINER or TRACE (FINEST, trace); logger is the logger's name; exception,
// present when a Throwable was logged, is what printStackTrace prints. SetLogOutput
// replaces the handler (another format, file, level: a record is written when the Java
// logger's level lets it through and the handler is enabled for its slog level).

// Java levels on slog's scale.
const (
	slogError  = slog.LevelError // SEVERE, error
	slogWarn   = slog.LevelWarn  // WARNING, warn
	slogInfo   = slog.LevelInfo  // INFO, info
	slogConfig = slog.Level(-2)  // CONFIG
	slogDebug  = slog.LevelDebug // FINE, debug
	slogFiner  = slog.Level(-6)  // FINER
	slogTrace  = slog.Level(-8)  // FINEST, trace
)

var logOutput atomic.Pointer[slog.Handler]

// systemErrWriter writes to the current System.err, so System.setErr redirects the log.
type systemErrWriter struct{}

func (systemErrWriter) Write(p []byte) (int, error) {
	SystemErr.Print(string(p))
	return len(p), nil
}

// slogLevelNames spells the Java levels that slog has no name for.
func slogLevelNames(_ []string, a slog.Attr) slog.Attr {
	if a.Key == slog.LevelKey {
		switch a.Value.Any().(slog.Level) {
		case slogConfig:
			return slog.String(slog.LevelKey, "CONFIG")
		case slogFiner:
			return slog.String(slog.LevelKey, "FINER")
		case slogTrace:
			return slog.String(slog.LevelKey, "TRACE")
		}
	}
	return a
}

// NewDefaultLogHandler returns the handler the runtime logs to unless SetLogOutput said
// otherwise: text on System.err, records from level (a slog level; slog.LevelInfo by
// default) up.
func NewDefaultLogHandler(level slog.Leveler) slog.Handler {
	return slog.NewTextHandler(systemErrWriter{}, &slog.HandlerOptions{Level: level, ReplaceAttr: slogLevelNames})
}

func init() { SetLogOutput(NewDefaultLogHandler(slog.LevelInfo)) }

// SetLogOutput makes h the destination of java.util.logging and SLF4J records (nil: the
// default handler).
func SetLogOutput(h slog.Handler) {
	if h == nil {
		h = NewDefaultLogHandler(slog.LevelInfo)
	}
	logOutput.Store(&h)
}

// LogOutput returns the handler java.util.logging and SLF4J write to.
func LogOutput() slog.Handler { return *logOutput.Load() }

// logEnabled reports whether the output takes records of level.
func logEnabled(level slog.Level) bool {
	return LogOutput().Enabled(context.Background(), level)
}

// emitLog writes one record to the output.
func emitLog(level slog.Level, when time.Time, logger, msg string, thrown Throwable) {
	h := LogOutput()
	ctx := context.Background()
	if !h.Enabled(ctx, level) {
		return
	}
	r := slog.NewRecord(when, level, msg, 0)
	r.AddAttrs(slog.String("logger", logger))
	if thrown != nil {
		r.AddAttrs(slog.String("exception", strings.TrimSuffix(stackTraceText(thrown), "\n")))
	}
	_ = h.Handle(ctx, r)
}
