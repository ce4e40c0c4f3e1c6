public class Switches {
    public static int score(char grade) {
        int points = 0;
        switch (grade) {
            case 'A':
                points += 10;
            case 'B':
                points += 5;
                break;
            case 'C':
            case 'D':
                points = 1;
                break;
            default:
                points = -1;
        }
        return points;
    }

    public static String name(int day) {
        return switch (day) {
            case 6, 7 -> "weekend";
            default -> "weekday";
        };
    }
}
