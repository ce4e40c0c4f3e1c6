import java.util.*;

public class Virt {
    static abstract class Creature {
        protected final String _name;
        protected int _hp = 10;

        Creature(String name) {
            _name = name;
        }

        abstract int attack();

        String cry() {
            return "...";
        }

        String describe() {
            return _name + " hits " + attack() + " and says " + cry() + " (hp " + _hp + ")";
        }
    }

    static class Orc extends Creature {
        Orc() {
            super("orc");
            _hp = 30;
        }

        int attack() {
            return 7;
        }

        String cry() {
            return "waaagh";
        }
    }

    static class Goblin extends Creature {
        Goblin(String n) {
            super(n);
        }

        int attack() {
            return 2;
        }

        String cry() {
            return super.cry() + "hehe";
        }
    }

    static class Chief extends Orc {
        int attack() {
            return super.attack() * 3;
        }
    }

    public static void main(String[] args) {
        List<Creature> all = new ArrayList<>();
        all.add(new Orc());
        all.add(new Goblin("gob"));
        all.add(new Chief());
        for (Creature c : all) {
            System.out.println(c.describe());
        }
        Creature c = new Chief();
        System.out.println(c.attack() + " " + c.cry());
    }
}
