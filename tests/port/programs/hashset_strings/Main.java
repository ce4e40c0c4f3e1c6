// HashSet of strings and integers printed and iterated in Java's bucket order; set algebra.
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

public class Main {
    public static void main(String[] args) {
        Set<String> classes = new HashSet<>(Arrays.asList("Warrior", "Rogue", "Mage", "Cleric", "Paladin", "Necromancer",
            "Archer", "Summoner", "Bard", "Druid", "Warlock", "Monk"));
        System.out.println(classes);
        Set<String> casters = new HashSet<>(Arrays.asList("Mage", "Necromancer", "Warlock", "Summoner", "Sorcerer"));
        Set<String> both = new HashSet<>(classes);
        both.retainAll(casters);
        System.out.println(both);
        Set<String> union = new HashSet<>(classes);
        union.addAll(casters);
        System.out.println(union.size() + " " + union);
        Set<String> diff = new HashSet<>(classes);
        diff.removeAll(casters);
        System.out.println(diff);
        System.out.println(classes.add("Mage") + " " + classes.add("Sorcerer") + " " + classes.remove("Bard") + " " + classes.contains("Bard"));
        StringBuilder sb = new StringBuilder();
        for (String s : classes) {
            sb.append(s.charAt(0));
        }
        System.out.println(sb);
        Set<Integer> ints = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            ints.add((i * 37) % 101 - 50);
        }
        System.out.println(ints);
        System.out.println(new TreeSet<>(ints).first() + " " + ints.size());
        Set<String> words = new HashSet<>();
        for (String w : "to be or not to be that is the question".split(" ")) {
            if (!words.add(w)) {
                System.out.println("duplicate " + w);
            }
        }
        System.out.println(words + " " + Set.of("x").contains("x"));
    }
}
