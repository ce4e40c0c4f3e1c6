// Collections.sort with comparators is stable; reverse, shuffle with a seed, binarySearch,
// min/max, frequency, nCopies, unmodifiable views.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

public class Main {
    record Entry(String name, int score) {
    }

    public static void main(String[] args) {
        List<Entry> entries = new ArrayList<>();
        String[] names = {"d", "b", "a", "e", "c", "f", "g", "h"};
        int[] scores = {3, 1, 3, 2, 1, 3, 2, 1};
        for (int i = 0; i < names.length; i++) {
            entries.add(new Entry(names[i], scores[i]));
        }
        Collections.sort(entries, (x, y) -> Integer.compare(x.score(), y.score()));
        System.out.println(entries);
        entries.sort(Comparator.comparing(Entry::score).reversed());
        System.out.println(entries);
        List<String> words = new ArrayList<>(Arrays.asList("pear", "Apple", "fig", "banana", "kiwi", "Cherry"));
        Collections.sort(words);
        System.out.println(words);
        words.sort(String.CASE_INSENSITIVE_ORDER);
        System.out.println(words);
        words.sort(Comparator.comparingInt(String::length));
        System.out.println(words);
        Collections.reverse(words);
        System.out.println(words);
        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            nums.add(i);
        }
        Collections.shuffle(nums, new Random(42));
        System.out.println(nums);
        Collections.swap(nums, 0, 9);
        System.out.println(nums + " min=" + Collections.min(nums) + " max=" + Collections.max(nums, Comparator.reverseOrder()));
        Collections.sort(nums);
        System.out.println(Collections.binarySearch(nums, 7) + " " + Collections.binarySearch(nums, 42));
        System.out.println(Collections.frequency(Arrays.asList(1, 2, 1, 3, 1), 1) + " " + Collections.nCopies(3, "ab") + " " + Collections.emptyList());
        List<Integer> ro = Collections.unmodifiableList(nums);
        try {
            ro.add(1);
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable");
        }
        Collections.rotate(nums, 3);
        System.out.println(nums + " " + Collections.disjoint(nums, List.of(100)));
        Integer[] boxed = {5, 3, 9, 1};
        Arrays.sort(boxed, Collections.reverseOrder());
        System.out.println(Arrays.toString(boxed));
        List<List<Integer>> nested = new ArrayList<>();
        nested.add(List.of(3, 1));
        nested.add(List.of(1, 2, 3));
        nested.add(List.of(2));
        nested.sort(Comparator.comparingInt(List::size));
        System.out.println(nested);
    }
}
