package java

import (
	"log/slog"
	"reflect"
	"strings"
	"sync"
	"time"
)

// Slf4jLogger is the interface org.slf4j.Logger (Go name prefixed: java.util.logging has a
// Logger too). Every overload of a level method is one variadic Go method: the message
// pattern, then its arguments, `{}` placeholders filled in order; a Throwable as the last
// argument is the exception (printed after the message), as SLF4J 2 and Logback do.
type Slf4jLogger interface {
	// Name is getName().
	Name() string
	// IsTraceEnabled is isTraceEnabled().
	IsTraceEnabled() bool
	// IsDebugEnabled is isDebugEnabled().
	IsDebugEnabled() bool
	// IsInfoEnabled is isInfoEnabled().
	IsInfoEnabled() bool
	// IsWarnEnabled is isWarnEnabled().
	IsWarnEnabled() bool
	// IsErrorEnabled is isErrorEnabled().
	IsErrorEnabled() bool
	// Trace is trace(String, Object...) and its overloads.
	Trace(format string, args ...any)
	// Debug is debug(String, Object...) and its overloads.
	Debug(format string, args ...any)
	// Info is info(String, Object...) and its overloads.
	Info(format string, args ...any)
	// Warn is warn(String, Object...) and its overloads.
	Warn(format string, args ...any)
	// Error is error(String, Object...) and its overloads.
	Error(format string, args ...any)
}

// slf4jLogger writes to the runtime's log output (log_output.go); the output's level
// decides what is enabled.
type slf4jLogger struct{ name string }

var slf4jLoggers sync.Map // name -> *slf4jLogger

// LoggerFactoryGetLogger is the static org.slf4j.LoggerFactory.getLogger(String).
func LoggerFactoryGetLogger(name string) Slf4jLogger {
	if l, ok := slf4jLoggers.Load(name); ok {
		return l.(*slf4jLogger)
	}
	l, _ := slf4jLoggers.LoadOrStore(name, &slf4jLogger{name})
	return l.(*slf4jLogger)
}

// LoggerFactoryGetLoggerClass is the static org.slf4j.LoggerFactory.getLogger(Class): the
// logger named after the class.
func LoggerFactoryGetLoggerClass(clazz *Class) Slf4jLogger {
	if clazz == nil {
		panic(NewNullPointerException())
	}
	return LoggerFactoryGetLogger(clazz.Name())
}

func (l *slf4jLogger) Name() string         { return l.name }
func (l *slf4jLogger) IsTraceEnabled() bool { return logEnabled(slogTrace) }
func (l *slf4jLogger) IsDebugEnabled() bool { return logEnabled(slogDebug) }
func (l *slf4jLogger) IsInfoEnabled() bool  { return logEnabled(slogInfo) }
func (l *slf4jLogger) IsWarnEnabled() bool  { return logEnabled(slogWarn) }
func (l *slf4jLogger) IsErrorEnabled() bool { return logEnabled(slogError) }

func (l *slf4jLogger) log(level slog.Level, format string, args []any) {
	if !logEnabled(level) {
		return
	}
	t := MessageFormatterArrayFormat(format, args)
	emitLog(level, time.Now(), l.name, t.message, t.throwable)
}

func (l *slf4jLogger) Trace(format string, args ...any) { l.log(slogTrace, format, args) }
func (l *slf4jLogger) Debug(format string, args ...any) { l.log(slogDebug, format, args) }
func (l *slf4jLogger) Info(format string, args ...any)  { l.log(slogInfo, format, args) }
func (l *slf4jLogger) Warn(format string, args ...any)  { l.log(slogWarn, format, args) }
func (l *slf4jLogger) Error(format string, args ...any) { l.log(slogError, format, args) }

// FormattingTuple is org.slf4j.helpers.FormattingTuple: a formatted message, its arguments
// and the exception taken from them.
type FormattingTuple struct {
	message   string
	argArray  []any
	throwable Throwable
}

// Message is getMessage().
func (t *FormattingTuple) Message() string { return t.message }

// ArgArray is getArgArray().
func (t *FormattingTuple) ArgArray() []any { return t.argArray }

// Throwable is getThrowable().
func (t *FormattingTuple) Throwable() Throwable { return t.throwable }

// MessageFormatterFormat is the static MessageFormatter.format(String, Object) and
// format(String, Object, Object).
func MessageFormatterFormat(messagePattern string, args ...any) *FormattingTuple {
	return MessageFormatterArrayFormat(messagePattern, args)
}

// MessageFormatterArrayFormat is the static MessageFormatter.arrayFormat(String, Object[]):
// a Throwable last argument becomes the tuple's throwable and is not formatted.
func MessageFormatterArrayFormat(messagePattern string, argArray []any) *FormattingTuple {
	var thrown Throwable
	args := argArray
	if n := len(argArray); n > 0 {
		if t, ok := argArray[n-1].(Throwable); ok && !isNull(t) {
			thrown = t
			args = argArray[:n-1]
		}
	}
	return &FormattingTuple{message: slf4jFormat(messagePattern, args), argArray: args, throwable: thrown}
}

