// Labelled break and continue across nested loops, a labelled block, do/while, for with
// several variables, an infinite loop left by break.
public class Main {
    public static void main(String[] args) {
        int[][] grid = {{1, 2, 3}, {4, -5, 6}, {7, 8, 9}};
        int found = -1;
        outer:
        for (int i = 0; i < grid.length; i++) {
            for (int j = 0; j < grid[i].length; j++) {
                if (grid[i][j] < 0) {
                    found = i * 10 + j;
                    break outer;
                }
            }
        }
        System.out.println("found " + found);
        StringBuilder sb = new StringBuilder();
        rows:
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                if (j > i) {
                    continue rows;
                }
                if (i == 3 && j == 1) {
                    break rows;
                }
                sb.append(i).append(j).append(' ');
            }
        }
        System.out.println(sb);
        block:
        {
            System.out.println("in block");
            if (grid.length == 3) {
                break block;
            }
            System.out.println("skipped");
        }
        int n = 0;
        do {
            n += 3;
        } while (n < 10);
        System.out.println("do-while " + n);
        int m = 100;
        do {
            m++;
        } while (m < 10);
        System.out.println("runs once " + m);
        for (int i = 0, j = 10; i < j; i += 2, j -= 3) {
            System.out.print(i + ":" + j + " ");
        }
        System.out.println();
        int k = 0;
        for (;;) {
            if (++k > 4) {
                break;
            }
        }
        int w = 0;
        while (true) {
            w++;
            if (w % 2 == 0) {
                continue;
            }
            if (w > 7) {
                break;
            }
        }
        System.out.println(k + " " + w);
        int primes = 0;
        candidates:
        for (int c = 2; c < 50; c++) {
            for (int d = 2; d * d <= c; d++) {
                if (c % d == 0) {
                    continue candidates;
                }
            }
            primes++;
        }
        System.out.println("primes below 50: " + primes);
        int depth = 0;
        a:
        while (true) {
            b:
            do {
                depth++;
                if (depth == 2) {
                    continue b;
                }
                if (depth > 12) {
                    break a;
                }
            } while (depth < 3);
            depth += 10;
        }
        System.out.println("depth " + depth);
    }
}
