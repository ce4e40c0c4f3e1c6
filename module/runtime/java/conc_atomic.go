package java

import (
	"strings"
	"sync/atomic"
)

// java.util.concurrent.atomic on sync/atomic. Arithmetic wraps as Java's does; the
// update functions may run more than once under contention, as in Java.

// AtomicInteger is java.util.concurrent.atomic.AtomicInteger.
type AtomicInteger struct{ v atomic.Int32 }

// NewAtomicInteger is the constructor AtomicInteger().
func NewAtomicInteger() *AtomicInteger { return &AtomicInteger{} }

// NewAtomicInteger2 is the constructor AtomicInteger(int).
func NewAtomicInteger2(initialValue int32) *AtomicInteger {
	a := &AtomicInteger{}
	a.v.Store(initialValue)
	return a
}

// Get is get().
func (a *AtomicInteger) Get() int32 { return a.v.Load() }

// Set is set(int).
func (a *AtomicInteger) Set(newValue int32) { a.v.Store(newValue) }

// LazySet is lazySet(int).
func (a *AtomicInteger) LazySet(newValue int32) { a.v.Store(newValue) }

// GetAndSet is getAndSet(int).
func (a *AtomicInteger) GetAndSet(newValue int32) int32 { return a.v.Swap(newValue) }

// CompareAndSet is compareAndSet(int, int).
func (a *AtomicInteger) CompareAndSet(expectedValue, newValue int32) bool {
	return a.v.CompareAndSwap(expectedValue, newValue)
}

// WeakCompareAndSetPlain is weakCompareAndSetPlain(int, int).
func (a *AtomicInteger) WeakCompareAndSetPlain(expectedValue, newValue int32) bool {
	return a.v.CompareAndSwap(expectedValue, newValue)
}

// GetAndIncrement is getAndIncrement().
func (a *AtomicInteger) GetAndIncrement() int32 { return a.v.Add(1) - 1 }

// GetAndDecrement is getAndDecrement().
func (a *AtomicInteger) GetAndDecrement() int32 { return a.v.Add(-1) + 1 }

// GetAndAdd is getAndAdd(int).
func (a *AtomicInteger) GetAndAdd(delta int32) int32 { return a.v.Add(delta) - delta }

// IncrementAndGet is incrementAndGet().
func (a *AtomicInteger) IncrementAndGet() int32 { return a.v.Add(1) }

// DecrementAndGet is decrementAndGet().
func (a *AtomicInteger) DecrementAndGet() int32 { return a.v.Add(-1) }

// AddAndGet is addAndGet(int).
func (a *AtomicInteger) AddAndGet(delta int32) int32 { return a.v.Add(delta) }

// GetAndUpdate is getAndUpdate(IntUnaryOperator).
func (a *AtomicInteger) GetAndUpdate(f IntUnaryOperator) int32 {
	for {
		prev := a.v.Load()
		if a.v.CompareAndSwap(prev, f.ApplyAsInt(prev)) {
			return prev
		}
	}
}

// UpdateAndGet is updateAndGet(IntUnaryOperator).
func (a *AtomicInteger) UpdateAndGet(f IntUnaryOperator) int32 {
	for {
		prev := a.v.Load()
		next := f.ApplyAsInt(prev)
		if a.v.CompareAndSwap(prev, next) {
			return next
		}
	}
}

// GetAndAccumulate is getAndAccumulate(int, IntBinaryOperator).
func (a *AtomicInteger) GetAndAccumulate(x int32, f IntBinaryOperator) int32 {
	for {
		prev := a.v.Load()
		if a.v.CompareAndSwap(prev, f.ApplyAsInt(prev, x)) {
			return prev
		}
	}
}

// AccumulateAndGet is accumulateAndGet(int, IntBinaryOperator).
func (a *AtomicInteger) AccumulateAndGet(x int32, f IntBinaryOperator) int32 {
	for {
		prev := a.v.Load()
		next := f.ApplyAsInt(prev, x)
		if a.v.CompareAndSwap(prev, next) {
			return next
		}
	}
}

// IntValue is intValue().
func (a *AtomicInteger) IntValue() int32 { return a.v.Load() }

// LongValue is longValue().
func (a *AtomicInteger) LongValue() int64 { return int64(a.v.Load()) }

// FloatValue is floatValue().
func (a *AtomicInteger) FloatValue() float32 { return float32(a.v.Load()) }

