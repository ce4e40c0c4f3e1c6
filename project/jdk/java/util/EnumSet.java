package java.util;

// Go: *java.EnumSet[E] (util_enum.go), in ordinal order. allOf, complementOf and range
// need the enum's constants: the migrated enum registers them with
// java.RegisterEnumValues("<canonical name>", <Enum>Values). (Java declares EnumSet abstract; here it is one
// concrete type.)
public class EnumSet<E extends Enum<E>> implements Set<E> {
    @Go("java.EnumSetNoneOf[{E}]({0})") public static <E extends Enum<E>> EnumSet<E> noneOf(Class<E> elementType) {}
    @Go("java.EnumSetAllOf[{E}]({0})") public static <E extends Enum<E>> EnumSet<E> allOf(Class<E> elementType) {}
    @Go("java.EnumSetCopyOf[{E}]({0})") public static <E extends Enum<E>> EnumSet<E> copyOf(EnumSet<E> s) {}
    @Go("java.EnumSetCopyOf[{E}]({0})") public static <E extends Enum<E>> EnumSet<E> copyOf(Collection<E> c) {}
    @Go("java.EnumSetComplementOf[{E}]({0})") public static <E extends Enum<E>> EnumSet<E> complementOf(EnumSet<E> s) {}
    @Go("java.EnumSetOf[{E}]({args})") public static <E extends Enum<E>> EnumSet<E> of(E e) {}
    @Go("java.EnumSetOf[{E}]({args})") public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2) {}
    @Go("java.EnumSetOf[{E}]({args})") public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3) {}
    @Go("java.EnumSetOf[{E}]({args})") public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4) {}
    @Go("java.EnumSetOf[{E}]({args})") public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4, E e5) {}
    @Go("java.EnumSetOf[{E}]({args})") public static <E extends Enum<E>> EnumSet<E> of(E first, E... rest) {}
    @Go("java.EnumSetRange[{E}]({0}, {1})") public static <E extends Enum<E>> EnumSet<E> range(E from, E to) {}
    public EnumSet<E> clone() {}
}
