// Streams: filter/map/collect, mapToInt, reduce, sorted, distinct, limit/skip, matches,
// IntStream ranges, flatMap, iterate.
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

public class Main {
    public static void main(String[] args) {
        List<Integer> nums = Arrays.asList(5, 3, 8, 1, 9, 2, 8, 3, 7);
        System.out.println(nums.stream().filter(n -> n % 2 == 1).map(n -> n * n).collect(Collectors.toList()));
        System.out.println(nums.stream().mapToInt(Integer::intValue).sum() + " " + nums.stream().mapToInt(n -> n).max().getAsInt()
            + " " + nums.stream().mapToInt(n -> n).average().getAsDouble() + " " + nums.stream().count());
        System.out.println(nums.stream().distinct().sorted().collect(Collectors.toList()) + " " + nums.stream().sorted((a, b) -> b - a).limit(3).collect(Collectors.toList()));
        System.out.println(nums.stream().skip(2).limit(4).map(String::valueOf).collect(Collectors.joining("+")));
        System.out.println(nums.stream().reduce(0, Integer::sum) + " " + nums.stream().reduce(Integer::max).get() + " " + nums.stream().reduce(1, (a, b) -> a * b % 1000));
        System.out.println(nums.stream().anyMatch(n -> n > 8) + " " + nums.stream().allMatch(n -> n > 0) + " " + nums.stream().noneMatch(n -> n == 4));
        System.out.println(IntStream.range(0, 5).boxed().collect(Collectors.toList()) + " " + IntStream.rangeClosed(1, 5).map(i -> i * i).sum());
        System.out.println(Stream.of("a,b", "c", "d,e,f").flatMap(s -> Arrays.stream(s.split(","))).map(String::toUpperCase).collect(Collectors.toList()));
        System.out.println(Stream.iterate(1, x -> x * 3).limit(6).collect(Collectors.toList()) + " " + Stream.iterate(1, x -> x < 100, x -> x * 2).count());
        System.out.println(nums.stream().filter(n -> n > 100).findFirst().isPresent() + " " + nums.stream().filter(n -> n > 6).findFirst().get());
        int[] arr = {4, -2, 7, 0};
        System.out.println(Arrays.stream(arr).map(Math::abs).sorted().boxed().collect(Collectors.toList()) + " " + Arrays.stream(arr).min().getAsInt());
        System.out.println(IntStream.of(3, 1, 2).mapToObj(i -> "n" + i).collect(Collectors.joining(",", "{", "}")) + " " + IntStream.empty().average().isPresent());
        List<String> names = List.of("Lyra", "Kael", "Anya", "Bran", "Kira");
        System.out.println(names.stream().filter(n -> n.startsWith("K")).count() + " " + names.stream().map(String::length).reduce(0, Integer::sum));
        System.out.println(names.stream().sorted().toList() + " " + Stream.of(1.5, 2.5).mapToDouble(Double::doubleValue).sum() + " " + Arrays.stream(new String[] {"x", "y"}).toList());
        StringBuilder order = new StringBuilder();
        Stream.of("a", "b", "c").filter(s -> {
            order.append("f").append(s);
            return !s.equals("b");
        }).map(s -> {
            order.append("m").append(s);
            return s;
        }).forEach(s -> order.append("e").append(s).append(' '));
        System.out.println(order);
        System.out.println(IntStream.rangeClosed(1, 4).mapToObj(Integer::toString).collect(Collectors.toList()) + " " + IntStream.range(0, 20).filter(i -> i % 7 == 0).sum());
    }
}
