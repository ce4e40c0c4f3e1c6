package java

// The standard exception and error classes, each following the object model of port.md:
// interface X (embedding its superclass's interface) with AsX(), struct XImpl embedding the
// superclass's Impl, constructors NewX (no arguments), NewX2 (String message), NewX3
// (String message, Throwable cause), NewX4 (Throwable cause) where Java declares them, and
// matching initialisers InitX... that a subclass's constructor calls.

// Exception is java.lang.Exception.
type Exception interface {
	Throwable
	// AsException gives the struct behind the value.
	AsException() *ExceptionImpl
}

// ExceptionImpl is the struct behind Exception.
type ExceptionImpl struct{ ThrowableImpl }

// AsException gives the struct behind the value.
func (e *ExceptionImpl) AsException() *ExceptionImpl { return e }

// NewException is the constructor Exception().
func NewException() *ExceptionImpl {
	e := &ExceptionImpl{}
	e.InitException(e)
	return e
}

// InitException runs Exception() on an Exception or the Exception part of a subclass.
func (e *ExceptionImpl) InitException(self Exception) {
	e.ThrowableImpl.InitThrowable(self)
}

// NewException2 is the constructor Exception(String).
func NewException2(message string) *ExceptionImpl {
	e := &ExceptionImpl{}
	e.InitException2(e, message)
	return e
}

// InitException2 runs Exception(String) on an Exception or the Exception part of a subclass.
func (e *ExceptionImpl) InitException2(self Exception, message string) {
	e.ThrowableImpl.InitThrowable2(self, message)
}

// NewException3 is the constructor Exception(String, Throwable).
func NewException3(message string, cause Throwable) *ExceptionImpl {
	e := &ExceptionImpl{}
	e.InitException3(e, message, cause)
	return e
}

// InitException3 runs Exception(String, Throwable) on an Exception or the Exception part of a subclass.
func (e *ExceptionImpl) InitException3(self Exception, message string, cause Throwable) {
	e.ThrowableImpl.InitThrowable3(self, message, cause)
}

// NewException4 is the constructor Exception(Throwable).
func NewException4(cause Throwable) *ExceptionImpl {
	e := &ExceptionImpl{}
	e.InitException4(e, cause)
	return e
}

// InitException4 runs Exception(Throwable) on an Exception or the Exception part of a subclass.
func (e *ExceptionImpl) InitException4(self Exception, cause Throwable) {
	e.ThrowableImpl.InitThrowable4(self, cause)
}

// RuntimeException is java.lang.RuntimeException.
type RuntimeException interface {
	Exception
	// AsRuntimeException gives the struct behind the value.
	AsRuntimeException() *RuntimeExceptionImpl
}

// RuntimeExceptionImpl is the struct behind RuntimeException.
type RuntimeExceptionImpl struct{ ExceptionImpl }

// AsRuntimeException gives the struct behind the value.
func (e *RuntimeExceptionImpl) AsRuntimeException() *RuntimeExceptionImpl { return e }

// NewRuntimeException is the constructor RuntimeException().
func NewRuntimeException() *RuntimeExceptionImpl {
	e := &RuntimeExceptionImpl{}
	e.InitRuntimeException(e)
	return e
}

// InitRuntimeException runs RuntimeException() on a RuntimeException or the RuntimeException part of a subclass.
func (e *RuntimeExceptionImpl) InitRuntimeException(self RuntimeException) {
	e.ExceptionImpl.InitException(self)
}

// NewRuntimeException2 is the constructor RuntimeException(String).
func NewRuntimeException2(message string) *RuntimeExceptionImpl {
	e := &RuntimeExceptionImpl{}
	e.InitRuntimeException2(e, message)
	return e
}

// InitRuntimeException2 runs RuntimeException(String) on a RuntimeException or the RuntimeException part of a subclass.
func (e *RuntimeExceptionImpl) InitRuntimeException2(self RuntimeException, message string) {
	e.ExceptionImpl.InitException2(self, message)
}

// NewRuntimeException3 is the constructor RuntimeException(String, Throwable).
func NewRuntimeException3(message string, cause Throwable) *RuntimeExceptionImpl {
	e := &RuntimeExceptionImpl{}
	e.InitRuntimeException3(e, message, cause)
	return e
}

// InitRuntimeException3 runs RuntimeException(String, Throwable) on a RuntimeException or the RuntimeException part of a subclass.
func (e *RuntimeExceptionImpl) InitRuntimeException3(self RuntimeException, message string, cause Throwable) {
	e.ExceptionImpl.InitException3(self, message, cause)
}

// NewRuntimeException4 is the constructor RuntimeException(Throwable).
func NewRuntimeException4(cause Throwable) *RuntimeExceptionImpl {
	e := &RuntimeExceptionImpl{}
	e.InitRuntimeException4(e, cause)
	return e
}

// InitRuntimeException4 runs RuntimeException(Throwable) on a RuntimeException or the RuntimeException part of a subclass.
func (e *RuntimeExceptionImpl) InitRuntimeException4(self RuntimeException, cause Throwable) {
	e.ExceptionImpl.InitException4(self, cause)
}

// Error is java.lang.Error.
type Error interface {
	Throwable
	// AsError gives the struct behind the value.
	AsError() *ErrorImpl
}

// ErrorImpl is the struct behind Error.
type ErrorImpl struct{ ThrowableImpl }

// AsError gives the struct behind the value.
func (e *ErrorImpl) AsError() *ErrorImpl { return e }

// NewError is the constructor Error().
func NewError() *ErrorImpl {
	e := &ErrorImpl{}
	e.InitError(e)
	return e
}

// InitError runs Error() on an Error or the Error part of a subclass.
func (e *ErrorImpl) InitError(self Error) {
	e.ThrowableImpl.InitThrowable(self)
}

// NewError2 is the constructor Error(String).
func NewError2(message string) *ErrorImpl {
	e := &ErrorImpl{}
	e.InitError2(e, message)
	return e
}

// InitError2 runs Error(String) on an Error or the Error part of a subclass.
func (e *ErrorImpl) InitError2(self Error, message string) {
	e.ThrowableImpl.InitThrowable2(self, message)
}

// NewError3 is the constructor Error(String, Throwable).
func NewError3(message string, cause Throwable) *ErrorImpl {
	e := &ErrorImpl{}
	e.InitError3(e, message, cause)
	return e
}

// InitError3 runs Error(String, Throwable) on an Error or the Error part of a subclass.
func (e *ErrorImpl) InitError3(self Error, message string, cause Throwable) {
	e.ThrowableImpl.InitThrowable3(self, message, cause)
}

// NewError4 is the constructor Error(Throwable).
func NewError4(cause Throwable) *ErrorImpl {
	e := &ErrorImpl{}
	e.InitError4(e, cause)
	return e
}

// InitError4 runs Error(Throwable) on an Error or the Error part of a subclass.
func (e *ErrorImpl) InitError4(self Error, cause Throwable) {
	e.ThrowableImpl.InitThrowable4(self, cause)
}

// IllegalArgumentException is java.lang.IllegalArgumentException.
type IllegalArgumentException interface {
	RuntimeException
	// AsIllegalArgumentException gives the struct behind the value.
	AsIllegalArgumentException() *IllegalArgumentExceptionImpl
}

// IllegalArgumentExceptionImpl is the struct behind IllegalArgumentException.
type IllegalArgumentExceptionImpl struct{ RuntimeExceptionImpl }

// AsIllegalArgumentException gives the struct behind the value.
func (e *IllegalArgumentExceptionImpl) AsIllegalArgumentException() *IllegalArgumentExceptionImpl {
	return e
}

// NewIllegalArgumentException is the constructor IllegalArgumentException().
func NewIllegalArgumentException() *IllegalArgumentExceptionImpl {
	e := &IllegalArgumentExceptionImpl{}
	e.InitIllegalArgumentException(e)
	return e
}

// InitIllegalArgumentException runs IllegalArgumentException() on an IllegalArgumentException or the IllegalArgumentException part of a subclass.
func (e *IllegalArgumentExceptionImpl) InitIllegalArgumentException(self IllegalArgumentException) {
	e.RuntimeExceptionImpl.InitRuntimeException(self)
}

// NewIllegalArgumentException2 is the constructor IllegalArgumentException(String).
func NewIllegalArgumentException2(message string) *IllegalArgumentExceptionImpl {
	e := &IllegalArgumentExceptionImpl{}
	e.InitIllegalArgumentException2(e, message)
	return e
}

// InitIllegalArgumentException2 runs IllegalArgumentException(String) on an IllegalArgumentException or the IllegalArgumentException part of a subclass.
func (e *IllegalArgumentExceptionImpl) InitIllegalArgumentException2(self IllegalArgumentException, message string) {
	e.RuntimeExceptionImpl.InitRuntimeException2(self, message)
}

// NewIllegalArgumentException3 is the constructor IllegalArgumentException(String, Throwable).
func NewIllegalArgumentException3(message string, cause Throwable) *IllegalArgumentExceptionImpl {
	e := &IllegalArgumentExceptionImpl{}
	e.InitIllegalArgumentException3(e, message, cause)
	return e
}

// InitIllegalArgumentException3 runs IllegalArgumentException(String, Throwable) on an IllegalArgumentException or the IllegalArgumentException part of a subclass.
func (e *IllegalArgumentExceptionImpl) InitIllegalArgumentException3(self IllegalArgumentException, message string, cause Throwable) {
	e.RuntimeExceptionImpl.InitRuntimeException3(self, message, cause)
}

// NewIllegalArgumentException4 is the constructor IllegalArgumentException(Throwable).
func NewIllegalArgumentException4(cause Throwable) *IllegalArgumentExceptionImpl {
	e := &IllegalArgumentExceptionImpl{}
	e.InitIllegalArgumentException4(e, cause)
	return e
}

// InitIllegalArgumentException4 runs IllegalArgumentException(Throwable) on an IllegalArgumentException or the IllegalArgumentException part of a subclass.
func (e *IllegalArgumentExceptionImpl) InitIllegalArgumentException4(self IllegalArgumentException, cause Throwable) {
	e.RuntimeExceptionImpl.InitRuntimeException4(self, cause)
}

// IllegalStateException is java.lang.IllegalStateException.
type IllegalStateException interface {
	RuntimeException
	// AsIllegalStateException gives the struct behind the value.
	AsIllegalStateException() *IllegalStateExceptionImpl
}

// IllegalStateExceptionImpl is the struct behind IllegalStateException.
type IllegalStateExceptionImpl struct{ RuntimeExceptionImpl }

// AsIllegalStateException gives the struct behind the value.
func (e *IllegalStateExceptionImpl) AsIllegalStateException() *IllegalStateExceptionImpl { return e }

// NewIllegalStateException is the constructor IllegalStateException().
func NewIllegalStateException() *IllegalStateExceptionImpl {
	e := &IllegalStateExceptionImpl{}
	e.InitIllegalStateException(e)
	return e
}

// InitIllegalStateException runs IllegalStateException() on an IllegalStateException or the IllegalStateException part of a subclass.
func (e *IllegalStateExceptionImpl) InitIllegalStateException(self IllegalStateException) {
	e.RuntimeExceptionImpl.InitRuntimeException(self)
}

// NewIllegalStateException2 is the constructor IllegalStateException(String).
func NewIllegalStateException2(message string) *IllegalStateExceptionImpl {
	e := &IllegalStateExceptionImpl{}
	e.InitIllegalStateException2(e, message)
	return e
}

// InitIllegalStateException2 runs IllegalStateException(String) on an IllegalStateException or the IllegalStateException part of a subclass.
func (e *IllegalStateExceptionImpl) InitIllegalStateException2(self IllegalStateException, message string) {
	e.RuntimeExceptionImpl.InitRuntimeException2(self, message)
}

// NewIllegalStateException3 is the constructor IllegalStateException(String, Throwable).
func NewIllegalStateException3(message string, cause Throwable) *IllegalStateExceptionImpl {
	e := &IllegalStateExceptionImpl{}
	e.InitIllegalStateException3(e, message, cause)
	return e
}

// InitIllegalStateException3 runs IllegalStateException(String, Throwable) on an IllegalStateException or the IllegalStateException part of a subclass.
func (e *IllegalStateExceptionImpl) InitIllegalStateException3(self IllegalStateException, message string, cause Throwable) {
	e.RuntimeExceptionImpl.InitRuntimeException3(self, message, cause)
}

// NewIllegalStateException4 is the constructor IllegalStateException(Throwable).
func NewIllegalStateException4(cause Throwable) *IllegalStateExceptionImpl {
	e := &IllegalStateExceptionImpl{}
	e.InitIllegalStateException4(e, cause)
	return e
}

// InitIllegalStateException4 runs IllegalStateException(Throwable) on an IllegalStateException or the IllegalStateException part of a subclass.
func (e *IllegalStateExceptionImpl) InitIllegalStateException4(self IllegalStateException, cause Throwable) {
	e.RuntimeExceptionImpl.InitRuntimeException4(self, cause)
}

// NullPointerException is java.lang.NullPointerException.
type NullPointerException interface {
	RuntimeException
	// AsNullPointerException gives the struct behind the value.
	AsNullPointerException() *NullPointerExceptionImpl
}

// NullPointerExceptionImpl is the struct behind NullPointerException.
type NullPointerExceptionImpl struct{ RuntimeExceptionImpl }

// AsNullPointerException gives the struct behind the value.
func (e *NullPointerExceptionImpl) AsNullPointerException() *NullPointerExceptionImpl { return e }

// NewNullPointerException is the constructor NullPointerException().
func NewNullPointerException() *NullPointerExceptionImpl {
	e := &NullPointerExceptionImpl{}
	e.InitNullPointerException(e)
	return e
}

// InitNullPointerException runs NullPointerException() on a NullPointerException or the NullPointerException part of a subclass.
func (e *NullPointerExceptionImpl) InitNullPointerException(self NullPointerException) {
	e.RuntimeExceptionImpl.InitRuntimeException(self)
}

// NewNullPointerException2 is the constructor NullPointerException(String).
func NewNullPointerException2(message string) *NullPointerExceptionImpl {
	e := &NullPointerExceptionImpl{}
	e.InitNullPointerException2(e, message)
	return e
}

// InitNullPointerException2 runs NullPointerException(String) on a NullPointerException or the NullPointerException part of a subclass.
func (e *NullPointerExceptionImpl) InitNullPointerException2(self NullPointerException, message string) {
	e.RuntimeExceptionImpl.InitRuntimeException2(self, message)
}

// ArithmeticException is java.lang.ArithmeticException.
type ArithmeticException interface {
	RuntimeException
	// AsArithmeticException gives the struct behind the value.
	AsArithmeticException() *ArithmeticExceptionImpl
}

// ArithmeticExceptionImpl is the struct behind ArithmeticException.
type ArithmeticExceptionImpl struct{ RuntimeExceptionImpl }

// AsArithmeticException gives the struct behind the value.
func (e *ArithmeticExceptionImpl) AsArithmeticException() *ArithmeticExceptionImpl { return e }

// NewArithmeticException is the constructor ArithmeticException().
func NewArithmeticException() *ArithmeticExceptionImpl {
	e := &ArithmeticExceptionImpl{}
	e.InitArithmeticException(e)
	return e
}

// InitArithmeticException runs ArithmeticException() on an ArithmeticException or the ArithmeticException part of a subclass.
func (e *ArithmeticExceptionImpl) InitArithmeticException(self ArithmeticException) {
	e.RuntimeExceptionImpl.InitRuntimeException(self)
}

