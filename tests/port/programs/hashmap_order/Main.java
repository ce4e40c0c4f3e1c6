// HashMap iteration order with String and Integer keys follows Java's hash buckets,
// including after resizes and removals.
import java.util.HashMap;
import java.util.Map;

public class Main {
    public static void main(String[] args) {
        Map<String, Integer> byName = new HashMap<>();
        String[] names = {"Gludio", "Dion", "Giran", "Oren", "Aden", "Innadril", "Goddard", "Rune", "Schuttgart",
            "Heine", "Floran", "Hunters", "Talking Island", "Elven Village", "Dark Elf Village", "Orc Village",
            "Dwarven Village", "Kamael Village"};
        for (int i = 0; i < names.length; i++) {
            byName.put(names[i], i * 10);
        }
        System.out.println(byName);
        for (Map.Entry<String, Integer> e : byName.entrySet()) {
            System.out.print(e.getKey().charAt(0));
        }
        System.out.println();
        System.out.println(byName.keySet());
        System.out.println(byName.values());
        byName.remove("Dion");
        byName.remove("Rune");
        byName.put("Dion", -1);
        System.out.println(byName);
        Map<Integer, String> byId = new HashMap<>();
        int[] ids = {100, 17, 33, -5, 1000000, 65536, 16, 0, 257, 31, 1 << 20, -100000, 48, 64, 80, 96};
        for (int id : ids) {
            byId.put(id, "n" + id);
        }
        System.out.println(byId);
        Map<Long, Integer> byLong = new HashMap<>();
        for (long l : new long[] {1L << 33, 5L, -1L, 4294967296L, 123456789012L}) {
            byLong.put(l, (int) (l % 100));
        }
        System.out.println(byLong);
        Map<Character, Integer> freq = new HashMap<>();
        for (char c : "abracadabra alakazam".toCharArray()) {
            freq.merge(c, 1, Integer::sum);
        }
        System.out.println(freq);
        Map<String, Integer> small = new HashMap<>(4);
        for (String s : new String[] {"zeta", "alpha", "mu", "beta", "omega", "pi"}) {
            small.putIfAbsent(s, s.length());
        }
        small.computeIfAbsent("tau", String::length);
        small.computeIfPresent("mu", (k, v) -> v * 100);
        small.compute("pi", (k, v) -> null);
        System.out.println(small + " " + small.size());
        small.entrySet().removeIf(e -> e.getValue() > 4);
        small.replaceAll((k, v) -> v + k.length());
        System.out.println(small);
        Map<Double, String> byDouble = new HashMap<>();
        for (double d : new double[] {0.5, 1.0, -2.25, 100.0, 0.1}) {
            byDouble.put(d, "d");
        }
        System.out.println(byDouble.keySet());
        Map<Boolean, String> byBool = new HashMap<>();
        byBool.put(true, "yes");
        byBool.put(false, "no");
        System.out.println(byBool + " " + byName.equals(new HashMap<>(byName)) + " " + byName.containsValue(50));
    }
}