// slf4jFormat fills `{}` placeholders as SLF4J's MessageFormatter does: `\{}` is a
// literal `{}`, `\\{}` a backslash and a placeholder; extra arguments are ignored and
// missing ones leave `{}`.
func slf4jFormat(pattern string, args []any) string {
	if len(args) == 0 {
		return pattern
	}
	var b strings.Builder
	i := 0
	for l := 0; l < len(args); l++ {
		j := strings.Index(pattern[i:], "{}")
		if j < 0 {
			break
		}
		j += i
		switch {
		case j >= 1 && pattern[j-1] == '\\' && !(j >= 2 && pattern[j-2] == '\\'):
			l-- // an escaped delimiter takes no argument
			b.WriteString(pattern[i : j-1])
			b.WriteByte('{')
			i = j + 1
		case j >= 1 && pattern[j-1] == '\\':
			b.WriteString(pattern[i : j-1])
			slf4jAppendArg(&b, args[l], map[uintptr]bool{})
			i = j + 2
		default:
			b.WriteString(pattern[i:j])
			slf4jAppendArg(&b, args[l], map[uintptr]bool{})
			i = j + 2
		}
	}
	b.WriteString(pattern[i:])
	return b.String()
}

// slf4jAppendArg is deeplyAppendParameter: arrays as `[a, b]` (a cycle as `[...]`), a
// toString that throws as `[FAILED toString()]`.
func slf4jAppendArg(b *strings.Builder, arg any, seen map[uintptr]bool) {
	if isNull(arg) {
		b.WriteString("null")
		return
	}
	if v := reflect.ValueOf(arg); v.Kind() == reflect.Slice {
		if v.Type().Elem().Kind() == reflect.Interface || v.Type().Elem().Kind() == reflect.Slice || v.Type().Elem().Kind() == reflect.Pointer {
			p := v.Pointer()
			if seen[p] {
				b.WriteString("[...]")
				return
			}
			seen[p] = true
			defer delete(seen, p)
		}
		b.WriteByte('[')
		for k := 0; k < v.Len(); k++ {
			if k > 0 {
				b.WriteString(", ")
			}
			slf4jAppendArg(b, v.Index(k).Interface(), seen)
		}
		b.WriteByte(']')
		return
	}
	var s string
	if ex := Try(func() { s = Str(arg) }); ex != nil {
		s = "[FAILED toString()]"
	}
	b.WriteString(s)
}

// SLF4JBridgeHandler is org.slf4j.bridge.SLF4JBridgeHandler: a java.util.logging Handler
// that passes records on to SLF4J. Both end in the same output here, so installing it only
// keeps the root logger writing after LogManager.reset().
type SLF4JBridgeHandler struct{ HandlerImpl }

// NewSLF4JBridgeHandler is the constructor SLF4JBridgeHandler().
func NewSLF4JBridgeHandler() *SLF4JBridgeHandler {
	h := &SLF4JBridgeHandler{}
	h.InitHandler(h)
	h.level = LevelAll
	return h
}

// Publish is publish(LogRecord): the record goes to the SLF4J logger of its name.
func (h *SLF4JBridgeHandler) Publish(record *LogRecord) {
	if record == nil || !h.IsLoggable(record) {
		return
	}
	emitLog(julSlogLevel(record.Level()), time.UnixMilli(record.Millis()), record.LoggerName(), julFormatMessage(record), record.Thrown())
}

// Flush is flush().
func (h *SLF4JBridgeHandler) Flush() {}

// Close is close().
func (h *SLF4JBridgeHandler) Close() {}

// SLF4JBridgeHandlerInstall is the static SLF4JBridgeHandler.install(): a bridge on the
// root logger.
func SLF4JBridgeHandlerInstall() { rootLogger().AddHandler(NewSLF4JBridgeHandler()) }

// SLF4JBridgeHandlerUninstall is the static SLF4JBridgeHandler.uninstall().
func SLF4JBridgeHandlerUninstall() {
	root := rootLogger()
	for _, h := range root.Handlers() {
		if _, ok := h.(*SLF4JBridgeHandler); ok {
			root.RemoveHandler(h)
		}
	}
}

// SLF4JBridgeHandlerIsInstalled is the static SLF4JBridgeHandler.isInstalled().
func SLF4JBridgeHandlerIsInstalled() bool {
	for _, h := range rootLogger().Handlers() {
		if _, ok := h.(*SLF4JBridgeHandler); ok {
			return true
		}
	}
	return false
}

// SLF4JBridgeHandlerRemoveHandlersForRootLogger is the static
// SLF4JBridgeHandler.removeHandlersForRootLogger().
func SLF4JBridgeHandlerRemoveHandlersForRootLogger() {
	root := rootLogger()
	for _, h := range root.Handlers() {
		root.RemoveHandler(h)
	}
}
