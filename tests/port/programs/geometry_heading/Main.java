// L2J's Util geometry: distances with and without z, headings in 0..65535 units from atan2,
// heading to degrees, range checks, interpolated positions; integer casts of doubles.
public class Main {
    static double calculateDistance(int x1, int y1, int z1, int x2, int y2, int z2, boolean includeZ) {
        double dx = (double) x1 - x2;
        double dy = (double) y1 - y2;
        if (includeZ) {
            double dz = z1 - z2;
            return Math.sqrt((dx * dx) + (dy * dy) + (dz * dz));
        }
        return Math.sqrt((dx * dx) + (dy * dy));
    }

    static int calculateHeadingFrom(int fromX, int fromY, int toX, int toY) {
        double angleTarget = Math.toDegrees(Math.atan2(toY - fromY, toX - fromX));
        if (angleTarget < 0) {
            angleTarget = 360 + angleTarget;
        }
        return (int) (angleTarget * 182.044444444);
    }

    static double convertHeadingToDegree(int clientHeading) {
        return clientHeading / 182.044444444;
    }

    static boolean checkIfInRange(int range, int x1, int y1, int x2, int y2) {
        long dx = x1 - x2;
        long dy = y1 - y2;
        return dx * dx + dy * dy <= (long) range * range;
    }

    public static void main(String[] args) {
        int[][] pts = {{0, 0, 0}, {3000, 4000, 0}, {-84318, 244579, -3730}, {-84000, 244000, -3500}, {147450, 26741, -2204}};
        for (int i = 1; i < pts.length; i++) {
            int[] a = pts[i - 1];
            int[] b = pts[i];
            double d2 = calculateDistance(a[0], a[1], a[2], b[0], b[1], b[2], false);
            double d3 = calculateDistance(a[0], a[1], a[2], b[0], b[1], b[2], true);
            System.out.printf("%d->%d: 2d=%.4f 3d=%.4f int=%d heading=%d%n", i - 1, i, d2, d3, (int) d3, calculateHeadingFrom(a[0], a[1], b[0], b[1]));
        }
        int[] dirs = {0, 1, 1, 0, 0, -1, -1, 0, 1, 1, -1, -1, 2, 1};
        for (int i = 0; i < dirs.length; i += 2) {
            int h = calculateHeadingFrom(0, 0, dirs[i] * 100, dirs[i + 1] * 100);
            System.out.print(h + "(" + Math.round(convertHeadingToDegree(h)) + ") ");
        }
        System.out.println();
        System.out.println(checkIfInRange(5000, 0, 0, 3000, 4000) + " " + checkIfInRange(4999, 0, 0, 3000, 4000) + " " + checkIfInRange(150000, -100000, -100000, 100000, 100000));
        int x = 1000;
        int y = -2000;
        int tx = 1900;
        int ty = -800;
        double dist = calculateDistance(x, y, 0, tx, ty, 0, false);
        double cos = (tx - x) / dist;
        double sin = (ty - y) / dist;
        for (int step = 0; step <= 4; step++) {
            double travelled = dist * step / 4;
            System.out.print("(" + (int) (x + travelled * cos) + "," + (int) (y + travelled * sin) + ") ");
        }
        System.out.println();
        System.out.println(dist + " " + cos + " " + sin);
    }
}
