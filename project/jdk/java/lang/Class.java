package java.lang;

// Go: *java.Class, one per Go type (x.getClass() is java.GetClass(x), Foo.class is
// java.ClassOf[Foo]()). Names, identity and isInstance only: no reflection.
@GoType("*java.Class")
public final class Class<T> implements java.io.Serializable {
    @Go("java.ClassForName({0})") public static Class<?> forName(String className) throws ClassNotFoundException {}
    public String getName() {}
    public String getSimpleName() {}
    public String getTypeName() {}
    public boolean isInterface() {}
    public boolean isArray() {}
    public boolean isInstance(Object obj) {}
    public String toString() {}
}
