// switch on enums: classic with fall-through and default, arrow form, switch expressions.
public class Main {
    enum Day {
        MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY
    }

    enum State {
        IDLE, ATTACKING, CASTING, DEAD
    }

    static String plan(Day d) {
        StringBuilder sb = new StringBuilder();
        switch (d) {
            case SATURDAY:
            case SUNDAY:
                sb.append("weekend ");
            case FRIDAY:
                sb.append("siege-prep ");
                break;
            case WEDNESDAY:
                sb.append("olympiad ");
                break;
            default:
                sb.append("grind ");
        }
        return sb.toString().trim();
    }

    static int next(State s, boolean hit) {
        return switch (s) {
            case IDLE -> hit ? 1 : 0;
            case ATTACKING, CASTING -> {
                int v = s.ordinal() * 10;
                yield hit ? v + 1 : v;
            }
            case DEAD -> -1;
        };
    }

    public static void main(String[] args) {
        for (Day d : Day.values()) {
            System.out.println(d + ": " + plan(d));
        }
        for (State s : State.values()) {
            System.out.print(next(s, true) + "," + next(s, false) + " ");
        }
        System.out.println();
        State current = State.CASTING;
        switch (current) {
            case IDLE -> System.out.println("idle");
            case CASTING -> {
                System.out.println("casting");
                current = State.IDLE;
            }
            default -> System.out.println("other");
        }
        System.out.println(current);
        State missing = null;
        try {
            switch (missing) {
                case IDLE:
                    break;
                default:
                    System.out.println("default");
            }
        } catch (NullPointerException e) {
            System.out.println("switch on null enum: NPE");
        }
    }
}