// NewArithmeticException2 is the constructor ArithmeticException(String).
func NewArithmeticException2(message string) *ArithmeticExceptionImpl {
	e := &ArithmeticExceptionImpl{}
	e.InitArithmeticException2(e, message)
	return e
}

// InitArithmeticException2 runs ArithmeticException(String) on an ArithmeticException or the ArithmeticException part of a subclass.
func (e *ArithmeticExceptionImpl) InitArithmeticException2(self ArithmeticException, message string) {
	e.RuntimeExceptionImpl.InitRuntimeException2(self, message)
}

// IndexOutOfBoundsException is java.lang.IndexOutOfBoundsException.
type IndexOutOfBoundsException interface {
	RuntimeException
	// AsIndexOutOfBoundsException gives the struct behind the value.
	AsIndexOutOfBoundsException() *IndexOutOfBoundsExceptionImpl
}

// IndexOutOfBoundsExceptionImpl is the struct behind IndexOutOfBoundsException.
type IndexOutOfBoundsExceptionImpl struct{ RuntimeExceptionImpl }

// AsIndexOutOfBoundsException gives the struct behind the value.
func (e *IndexOutOfBoundsExceptionImpl) AsIndexOutOfBoundsException() *IndexOutOfBoundsExceptionImpl {
	return e
}

// NewIndexOutOfBoundsException is the constructor IndexOutOfBoundsException().
func NewIndexOutOfBoundsException() *IndexOutOfBoundsExceptionImpl {
	e := &IndexOutOfBoundsExceptionImpl{}
	e.InitIndexOutOfBoundsException(e)
	return e
}

// InitIndexOutOfBoundsException runs IndexOutOfBoundsException() on an IndexOutOfBoundsException or the IndexOutOfBoundsException part of a subclass.
func (e *IndexOutOfBoundsExceptionImpl) InitIndexOutOfBoundsException(self IndexOutOfBoundsException) {
	e.RuntimeExceptionImpl.InitRuntimeException(self)
}

// NewIndexOutOfBoundsException2 is the constructor IndexOutOfBoundsException(String).
func NewIndexOutOfBoundsException2(message string) *IndexOutOfBoundsExceptionImpl {
	e := &IndexOutOfBoundsExceptionImpl{}
	e.InitIndexOutOfBoundsException2(e, message)
	return e
}

// InitIndexOutOfBoundsException2 runs IndexOutOfBoundsException(String) on an IndexOutOfBoundsException or the IndexOutOfBoundsException part of a subclass.
func (e *IndexOutOfBoundsExceptionImpl) InitIndexOutOfBoundsException2(self IndexOutOfBoundsException, message string) {
	e.RuntimeExceptionImpl.InitRuntimeException2(self, message)
}

// NewIndexOutOfBoundsExceptionIndex is the constructor IndexOutOfBoundsException(int).
func NewIndexOutOfBoundsExceptionIndex(index int32) *IndexOutOfBoundsExceptionImpl {
	e := &IndexOutOfBoundsExceptionImpl{}
	e.InitIndexOutOfBoundsExceptionIndex(e, index)
	return e
}

// InitIndexOutOfBoundsExceptionIndex runs IndexOutOfBoundsException(int) on an IndexOutOfBoundsException or the IndexOutOfBoundsException part of a subclass.
func (e *IndexOutOfBoundsExceptionImpl) InitIndexOutOfBoundsExceptionIndex(self IndexOutOfBoundsException, index int32) {
	e.RuntimeExceptionImpl.InitRuntimeException2(self, "Index out of range: "+IntStr(index))
}

// ArrayIndexOutOfBoundsException is java.lang.ArrayIndexOutOfBoundsException.
type ArrayIndexOutOfBoundsException interface {
	IndexOutOfBoundsException
	// AsArrayIndexOutOfBoundsException gives the struct behind the value.
	AsArrayIndexOutOfBoundsException() *ArrayIndexOutOfBoundsExceptionImpl
}

// ArrayIndexOutOfBoundsExceptionImpl is the struct behind ArrayIndexOutOfBoundsException.
type ArrayIndexOutOfBoundsExceptionImpl struct{ IndexOutOfBoundsExceptionImpl }

// AsArrayIndexOutOfBoundsException gives the struct behind the value.
func (e *ArrayIndexOutOfBoundsExceptionImpl) AsArrayIndexOutOfBoundsException() *ArrayIndexOutOfBoundsExceptionImpl {
	return e
}

// NewArrayIndexOutOfBoundsException is the constructor ArrayIndexOutOfBoundsException().
func NewArrayIndexOutOfBoundsException() *ArrayIndexOutOfBoundsExceptionImpl {
	e := &ArrayIndexOutOfBoundsExceptionImpl{}
	e.InitArrayIndexOutOfBoundsException(e)
	return e
}

// InitArrayIndexOutOfBoundsException runs ArrayIndexOutOfBoundsException() on an ArrayIndexOutOfBoundsException or the ArrayIndexOutOfBoundsException part of a subclass.
func (e *ArrayIndexOutOfBoundsExceptionImpl) InitArrayIndexOutOfBoundsException(self ArrayIndexOutOfBoundsException) {
	e.IndexOutOfBoundsExceptionImpl.InitIndexOutOfBoundsException(self)
}

// NewArrayIndexOutOfBoundsException2 is the constructor ArrayIndexOutOfBoundsException(String).
func NewArrayIndexOutOfBoundsException2(message string) *ArrayIndexOutOfBoundsExceptionImpl {
	e := &ArrayIndexOutOfBoundsExceptionImpl{}
	e.InitArrayIndexOutOfBoundsException2(e, message)
	return e
}

// InitArrayIndexOutOfBoundsException2 runs ArrayIndexOutOfBoundsException(String) on an ArrayIndexOutOfBoundsException or the ArrayIndexOutOfBoundsException part of a subclass.
func (e *ArrayIndexOutOfBoundsExceptionImpl) InitArrayIndexOutOfBoundsException2(self ArrayIndexOutOfBoundsException, message string) {
	e.IndexOutOfBoundsExceptionImpl.InitIndexOutOfBoundsException2(self, message)
}

// NewArrayIndexOutOfBoundsExceptionIndex is the constructor ArrayIndexOutOfBoundsException(int).
func NewArrayIndexOutOfBoundsExceptionIndex(index int32) *ArrayIndexOutOfBoundsExceptionImpl {
	e := &ArrayIndexOutOfBoundsExceptionImpl{}
	e.InitArrayIndexOutOfBoundsExceptionIndex(e, index)
	return e
}

// InitArrayIndexOutOfBoundsExceptionIndex runs ArrayIndexOutOfBoundsException(int) on an ArrayIndexOutOfBoundsException or the ArrayIndexOutOfBoundsException part of a subclass.
func (e *ArrayIndexOutOfBoundsExceptionImpl) InitArrayIndexOutOfBoundsExceptionIndex(self ArrayIndexOutOfBoundsException, index int32) {
	e.IndexOutOfBoundsExceptionImpl.InitIndexOutOfBoundsException2(self, "Array index out of range: "+IntStr(index))
}

// StringIndexOutOfBoundsException is java.lang.StringIndexOutOfBoundsException.
type StringIndexOutOfBoundsException interface {
	IndexOutOfBoundsException
	// AsStringIndexOutOfBoundsException gives the struct behind the value.
	AsStringIndexOutOfBoundsException() *StringIndexOutOfBoundsExceptionImpl
}

// StringIndexOutOfBoundsExceptionImpl is the struct behind StringIndexOutOfBoundsException.
type StringIndexOutOfBoundsExceptionImpl struct{ IndexOutOfBoundsExceptionImpl }

// AsStringIndexOutOfBoundsException gives the struct behind the value.
func (e *StringIndexOutOfBoundsExceptionImpl) AsStringIndexOutOfBoundsException() *StringIndexOutOfBoundsExceptionImpl {
	return e
}

// NewStringIndexOutOfBoundsException is the constructor StringIndexOutOfBoundsException().
func NewStringIndexOutOfBoundsException() *StringIndexOutOfBoundsExceptionImpl {
	e := &StringIndexOutOfBoundsExceptionImpl{}
	e.InitStringIndexOutOfBoundsException(e)
	return e
}

// InitStringIndexOutOfBoundsException runs StringIndexOutOfBoundsException() on a StringIndexOutOfBoundsException or the StringIndexOutOfBoundsException part of a subclass.
func (e *StringIndexOutOfBoundsExceptionImpl) InitStringIndexOutOfBoundsException(self StringIndexOutOfBoundsException) {
	e.IndexOutOfBoundsExceptionImpl.InitIndexOutOfBoundsException(self)
}

// NewStringIndexOutOfBoundsException2 is the constructor StringIndexOutOfBoundsException(String).
func NewStringIndexOutOfBoundsException2(message string) *StringIndexOutOfBoundsExceptionImpl {
	e := &StringIndexOutOfBoundsExceptionImpl{}
	e.InitStringIndexOutOfBoundsException2(e, message)
	return e
}

// InitStringIndexOutOfBoundsException2 runs StringIndexOutOfBoundsException(String) on a StringIndexOutOfBoundsException or the StringIndexOutOfBoundsException part of a subclass.
func (e *StringIndexOutOfBoundsExceptionImpl) InitStringIndexOutOfBoundsException2(self StringIndexOutOfBoundsException, message string) {
	e.IndexOutOfBoundsExceptionImpl.InitIndexOutOfBoundsException2(self, message)
}

// NewStringIndexOutOfBoundsExceptionIndex is the constructor StringIndexOutOfBoundsException(int).
func NewStringIndexOutOfBoundsExceptionIndex(index int32) *StringIndexOutOfBoundsExceptionImpl {
	e := &StringIndexOutOfBoundsExceptionImpl{}
	e.InitStringIndexOutOfBoundsExceptionIndex(e, index)
	return e
}

// InitStringIndexOutOfBoundsExceptionIndex runs StringIndexOutOfBoundsException(int) on a StringIndexOutOfBoundsException or the StringIndexOutOfBoundsException part of a subclass.
func (e *StringIndexOutOfBoundsExceptionImpl) InitStringIndexOutOfBoundsExceptionIndex(self StringIndexOutOfBoundsException, index int32) {
	e.IndexOutOfBoundsExceptionImpl.InitIndexOutOfBoundsException2(self, "String index out of range: "+IntStr(index))
}

// ClassCastException is java.lang.ClassCastException.
type ClassCastException interface {
	RuntimeException
	// AsClassCastException gives the struct behind the value.
	AsClassCastException() *ClassCastExceptionImpl
}

// ClassCastExceptionImpl is the struct behind ClassCastException.
type ClassCastExceptionImpl struct{ RuntimeExceptionImpl }

// AsClassCastException gives the struct behind the value.
func (e *ClassCastExceptionImpl) AsClassCastException() *ClassCastExceptionImpl { return e }

// NewClassCastException is the constructor ClassCastException().
func NewClassCastException() *ClassCastExceptionImpl {
	e := &ClassCastExceptionImpl{}
	e.InitClassCastException(e)
	return e
}

// InitClassCastException runs ClassCastException() on a ClassCastException or the ClassCastException part of a subclass.
func (e *ClassCastExceptionImpl) InitClassCastException(self ClassCastException) {
	e.RuntimeExceptionImpl.InitRuntimeException(self)
}

// NewClassCastException2 is the constructor ClassCastException(String).
func NewClassCastException2(message string) *ClassCastExceptionImpl {
	e := &ClassCastExceptionImpl{}
	e.InitClassCastException2(e, message)
	return e
}

// InitClassCastException2 runs ClassCastException(String) on a ClassCastException or the ClassCastException part of a subclass.
func (e *ClassCastExceptionImpl) InitClassCastException2(self ClassCastException, message string) {
	e.RuntimeExceptionImpl.InitRuntimeException2(self, message)
}

// NumberFormatException is java.lang.NumberFormatException.
type NumberFormatException interface {
	IllegalArgumentException
	// AsNumberFormatException gives the struct behind the value.
	AsNumberFormatException() *NumberFormatExceptionImpl
}

// NumberFormatExceptionImpl is the struct behind NumberFormatException.
type NumberFormatExceptionImpl struct{ IllegalArgumentExceptionImpl }

// AsNumberFormatException gives the struct behind the value.
func (e *NumberFormatExceptionImpl) AsNumberFormatException() *NumberFormatExceptionImpl { return e }

// NewNumberFormatException is the constructor NumberFormatException().
func NewNumberFormatException() *NumberFormatExceptionImpl {
	e := &NumberFormatExceptionImpl{}
	e.InitNumberFormatException(e)
	return e
}

// InitNumberFormatException runs NumberFormatException() on a NumberFormatException or the NumberFormatException part of a subclass.
func (e *NumberFormatExceptionImpl) InitNumberFormatException(self NumberFormatException) {
	e.IllegalArgumentExceptionImpl.InitIllegalArgumentException(self)
}

// NewNumberFormatException2 is the constructor NumberFormatException(String).
func NewNumberFormatException2(message string) *NumberFormatExceptionImpl {
	e := &NumberFormatExceptionImpl{}
	e.InitNumberFormatException2(e, message)
	return e
}

// InitNumberFormatException2 runs NumberFormatException(String) on a NumberFormatException or the NumberFormatException part of a subclass.
func (e *NumberFormatExceptionImpl) InitNumberFormatException2(self NumberFormatException, message string) {
	e.IllegalArgumentExceptionImpl.InitIllegalArgumentException2(self, message)
}

// UnsupportedOperationException is java.lang.UnsupportedOperationException.
type UnsupportedOperationException interface {
	RuntimeException
	// AsUnsupportedOperationException gives the struct behind the value.
	AsUnsupportedOperationException() *UnsupportedOperationExceptionImpl
}

// UnsupportedOperationExceptionImpl is the struct behind UnsupportedOperationException.
type UnsupportedOperationExceptionImpl struct{ RuntimeExceptionImpl }

// AsUnsupportedOperationException gives the struct behind the value.
func (e *UnsupportedOperationExceptionImpl) AsUnsupportedOperationException() *UnsupportedOperationExceptionImpl {
	return e
}

// NewUnsupportedOperationException is the constructor UnsupportedOperationException().
func NewUnsupportedOperationException() *UnsupportedOperationExceptionImpl {
	e := &UnsupportedOperationExceptionImpl{}
	e.InitUnsupportedOperationException(e)
	return e
}

// InitUnsupportedOperationException runs UnsupportedOperationException() on an UnsupportedOperationException or the UnsupportedOperationException part of a subclass.
func (e *UnsupportedOperationExceptionImpl) InitUnsupportedOperationException(self UnsupportedOperationException) {
	e.RuntimeExceptionImpl.InitRuntimeException(self)
}

// NewUnsupportedOperationException2 is the constructor UnsupportedOperationException(String).
func NewUnsupportedOperationException2(message string) *UnsupportedOperationExceptionImpl {
	e := &UnsupportedOperationExceptionImpl{}
	e.InitUnsupportedOperationException2(e, message)
	return e
}

// InitUnsupportedOperationException2 runs UnsupportedOperationException(String) on an UnsupportedOperationException or the UnsupportedOperationException part of a subclass.
func (e *UnsupportedOperationExceptionImpl) InitUnsupportedOperationException2(self UnsupportedOperationException, message string) {
	e.RuntimeExceptionImpl.InitRuntimeException2(self, message)
}

