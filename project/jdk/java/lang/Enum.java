package java.lang;

// Go: struct java.EnumImpl, embedded in each migrated enum; its constants run
// InitEnum(name, ordinal). Enums compare by identity.
@GoType("java.Enum")
public abstract class Enum<E extends Enum<E>> implements Comparable<E>, java.io.Serializable {
    @Go("{this}.InitEnum({0}, {1})") protected Enum(String name, int ordinal) {}
    @Go("(translator: java.ClassOf of the receiver's enum type)") public final Class<E> getDeclaringClass() {}
    public final String name() {}
    public final int ordinal() {}
    public String toString() {}
    @Go("java.Same({this}, {0})") public final boolean equals(Object other) {}
    @Go("java.HashCode({this})") public final int hashCode() {}
    @Go("java.EnumCompareTo({this}, {0})") public final int compareTo(E o) {}
    @Go("java.EnumValueOfClass[{T}]({0}, {1})") public static <T extends Enum<T>> T valueOf(Class<T> enumType, String name) {}
}
