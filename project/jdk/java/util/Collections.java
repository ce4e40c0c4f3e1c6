package java.util;

// Go: package functions java.Collections* (util_collections.go, util_immutable.go).
// Collections.shuffle(list, rnd) makes Java's swaps, so a seeded Random gives Java's order.
public class Collections {
    @Go("java.CollectionsSort({0})") public static <T extends Comparable<? super T>> void sort(List<T> list) {}
    @Go("java.CollectionsSortWith({0}, {1})") public static <T> void sort(List<T> list, Comparator<? super T> c) {}
    @Go("java.CollectionsBinarySearch({0}, {1})") public static <T> int binarySearch(List<? extends Comparable<? super T>> list, T key) {}
    @Go("java.CollectionsBinarySearchWith({0}, {1}, {2})") public static <T> int binarySearch(List<? extends T> list, T key, Comparator<? super T> c) {}
    public static void reverse(List<?> list) {}
    @Go("java.CollectionsShuffle({0})") public static void shuffle(List<?> list) {}
    @Go("java.CollectionsShuffleWith({0}, {1})") public static void shuffle(List<?> list, Random rnd) {}
    public static void swap(List<?> list, int i, int j) {}
    public static <T> void fill(List<? super T> list, T obj) {}
    public static void rotate(List<?> list, int distance) {}
    public static <T> void copy(List<? super T> dest, List<? extends T> src) {}
    public static <T> boolean replaceAll(List<T> list, T oldVal, T newVal) {}
    public static int indexOfSubList(List<?> source, List<?> target) {}
    public static int lastIndexOfSubList(List<?> source, List<?> target) {}
    @Go("java.CollectionsMin({0})") public static <T extends Object & Comparable<? super T>> T min(Collection<? extends T> coll) {}
    @Go("java.CollectionsMinWith({0}, {1})") public static <T> T min(Collection<? extends T> coll, Comparator<? super T> comp) {}
    @Go("java.CollectionsMax({0})") public static <T extends Object & Comparable<? super T>> T max(Collection<? extends T> coll) {}
    @Go("java.CollectionsMaxWith({0}, {1})") public static <T> T max(Collection<? extends T> coll, Comparator<? super T> comp) {}
    @Go("java.CollectionsUnmodifiableCollection({0})") public static <T> Collection<T> unmodifiableCollection(Collection<? extends T> c) {}
    @Go("java.CollectionsUnmodifiableSet({0})") public static <T> Set<T> unmodifiableSet(Set<? extends T> s) {}
    @Go("java.CollectionsUnmodifiableList({0})") public static <T> List<T> unmodifiableList(List<? extends T> list) {}
    @Go("java.CollectionsUnmodifiableMap({0})") public static <K, V> Map<K, V> unmodifiableMap(Map<? extends K, ? extends V> m) {}
    @Go("java.CollectionsSynchronizedCollection({0})") public static <T> Collection<T> synchronizedCollection(Collection<T> c) {}
    @Go("java.CollectionsSynchronizedSet({0})") public static <T> Set<T> synchronizedSet(Set<T> s) {}
    @Go("java.CollectionsSynchronizedList({0})") public static <T> List<T> synchronizedList(List<T> list) {}
    @Go("java.CollectionsSynchronizedMap({0})") public static <K, V> Map<K, V> synchronizedMap(Map<K, V> m) {}
    @Go("java.CollectionsEmptyIterator[{T}]()") public static <T> Iterator<T> emptyIterator() {}
    @Go("java.CollectionsEmptySet[{T}]()") public static final <T> Set<T> emptySet() {}
    @Go("java.CollectionsEmptyList[{T}]()") public static final <T> List<T> emptyList() {}
    @Go("java.CollectionsEmptyMap[{K}, {V}]()") public static final <K, V> Map<K, V> emptyMap() {}
    @Go("java.CollectionsSingleton[{T}]({0})") public static <T> Set<T> singleton(T o) {}
    @Go("java.CollectionsSingletonList[{T}]({0})") public static <T> List<T> singletonList(T o) {}
    @Go("java.CollectionsSingletonMap[{K}, {V}]({0}, {1})") public static <K, V> Map<K, V> singletonMap(K key, V value) {}
    @Go("java.CollectionsNCopies[{T}]({0}, {1})") public static <T> List<T> nCopies(int n, T o) {}
    @Go("java.CollectionsReverseOrder[{T}]()") public static <T> Comparator<T> reverseOrder() {}
    @Go("java.CollectionsReverseOrderOf[{T}]({0})") public static <T> Comparator<T> reverseOrder(Comparator<T> cmp) {}
    public static int frequency(Collection<?> c, Object o) {}
    public static boolean disjoint(Collection<?> c1, Collection<?> c2) {}
    @Go("java.CollectionsAddAll({args})") public static <T> boolean addAll(Collection<? super T> c, T... elements) {}
}
