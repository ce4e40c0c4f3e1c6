package java

import (
	"log/slog"
	"math"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// java.util.logging: loggers in a dotted-name hierarchy under a root logger at INFO, whose
// default handler writes to the runtime's log output (log_output.go). A record passes a
// logger when its level is at least the logger's effective level (its own, else the
// nearest ancestor's), then goes to the logger's handlers and its ancestors' (unless
// useParentHandlers is off).

// Level is java.util.logging.Level.
type Level struct {
	name  string
	value int32
}

// The standard levels.
var (
	// LevelOff is Level.OFF.
	LevelOff = &Level{"OFF", math.MaxInt32}
	// LevelSevere is Level.SEVERE.
	LevelSevere = &Level{"SEVERE", 1000}
	// LevelWarning is Level.WARNING.
	LevelWarning = &Level{"WARNING", 900}
	// LevelInfo is Level.INFO.
	LevelInfo = &Level{"INFO", 800}
	// LevelConfig is Level.CONFIG.
	LevelConfig = &Level{"CONFIG", 700}
	// LevelFine is Level.FINE.
	LevelFine = &Level{"FINE", 500}
	// LevelFiner is Level.FINER.
	LevelFiner = &Level{"FINER", 400}
	// LevelFinest is Level.FINEST.
	LevelFinest = &Level{"FINEST", 300}
	// LevelAll is Level.ALL.
	LevelAll = &Level{"ALL", math.MinInt32}
)

var standardLevels = []*Level{LevelOff, LevelSevere, LevelWarning, LevelInfo, LevelConfig, LevelFine, LevelFiner, LevelFinest, LevelAll}

// NewLevel is the protected constructor Level(String, int), for subclasses' custom levels.
func NewLevel(name string, value int32) *Level {
	if name == "" {
		panic(NewNullPointerException())
	}
	return &Level{name, value}
}

// LevelParse is the static Level.parse(String): a level name or an integer value
// (IllegalArgumentException otherwise).
func LevelParse(name string) *Level {
	for _, l := range standardLevels {
		if l.name == name {
			return l
		}
	}
	if v, ok := parseJavaInt(name); ok {
		for _, l := range standardLevels {
			if l.value == v {
				return l
			}
		}
		return &Level{name, v}
	}
	panic(NewIllegalArgumentException2("Bad level \"" + name + "\""))
}

func parseJavaInt(s string) (v int32, ok bool) {
	ok = Try(func() { v = IntegerParseInt(s) }) == nil
	return v, ok
}

// Name is getName().
func (l *Level) Name() string { return l.name }

// LocalizedName is getLocalizedName().
func (l *Level) LocalizedName() string { return l.name }

// IntValue is intValue().
func (l *Level) IntValue() int32 { return l.value }

// String is toString(): the name.
func (l *Level) String() string { return l.name }

// Equals is equals(Object): the same value.
func (l *Level) Equals(o any) bool {
	x, ok := o.(*Level)
	return ok && x != nil && x.value == l.value
}

// HashCode is hashCode(): the value.
func (l *Level) HashCode() int32 { return l.value }

// julSlogLevel places a Java level on slog's scale (log_output.go).
func julSlogLevel(l *Level) slog.Level {
	switch v := l.value; {
	case v >= 1000:
		return slogError
	case v >= 900:
		return slogWarn
	case v >= 800:
		return slogInfo
	case v >= 700:
		return slogConfig
	case v >= 500:
		return slogDebug
	case v >= 400:
		return slogFiner
	}
	return slogTrace
}

// LogRecord is java.util.logging.LogRecord.
type LogRecord struct {
	level            *Level
	message          string
	millis           int64
	sequence         int64
	loggerName       string
	parameters       []any
	thrown           Throwable
	sourceClassName  string
	sourceMethodName string
	threadID         int32
}

var logSequence atomic.Int64

// NewLogRecord is the constructor LogRecord(Level, String).
func NewLogRecord(level *Level, msg string) *LogRecord {
	if level == nil {
		panic(NewNullPointerException())
	}
	return &LogRecord{level: level, message: msg, millis: SystemCurrentTimeMillis(),
		sequence: logSequence.Add(1) - 1, threadID: int32(currentThreadImpl().id)}
}

// Level is getLevel().
func (r *LogRecord) Level() *Level { return r.level }

// SetLevel is setLevel(Level).
func (r *LogRecord) SetLevel(level *Level) {
	if level == nil {
		panic(NewNullPointerException())
	}
	r.level = level
}

// Message is getMessage().
func (r *LogRecord) Message() string { return r.message }

// SetMessage is setMessage(String).
func (r *LogRecord) SetMessage(message string) { r.message = message }

// Millis is getMillis().
func (r *LogRecord) Millis() int64 { return r.millis }

// SetMillis is setMillis(long).
func (r *LogRecord) SetMillis(millis int64) { r.millis = millis }

// SequenceNumber is getSequenceNumber().
func (r *LogRecord) SequenceNumber() int64 { return r.sequence }

// SetSequenceNumber is setSequenceNumber(long).
func (r *LogRecord) SetSequenceNumber(seq int64) { r.sequence = seq }

// LoggerName is getLoggerName().
func (r *LogRecord) LoggerName() string { return r.loggerName }

// SetLoggerName is setLoggerName(String).
func (r *LogRecord) SetLoggerName(name string) { r.loggerName = name }

// Parameters is getParameters().
func (r *LogRecord) Parameters() []any { return r.parameters }

// SetParameters is setParameters(Object[]).
func (r *LogRecord) SetParameters(parameters []any) { r.parameters = parameters }

// Thrown is getThrown().
func (r *LogRecord) Thrown() Throwable { return r.thrown }

// SetThrown is setThrown(Throwable).
func (r *LogRecord) SetThrown(thrown Throwable) { r.thrown = nullThrowable(thrown) }

// SourceClassName is getSourceClassName().
func (r *LogRecord) SourceClassName() string { return r.sourceClassName }

// SetSourceClassName is setSourceClassName(String).
func (r *LogRecord) SetSourceClassName(name string) { r.sourceClassName = name }

// SourceMethodName is getSourceMethodName().
func (r *LogRecord) SourceMethodName() string { return r.sourceMethodName }

// SetSourceMethodName is setSourceMethodName(String).
func (r *LogRecord) SetSourceMethodName(name string) { r.sourceMethodName = name }

// ThreadID is getThreadID().
func (r *LogRecord) ThreadID() int32 { return r.threadID }

// julFormatMessage is Formatter.formatMessage: the message with its parameters filled in
// by MessageFormat when it has a `{digit`.
func julFormatMessage(r *LogRecord) string {
	msg := r.message
	if len(r.parameters) == 0 {
		return msg
	}
	for i := 0; i+1 < len(msg); i++ {
		if msg[i] == '{' && msg[i+1] >= '0' && msg[i+1] <= '9' {
			var out string
			if Try(func() { out = MessageFormatFormat(msg, r.parameters...) }) != nil {
				return msg
			}
			return out
		}
	}
	return msg
}

// Handler is java.util.logging.Handler: a Java class extending it embeds HandlerImpl,
// implements Publish, Flush and Close, and calls InitHandler.
type Handler interface {
	// AsHandler gives the struct behind the value.
	AsHandler() *HandlerImpl
	// Publish is publish(LogRecord).
	Publish(record *LogRecord)
	// Flush is flush().
	Flush()
	// Close is close().
	Close()
	// Level is getLevel().
	Level() *Level
	// SetLevel is setLevel(Level).
	SetLevel(newLevel *Level)
	// Formatter is getFormatter().
	Formatter() LoggingFormatter
	// SetFormatter is setFormatter(Formatter).
	SetFormatter(newFormatter LoggingFormatter)
	// IsLoggable is isLoggable(LogRecord).
	IsLoggable(record *LogRecord) bool
}

// HandlerImpl holds a Handler's level and formatter.
type HandlerImpl struct {
	self      Handler
	mu        sync.Mutex
	level     *Level
	formatter LoggingFormatter
}

// AsHandler gives the struct behind the value.
func (h *HandlerImpl) AsHandler() *HandlerImpl { return h }

// InitHandler runs the constructor Handler() (level ALL) on the Handler part of a subclass.
func (h *HandlerImpl) InitHandler(self Handler) {
	h.self = self
	h.level = LevelAll
}

// Level is getLevel().
func (h *HandlerImpl) Level() *Level {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.level
}

// SetLevel is setLevel(Level).
func (h *HandlerImpl) SetLevel(newLevel *Level) {
	if newLevel == nil {
		panic(NewNullPointerException())
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.level = newLevel
}

// Formatter is getFormatter().
func (h *HandlerImpl) Formatter() LoggingFormatter {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.formatter
}

// SetFormatter is setFormatter(Formatter).
func (h *HandlerImpl) SetFormatter(newFormatter LoggingFormatter) {
	if isNull(newFormatter) {
		panic(NewNullPointerException())
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.formatter = newFormatter
}

// IsLoggable is isLoggable(LogRecord): the record's level reaches the handler's.
func (h *HandlerImpl) IsLoggable(record *LogRecord) bool {
	l := h.Level()
	return record != nil && record.level.value >= l.value && l.value != LevelOff.value
}

// LoggingFormatter is the abstract class java.util.logging.Formatter (Go name prefixed:
// java.util.Formatter is another class): Format is abstract.
type LoggingFormatter interface {
	// Format is format(LogRecord).
	Format(record *LogRecord) string
	// FormatMessage is formatMessage(LogRecord).
	FormatMessage(record *LogRecord) string
}

// LoggingFormatterImpl gives a Formatter subclass formatMessage.
type LoggingFormatterImpl struct{}

// FormatMessage is formatMessage(LogRecord): the message with {0}-style parameters.
func (LoggingFormatterImpl) FormatMessage(record *LogRecord) string { return julFormatMessage(record) }

// SimpleFormatter is java.util.logging.SimpleFormatter with its default format: the date,
// the source (or logger name), then the level and the message on a second line, and the
// stack trace if any.
type SimpleFormatter struct{ LoggingFormatterImpl }

// NewSimpleFormatter is the constructor SimpleFormatter().
func NewSimpleFormatter() *SimpleFormatter { return &SimpleFormatter{} }

// Format is format(LogRecord): `Jan 02, 2006 3:04:05 PM source\nLEVEL: message\n`.
func (f *SimpleFormatter) Format(record *LogRecord) string {
	source := record.loggerName
	if record.sourceClassName != "" {
		source = record.sourceClassName
		if record.sourceMethodName != "" {
			source += " " + record.sourceMethodName
		}
	}
	var b strings.Builder
	b.WriteString(time.UnixMilli(record.millis).In(time.Local).Format("Jan 02, 2006 3:04:05 PM"))
	b.WriteString(" " + source + "\n" + record.level.name + ": " + f.FormatMessage(record) + "\n")
	if record.thrown != nil {
		b.WriteString(stackTraceText(record.thrown))
	}
	return b.String()
}

// ConsoleHandler is java.util.logging.ConsoleHandler: formatted records on System.err
// (level INFO, SimpleFormatter).
type ConsoleHandler struct{ HandlerImpl }

// NewConsoleHandler is the constructor ConsoleHandler().
func NewConsoleHandler() *ConsoleHandler {
	h := &ConsoleHandler{}
	h.InitHandler(h)
	h.level = LevelInfo
	h.formatter = NewSimpleFormatter()
	return h
}

// Publish is publish(LogRecord).
func (h *ConsoleHandler) Publish(record *LogRecord) {
	if h.IsLoggable(record) {
		SystemErr.Print(h.Formatter().Format(record))
	}
}

// Flush is flush().
func (h *ConsoleHandler) Flush() { SystemErr.Flush() }

// Close is close().
func (h *ConsoleHandler) Close() { h.Flush() }

// OutputHandler is the root logger's default handler (not a Java class): it writes records
// to the runtime's log output.
type OutputHandler struct{ HandlerImpl }

// NewOutputHandler returns a handler writing to the log output (log_output.go).
func NewOutputHandler() *OutputHandler {
	h := &OutputHandler{}
	h.InitHandler(h)
	return h
}

// Publish is publish(LogRecord).
func (h *OutputHandler) Publish(record *LogRecord) {
	if record == nil || !h.IsLoggable(record) {
		return
	}
	emitLog(julSlogLevel(record.level), time.UnixMilli(record.millis), record.loggerName, julFormatMessage(record), record.thrown)
}

// Flush is flush().
func (h *OutputHandler) Flush() {}

// Close is close().
func (h *OutputHandler) Close() {}

// LoggingLogger is java.util.logging.Logger (Go name prefixed: SLF4J has a Logger too).
type LoggingLogger struct {
	name              string
	mu                sync.Mutex
	level             *Level
	parent            *LoggingLogger
	handlers          []Handler
	useParentHandlers bool
}

// LogManager is java.util.logging.LogManager: the registry of named loggers.
type LogManager struct {
	mu      sync.Mutex
	loggers map[string]*LoggingLogger
	root    *LoggingLogger
}

var theLogManager = newLogManager()

func newLogManager() *LogManager {
	root := &LoggingLogger{name: "", level: LevelInfo, useParentHandlers: true}
	root.handlers = []Handler{NewOutputHandler()}
	m := &LogManager{loggers: map[string]*LoggingLogger{"": root}, root: root}
	global := &LoggingLogger{name: LoggingLoggerGlobalLoggerName, parent: root, useParentHandlers: true}
	m.loggers[global.name] = global
	return m
}

func rootLogger() *LoggingLogger { return theLogManager.root }

// LogManagerGetLogManager is the static LogManager.getLogManager().
func LogManagerGetLogManager() *LogManager { return theLogManager }

// GetLogger is getLogger(String): the logger of that name, nil when none was made.
func (m *LogManager) GetLogger(name string) *LoggingLogger {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.loggers[name]
}

// Reset is reset(): every logger loses its handlers and level; the root logger goes back
// to INFO, with no handler.
func (m *LogManager) Reset() {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, l := range m.loggers {
		l.mu.Lock()
		handlers := l.handlers
		l.handlers = nil
		l.level = nil
		if l == m.root {
			l.level = LevelInfo
		}
		l.mu.Unlock()
		for _, h := range handlers {
			Try(h.Close)
		}
	}
}

// LoggerNames is getLoggerNames(): the names of the known loggers.
func (m *LogManager) LoggerNames() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	names := make([]string, 0, len(m.loggers))
	for n := range m.loggers {
		names = append(names, n)
	}
	return names
}

// LoggingLoggerGlobalLoggerName is Logger.GLOBAL_LOGGER_NAME.
const LoggingLoggerGlobalLoggerName = "global"

// LoggingLoggerGetLogger is the static Logger.getLogger(String): one logger per name, made on
// first use under its nearest existing ancestor.
func LoggingLoggerGetLogger(name string) *LoggingLogger {
	m := theLogManager
	m.mu.Lock()
	defer m.mu.Unlock()
	if l, ok := m.loggers[name]; ok {
		return l
	}
	l := &LoggingLogger{name: name, useParentHandlers: true, parent: m.root}
	for p := name; ; {
		i := strings.LastIndexByte(p, '.')
		if i < 0 {
			break
		}
		p = p[:i]
		if anc, ok := m.loggers[p]; ok {
			l.parent = anc
			break
		}
	}
	// Existing descendants whose parent is above the new logger now hang under it.
	for n, d := range m.loggers {
		if strings.HasPrefix(n, name+".") {
			d.mu.Lock()
			if d.parent == l.parent {
				d.parent = l
			}
			d.mu.Unlock()
		}
	}
	m.loggers[name] = l
	return l
}

// LoggingLoggerGetGlobal is the static Logger.getGlobal().
func LoggingLoggerGetGlobal() *LoggingLogger {
	return LoggingLoggerGetLogger(LoggingLoggerGlobalLoggerName)
}

// LoggingLoggerGetAnonymousLogger is the static Logger.getAnonymousLogger(): a logger under
// the root that the registry does not keep.
func LoggingLoggerGetAnonymousLogger() *LoggingLogger {
	return &LoggingLogger{parent: rootLogger(), useParentHandlers: true}
}

// Name is getName().
func (l *LoggingLogger) Name() string { return l.name }

// Level is getLevel(): nil when the level is inherited.
func (l *LoggingLogger) Level() *Level {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.level
}

// SetLevel is setLevel(Level): nil inherits the parent's.
func (l *LoggingLogger) SetLevel(newLevel *Level) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.level = newLevel
}

// Parent is getParent().
func (l *LoggingLogger) Parent() *LoggingLogger {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.parent
}

// SetParent is setParent(Logger).
func (l *LoggingLogger) SetParent(parent *LoggingLogger) {
	if parent == nil {
		panic(NewNullPointerException())
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.parent = parent
}

// AddHandler is addHandler(Handler).
func (l *LoggingLogger) AddHandler(handler Handler) {
	if isNull(handler) {
		panic(NewNullPointerException())
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.handlers = append(l.handlers, handler)
}

// RemoveHandler is removeHandler(Handler).
func (l *LoggingLogger) RemoveHandler(handler Handler) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for i, h := range l.handlers {
		if Same(h, handler) {
			l.handlers = append(l.handlers[:i:i], l.handlers[i+1:]...)
			return
		}
	}
}

// Handlers is getHandlers().
func (l *LoggingLogger) Handlers() []Handler {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]Handler{}, l.handlers...)
}

