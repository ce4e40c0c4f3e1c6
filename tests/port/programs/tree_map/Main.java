// TreeMap/TreeSet navigation: floor/ceiling/higher/lower, head/tail/sub views, descending
// order, poll, custom comparators.
import java.util.Comparator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

public class Main {
    public static void main(String[] args) {
        NavigableMap<Integer, String> expTable = new TreeMap<>();
        int[] levels = {1, 10, 20, 40, 52, 61, 76, 80, 85};
        for (int lvl : levels) {
            expTable.put(lvl, "tier" + lvl);
        }
        System.out.println(expTable);
        System.out.println(expTable.firstKey() + " " + expTable.lastKey() + " " + expTable.floorKey(45) + " " + expTable.ceilingKey(45)
            + " " + expTable.higherKey(52) + " " + expTable.lowerKey(52) + " " + expTable.floorKey(0) + " " + expTable.ceilingKey(86));
        System.out.println(expTable.headMap(40) + " " + expTable.headMap(40, true).size());
        System.out.println(expTable.tailMap(76) + " " + expTable.subMap(10, 61));
        System.out.println(expTable.descendingMap().keySet());
        System.out.println(expTable.floorEntry(79).getValue() + " " + expTable.firstEntry() + " " + expTable.lastEntry().getKey());
        Map.Entry<Integer, String> polled = expTable.pollFirstEntry();
        System.out.println("polled " + polled.getKey() + "=" + polled.getValue() + " now " + expTable.firstKey() + " size " + expTable.size());
        TreeMap<String, Integer> words = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String w : new String[] {"banana", "Apple", "cherry", "apple", "Banana", "date"}) {
            words.merge(w, 1, Integer::sum);
        }
        System.out.println(words);
        TreeSet<String> names = new TreeSet<>(Comparator.reverseOrder());
        names.add("Kain");
        names.add("Abel");
        names.add("Zed");
        names.add("Mira");
        System.out.println(names + " " + names.first() + " " + names.ceiling("L") + " " + names.floor("L") + " " + names.headSet("Kain"));
        TreeSet<Integer> nums = new TreeSet<>();
        for (int i = 0; i < 20; i += 3) {
            nums.add(i * i % 17);
        }
        System.out.println(nums + " " + nums.higher(4) + " " + nums.lower(0) + " " + nums.subSet(2, 10) + " " + nums.descendingSet());
        System.out.println(nums.pollFirst() + " " + nums.pollLast() + " " + nums);
        TreeMap<String, Integer> natural = new TreeMap<>();
        for (String s : new String[] {"b", "B", "a", "_", "1", "Z", "z", "ä"}) {
            natural.put(s, s.codePointAt(0));
        }
        System.out.println(natural);
    }
}
