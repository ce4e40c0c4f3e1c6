package java

// The functional interfaces of java.lang, java.util.concurrent and java.util.function.
//
// Each Java interface is a Go interface holding only its abstract method, plus an adapter
// type XFunc (a func type whose method calls it), so a lambda or method reference is
// `java.FunctionFunc[T, R](func(t T) R {...})`. Default and static methods are package
// functions (`java.PredicateNegate(p)`, `java.FunctionIdentity[T]()`): a class that
// implements the interface needs no forwarding methods, and default methods that declare
// their own type variables (Function.andThen) keep them as Go type parameters. The stubs
// route the calls with @Go templates.

// Runnable is java.lang.Runnable.
type Runnable interface {
	// Run is Runnable.run().
	Run()
}

// RunnableFunc adapts a func to Runnable.
type RunnableFunc func()

// Run is Runnable.run().
func (f RunnableFunc) Run() { f() }

// Callable is java.util.concurrent.Callable<V>.
type Callable[V any] interface {
	// Call is Callable.call(); a checked exception is a panic like any other.
	Call() V
}

// CallableFunc adapts a func to Callable.
type CallableFunc[V any] func() V

// Call is Callable.call().
func (f CallableFunc[V]) Call() V { return f() }

// Supplier is java.util.function.Supplier<T>.
type Supplier[T any] interface {
	// Get is Supplier.get().
	Get() T
}

// SupplierFunc adapts a func to Supplier.
type SupplierFunc[T any] func() T

// Get is Supplier.get().
func (f SupplierFunc[T]) Get() T { return f() }

// BooleanSupplier is java.util.function.BooleanSupplier.
type BooleanSupplier interface {
	// AsBoolean is BooleanSupplier.getAsBoolean().
	AsBoolean() bool
}

// BooleanSupplierFunc adapts a func to BooleanSupplier.
type BooleanSupplierFunc func() bool

// AsBoolean is BooleanSupplier.getAsBoolean().
func (f BooleanSupplierFunc) AsBoolean() bool { return f() }

// IntSupplier is java.util.function.IntSupplier.
type IntSupplier interface {
	// AsInt is IntSupplier.getAsInt().
	AsInt() int32
}

// IntSupplierFunc adapts a func to IntSupplier.
type IntSupplierFunc func() int32

// AsInt is IntSupplier.getAsInt().
func (f IntSupplierFunc) AsInt() int32 { return f() }

// LongSupplier is java.util.function.LongSupplier.
type LongSupplier interface {
	// AsLong is LongSupplier.getAsLong().
	AsLong() int64
}

// LongSupplierFunc adapts a func to LongSupplier.
type LongSupplierFunc func() int64

// AsLong is LongSupplier.getAsLong().
func (f LongSupplierFunc) AsLong() int64 { return f() }

// DoubleSupplier is java.util.function.DoubleSupplier.
type DoubleSupplier interface {
	// AsDouble is DoubleSupplier.getAsDouble().
	AsDouble() float64
}

// DoubleSupplierFunc adapts a func to DoubleSupplier.
type DoubleSupplierFunc func() float64

// AsDouble is DoubleSupplier.getAsDouble().
func (f DoubleSupplierFunc) AsDouble() float64 { return f() }

// Consumer is java.util.function.Consumer<T>.
type Consumer[T any] interface {
	// Accept is Consumer.accept(T).
	Accept(t T)
}

// ConsumerFunc adapts a func to Consumer.
type ConsumerFunc[T any] func(t T)

// Accept is Consumer.accept(T).
func (f ConsumerFunc[T]) Accept(t T) { f(t) }

// ConsumerAndThen is the default method Consumer.andThen(Consumer): c, then after.
func ConsumerAndThen[T any](c Consumer[T], after Consumer[T]) Consumer[T] {
	requireNonNullArg(after)
	return ConsumerFunc[T](func(t T) { c.Accept(t); after.Accept(t) })
}

// BiConsumer is java.util.function.BiConsumer<T, U>.
type BiConsumer[T, U any] interface {
	// Accept is BiConsumer.accept(T, U).
	Accept(t T, u U)
}

// BiConsumerFunc adapts a func to BiConsumer.
type BiConsumerFunc[T, U any] func(t T, u U)

