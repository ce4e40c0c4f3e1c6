package java

// The plain exceptions of java.security, java.net, java.nio, javax.xml.parsers and
// java.time, following the object model of port.md like the java.lang ones
// (lang_exceptions.go). Exceptions with state of their own (ParseException, SQLException,
// FileSystemException, SAXException, DOMException, DateTimeParseException) are in the
// files of their packages.

// GeneralSecurityException is java.security.GeneralSecurityException.
type GeneralSecurityException interface {
	Exception
	// AsGeneralSecurityException gives the struct behind the value.
	AsGeneralSecurityException() *GeneralSecurityExceptionImpl
}

// GeneralSecurityExceptionImpl is the struct behind GeneralSecurityException.
type GeneralSecurityExceptionImpl struct{ ExceptionImpl }

// AsGeneralSecurityException gives the struct behind the value.
func (e *GeneralSecurityExceptionImpl) AsGeneralSecurityException() *GeneralSecurityExceptionImpl {
	return e
}

// NewGeneralSecurityException is the constructor GeneralSecurityException().
func NewGeneralSecurityException() *GeneralSecurityExceptionImpl {
	e := &GeneralSecurityExceptionImpl{}
	e.InitGeneralSecurityException(e)
	return e
}

// InitGeneralSecurityException runs GeneralSecurityException() on a GeneralSecurityException or the GeneralSecurityException part of a subclass.
func (e *GeneralSecurityExceptionImpl) InitGeneralSecurityException(self GeneralSecurityException) {
	e.ExceptionImpl.InitException(self)
}

// NewGeneralSecurityException2 is the constructor GeneralSecurityException(String).
func NewGeneralSecurityException2(message string) *GeneralSecurityExceptionImpl {
	e := &GeneralSecurityExceptionImpl{}
	e.InitGeneralSecurityException2(e, message)
	return e
}

// InitGeneralSecurityException2 runs GeneralSecurityException(String) on a GeneralSecurityException or the GeneralSecurityException part of a subclass.
func (e *GeneralSecurityExceptionImpl) InitGeneralSecurityException2(self GeneralSecurityException, message string) {
	e.ExceptionImpl.InitException2(self, message)
}

// NewGeneralSecurityException3 is the constructor GeneralSecurityException(String, Throwable).
func NewGeneralSecurityException3(message string, cause Throwable) *GeneralSecurityExceptionImpl {
	e := &GeneralSecurityExceptionImpl{}
	e.InitGeneralSecurityException3(e, message, cause)
	return e
}

// InitGeneralSecurityException3 runs GeneralSecurityException(String, Throwable) on a GeneralSecurityException or the GeneralSecurityException part of a subclass.
func (e *GeneralSecurityExceptionImpl) InitGeneralSecurityException3(self GeneralSecurityException, message string, cause Throwable) {
	e.ExceptionImpl.InitException3(self, message, cause)
}

// NewGeneralSecurityException4 is the constructor GeneralSecurityException(Throwable).
func NewGeneralSecurityException4(cause Throwable) *GeneralSecurityExceptionImpl {
	e := &GeneralSecurityExceptionImpl{}
	e.InitGeneralSecurityException4(e, cause)
	return e
}

// InitGeneralSecurityException4 runs GeneralSecurityException(Throwable) on a GeneralSecurityException or the GeneralSecurityException part of a subclass.
func (e *GeneralSecurityExceptionImpl) InitGeneralSecurityException4(self GeneralSecurityException, cause Throwable) {
	e.ExceptionImpl.InitException4(self, cause)
}

// NoSuchAlgorithmException is java.security.NoSuchAlgorithmException.
type NoSuchAlgorithmException interface {
	GeneralSecurityException
	// AsNoSuchAlgorithmException gives the struct behind the value.
	AsNoSuchAlgorithmException() *NoSuchAlgorithmExceptionImpl
}

