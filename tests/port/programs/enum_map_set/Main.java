// EnumMap and EnumSet iterate in ordinal order; enums as TreeMap keys compare by ordinal.
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;

public class Main {
    enum Slot {
        HEAD, CHEST, LEGS, FEET, GLOVES, RHAND, LHAND
    }

    enum Element {
        FIRE, WATER, WIND, EARTH, HOLY, DARK
    }

    public static void main(String[] args) {
        Map<Slot, String> equipped = new EnumMap<>(Slot.class);
        equipped.put(Slot.RHAND, "Sword");
        equipped.put(Slot.HEAD, "Helm");
        equipped.put(Slot.FEET, "Boots");
        equipped.put(Slot.CHEST, "Plate");
        System.out.println(equipped + " " + equipped.size() + " " + equipped.containsKey(Slot.LHAND));
        equipped.remove(Slot.HEAD);
        equipped.put(Slot.LHAND, "Shield");
        for (Map.Entry<Slot, String> e : equipped.entrySet()) {
            System.out.print(e.getKey().ordinal() + ":" + e.getValue() + " ");
        }
        System.out.println();
        EnumMap<Element, Integer> resist = new EnumMap<>(Element.class);
        for (Element el : Element.values()) {
            resist.merge(el, el.name().length() * 10, Integer::sum);
        }
        resist.merge(Element.FIRE, 5, Integer::sum);
        System.out.println(resist);
        EnumSet<Element> weak = EnumSet.of(Element.DARK, Element.FIRE);
        System.out.println(weak + " " + EnumSet.complementOf(weak) + " " + EnumSet.range(Element.WATER, Element.HOLY) + " " + EnumSet.noneOf(Element.class)
            + " " + EnumSet.allOf(Slot.class).size());
        weak.add(Element.WIND);
        weak.remove(Element.DARK);
        System.out.println(weak + " " + weak.contains(Element.WIND));
        TreeMap<Slot, Integer> weights = new TreeMap<>();
        weights.put(Slot.LEGS, 3);
        weights.put(Slot.HEAD, 1);
        weights.put(Slot.RHAND, 5);
        System.out.println(weights + " " + weights.firstKey() + " " + weights.ceilingKey(Slot.CHEST));
    }
}
