// L2J-style configuration: properties text parsed with java.util.Properties, typed getters
// with defaults, comma lists, a StatsSet with parse errors reported, booleans and doubles.
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

public class Main {
    static final String TEXT = """
        # Rates
        RateXp = 3.5
        RateSp=2
        RateDropAdena = 10
        ! comment style two
        MaxCharactersNumberPerAccount = 7
        AllowedProtocolRevisions = 267;268;271;273
        AutoLoot = True
        ServerName : Bartz
        Motd = Welcome\\nto the server
        Broken = 12x
        Empty =
        """;

    static final class StatsSet {
        private final Map<String, Object> _set = new HashMap<>();

        void set(String key, Object value) {
            _set.put(key, value);
        }

        int getInt(String key, int def) {
            Object v = _set.get(key);
            if (v == null) {
                return def;
            }
            if (v instanceof Number n) {
                return n.intValue();
            }
            try {
                return Integer.parseInt(v.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Integer value required, but found: " + v);
            }
        }

        double getDouble(String key, double def) {
            Object v = _set.get(key);
            return v == null ? def : Double.parseDouble(v.toString().trim());
        }

        boolean getBoolean(String key, boolean def) {
            Object v = _set.get(key);
            return v == null ? def : Boolean.parseBoolean(v.toString().trim());
        }

        String getString(String key, String def) {
            Object v = _set.get(key);
            return v == null ? def : String.valueOf(v);
        }
    }

    public static void main(String[] args) throws IOException {
        Properties props = new Properties();
        props.load(new StringReader(TEXT));
        StatsSet set = new StatsSet();
        for (String name : props.stringPropertyNames()) {
            set.set(name, props.getProperty(name));
        }
        System.out.println("RateXp " + set.getDouble("RateXp", 1) + " RateSp " + set.getInt("RateSp", 1) + " Adena " + set.getDouble("RateDropAdena", 1) * 1.5);
        System.out.println("MaxChars " + set.getInt("MaxCharactersNumberPerAccount", 0) + " missing " + set.getInt("Missing", -1) + " AutoLoot " + set.getBoolean("AutoLoot", false));
        System.out.println("ServerName [" + set.getString("ServerName", "?") + "] Motd [" + set.getString("Motd", "") + "] Empty [" + set.getString("Empty", "def") + "]");
        List<Integer> revisions = new ArrayList<>();
        for (String s : props.getProperty("AllowedProtocolRevisions", "").split(";")) {
            revisions.add(Integer.parseInt(s));
        }
        System.out.println("revisions " + revisions + " contains 271 " + revisions.contains(271));
        try {
            set.getInt("Broken", 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(props.getProperty("Nope") + " " + props.getProperty("Nope", "fallback") + " " + props.size());
        set.set("Direct", 42);
        System.out.println(set.getInt("Direct", 0) + " " + set.getString("Direct", "") + " " + set.getDouble("Direct", 0));
    }
}
