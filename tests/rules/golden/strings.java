public class Text {
    public static String describe(String name, int level, double rate) {
        StringBuilder sb = new StringBuilder();
        sb.append(name.toUpperCase()).append(" lv").append(level);
        if (name.length() > 3 && name.charAt(0) == 'X') {
            sb.append('!');
        }
        String[] parts = name.split(" ");
        return sb.toString() + " " + parts.length + " " + String.format("%.1f", rate) + name.substring(1).trim();
    }
}