// NoSuchAlgorithmExceptionImpl is the struct behind NoSuchAlgorithmException.
type NoSuchAlgorithmExceptionImpl struct{ GeneralSecurityExceptionImpl }

// AsNoSuchAlgorithmException gives the struct behind the value.
func (e *NoSuchAlgorithmExceptionImpl) AsNoSuchAlgorithmException() *NoSuchAlgorithmExceptionImpl {
	return e
}

// NewNoSuchAlgorithmException is the constructor NoSuchAlgorithmException().
func NewNoSuchAlgorithmException() *NoSuchAlgorithmExceptionImpl {
	e := &NoSuchAlgorithmExceptionImpl{}
	e.InitNoSuchAlgorithmException(e)
	return e
}

// InitNoSuchAlgorithmException runs NoSuchAlgorithmException() on a NoSuchAlgorithmException or the NoSuchAlgorithmException part of a subclass.
func (e *NoSuchAlgorithmExceptionImpl) InitNoSuchAlgorithmException(self NoSuchAlgorithmException) {
	e.GeneralSecurityExceptionImpl.InitGeneralSecurityException(self)
}

// NewNoSuchAlgorithmException2 is the constructor NoSuchAlgorithmException(String).
func NewNoSuchAlgorithmException2(message string) *NoSuchAlgorithmExceptionImpl {
	e := &NoSuchAlgorithmExceptionImpl{}
	e.InitNoSuchAlgorithmException2(e, message)
	return e
}

// InitNoSuchAlgorithmException2 runs NoSuchAlgorithmException(String) on a NoSuchAlgorithmException or the NoSuchAlgorithmException part of a subclass.
func (e *NoSuchAlgorithmExceptionImpl) InitNoSuchAlgorithmException2(self NoSuchAlgorithmException, message string) {
	e.GeneralSecurityExceptionImpl.InitGeneralSecurityException2(self, message)
}

// NewNoSuchAlgorithmException3 is the constructor NoSuchAlgorithmException(String, Throwable).
func NewNoSuchAlgorithmException3(message string, cause Throwable) *NoSuchAlgorithmExceptionImpl {
	e := &NoSuchAlgorithmExceptionImpl{}
	e.InitNoSuchAlgorithmException3(e, message, cause)
	return e
}

// InitNoSuchAlgorithmException3 runs NoSuchAlgorithmException(String, Throwable) on a NoSuchAlgorithmException or the NoSuchAlgorithmException part of a subclass.
func (e *NoSuchAlgorithmExceptionImpl) InitNoSuchAlgorithmException3(self NoSuchAlgorithmException, message string, cause Throwable) {
	e.GeneralSecurityExceptionImpl.InitGeneralSecurityException3(self, message, cause)
}

// NewNoSuchAlgorithmException4 is the constructor NoSuchAlgorithmException(Throwable).
func NewNoSuchAlgorithmException4(cause Throwable) *NoSuchAlgorithmExceptionImpl {
	e := &NoSuchAlgorithmExceptionImpl{}
	e.InitNoSuchAlgorithmException4(e, cause)
	return e
}

// InitNoSuchAlgorithmException4 runs NoSuchAlgorithmException(Throwable) on a NoSuchAlgorithmException or the NoSuchAlgorithmException part of a subclass.
func (e *NoSuchAlgorithmExceptionImpl) InitNoSuchAlgorithmException4(self NoSuchAlgorithmException, cause Throwable) {
	e.GeneralSecurityExceptionImpl.InitGeneralSecurityException4(self, cause)
}

// UnknownHostException is java.net.UnknownHostException.
type UnknownHostException interface {
	IOException
	// AsUnknownHostException gives the struct behind the value.
	AsUnknownHostException() *UnknownHostExceptionImpl
}

// UnknownHostExceptionImpl is the struct behind UnknownHostException.
type UnknownHostExceptionImpl struct{ IOExceptionImpl }

// AsUnknownHostException gives the struct behind the value.
func (e *UnknownHostExceptionImpl) AsUnknownHostException() *UnknownHostExceptionImpl { return e }

