// Abstract classes: constructors, abstract and concrete methods, polymorphic arrays.
import java.util.ArrayList;
import java.util.List;

public class Main {
    abstract static class Skill {
        private static int created = 0;
        protected final String name;
        protected final int power;

        protected Skill(String name, int power) {
            this.name = name;
            this.power = power;
            created++;
        }

        abstract int cost();

        abstract String effect(int targetHp);

        int efficiency() {
            return power * 100 / Math.max(1, cost());
        }

        @Override
        public String toString() {
            return name + "[power=" + power + ", cost=" + cost() + ", eff=" + efficiency() + "]";
        }
    }

    static class Fireball extends Skill {
        Fireball() {
            super("Fireball", 120);
        }

        int cost() {
            return 40;
        }

        String effect(int targetHp) {
            return "burns " + Math.min(targetHp, power) + " hp";
        }
    }

    static class Heal extends Skill {
        private final int bonus;

        Heal(int bonus) {
            super("Heal", 80 + bonus);
            this.bonus = bonus;
        }

        int cost() {
            return 25 + bonus / 2;
        }

        String effect(int targetHp) {
            return "restores to " + (targetHp + power);
        }

        @Override
        int efficiency() {
            return super.efficiency() + 1;
        }
    }

    abstract static class Buff extends Skill {
        Buff(String name) {
            super(name, 0);
        }

        @Override
        String effect(int targetHp) {
            return name + " applied for " + duration() + "s";
        }

        abstract int duration();
    }

    static class Haste extends Buff {
        Haste() {
            super("Haste");
        }

        int cost() {
            return 0;
        }

        int duration() {
            return 1200;
        }
    }

    public static void main(String[] args) {
        List<Skill> skills = new ArrayList<>();
        skills.add(new Fireball());
        skills.add(new Heal(10));
        skills.add(new Haste());
        for (Skill s : skills) {
            System.out.println(s + " -> " + s.effect(100));
        }
        System.out.println("created " + Skill.created);
        Skill anon = new Skill("Custom", 7) {
            int cost() {
                return 1;
            }

            String effect(int hp) {
                return "custom " + hp;
            }
        };
        System.out.println(anon + " " + anon.effect(3) + " created " + Skill.created);
        int total = 0;
        for (Skill s : skills) {
            if (s instanceof Buff b) {
                total += b.duration();
            } else {
                total += s.cost();
            }
        }
        System.out.println("total " + total);
    }
}