// Accept is BiConsumer.accept(T, U).
func (f BiConsumerFunc[T, U]) Accept(t T, u U) { f(t, u) }

// BiConsumerAndThen is the default method BiConsumer.andThen(BiConsumer).
func BiConsumerAndThen[T, U any](c BiConsumer[T, U], after BiConsumer[T, U]) BiConsumer[T, U] {
	requireNonNullArg(after)
	return BiConsumerFunc[T, U](func(t T, u U) { c.Accept(t, u); after.Accept(t, u) })
}

// IntConsumer is java.util.function.IntConsumer.
type IntConsumer interface {
	// Accept is IntConsumer.accept(int).
	Accept(v int32)
}

// IntConsumerFunc adapts a func to IntConsumer.
type IntConsumerFunc func(v int32)

// Accept is IntConsumer.accept(int).
func (f IntConsumerFunc) Accept(v int32) { f(v) }

// IntConsumerAndThen is the default method IntConsumer.andThen(IntConsumer).
func IntConsumerAndThen(c IntConsumer, after IntConsumer) IntConsumer {
	requireNonNullArg(after)
	return IntConsumerFunc(func(v int32) { c.Accept(v); after.Accept(v) })
}

// LongConsumer is java.util.function.LongConsumer.
type LongConsumer interface {
	// Accept is LongConsumer.accept(long).
	Accept(v int64)
}

// LongConsumerFunc adapts a func to LongConsumer.
type LongConsumerFunc func(v int64)

// Accept is LongConsumer.accept(long).
func (f LongConsumerFunc) Accept(v int64) { f(v) }

// DoubleConsumer is java.util.function.DoubleConsumer.
type DoubleConsumer interface {
	// Accept is DoubleConsumer.accept(double).
	Accept(v float64)
}

// DoubleConsumerFunc adapts a func to DoubleConsumer.
type DoubleConsumerFunc func(v float64)

// Accept is DoubleConsumer.accept(double).
func (f DoubleConsumerFunc) Accept(v float64) { f(v) }

// ObjIntConsumer is java.util.function.ObjIntConsumer<T>.
type ObjIntConsumer[T any] interface {
	// Accept is ObjIntConsumer.accept(T, int).
	Accept(t T, v int32)
}

// ObjIntConsumerFunc adapts a func to ObjIntConsumer.
type ObjIntConsumerFunc[T any] func(t T, v int32)

// Accept is ObjIntConsumer.accept(T, int).
func (f ObjIntConsumerFunc[T]) Accept(t T, v int32) { f(t, v) }

// ObjLongConsumer is java.util.function.ObjLongConsumer<T>.
type ObjLongConsumer[T any] interface {
	// Accept is ObjLongConsumer.accept(T, long).
	Accept(t T, v int64)
}

// ObjLongConsumerFunc adapts a func to ObjLongConsumer.
type ObjLongConsumerFunc[T any] func(t T, v int64)

// Accept is ObjLongConsumer.accept(T, long).
func (f ObjLongConsumerFunc[T]) Accept(t T, v int64) { f(t, v) }

// ObjDoubleConsumer is java.util.function.ObjDoubleConsumer<T>.
type ObjDoubleConsumer[T any] interface {
	// Accept is ObjDoubleConsumer.accept(T, double).
	Accept(t T, v float64)
}

// ObjDoubleConsumerFunc adapts a func to ObjDoubleConsumer.
type ObjDoubleConsumerFunc[T any] func(t T, v float64)

// Accept is ObjDoubleConsumer.accept(T, double).
func (f ObjDoubleConsumerFunc[T]) Accept(t T, v float64) { f(t, v) }

// Function is java.util.function.Function<T, R>.
type Function[T, R any] interface {
	// Apply is Function.apply(T).
	Apply(t T) R
}

// FunctionFunc adapts a func to Function.
type FunctionFunc[T, R any] func(t T) R

// Apply is Function.apply(T).
func (f FunctionFunc[T, R]) Apply(t T) R { return f(t) }

// FunctionAndThen is the default method Function.andThen(Function): after(f(t)).
func FunctionAndThen[T, R, V any](f Function[T, R], after Function[R, V]) Function[T, V] {
	requireNonNullArg(after)
	return FunctionFunc[T, V](func(t T) V { return after.Apply(f.Apply(t)) })
}

