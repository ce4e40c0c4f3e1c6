// instanceof (with patterns), casts that fail with ClassCastException, getClass comparisons.
import java.util.ArrayList;
import java.util.List;

public class Main {
    interface Attackable {
        int defense();
    }

    static class Entity {
    }

    static class Npc extends Entity implements Attackable {
        public int defense() {
            return 10;
        }
    }

    static class Guard extends Npc {
        @Override
        public int defense() {
            return 50;
        }
    }

    static class Item extends Entity {
    }

    static String classify(Object o) {
        if (o instanceof Guard g) {
            return "guard def " + g.defense();
        } else if (o instanceof Attackable a && a.defense() > 5) {
            return "attackable def " + a.defense();
        } else if (o instanceof Entity) {
            return "entity";
        } else if (o instanceof String s && !s.isEmpty()) {
            return "string of " + s.length();
        }
        return "other";
    }

    public static void main(String[] args) {
        List<Object> things = new ArrayList<>();
        things.add(new Npc());
        things.add(new Guard());
        things.add(new Item());
        things.add("abc");
        things.add("");
        things.add(null);
        things.add(42);
        for (Object o : things) {
            System.out.println(classify(o) + " | null instanceof: " + (o instanceof Object));
        }
        Entity e = new Guard();
        System.out.println((e instanceof Npc) + " " + (e instanceof Attackable) + " " + (e.getClass() == Guard.class) + " " + (e.getClass() == Npc.class));
        try {
            Item i = (Item) e;
            System.out.println("no exception " + i);
        } catch (ClassCastException ex) {
            System.out.println("ClassCastException caught");
        }
        Object n = null;
        Item fromNull = (Item) n;
        System.out.println("cast of null: " + fromNull);
        Object number = 7;
        try {
            String s = (String) number;
            System.out.println(s);
        } catch (ClassCastException ex) {
            System.out.println("Integer is not a String");
        }
        Npc npc = (Npc) e;
        System.out.println(npc.defense() + " " + ((Attackable) e).defense());
        Number num = 3.5;
        System.out.println(num.intValue() + " " + (num instanceof Double) + " " + num.getClass().getSimpleName());
    }
}