// NewUnsupportedOperationException3 is the constructor UnsupportedOperationException(String, Throwable).
func NewUnsupportedOperationException3(message string, cause Throwable) *UnsupportedOperationExceptionImpl {
	e := &UnsupportedOperationExceptionImpl{}
	e.InitUnsupportedOperationException3(e, message, cause)
	return e
}

// InitUnsupportedOperationException3 runs UnsupportedOperationException(String, Throwable) on an UnsupportedOperationException or the UnsupportedOperationException part of a subclass.
func (e *UnsupportedOperationExceptionImpl) InitUnsupportedOperationException3(self UnsupportedOperationException, message string, cause Throwable) {
	e.RuntimeExceptionImpl.InitRuntimeException3(self, message, cause)
}

// NewUnsupportedOperationException4 is the constructor UnsupportedOperationException(Throwable).
func NewUnsupportedOperationException4(cause Throwable) *UnsupportedOperationExceptionImpl {
	e := &UnsupportedOperationExceptionImpl{}
	e.InitUnsupportedOperationException4(e, cause)
	return e
}

// InitUnsupportedOperationException4 runs UnsupportedOperationException(Throwable) on an UnsupportedOperationException or the UnsupportedOperationException part of a subclass.
func (e *UnsupportedOperationExceptionImpl) InitUnsupportedOperationException4(self UnsupportedOperationException, cause Throwable) {
	e.RuntimeExceptionImpl.InitRuntimeException4(self, cause)
}

// ConcurrentModificationException is java.util.ConcurrentModificationException.
type ConcurrentModificationException interface {
	RuntimeException
	// AsConcurrentModificationException gives the struct behind the value.
	AsConcurrentModificationException() *ConcurrentModificationExceptionImpl
}

// ConcurrentModificationExceptionImpl is the struct behind ConcurrentModificationException.
type ConcurrentModificationExceptionImpl struct{ RuntimeExceptionImpl }

// AsConcurrentModificationException gives the struct behind the value.
func (e *ConcurrentModificationExceptionImpl) AsConcurrentModificationException() *ConcurrentModificationExceptionImpl {
	return e
}

// NewConcurrentModificationException is the constructor ConcurrentModificationException().
func NewConcurrentModificationException() *ConcurrentModificationExceptionImpl {
	e := &ConcurrentModificationExceptionImpl{}
	e.InitConcurrentModificationException(e)
	return e
}

// InitConcurrentModificationException runs ConcurrentModificationException() on a ConcurrentModificationException or the ConcurrentModificationException part of a subclass.
func (e *ConcurrentModificationExceptionImpl) InitConcurrentModificationException(self ConcurrentModificationException) {
	e.RuntimeExceptionImpl.InitRuntimeException(self)
}

// NewConcurrentModificationException2 is the constructor ConcurrentModificationException(String).
func NewConcurrentModificationException2(message string) *ConcurrentModificationExceptionImpl {
	e := &ConcurrentModificationExceptionImpl{}
	e.InitConcurrentModificationException2(e, message)
	return e
}

// InitConcurrentModificationException2 runs ConcurrentModificationException(String) on a ConcurrentModificationException or the ConcurrentModificationException part of a subclass.
func (e *ConcurrentModificationExceptionImpl) InitConcurrentModificationException2(self ConcurrentModificationException, message string) {
	e.RuntimeExceptionImpl.InitRuntimeException2(self, message)
}

// NewConcurrentModificationException3 is the constructor ConcurrentModificationException(String, Throwable).
func NewConcurrentModificationException3(message string, cause Throwable) *ConcurrentModificationExceptionImpl {
	e := &ConcurrentModificationExceptionImpl{}
	e.InitConcurrentModificationException3(e, message, cause)
	return e
}

// InitConcurrentModificationException3 runs ConcurrentModificationException(String, Throwable) on a ConcurrentModificationException or the ConcurrentModificationException part of a subclass.
func (e *ConcurrentModificationExceptionImpl) InitConcurrentModificationException3(self ConcurrentModificationException, message string, cause Throwable) {
	e.RuntimeExceptionImpl.InitRuntimeException3(self, message, cause)
}

// NewConcurrentModificationException4 is the constructor ConcurrentModificationException(Throwable).
func NewConcurrentModificationException4(cause Throwable) *ConcurrentModificationExceptionImpl {
	e := &ConcurrentModificationExceptionImpl{}
	e.InitConcurrentModificationException4(e, cause)
	return e
}

// InitConcurrentModificationException4 runs ConcurrentModificationException(Throwable) on a ConcurrentModificationException or the ConcurrentModificationException part of a subclass.
func (e *ConcurrentModificationExceptionImpl) InitConcurrentModificationException4(self ConcurrentModificationException, cause Throwable) {
	e.RuntimeExceptionImpl.InitRuntimeException4(self, cause)
}

// NoSuchElementException is java.util.NoSuchElementException.
type NoSuchElementException interface {
	RuntimeException
	// AsNoSuchElementException gives the struct behind the value.
	AsNoSuchElementException() *NoSuchElementExceptionImpl
}

// NoSuchElementExceptionImpl is the struct behind NoSuchElementException.
type NoSuchElementExceptionImpl struct{ RuntimeExceptionImpl }

// AsNoSuchElementException gives the struct behind the value.
func (e *NoSuchElementExceptionImpl) AsNoSuchElementException() *NoSuchElementExceptionImpl { return e }

// NewNoSuchElementException is the constructor NoSuchElementException().
func NewNoSuchElementException() *NoSuchElementExceptionImpl {
	e := &NoSuchElementExceptionImpl{}
	e.InitNoSuchElementException(e)
	return e
}

// InitNoSuchElementException runs NoSuchElementException() on a NoSuchElementException or the NoSuchElementException part of a subclass.
func (e *NoSuchElementExceptionImpl) InitNoSuchElementException(self NoSuchElementException) {
	e.RuntimeExceptionImpl.InitRuntimeException(self)
}

// NewNoSuchElementException2 is the constructor NoSuchElementException(String).
func NewNoSuchElementException2(message string) *NoSuchElementExceptionImpl {
	e := &NoSuchElementExceptionImpl{}
	e.InitNoSuchElementException2(e, message)
	return e
}

// InitNoSuchElementException2 runs NoSuchElementException(String) on a NoSuchElementException or the NoSuchElementException part of a subclass.
func (e *NoSuchElementExceptionImpl) InitNoSuchElementException2(self NoSuchElementException, message string) {
	e.RuntimeExceptionImpl.InitRuntimeException2(self, message)
}

// NewNoSuchElementException3 is the constructor NoSuchElementException(String, Throwable).
func NewNoSuchElementException3(message string, cause Throwable) *NoSuchElementExceptionImpl {
	e := &NoSuchElementExceptionImpl{}
	e.InitNoSuchElementException3(e, message, cause)
	return e
}

// InitNoSuchElementException3 runs NoSuchElementException(String, Throwable) on a NoSuchElementException or the NoSuchElementException part of a subclass.
func (e *NoSuchElementExceptionImpl) InitNoSuchElementException3(self NoSuchElementException, message string, cause Throwable) {
	e.RuntimeExceptionImpl.InitRuntimeException3(self, message, cause)
}

// NewNoSuchElementException4 is the constructor NoSuchElementException(Throwable).
func NewNoSuchElementException4(cause Throwable) *NoSuchElementExceptionImpl {
	e := &NoSuchElementExceptionImpl{}
	e.InitNoSuchElementException4(e, cause)
	return e
}

// InitNoSuchElementException4 runs NoSuchElementException(Throwable) on a NoSuchElementException or the NoSuchElementException part of a subclass.
func (e *NoSuchElementExceptionImpl) InitNoSuchElementException4(self NoSuchElementException, cause Throwable) {
	e.RuntimeExceptionImpl.InitRuntimeException4(self, cause)
}

// InputMismatchException is java.util.InputMismatchException.
type InputMismatchException interface {
	NoSuchElementException
	// AsInputMismatchException gives the struct behind the value.
	AsInputMismatchException() *InputMismatchExceptionImpl
}

// InputMismatchExceptionImpl is the struct behind InputMismatchException.
type InputMismatchExceptionImpl struct{ NoSuchElementExceptionImpl }

// AsInputMismatchException gives the struct behind the value.
func (e *InputMismatchExceptionImpl) AsInputMismatchException() *InputMismatchExceptionImpl { return e }

// NewInputMismatchException is the constructor InputMismatchException().
func NewInputMismatchException() *InputMismatchExceptionImpl {
	e := &InputMismatchExceptionImpl{}
	e.InitInputMismatchException(e)
	return e
}

// InitInputMismatchException runs InputMismatchException() on an InputMismatchException or the InputMismatchException part of a subclass.
func (e *InputMismatchExceptionImpl) InitInputMismatchException(self InputMismatchException) {
	e.NoSuchElementExceptionImpl.InitNoSuchElementException(self)
}

// NewInputMismatchException2 is the constructor InputMismatchException(String).
func NewInputMismatchException2(message string) *InputMismatchExceptionImpl {
	e := &InputMismatchExceptionImpl{}
	e.InitInputMismatchException2(e, message)
	return e
}

// InitInputMismatchException2 runs InputMismatchException(String) on an InputMismatchException or the InputMismatchException part of a subclass.
func (e *InputMismatchExceptionImpl) InitInputMismatchException2(self InputMismatchException, message string) {
	e.NoSuchElementExceptionImpl.InitNoSuchElementException2(self, message)
}

// EmptyStackException is java.util.EmptyStackException.
type EmptyStackException interface {
	RuntimeException
	// AsEmptyStackException gives the struct behind the value.
	AsEmptyStackException() *EmptyStackExceptionImpl
}

// EmptyStackExceptionImpl is the struct behind EmptyStackException.
type EmptyStackExceptionImpl struct{ RuntimeExceptionImpl }

// AsEmptyStackException gives the struct behind the value.
func (e *EmptyStackExceptionImpl) AsEmptyStackException() *EmptyStackExceptionImpl { return e }

// NewEmptyStackException is the constructor EmptyStackException().
func NewEmptyStackException() *EmptyStackExceptionImpl {
	e := &EmptyStackExceptionImpl{}
	e.InitEmptyStackException(e)
	return e
}

// InitEmptyStackException runs EmptyStackException() on an EmptyStackException or the EmptyStackException part of a subclass.
func (e *EmptyStackExceptionImpl) InitEmptyStackException(self EmptyStackException) {
	e.RuntimeExceptionImpl.InitRuntimeException(self)
}

// InterruptedException is java.lang.InterruptedException.
type InterruptedException interface {
	Exception
	// AsInterruptedException gives the struct behind the value.
	AsInterruptedException() *InterruptedExceptionImpl
}

// InterruptedExceptionImpl is the struct behind InterruptedException.
type InterruptedExceptionImpl struct{ ExceptionImpl }

// AsInterruptedException gives the struct behind the value.
func (e *InterruptedExceptionImpl) AsInterruptedException() *InterruptedExceptionImpl { return e }

// NewInterruptedException is the constructor InterruptedException().
func NewInterruptedException() *InterruptedExceptionImpl {
	e := &InterruptedExceptionImpl{}
	e.InitInterruptedException(e)
	return e
}

// InitInterruptedException runs InterruptedException() on an InterruptedException or the InterruptedException part of a subclass.
func (e *InterruptedExceptionImpl) InitInterruptedException(self InterruptedException) {
	e.ExceptionImpl.InitException(self)
}

// NewInterruptedException2 is the constructor InterruptedException(String).
func NewInterruptedException2(message string) *InterruptedExceptionImpl {
	e := &InterruptedExceptionImpl{}
	e.InitInterruptedException2(e, message)
	return e
}

// InitInterruptedException2 runs InterruptedException(String) on an InterruptedException or the InterruptedException part of a subclass.
func (e *InterruptedExceptionImpl) InitInterruptedException2(self InterruptedException, message string) {
	e.ExceptionImpl.InitException2(self, message)
}

// CloneNotSupportedException is java.lang.CloneNotSupportedException.
type CloneNotSupportedException interface {
	Exception
	// AsCloneNotSupportedException gives the struct behind the value.
	AsCloneNotSupportedException() *CloneNotSupportedExceptionImpl
}

// CloneNotSupportedExceptionImpl is the struct behind CloneNotSupportedException.
type CloneNotSupportedExceptionImpl struct{ ExceptionImpl }

// AsCloneNotSupportedException gives the struct behind the value.
func (e *CloneNotSupportedExceptionImpl) AsCloneNotSupportedException() *CloneNotSupportedExceptionImpl {
	return e
}

// NewCloneNotSupportedException is the constructor CloneNotSupportedException().
func NewCloneNotSupportedException() *CloneNotSupportedExceptionImpl {
	e := &CloneNotSupportedExceptionImpl{}
	e.InitCloneNotSupportedException(e)
	return e
}

// InitCloneNotSupportedException runs CloneNotSupportedException() on a CloneNotSupportedException or the CloneNotSupportedException part of a subclass.
func (e *CloneNotSupportedExceptionImpl) InitCloneNotSupportedException(self CloneNotSupportedException) {
	e.ExceptionImpl.InitException(self)
}

// NewCloneNotSupportedException2 is the constructor CloneNotSupportedException(String).
func NewCloneNotSupportedException2(message string) *CloneNotSupportedExceptionImpl {
	e := &CloneNotSupportedExceptionImpl{}
	e.InitCloneNotSupportedException2(e, message)
	return e
}

// InitCloneNotSupportedException2 runs CloneNotSupportedException(String) on a CloneNotSupportedException or the CloneNotSupportedException part of a subclass.
func (e *CloneNotSupportedExceptionImpl) InitCloneNotSupportedException2(self CloneNotSupportedException, message string) {
	e.ExceptionImpl.InitException2(self, message)
}

// IOException is java.io.IOException.
type IOException interface {
	Exception
	// AsIOException gives the struct behind the value.
	AsIOException() *IOExceptionImpl
}

// IOExceptionImpl is the struct behind IOException.
type IOExceptionImpl struct{ ExceptionImpl }

// AsIOException gives the struct behind the value.
func (e *IOExceptionImpl) AsIOException() *IOExceptionImpl { return e }

// NewIOException is the constructor IOException().
func NewIOException() *IOExceptionImpl {
	e := &IOExceptionImpl{}
	e.InitIOException(e)
	return e
}

// InitIOException runs IOException() on an IOException or the IOException part of a subclass.
func (e *IOExceptionImpl) InitIOException(self IOException) {
	e.ExceptionImpl.InitException(self)
}

// NewIOException2 is the constructor IOException(String).
func NewIOException2(message string) *IOExceptionImpl {
	e := &IOExceptionImpl{}
	e.InitIOException2(e, message)
	return e
}

// InitIOException2 runs IOException(String) on an IOException or the IOException part of a subclass.
func (e *IOExceptionImpl) InitIOException2(self IOException, message string) {
	e.ExceptionImpl.InitException2(self, message)
}

// NewIOException3 is the constructor IOException(String, Throwable).
func NewIOException3(message string, cause Throwable) *IOExceptionImpl {
	e := &IOExceptionImpl{}
	e.InitIOException3(e, message, cause)
	return e
}

// InitIOException3 runs IOException(String, Throwable) on an IOException or the IOException part of a subclass.
func (e *IOExceptionImpl) InitIOException3(self IOException, message string, cause Throwable) {
	e.ExceptionImpl.InitException3(self, message, cause)
}

// NewIOException4 is the constructor IOException(Throwable).
func NewIOException4(cause Throwable) *IOExceptionImpl {
	e := &IOExceptionImpl{}
	e.InitIOException4(e, cause)
	return e
}