// UseParentHandlers is getUseParentHandlers().
func (l *LoggingLogger) UseParentHandlers() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.useParentHandlers
}

// SetUseParentHandlers is setUseParentHandlers(boolean).
func (l *LoggingLogger) SetUseParentHandlers(useParentHandlers bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.useParentHandlers = useParentHandlers
}

// effectiveLevel is the logger's level, else its nearest ancestor's.
func (l *LoggingLogger) effectiveLevel() *Level {
	for x := l; x != nil; x = x.Parent() {
		if lv := x.Level(); lv != nil {
			return lv
		}
	}
	return LevelInfo
}

// IsLoggable is isLoggable(Level).
func (l *LoggingLogger) IsLoggable(level *Level) bool {
	e := l.effectiveLevel()
	return level.value >= e.value && e.value != LevelOff.value
}

// LogRecord is log(LogRecord): the record goes to this logger's handlers and its
// ancestors'.
func (l *LoggingLogger) LogRecord(record *LogRecord) {
	if !l.IsLoggable(record.level) {
		return
	}
	for x := l; x != nil; {
		for _, h := range x.Handlers() {
			h.Publish(record)
		}
		if !x.UseParentHandlers() {
			break
		}
		x = x.Parent()
	}
}

func (l *LoggingLogger) doLog(level *Level, msg string, params []any, thrown Throwable) {
	if !l.IsLoggable(level) {
		return
	}
	r := NewLogRecord(level, msg)
	r.loggerName = l.name
	r.parameters = params
	r.thrown = nullThrowable(thrown)
	l.LogRecord(r)
}