// FunctionCompose is the default method Function.compose(Function): f(before(v)).
func FunctionCompose[V, T, R any](f Function[T, R], before Function[V, T]) Function[V, R] {
	requireNonNullArg(before)
	return FunctionFunc[V, R](func(v V) R { return f.Apply(before.Apply(v)) })
}

// FunctionIdentity is the static Function.identity().
func FunctionIdentity[T any]() Function[T, T] {
	return FunctionFunc[T, T](func(t T) T { return t })
}

// BiFunction is java.util.function.BiFunction<T, U, R>.
type BiFunction[T, U, R any] interface {
	// Apply is BiFunction.apply(T, U).
	Apply(t T, u U) R
}

// BiFunctionFunc adapts a func to BiFunction.
type BiFunctionFunc[T, U, R any] func(t T, u U) R

// Apply is BiFunction.apply(T, U).
func (f BiFunctionFunc[T, U, R]) Apply(t T, u U) R { return f(t, u) }

// BiFunctionAndThen is the default method BiFunction.andThen(Function).
func BiFunctionAndThen[T, U, R, V any](f BiFunction[T, U, R], after Function[R, V]) BiFunction[T, U, V] {
	requireNonNullArg(after)
	return BiFunctionFunc[T, U, V](func(t T, u U) V { return after.Apply(f.Apply(t, u)) })
}

// UnaryOperator is java.util.function.UnaryOperator<T> (a Function<T, T>).
type UnaryOperator[T any] interface {
	Function[T, T]
}

// UnaryOperatorFunc adapts a func to UnaryOperator.
type UnaryOperatorFunc[T any] func(t T) T

// Apply is Function.apply(T).
func (f UnaryOperatorFunc[T]) Apply(t T) T { return f(t) }

// UnaryOperatorIdentity is the static UnaryOperator.identity().
func UnaryOperatorIdentity[T any]() UnaryOperator[T] {
	return UnaryOperatorFunc[T](func(t T) T { return t })
}

// BinaryOperator is java.util.function.BinaryOperator<T> (a BiFunction<T, T, T>).
type BinaryOperator[T any] interface {
	BiFunction[T, T, T]
}

// BinaryOperatorFunc adapts a func to BinaryOperator.
type BinaryOperatorFunc[T any] func(a, b T) T

// Apply is BiFunction.apply(T, U).
func (f BinaryOperatorFunc[T]) Apply(a, b T) T { return f(a, b) }

// BinaryOperatorMinBy is the static BinaryOperator.minBy(Comparator): the lesser, a on ties.
func BinaryOperatorMinBy[T any](c Comparator[T]) BinaryOperator[T] {
	requireNonNullArg(c)
	return BinaryOperatorFunc[T](func(a, b T) T {
		if c.Compare(a, b) <= 0 {
			return a
		}
		return b
	})
}

// BinaryOperatorMaxBy is the static BinaryOperator.maxBy(Comparator): the greater, a on ties.
func BinaryOperatorMaxBy[T any](c Comparator[T]) BinaryOperator[T] {
	requireNonNullArg(c)
	return BinaryOperatorFunc[T](func(a, b T) T {
		if c.Compare(a, b) >= 0 {
			return a
		}
		return b
	})
}

// Predicate is java.util.function.Predicate<T>.
type Predicate[T any] interface {
	// Test is Predicate.test(T).
	Test(t T) bool
}

// PredicateFunc adapts a func to Predicate.
type PredicateFunc[T any] func(t T) bool

// Test is Predicate.test(T).
func (f PredicateFunc[T]) Test(t T) bool { return f(t) }

// PredicateAnd is the default method Predicate.and(Predicate) (short-circuiting).
func PredicateAnd[T any](p Predicate[T], other Predicate[T]) Predicate[T] {
	requireNonNullArg(other)
	return PredicateFunc[T](func(t T) bool { return p.Test(t) && other.Test(t) })
}

// PredicateOr is the default method Predicate.or(Predicate) (short-circuiting).
func PredicateOr[T any](p Predicate[T], other Predicate[T]) Predicate[T] {
	requireNonNullArg(other)
	return PredicateFunc[T](func(t T) bool { return p.Test(t) || other.Test(t) })
}