// InitIOException4 runs IOException(Throwable) on an IOException or the IOException part of a subclass.
func (e *IOExceptionImpl) InitIOException4(self IOException, cause Throwable) {
	e.ExceptionImpl.InitException4(self, cause)
}

// FileNotFoundException is java.io.FileNotFoundException.
type FileNotFoundException interface {
	IOException
	// AsFileNotFoundException gives the struct behind the value.
	AsFileNotFoundException() *FileNotFoundExceptionImpl
}

// FileNotFoundExceptionImpl is the struct behind FileNotFoundException.
type FileNotFoundExceptionImpl struct{ IOExceptionImpl }

// AsFileNotFoundException gives the struct behind the value.
func (e *FileNotFoundExceptionImpl) AsFileNotFoundException() *FileNotFoundExceptionImpl { return e }

// NewFileNotFoundException is the constructor FileNotFoundException().
func NewFileNotFoundException() *FileNotFoundExceptionImpl {
	e := &FileNotFoundExceptionImpl{}
	e.InitFileNotFoundException(e)
	return e
}

// InitFileNotFoundException runs FileNotFoundException() on a FileNotFoundException or the FileNotFoundException part of a subclass.
func (e *FileNotFoundExceptionImpl) InitFileNotFoundException(self FileNotFoundException) {
	e.IOExceptionImpl.InitIOException(self)
}

// NewFileNotFoundException2 is the constructor FileNotFoundException(String).
func NewFileNotFoundException2(message string) *FileNotFoundExceptionImpl {
	e := &FileNotFoundExceptionImpl{}
	e.InitFileNotFoundException2(e, message)
	return e
}

// InitFileNotFoundException2 runs FileNotFoundException(String) on a FileNotFoundException or the FileNotFoundException part of a subclass.
func (e *FileNotFoundExceptionImpl) InitFileNotFoundException2(self FileNotFoundException, message string) {
	e.IOExceptionImpl.InitIOException2(self, message)
}

// EOFException is java.io.EOFException.
type EOFException interface {
	IOException
	// AsEOFException gives the struct behind the value.
	AsEOFException() *EOFExceptionImpl
}

// EOFExceptionImpl is the struct behind EOFException.
type EOFExceptionImpl struct{ IOExceptionImpl }

// AsEOFException gives the struct behind the value.
func (e *EOFExceptionImpl) AsEOFException() *EOFExceptionImpl { return e }

// NewEOFException is the constructor EOFException().
func NewEOFException() *EOFExceptionImpl {
	e := &EOFExceptionImpl{}
	e.InitEOFException(e)
	return e
}

// InitEOFException runs EOFException() on an EOFException or the EOFException part of a subclass.
func (e *EOFExceptionImpl) InitEOFException(self EOFException) {
	e.IOExceptionImpl.InitIOException(self)
}

// NewEOFException2 is the constructor EOFException(String).
func NewEOFException2(message string) *EOFExceptionImpl {
	e := &EOFExceptionImpl{}
	e.InitEOFException2(e, message)
	return e
}

// InitEOFException2 runs EOFException(String) on an EOFException or the EOFException part of a subclass.
func (e *EOFExceptionImpl) InitEOFException2(self EOFException, message string) {
	e.IOExceptionImpl.InitIOException2(self, message)
}

// UnsupportedEncodingException is java.io.UnsupportedEncodingException.
type UnsupportedEncodingException interface {
	IOException
	// AsUnsupportedEncodingException gives the struct behind the value.
	AsUnsupportedEncodingException() *UnsupportedEncodingExceptionImpl
}

// UnsupportedEncodingExceptionImpl is the struct behind UnsupportedEncodingException.
type UnsupportedEncodingExceptionImpl struct{ IOExceptionImpl }

// AsUnsupportedEncodingException gives the struct behind the value.
func (e *UnsupportedEncodingExceptionImpl) AsUnsupportedEncodingException() *UnsupportedEncodingExceptionImpl {
	return e
}

// NewUnsupportedEncodingException is the constructor UnsupportedEncodingException().
func NewUnsupportedEncodingException() *UnsupportedEncodingExceptionImpl {
	e := &UnsupportedEncodingExceptionImpl{}
	e.InitUnsupportedEncodingException(e)
	return e
}

// InitUnsupportedEncodingException runs UnsupportedEncodingException() on an UnsupportedEncodingException or the UnsupportedEncodingException part of a subclass.
func (e *UnsupportedEncodingExceptionImpl) InitUnsupportedEncodingException(self UnsupportedEncodingException) {
	e.IOExceptionImpl.InitIOException(self)
}

// NewUnsupportedEncodingException2 is the constructor UnsupportedEncodingException(String).
func NewUnsupportedEncodingException2(message string) *UnsupportedEncodingExceptionImpl {
	e := &UnsupportedEncodingExceptionImpl{}
	e.InitUnsupportedEncodingException2(e, message)
	return e
}

// InitUnsupportedEncodingException2 runs UnsupportedEncodingException(String) on an UnsupportedEncodingException or the UnsupportedEncodingException part of a subclass.
func (e *UnsupportedEncodingExceptionImpl) InitUnsupportedEncodingException2(self UnsupportedEncodingException, message string) {
	e.IOExceptionImpl.InitIOException2(self, message)
}

// UncheckedIOException is java.io.UncheckedIOException.
type UncheckedIOException interface {
	RuntimeException
	// AsUncheckedIOException gives the struct behind the value.
	AsUncheckedIOException() *UncheckedIOExceptionImpl
}

// UncheckedIOExceptionImpl is the struct behind UncheckedIOException.
type UncheckedIOExceptionImpl struct{ RuntimeExceptionImpl }

// AsUncheckedIOException gives the struct behind the value.
func (e *UncheckedIOExceptionImpl) AsUncheckedIOException() *UncheckedIOExceptionImpl { return e }

// NewUncheckedIOException3 is the constructor UncheckedIOException(String, IOException).
func NewUncheckedIOException3(message string, cause IOException) *UncheckedIOExceptionImpl {
	e := &UncheckedIOExceptionImpl{}
	e.InitUncheckedIOException3(e, message, cause)
	return e
}

// InitUncheckedIOException3 runs UncheckedIOException(String, IOException) on an UncheckedIOException or the UncheckedIOException part of a subclass.
func (e *UncheckedIOExceptionImpl) InitUncheckedIOException3(self UncheckedIOException, message string, cause IOException) {
	e.RuntimeExceptionImpl.InitRuntimeException3(self, message, cause)
}

// NewUncheckedIOException4 is the constructor UncheckedIOException(IOException).
func NewUncheckedIOException4(cause IOException) *UncheckedIOExceptionImpl {
	e := &UncheckedIOExceptionImpl{}
	e.InitUncheckedIOException4(e, cause)
	return e
}

// InitUncheckedIOException4 runs UncheckedIOException(IOException) on an UncheckedIOException or the UncheckedIOException part of a subclass.
func (e *UncheckedIOExceptionImpl) InitUncheckedIOException4(self UncheckedIOException, cause IOException) {
	e.RuntimeExceptionImpl.InitRuntimeException4(self, cause)
}

// AssertionError is java.lang.AssertionError.
type AssertionError interface {
	Error
	// AsAssertionError gives the struct behind the value.
	AsAssertionError() *AssertionErrorImpl
}

// AssertionErrorImpl is the struct behind AssertionError.
type AssertionErrorImpl struct{ ErrorImpl }

// AsAssertionError gives the struct behind the value.
func (e *AssertionErrorImpl) AsAssertionError() *AssertionErrorImpl { return e }

// NewAssertionError is the constructor AssertionError().
func NewAssertionError() *AssertionErrorImpl {
	e := &AssertionErrorImpl{}
	e.InitAssertionError(e)
	return e
}

// InitAssertionError runs AssertionError() on an AssertionError or the AssertionError part of a subclass.
func (e *AssertionErrorImpl) InitAssertionError(self AssertionError) {
	e.ErrorImpl.InitError(self)
}

// NewAssertionError2 is the constructor AssertionError(Object).
func NewAssertionError2(detail any) *AssertionErrorImpl {
	e := &AssertionErrorImpl{}
	e.InitAssertionError2(e, detail)
	return e
}

// InitAssertionError2 runs AssertionError(Object) on an AssertionError or the AssertionError part of a subclass.
func (e *AssertionErrorImpl) InitAssertionError2(self AssertionError, detail any) {
	e.ErrorImpl.InitError2(self, Str(detail))
	if t, ok := detail.(Throwable); ok && !isNull(t) {
		e.cause, e.causeSet = t, true
	}
}

// NewAssertionError3 is the constructor AssertionError(String, Throwable).
func NewAssertionError3(message string, cause Throwable) *AssertionErrorImpl {
	e := &AssertionErrorImpl{}
	e.InitAssertionError3(e, message, cause)
	return e
}

// InitAssertionError3 runs AssertionError(String, Throwable) on an AssertionError or the AssertionError part of a subclass.
func (e *AssertionErrorImpl) InitAssertionError3(self AssertionError, message string, cause Throwable) {
	e.ErrorImpl.InitError3(self, message, cause)
}

// VirtualMachineError is java.lang.VirtualMachineError.
type VirtualMachineError interface {
	Error
	// AsVirtualMachineError gives the struct behind the value.
	AsVirtualMachineError() *VirtualMachineErrorImpl
}

// VirtualMachineErrorImpl is the struct behind VirtualMachineError.
type VirtualMachineErrorImpl struct{ ErrorImpl }

// AsVirtualMachineError gives the struct behind the value.
func (e *VirtualMachineErrorImpl) AsVirtualMachineError() *VirtualMachineErrorImpl { return e }

// InitVirtualMachineError runs VirtualMachineError() on a VirtualMachineError or the VirtualMachineError part of a subclass.
func (e *VirtualMachineErrorImpl) InitVirtualMachineError(self VirtualMachineError) {
	e.ErrorImpl.InitError(self)
}

// InitVirtualMachineError2 runs VirtualMachineError(String) on a VirtualMachineError or the VirtualMachineError part of a subclass.
func (e *VirtualMachineErrorImpl) InitVirtualMachineError2(self VirtualMachineError, message string) {
	e.ErrorImpl.InitError2(self, message)
}

// InitVirtualMachineError3 runs VirtualMachineError(String, Throwable) on a VirtualMachineError or the VirtualMachineError part of a subclass.
func (e *VirtualMachineErrorImpl) InitVirtualMachineError3(self VirtualMachineError, message string, cause Throwable) {
	e.ErrorImpl.InitError3(self, message, cause)
}

// InitVirtualMachineError4 runs VirtualMachineError(Throwable) on a VirtualMachineError or the VirtualMachineError part of a subclass.
func (e *VirtualMachineErrorImpl) InitVirtualMachineError4(self VirtualMachineError, cause Throwable) {
	e.ErrorImpl.InitError4(self, cause)
}

// OutOfMemoryError is java.lang.OutOfMemoryError.
type OutOfMemoryError interface {
	VirtualMachineError
	// AsOutOfMemoryError gives the struct behind the value.
	AsOutOfMemoryError() *OutOfMemoryErrorImpl
}

// OutOfMemoryErrorImpl is the struct behind OutOfMemoryError.
type OutOfMemoryErrorImpl struct{ VirtualMachineErrorImpl }

// AsOutOfMemoryError gives the struct behind the value.
func (e *OutOfMemoryErrorImpl) AsOutOfMemoryError() *OutOfMemoryErrorImpl { return e }

// NewOutOfMemoryError is the constructor OutOfMemoryError().
func NewOutOfMemoryError() *OutOfMemoryErrorImpl {
	e := &OutOfMemoryErrorImpl{}
	e.InitOutOfMemoryError(e)
	return e
}

// InitOutOfMemoryError runs OutOfMemoryError() on an OutOfMemoryError or the OutOfMemoryError part of a subclass.
func (e *OutOfMemoryErrorImpl) InitOutOfMemoryError(self OutOfMemoryError) {
	e.VirtualMachineErrorImpl.InitVirtualMachineError(self)
}

// NewOutOfMemoryError2 is the constructor OutOfMemoryError(String).
func NewOutOfMemoryError2(message string) *OutOfMemoryErrorImpl {
	e := &OutOfMemoryErrorImpl{}
	e.InitOutOfMemoryError2(e, message)
	return e
}

// InitOutOfMemoryError2 runs OutOfMemoryError(String) on an OutOfMemoryError or the OutOfMemoryError part of a subclass.
func (e *OutOfMemoryErrorImpl) InitOutOfMemoryError2(self OutOfMemoryError, message string) {
	e.VirtualMachineErrorImpl.InitVirtualMachineError2(self, message)
}

// StackOverflowError is java.lang.StackOverflowError.
type StackOverflowError interface {
	VirtualMachineError
	// AsStackOverflowError gives the struct behind the value.
	AsStackOverflowError() *StackOverflowErrorImpl
}

// StackOverflowErrorImpl is the struct behind StackOverflowError.
type StackOverflowErrorImpl struct{ VirtualMachineErrorImpl }

// AsStackOverflowError gives the struct behind the value.
func (e *StackOverflowErrorImpl) AsStackOverflowError() *StackOverflowErrorImpl { return e }

// NewStackOverflowError is the constructor StackOverflowError().
func NewStackOverflowError() *StackOverflowErrorImpl {
	e := &StackOverflowErrorImpl{}
	e.InitStackOverflowError(e)
	return e
}

// InitStackOverflowError runs StackOverflowError() on a StackOverflowError or the StackOverflowError part of a subclass.
func (e *StackOverflowErrorImpl) InitStackOverflowError(self StackOverflowError) {
	e.VirtualMachineErrorImpl.InitVirtualMachineError(self)
}

// NewStackOverflowError2 is the constructor StackOverflowError(String).
func NewStackOverflowError2(message string) *StackOverflowErrorImpl {
	e := &StackOverflowErrorImpl{}
	e.InitStackOverflowError2(e, message)
	return e
}

// InitStackOverflowError2 runs StackOverflowError(String) on a StackOverflowError or the StackOverflowError part of a subclass.
func (e *StackOverflowErrorImpl) InitStackOverflowError2(self StackOverflowError, message string) {
	e.VirtualMachineErrorImpl.InitVirtualMachineError2(self, message)
}

// InternalError is java.lang.InternalError.
type InternalError interface {
	VirtualMachineError
	// AsInternalError gives the struct behind the value.
	AsInternalError() *InternalErrorImpl
}

// InternalErrorImpl is the struct behind InternalError.
type InternalErrorImpl struct{ VirtualMachineErrorImpl }

// AsInternalError gives the struct behind the value.
func (e *InternalErrorImpl) AsInternalError() *InternalErrorImpl { return e }

// NewInternalError is the constructor InternalError().
func NewInternalError() *InternalErrorImpl {
	e := &InternalErrorImpl{}
	e.InitInternalError(e)
	return e
}

// InitInternalError runs InternalError() on an InternalError or the InternalError part of a subclass.
func (e *InternalErrorImpl) InitInternalError(self InternalError) {
	e.VirtualMachineErrorImpl.InitVirtualMachineError(self)
}

// NewInternalError2 is the constructor InternalError(String).
func NewInternalError2(message string) *InternalErrorImpl {
	e := &InternalErrorImpl{}
	e.InitInternalError2(e, message)
	return e
}