// DoubleValue is doubleValue().
func (a *AtomicInteger) DoubleValue() float64 { return float64(a.v.Load()) }

// ShortValue is shortValue().
func (a *AtomicInteger) ShortValue() int16 { return int16(a.v.Load()) }

// ByteValue is byteValue().
func (a *AtomicInteger) ByteValue() int8 { return int8(a.v.Load()) }

// String is toString(): Integer.toString(get()).
func (a *AtomicInteger) String() string { return IntStr(a.v.Load()) }

// AtomicLong is java.util.concurrent.atomic.AtomicLong.
type AtomicLong struct{ v atomic.Int64 }

// NewAtomicLong is the constructor AtomicLong().
func NewAtomicLong() *AtomicLong { return &AtomicLong{} }

// NewAtomicLong2 is the constructor AtomicLong(long).
func NewAtomicLong2(initialValue int64) *AtomicLong {
	a := &AtomicLong{}
	a.v.Store(initialValue)
	return a
}

// Get is get().
func (a *AtomicLong) Get() int64 { return a.v.Load() }

// Set is set(long).
func (a *AtomicLong) Set(newValue int64) { a.v.Store(newValue) }

// LazySet is lazySet(long).
func (a *AtomicLong) LazySet(newValue int64) { a.v.Store(newValue) }

// GetAndSet is getAndSet(long).
func (a *AtomicLong) GetAndSet(newValue int64) int64 { return a.v.Swap(newValue) }

// CompareAndSet is compareAndSet(long, long).
func (a *AtomicLong) CompareAndSet(expectedValue, newValue int64) bool {
	return a.v.CompareAndSwap(expectedValue, newValue)
}

// WeakCompareAndSetPlain is weakCompareAndSetPlain(long, long).
func (a *AtomicLong) WeakCompareAndSetPlain(expectedValue, newValue int64) bool {
	return a.v.CompareAndSwap(expectedValue, newValue)
}

// GetAndIncrement is getAndIncrement().
func (a *AtomicLong) GetAndIncrement() int64 { return a.v.Add(1) - 1 }

// GetAndDecrement is getAndDecrement().
func (a *AtomicLong) GetAndDecrement() int64 { return a.v.Add(-1) + 1 }

// GetAndAdd is getAndAdd(long).
func (a *AtomicLong) GetAndAdd(delta int64) int64 { return a.v.Add(delta) - delta }

// IncrementAndGet is incrementAndGet().
func (a *AtomicLong) IncrementAndGet() int64 { return a.v.Add(1) }

// DecrementAndGet is decrementAndGet().
func (a *AtomicLong) DecrementAndGet() int64 { return a.v.Add(-1) }

// AddAndGet is addAndGet(long).
func (a *AtomicLong) AddAndGet(delta int64) int64 { return a.v.Add(delta) }

// GetAndUpdate is getAndUpdate(LongUnaryOperator).
func (a *AtomicLong) GetAndUpdate(f LongUnaryOperator) int64 {
	for {
		prev := a.v.Load()
		if a.v.CompareAndSwap(prev, f.ApplyAsLong(prev)) {
			return prev
		}
	}
}

// UpdateAndGet is updateAndGet(LongUnaryOperator).
func (a *AtomicLong) UpdateAndGet(f LongUnaryOperator) int64 {
	for {
		prev := a.v.Load()
		next := f.ApplyAsLong(prev)
		if a.v.CompareAndSwap(prev, next) {
			return next
		}
	}
}

// GetAndAccumulate is getAndAccumulate(long, LongBinaryOperator).
func (a *AtomicLong) GetAndAccumulate(x int64, f LongBinaryOperator) int64 {
	for {
		prev := a.v.Load()
		if a.v.CompareAndSwap(prev, f.ApplyAsLong(prev, x)) {
			return prev
		}
	}
}

// AccumulateAndGet is accumulateAndGet(long, LongBinaryOperator).
func (a *AtomicLong) AccumulateAndGet(x int64, f LongBinaryOperator) int64 {
	for {
		prev := a.v.Load()
		next := f.ApplyAsLong(prev, x)
		if a.v.CompareAndSwap(prev, next) {
			return next
		}
	}
}

// IntValue is intValue().
func (a *AtomicLong) IntValue() int32 { return int32(a.v.Load()) }

