// Multi-dimensional and jagged arrays, deepToString, shallow clone of an array of rows.
import java.util.Arrays;

public class Main {
    public static void main(String[] args) {
        int[][] m = new int[3][4];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                m[i][j] = i * j;
            }
        }
        System.out.println(Arrays.deepToString(m) + " " + m.length + " " + m[0].length);
        int[][] jagged = new int[4][];
        for (int i = 0; i < jagged.length; i++) {
            jagged[i] = new int[i + 1];
            Arrays.fill(jagged[i], i);
        }
        System.out.println(Arrays.deepToString(jagged) + " " + jagged[3].length);
        String[][] table = {{"a", "b"}, {"c"}, {}};
        System.out.println(Arrays.deepToString(table) + " " + table[2].length);
        long[][][] cube = new long[2][2][2];
        cube[1][1][1] = 7;
        System.out.println(Arrays.deepToString(cube));
        int[][] copy = m.clone();
        copy[0][0] = 99;
        copy[1] = new int[] {-1};
        System.out.println(m[0][0] + " " + m[1].length + " " + copy[1].length);
        int[][] transposed = new int[4][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                transposed[j][i] = m[i][j];
            }
        }
        System.out.println(Arrays.deepToString(transposed));
        char[][] board = new char[3][3];
        for (char[] row : board) {
            Arrays.fill(row, '.');
        }
        board[1][1] = 'X';
        board[0][2] = 'O';
        for (char[] row : board) {
            System.out.println(new String(row));
        }
        boolean[][] flags = new boolean[2][3];
        flags[1][2] = true;
        System.out.println(Arrays.deepToString(flags) + " " + Arrays.deepEquals(new int[][] {{1}}, new int[][] {{1}}));
        int[] single = {1, 2, 3};
        int[][] wrapped = {single, single};
        single[0] = 100;
        System.out.println(Arrays.deepToString(wrapped));
    }
}
