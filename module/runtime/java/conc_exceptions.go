package java

// The exceptions of java.util.concurrent, following the object model of port.md like the
// java.lang ones (lang_exceptions.go): NewX (), NewX2 (String), NewX3 (String, Throwable),
// NewX4 (Throwable) where Java declares them.

// TimeoutException is java.util.concurrent.TimeoutException.
type TimeoutException interface {
	Exception
	// AsTimeoutException gives the struct behind the value.
	AsTimeoutException() *TimeoutExceptionImpl
}

// TimeoutExceptionImpl is the struct behind TimeoutException.
type TimeoutExceptionImpl struct{ ExceptionImpl }

// AsTimeoutException gives the struct behind the value.
func (e *TimeoutExceptionImpl) AsTimeoutException() *TimeoutExceptionImpl { return e }

// NewTimeoutException is the constructor TimeoutException().
func NewTimeoutException() *TimeoutExceptionImpl {
	e := &TimeoutExceptionImpl{}
	e.InitTimeoutException(e)
	return e
}

// InitTimeoutException runs TimeoutException() on a TimeoutException or the TimeoutException part of a subclass.
func (e *TimeoutExceptionImpl) InitTimeoutException(self TimeoutException) {
	e.ExceptionImpl.InitException(self)
}

// NewTimeoutException2 is the constructor TimeoutException(String).
func NewTimeoutException2(message string) *TimeoutExceptionImpl {
	e := &TimeoutExceptionImpl{}
	e.InitTimeoutException2(e, message)
	return e
}

// InitTimeoutException2 runs TimeoutException(String) on a TimeoutException or the TimeoutException part of a subclass.
func (e *TimeoutExceptionImpl) InitTimeoutException2(self TimeoutException, message string) {
	e.ExceptionImpl.InitException2(self, message)
}

// ExecutionException is java.util.concurrent.ExecutionException.
type ExecutionException interface {
	Exception
	// AsExecutionException gives the struct behind the value.
	AsExecutionException() *ExecutionExceptionImpl
}

// ExecutionExceptionImpl is the struct behind ExecutionException.
type ExecutionExceptionImpl struct{ ExceptionImpl }

// AsExecutionException gives the struct behind the value.
func (e *ExecutionExceptionImpl) AsExecutionException() *ExecutionExceptionImpl { return e }

// NewExecutionException is the constructor ExecutionException().
func NewExecutionException() *ExecutionExceptionImpl {
	e := &ExecutionExceptionImpl{}
	e.InitExecutionException(e)
	return e
}

// InitExecutionException runs ExecutionException() on a ExecutionException or the ExecutionException part of a subclass.
func (e *ExecutionExceptionImpl) InitExecutionException(self ExecutionException) {
	e.ExceptionImpl.InitException(self)
}

// NewExecutionException2 is the constructor ExecutionException(String).
func NewExecutionException2(message string) *ExecutionExceptionImpl {
	e := &ExecutionExceptionImpl{}
	e.InitExecutionException2(e, message)
	return e
}

// InitExecutionException2 runs ExecutionException(String) on a ExecutionException or the ExecutionException part of a subclass.
func (e *ExecutionExceptionImpl) InitExecutionException2(self ExecutionException, message string) {
	e.ExceptionImpl.InitException2(self, message)
}

// NewExecutionException3 is the constructor ExecutionException(String, Throwable).
func NewExecutionException3(message string, cause Throwable) *ExecutionExceptionImpl {
	e := &ExecutionExceptionImpl{}
	e.InitExecutionException3(e, message, cause)
	return e
}

// InitExecutionException3 runs ExecutionException(String, Throwable) on a ExecutionException or the ExecutionException part of a subclass.
func (e *ExecutionExceptionImpl) InitExecutionException3(self ExecutionException, message string, cause Throwable) {
	e.ExceptionImpl.InitException3(self, message, cause)
}

// NewExecutionException4 is the constructor ExecutionException(Throwable).
func NewExecutionException4(cause Throwable) *ExecutionExceptionImpl {
	e := &ExecutionExceptionImpl{}
	e.InitExecutionException4(e, cause)
	return e
}

// InitExecutionException4 runs ExecutionException(Throwable) on a ExecutionException or the ExecutionException part of a subclass.
func (e *ExecutionExceptionImpl) InitExecutionException4(self ExecutionException, cause Throwable) {
	e.ExceptionImpl.InitException4(self, cause)
}

// CancellationException is java.util.concurrent.CancellationException.
type CancellationException interface {
	IllegalStateException
	// AsCancellationException gives the struct behind the value.
	AsCancellationException() *CancellationExceptionImpl
}

// CancellationExceptionImpl is the struct behind CancellationException.
type CancellationExceptionImpl struct{ IllegalStateExceptionImpl }

