// Static nested classes: a builder, private constructors reached from the outer class,
// nested interfaces and enums, static counters.
public class Main {
    private final String name;
    private final int level;
    private final boolean noble;

    private Main(Builder b) {
        this.name = b.name;
        this.level = b.level;
        this.noble = b.noble;
    }

    static Builder builder(String name) {
        return new Builder(name);
    }

    static class Builder {
        private static int built;
        private final String name;
        private int level = 1;
        private boolean noble;

        private Builder(String name) {
            this.name = name;
        }

        Builder level(int level) {
            this.level = level;
            return this;
        }

        Builder noble() {
            this.noble = true;
            return this;
        }

        Main build() {
            built++;
            return new Main(this);
        }
    }

    interface Visitor {
        String visit(Main m);
    }

    enum Rank {
        LOW, HIGH;

        static Rank of(int level) {
            return level >= 40 ? HIGH : LOW;
        }
    }

    static class Registry {
        static final java.util.List<String> NAMES = new java.util.ArrayList<>();

        static void add(Main m) {
            NAMES.add(m.name);
        }

        static class Stats {
            static int count() {
                return NAMES.size();
            }
        }
    }

    @Override
    public String toString() {
        return name + " lvl " + level + (noble ? " noble" : "") + " " + Rank.of(level);
    }

    public static void main(String[] args) {
        Main a = builder("Aria").level(52).noble().build();
        Main b = Main.builder("Bo").build();
        System.out.println(a + " | " + b + " | built " + Builder.built);
        Visitor v = m -> m.name.toUpperCase();
        System.out.println(v.visit(a) + " " + v.visit(b));
        Registry.add(a);
        Registry.add(b);
        System.out.println(Registry.NAMES + " " + Registry.Stats.count());
    }
}