// PredicateNegate is the default method Predicate.negate().
func PredicateNegate[T any](p Predicate[T]) Predicate[T] {
	return PredicateFunc[T](func(t T) bool { return !p.Test(t) })
}

// PredicateNot is the static Predicate.not(Predicate).
func PredicateNot[T any](target Predicate[T]) Predicate[T] {
	requireNonNullArg(target)
	return PredicateNegate(target)
}

// PredicateIsEqual is the static Predicate.isEqual(Object): a test by Java's equals.
func PredicateIsEqual[T any](target any) Predicate[T] {
	return PredicateFunc[T](func(t T) bool { return Equals(target, t) })
}

// BiPredicate is java.util.function.BiPredicate<T, U>.
type BiPredicate[T, U any] interface {
	// Test is BiPredicate.test(T, U).
	Test(t T, u U) bool
}

// BiPredicateFunc adapts a func to BiPredicate.
type BiPredicateFunc[T, U any] func(t T, u U) bool

// Test is BiPredicate.test(T, U).
func (f BiPredicateFunc[T, U]) Test(t T, u U) bool { return f(t, u) }

// BiPredicateAnd is the default method BiPredicate.and(BiPredicate).
func BiPredicateAnd[T, U any](p BiPredicate[T, U], other BiPredicate[T, U]) BiPredicate[T, U] {
	requireNonNullArg(other)
	return BiPredicateFunc[T, U](func(t T, u U) bool { return p.Test(t, u) && other.Test(t, u) })
}

// BiPredicateOr is the default method BiPredicate.or(BiPredicate).
func BiPredicateOr[T, U any](p BiPredicate[T, U], other BiPredicate[T, U]) BiPredicate[T, U] {
	requireNonNullArg(other)
	return BiPredicateFunc[T, U](func(t T, u U) bool { return p.Test(t, u) || other.Test(t, u) })
}

// BiPredicateNegate is the default method BiPredicate.negate().
func BiPredicateNegate[T, U any](p BiPredicate[T, U]) BiPredicate[T, U] {
	return BiPredicateFunc[T, U](func(t T, u U) bool { return !p.Test(t, u) })
}

// IntPredicate is java.util.function.IntPredicate.
type IntPredicate interface {
	// Test is IntPredicate.test(int).
	Test(v int32) bool
}

// IntPredicateFunc adapts a func to IntPredicate.
type IntPredicateFunc func(v int32) bool

// Test is IntPredicate.test(int).
func (f IntPredicateFunc) Test(v int32) bool { return f(v) }

// IntPredicateAnd is the default method IntPredicate.and(IntPredicate).
func IntPredicateAnd(p IntPredicate, other IntPredicate) IntPredicate {
	requireNonNullArg(other)
	return IntPredicateFunc(func(v int32) bool { return p.Test(v) && other.Test(v) })
}

// IntPredicateOr is the default method IntPredicate.or(IntPredicate).
func IntPredicateOr(p IntPredicate, other IntPredicate) IntPredicate {
	requireNonNullArg(other)
	return IntPredicateFunc(func(v int32) bool { return p.Test(v) || other.Test(v) })
}

// IntPredicateNegate is the default method IntPredicate.negate().
func IntPredicateNegate(p IntPredicate) IntPredicate {
	return IntPredicateFunc(func(v int32) bool { return !p.Test(v) })
}

// LongPredicate is java.util.function.LongPredicate.
type LongPredicate interface {
	// Test is LongPredicate.test(long).
	Test(v int64) bool
}

// LongPredicateFunc adapts a func to LongPredicate.
type LongPredicateFunc func(v int64) bool

// Test is LongPredicate.test(long).
func (f LongPredicateFunc) Test(v int64) bool { return f(v) }

// DoublePredicate is java.util.function.DoublePredicate.
type DoublePredicate interface {
	// Test is DoublePredicate.test(double).
	Test(v float64) bool
}

// DoublePredicateFunc adapts a func to DoublePredicate.
type DoublePredicateFunc func(v float64) bool

// Test is DoublePredicate.test(double).
func (f DoublePredicateFunc) Test(v float64) bool { return f(v) }

