import java.util.*;

public class Cache {
    static class Base {
        int id() { return 1; }
    }

    static class Derived extends Base {
        int extra() { return 2; }
    }

    private final Map<Integer, String> _names = new HashMap<>();

    String name(int id) {
        String n = _names.get(id);
        if (_names.get(id) == null) {
            _names.put(id, "npc" + id);
            return "new " + _names.get(id);
        }
        return "cached " + n;
    }

    public static void main(String[] args) {
        Cache c = new Cache();
        System.out.println(c.name(3));
        System.out.println(c.name(3));
        Object o = new Derived();
        Derived d = (Derived) o;
        System.out.println(d.extra());
        try {
            String s = (String) o;
            System.out.println(s);
        } catch (ClassCastException e) {
            System.out.println("cce");
        }
    }
}