// Log is log(Level, String).
func (l *LoggingLogger) Log(level *Level, msg string) { l.doLog(level, msg, nil, nil) }

// LogThrown is log(Level, String, Throwable).
func (l *LoggingLogger) LogThrown(level *Level, msg string, thrown Throwable) {
	l.doLog(level, msg, nil, thrown)
}

// LogParam is log(Level, String, Object): msg's {0} is param.
func (l *LoggingLogger) LogParam(level *Level, msg string, param1 any) {
	l.doLog(level, msg, []any{param1}, nil)
}

// LogParams is log(Level, String, Object[]).
func (l *LoggingLogger) LogParams(level *Level, msg string, params []any) {
	l.doLog(level, msg, params, nil)
}

// LogSupplier is log(Level, Supplier<String>): the message is made only when loggable.
func (l *LoggingLogger) LogSupplier(level *Level, msgSupplier Supplier[string]) {
	if l.IsLoggable(level) {
		l.doLog(level, msgSupplier.Get(), nil, nil)
	}
}

// Logp is logp(Level, String, String, String).
func (l *LoggingLogger) Logp(level *Level, sourceClass, sourceMethod, msg string) {
	l.LogpThrown(level, sourceClass, sourceMethod, msg, nil)
}

// LogpThrown is logp(Level, String, String, String, Throwable).
func (l *LoggingLogger) LogpThrown(level *Level, sourceClass, sourceMethod, msg string, thrown Throwable) {
	if !l.IsLoggable(level) {
		return
	}
	r := NewLogRecord(level, msg)
	r.loggerName, r.sourceClassName, r.sourceMethodName = l.name, sourceClass, sourceMethod
	r.thrown = nullThrowable(thrown)
	l.LogRecord(r)
}

