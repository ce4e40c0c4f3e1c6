import java.util.*;

public class Multi {
    private final Map<String, List<Integer>> _byName = new HashMap<>();
    private final Map<Integer, StringBuilder> _logs = new HashMap<>();

    void add(String name, int v) {
        _byName.computeIfAbsent(name, k -> new ArrayList<>()).add(v);
    }

    public static void main(String[] args) {
        Multi m = new Multi();
        m.add("a", 1);
        m.add("a", 2);
        m.add("b", 3);
        m._byName.get("b").add(4);
        System.out.println(m._byName.get("a") + " " + m._byName.get("b"));
        m._logs.put(1, new StringBuilder());
        m._logs.get(1).append("x").append(2);
        System.out.println(m._logs.get(1));
    }
}