// NewUnknownHostException is the constructor UnknownHostException().
func NewUnknownHostException() *UnknownHostExceptionImpl {
	e := &UnknownHostExceptionImpl{}
	e.InitUnknownHostException(e)
	return e
}

// InitUnknownHostException runs UnknownHostException() on a UnknownHostException or the UnknownHostException part of a subclass.
func (e *UnknownHostExceptionImpl) InitUnknownHostException(self UnknownHostException) {
	e.IOExceptionImpl.InitIOException(self)
}

// NewUnknownHostException2 is the constructor UnknownHostException(String).
func NewUnknownHostException2(message string) *UnknownHostExceptionImpl {
	e := &UnknownHostExceptionImpl{}
	e.InitUnknownHostException2(e, message)
	return e
}

// InitUnknownHostException2 runs UnknownHostException(String) on a UnknownHostException or the UnknownHostException part of a subclass.
func (e *UnknownHostExceptionImpl) InitUnknownHostException2(self UnknownHostException, message string) {
	e.IOExceptionImpl.InitIOException2(self, message)
}

// SocketException is java.net.SocketException.
type SocketException interface {
	IOException
	// AsSocketException gives the struct behind the value.
	AsSocketException() *SocketExceptionImpl
}

// SocketExceptionImpl is the struct behind SocketException.
type SocketExceptionImpl struct{ IOExceptionImpl }

// AsSocketException gives the struct behind the value.
func (e *SocketExceptionImpl) AsSocketException() *SocketExceptionImpl { return e }

// NewSocketException is the constructor SocketException().
func NewSocketException() *SocketExceptionImpl {
	e := &SocketExceptionImpl{}
	e.InitSocketException(e)
	return e
}

// InitSocketException runs SocketException() on a SocketException or the SocketException part of a subclass.
func (e *SocketExceptionImpl) InitSocketException(self SocketException) {
	e.IOExceptionImpl.InitIOException(self)
}

// NewSocketException2 is the constructor SocketException(String).
func NewSocketException2(message string) *SocketExceptionImpl {
	e := &SocketExceptionImpl{}
	e.InitSocketException2(e, message)
	return e
}

// InitSocketException2 runs SocketException(String) on a SocketException or the SocketException part of a subclass.
func (e *SocketExceptionImpl) InitSocketException2(self SocketException, message string) {
	e.IOExceptionImpl.InitIOException2(self, message)
}

// BufferUnderflowException is java.nio.BufferUnderflowException.
type BufferUnderflowException interface {
	RuntimeException
	// AsBufferUnderflowException gives the struct behind the value.
	AsBufferUnderflowException() *BufferUnderflowExceptionImpl
}

// BufferUnderflowExceptionImpl is the struct behind BufferUnderflowException.
type BufferUnderflowExceptionImpl struct{ RuntimeExceptionImpl }

// AsBufferUnderflowException gives the struct behind the value.
func (e *BufferUnderflowExceptionImpl) AsBufferUnderflowException() *BufferUnderflowExceptionImpl {
	return e
}

// NewBufferUnderflowException is the constructor BufferUnderflowException().
func NewBufferUnderflowException() *BufferUnderflowExceptionImpl {
	e := &BufferUnderflowExceptionImpl{}
	e.InitBufferUnderflowException(e)
	return e
}

// InitBufferUnderflowException runs BufferUnderflowException() on a BufferUnderflowException or the BufferUnderflowException part of a subclass.
func (e *BufferUnderflowExceptionImpl) InitBufferUnderflowException(self BufferUnderflowException) {
	e.RuntimeExceptionImpl.InitRuntimeException(self)
}

// BufferOverflowException is java.nio.BufferOverflowException.
type BufferOverflowException interface {
	RuntimeException
	// AsBufferOverflowException gives the struct behind the value.
	AsBufferOverflowException() *BufferOverflowExceptionImpl
}

