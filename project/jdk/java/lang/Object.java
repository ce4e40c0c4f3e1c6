package java.lang;

// Object is `any`: its methods go through the runtime's helpers so that they work for
// every value (boxed primitives, strings, arrays, objects).
@GoType("any")
public class Object {
    @Go("java.GetClass({this})") public final native Class<?> getClass();
    @Go("java.Equals({this}, {0})") public boolean equals(Object obj) {}
    @Go("java.HashCode({this})") public int hashCode() {}
    @Go("java.Str({this})") public String toString() {}
    @Go("java.Wait({this})") public final void wait() throws InterruptedException {}
    @Go("java.WaitTimeout({this}, {0})") public final void wait(long timeoutMillis) throws InterruptedException {}
    @Go("java.Notify({this})") public final void notify() {}
    @Go("java.NotifyAll({this})") public final void notifyAll() {}
}