// AsCancellationException gives the struct behind the value.
func (e *CancellationExceptionImpl) AsCancellationException() *CancellationExceptionImpl { return e }

// NewCancellationException is the constructor CancellationException().
func NewCancellationException() *CancellationExceptionImpl {
	e := &CancellationExceptionImpl{}
	e.InitCancellationException(e)
	return e
}

// InitCancellationException runs CancellationException() on a CancellationException or the CancellationException part of a subclass.
func (e *CancellationExceptionImpl) InitCancellationException(self CancellationException) {
	e.IllegalStateExceptionImpl.InitIllegalStateException(self)
}

// NewCancellationException2 is the constructor CancellationException(String).
func NewCancellationException2(message string) *CancellationExceptionImpl {
	e := &CancellationExceptionImpl{}
	e.InitCancellationException2(e, message)
	return e
}

// InitCancellationException2 runs CancellationException(String) on a CancellationException or the CancellationException part of a subclass.
func (e *CancellationExceptionImpl) InitCancellationException2(self CancellationException, message string) {
	e.IllegalStateExceptionImpl.InitIllegalStateException2(self, message)
}

// RejectedExecutionException is java.util.concurrent.RejectedExecutionException.
type RejectedExecutionException interface {
	RuntimeException
	// AsRejectedExecutionException gives the struct behind the value.
	AsRejectedExecutionException() *RejectedExecutionExceptionImpl
}

// RejectedExecutionExceptionImpl is the struct behind RejectedExecutionException.
type RejectedExecutionExceptionImpl struct{ RuntimeExceptionImpl }

// AsRejectedExecutionException gives the struct behind the value.
func (e *RejectedExecutionExceptionImpl) AsRejectedExecutionException() *RejectedExecutionExceptionImpl {
	return e
}

// NewRejectedExecutionException is the constructor RejectedExecutionException().
func NewRejectedExecutionException() *RejectedExecutionExceptionImpl {
	e := &RejectedExecutionExceptionImpl{}
	e.InitRejectedExecutionException(e)
	return e
}

// InitRejectedExecutionException runs RejectedExecutionException() on a RejectedExecutionException or the RejectedExecutionException part of a subclass.
func (e *RejectedExecutionExceptionImpl) InitRejectedExecutionException(self RejectedExecutionException) {
	e.RuntimeExceptionImpl.InitRuntimeException(self)
}

// NewRejectedExecutionException2 is the constructor RejectedExecutionException(String).
func NewRejectedExecutionException2(message string) *RejectedExecutionExceptionImpl {
	e := &RejectedExecutionExceptionImpl{}
	e.InitRejectedExecutionException2(e, message)
	return e
}

// InitRejectedExecutionException2 runs RejectedExecutionException(String) on a RejectedExecutionException or the RejectedExecutionException part of a subclass.
func (e *RejectedExecutionExceptionImpl) InitRejectedExecutionException2(self RejectedExecutionException, message string) {
	e.RuntimeExceptionImpl.InitRuntimeException2(self, message)
}

// NewRejectedExecutionException3 is the constructor RejectedExecutionException(String, Throwable).
func NewRejectedExecutionException3(message string, cause Throwable) *RejectedExecutionExceptionImpl {
	e := &RejectedExecutionExceptionImpl{}
	e.InitRejectedExecutionException3(e, message, cause)
	return e
}

// InitRejectedExecutionException3 runs RejectedExecutionException(String, Throwable) on a RejectedExecutionException or the RejectedExecutionException part of a subclass.
func (e *RejectedExecutionExceptionImpl) InitRejectedExecutionException3(self RejectedExecutionException, message string, cause Throwable) {
	e.RuntimeExceptionImpl.InitRuntimeException3(self, message, cause)
}

// NewRejectedExecutionException4 is the constructor RejectedExecutionException(Throwable).
func NewRejectedExecutionException4(cause Throwable) *RejectedExecutionExceptionImpl {
	e := &RejectedExecutionExceptionImpl{}
	e.InitRejectedExecutionException4(e, cause)
	return e
}

// InitRejectedExecutionException4 runs RejectedExecutionException(Throwable) on a RejectedExecutionException or the RejectedExecutionException part of a subclass.
func (e *RejectedExecutionExceptionImpl) InitRejectedExecutionException4(self RejectedExecutionException, cause Throwable) {
	e.RuntimeExceptionImpl.InitRuntimeException4(self, cause)
}

// CompletionException is java.util.concurrent.CompletionException.
type CompletionException interface {
	RuntimeException
	// AsCompletionException gives the struct behind the value.
	AsCompletionException() *CompletionExceptionImpl
}

