public class EnumBody {
    enum Op {
        ADD("+") {
            int apply(int a, int b) {
                return a + b;
            }
        },
        MUL("*") {
            int apply(int a, int b) {
                return a * b;
            }

            String label() {
                return "times";
            }
        },
        NOP("?");

        private final String _sym;

        Op(String sym) {
            _sym = sym;
        }

        int apply(int a, int b) {
            return 0;
        }

        String label() {
            return name().toLowerCase() + _sym;
        }
    }

    public static void main(String[] args) {
        for (Op op : Op.values()) {
            System.out.println(op + " " + op.apply(3, 4) + " " + op.label());
        }
    }
}
