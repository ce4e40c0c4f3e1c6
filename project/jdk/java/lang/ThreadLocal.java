package java.lang;

import java.util.function.Supplier;

// Go: interface java.ThreadLocal[T], struct java.ThreadLocalImpl[T] (embed it to override
// initialValue; the initialiser is InitThreadLocal).
@GoType("java.ThreadLocal[{T}]")
public class ThreadLocal<T> {
    @Go("java.NewThreadLocal[{T}]()") public ThreadLocal() {}

    @Go("java.ThreadLocalWithInitial[{S}]({0})") public static <S> ThreadLocal<S> withInitial(Supplier<? extends S> supplier) {}

    protected T initialValue() {}
    @Go("{this}.Get()") public T get() {}
    public void set(T value) {}
    public void remove() {}
}
