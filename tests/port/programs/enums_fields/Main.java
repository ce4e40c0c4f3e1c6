// Enums with fields, constructors and methods; values(), valueOf, ordinal, name, compareTo,
// toString overrides, a static lookup built in a static block.
import java.util.HashMap;
import java.util.Map;

public class Main {
    enum CrystalType {
        NONE(0, 0),
        D(1, 11),
        C(2, 6),
        B(3, 11),
        A(4, 20),
        S(5, 25);

        private static final Map<Integer, CrystalType> BY_ID = new HashMap<>();

        static {
            for (CrystalType t : values()) {
                BY_ID.put(t.id, t);
            }
        }

        private final int id;
        private final int crystalCount;

        CrystalType(int id, int crystalCount) {
            this.id = id;
            this.crystalCount = crystalCount;
        }

        int getId() {
            return id;
        }

        boolean isHigher(CrystalType other) {
            return compareTo(other) > 0;
        }

        static CrystalType byId(int id) {
            return BY_ID.getOrDefault(id, NONE);
        }
    }

    enum Race {
        HUMAN("Human"),
        ELF("Elf"),
        DARK_ELF("Dark Elf"),
        ORC("Orc"),
        DWARF("Dwarf");

        private final String display;

        Race(String display) {
            this.display = display;
        }

        @Override
        public String toString() {
            return display;
        }
    }

    public static void main(String[] args) {
        for (CrystalType t : CrystalType.values()) {
            System.out.println(t + " ordinal=" + t.ordinal() + " id=" + t.getId() + " crystals=" + t.crystalCount + " name=" + t.name());
        }
        System.out.println(CrystalType.valueOf("B") + " " + CrystalType.byId(4) + " " + CrystalType.byId(99) + " " + CrystalType.values().length);
        System.out.println(CrystalType.S.isHigher(CrystalType.A) + " " + CrystalType.D.compareTo(CrystalType.B) + " " + (CrystalType.valueOf("C") == CrystalType.C));
        for (Race r : Race.values()) {
            System.out.print(r + "/" + r.name() + " ");
        }
        System.out.println();
        System.out.println(Race.valueOf("DARK_ELF") + " " + Race.DARK_ELF.equals(Race.valueOf("DARK_ELF")) + " " + java.util.Arrays.toString(Race.values()));
        try {
            Race.valueOf("Elf");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        CrystalType grade = null;
        System.out.println("grade " + grade + " " + (grade == CrystalType.NONE));
    }
}
