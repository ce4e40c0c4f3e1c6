// Java reads an operand before the operands to its right run: a field, a static or an
// array element read on the left keeps its old value when a call on the right writes it
// (Go reads variables after the calls of the expression). Locals and getters stay as they
// are; what the call writes is seen by what follows.
public class Main {
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
    }
}
