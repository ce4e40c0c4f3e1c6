// Strings count UTF-16 code units: Cyrillic letters are one unit, an emoji is two.
public class Main {
    public static void main(String[] args) {
        String name = "Александр";
        System.out.println(name + " " + name.length() + " " + name.charAt(3) + " " + name.substring(2, 5));
        System.out.println(name.indexOf('к') + " " + name.indexOf("сан") + " " + name.toUpperCase() + " " + name.toLowerCase());
        String longName = "ВеликийВоинСвета";
        System.out.println(longName.length() + " " + (longName.length() <= 16 ? "accepted" : "rejected"));
        String emoji = "a😀b";
        System.out.println(emoji.length() + " " + emoji.codePointCount(0, emoji.length()) + " " + (int) emoji.charAt(1) + " " + (int) emoji.charAt(2));
        System.out.println(emoji.indexOf('b') + " " + emoji.substring(1, 3) + " " + emoji.codePointAt(1) + " " + Character.isSurrogate(emoji.charAt(1)));
        System.out.println(new StringBuilder(emoji).reverse() + " " + new StringBuilder("абв").reverse());
        StringBuilder sb = new StringBuilder("мир");
        sb.insert(0, "Привет, ").append('!').setCharAt(0, 'п');
        System.out.println(sb + " " + sb.length() + " " + sb.indexOf("мир"));
        char[] chars = name.toCharArray();
        System.out.println(chars.length + " " + (int) chars[0] + " " + (char) (chars[0] + 1));
        int letters = 0;
        for (char c : "Ёж ест 🍎!".toCharArray()) {
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        System.out.println("letters=" + letters + " length=" + "Ёж ест 🍎!".length());
        System.out.println("héllo".length() + " " + "日本語".length() + " " + "日本語".charAt(1) + " " + "é".equals("\u00e9"));
        System.out.println("Ёлка".toUpperCase() + " " + "ПРИВЕТ".toLowerCase() + " " + Character.isUpperCase('Ж'));
        System.out.println("Привет".compareTo("Пока") + " " + "яблоко".compareTo("Яблоко") + " " + "я".equalsIgnoreCase("Я"));
        String mixed = "x😀y😀z";
        System.out.println(mixed.replace("😀", "-") + " " + mixed.split("😀").length + " " + mixed.lastIndexOf("😀"));
        System.out.println("Ж".getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " " + "Ж".getBytes(java.nio.charset.StandardCharsets.UTF_16LE).length);
        System.out.println(new String(new char[] {'\u0416', '\u0438'}) + " " + String.valueOf(Character.toChars(0x1F600)));
        System.out.println(name.chars().filter(c -> c == 'а').count() + " " + emoji.codePoints().count());
    }
}
