// L2J's NpcHtmlMessage idioms: %placeholder% replacement with String.replace, StringBuilder
// appends of table rows, StringUtil-style varargs concatenation, escaping.
import java.util.LinkedHashMap;
import java.util.Map;

public class Main {
    static final String TEMPLATE = "<html><title>%title%</title><body>Hello %name%!<br>Level: %level%<br>%rows%<br>%missing%</body></html>";

    static final class NpcHtmlMessage {
        private String _html;

        NpcHtmlMessage(String html) {
            _html = html;
        }

        void replace(String pattern, String value) {
            _html = _html.replaceAll(pattern, value.replaceAll("\\$", "\\\\\\$"));
        }

        void replace(String pattern, int value) {
            _html = _html.replace(pattern, String.valueOf(value));
        }

        void replace(String pattern, long value) {
            _html = _html.replace(pattern, String.valueOf(value));
        }

        String getHtml() {
            return _html;
        }
    }

    static void append(StringBuilder sb, Object... parts) {
        for (Object p : parts) {
            sb.append(p);
        }
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public static void main(String[] args) {
        Map<String, Integer> prices = new LinkedHashMap<>();
        prices.put("Soulshot: D-grade", 15);
        prices.put("Spiritshot <D>", 30);
        prices.put("Arrow & Bolt", 2);
        StringBuilder rows = new StringBuilder(256);
        rows.append("<table width=270>");
        int i = 0;
        for (Map.Entry<String, Integer> e : prices.entrySet()) {
            append(rows, "<tr><td>", ++i, ".</td><td>", escape(e.getKey()), "</td><td align=right>", e.getValue() * 100L, " adena</td></tr>");
        }
        rows.append("</table>");
        NpcHtmlMessage html = new NpcHtmlMessage(TEMPLATE);
        html.replace("%title%", "Merchant $ Shop");
        html.replace("%name%", "Aria");
        html.replace("%level%", 85);
        html.replace("%rows%", rows.toString());
        html.replace("%name%", 0L);
        System.out.println(html.getHtml());
        System.out.println(html.getHtml().length() + " " + html.getHtml().indexOf("%missing%") + " " + html.getHtml().contains("$"));
        String bypass = "bypass -h npc_%objectId%_Buy %listId%";
        System.out.println(bypass.replace("%objectId%", Integer.toString(268435457)).replace("%listId%", "3"));
        StringBuilder big = new StringBuilder();
        for (int n = 0; n < 5; n++) {
            big.append("<button value=\"").append(n).append("\" action=\"bypass -h page ").append(n).append("\">");
        }
        System.out.println(big.length() + " " + big.substring(0, 40));
    }
}
