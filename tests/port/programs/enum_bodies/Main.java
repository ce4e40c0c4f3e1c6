// Enum constants with bodies overriding abstract methods, an enum implementing an interface,
// per-constant fields and a switch over the enum inside its own method.
import java.util.function.IntBinaryOperator;

public class Main {
    interface Describable {
        String describe();
    }

    enum Operation implements IntBinaryOperator, Describable {
        PLUS("+") {
            public int applyAsInt(int a, int b) {
                return a + b;
            }
        },
        MINUS("-") {
            public int applyAsInt(int a, int b) {
                return a - b;
            }
        },
        TIMES("*") {
            public int applyAsInt(int a, int b) {
                return a * b;
            }

            @Override
            public String describe() {
                return "multiply (" + symbol + ")";
            }
        },
        POW("^") {
            public int applyAsInt(int a, int b) {
                int r = 1;
                for (int i = 0; i < b; i++) {
                    r *= a;
                }
                return r;
            }
        };

        protected final String symbol;

        Operation(String symbol) {
            this.symbol = symbol;
        }

        public String describe() {
            return name().toLowerCase() + " (" + symbol + ")";
        }
    }

    enum SkillType {
        PDAM {
            @Override
            double modifier(int level) {
                return 1.0 + level * 0.05;
            }
        },
        MDAM {
            @Override
            double modifier(int level) {
                return 1.5 + level * 0.025;
            }
        },
        HEAL;

        double modifier(int level) {
            return 1.0;
        }

        boolean isOffensive() {
            switch (this) {
                case PDAM:
                case MDAM:
                    return true;
                default:
                    return false;
            }
        }
    }

    public static void main(String[] args) {
        for (Operation op : Operation.values()) {
            System.out.println(op + " " + op.describe() + " 7" + op.symbol + "3=" + op.applyAsInt(7, 3) + " ordinal " + op.ordinal());
        }
        IntBinaryOperator f = Operation.valueOf("TIMES");
        System.out.println(f.applyAsInt(6, 7) + " " + (Operation.PLUS.getDeclaringClass() == Operation.class));
        for (SkillType t : SkillType.values()) {
            System.out.println(t + " offensive=" + t.isOffensive() + " mod(10)=" + t.modifier(10) + " " + t.compareTo(SkillType.MDAM));
        }
    }
}