// LongValue is longValue().
func (a *AtomicLong) LongValue() int64 { return a.v.Load() }

// FloatValue is floatValue().
func (a *AtomicLong) FloatValue() float32 { return float32(a.v.Load()) }

// DoubleValue is doubleValue().
func (a *AtomicLong) DoubleValue() float64 { return float64(a.v.Load()) }

// String is toString(): Long.toString(get()).
func (a *AtomicLong) String() string { return LongStr(a.v.Load()) }

// AtomicBoolean is java.util.concurrent.atomic.AtomicBoolean.
type AtomicBoolean struct{ v atomic.Bool }

// NewAtomicBoolean is the constructor AtomicBoolean().
func NewAtomicBoolean() *AtomicBoolean { return &AtomicBoolean{} }

// NewAtomicBoolean2 is the constructor AtomicBoolean(boolean).
func NewAtomicBoolean2(initialValue bool) *AtomicBoolean {
	a := &AtomicBoolean{}
	a.v.Store(initialValue)
	return a
}

// Get is get().
func (a *AtomicBoolean) Get() bool { return a.v.Load() }

// Set is set(boolean).
func (a *AtomicBoolean) Set(newValue bool) { a.v.Store(newValue) }

// LazySet is lazySet(boolean).
func (a *AtomicBoolean) LazySet(newValue bool) { a.v.Store(newValue) }

// GetAndSet is getAndSet(boolean).
func (a *AtomicBoolean) GetAndSet(newValue bool) bool { return a.v.Swap(newValue) }

// CompareAndSet is compareAndSet(boolean, boolean).
func (a *AtomicBoolean) CompareAndSet(expectedValue, newValue bool) bool {
	return a.v.CompareAndSwap(expectedValue, newValue)
}

// WeakCompareAndSetPlain is weakCompareAndSetPlain(boolean, boolean).
func (a *AtomicBoolean) WeakCompareAndSetPlain(expectedValue, newValue bool) bool {
	return a.v.CompareAndSwap(expectedValue, newValue)
}

// String is toString(): Boolean.toString(get()).
func (a *AtomicBoolean) String() string { return BoolStr(a.v.Load()) }

// AtomicReference is java.util.concurrent.atomic.AtomicReference<V>. compareAndSet compares
// by identity (Java's ==): pointers by address, strings and boxed values by value.
type AtomicReference[V any] struct{ p atomic.Pointer[refBox[V]] }

type refBox[V any] struct{ v V }

// NewAtomicReference is the constructor AtomicReference() (value null).
func NewAtomicReference[V any]() *AtomicReference[V] {
	a := &AtomicReference[V]{}
	a.p.Store(&refBox[V]{})
	return a
}

// NewAtomicReference2 is the constructor AtomicReference(V).
func NewAtomicReference2[V any](initialValue V) *AtomicReference[V] {
	a := &AtomicReference[V]{}
	a.p.Store(&refBox[V]{initialValue})
	return a
}

// Get is get().
func (a *AtomicReference[V]) Get() V { return a.p.Load().v }

// Set is set(V).
func (a *AtomicReference[V]) Set(newValue V) { a.p.Store(&refBox[V]{newValue}) }

// LazySet is lazySet(V).
func (a *AtomicReference[V]) LazySet(newValue V) { a.Set(newValue) }

// GetAndSet is getAndSet(V).
func (a *AtomicReference[V]) GetAndSet(newValue V) V { return a.p.Swap(&refBox[V]{newValue}).v }

// CompareAndSet is compareAndSet(V, V).
func (a *AtomicReference[V]) CompareAndSet(expectedValue, newValue V) bool {
	next := &refBox[V]{newValue}
	for {
		cur := a.p.Load()
		if !Same(cur.v, expectedValue) {
			return false
		}
		if a.p.CompareAndSwap(cur, next) {
			return true
		}
	}
}

// WeakCompareAndSetPlain is weakCompareAndSetPlain(V, V).
func (a *AtomicReference[V]) WeakCompareAndSetPlain(expectedValue, newValue V) bool {
	return a.CompareAndSet(expectedValue, newValue)
}

// GetAndUpdate is getAndUpdate(UnaryOperator<V>).
func (a *AtomicReference[V]) GetAndUpdate(f UnaryOperator[V]) V {
	for {
		cur := a.p.Load()
		if a.p.CompareAndSwap(cur, &refBox[V]{f.Apply(cur.v)}) {
			return cur.v
		}
	}
}

