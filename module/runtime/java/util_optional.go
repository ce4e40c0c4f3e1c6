package java

// Optional, OptionalInt, OptionalLong and OptionalDouble. An Optional is a pointer to an
// immutable value (*Optional[T]); "empty" is a flag, so an Optional of a value type
// (Optional<Integer> as *Optional[int32]) can hold 0. OfNullable treats Java's null (nil
// pointers, interfaces, slices, maps) as empty; a value type's zero is a value.
// Optional.map and flatMap change the element type, so they are functions (OptionalMap,
// OptionalFlatMap).

// Optional is java.util.Optional<T>.
type Optional[T any] struct {
	value   T
	present bool
}

// OptionalOf is the static Optional.of(T): NullPointerException for null.
func OptionalOf[T any](value T) *Optional[T] {
	requireNonNullArg(value)
	return &Optional[T]{value, true}
}

// OptionalOfNullable is the static Optional.ofNullable(T).
func OptionalOfNullable[T any](value T) *Optional[T] {
	if isNull(value) {
		return OptionalEmpty[T]()
	}
	return &Optional[T]{value, true}
}

// OptionalEmpty is the static Optional.empty().
func OptionalEmpty[T any]() *Optional[T] { return &Optional[T]{} }

// Get is Optional.get(): NoSuchElementException "No value present" when empty.
func (o *Optional[T]) Get() T { return o.OrElseThrow() }

// IsPresent is Optional.isPresent().
func (o *Optional[T]) IsPresent() bool { return o.present }

// IsEmpty is Optional.isEmpty().
func (o *Optional[T]) IsEmpty() bool { return !o.present }

// IfPresent is Optional.ifPresent(Consumer).
func (o *Optional[T]) IfPresent(action Consumer[T]) {
	if o.present {
		action.Accept(o.value)
	}
}

// IfPresentOrElse is Optional.ifPresentOrElse(Consumer, Runnable).
func (o *Optional[T]) IfPresentOrElse(action Consumer[T], emptyAction Runnable) {
	if o.present {
		action.Accept(o.value)
	} else {
		emptyAction.Run()
	}
}

// Filter is Optional.filter(Predicate).
func (o *Optional[T]) Filter(predicate Predicate[T]) *Optional[T] {
	requireNonNullArg(predicate)
	if !o.present || predicate.Test(o.value) {
		return o
	}
	return OptionalEmpty[T]()
}

// Or is Optional.or(Supplier): this when present, else the supplier's Optional.
func (o *Optional[T]) Or(supplier Supplier[*Optional[T]]) *Optional[T] {
	requireNonNullArg(supplier)
	if o.present {
		return o
	}
	r := supplier.Get()
	requireNonNullArg(r)
	return r
}

// Stream is Optional.stream(): the value, or nothing.
func (o *Optional[T]) Stream() Stream[T] {
	if o.present {
		return StreamOf(o.value)
	}
	return StreamEmpty[T]()
}

// OrElse is Optional.orElse(T).
func (o *Optional[T]) OrElse(other T) T {
	if o.present {
		return o.value
	}
	return other
}

// OrElseGet is Optional.orElseGet(Supplier).
func (o *Optional[T]) OrElseGet(supplier Supplier[T]) T {
	if o.present {
		return o.value
	}
	return supplier.Get()
}

// OrElseThrow is Optional.orElseThrow(): NoSuchElementException "No value present".
func (o *Optional[T]) OrElseThrow() T {
	if !o.present {
		panic(NewNoSuchElementException2("No value present"))
	}
	return o.value
}

// OptionalOrElseThrowWith is Optional.orElseThrow(Supplier<? extends X>): the value, or
// the supplier's exception thrown (NullPointerException for a null one). A function, not a
// method: the supplier's type argument is the method's own X (a lambda making an
// IllegalArgumentException is a Supplier[IllegalArgumentException], not a
// Supplier[Throwable]).
func OptionalOrElseThrowWith[T, X any](o *Optional[T], exceptionSupplier Supplier[X]) T {
	if !o.present {
		ex := exceptionSupplier.Get()
		if isNull(ex) {
			panic(NewNullPointerException())
		}
		panic(ex)
	}
	return o.value
}

