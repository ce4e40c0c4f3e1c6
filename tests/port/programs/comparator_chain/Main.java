// Comparator.comparing().thenComparing().reversed(), nullsFirst, natural/reverse order.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

public class Main {
    static class Player {
        private final String name;
        private final int level;
        private final String clan;

        Player(String name, int level, String clan) {
            this.name = name;
            this.level = level;
            this.clan = clan;
        }

        String getName() {
            return name;
        }

        int getLevel() {
            return level;
        }

        String getClan() {
            return clan;
        }

        @Override
        public String toString() {
            return name + ":" + level + ":" + clan;
        }
    }

    public static void main(String[] args) {
        List<Player> players = new ArrayList<>(Arrays.asList(
            new Player("Zed", 40, "Wolves"),
            new Player("Amy", 52, null),
            new Player("Bob", 40, "Bears"),
            new Player("Cid", 52, "Wolves"),
            new Player("Dan", 33, "Bears"),
            new Player("Eve", 40, null)));
        players.sort(Comparator.comparing(Player::getLevel).thenComparing(Player::getName));
        System.out.println(players);
        players.sort(Comparator.comparing(Player::getLevel).thenComparing(Player::getName).reversed());
        System.out.println(players);
        players.sort(Comparator.comparing(Player::getLevel, Comparator.reverseOrder()).thenComparing(Player::getName));
        System.out.println(players);
        players.sort(Comparator.comparing(Player::getClan, Comparator.nullsFirst(Comparator.naturalOrder())).thenComparingInt(Player::getLevel));
        System.out.println(players);
        players.sort(Comparator.comparing(Player::getClan, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Player::getName, Comparator.reverseOrder()));
        System.out.println(players);
        Comparator<String> byLength = Comparator.comparingInt(String::length);
        List<String> words = new ArrayList<>(List.of("ccc", "a", "bb", "aa", "c", "bbb"));
        words.sort(byLength.thenComparing(Comparator.naturalOrder()));
        System.out.println(words);
        words.sort(byLength.reversed().thenComparing(Comparator.reverseOrder()));
        System.out.println(words);
        System.out.println(byLength.compare("ab", "c") + " " + Comparator.<Integer>naturalOrder().compare(3, 9) + " " + Comparator.<Integer>reverseOrder().compare(3, 9));
        Player best = players.stream().max(Comparator.comparingInt(Player::getLevel).thenComparing(Player::getName)).get();
        System.out.println("best " + best);
    }
}