// UpdateAndGet is updateAndGet(UnaryOperator<V>).
func (a *AtomicReference[V]) UpdateAndGet(f UnaryOperator[V]) V {
	for {
		cur := a.p.Load()
		next := &refBox[V]{f.Apply(cur.v)}
		if a.p.CompareAndSwap(cur, next) {
			return next.v
		}
	}
}

// GetAndAccumulate is getAndAccumulate(V, BinaryOperator<V>).
func (a *AtomicReference[V]) GetAndAccumulate(x V, f BinaryOperator[V]) V {
	for {
		cur := a.p.Load()
		if a.p.CompareAndSwap(cur, &refBox[V]{f.Apply(cur.v, x)}) {
			return cur.v
		}
	}
}

// AccumulateAndGet is accumulateAndGet(V, BinaryOperator<V>).
func (a *AtomicReference[V]) AccumulateAndGet(x V, f BinaryOperator[V]) V {
	for {
		cur := a.p.Load()
		next := &refBox[V]{f.Apply(cur.v, x)}
		if a.p.CompareAndSwap(cur, next) {
			return next.v
		}
	}
}

// String is toString(): String.valueOf(get()).
func (a *AtomicReference[V]) String() string { return Str(a.p.Load().v) }

// checkAtomicIndex throws Java's ArrayIndexOutOfBoundsException for a bad index.
func checkAtomicIndex(i int32, n int) {
	if i < 0 || int(i) >= n {
		panic(NewArrayIndexOutOfBoundsException2("Index " + IntStr(i) + " out of bounds for length " + IntStr(int32(n))))
	}
}

// AtomicIntegerArray is java.util.concurrent.atomic.AtomicIntegerArray.
type AtomicIntegerArray struct{ a []atomic.Int32 }

// NewAtomicIntegerArray is the constructor AtomicIntegerArray(int).
func NewAtomicIntegerArray(length int32) *AtomicIntegerArray {
	if length < 0 {
		panic(NewNegativeArraySizeException2(IntStr(length)))
	}
	return &AtomicIntegerArray{make([]atomic.Int32, length)}
}

// NewAtomicIntegerArray2 is the constructor AtomicIntegerArray(int[]): a copy of array.
func NewAtomicIntegerArray2(array []int32) *AtomicIntegerArray {
	if array == nil {
		panic(NewNullPointerException())
	}
	a := &AtomicIntegerArray{make([]atomic.Int32, len(array))}
	for i, v := range array {
		a.a[i].Store(v)
	}
	return a
}

func (a *AtomicIntegerArray) at(i int32) *atomic.Int32 {
	checkAtomicIndex(i, len(a.a))
	return &a.a[i]
}

// Length is length().
func (a *AtomicIntegerArray) Length() int32 { return int32(len(a.a)) }

// Get is get(int).
func (a *AtomicIntegerArray) Get(i int32) int32 { return a.at(i).Load() }

// Set is set(int, int).
func (a *AtomicIntegerArray) Set(i int32, newValue int32) { a.at(i).Store(newValue) }

// LazySet is lazySet(int, int).
func (a *AtomicIntegerArray) LazySet(i int32, newValue int32) { a.at(i).Store(newValue) }

// GetAndSet is getAndSet(int, int).
func (a *AtomicIntegerArray) GetAndSet(i int32, newValue int32) int32 { return a.at(i).Swap(newValue) }

// CompareAndSet is compareAndSet(int, int, int).
func (a *AtomicIntegerArray) CompareAndSet(i int32, expectedValue, newValue int32) bool {
	return a.at(i).CompareAndSwap(expectedValue, newValue)
}

// GetAndIncrement is getAndIncrement(int).
func (a *AtomicIntegerArray) GetAndIncrement(i int32) int32 { return a.at(i).Add(1) - 1 }

// GetAndDecrement is getAndDecrement(int).
func (a *AtomicIntegerArray) GetAndDecrement(i int32) int32 { return a.at(i).Add(-1) + 1 }

// GetAndAdd is getAndAdd(int, int).
func (a *AtomicIntegerArray) GetAndAdd(i int32, delta int32) int32 { return a.at(i).Add(delta) - delta }

// IncrementAndGet is incrementAndGet(int).
func (a *AtomicIntegerArray) IncrementAndGet(i int32) int32 { return a.at(i).Add(1) }

