// java.util.regex: find loops, groups, named groups, matches, replaceAll with a function.
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Main {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]{3,16}");
    private static final Pattern BYPASS = Pattern.compile("bypass -h npc_(\\d+)_(\\w+)(?: (.*))?");

    public static void main(String[] args) {
        for (String n : new String[] {"Hero", "ab", "Too_Long_Name_123", "Elf2", "x".repeat(17)}) {
            System.out.println(n + " valid=" + NAME.matcher(n).matches());
        }
        Matcher m = BYPASS.matcher("bypass -h npc_30001_Chat 2");
        if (m.matches()) {
            System.out.println(m.groupCount() + " " + m.group(1) + " " + m.group(2) + " " + m.group(3));
        }
        Matcher m2 = BYPASS.matcher("bypass -h npc_7_Quest");
        System.out.println(m2.matches() + " " + m2.group(3));
        Pattern numbers = Pattern.compile("-?\\d+");
        Matcher finder = numbers.matcher("hp=120 mp=-35 cp=0 lvl 85");
        int sum = 0;
        while (finder.find()) {
            System.out.println("found " + finder.group() + " at " + finder.start() + "-" + finder.end());
            sum += Integer.parseInt(finder.group());
        }
        System.out.println("sum " + sum);
        Pattern kv = Pattern.compile("(?<key>\\w+)=(?<val>[^;]*);?");
        Matcher kvm = kv.matcher("name=Gludio;tax=15;owner=");
        while (kvm.find()) {
            System.out.println(kvm.group("key") + " -> [" + kvm.group("val") + "]");
        }
        System.out.println(Pattern.compile("\\s*,\\s*").split("a , b,c ,d").length);
        System.out.println(Pattern.matches("[0-9a-f]+", "cafe") + " " + Pattern.compile("CAFE", Pattern.CASE_INSENSITIVE).matcher("cafe").matches());
        System.out.println(Pattern.compile("(\\d)").matcher("a1b2c3").replaceAll(r -> "<" + (Integer.parseInt(r.group(1)) * 2) + ">"));
        System.out.println("a1b2".replaceAll("\\d", "\\$") + " " + Pattern.quote("1+1") + " " + "1+1=2".split(Pattern.quote("+")).length);
        Matcher reuse = Pattern.compile("o").matcher("foo boo");
        int count = 0;
        while (reuse.find()) {
            count++;
        }
        System.out.println("count " + count + " " + reuse.reset("o").find() + " " + "x".matches("x|y"));
        System.out.println(Pattern.compile("^\\s*$", Pattern.MULTILINE).matcher("a\n\nb").find() + " " + "A-B_C".replaceAll("[^A-Za-z]", ""));
    }
}
