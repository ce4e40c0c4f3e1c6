public class Größe {
    private int _straße = 3;
    private static final String GRÜSSE = "héllo wörld ✓";

    public int über(int ä) {
        char ñ = 'ñ';
        return _straße + ä + ñ;
    }

    public String gruß() {
        return GRÜSSE + "\u00e9\t\0";
    }
}