// IntFunction is java.util.function.IntFunction<R>.
type IntFunction[R any] interface {
	// Apply is IntFunction.apply(int).
	Apply(v int32) R
}

// IntFunctionFunc adapts a func to IntFunction.
type IntFunctionFunc[R any] func(v int32) R

// Apply is IntFunction.apply(int).
func (f IntFunctionFunc[R]) Apply(v int32) R { return f(v) }

// LongFunction is java.util.function.LongFunction<R>.
type LongFunction[R any] interface {
	// Apply is LongFunction.apply(long).
	Apply(v int64) R
}

// LongFunctionFunc adapts a func to LongFunction.
type LongFunctionFunc[R any] func(v int64) R

// Apply is LongFunction.apply(long).
func (f LongFunctionFunc[R]) Apply(v int64) R { return f(v) }

// DoubleFunction is java.util.function.DoubleFunction<R>.
type DoubleFunction[R any] interface {
	// Apply is DoubleFunction.apply(double).
	Apply(v float64) R
}

// DoubleFunctionFunc adapts a func to DoubleFunction.
type DoubleFunctionFunc[R any] func(v float64) R

// Apply is DoubleFunction.apply(double).
func (f DoubleFunctionFunc[R]) Apply(v float64) R { return f(v) }

// ToIntFunction is java.util.function.ToIntFunction<T>.
type ToIntFunction[T any] interface {
	// ApplyAsInt is ToIntFunction.applyAsInt(T).
	ApplyAsInt(t T) int32
}

// ToIntFunctionFunc adapts a func to ToIntFunction.
type ToIntFunctionFunc[T any] func(t T) int32

// ApplyAsInt is ToIntFunction.applyAsInt(T).
func (f ToIntFunctionFunc[T]) ApplyAsInt(t T) int32 { return f(t) }

// ToLongFunction is java.util.function.ToLongFunction<T>.
type ToLongFunction[T any] interface {
	// ApplyAsLong is ToLongFunction.applyAsLong(T).
	ApplyAsLong(t T) int64
}

// ToLongFunctionFunc adapts a func to ToLongFunction.
type ToLongFunctionFunc[T any] func(t T) int64

// ApplyAsLong is ToLongFunction.applyAsLong(T).
func (f ToLongFunctionFunc[T]) ApplyAsLong(t T) int64 { return f(t) }

// ToDoubleFunction is java.util.function.ToDoubleFunction<T>.
type ToDoubleFunction[T any] interface {
	// ApplyAsDouble is ToDoubleFunction.applyAsDouble(T).
	ApplyAsDouble(t T) float64
}

// ToDoubleFunctionFunc adapts a func to ToDoubleFunction.
type ToDoubleFunctionFunc[T any] func(t T) float64

// ApplyAsDouble is ToDoubleFunction.applyAsDouble(T).
func (f ToDoubleFunctionFunc[T]) ApplyAsDouble(t T) float64 { return f(t) }

// ToIntBiFunction is java.util.function.ToIntBiFunction<T, U>.
type ToIntBiFunction[T, U any] interface {
	// ApplyAsInt is ToIntBiFunction.applyAsInt(T, U).
	ApplyAsInt(t T, u U) int32
}

// ToIntBiFunctionFunc adapts a func to ToIntBiFunction.
type ToIntBiFunctionFunc[T, U any] func(t T, u U) int32

// ApplyAsInt is ToIntBiFunction.applyAsInt(T, U).
func (f ToIntBiFunctionFunc[T, U]) ApplyAsInt(t T, u U) int32 { return f(t, u) }

// ToLongBiFunction is java.util.function.ToLongBiFunction<T, U>.
type ToLongBiFunction[T, U any] interface {
	// ApplyAsLong is ToLongBiFunction.applyAsLong(T, U).
	ApplyAsLong(t T, u U) int64
}

// ToLongBiFunctionFunc adapts a func to ToLongBiFunction.
type ToLongBiFunctionFunc[T, U any] func(t T, u U) int64

// ApplyAsLong is ToLongBiFunction.applyAsLong(T, U).
func (f ToLongBiFunctionFunc[T, U]) ApplyAsLong(t T, u U) int64 { return f(t, u) }

