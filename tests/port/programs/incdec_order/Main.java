// Pre/post increments inside expressions, left-to-right evaluation, array index side effects.
public class Main {
    static int calls = 0;

    static int next() {
        calls++;
        System.out.println("next() call " + calls);
        return calls;
    }

    public static void main(String[] args) {
        int i = 5;
        int j = i++ + ++i;
        System.out.println(i + " " + j);
        i = 5;
        i = i++;
        System.out.println(i);
        i = 5;
        i += i++;
        System.out.println(i);
        int k = 2;
        k = k++ * 10 + k;
        System.out.println(k);
        int[] arr = new int[5];
        int idx = 0;
        arr[idx++] = idx;
        arr[idx++] = idx * 10;
        System.out.println(java.util.Arrays.toString(arr) + " " + idx);
        int[] counters = new int[4];
        counters[next()] += 5;
        counters[next()]++;
        ++counters[next()];
        System.out.println(java.util.Arrays.toString(counters) + " calls=" + calls);
        int x = 1;
        int y = x-- - --x;
        System.out.println(x + " " + y);
        int a = 3;
        int r = a + (a = 10) * a;
        System.out.println(a + " " + r);
        long n = 0;
        for (int q = 0; q < 5; q++) {
            n += q++;
        }
        System.out.println(n);
        int m = 0;
        boolean shortCircuit = (m++ > 0) && (m++ > 0);
        System.out.println(shortCircuit + " " + m);
        boolean full = (m++ > 100) & (m++ > 100);
        System.out.println(full + " " + m);
        int z = 10;
        System.out.println(z++ + " " + z-- + " " + --z + " " + z);
    }
}