// InitInternalError2 runs InternalError(String) on an InternalError or the InternalError part of a subclass.
func (e *InternalErrorImpl) InitInternalError2(self InternalError, message string) {
	e.VirtualMachineErrorImpl.InitVirtualMachineError2(self, message)
}

// NewInternalError3 is the constructor InternalError(String, Throwable).
func NewInternalError3(message string, cause Throwable) *InternalErrorImpl {
	e := &InternalErrorImpl{}
	e.InitInternalError3(e, message, cause)
	return e
}

// InitInternalError3 runs InternalError(String, Throwable) on an InternalError or the InternalError part of a subclass.
func (e *InternalErrorImpl) InitInternalError3(self InternalError, message string, cause Throwable) {
	e.VirtualMachineErrorImpl.InitVirtualMachineError3(self, message, cause)
}

// NewInternalError4 is the constructor InternalError(Throwable).
func NewInternalError4(cause Throwable) *InternalErrorImpl {
	e := &InternalErrorImpl{}
	e.InitInternalError4(e, cause)
	return e
}

// InitInternalError4 runs InternalError(Throwable) on an InternalError or the InternalError part of a subclass.
func (e *InternalErrorImpl) InitInternalError4(self InternalError, cause Throwable) {
	e.VirtualMachineErrorImpl.InitVirtualMachineError4(self, cause)
}

// LinkageError is java.lang.LinkageError.
type LinkageError interface {
	Error
	// AsLinkageError gives the struct behind the value.
	AsLinkageError() *LinkageErrorImpl
}

// LinkageErrorImpl is the struct behind LinkageError.
type LinkageErrorImpl struct{ ErrorImpl }

// AsLinkageError gives the struct behind the value.
func (e *LinkageErrorImpl) AsLinkageError() *LinkageErrorImpl { return e }

// NewLinkageError is the constructor LinkageError().
func NewLinkageError() *LinkageErrorImpl {
	e := &LinkageErrorImpl{}
	e.InitLinkageError(e)
	return e
}

// InitLinkageError runs LinkageError() on a LinkageError or the LinkageError part of a subclass.
func (e *LinkageErrorImpl) InitLinkageError(self LinkageError) {
	e.ErrorImpl.InitError(self)
}

// NewLinkageError2 is the constructor LinkageError(String).
func NewLinkageError2(message string) *LinkageErrorImpl {
	e := &LinkageErrorImpl{}
	e.InitLinkageError2(e, message)
	return e
}

// InitLinkageError2 runs LinkageError(String) on a LinkageError or the LinkageError part of a subclass.
func (e *LinkageErrorImpl) InitLinkageError2(self LinkageError, message string) {
	e.ErrorImpl.InitError2(self, message)
}

// NewLinkageError3 is the constructor LinkageError(String, Throwable).
func NewLinkageError3(message string, cause Throwable) *LinkageErrorImpl {
	e := &LinkageErrorImpl{}
	e.InitLinkageError3(e, message, cause)
	return e
}

// InitLinkageError3 runs LinkageError(String, Throwable) on a LinkageError or the LinkageError part of a subclass.
func (e *LinkageErrorImpl) InitLinkageError3(self LinkageError, message string, cause Throwable) {
	e.ErrorImpl.InitError3(self, message, cause)
}

// NoClassDefFoundError is java.lang.NoClassDefFoundError.
type NoClassDefFoundError interface {
	LinkageError
	// AsNoClassDefFoundError gives the struct behind the value.
	AsNoClassDefFoundError() *NoClassDefFoundErrorImpl
}

// NoClassDefFoundErrorImpl is the struct behind NoClassDefFoundError.
type NoClassDefFoundErrorImpl struct{ LinkageErrorImpl }

// AsNoClassDefFoundError gives the struct behind the value.
func (e *NoClassDefFoundErrorImpl) AsNoClassDefFoundError() *NoClassDefFoundErrorImpl { return e }

// NewNoClassDefFoundError is the constructor NoClassDefFoundError().
func NewNoClassDefFoundError() *NoClassDefFoundErrorImpl {
	e := &NoClassDefFoundErrorImpl{}
	e.InitNoClassDefFoundError(e)
	return e
}

// InitNoClassDefFoundError runs NoClassDefFoundError() on a NoClassDefFoundError or the NoClassDefFoundError part of a subclass.
func (e *NoClassDefFoundErrorImpl) InitNoClassDefFoundError(self NoClassDefFoundError) {
	e.LinkageErrorImpl.InitLinkageError(self)
}

// NewNoClassDefFoundError2 is the constructor NoClassDefFoundError(String).
func NewNoClassDefFoundError2(message string) *NoClassDefFoundErrorImpl {
	e := &NoClassDefFoundErrorImpl{}
	e.InitNoClassDefFoundError2(e, message)
	return e
}

// InitNoClassDefFoundError2 runs NoClassDefFoundError(String) on a NoClassDefFoundError or the NoClassDefFoundError part of a subclass.
func (e *NoClassDefFoundErrorImpl) InitNoClassDefFoundError2(self NoClassDefFoundError, message string) {
	e.LinkageErrorImpl.InitLinkageError2(self, message)
}

// ExceptionInInitializerError is java.lang.ExceptionInInitializerError.
type ExceptionInInitializerError interface {
	LinkageError
	// AsExceptionInInitializerError gives the struct behind the value.
	AsExceptionInInitializerError() *ExceptionInInitializerErrorImpl
	// Exception is getException(): the exception thrown by the static initialiser.
	Exception() Throwable
}

// ExceptionInInitializerErrorImpl is the struct behind ExceptionInInitializerError.
type ExceptionInInitializerErrorImpl struct{ LinkageErrorImpl }

// AsExceptionInInitializerError gives the struct behind the value.
func (e *ExceptionInInitializerErrorImpl) AsExceptionInInitializerError() *ExceptionInInitializerErrorImpl {
	return e
}

// NewExceptionInInitializerError is the constructor ExceptionInInitializerError().
func NewExceptionInInitializerError() *ExceptionInInitializerErrorImpl {
	e := &ExceptionInInitializerErrorImpl{}
	e.InitExceptionInInitializerError(e)
	return e
}

// InitExceptionInInitializerError runs ExceptionInInitializerError() on an ExceptionInInitializerError or the ExceptionInInitializerError part of a subclass.
func (e *ExceptionInInitializerErrorImpl) InitExceptionInInitializerError(self ExceptionInInitializerError) {
	e.LinkageErrorImpl.InitLinkageError(self)
}

// NewExceptionInInitializerError2 is the constructor ExceptionInInitializerError(String).
func NewExceptionInInitializerError2(message string) *ExceptionInInitializerErrorImpl {
	e := &ExceptionInInitializerErrorImpl{}
	e.InitExceptionInInitializerError2(e, message)
	return e
}

// InitExceptionInInitializerError2 runs ExceptionInInitializerError(String) on an ExceptionInInitializerError or the ExceptionInInitializerError part of a subclass.
func (e *ExceptionInInitializerErrorImpl) InitExceptionInInitializerError2(self ExceptionInInitializerError, message string) {
	e.LinkageErrorImpl.InitLinkageError2(self, message)
}

// NewExceptionInInitializerError4 is the constructor ExceptionInInitializerError(Throwable).
func NewExceptionInInitializerError4(thrown Throwable) *ExceptionInInitializerErrorImpl {
	e := &ExceptionInInitializerErrorImpl{}
	e.InitExceptionInInitializerError4(e, thrown)
	return e
}

// InitExceptionInInitializerError4 runs ExceptionInInitializerError(Throwable) on an ExceptionInInitializerError or the ExceptionInInitializerError part of a subclass.
func (e *ExceptionInInitializerErrorImpl) InitExceptionInInitializerError4(self ExceptionInInitializerError, thrown Throwable) {
	e.LinkageErrorImpl.InitLinkageError(self)
	e.cause, e.causeSet = nullThrowable(thrown), true
}

// Exception is getException().
func (e *ExceptionInInitializerErrorImpl) Exception() Throwable { return e.cause }

// NegativeArraySizeException is java.lang.NegativeArraySizeException.
type NegativeArraySizeException interface {
	RuntimeException
	// AsNegativeArraySizeException gives the struct behind the value.
	AsNegativeArraySizeException() *NegativeArraySizeExceptionImpl
}

// NegativeArraySizeExceptionImpl is the struct behind NegativeArraySizeException.
type NegativeArraySizeExceptionImpl struct{ RuntimeExceptionImpl }

// AsNegativeArraySizeException gives the struct behind the value.
func (e *NegativeArraySizeExceptionImpl) AsNegativeArraySizeException() *NegativeArraySizeExceptionImpl {
	return e
}

// NewNegativeArraySizeException is the constructor NegativeArraySizeException().
func NewNegativeArraySizeException() *NegativeArraySizeExceptionImpl {
	e := &NegativeArraySizeExceptionImpl{}
	e.InitNegativeArraySizeException(e)
	return e
}

// InitNegativeArraySizeException runs NegativeArraySizeException() on a NegativeArraySizeException or the NegativeArraySizeException part of a subclass.
func (e *NegativeArraySizeExceptionImpl) InitNegativeArraySizeException(self NegativeArraySizeException) {
	e.RuntimeExceptionImpl.InitRuntimeException(self)
}

// NewNegativeArraySizeException2 is the constructor NegativeArraySizeException(String).
func NewNegativeArraySizeException2(message string) *NegativeArraySizeExceptionImpl {
	e := &NegativeArraySizeExceptionImpl{}
	e.InitNegativeArraySizeException2(e, message)
	return e
}

// InitNegativeArraySizeException2 runs NegativeArraySizeException(String) on a NegativeArraySizeException or the NegativeArraySizeException part of a subclass.
func (e *NegativeArraySizeExceptionImpl) InitNegativeArraySizeException2(self NegativeArraySizeException, message string) {
	e.RuntimeExceptionImpl.InitRuntimeException2(self, message)
}

// ArrayStoreException is java.lang.ArrayStoreException.
type ArrayStoreException interface {
	RuntimeException
	// AsArrayStoreException gives the struct behind the value.
	AsArrayStoreException() *ArrayStoreExceptionImpl
}

// ArrayStoreExceptionImpl is the struct behind ArrayStoreException.
type ArrayStoreExceptionImpl struct{ RuntimeExceptionImpl }

// AsArrayStoreException gives the struct behind the value.
func (e *ArrayStoreExceptionImpl) AsArrayStoreException() *ArrayStoreExceptionImpl { return e }

// NewArrayStoreException is the constructor ArrayStoreException().
func NewArrayStoreException() *ArrayStoreExceptionImpl {
	e := &ArrayStoreExceptionImpl{}
	e.InitArrayStoreException(e)
	return e
}

// InitArrayStoreException runs ArrayStoreException() on an ArrayStoreException or the ArrayStoreException part of a subclass.
func (e *ArrayStoreExceptionImpl) InitArrayStoreException(self ArrayStoreException) {
	e.RuntimeExceptionImpl.InitRuntimeException(self)
}

// NewArrayStoreException2 is the constructor ArrayStoreException(String).
func NewArrayStoreException2(message string) *ArrayStoreExceptionImpl {
	e := &ArrayStoreExceptionImpl{}
	e.InitArrayStoreException2(e, message)
	return e
}

// InitArrayStoreException2 runs ArrayStoreException(String) on an ArrayStoreException or the ArrayStoreException part of a subclass.
func (e *ArrayStoreExceptionImpl) InitArrayStoreException2(self ArrayStoreException, message string) {
	e.RuntimeExceptionImpl.InitRuntimeException2(self, message)
}

// SecurityException is java.lang.SecurityException.
type SecurityException interface {
	RuntimeException
	// AsSecurityException gives the struct behind the value.
	AsSecurityException() *SecurityExceptionImpl
}

// SecurityExceptionImpl is the struct behind SecurityException.
type SecurityExceptionImpl struct{ RuntimeExceptionImpl }

// AsSecurityException gives the struct behind the value.
func (e *SecurityExceptionImpl) AsSecurityException() *SecurityExceptionImpl { return e }

// NewSecurityException is the constructor SecurityException().
func NewSecurityException() *SecurityExceptionImpl {
	e := &SecurityExceptionImpl{}
	e.InitSecurityException(e)
	return e
}

// InitSecurityException runs SecurityException() on a SecurityException or the SecurityException part of a subclass.
func (e *SecurityExceptionImpl) InitSecurityException(self SecurityException) {
	e.RuntimeExceptionImpl.InitRuntimeException(self)
}

// NewSecurityException2 is the constructor SecurityException(String).
func NewSecurityException2(message string) *SecurityExceptionImpl {
	e := &SecurityExceptionImpl{}
	e.InitSecurityException2(e, message)
	return e
}

// InitSecurityException2 runs SecurityException(String) on a SecurityException or the SecurityException part of a subclass.
func (e *SecurityExceptionImpl) InitSecurityException2(self SecurityException, message string) {
	e.RuntimeExceptionImpl.InitRuntimeException2(self, message)
}

// NewSecurityException3 is the constructor SecurityException(String, Throwable).
func NewSecurityException3(message string, cause Throwable) *SecurityExceptionImpl {
	e := &SecurityExceptionImpl{}
	e.InitSecurityException3(e, message, cause)
	return e
}

// InitSecurityException3 runs SecurityException(String, Throwable) on a SecurityException or the SecurityException part of a subclass.
func (e *SecurityExceptionImpl) InitSecurityException3(self SecurityException, message string, cause Throwable) {
	e.RuntimeExceptionImpl.InitRuntimeException3(self, message, cause)
}

// NewSecurityException4 is the constructor SecurityException(Throwable).
func NewSecurityException4(cause Throwable) *SecurityExceptionImpl {
	e := &SecurityExceptionImpl{}
	e.InitSecurityException4(e, cause)
	return e
}

// InitSecurityException4 runs SecurityException(Throwable) on a SecurityException or the SecurityException part of a subclass.
func (e *SecurityExceptionImpl) InitSecurityException4(self SecurityException, cause Throwable) {
	e.RuntimeExceptionImpl.InitRuntimeException4(self, cause)
}

// IllegalMonitorStateException is java.lang.IllegalMonitorStateException.
type IllegalMonitorStateException interface {
	RuntimeException
	// AsIllegalMonitorStateException gives the struct behind the value.
	AsIllegalMonitorStateException() *IllegalMonitorStateExceptionImpl
}

// IllegalMonitorStateExceptionImpl is the struct behind IllegalMonitorStateException.
type IllegalMonitorStateExceptionImpl struct{ RuntimeExceptionImpl }

// AsIllegalMonitorStateException gives the struct behind the value.
func (e *IllegalMonitorStateExceptionImpl) AsIllegalMonitorStateException() *IllegalMonitorStateExceptionImpl {
	return e
}

// NewIllegalMonitorStateException is the constructor IllegalMonitorStateException().
func NewIllegalMonitorStateException() *IllegalMonitorStateExceptionImpl {
	e := &IllegalMonitorStateExceptionImpl{}
	e.InitIllegalMonitorStateException(e)
	return e
}

// InitIllegalMonitorStateException runs IllegalMonitorStateException() on an IllegalMonitorStateException or the IllegalMonitorStateException part of a subclass.
func (e *IllegalMonitorStateExceptionImpl) InitIllegalMonitorStateException(self IllegalMonitorStateException) {
	e.RuntimeExceptionImpl.InitRuntimeException(self)
}