// ToDoubleBiFunction is java.util.function.ToDoubleBiFunction<T, U>.
type ToDoubleBiFunction[T, U any] interface {
	// ApplyAsDouble is ToDoubleBiFunction.applyAsDouble(T, U).
	ApplyAsDouble(t T, u U) float64
}

// ToDoubleBiFunctionFunc adapts a func to ToDoubleBiFunction.
type ToDoubleBiFunctionFunc[T, U any] func(t T, u U) float64

// ApplyAsDouble is ToDoubleBiFunction.applyAsDouble(T, U).
func (f ToDoubleBiFunctionFunc[T, U]) ApplyAsDouble(t T, u U) float64 { return f(t, u) }

// IntUnaryOperator is java.util.function.IntUnaryOperator.
type IntUnaryOperator interface {
	// ApplyAsInt is IntUnaryOperator.applyAsInt(int).
	ApplyAsInt(v int32) int32
}

// IntUnaryOperatorFunc adapts a func to IntUnaryOperator.
type IntUnaryOperatorFunc func(v int32) int32

// ApplyAsInt is IntUnaryOperator.applyAsInt(int).
func (f IntUnaryOperatorFunc) ApplyAsInt(v int32) int32 { return f(v) }

// IntUnaryOperatorAndThen is the default method IntUnaryOperator.andThen(IntUnaryOperator).
func IntUnaryOperatorAndThen(f IntUnaryOperator, after IntUnaryOperator) IntUnaryOperator {
	requireNonNullArg(after)
	return IntUnaryOperatorFunc(func(v int32) int32 { return after.ApplyAsInt(f.ApplyAsInt(v)) })
}

// IntUnaryOperatorCompose is the default method IntUnaryOperator.compose(IntUnaryOperator).
func IntUnaryOperatorCompose(f IntUnaryOperator, before IntUnaryOperator) IntUnaryOperator {
	requireNonNullArg(before)
	return IntUnaryOperatorFunc(func(v int32) int32 { return f.ApplyAsInt(before.ApplyAsInt(v)) })
}

// IntUnaryOperatorIdentity is the static IntUnaryOperator.identity().
func IntUnaryOperatorIdentity() IntUnaryOperator {
	return IntUnaryOperatorFunc(func(v int32) int32 { return v })
}

// LongUnaryOperator is java.util.function.LongUnaryOperator.
type LongUnaryOperator interface {
	// ApplyAsLong is LongUnaryOperator.applyAsLong(long).
	ApplyAsLong(v int64) int64
}

// LongUnaryOperatorFunc adapts a func to LongUnaryOperator.
type LongUnaryOperatorFunc func(v int64) int64

// ApplyAsLong is LongUnaryOperator.applyAsLong(long).
func (f LongUnaryOperatorFunc) ApplyAsLong(v int64) int64 { return f(v) }

// DoubleUnaryOperator is java.util.function.DoubleUnaryOperator.
type DoubleUnaryOperator interface {
	// ApplyAsDouble is DoubleUnaryOperator.applyAsDouble(double).
	ApplyAsDouble(v float64) float64
}

// DoubleUnaryOperatorFunc adapts a func to DoubleUnaryOperator.
type DoubleUnaryOperatorFunc func(v float64) float64

// ApplyAsDouble is DoubleUnaryOperator.applyAsDouble(double).
func (f DoubleUnaryOperatorFunc) ApplyAsDouble(v float64) float64 { return f(v) }

// IntBinaryOperator is java.util.function.IntBinaryOperator.
type IntBinaryOperator interface {
	// ApplyAsInt is IntBinaryOperator.applyAsInt(int, int).
	ApplyAsInt(a, b int32) int32
}

// IntBinaryOperatorFunc adapts a func to IntBinaryOperator.
type IntBinaryOperatorFunc func(a, b int32) int32

// ApplyAsInt is IntBinaryOperator.applyAsInt(int, int).
func (f IntBinaryOperatorFunc) ApplyAsInt(a, b int32) int32 { return f(a, b) }

// LongBinaryOperator is java.util.function.LongBinaryOperator.
type LongBinaryOperator interface {
	// ApplyAsLong is LongBinaryOperator.applyAsLong(long, long).
	ApplyAsLong(a, b int64) int64
}

// LongBinaryOperatorFunc adapts a func to LongBinaryOperator.
type LongBinaryOperatorFunc func(a, b int64) int64

