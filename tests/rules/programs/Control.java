import java.util.*;

public class Control {
    static String classify(int n) {
        String r = "";
        switch (n) {
            case 0:
                r += "zero ";
            case 1:
                r += "small ";
                break;
            case 2:
            case 3:
                r += "medium ";
                break;
            default:
                r += "large ";
        }
        return r.trim();
    }

    static String day(String s) {
        switch (s) {
            case "sat", "sun" -> {
                return "weekend";
            }
            default -> {
                return "weekday";
            }
        }
    }

    static int arrow(int k) {
        int v = switch (k) {
            case 1 -> 10;
            case 2 -> 20;
            default -> {
                int t = k * 100;
                yield t;
            }
        };
        return v;
    }

    public static void main(String[] args) {
        for (int i = 0; i < 5; i++) {
            System.out.println(i + ": " + classify(i));
        }
        System.out.println(day("sun") + " " + day("mon"));
        System.out.println(arrow(1) + arrow(2) + arrow(3));
        outer:
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                if (j == 2) continue outer;
                if (i == 3) break outer;
                System.out.print(i + "" + j + " ");
            }
        }
        System.out.println();
        int k = 0;
        do {
            k++;
            if (k == 2) continue;
            System.out.print("k" + k + " ");
        } while (k < 4);
        System.out.println();
        int w = 10;
        while (w > 0) {
            w -= 3;
        }
        System.out.println(w);
        int a = 5;
        String sign = a > 0 ? "pos" : a < 0 ? "neg" : "zero";
        System.out.println(sign);
        for (int i = 0, j = 10; i < j; i += 3, j--) {
            System.out.print(i + "-" + j + " ");
        }
        System.out.println();
        int[] data = {3, 1, 2};
        int sum = 0;
        for (int d : data) sum += d;
        System.out.println(sum);
        int cnt = 0;
        for (;;) {
            if (++cnt > 3) break;
        }
        System.out.println(cnt);
        int x = 0;
        int y = x++ + ++x;
        System.out.println(x + " " + y);
        boolean flag = false;
        flag |= true;
        System.out.println(flag);
    }
}
