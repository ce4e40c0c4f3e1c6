public class Sw {
    static String f(int x) {
        StringBuilder sb = new StringBuilder();
        switch (x) {
            case 1:
                sb.append("a");
            default:
                sb.append("d");
            case 2:
                sb.append("c");
                break;
            case 3:
        }
        return sb.toString();
    }

    static String g(int x) {
        String r = "";
        switch (x) {
            case 1:
            case 5:
            default:
                r += "x";
                break;
            case 2:
                r += "two";
        }
        return r;
    }

    enum Op { ADD, SUB, MUL }

    static int apply(Op op, int a, int b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> {
                int r = a * b;
                yield r;
            }
        };
    }

    static int loopSwitch() {
        int total = 0;
        for (int i = 0; i < 6; i++) {
            switch (i % 3) {
                case 0:
                    continue;
                case 1:
                    total += 10;
                    break;
                default:
                    if (i > 4) break;
                    total += 100;
            }
            total += 1;
        }
        return total;
    }

    public static void main(String[] args) {
        for (int i = 0; i <= 4; i++) System.out.print(f(i) + "," + g(i) + " ");
        System.out.println();
        System.out.println(apply(Op.ADD, 2, 3) + " " + apply(Op.SUB, 2, 3) + " " + apply(Op.MUL, 2, 3));
        System.out.println(loopSwitch());
    }
}
