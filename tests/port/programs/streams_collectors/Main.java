// Collectors: groupingBy (HashMap and TreeMap), counting, partitioningBy, joining, toMap with
// merge, summing and averaging, mapping, toSet.
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

public class Main {
    record Item(String name, String type, int price, int weight) {
    }

    public static void main(String[] args) {
        List<Item> items = List.of(
            new Item("Sword", "weapon", 1200, 1500),
            new Item("Bow", "weapon", 900, 800),
            new Item("Helm", "armor", 400, 600),
            new Item("Plate", "armor", 2500, 8000),
            new Item("Potion", "consumable", 50, 10),
            new Item("Elixir", "consumable", 300, 10),
            new Item("Ring", "jewel", 1800, 5),
            new Item("Dagger", "weapon", 350, 400));
        Map<String, List<String>> byType = items.stream().collect(Collectors.groupingBy(Item::type, Collectors.mapping(Item::name, Collectors.toList())));
        System.out.println(byType);
        Map<String, Long> counts = items.stream().collect(Collectors.groupingBy(Item::type, TreeMap::new, Collectors.counting()));
        System.out.println(counts);
        Map<Boolean, List<String>> expensive = items.stream().collect(Collectors.partitioningBy(i -> i.price() >= 1000, Collectors.mapping(Item::name, Collectors.toList())));
        System.out.println(expensive);
        System.out.println(items.stream().map(Item::name).collect(Collectors.joining(", ", "[", "]")));
        Map<String, Integer> priceByName = items.stream().collect(Collectors.toMap(Item::name, Item::price));
        System.out.println(priceByName);
        Map<String, Integer> totalByType = items.stream().collect(Collectors.toMap(Item::type, Item::price, Integer::sum, TreeMap::new));
        System.out.println(totalByType);
        Map<String, Integer> sumByType = items.stream().collect(Collectors.groupingBy(Item::type, Collectors.summingInt(Item::weight)));
        System.out.println(sumByType);
        Map<String, Double> avg = items.stream().collect(Collectors.groupingBy(Item::type, TreeMap::new, Collectors.averagingInt(Item::price)));
        System.out.println(avg);
        Set<String> types = items.stream().map(Item::type).collect(Collectors.toSet());
        System.out.println(types);
        Map<Integer, List<String>> byLength = items.stream().collect(Collectors.groupingBy(i -> i.name().length(), Collectors.mapping(Item::name, Collectors.toList())));
        System.out.println(byLength);
        System.out.println(items.stream().collect(Collectors.summingInt(Item::price)) + " " + items.stream().collect(Collectors.averagingDouble(Item::weight))
            + " " + items.stream().collect(Collectors.counting()));
        try {
            items.stream().collect(Collectors.toMap(Item::type, Item::name));
        } catch (IllegalStateException e) {
            System.out.println("duplicate key: " + e.getMessage());
        }
        System.out.println(items.stream().collect(Collectors.groupingBy(Item::type, Collectors.maxBy((a, b) -> a.price() - b.price()))).get("weapon").get().name());
    }
}