// BufferOverflowExceptionImpl is the struct behind BufferOverflowException.
type BufferOverflowExceptionImpl struct{ RuntimeExceptionImpl }

// AsBufferOverflowException gives the struct behind the value.
func (e *BufferOverflowExceptionImpl) AsBufferOverflowException() *BufferOverflowExceptionImpl {
	return e
}

// NewBufferOverflowException is the constructor BufferOverflowException().
func NewBufferOverflowException() *BufferOverflowExceptionImpl {
	e := &BufferOverflowExceptionImpl{}
	e.InitBufferOverflowException(e)
	return e
}

// InitBufferOverflowException runs BufferOverflowException() on a BufferOverflowException or the BufferOverflowException part of a subclass.
func (e *BufferOverflowExceptionImpl) InitBufferOverflowException(self BufferOverflowException) {
	e.RuntimeExceptionImpl.InitRuntimeException(self)
}

// ReadOnlyBufferException is java.nio.ReadOnlyBufferException.
type ReadOnlyBufferException interface {
	UnsupportedOperationException
	// AsReadOnlyBufferException gives the struct behind the value.
	AsReadOnlyBufferException() *ReadOnlyBufferExceptionImpl
}

// ReadOnlyBufferExceptionImpl is the struct behind ReadOnlyBufferException.
type ReadOnlyBufferExceptionImpl struct {
	UnsupportedOperationExceptionImpl
}

// AsReadOnlyBufferException gives the struct behind the value.
func (e *ReadOnlyBufferExceptionImpl) AsReadOnlyBufferException() *ReadOnlyBufferExceptionImpl {
	return e
}

// NewReadOnlyBufferException is the constructor ReadOnlyBufferException().
func NewReadOnlyBufferException() *ReadOnlyBufferExceptionImpl {
	e := &ReadOnlyBufferExceptionImpl{}
	e.InitReadOnlyBufferException(e)
	return e
}

// InitReadOnlyBufferException runs ReadOnlyBufferException() on a ReadOnlyBufferException or the ReadOnlyBufferException part of a subclass.
func (e *ReadOnlyBufferExceptionImpl) InitReadOnlyBufferException(self ReadOnlyBufferException) {
	e.UnsupportedOperationExceptionImpl.InitUnsupportedOperationException(self)
}

// InvalidMarkException is java.nio.InvalidMarkException.
type InvalidMarkException interface {
	IllegalStateException
	// AsInvalidMarkException gives the struct behind the value.
	AsInvalidMarkException() *InvalidMarkExceptionImpl
}

// InvalidMarkExceptionImpl is the struct behind InvalidMarkException.
type InvalidMarkExceptionImpl struct{ IllegalStateExceptionImpl }

// AsInvalidMarkException gives the struct behind the value.
func (e *InvalidMarkExceptionImpl) AsInvalidMarkException() *InvalidMarkExceptionImpl { return e }

// NewInvalidMarkException is the constructor InvalidMarkException().
func NewInvalidMarkException() *InvalidMarkExceptionImpl {
	e := &InvalidMarkExceptionImpl{}
	e.InitInvalidMarkException(e)
	return e
}

// InitInvalidMarkException runs InvalidMarkException() on a InvalidMarkException or the InvalidMarkException part of a subclass.
func (e *InvalidMarkExceptionImpl) InitInvalidMarkException(self InvalidMarkException) {
	e.IllegalStateExceptionImpl.InitIllegalStateException(self)
}

// ParserConfigurationException is javax.xml.parsers.ParserConfigurationException.
type ParserConfigurationException interface {
	Exception
	// AsParserConfigurationException gives the struct behind the value.
	AsParserConfigurationException() *ParserConfigurationExceptionImpl
}

// ParserConfigurationExceptionImpl is the struct behind ParserConfigurationException.
type ParserConfigurationExceptionImpl struct{ ExceptionImpl }