// CompletionExceptionImpl is the struct behind CompletionException.
type CompletionExceptionImpl struct{ RuntimeExceptionImpl }

// AsCompletionException gives the struct behind the value.
func (e *CompletionExceptionImpl) AsCompletionException() *CompletionExceptionImpl { return e }

// NewCompletionException is the constructor CompletionException().
func NewCompletionException() *CompletionExceptionImpl {
	e := &CompletionExceptionImpl{}
	e.InitCompletionException(e)
	return e
}

// InitCompletionException runs CompletionException() on a CompletionException or the CompletionException part of a subclass.
func (e *CompletionExceptionImpl) InitCompletionException(self CompletionException) {
	e.RuntimeExceptionImpl.InitRuntimeException(self)
}

// NewCompletionException2 is the constructor CompletionException(String).
func NewCompletionException2(message string) *CompletionExceptionImpl {
	e := &CompletionExceptionImpl{}
	e.InitCompletionException2(e, message)
	return e
}

// InitCompletionException2 runs CompletionException(String) on a CompletionException or the CompletionException part of a subclass.
func (e *CompletionExceptionImpl) InitCompletionException2(self CompletionException, message string) {
	e.RuntimeExceptionImpl.InitRuntimeException2(self, message)
}

// NewCompletionException3 is the constructor CompletionException(String, Throwable).
func NewCompletionException3(message string, cause Throwable) *CompletionExceptionImpl {
	e := &CompletionExceptionImpl{}
	e.InitCompletionException3(e, message, cause)
	return e
}

// InitCompletionException3 runs CompletionException(String, Throwable) on a CompletionException or the CompletionException part of a subclass.
func (e *CompletionExceptionImpl) InitCompletionException3(self CompletionException, message string, cause Throwable) {
	e.RuntimeExceptionImpl.InitRuntimeException3(self, message, cause)
}

// NewCompletionException4 is the constructor CompletionException(Throwable).
func NewCompletionException4(cause Throwable) *CompletionExceptionImpl {
	e := &CompletionExceptionImpl{}
	e.InitCompletionException4(e, cause)
	return e
}

// InitCompletionException4 runs CompletionException(Throwable) on a CompletionException or the CompletionException part of a subclass.
func (e *CompletionExceptionImpl) InitCompletionException4(self CompletionException, cause Throwable) {
	e.RuntimeExceptionImpl.InitRuntimeException4(self, cause)
}

// BrokenBarrierException is java.util.concurrent.BrokenBarrierException.
type BrokenBarrierException interface {
	Exception
	// AsBrokenBarrierException gives the struct behind the value.
	AsBrokenBarrierException() *BrokenBarrierExceptionImpl
}

// BrokenBarrierExceptionImpl is the struct behind BrokenBarrierException.
type BrokenBarrierExceptionImpl struct{ ExceptionImpl }

// AsBrokenBarrierException gives the struct behind the value.
func (e *BrokenBarrierExceptionImpl) AsBrokenBarrierException() *BrokenBarrierExceptionImpl { return e }

// NewBrokenBarrierException is the constructor BrokenBarrierException().
func NewBrokenBarrierException() *BrokenBarrierExceptionImpl {
	e := &BrokenBarrierExceptionImpl{}
	e.InitBrokenBarrierException(e)
	return e
}

// InitBrokenBarrierException runs BrokenBarrierException() on a BrokenBarrierException or the BrokenBarrierException part of a subclass.
func (e *BrokenBarrierExceptionImpl) InitBrokenBarrierException(self BrokenBarrierException) {
	e.ExceptionImpl.InitException(self)
}

// NewBrokenBarrierException2 is the constructor BrokenBarrierException(String).
func NewBrokenBarrierException2(message string) *BrokenBarrierExceptionImpl {
	e := &BrokenBarrierExceptionImpl{}
	e.InitBrokenBarrierException2(e, message)
	return e
}

// InitBrokenBarrierException2 runs BrokenBarrierException(String) on a BrokenBarrierException or the BrokenBarrierException part of a subclass.
func (e *BrokenBarrierExceptionImpl) InitBrokenBarrierException2(self BrokenBarrierException, message string) {
	e.ExceptionImpl.InitException2(self, message)
}

func init() {
	registerClassNames(map[string]string{
		"TimeoutExceptionImpl":           "java.util.concurrent.TimeoutException",
		"ExecutionExceptionImpl":         "java.util.concurrent.ExecutionException",
		"CancellationExceptionImpl":      "java.util.concurrent.CancellationException",
		"RejectedExecutionExceptionImpl": "java.util.concurrent.RejectedExecutionException",
		"CompletionExceptionImpl":        "java.util.concurrent.CompletionException",
		"BrokenBarrierExceptionImpl":     "java.util.concurrent.BrokenBarrierException",
	})
}
