package java.util.stream;

import java.util.Collection;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

// Go: package functions java.Collectors* (util_collectors.go), each returning a
// Collector[T, any, R]. The containers are the JDK's (toList an ArrayList, toSet a
// HashSet, groupingBy a HashMap of ArrayLists filled with computeIfAbsent, toMap a
// HashMap), so results iterate in Java's order. Type arguments are given where Go cannot
// infer them from the arguments.
public final class Collectors {
    @Go("java.CollectorsToCollection[{T}, {C}]({0})") public static <T, C extends Collection<T>> Collector<T, ?, C> toCollection(Supplier<C> collectionFactory) {}
    @Go("java.CollectorsToList[{T}]()") public static <T> Collector<T, ?, List<T>> toList() {}
    @Go("java.CollectorsToUnmodifiableList[{T}]()") public static <T> Collector<T, ?, List<T>> toUnmodifiableList() {}
    @Go("java.CollectorsToSet[{T}]()") public static <T> Collector<T, ?, Set<T>> toSet() {}
    @Go("java.CollectorsToUnmodifiableSet[{T}]()") public static <T> Collector<T, ?, Set<T>> toUnmodifiableSet() {}
    @Go("java.CollectorsJoining()") public static Collector<CharSequence, ?, String> joining() {}
    @Go("java.CollectorsJoiningDelimiter({0})") public static Collector<CharSequence, ?, String> joining(CharSequence delimiter) {}
    @Go("java.CollectorsJoiningWith({0}, {1}, {2})") public static Collector<CharSequence, ?, String> joining(CharSequence delimiter, CharSequence prefix, CharSequence suffix) {}
    @Go("java.CollectorsMapping({0}, {1})") public static <T, U, A, R> Collector<T, ?, R> mapping(Function<? super T, ? extends U> mapper, Collector<? super U, A, R> downstream) {}
    @Go("java.CollectorsFiltering({0}, {1})") public static <T, A, R> Collector<T, ?, R> filtering(Predicate<? super T> predicate, Collector<? super T, A, R> downstream) {}
    @Go("java.CollectorsCollectingAndThen({0}, {1})") public static <T, A, R, RR> Collector<T, A, RR> collectingAndThen(Collector<T, A, R> downstream, Function<R, RR> finisher) {}
    @Go("java.CollectorsCounting[{T}]()") public static <T> Collector<T, ?, Long> counting() {}
    @Go("java.CollectorsMinBy({0})") public static <T> Collector<T, ?, Optional<T>> minBy(Comparator<? super T> comparator) {}
    @Go("java.CollectorsMaxBy({0})") public static <T> Collector<T, ?, Optional<T>> maxBy(Comparator<? super T> comparator) {}
    @Go("java.CollectorsSummingInt({0})") public static <T> Collector<T, ?, Integer> summingInt(ToIntFunction<? super T> mapper) {}
    @Go("java.CollectorsSummingLong({0})") public static <T> Collector<T, ?, Long> summingLong(ToLongFunction<? super T> mapper) {}
    @Go("java.CollectorsSummingDouble({0})") public static <T> Collector<T, ?, Double> summingDouble(ToDoubleFunction<? super T> mapper) {}
    @Go("java.CollectorsAveragingInt({0})") public static <T> Collector<T, ?, Double> averagingInt(ToIntFunction<? super T> mapper) {}
    @Go("java.CollectorsAveragingLong({0})") public static <T> Collector<T, ?, Double> averagingLong(ToLongFunction<? super T> mapper) {}
    @Go("java.CollectorsAveragingDouble({0})") public static <T> Collector<T, ?, Double> averagingDouble(ToDoubleFunction<? super T> mapper) {}
    @Go("java.CollectorsReducing({0}, {1})") public static <T> Collector<T, ?, T> reducing(T identity, BinaryOperator<T> op) {}
    @Go("java.CollectorsReducingOptional({0})") public static <T> Collector<T, ?, Optional<T>> reducing(BinaryOperator<T> op) {}
    @Go("java.CollectorsReducingMapped({0}, {1}, {2})") public static <T, U> Collector<T, ?, U> reducing(U identity, Function<? super T, ? extends U> mapper, BinaryOperator<U> op) {}
    @Go("java.CollectorsGroupingBy({0})") public static <T, K> Collector<T, ?, Map<K, List<T>>> groupingBy(Function<? super T, ? extends K> classifier) {}
    @Go("java.CollectorsGroupingByTo({0}, {1})") public static <T, K, A, D> Collector<T, ?, Map<K, D>> groupingBy(Function<? super T, ? extends K> classifier, Collector<? super T, A, D> downstream) {}
    @Go("java.CollectorsGroupingByInto({0}, {1}, {2})") public static <T, K, D, A, M extends Map<K, D>> Collector<T, ?, M> groupingBy(Function<? super T, ? extends K> classifier, Supplier<M> mapFactory, Collector<? super T, A, D> downstream) {}
    @Go("java.CollectorsPartitioningBy({0})") public static <T> Collector<T, ?, Map<Boolean, List<T>>> partitioningBy(Predicate<? super T> predicate) {}
    @Go("java.CollectorsPartitioningByTo({0}, {1})") public static <T, D, A> Collector<T, ?, Map<Boolean, D>> partitioningBy(Predicate<? super T> predicate, Collector<? super T, A, D> downstream) {}
    @Go("java.CollectorsToMap({0}, {1})") public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper, Function<? super T, ? extends U> valueMapper) {}
    @Go("java.CollectorsToUnmodifiableMap({0}, {1})") public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> keyMapper, Function<? super T, ? extends U> valueMapper) {}
    @Go("java.CollectorsToMapMerge({0}, {1}, {2})") public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper, Function<? super T, ? extends U> valueMapper, BinaryOperator<U> mergeFunction) {}
    @Go("java.CollectorsToMapInto({0}, {1}, {2}, {3})") public static <T, K, U, M extends Map<K, U>> Collector<T, ?, M> toMap(Function<? super T, ? extends K> keyMapper, Function<? super T, ? extends U> valueMapper, BinaryOperator<U> mergeFunction, Supplier<M> mapFactory) {}
    @Go("java.CollectorsSummarizingInt({0})") public static <T> Collector<T, ?, IntSummaryStatistics> summarizingInt(ToIntFunction<? super T> mapper) {}
}