// NewIllegalMonitorStateException2 is the constructor IllegalMonitorStateException(String).
func NewIllegalMonitorStateException2(message string) *IllegalMonitorStateExceptionImpl {
	e := &IllegalMonitorStateExceptionImpl{}
	e.InitIllegalMonitorStateException2(e, message)
	return e
}

// InitIllegalMonitorStateException2 runs IllegalMonitorStateException(String) on an IllegalMonitorStateException or the IllegalMonitorStateException part of a subclass.
func (e *IllegalMonitorStateExceptionImpl) InitIllegalMonitorStateException2(self IllegalMonitorStateException, message string) {
	e.RuntimeExceptionImpl.InitRuntimeException2(self, message)
}

// IllegalThreadStateException is java.lang.IllegalThreadStateException.
type IllegalThreadStateException interface {
	IllegalArgumentException
	// AsIllegalThreadStateException gives the struct behind the value.
	AsIllegalThreadStateException() *IllegalThreadStateExceptionImpl
}

// IllegalThreadStateExceptionImpl is the struct behind IllegalThreadStateException.
type IllegalThreadStateExceptionImpl struct{ IllegalArgumentExceptionImpl }

// AsIllegalThreadStateException gives the struct behind the value.
func (e *IllegalThreadStateExceptionImpl) AsIllegalThreadStateException() *IllegalThreadStateExceptionImpl {
	return e
}

// NewIllegalThreadStateException is the constructor IllegalThreadStateException().
func NewIllegalThreadStateException() *IllegalThreadStateExceptionImpl {
	e := &IllegalThreadStateExceptionImpl{}
	e.InitIllegalThreadStateException(e)
	return e
}

// InitIllegalThreadStateException runs IllegalThreadStateException() on an IllegalThreadStateException or the IllegalThreadStateException part of a subclass.
func (e *IllegalThreadStateExceptionImpl) InitIllegalThreadStateException(self IllegalThreadStateException) {
	e.IllegalArgumentExceptionImpl.InitIllegalArgumentException(self)
}

// NewIllegalThreadStateException2 is the constructor IllegalThreadStateException(String).
func NewIllegalThreadStateException2(message string) *IllegalThreadStateExceptionImpl {
	e := &IllegalThreadStateExceptionImpl{}
	e.InitIllegalThreadStateException2(e, message)
	return e
}

// InitIllegalThreadStateException2 runs IllegalThreadStateException(String) on an IllegalThreadStateException or the IllegalThreadStateException part of a subclass.
func (e *IllegalThreadStateExceptionImpl) InitIllegalThreadStateException2(self IllegalThreadStateException, message string) {
	e.IllegalArgumentExceptionImpl.InitIllegalArgumentException2(self, message)
}

// ReflectiveOperationException is java.lang.ReflectiveOperationException.
type ReflectiveOperationException interface {
	Exception
	// AsReflectiveOperationException gives the struct behind the value.
	AsReflectiveOperationException() *ReflectiveOperationExceptionImpl
}

// ReflectiveOperationExceptionImpl is the struct behind ReflectiveOperationException.
type ReflectiveOperationExceptionImpl struct{ ExceptionImpl }

// AsReflectiveOperationException gives the struct behind the value.
func (e *ReflectiveOperationExceptionImpl) AsReflectiveOperationException() *ReflectiveOperationExceptionImpl {
	return e
}

// NewReflectiveOperationException is the constructor ReflectiveOperationException().
func NewReflectiveOperationException() *ReflectiveOperationExceptionImpl {
	e := &ReflectiveOperationExceptionImpl{}
	e.InitReflectiveOperationException(e)
	return e
}

// InitReflectiveOperationException runs ReflectiveOperationException() on a ReflectiveOperationException or the ReflectiveOperationException part of a subclass.
func (e *ReflectiveOperationExceptionImpl) InitReflectiveOperationException(self ReflectiveOperationException) {
	e.ExceptionImpl.InitException(self)
}

// NewReflectiveOperationException2 is the constructor ReflectiveOperationException(String).
func NewReflectiveOperationException2(message string) *ReflectiveOperationExceptionImpl {
	e := &ReflectiveOperationExceptionImpl{}
	e.InitReflectiveOperationException2(e, message)
	return e
}

// InitReflectiveOperationException2 runs ReflectiveOperationException(String) on a ReflectiveOperationException or the ReflectiveOperationException part of a subclass.
func (e *ReflectiveOperationExceptionImpl) InitReflectiveOperationException2(self ReflectiveOperationException, message string) {
	e.ExceptionImpl.InitException2(self, message)
}

// NewReflectiveOperationException3 is the constructor ReflectiveOperationException(String, Throwable).
func NewReflectiveOperationException3(message string, cause Throwable) *ReflectiveOperationExceptionImpl {
	e := &ReflectiveOperationExceptionImpl{}
	e.InitReflectiveOperationException3(e, message, cause)
	return e
}

// InitReflectiveOperationException3 runs ReflectiveOperationException(String, Throwable) on a ReflectiveOperationException or the ReflectiveOperationException part of a subclass.
func (e *ReflectiveOperationExceptionImpl) InitReflectiveOperationException3(self ReflectiveOperationException, message string, cause Throwable) {
	e.ExceptionImpl.InitException3(self, message, cause)
}

// NewReflectiveOperationException4 is the constructor ReflectiveOperationException(Throwable).
func NewReflectiveOperationException4(cause Throwable) *ReflectiveOperationExceptionImpl {
	e := &ReflectiveOperationExceptionImpl{}
	e.InitReflectiveOperationException4(e, cause)
	return e
}

// InitReflectiveOperationException4 runs ReflectiveOperationException(Throwable) on a ReflectiveOperationException or the ReflectiveOperationException part of a subclass.
func (e *ReflectiveOperationExceptionImpl) InitReflectiveOperationException4(self ReflectiveOperationException, cause Throwable) {
	e.ExceptionImpl.InitException4(self, cause)
}

// ClassNotFoundException is java.lang.ClassNotFoundException.
type ClassNotFoundException interface {
	ReflectiveOperationException
	// AsClassNotFoundException gives the struct behind the value.
	AsClassNotFoundException() *ClassNotFoundExceptionImpl
}

// ClassNotFoundExceptionImpl is the struct behind ClassNotFoundException.
type ClassNotFoundExceptionImpl struct {
	ReflectiveOperationExceptionImpl
}

// AsClassNotFoundException gives the struct behind the value.
func (e *ClassNotFoundExceptionImpl) AsClassNotFoundException() *ClassNotFoundExceptionImpl { return e }

// NewClassNotFoundException is the constructor ClassNotFoundException().
func NewClassNotFoundException() *ClassNotFoundExceptionImpl {
	e := &ClassNotFoundExceptionImpl{}
	e.InitClassNotFoundException(e)
	return e
}

// InitClassNotFoundException runs ClassNotFoundException() on a ClassNotFoundException or the ClassNotFoundException part of a subclass.
func (e *ClassNotFoundExceptionImpl) InitClassNotFoundException(self ClassNotFoundException) {
	e.ReflectiveOperationExceptionImpl.InitReflectiveOperationException(self)
}

// NewClassNotFoundException2 is the constructor ClassNotFoundException(String).
func NewClassNotFoundException2(message string) *ClassNotFoundExceptionImpl {
	e := &ClassNotFoundExceptionImpl{}
	e.InitClassNotFoundException2(e, message)
	return e
}

// InitClassNotFoundException2 runs ClassNotFoundException(String) on a ClassNotFoundException or the ClassNotFoundException part of a subclass.
func (e *ClassNotFoundExceptionImpl) InitClassNotFoundException2(self ClassNotFoundException, message string) {
	e.ReflectiveOperationExceptionImpl.InitReflectiveOperationException2(self, message)
}

// NewClassNotFoundException3 is the constructor ClassNotFoundException(String, Throwable).
func NewClassNotFoundException3(message string, cause Throwable) *ClassNotFoundExceptionImpl {
	e := &ClassNotFoundExceptionImpl{}
	e.InitClassNotFoundException3(e, message, cause)
	return e
}

// InitClassNotFoundException3 runs ClassNotFoundException(String, Throwable) on a ClassNotFoundException or the ClassNotFoundException part of a subclass.
func (e *ClassNotFoundExceptionImpl) InitClassNotFoundException3(self ClassNotFoundException, message string, cause Throwable) {
	e.ReflectiveOperationExceptionImpl.InitReflectiveOperationException3(self, message, cause)
}

// NoSuchFieldException is java.lang.NoSuchFieldException.
type NoSuchFieldException interface {
	ReflectiveOperationException
	// AsNoSuchFieldException gives the struct behind the value.
	AsNoSuchFieldException() *NoSuchFieldExceptionImpl
}

// NoSuchFieldExceptionImpl is the struct behind NoSuchFieldException.
type NoSuchFieldExceptionImpl struct {
	ReflectiveOperationExceptionImpl
}

// AsNoSuchFieldException gives the struct behind the value.
func (e *NoSuchFieldExceptionImpl) AsNoSuchFieldException() *NoSuchFieldExceptionImpl { return e }

// NewNoSuchFieldException is the constructor NoSuchFieldException().
func NewNoSuchFieldException() *NoSuchFieldExceptionImpl {
	e := &NoSuchFieldExceptionImpl{}
	e.InitNoSuchFieldException(e)
	return e
}

// InitNoSuchFieldException runs NoSuchFieldException() on a NoSuchFieldException or the NoSuchFieldException part of a subclass.
func (e *NoSuchFieldExceptionImpl) InitNoSuchFieldException(self NoSuchFieldException) {
	e.ReflectiveOperationExceptionImpl.InitReflectiveOperationException(self)
}

// NewNoSuchFieldException2 is the constructor NoSuchFieldException(String).
func NewNoSuchFieldException2(message string) *NoSuchFieldExceptionImpl {
	e := &NoSuchFieldExceptionImpl{}
	e.InitNoSuchFieldException2(e, message)
	return e
}

// InitNoSuchFieldException2 runs NoSuchFieldException(String) on a NoSuchFieldException or the NoSuchFieldException part of a subclass.
func (e *NoSuchFieldExceptionImpl) InitNoSuchFieldException2(self NoSuchFieldException, message string) {
	e.ReflectiveOperationExceptionImpl.InitReflectiveOperationException2(self, message)
}

// NoSuchMethodException is java.lang.NoSuchMethodException.
type NoSuchMethodException interface {
	ReflectiveOperationException
	// AsNoSuchMethodException gives the struct behind the value.
	AsNoSuchMethodException() *NoSuchMethodExceptionImpl
}

// NoSuchMethodExceptionImpl is the struct behind NoSuchMethodException.
type NoSuchMethodExceptionImpl struct {
	ReflectiveOperationExceptionImpl
}

// AsNoSuchMethodException gives the struct behind the value.
func (e *NoSuchMethodExceptionImpl) AsNoSuchMethodException() *NoSuchMethodExceptionImpl { return e }

// NewNoSuchMethodException is the constructor NoSuchMethodException().
func NewNoSuchMethodException() *NoSuchMethodExceptionImpl {
	e := &NoSuchMethodExceptionImpl{}
	e.InitNoSuchMethodException(e)
	return e
}

// InitNoSuchMethodException runs NoSuchMethodException() on a NoSuchMethodException or the NoSuchMethodException part of a subclass.
func (e *NoSuchMethodExceptionImpl) InitNoSuchMethodException(self NoSuchMethodException) {
	e.ReflectiveOperationExceptionImpl.InitReflectiveOperationException(self)
}

// NewNoSuchMethodException2 is the constructor NoSuchMethodException(String).
func NewNoSuchMethodException2(message string) *NoSuchMethodExceptionImpl {
	e := &NoSuchMethodExceptionImpl{}
	e.InitNoSuchMethodException2(e, message)
	return e
}

// InitNoSuchMethodException2 runs NoSuchMethodException(String) on a NoSuchMethodException or the NoSuchMethodException part of a subclass.
func (e *NoSuchMethodExceptionImpl) InitNoSuchMethodException2(self NoSuchMethodException, message string) {
	e.ReflectiveOperationExceptionImpl.InitReflectiveOperationException2(self, message)
}

// InstantiationException is java.lang.InstantiationException.
type InstantiationException interface {
	ReflectiveOperationException
	// AsInstantiationException gives the struct behind the value.
	AsInstantiationException() *InstantiationExceptionImpl
}

// InstantiationExceptionImpl is the struct behind InstantiationException.
type InstantiationExceptionImpl struct {
	ReflectiveOperationExceptionImpl
}

// AsInstantiationException gives the struct behind the value.
func (e *InstantiationExceptionImpl) AsInstantiationException() *InstantiationExceptionImpl { return e }

// NewInstantiationException is the constructor InstantiationException().
func NewInstantiationException() *InstantiationExceptionImpl {
	e := &InstantiationExceptionImpl{}
	e.InitInstantiationException(e)
	return e
}

// InitInstantiationException runs InstantiationException() on an InstantiationException or the InstantiationException part of a subclass.
func (e *InstantiationExceptionImpl) InitInstantiationException(self InstantiationException) {
	e.ReflectiveOperationExceptionImpl.InitReflectiveOperationException(self)
}

// NewInstantiationException2 is the constructor InstantiationException(String).
func NewInstantiationException2(message string) *InstantiationExceptionImpl {
	e := &InstantiationExceptionImpl{}
	e.InitInstantiationException2(e, message)
	return e
}

// InitInstantiationException2 runs InstantiationException(String) on an InstantiationException or the InstantiationException part of a subclass.
func (e *InstantiationExceptionImpl) InitInstantiationException2(self InstantiationException, message string) {
	e.ReflectiveOperationExceptionImpl.InitReflectiveOperationException2(self, message)
}

// IllegalAccessException is java.lang.IllegalAccessException.
type IllegalAccessException interface {
	ReflectiveOperationException
	// AsIllegalAccessException gives the struct behind the value.
	AsIllegalAccessException() *IllegalAccessExceptionImpl
}

// IllegalAccessExceptionImpl is the struct behind IllegalAccessException.
type IllegalAccessExceptionImpl struct {
	ReflectiveOperationExceptionImpl
}

// AsIllegalAccessException gives the struct behind the value.
func (e *IllegalAccessExceptionImpl) AsIllegalAccessException() *IllegalAccessExceptionImpl { return e }

// NewIllegalAccessException is the constructor IllegalAccessException().
func NewIllegalAccessException() *IllegalAccessExceptionImpl {
	e := &IllegalAccessExceptionImpl{}
	e.InitIllegalAccessException(e)
	return e
}

// InitIllegalAccessException runs IllegalAccessException() on an IllegalAccessException or the IllegalAccessException part of a subclass.
func (e *IllegalAccessExceptionImpl) InitIllegalAccessException(self IllegalAccessException) {
	e.ReflectiveOperationExceptionImpl.InitReflectiveOperationException(self)
}

// NewIllegalAccessException2 is the constructor IllegalAccessException(String).
func NewIllegalAccessException2(message string) *IllegalAccessExceptionImpl {
	e := &IllegalAccessExceptionImpl{}
	e.InitIllegalAccessException2(e, message)
	return e
}

// InitIllegalAccessException2 runs IllegalAccessException(String) on an IllegalAccessException or the IllegalAccessException part of a subclass.
func (e *IllegalAccessExceptionImpl) InitIllegalAccessException2(self IllegalAccessException, message string) {
	e.ReflectiveOperationExceptionImpl.InitReflectiveOperationException2(self, message)
}

