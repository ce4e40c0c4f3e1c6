// switch on strings: fall-through, default, arrow labels and switch expressions with yield.
public class Main {
    static int cost(String item) {
        switch (item) {
            case "potion":
            case "elixir":
                return 10;
            case "scroll":
                return 25;
            default:
                return -1;
        }
    }

    static String describe(String cmd) {
        return switch (cmd) {
            case "go", "walk" -> "move";
            case "attack" -> {
                String target = cmd.toUpperCase();
                yield "fight " + target;
            }
            default -> "unknown:" + cmd.length();
        };
    }

    public static void main(String[] args) {
        String[] items = {"potion", "elixir", "scroll", "sword", ""};
        for (String item : items) {
            System.out.println("[" + item + "] " + cost(item));
        }
        for (String cmd : new String[] {"go", "walk", "attack", "dance"}) {
            System.out.println(describe(cmd));
        }
        String mode = "b";
        StringBuilder trace = new StringBuilder();
        switch (mode) {
            case "a":
                trace.append("a");
            case "b":
                trace.append("b");
            case "c":
                trace.append("c");
                break;
            case "d":
                trace.append("d");
        }
        System.out.println(trace);
        String hashCollision1 = "Aa";
        String hashCollision2 = "BB";
        for (String h : new String[] {hashCollision1, hashCollision2}) {
            switch (h) {
                case "Aa" -> System.out.println("Aa matched, hash " + h.hashCode());
                case "BB" -> System.out.println("BB matched, hash " + h.hashCode());
                default -> System.out.println("none");
            }
        }
        String nothing = null;
        try {
            switch (nothing) {
                case "x":
                    System.out.println("x");
                    break;
                default:
                    System.out.println("default");
            }
        } catch (NullPointerException e) {
            System.out.println("switch on null string: NPE");
        }
    }
}