// ApplyAsLong is LongBinaryOperator.applyAsLong(long, long).
func (f LongBinaryOperatorFunc) ApplyAsLong(a, b int64) int64 { return f(a, b) }

// DoubleBinaryOperator is java.util.function.DoubleBinaryOperator.
type DoubleBinaryOperator interface {
	// ApplyAsDouble is DoubleBinaryOperator.applyAsDouble(double, double).
	ApplyAsDouble(a, b float64) float64
}

// DoubleBinaryOperatorFunc adapts a func to DoubleBinaryOperator.
type DoubleBinaryOperatorFunc func(a, b float64) float64

// ApplyAsDouble is DoubleBinaryOperator.applyAsDouble(double, double).
func (f DoubleBinaryOperatorFunc) ApplyAsDouble(a, b float64) float64 { return f(a, b) }

// IntToLongFunction is java.util.function.IntToLongFunction.
type IntToLongFunction interface {
	// ApplyAsLong is IntToLongFunction.applyAsLong(int).
	ApplyAsLong(v int32) int64
}

// IntToLongFunctionFunc adapts a func to IntToLongFunction.
type IntToLongFunctionFunc func(v int32) int64

// ApplyAsLong is IntToLongFunction.applyAsLong(int).
func (f IntToLongFunctionFunc) ApplyAsLong(v int32) int64 { return f(v) }

// IntToDoubleFunction is java.util.function.IntToDoubleFunction.
type IntToDoubleFunction interface {
	// ApplyAsDouble is IntToDoubleFunction.applyAsDouble(int).
	ApplyAsDouble(v int32) float64
}

// IntToDoubleFunctionFunc adapts a func to IntToDoubleFunction.
type IntToDoubleFunctionFunc func(v int32) float64

// ApplyAsDouble is IntToDoubleFunction.applyAsDouble(int).
func (f IntToDoubleFunctionFunc) ApplyAsDouble(v int32) float64 { return f(v) }

// LongToIntFunction is java.util.function.LongToIntFunction.
type LongToIntFunction interface {
	// ApplyAsInt is LongToIntFunction.applyAsInt(long).
	ApplyAsInt(v int64) int32
}

// LongToIntFunctionFunc adapts a func to LongToIntFunction.
type LongToIntFunctionFunc func(v int64) int32

// ApplyAsInt is LongToIntFunction.applyAsInt(long).
func (f LongToIntFunctionFunc) ApplyAsInt(v int64) int32 { return f(v) }

// LongToDoubleFunction is java.util.function.LongToDoubleFunction.
type LongToDoubleFunction interface {
	// ApplyAsDouble is LongToDoubleFunction.applyAsDouble(long).
	ApplyAsDouble(v int64) float64
}

// LongToDoubleFunctionFunc adapts a func to LongToDoubleFunction.
type LongToDoubleFunctionFunc func(v int64) float64

// ApplyAsDouble is LongToDoubleFunction.applyAsDouble(long).
func (f LongToDoubleFunctionFunc) ApplyAsDouble(v int64) float64 { return f(v) }

// DoubleToIntFunction is java.util.function.DoubleToIntFunction.
type DoubleToIntFunction interface {
	// ApplyAsInt is DoubleToIntFunction.applyAsInt(double).
	ApplyAsInt(v float64) int32
}

// DoubleToIntFunctionFunc adapts a func to DoubleToIntFunction.
type DoubleToIntFunctionFunc func(v float64) int32

// ApplyAsInt is DoubleToIntFunction.applyAsInt(double).
func (f DoubleToIntFunctionFunc) ApplyAsInt(v float64) int32 { return f(v) }

// DoubleToLongFunction is java.util.function.DoubleToLongFunction.
type DoubleToLongFunction interface {
	// ApplyAsLong is DoubleToLongFunction.applyAsLong(double).
	ApplyAsLong(v float64) int64
}

// DoubleToLongFunctionFunc adapts a func to DoubleToLongFunction.
type DoubleToLongFunctionFunc func(v float64) int64

// ApplyAsLong is DoubleToLongFunction.applyAsLong(double).
func (f DoubleToLongFunctionFunc) ApplyAsLong(v float64) int64 { return f(v) }
