public class Loader {
    private int _loaded;

    public int load(String value) {
        try {
            int v = Integer.parseInt(value);
            _loaded++;
            return v;
        } catch (NumberFormatException e) {
            System.err.println("bad value " + value + ": " + e.getMessage());
            return 0;
        } finally {
            _loaded += 100;
        }
    }

    public void check(int level) {
        if (level < 0) {
            throw new IllegalArgumentException("level " + level);
        }
    }
}