// optionalState is an Optional of any type argument: Java's are one erased class, so
// Optional.empty() (an Optional[any] here) equals an empty Optional<String>.
type optionalState interface{ state() (bool, any) }

func (o *Optional[T]) state() (bool, any) { return o.present, o.value }

// Equals is Optional.equals(Object): both empty, or equal values.
func (o *Optional[T]) Equals(obj any) bool {
	p, ok := obj.(optionalState)
	if !ok || isNull(p) {
		return false
	}
	present, value := p.state()
	return o.present == present && (!o.present || Equals(o.value, value))
}

// HashCode is Optional.hashCode(): the value's hash code, 0 when empty.
func (o *Optional[T]) HashCode() int32 {
	if !o.present {
		return 0
	}
	return HashCode(o.value)
}

// String is Optional.toString(): "Optional[value]" or "Optional.empty".
func (o *Optional[T]) String() string {
	if !o.present {
		return "Optional.empty"
	}
	return "Optional[" + Str(o.value) + "]"
}

// OptionalMap is Optional.map(Function): empty, or ofNullable(mapper(value)).
func OptionalMap[T, U any](o *Optional[T], mapper Function[T, U]) *Optional[U] {
	requireNonNullArg(mapper)
	if !o.present {
		return OptionalEmpty[U]()
	}
	return OptionalOfNullable(mapper.Apply(o.value))
}

// OptionalFlatMap is Optional.flatMap(Function): empty, or mapper(value) (which must not
// be null).
func OptionalFlatMap[T, U any](o *Optional[T], mapper Function[T, *Optional[U]]) *Optional[U] {
	requireNonNullArg(mapper)
	if !o.present {
		return OptionalEmpty[U]()
	}
	r := mapper.Apply(o.value)
	requireNonNullArg(r)
	return r
}

// OptionalInt is java.util.OptionalInt.
type OptionalInt struct {
	value   int32
	present bool
}

// OptionalIntOf is the static OptionalInt.of(int).
func OptionalIntOf(value int32) *OptionalInt { return &OptionalInt{value, true} }

// OptionalIntEmpty is the static OptionalInt.empty().
func OptionalIntEmpty() *OptionalInt { return &OptionalInt{} }

// AsInt is OptionalInt.getAsInt(): NoSuchElementException "No value present" when empty.
func (o *OptionalInt) AsInt() int32 { return o.OrElseThrow() }

// IsPresent is OptionalInt.isPresent().
func (o *OptionalInt) IsPresent() bool { return o.present }

// IsEmpty is OptionalInt.isEmpty().
func (o *OptionalInt) IsEmpty() bool { return !o.present }

// IfPresent is OptionalInt.ifPresent(IntConsumer).
func (o *OptionalInt) IfPresent(action IntConsumer) {
	if o.present {
		action.Accept(o.value)
	}
}

// IfPresentOrElse is OptionalInt.ifPresentOrElse(IntConsumer, Runnable).
func (o *OptionalInt) IfPresentOrElse(action IntConsumer, emptyAction Runnable) {
	if o.present {
		action.Accept(o.value)
	} else {
		emptyAction.Run()
	}
}

// OrElse is OptionalInt.orElse(int).
func (o *OptionalInt) OrElse(other int32) int32 {
	if o.present {
		return o.value
	}
	return other
}

// OrElseGet is OptionalInt.orElseGet(IntSupplier).
func (o *OptionalInt) OrElseGet(supplier IntSupplier) int32 {
	if o.present {
		return o.value
	}
	return supplier.AsInt()
}

// OrElseThrow is OptionalInt.orElseThrow().
func (o *OptionalInt) OrElseThrow() int32 {
	if !o.present {
		panic(NewNoSuchElementException2("No value present"))
	}
	return o.value
}

// Equals is OptionalInt.equals(Object).
func (o *OptionalInt) Equals(obj any) bool {
	p, ok := obj.(*OptionalInt)
	return ok && p != nil && *o == *p
}

// HashCode is OptionalInt.hashCode().
func (o *OptionalInt) HashCode() int32 {
	if !o.present {
		return 0
	}
	return o.value
}

// String is OptionalInt.toString(): "OptionalInt[3]" or "OptionalInt.empty".
func (o *OptionalInt) String() string {
	if !o.present {
		return "OptionalInt.empty"
	}
	return "OptionalInt[" + IntStr(o.value) + "]"
}

