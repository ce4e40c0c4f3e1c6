package java.util;

import java.util.function.IntFunction;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

// Each method is one generic Go function over the array's element type: the array is
// passed as it is (a String[] stays []string, not []any) and Go infers the type.
public final class Arrays {
    @Go("java.ArraysToString({0})") public static String toString(long[] a) {}
    @Go("java.ArraysToString({0})") public static String toString(int[] a) {}
    @Go("java.ArraysToString({0})") public static String toString(short[] a) {}
    @Go("java.ArraysToString({0})") public static String toString(char[] a) {}
    @Go("java.ArraysToString({0})") public static String toString(byte[] a) {}
    @Go("java.ArraysToString({0})") public static String toString(boolean[] a) {}
    @Go("java.ArraysToString({0})") public static String toString(float[] a) {}
    @Go("java.ArraysToString({0})") public static String toString(double[] a) {}
    @Go("java.ArraysToString({0})") public static String toString(Object[] a) {}
    @Go("java.ArraysDeepToString({0})") public static String deepToString(Object[] a) {}
    @Go("java.ArraysHashCode({0})") public static int hashCode(long[] a) {}
    @Go("java.ArraysHashCode({0})") public static int hashCode(int[] a) {}
    @Go("java.ArraysHashCode({0})") public static int hashCode(short[] a) {}
    @Go("java.ArraysHashCode({0})") public static int hashCode(char[] a) {}
    @Go("java.ArraysHashCode({0})") public static int hashCode(byte[] a) {}
    @Go("java.ArraysHashCode({0})") public static int hashCode(boolean[] a) {}
    @Go("java.ArraysHashCode({0})") public static int hashCode(float[] a) {}
    @Go("java.ArraysHashCode({0})") public static int hashCode(double[] a) {}
    @Go("java.ArraysHashCode({0})") public static int hashCode(Object[] a) {}
    @Go("java.ArraysDeepHashCode({0})") public static int deepHashCode(Object[] a) {}
    @Go("java.ArraysEquals({0}, {1})") public static boolean equals(long[] a, long[] a2) {}
    @Go("java.ArraysEquals({0}, {1})") public static boolean equals(int[] a, int[] a2) {}
    @Go("java.ArraysEquals({0}, {1})") public static boolean equals(short[] a, short[] a2) {}
    @Go("java.ArraysEquals({0}, {1})") public static boolean equals(char[] a, char[] a2) {}
    @Go("java.ArraysEquals({0}, {1})") public static boolean equals(byte[] a, byte[] a2) {}
    @Go("java.ArraysEquals({0}, {1})") public static boolean equals(boolean[] a, boolean[] a2) {}
    @Go("java.ArraysEquals({0}, {1})") public static boolean equals(float[] a, float[] a2) {}
    @Go("java.ArraysEquals({0}, {1})") public static boolean equals(double[] a, double[] a2) {}
    @Go("java.ArraysEquals({0}, {1})") public static boolean equals(Object[] a, Object[] a2) {}
    @Go("java.ArraysDeepEquals({0}, {1})") public static boolean deepEquals(Object[] a1, Object[] a2) {}
    @Go("java.ArraysFill({0}, {1})") public static void fill(long[] a, long val) {}
    @Go("java.ArraysFill2({0}, {1}, {2}, {3})") public static void fill(long[] a, int fromIndex, int toIndex, long val) {}
    @Go("java.ArraysFill({0}, {1})") public static void fill(int[] a, int val) {}
    @Go("java.ArraysFill2({0}, {1}, {2}, {3})") public static void fill(int[] a, int fromIndex, int toIndex, int val) {}
    @Go("java.ArraysFill({0}, {1})") public static void fill(short[] a, short val) {}
    @Go("java.ArraysFill2({0}, {1}, {2}, {3})") public static void fill(short[] a, int fromIndex, int toIndex, short val) {}
    @Go("java.ArraysFill({0}, {1})") public static void fill(char[] a, char val) {}
    @Go("java.ArraysFill2({0}, {1}, {2}, {3})") public static void fill(char[] a, int fromIndex, int toIndex, char val) {}
    @Go("java.ArraysFill({0}, {1})") public static void fill(byte[] a, byte val) {}
    @Go("java.ArraysFill2({0}, {1}, {2}, {3})") public static void fill(byte[] a, int fromIndex, int toIndex, byte val) {}
    @Go("java.ArraysFill({0}, {1})") public static void fill(boolean[] a, boolean val) {}
    @Go("java.ArraysFill2({0}, {1}, {2}, {3})") public static void fill(boolean[] a, int fromIndex, int toIndex, boolean val) {}
    @Go("java.ArraysFill({0}, {1})") public static void fill(float[] a, float val) {}
    @Go("java.ArraysFill2({0}, {1}, {2}, {3})") public static void fill(float[] a, int fromIndex, int toIndex, float val) {}
    @Go("java.ArraysFill({0}, {1})") public static void fill(double[] a, double val) {}
    @Go("java.ArraysFill2({0}, {1}, {2}, {3})") public static void fill(double[] a, int fromIndex, int toIndex, double val) {}
    @Go("java.ArraysFill({0}, {1})") public static void fill(Object[] a, Object val) {}
    @Go("java.ArraysFill2({0}, {1}, {2}, {3})") public static void fill(Object[] a, int fromIndex, int toIndex, Object val) {}
    @Go("java.ArraysCopyOf({0}, {1})") public static <T> T[] copyOf(T[] original, int newLength) {}
    @Go("java.ArraysCopyOf({0}, {1})") public static long[] copyOf(long[] original, int newLength) {}
    @Go("java.ArraysCopyOf({0}, {1})") public static int[] copyOf(int[] original, int newLength) {}
    @Go("java.ArraysCopyOf({0}, {1})") public static short[] copyOf(short[] original, int newLength) {}
    @Go("java.ArraysCopyOf({0}, {1})") public static char[] copyOf(char[] original, int newLength) {}
    @Go("java.ArraysCopyOf({0}, {1})") public static byte[] copyOf(byte[] original, int newLength) {}
    @Go("java.ArraysCopyOf({0}, {1})") public static boolean[] copyOf(boolean[] original, int newLength) {}
    @Go("java.ArraysCopyOf({0}, {1})") public static float[] copyOf(float[] original, int newLength) {}
    @Go("java.ArraysCopyOf({0}, {1})") public static double[] copyOf(double[] original, int newLength) {}
    @Go("java.ArraysCopyOfRange({0}, {1}, {2})") public static <T> T[] copyOfRange(T[] original, int from, int to) {}
    @Go("java.ArraysCopyOfRange({0}, {1}, {2})") public static long[] copyOfRange(long[] original, int from, int to) {}
    @Go("java.ArraysCopyOfRange({0}, {1}, {2})") public static int[] copyOfRange(int[] original, int from, int to) {}
    @Go("java.ArraysCopyOfRange({0}, {1}, {2})") public static short[] copyOfRange(short[] original, int from, int to) {}
    @Go("java.ArraysCopyOfRange({0}, {1}, {2})") public static char[] copyOfRange(char[] original, int from, int to) {}
    @Go("java.ArraysCopyOfRange({0}, {1}, {2})") public static byte[] copyOfRange(byte[] original, int from, int to) {}
    @Go("java.ArraysCopyOfRange({0}, {1}, {2})") public static boolean[] copyOfRange(boolean[] original, int from, int to) {}
    @Go("java.ArraysCopyOfRange({0}, {1}, {2})") public static float[] copyOfRange(float[] original, int from, int to) {}
    @Go("java.ArraysCopyOfRange({0}, {1}, {2})") public static double[] copyOfRange(double[] original, int from, int to) {}
    @Go("java.ArraysSort({0})") public static void sort(int[] a) {}
    @Go("java.ArraysSort2({0}, {1}, {2})") public static void sort(int[] a, int fromIndex, int toIndex) {}
    @Go("java.ArraysSort({0})") public static void sort(long[] a) {}
    @Go("java.ArraysSort2({0}, {1}, {2})") public static void sort(long[] a, int fromIndex, int toIndex) {}
    @Go("java.ArraysSort({0})") public static void sort(short[] a) {}
    @Go("java.ArraysSort2({0}, {1}, {2})") public static void sort(short[] a, int fromIndex, int toIndex) {}
    @Go("java.ArraysSort({0})") public static void sort(char[] a) {}
    @Go("java.ArraysSort2({0}, {1}, {2})") public static void sort(char[] a, int fromIndex, int toIndex) {}
    @Go("java.ArraysSort({0})") public static void sort(byte[] a) {}
    @Go("java.ArraysSort2({0}, {1}, {2})") public static void sort(byte[] a, int fromIndex, int toIndex) {}
    @Go("java.ArraysSort({0})") public static void sort(float[] a) {}
    @Go("java.ArraysSort2({0}, {1}, {2})") public static void sort(float[] a, int fromIndex, int toIndex) {}
    @Go("java.ArraysSort({0})") public static void sort(double[] a) {}
    @Go("java.ArraysSort2({0}, {1}, {2})") public static void sort(double[] a, int fromIndex, int toIndex) {}
    @Go("java.ArraysSort({0})") public static void sort(Object[] a) {}
    @Go("java.ArraysSort2({0}, {1}, {2})") public static void sort(Object[] a, int fromIndex, int toIndex) {}
    @Go("java.ArraysSortCmp({0}, {1})") public static <T> void sort(T[] a, Comparator<? super T> c) {}
    @Go("java.ArraysSortCmp2({0}, {1}, {2}, {3})") public static <T> void sort(T[] a, int fromIndex, int toIndex, Comparator<? super T> c) {}
    @Go("java.ArraysBinarySearch({0}, {1})") public static int binarySearch(long[] a, long key) {}
    @Go("java.ArraysBinarySearch2({0}, {1}, {2}, {3})") public static int binarySearch(long[] a, int fromIndex, int toIndex, long key) {}
    @Go("java.ArraysBinarySearch({0}, {1})") public static int binarySearch(int[] a, int key) {}
    @Go("java.ArraysBinarySearch2({0}, {1}, {2}, {3})") public static int binarySearch(int[] a, int fromIndex, int toIndex, int key) {}
    @Go("java.ArraysBinarySearch({0}, {1})") public static int binarySearch(short[] a, short key) {}
    @Go("java.ArraysBinarySearch2({0}, {1}, {2}, {3})") public static int binarySearch(short[] a, int fromIndex, int toIndex, short key) {}
    @Go("java.ArraysBinarySearch({0}, {1})") public static int binarySearch(char[] a, char key) {}
    @Go("java.ArraysBinarySearch2({0}, {1}, {2}, {3})") public static int binarySearch(char[] a, int fromIndex, int toIndex, char key) {}
    @Go("java.ArraysBinarySearch({0}, {1})") public static int binarySearch(byte[] a, byte key) {}
    @Go("java.ArraysBinarySearch2({0}, {1}, {2}, {3})") public static int binarySearch(byte[] a, int fromIndex, int toIndex, byte key) {}
    @Go("java.ArraysBinarySearch({0}, {1})") public static int binarySearch(double[] a, double key) {}
    @Go("java.ArraysBinarySearch2({0}, {1}, {2}, {3})") public static int binarySearch(double[] a, int fromIndex, int toIndex, double key) {}
    @Go("java.ArraysBinarySearch({0}, {1})") public static int binarySearch(float[] a, float key) {}
    @Go("java.ArraysBinarySearch2({0}, {1}, {2}, {3})") public static int binarySearch(float[] a, int fromIndex, int toIndex, float key) {}
    @Go("java.ArraysBinarySearch({0}, {1})") public static int binarySearch(Object[] a, Object key) {}
    @Go("java.ArraysBinarySearch2({0}, {1}, {2}, {3})") public static int binarySearch(Object[] a, int fromIndex, int toIndex, Object key) {}
    @Go("java.ArraysBinarySearchCmp({0}, {1}, {2})") public static <T> int binarySearch(T[] a, T key, Comparator<? super T> c) {}
    @Go("java.ArraysSetAll({0}, {1})") public static <T> void setAll(T[] array, IntFunction<? extends T> generator) {}
    @Go("java.ArraysAsList({args})") public static <T> List<T> asList(T... a) {}
    @Go("java.ArraysStream({0})") public static <T> Stream<T> stream(T[] array) {}
    @Go("java.ArraysStream2({0}, {1}, {2})") public static <T> Stream<T> stream(T[] array, int startInclusive, int endExclusive) {}
    @Go("java.ArraysStreamInt({0})") public static IntStream stream(int[] array) {}
    @Go("java.ArraysStreamLong({0})") public static LongStream stream(long[] array) {}
    @Go("java.ArraysStreamDouble({0})") public static DoubleStream stream(double[] array) {}
}
