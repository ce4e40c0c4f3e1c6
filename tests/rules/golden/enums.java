public enum Race {
    HUMAN(1.0, "Human"),
    ELF(1.2, "Elf"),
    DWARF(0.9, "Dwarf");

    private final double _speed;
    private final String _title;

    Race(double speed, String title) {
        _speed = speed;
        _title = title;
    }

    public double getSpeed() {
        return _speed;
    }

    public boolean isFast() {
        return _speed > 1.0;
    }

    public static Race byTitle(String title) {
        for (Race r : values()) {
            if (r._title.equals(title)) {
                return r;
            }
        }
        return HUMAN;
    }
}