// OptionalLong is java.util.OptionalLong.
type OptionalLong struct {
	value   int64
	present bool
}

// OptionalLongOf is the static OptionalLong.of(long).
func OptionalLongOf(value int64) *OptionalLong { return &OptionalLong{value, true} }

// OptionalLongEmpty is the static OptionalLong.empty().
func OptionalLongEmpty() *OptionalLong { return &OptionalLong{} }

// AsLong is OptionalLong.getAsLong().
func (o *OptionalLong) AsLong() int64 { return o.OrElseThrow() }

// IsPresent is OptionalLong.isPresent().
func (o *OptionalLong) IsPresent() bool { return o.present }

// IsEmpty is OptionalLong.isEmpty().
func (o *OptionalLong) IsEmpty() bool { return !o.present }

// IfPresent is OptionalLong.ifPresent(LongConsumer).
func (o *OptionalLong) IfPresent(action LongConsumer) {
	if o.present {
		action.Accept(o.value)
	}
}

// OrElse is OptionalLong.orElse(long).
func (o *OptionalLong) OrElse(other int64) int64 {
	if o.present {
		return o.value
	}
	return other
}

// OrElseThrow is OptionalLong.orElseThrow().
func (o *OptionalLong) OrElseThrow() int64 {
	if !o.present {
		panic(NewNoSuchElementException2("No value present"))
	}
	return o.value
}

// Equals is OptionalLong.equals(Object).
func (o *OptionalLong) Equals(obj any) bool {
	p, ok := obj.(*OptionalLong)
	return ok && p != nil && *o == *p
}

// HashCode is OptionalLong.hashCode().
func (o *OptionalLong) HashCode() int32 {
	if !o.present {
		return 0
	}
	return LongHashCode(o.value)
}

// String is OptionalLong.toString().
func (o *OptionalLong) String() string {
	if !o.present {
		return "OptionalLong.empty"
	}
	return "OptionalLong[" + LongStr(o.value) + "]"
}

// OptionalDouble is java.util.OptionalDouble.
type OptionalDouble struct {
	value   float64
	present bool
}

// OptionalDoubleOf is the static OptionalDouble.of(double).
func OptionalDoubleOf(value float64) *OptionalDouble { return &OptionalDouble{value, true} }

// OptionalDoubleEmpty is the static OptionalDouble.empty().
func OptionalDoubleEmpty() *OptionalDouble { return &OptionalDouble{} }

// AsDouble is OptionalDouble.getAsDouble().
func (o *OptionalDouble) AsDouble() float64 { return o.OrElseThrow() }

// IsPresent is OptionalDouble.isPresent().
func (o *OptionalDouble) IsPresent() bool { return o.present }

// IsEmpty is OptionalDouble.isEmpty().
func (o *OptionalDouble) IsEmpty() bool { return !o.present }

// IfPresent is OptionalDouble.ifPresent(DoubleConsumer).
func (o *OptionalDouble) IfPresent(action DoubleConsumer) {
	if o.present {
		action.Accept(o.value)
	}
}

// OrElse is OptionalDouble.orElse(double).
func (o *OptionalDouble) OrElse(other float64) float64 {
	if o.present {
		return o.value
	}
	return other
}

// OrElseThrow is OptionalDouble.orElseThrow().
func (o *OptionalDouble) OrElseThrow() float64 {
	if !o.present {
		panic(NewNoSuchElementException2("No value present"))
	}
	return o.value
}

// Equals is OptionalDouble.equals(Object) (Double.compare: NaN equals NaN).
func (o *OptionalDouble) Equals(obj any) bool {
	p, ok := obj.(*OptionalDouble)
	return ok && p != nil && o.present == p.present && (!o.present || DoubleCompare(o.value, p.value) == 0)
}

// HashCode is OptionalDouble.hashCode().
func (o *OptionalDouble) HashCode() int32 {
	if !o.present {
		return 0
	}
	return DoubleHashCode(o.value)
}

// String is OptionalDouble.toString(): "OptionalDouble[2.5]".
func (o *OptionalDouble) String() string {
	if !o.present {
		return "OptionalDouble.empty"
	}
	return "OptionalDouble[" + DoubleStr(o.value) + "]"
}
