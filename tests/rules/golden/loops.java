public class Loops {
    public static int firstPair(int[][] grid, int target) {
        int found = -1;
        search:
        for (int i = 0; i < grid.length; i++) {
            for (int j = 0; j < grid[i].length; j++) {
                if (grid[i][j] < 0) {
                    continue search;
                }
                if (grid[i][j] == target) {
                    found = i * 100 + j;
                    break search;
                }
            }
        }
        return found;
    }

    public static int countDown(int n) {
        int steps = 0;
        do {
            n -= 2;
            steps++;
        } while (n > 0);
        return steps;
    }
}