// AsParserConfigurationException gives the struct behind the value.
func (e *ParserConfigurationExceptionImpl) AsParserConfigurationException() *ParserConfigurationExceptionImpl {
	return e
}

// NewParserConfigurationException is the constructor ParserConfigurationException().
func NewParserConfigurationException() *ParserConfigurationExceptionImpl {
	e := &ParserConfigurationExceptionImpl{}
	e.InitParserConfigurationException(e)
	return e
}

// InitParserConfigurationException runs ParserConfigurationException() on a ParserConfigurationException or the ParserConfigurationException part of a subclass.
func (e *ParserConfigurationExceptionImpl) InitParserConfigurationException(self ParserConfigurationException) {
	e.ExceptionImpl.InitException(self)
}

// NewParserConfigurationException2 is the constructor ParserConfigurationException(String).
func NewParserConfigurationException2(message string) *ParserConfigurationExceptionImpl {
	e := &ParserConfigurationExceptionImpl{}
	e.InitParserConfigurationException2(e, message)
	return e
}

// InitParserConfigurationException2 runs ParserConfigurationException(String) on a ParserConfigurationException or the ParserConfigurationException part of a subclass.
func (e *ParserConfigurationExceptionImpl) InitParserConfigurationException2(self ParserConfigurationException, message string) {
	e.ExceptionImpl.InitException2(self, message)
}

// DateTimeException is java.time.DateTimeException.
type DateTimeException interface {
	RuntimeException
	// AsDateTimeException gives the struct behind the value.
	AsDateTimeException() *DateTimeExceptionImpl
}

// DateTimeExceptionImpl is the struct behind DateTimeException.
type DateTimeExceptionImpl struct{ RuntimeExceptionImpl }

// AsDateTimeException gives the struct behind the value.
func (e *DateTimeExceptionImpl) AsDateTimeException() *DateTimeExceptionImpl { return e }

// NewDateTimeException2 is the constructor DateTimeException(String).
func NewDateTimeException2(message string) *DateTimeExceptionImpl {
	e := &DateTimeExceptionImpl{}
	e.InitDateTimeException2(e, message)
	return e
}

// InitDateTimeException2 runs DateTimeException(String) on a DateTimeException or the DateTimeException part of a subclass.
func (e *DateTimeExceptionImpl) InitDateTimeException2(self DateTimeException, message string) {
	e.RuntimeExceptionImpl.InitRuntimeException2(self, message)
}

// NewDateTimeException3 is the constructor DateTimeException(String, Throwable).
func NewDateTimeException3(message string, cause Throwable) *DateTimeExceptionImpl {
	e := &DateTimeExceptionImpl{}
	e.InitDateTimeException3(e, message, cause)
	return e
}

// InitDateTimeException3 runs DateTimeException(String, Throwable) on a DateTimeException or the DateTimeException part of a subclass.
func (e *DateTimeExceptionImpl) InitDateTimeException3(self DateTimeException, message string, cause Throwable) {
	e.RuntimeExceptionImpl.InitRuntimeException3(self, message, cause)
}

func init() {
	registerClassNames(map[string]string{
		"GeneralSecurityExceptionImpl":     "java.security.GeneralSecurityException",
		"NoSuchAlgorithmExceptionImpl":     "java.security.NoSuchAlgorithmException",
		"UnknownHostExceptionImpl":         "java.net.UnknownHostException",
		"SocketExceptionImpl":              "java.net.SocketException",
		"BufferUnderflowExceptionImpl":     "java.nio.BufferUnderflowException",
		"BufferOverflowExceptionImpl":      "java.nio.BufferOverflowException",
		"ReadOnlyBufferExceptionImpl":      "java.nio.ReadOnlyBufferException",
		"InvalidMarkExceptionImpl":         "java.nio.InvalidMarkException",
		"ParserConfigurationExceptionImpl": "javax.xml.parsers.ParserConfigurationException",
		"DateTimeExceptionImpl":            "java.time.DateTimeException",
	})
}