// InvocationTargetException is java.lang.reflect.InvocationTargetException.
type InvocationTargetException interface {
	ReflectiveOperationException
	// AsInvocationTargetException gives the struct behind the value.
	AsInvocationTargetException() *InvocationTargetExceptionImpl
	// TargetException is getTargetException(): the exception the invoked method threw.
	TargetException() Throwable
}

// InvocationTargetExceptionImpl is the struct behind InvocationTargetException.
type InvocationTargetExceptionImpl struct {
	ReflectiveOperationExceptionImpl
}

// AsInvocationTargetException gives the struct behind the value.
func (e *InvocationTargetExceptionImpl) AsInvocationTargetException() *InvocationTargetExceptionImpl {
	return e
}

// NewInvocationTargetException is the constructor InvocationTargetException().
func NewInvocationTargetException() *InvocationTargetExceptionImpl {
	e := &InvocationTargetExceptionImpl{}
	e.InitInvocationTargetException(e)
	return e
}

// InitInvocationTargetException runs InvocationTargetException() on an InvocationTargetException or the InvocationTargetException part of a subclass.
func (e *InvocationTargetExceptionImpl) InitInvocationTargetException(self InvocationTargetException) {
	e.ReflectiveOperationExceptionImpl.InitReflectiveOperationException(self)
}

// NewInvocationTargetException4 is the constructor InvocationTargetException(Throwable).
func NewInvocationTargetException4(target Throwable) *InvocationTargetExceptionImpl {
	e := &InvocationTargetExceptionImpl{}
	e.InitInvocationTargetException4(e, target)
	return e
}

// InitInvocationTargetException4 runs InvocationTargetException(Throwable) on an InvocationTargetException or the InvocationTargetException part of a subclass.
func (e *InvocationTargetExceptionImpl) InitInvocationTargetException4(self InvocationTargetException, target Throwable) {
	e.ReflectiveOperationExceptionImpl.InitReflectiveOperationException(self)
	e.cause, e.causeSet = nullThrowable(target), true
}

// NewInvocationTargetExceptionMessage is the constructor InvocationTargetException(Throwable, String).
func NewInvocationTargetExceptionMessage(target Throwable, s string) *InvocationTargetExceptionImpl {
	e := &InvocationTargetExceptionImpl{}
	e.InitInvocationTargetExceptionMessage(e, target, s)
	return e
}

// InitInvocationTargetExceptionMessage runs InvocationTargetException(Throwable, String) on an InvocationTargetException or the InvocationTargetException part of a subclass.
func (e *InvocationTargetExceptionImpl) InitInvocationTargetExceptionMessage(self InvocationTargetException, target Throwable, s string) {
	e.ReflectiveOperationExceptionImpl.InitReflectiveOperationException2(self, s)
	e.cause, e.causeSet = nullThrowable(target), true
}

// TargetException is getTargetException().
func (e *InvocationTargetExceptionImpl) TargetException() Throwable { return e.cause }

// IllegalFormatException is java.util.IllegalFormatException.
type IllegalFormatException interface {
	IllegalArgumentException
	// AsIllegalFormatException gives the struct behind the value.
	AsIllegalFormatException() *IllegalFormatExceptionImpl
}

// IllegalFormatExceptionImpl is the struct behind IllegalFormatException.
type IllegalFormatExceptionImpl struct{ IllegalArgumentExceptionImpl }

// AsIllegalFormatException gives the struct behind the value.
func (e *IllegalFormatExceptionImpl) AsIllegalFormatException() *IllegalFormatExceptionImpl { return e }

// NewIllegalFormatException2 is the constructor IllegalFormatException().
func NewIllegalFormatException2(message string) *IllegalFormatExceptionImpl {
	e := &IllegalFormatExceptionImpl{}
	e.InitIllegalFormatException2(e, message)
	return e
}

// InitIllegalFormatException2 runs IllegalFormatException() on an IllegalFormatException or the IllegalFormatException part of a subclass.
func (e *IllegalFormatExceptionImpl) InitIllegalFormatException2(self IllegalFormatException, message string) {
	e.IllegalArgumentExceptionImpl.InitIllegalArgumentException2(self, message)
}

// UnknownFormatConversionException is java.util.UnknownFormatConversionException.
type UnknownFormatConversionException interface {
	IllegalFormatException
	// AsUnknownFormatConversionException gives the struct behind the value.
	AsUnknownFormatConversionException() *UnknownFormatConversionExceptionImpl
}

// UnknownFormatConversionExceptionImpl is the struct behind UnknownFormatConversionException.
type UnknownFormatConversionExceptionImpl struct{ IllegalFormatExceptionImpl }

// AsUnknownFormatConversionException gives the struct behind the value.
func (e *UnknownFormatConversionExceptionImpl) AsUnknownFormatConversionException() *UnknownFormatConversionExceptionImpl {
	return e
}

// NewUnknownFormatConversionException is the constructor UnknownFormatConversionException(String s).
func NewUnknownFormatConversionException(s string) *UnknownFormatConversionExceptionImpl {
	e := &UnknownFormatConversionExceptionImpl{}
	e.InitUnknownFormatConversionException(e, s)
	return e
}

// InitUnknownFormatConversionException runs UnknownFormatConversionException(String s) on an UnknownFormatConversionException or the UnknownFormatConversionException part of a subclass.
func (e *UnknownFormatConversionExceptionImpl) InitUnknownFormatConversionException(self UnknownFormatConversionException, s string) {
	e.IllegalFormatExceptionImpl.InitIllegalFormatException2(self, "Conversion = '"+s+"'")
}

// MissingFormatArgumentException is java.util.MissingFormatArgumentException.
type MissingFormatArgumentException interface {
	IllegalFormatException
	// AsMissingFormatArgumentException gives the struct behind the value.
	AsMissingFormatArgumentException() *MissingFormatArgumentExceptionImpl
}

// MissingFormatArgumentExceptionImpl is the struct behind MissingFormatArgumentException.
type MissingFormatArgumentExceptionImpl struct{ IllegalFormatExceptionImpl }

// AsMissingFormatArgumentException gives the struct behind the value.
func (e *MissingFormatArgumentExceptionImpl) AsMissingFormatArgumentException() *MissingFormatArgumentExceptionImpl {
	return e
}

// NewMissingFormatArgumentException is the constructor MissingFormatArgumentException(String s).
func NewMissingFormatArgumentException(s string) *MissingFormatArgumentExceptionImpl {
	e := &MissingFormatArgumentExceptionImpl{}
	e.InitMissingFormatArgumentException(e, s)
	return e
}

// InitMissingFormatArgumentException runs MissingFormatArgumentException(String s) on a MissingFormatArgumentException or the MissingFormatArgumentException part of a subclass.
func (e *MissingFormatArgumentExceptionImpl) InitMissingFormatArgumentException(self MissingFormatArgumentException, s string) {
	e.IllegalFormatExceptionImpl.InitIllegalFormatException2(self, "Format specifier '"+s+"'")
}

// IllegalFormatConversionException is java.util.IllegalFormatConversionException.
type IllegalFormatConversionException interface {
	IllegalFormatException
	// AsIllegalFormatConversionException gives the struct behind the value.
	AsIllegalFormatConversionException() *IllegalFormatConversionExceptionImpl
}

// IllegalFormatConversionExceptionImpl is the struct behind IllegalFormatConversionException.
type IllegalFormatConversionExceptionImpl struct{ IllegalFormatExceptionImpl }

// AsIllegalFormatConversionException gives the struct behind the value.
func (e *IllegalFormatConversionExceptionImpl) AsIllegalFormatConversionException() *IllegalFormatConversionExceptionImpl {
	return e
}

// NewIllegalFormatConversionException is the constructor IllegalFormatConversionException(char c, Class<?> arg).
func NewIllegalFormatConversionException(c uint16, className string) *IllegalFormatConversionExceptionImpl {
	e := &IllegalFormatConversionExceptionImpl{}
	e.InitIllegalFormatConversionException(e, c, className)
	return e
}

// InitIllegalFormatConversionException runs IllegalFormatConversionException(char c, Class<?> arg) on an IllegalFormatConversionException or the IllegalFormatConversionException part of a subclass.
func (e *IllegalFormatConversionExceptionImpl) InitIllegalFormatConversionException(self IllegalFormatConversionException, c uint16, className string) {
	e.IllegalFormatExceptionImpl.InitIllegalFormatException2(self, CharStr(c)+" != "+className)
}

// FormatFlagsConversionMismatchException is java.util.FormatFlagsConversionMismatchException.
type FormatFlagsConversionMismatchException interface {
	IllegalFormatException
	// AsFormatFlagsConversionMismatchException gives the struct behind the value.
	AsFormatFlagsConversionMismatchException() *FormatFlagsConversionMismatchExceptionImpl
}

// FormatFlagsConversionMismatchExceptionImpl is the struct behind FormatFlagsConversionMismatchException.
type FormatFlagsConversionMismatchExceptionImpl struct{ IllegalFormatExceptionImpl }

// AsFormatFlagsConversionMismatchException gives the struct behind the value.
func (e *FormatFlagsConversionMismatchExceptionImpl) AsFormatFlagsConversionMismatchException() *FormatFlagsConversionMismatchExceptionImpl {
	return e
}

// NewFormatFlagsConversionMismatchException is the constructor FormatFlagsConversionMismatchException(String f, char c).
func NewFormatFlagsConversionMismatchException(f string, c uint16) *FormatFlagsConversionMismatchExceptionImpl {
	e := &FormatFlagsConversionMismatchExceptionImpl{}
	e.InitFormatFlagsConversionMismatchException(e, f, c)
	return e
}

// InitFormatFlagsConversionMismatchException runs FormatFlagsConversionMismatchException(String f, char c) on a FormatFlagsConversionMismatchException or the FormatFlagsConversionMismatchException part of a subclass.
func (e *FormatFlagsConversionMismatchExceptionImpl) InitFormatFlagsConversionMismatchException(self FormatFlagsConversionMismatchException, f string, c uint16) {
	e.IllegalFormatExceptionImpl.InitIllegalFormatException2(self, "Conversion = "+CharStr(c)+", Flags = "+f)
}

// IllegalFormatFlagsException is java.util.IllegalFormatFlagsException.
type IllegalFormatFlagsException interface {
	IllegalFormatException
	// AsIllegalFormatFlagsException gives the struct behind the value.
	AsIllegalFormatFlagsException() *IllegalFormatFlagsExceptionImpl
}

// IllegalFormatFlagsExceptionImpl is the struct behind IllegalFormatFlagsException.
type IllegalFormatFlagsExceptionImpl struct{ IllegalFormatExceptionImpl }

// AsIllegalFormatFlagsException gives the struct behind the value.
func (e *IllegalFormatFlagsExceptionImpl) AsIllegalFormatFlagsException() *IllegalFormatFlagsExceptionImpl {
	return e
}

// NewIllegalFormatFlagsException is the constructor IllegalFormatFlagsException(String f).
func NewIllegalFormatFlagsException(f string) *IllegalFormatFlagsExceptionImpl {
	e := &IllegalFormatFlagsExceptionImpl{}
	e.InitIllegalFormatFlagsException(e, f)
	return e
}

// InitIllegalFormatFlagsException runs IllegalFormatFlagsException(String f) on an IllegalFormatFlagsException or the IllegalFormatFlagsException part of a subclass.
func (e *IllegalFormatFlagsExceptionImpl) InitIllegalFormatFlagsException(self IllegalFormatFlagsException, f string) {
	e.IllegalFormatExceptionImpl.InitIllegalFormatException2(self, "Flags = '"+f+"'")
}

// DuplicateFormatFlagsException is java.util.DuplicateFormatFlagsException.
type DuplicateFormatFlagsException interface {
	IllegalFormatException
	// AsDuplicateFormatFlagsException gives the struct behind the value.
	AsDuplicateFormatFlagsException() *DuplicateFormatFlagsExceptionImpl
}

// DuplicateFormatFlagsExceptionImpl is the struct behind DuplicateFormatFlagsException.
type DuplicateFormatFlagsExceptionImpl struct{ IllegalFormatExceptionImpl }

// AsDuplicateFormatFlagsException gives the struct behind the value.
func (e *DuplicateFormatFlagsExceptionImpl) AsDuplicateFormatFlagsException() *DuplicateFormatFlagsExceptionImpl {
	return e
}

// NewDuplicateFormatFlagsException is the constructor DuplicateFormatFlagsException(String f).
func NewDuplicateFormatFlagsException(f string) *DuplicateFormatFlagsExceptionImpl {
	e := &DuplicateFormatFlagsExceptionImpl{}
	e.InitDuplicateFormatFlagsException(e, f)
	return e
}

// InitDuplicateFormatFlagsException runs DuplicateFormatFlagsException(String f) on a DuplicateFormatFlagsException or the DuplicateFormatFlagsException part of a subclass.
func (e *DuplicateFormatFlagsExceptionImpl) InitDuplicateFormatFlagsException(self DuplicateFormatFlagsException, f string) {
	e.IllegalFormatExceptionImpl.InitIllegalFormatException2(self, "Flags = '"+f+"'")
}

// UnknownFormatFlagsException is java.util.UnknownFormatFlagsException.
type UnknownFormatFlagsException interface {
	IllegalFormatException
	// AsUnknownFormatFlagsException gives the struct behind the value.
	AsUnknownFormatFlagsException() *UnknownFormatFlagsExceptionImpl
}

// UnknownFormatFlagsExceptionImpl is the struct behind UnknownFormatFlagsException.
type UnknownFormatFlagsExceptionImpl struct{ IllegalFormatExceptionImpl }

// AsUnknownFormatFlagsException gives the struct behind the value.
func (e *UnknownFormatFlagsExceptionImpl) AsUnknownFormatFlagsException() *UnknownFormatFlagsExceptionImpl {
	return e
}

// NewUnknownFormatFlagsException is the constructor UnknownFormatFlagsException(String f).
func NewUnknownFormatFlagsException(f string) *UnknownFormatFlagsExceptionImpl {
	e := &UnknownFormatFlagsExceptionImpl{}
	e.InitUnknownFormatFlagsException(e, f)
	return e
}

// InitUnknownFormatFlagsException runs UnknownFormatFlagsException(String f) on an UnknownFormatFlagsException or the UnknownFormatFlagsException part of a subclass.
func (e *UnknownFormatFlagsExceptionImpl) InitUnknownFormatFlagsException(self UnknownFormatFlagsException, f string) {
	e.IllegalFormatExceptionImpl.InitIllegalFormatException2(self, "Flags = "+f)
}

// IllegalFormatPrecisionException is java.util.IllegalFormatPrecisionException.
type IllegalFormatPrecisionException interface {
	IllegalFormatException
	// AsIllegalFormatPrecisionException gives the struct behind the value.
	AsIllegalFormatPrecisionException() *IllegalFormatPrecisionExceptionImpl
}

// IllegalFormatPrecisionExceptionImpl is the struct behind IllegalFormatPrecisionException.
type IllegalFormatPrecisionExceptionImpl struct{ IllegalFormatExceptionImpl }

// AsIllegalFormatPrecisionException gives the struct behind the value.
func (e *IllegalFormatPrecisionExceptionImpl) AsIllegalFormatPrecisionException() *IllegalFormatPrecisionExceptionImpl {
	return e
}

// NewIllegalFormatPrecisionException is the constructor IllegalFormatPrecisionException(int p).
func NewIllegalFormatPrecisionException(p int32) *IllegalFormatPrecisionExceptionImpl {
	e := &IllegalFormatPrecisionExceptionImpl{}
	e.InitIllegalFormatPrecisionException(e, p)
	return e
}

