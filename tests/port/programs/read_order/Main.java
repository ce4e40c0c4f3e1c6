// Java reads an operand before the operands to its right run: a field, a static or an
// array element read on the left keeps its old value when a call on the right writes it
// (Go reads variables after the calls of the expression). Locals and getters stay as they
// are; what the call writes is seen by what follows.
public class Main {
    static final int LIMIT = 5;
    static int counter = 1;
    static int[] slots = {5, 6};
    int hp = 2;
    String name = "a";

    static int next() {
        counter += 10;
        return counter;
    }

    int heal() {
        hp += 100;
        slots[0] = 9;
        name = name + "!";
        return hp;
    }

    int getHp() {
        return hp;
    }

    public static void main(String[] args) {
        int x = counter * 100 + next();
        System.out.println(x + " " + counter);
        Main m = new Main();
        int y = m.hp + m.heal();
        int z = slots[0] + m.heal();
        System.out.println(y + " " + z + " " + slots[0]);
        String s = m.name + m.heal();
        System.out.println(s + " " + m.name);
        long w = (long) m.hp * 2 - m.getHp() + next();
        boolean grew = counter < next();
        System.out.println(w + " " + grew + " " + (m.getHp() + m.hp));
        // Arguments too: each is read before the ones after it run.
        System.out.println(pair(counter, next()) + " " + pair(m.hp, m.heal()) + " " + pair(m.getHp(), m.hp));
        Main other = new Main(m.hp, m.heal());
        System.out.println(other.hp + " " + m.hp);
        // A constant is no read: it stays a constant (Go would type a pinned 5 as int).
        System.out.println(wide(LIMIT, next()) + " " + (LIMIT / 2.0 + next()));
    }

    Main() {
    }

    Main(int a, int b) {
        hp = a * 1000 + b;
    }

    static long wide(long a, int b) {
        return a * 100 + b;
    }

    static String pair(int a, int b) {
        return a + "/" + b;
    }
}
