package java.util;

import java.util.function.Supplier;

public final class Objects {
    public static boolean equals(Object a, Object b) {}
    public static boolean deepEquals(Object a, Object b) {}
    public static int hashCode(Object o) {}
    @Go("java.ObjectsHash({args})") public static int hash(Object... values) {}
    @Go("java.ObjectsToString({0})") public static String toString(Object o) {}
    @Go("java.ObjectsToString2({0}, {1})") public static String toString(Object o, String nullDefault) {}
    public static <T> int compare(T a, T b, Comparator<? super T> c) {}
    @Go("java.ObjectsRequireNonNull({0})") public static <T> T requireNonNull(T obj) {}
    @Go("java.ObjectsRequireNonNull2({0}, {1})") public static <T> T requireNonNull(T obj, String message) {}
    @Go("java.ObjectsRequireNonNull3({0}, {1})") public static <T> T requireNonNull(T obj, Supplier<String> messageSupplier) {}
    public static boolean isNull(Object obj) {}
    public static boolean nonNull(Object obj) {}
    public static <T> T requireNonNullElse(T obj, T defaultObj) {}
    public static <T> T requireNonNullElseGet(T obj, Supplier<? extends T> supplier) {}
    public static int checkIndex(int index, int length) {}
    public static int checkFromToIndex(int fromIndex, int toIndex, int length) {}
    public static int checkFromIndexSize(int fromIndex, int size, int length) {}
}
