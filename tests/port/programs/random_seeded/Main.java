// java.util.Random with a seed gives one exact sequence: nextInt, bounded nextInt, nextLong,
// nextDouble, nextBoolean, nextFloat, nextGaussian, shuffle.
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

public class Main {
    public static void main(String[] args) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            sb.append(r.nextInt()).append(' ');
        }
        System.out.println(sb);
        sb.setLength(0);
        for (int i = 0; i < 10; i++) {
            sb.append(r.nextInt(100)).append(' ');
        }
        System.out.println(sb);
        System.out.println(r.nextInt(1 << 20) + " " + r.nextInt(7) + " " + r.nextInt(1000000007));
        System.out.println(r.nextLong() + " " + r.nextDouble() + " " + r.nextBoolean() + " " + r.nextFloat());
        System.out.println(r.nextGaussian() + " " + r.nextGaussian() + " " + r.nextGaussian());
        System.out.println(r.nextInt(10) + " " + r.nextDouble());
        Random drops = new Random(20241125L);
        int[] hist = new int[5];
        for (int i = 0; i < 1000; i++) {
            hist[drops.nextInt(5)]++;
        }
        System.out.println(java.util.Arrays.toString(hist));
        List<String> deck = new ArrayList<>(List.of("a", "b", "c", "d", "e", "f", "g"));
        Collections.shuffle(deck, new Random(7));
        System.out.println(deck);
        Random same1 = new Random(-1);
        Random same2 = new Random(-1);
        System.out.println((same1.nextLong() == same2.nextLong()) + " " + new Random(0).nextInt(10) + " " + new Random(123456789L).nextDouble());
        byte[] bytes = new byte[6];
        new Random(5).nextBytes(bytes);
        System.out.println(java.util.Arrays.toString(bytes));
        double chance = 0;
        Random crit = new Random(99);
        int crits = 0;
        for (int i = 0; i < 200; i++) {
            if (crit.nextDouble() * 100 < 12.5) {
                crits++;
            }
        }
        System.out.println("crits " + crits + " " + chance);
    }
}
