package game.util;

public final class Constants {
    public static final int MAX_LEVEL = 85;
    public static final String SERVER_NAME = "Bartz";
    public static int onlineCount = 0;

    private Constants() {
    }

    public static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