// InitIllegalFormatPrecisionException runs IllegalFormatPrecisionException(int p) on an IllegalFormatPrecisionException or the IllegalFormatPrecisionException part of a subclass.
func (e *IllegalFormatPrecisionExceptionImpl) InitIllegalFormatPrecisionException(self IllegalFormatPrecisionException, p int32) {
	e.IllegalFormatExceptionImpl.InitIllegalFormatException2(self, IntStr(p))
}

// IllegalFormatWidthException is java.util.IllegalFormatWidthException.
type IllegalFormatWidthException interface {
	IllegalFormatException
	// AsIllegalFormatWidthException gives the struct behind the value.
	AsIllegalFormatWidthException() *IllegalFormatWidthExceptionImpl
}

// IllegalFormatWidthExceptionImpl is the struct behind IllegalFormatWidthException.
type IllegalFormatWidthExceptionImpl struct{ IllegalFormatExceptionImpl }

// AsIllegalFormatWidthException gives the struct behind the value.
func (e *IllegalFormatWidthExceptionImpl) AsIllegalFormatWidthException() *IllegalFormatWidthExceptionImpl {
	return e
}

// NewIllegalFormatWidthException is the constructor IllegalFormatWidthException(int w).
func NewIllegalFormatWidthException(w int32) *IllegalFormatWidthExceptionImpl {
	e := &IllegalFormatWidthExceptionImpl{}
	e.InitIllegalFormatWidthException(e, w)
	return e
}

// InitIllegalFormatWidthException runs IllegalFormatWidthException(int w) on an IllegalFormatWidthException or the IllegalFormatWidthException part of a subclass.
func (e *IllegalFormatWidthExceptionImpl) InitIllegalFormatWidthException(self IllegalFormatWidthException, w int32) {
	e.IllegalFormatExceptionImpl.InitIllegalFormatException2(self, IntStr(w))
}

// MissingFormatWidthException is java.util.MissingFormatWidthException.
type MissingFormatWidthException interface {
	IllegalFormatException
	// AsMissingFormatWidthException gives the struct behind the value.
	AsMissingFormatWidthException() *MissingFormatWidthExceptionImpl
}

// MissingFormatWidthExceptionImpl is the struct behind MissingFormatWidthException.
type MissingFormatWidthExceptionImpl struct{ IllegalFormatExceptionImpl }

// AsMissingFormatWidthException gives the struct behind the value.
func (e *MissingFormatWidthExceptionImpl) AsMissingFormatWidthException() *MissingFormatWidthExceptionImpl {
	return e
}

// NewMissingFormatWidthException is the constructor MissingFormatWidthException(String s).
func NewMissingFormatWidthException(s string) *MissingFormatWidthExceptionImpl {
	e := &MissingFormatWidthExceptionImpl{}
	e.InitMissingFormatWidthException(e, s)
	return e
}

// InitMissingFormatWidthException runs MissingFormatWidthException(String s) on a MissingFormatWidthException or the MissingFormatWidthException part of a subclass.
func (e *MissingFormatWidthExceptionImpl) InitMissingFormatWidthException(self MissingFormatWidthException, s string) {
	e.IllegalFormatExceptionImpl.InitIllegalFormatException2(self, s)
}

// IllegalFormatCodePointException is java.util.IllegalFormatCodePointException.
type IllegalFormatCodePointException interface {
	IllegalFormatException
	// AsIllegalFormatCodePointException gives the struct behind the value.
	AsIllegalFormatCodePointException() *IllegalFormatCodePointExceptionImpl
}

// IllegalFormatCodePointExceptionImpl is the struct behind IllegalFormatCodePointException.
type IllegalFormatCodePointExceptionImpl struct{ IllegalFormatExceptionImpl }

// AsIllegalFormatCodePointException gives the struct behind the value.
func (e *IllegalFormatCodePointExceptionImpl) AsIllegalFormatCodePointException() *IllegalFormatCodePointExceptionImpl {
	return e
}

// NewIllegalFormatCodePointException is the constructor IllegalFormatCodePointException(int c).
func NewIllegalFormatCodePointException(c int32) *IllegalFormatCodePointExceptionImpl {
	e := &IllegalFormatCodePointExceptionImpl{}
	e.InitIllegalFormatCodePointException(e, c)
	return e
}

// InitIllegalFormatCodePointException runs IllegalFormatCodePointException(int c) on an IllegalFormatCodePointException or the IllegalFormatCodePointException part of a subclass.
func (e *IllegalFormatCodePointExceptionImpl) InitIllegalFormatCodePointException(self IllegalFormatCodePointException, c int32) {
	e.IllegalFormatExceptionImpl.InitIllegalFormatException2(self, "Code point = 0x"+IntegerToHexString(c))
}

// PatternSyntaxException is java.util.regex.PatternSyntaxException.
type PatternSyntaxException interface {
	IllegalArgumentException
	// AsPatternSyntaxException gives the struct behind the value.
	AsPatternSyntaxException() *PatternSyntaxExceptionImpl
}

// PatternSyntaxExceptionImpl is the struct behind PatternSyntaxException.
type PatternSyntaxExceptionImpl struct{ IllegalArgumentExceptionImpl }

// AsPatternSyntaxException gives the struct behind the value.
func (e *PatternSyntaxExceptionImpl) AsPatternSyntaxException() *PatternSyntaxExceptionImpl { return e }

// NewPatternSyntaxException is the constructor PatternSyntaxException(String desc, String regex, int index).
func NewPatternSyntaxException(desc, regex string, index int32) *PatternSyntaxExceptionImpl {
	e := &PatternSyntaxExceptionImpl{}
	e.InitPatternSyntaxException(e, desc, regex, index)
	return e
}

// InitPatternSyntaxException runs PatternSyntaxException(String desc, String regex, int index) on a PatternSyntaxException or the PatternSyntaxException part of a subclass.
func (e *PatternSyntaxExceptionImpl) InitPatternSyntaxException(self PatternSyntaxException, desc, regex string, index int32) {
	e.IllegalArgumentExceptionImpl.InitIllegalArgumentException2(self, patternSyntaxMessage(desc, regex, index))
}

func init() {
	registerClassNames(map[string]string{
		"ThrowableImpl":                              "java.lang.Throwable",
		"Throwable":                                  "java.lang.Throwable",
		"ExceptionImpl":                              "java.lang.Exception",
		"Exception":                                  "java.lang.Exception",
		"RuntimeExceptionImpl":                       "java.lang.RuntimeException",
		"RuntimeException":                           "java.lang.RuntimeException",
		"ErrorImpl":                                  "java.lang.Error",
		"Error":                                      "java.lang.Error",
		"IllegalArgumentExceptionImpl":               "java.lang.IllegalArgumentException",
		"IllegalArgumentException":                   "java.lang.IllegalArgumentException",
		"IllegalStateExceptionImpl":                  "java.lang.IllegalStateException",
		"IllegalStateException":                      "java.lang.IllegalStateException",
		"NullPointerExceptionImpl":                   "java.lang.NullPointerException",
		"NullPointerException":                       "java.lang.NullPointerException",
		"ArithmeticExceptionImpl":                    "java.lang.ArithmeticException",
		"ArithmeticException":                        "java.lang.ArithmeticException",
		"IndexOutOfBoundsExceptionImpl":              "java.lang.IndexOutOfBoundsException",
		"IndexOutOfBoundsException":                  "java.lang.IndexOutOfBoundsException",
		"ArrayIndexOutOfBoundsExceptionImpl":         "java.lang.ArrayIndexOutOfBoundsException",
		"ArrayIndexOutOfBoundsException":             "java.lang.ArrayIndexOutOfBoundsException",
		"StringIndexOutOfBoundsExceptionImpl":        "java.lang.StringIndexOutOfBoundsException",
		"StringIndexOutOfBoundsException":            "java.lang.StringIndexOutOfBoundsException",
		"ClassCastExceptionImpl":                     "java.lang.ClassCastException",
		"ClassCastException":                         "java.lang.ClassCastException",
		"NumberFormatExceptionImpl":                  "java.lang.NumberFormatException",
		"NumberFormatException":                      "java.lang.NumberFormatException",
		"UnsupportedOperationExceptionImpl":          "java.lang.UnsupportedOperationException",
		"UnsupportedOperationException":              "java.lang.UnsupportedOperationException",
		"ConcurrentModificationExceptionImpl":        "java.util.ConcurrentModificationException",
		"ConcurrentModificationException":            "java.util.ConcurrentModificationException",
		"NoSuchElementExceptionImpl":                 "java.util.NoSuchElementException",
		"NoSuchElementException":                     "java.util.NoSuchElementException",
		"InputMismatchExceptionImpl":                 "java.util.InputMismatchException",
		"InputMismatchException":                     "java.util.InputMismatchException",
		"EmptyStackExceptionImpl":                    "java.util.EmptyStackException",
		"EmptyStackException":                        "java.util.EmptyStackException",
		"InterruptedExceptionImpl":                   "java.lang.InterruptedException",
		"InterruptedException":                       "java.lang.InterruptedException",
		"CloneNotSupportedExceptionImpl":             "java.lang.CloneNotSupportedException",
		"CloneNotSupportedException":                 "java.lang.CloneNotSupportedException",
		"IOExceptionImpl":                            "java.io.IOException",
		"IOException":                                "java.io.IOException",
		"FileNotFoundExceptionImpl":                  "java.io.FileNotFoundException",
		"FileNotFoundException":                      "java.io.FileNotFoundException",
		"EOFExceptionImpl":                           "java.io.EOFException",
		"EOFException":                               "java.io.EOFException",
		"UnsupportedEncodingExceptionImpl":           "java.io.UnsupportedEncodingException",
		"UnsupportedEncodingException":               "java.io.UnsupportedEncodingException",
		"UncheckedIOExceptionImpl":                   "java.io.UncheckedIOException",
		"UncheckedIOException":                       "java.io.UncheckedIOException",
		"AssertionErrorImpl":                         "java.lang.AssertionError",
		"AssertionError":                             "java.lang.AssertionError",
		"VirtualMachineErrorImpl":                    "java.lang.VirtualMachineError",
		"VirtualMachineError":                        "java.lang.VirtualMachineError",
		"OutOfMemoryErrorImpl":                       "java.lang.OutOfMemoryError",
		"OutOfMemoryError":                           "java.lang.OutOfMemoryError",
		"StackOverflowErrorImpl":                     "java.lang.StackOverflowError",
		"StackOverflowError":                         "java.lang.StackOverflowError",
		"InternalErrorImpl":                          "java.lang.InternalError",
		"InternalError":                              "java.lang.InternalError",
		"LinkageErrorImpl":                           "java.lang.LinkageError",
		"LinkageError":                               "java.lang.LinkageError",
		"NoClassDefFoundErrorImpl":                   "java.lang.NoClassDefFoundError",
		"NoClassDefFoundError":                       "java.lang.NoClassDefFoundError",
		"ExceptionInInitializerErrorImpl":            "java.lang.ExceptionInInitializerError",
		"ExceptionInInitializerError":                "java.lang.ExceptionInInitializerError",
		"NegativeArraySizeExceptionImpl":             "java.lang.NegativeArraySizeException",
		"NegativeArraySizeException":                 "java.lang.NegativeArraySizeException",
		"ArrayStoreExceptionImpl":                    "java.lang.ArrayStoreException",
		"ArrayStoreException":                        "java.lang.ArrayStoreException",
		"SecurityExceptionImpl":                      "java.lang.SecurityException",
		"SecurityException":                          "java.lang.SecurityException",
		"IllegalMonitorStateExceptionImpl":           "java.lang.IllegalMonitorStateException",
		"IllegalMonitorStateException":               "java.lang.IllegalMonitorStateException",
		"IllegalThreadStateExceptionImpl":            "java.lang.IllegalThreadStateException",
		"IllegalThreadStateException":                "java.lang.IllegalThreadStateException",
		"ReflectiveOperationExceptionImpl":           "java.lang.ReflectiveOperationException",
		"ReflectiveOperationException":               "java.lang.ReflectiveOperationException",
		"ClassNotFoundExceptionImpl":                 "java.lang.ClassNotFoundException",
		"ClassNotFoundException":                     "java.lang.ClassNotFoundException",
		"NoSuchFieldExceptionImpl":                   "java.lang.NoSuchFieldException",
		"NoSuchFieldException":                       "java.lang.NoSuchFieldException",
		"NoSuchMethodExceptionImpl":                  "java.lang.NoSuchMethodException",
		"NoSuchMethodException":                      "java.lang.NoSuchMethodException",
		"InstantiationExceptionImpl":                 "java.lang.InstantiationException",
		"InstantiationException":                     "java.lang.InstantiationException",
		"IllegalAccessExceptionImpl":                 "java.lang.IllegalAccessException",
		"IllegalAccessException":                     "java.lang.IllegalAccessException",
		"InvocationTargetExceptionImpl":              "java.lang.reflect.InvocationTargetException",
		"InvocationTargetException":                  "java.lang.reflect.InvocationTargetException",
		"IllegalFormatExceptionImpl":                 "java.util.IllegalFormatException",
		"IllegalFormatException":                     "java.util.IllegalFormatException",
		"UnknownFormatConversionExceptionImpl":       "java.util.UnknownFormatConversionException",
		"UnknownFormatConversionException":           "java.util.UnknownFormatConversionException",
		"MissingFormatArgumentExceptionImpl":         "java.util.MissingFormatArgumentException",
		"MissingFormatArgumentException":             "java.util.MissingFormatArgumentException",
		"IllegalFormatConversionExceptionImpl":       "java.util.IllegalFormatConversionException",
		"IllegalFormatConversionException":           "java.util.IllegalFormatConversionException",
		"FormatFlagsConversionMismatchExceptionImpl": "java.util.FormatFlagsConversionMismatchException",
		"FormatFlagsConversionMismatchException":     "java.util.FormatFlagsConversionMismatchException",
		"IllegalFormatFlagsExceptionImpl":            "java.util.IllegalFormatFlagsException",
		"IllegalFormatFlagsException":                "java.util.IllegalFormatFlagsException",
		"DuplicateFormatFlagsExceptionImpl":          "java.util.DuplicateFormatFlagsException",
		"DuplicateFormatFlagsException":              "java.util.DuplicateFormatFlagsException",
		"UnknownFormatFlagsExceptionImpl":            "java.util.UnknownFormatFlagsException",
		"UnknownFormatFlagsException":                "java.util.UnknownFormatFlagsException",
		"IllegalFormatPrecisionExceptionImpl":        "java.util.IllegalFormatPrecisionException",
		"IllegalFormatPrecisionException":            "java.util.IllegalFormatPrecisionException",
		"IllegalFormatWidthExceptionImpl":            "java.util.IllegalFormatWidthException",
		"IllegalFormatWidthException":                "java.util.IllegalFormatWidthException",
		"MissingFormatWidthExceptionImpl":            "java.util.MissingFormatWidthException",
		"MissingFormatWidthException":                "java.util.MissingFormatWidthException",
		"IllegalFormatCodePointExceptionImpl":        "java.util.IllegalFormatCodePointException",
		"IllegalFormatCodePointException":            "java.util.IllegalFormatCodePointException",
		"PatternSyntaxExceptionImpl":                 "java.util.regex.PatternSyntaxException",
		"PatternSyntaxException":                     "java.util.regex.PatternSyntaxException",
		"StackTraceElement":                          "java.lang.StackTraceElement",
	})
}
