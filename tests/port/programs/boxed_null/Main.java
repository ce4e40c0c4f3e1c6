// Boxed values that may be null: Integer fields, absent map entries, unboxing a null.
import java.util.HashMap;
import java.util.Map;

public class Main {
    static Integer cached;
    static Long total = 0L;

    static Integer lookup(Map<String, Integer> m, String k) {
        return m.get(k);
    }

    public static void main(String[] args) {
        Map<String, Integer> levels = new HashMap<>();
        levels.put("warrior", 40);
        levels.put("mage", null);
        System.out.println(levels.get("warrior") + " " + levels.get("mage") + " " + levels.get("rogue"));
        System.out.println(levels.get("rogue") == null);
        System.out.println(levels.containsKey("mage") + " " + levels.containsKey("rogue"));
        System.out.println(levels.getOrDefault("rogue", -1) + " " + levels.getOrDefault("mage", -1));
        Integer lvl = lookup(levels, "warrior");
        if (lvl != null && lvl > 30) {
            System.out.println("high level " + lvl);
        }
        System.out.println("cached=" + cached);
        cached = 5;
        cached += 10;
        cached++;
        System.out.println("cached=" + cached);
        for (int i = 0; i < 5; i++) {
            total += i;
        }
        System.out.println("total=" + total);
        Integer a = 1000;
        Integer b = 1000;
        System.out.println(a.equals(b) + " " + (a.intValue() == b) + " " + a.compareTo(999) + " " + Integer.valueOf(7).hashCode());
        try {
            int bad = lookup(levels, "mage");
            System.out.println(bad);
        } catch (NullPointerException e) {
            System.out.println("unboxing null: NullPointerException");
        }
        Boolean flag = null;
        System.out.println("flag=" + flag + " " + Boolean.TRUE.equals(flag));
        Double ratio = null;
        System.out.println(ratio == null ? "no ratio" : "ratio " + ratio);
        Integer count = levels.get("warrior");
        levels.merge("warrior", 1, Integer::sum);
        levels.compute("mage", (k, v) -> v == null ? 1 : v + 1);
        System.out.println(count + " -> " + levels.get("warrior") + ", mage " + levels.get("mage"));
        Character ch = 'z';
        Object boxed = 42;
        System.out.println(ch + " " + (boxed instanceof Integer) + " " + (boxed instanceof Long) + " " + boxed);
        long widened = a;
        double asDouble = b;
        System.out.println(widened + " " + asDouble);
    }
}