// Severe is severe(String).
func (l *LoggingLogger) Severe(msg string) { l.doLog(LevelSevere, msg, nil, nil) }

// Warning is warning(String).
func (l *LoggingLogger) Warning(msg string) { l.doLog(LevelWarning, msg, nil, nil) }

// Info is info(String).
func (l *LoggingLogger) Info(msg string) { l.doLog(LevelInfo, msg, nil, nil) }

// Config is config(String).
func (l *LoggingLogger) Config(msg string) { l.doLog(LevelConfig, msg, nil, nil) }

// Fine is fine(String).
func (l *LoggingLogger) Fine(msg string) { l.doLog(LevelFine, msg, nil, nil) }

// Finer is finer(String).
func (l *LoggingLogger) Finer(msg string) { l.doLog(LevelFiner, msg, nil, nil) }

// Finest is finest(String).
func (l *LoggingLogger) Finest(msg string) { l.doLog(LevelFinest, msg, nil, nil) }

func init() {
	registerClassNames(map[string]string{
		"Level":              "java.util.logging.Level",
		"LogRecord":          "java.util.logging.LogRecord",
		"LoggingLogger":      "java.util.logging.Logger",
		"LogManager":         "java.util.logging.LogManager",
		"ConsoleHandler":     "java.util.logging.ConsoleHandler",
		"SimpleFormatter":    "java.util.logging.SimpleFormatter",
		"SLF4JBridgeHandler": "org.slf4j.bridge.SLF4JBridgeHandler",
	})
}
