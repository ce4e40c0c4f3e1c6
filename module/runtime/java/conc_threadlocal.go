package java

// ThreadLocal is java.lang.ThreadLocal<T>: a variable with one value per thread. Java code
// that overrides initialValue (`new ThreadLocal<>() { protected T initialValue() ... }`)
// embeds ThreadLocalImpl and calls InitThreadLocal, as port.md's object model says.
type ThreadLocal[T any] interface {
	// AsThreadLocal gives the struct behind the value.
	AsThreadLocal() *ThreadLocalImpl[T]
	// Get is get(): this thread's value, set from InitialValue on first use.
	Get() T
	// Set is set(T).
	Set(value T)
	// Remove is remove(): the next Get calls InitialValue again.
	Remove()
	// InitialValue is the protected initialValue(): the zero value (Java's null) by default.
	InitialValue() T
}

// ThreadLocalImpl holds a ThreadLocal and implements its methods. Values live in the
// running Thread (the goroutine is adopted as a Thread if the runtime did not start it)
// and go away with it.
type ThreadLocalImpl[T any] struct {
	self    ThreadLocal[T]
	initial Supplier[T]
}

// NewThreadLocal is the constructor ThreadLocal().
func NewThreadLocal[T any]() *ThreadLocalImpl[T] {
	tl := &ThreadLocalImpl[T]{}
	tl.InitThreadLocal(tl)
	return tl
}

// InitThreadLocal runs ThreadLocal() on a ThreadLocal or the ThreadLocal part of a subclass.
func (tl *ThreadLocalImpl[T]) InitThreadLocal(self ThreadLocal[T]) { tl.self = self }

// ThreadLocalWithInitial is the static ThreadLocal.withInitial(Supplier): initial values
// come from supplier.
func ThreadLocalWithInitial[T any](supplier Supplier[T]) ThreadLocal[T] {
	if isNull(supplier) {
		panic(NewNullPointerException())
	}
	tl := NewThreadLocal[T]()
	tl.initial = supplier
	return tl
}

// AsThreadLocal gives the struct behind the value.
func (tl *ThreadLocalImpl[T]) AsThreadLocal() *ThreadLocalImpl[T] { return tl }

// threadLocalBox holds a value, so a nil interface value is still a present entry.
type threadLocalBox[T any] struct{ v T }

// Get is get().
func (tl *ThreadLocalImpl[T]) Get() T {
	t := currentThreadImpl()
	if b, ok := t.locals[tl]; ok {
		return b.(threadLocalBox[T]).v
	}
	v := tl.self.InitialValue()
	tl.store(t, v)
	return v
}

func (tl *ThreadLocalImpl[T]) store(t *ThreadImpl, v T) {
	if t.locals == nil {
		t.locals = map[any]any{}
	}
	t.locals[tl] = threadLocalBox[T]{v}
}

// Set is set(T).
func (tl *ThreadLocalImpl[T]) Set(value T) { tl.store(currentThreadImpl(), value) }

// Remove is remove().
func (tl *ThreadLocalImpl[T]) Remove() { delete(currentThreadImpl().locals, tl) }

// InitialValue is initialValue(): the supplier's value for withInitial, else the zero value.
func (tl *ThreadLocalImpl[T]) InitialValue() T {
	if tl.initial != nil {
		return tl.initial.Get()
	}
	zero := Null[T]()
	return zero
}