// DecrementAndGet is decrementAndGet(int).
func (a *AtomicIntegerArray) DecrementAndGet(i int32) int32 { return a.at(i).Add(-1) }

// AddAndGet is addAndGet(int, int).
func (a *AtomicIntegerArray) AddAndGet(i int32, delta int32) int32 { return a.at(i).Add(delta) }

// UpdateAndGet is updateAndGet(int, IntUnaryOperator).
func (a *AtomicIntegerArray) UpdateAndGet(i int32, f IntUnaryOperator) int32 {
	p := a.at(i)
	for {
		prev := p.Load()
		next := f.ApplyAsInt(prev)
		if p.CompareAndSwap(prev, next) {
			return next
		}
	}
}

// AccumulateAndGet is accumulateAndGet(int, int, IntBinaryOperator).
func (a *AtomicIntegerArray) AccumulateAndGet(i int32, x int32, f IntBinaryOperator) int32 {
	p := a.at(i)
	for {
		prev := p.Load()
		next := f.ApplyAsInt(prev, x)
		if p.CompareAndSwap(prev, next) {
			return next
		}
	}
}

// String is toString(): `[1, 2, 3]`.
func (a *AtomicIntegerArray) String() string {
	parts := make([]string, len(a.a))
	for i := range a.a {
		parts[i] = IntStr(a.a[i].Load())
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// AtomicLongArray is java.util.concurrent.atomic.AtomicLongArray.
type AtomicLongArray struct{ a []atomic.Int64 }

// NewAtomicLongArray is the constructor AtomicLongArray(int).
func NewAtomicLongArray(length int32) *AtomicLongArray {
	if length < 0 {
		panic(NewNegativeArraySizeException2(IntStr(length)))
	}
	return &AtomicLongArray{make([]atomic.Int64, length)}
}

// NewAtomicLongArray2 is the constructor AtomicLongArray(long[]): a copy of array.
func NewAtomicLongArray2(array []int64) *AtomicLongArray {
	if array == nil {
		panic(NewNullPointerException())
	}
	a := &AtomicLongArray{make([]atomic.Int64, len(array))}
	for i, v := range array {
		a.a[i].Store(v)
	}
	return a
}

func (a *AtomicLongArray) at(i int32) *atomic.Int64 {
	checkAtomicIndex(i, len(a.a))
	return &a.a[i]
}

// Length is length().
func (a *AtomicLongArray) Length() int32 { return int32(len(a.a)) }

// Get is get(int).
func (a *AtomicLongArray) Get(i int32) int64 { return a.at(i).Load() }

// Set is set(int, long).
func (a *AtomicLongArray) Set(i int32, newValue int64) { a.at(i).Store(newValue) }

// GetAndSet is getAndSet(int, long).
func (a *AtomicLongArray) GetAndSet(i int32, newValue int64) int64 { return a.at(i).Swap(newValue) }

// CompareAndSet is compareAndSet(int, long, long).
func (a *AtomicLongArray) CompareAndSet(i int32, expectedValue, newValue int64) bool {
	return a.at(i).CompareAndSwap(expectedValue, newValue)
}

// GetAndIncrement is getAndIncrement(int).
func (a *AtomicLongArray) GetAndIncrement(i int32) int64 { return a.at(i).Add(1) - 1 }

// GetAndAdd is getAndAdd(int, long).
func (a *AtomicLongArray) GetAndAdd(i int32, delta int64) int64 { return a.at(i).Add(delta) - delta }

// IncrementAndGet is incrementAndGet(int).
func (a *AtomicLongArray) IncrementAndGet(i int32) int64 { return a.at(i).Add(1) }

// DecrementAndGet is decrementAndGet(int).
func (a *AtomicLongArray) DecrementAndGet(i int32) int64 { return a.at(i).Add(-1) }

// AddAndGet is addAndGet(int, long).
func (a *AtomicLongArray) AddAndGet(i int32, delta int64) int64 { return a.at(i).Add(delta) }

// String is toString(): `[1, 2, 3]`.
func (a *AtomicLongArray) String() string {
	parts := make([]string, len(a.a))
	for i := range a.a {
		parts[i] = LongStr(a.a[i].Load())
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// AtomicReferenceArray is java.util.concurrent.atomic.AtomicReferenceArray<E>.
type AtomicReferenceArray[E any] struct{ a []atomic.Pointer[refBox[E]] }

// NewAtomicReferenceArray is the constructor AtomicReferenceArray(int): all null.
func NewAtomicReferenceArray[E any](length int32) *AtomicReferenceArray[E] {
	if length < 0 {
		panic(NewNegativeArraySizeException2(IntStr(length)))
	}
	return &AtomicReferenceArray[E]{make([]atomic.Pointer[refBox[E]], length)}
}

func (a *AtomicReferenceArray[E]) at(i int32) *atomic.Pointer[refBox[E]] {
	checkAtomicIndex(i, len(a.a))
	return &a.a[i]
}

// Length is length().
func (a *AtomicReferenceArray[E]) Length() int32 { return int32(len(a.a)) }

// Get is get(int).
func (a *AtomicReferenceArray[E]) Get(i int32) E {
	if b := a.at(i).Load(); b != nil {
		return b.v
	}
	zero := Null[E]()
	return zero
}

// Set is set(int, E).
func (a *AtomicReferenceArray[E]) Set(i int32, newValue E) { a.at(i).Store(&refBox[E]{newValue}) }

// GetAndSet is getAndSet(int, E).
func (a *AtomicReferenceArray[E]) GetAndSet(i int32, newValue E) E {
	if b := a.at(i).Swap(&refBox[E]{newValue}); b != nil {
		return b.v
	}
	zero := Null[E]()
	return zero
}

// CompareAndSet is compareAndSet(int, E, E): by identity, as AtomicReference.
func (a *AtomicReferenceArray[E]) CompareAndSet(i int32, expectedValue, newValue E) bool {
	p := a.at(i)
	next := &refBox[E]{newValue}
	for {
		cur := p.Load()
		var v E
		if cur != nil {
			v = cur.v
		}
		if !Same(v, expectedValue) {
			return false
		}
		if p.CompareAndSwap(cur, next) {
			return true
		}
	}
}

// String is toString(): `[a, null]`.
func (a *AtomicReferenceArray[E]) String() string {
	parts := make([]string, len(a.a))
	for i := range a.a {
		parts[i] = Str(a.Get(int32(i)))
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// LongAdder is java.util.concurrent.atomic.LongAdder (one atomic cell: Go's atomics do not
// need Java's striping to be correct).
type LongAdder struct{ v atomic.Int64 }

// NewLongAdder is the constructor LongAdder().
func NewLongAdder() *LongAdder { return &LongAdder{} }

// Add is add(long).
func (a *LongAdder) Add(x int64) { a.v.Add(x) }

// Increment is increment().
func (a *LongAdder) Increment() { a.v.Add(1) }

// Decrement is decrement().
func (a *LongAdder) Decrement() { a.v.Add(-1) }

// Sum is sum().
func (a *LongAdder) Sum() int64 { return a.v.Load() }

// Reset is reset().
func (a *LongAdder) Reset() { a.v.Store(0) }

// SumThenReset is sumThenReset().
func (a *LongAdder) SumThenReset() int64 { return a.v.Swap(0) }

// IntValue is intValue().
func (a *LongAdder) IntValue() int32 { return int32(a.v.Load()) }

// LongValue is longValue().
func (a *LongAdder) LongValue() int64 { return a.v.Load() }

// DoubleValue is doubleValue().
func (a *LongAdder) DoubleValue() float64 { return float64(a.v.Load()) }

// FloatValue is floatValue().
func (a *LongAdder) FloatValue() float32 { return float32(a.v.Load()) }

// String is toString(): Long.toString(sum()).
func (a *LongAdder) String() string { return LongStr(a.v.Load()) }

func init() {
	registerClassNames(map[string]string{
		"AtomicInteger":        "java.util.concurrent.atomic.AtomicInteger",
		"AtomicLong":           "java.util.concurrent.atomic.AtomicLong",
		"AtomicBoolean":        "java.util.concurrent.atomic.AtomicBoolean",
		"AtomicReference":      "java.util.concurrent.atomic.AtomicReference",
		"AtomicIntegerArray":   "java.util.concurrent.atomic.AtomicIntegerArray",
		"AtomicLongArray":      "java.util.concurrent.atomic.AtomicLongArray",
		"AtomicReferenceArray": "java.util.concurrent.atomic.AtomicReferenceArray",
		"LongAdder":            "java.util.concurrent.atomic.LongAdder",
	})
}
