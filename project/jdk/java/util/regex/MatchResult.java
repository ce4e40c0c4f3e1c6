package java.util.regex;

public interface MatchResult {
    @Go("{this}.Start()") public int start();
    @Go("{this}.Start2({0})") public int start(int group);
    @Go("{this}.End()") public int end();
    @Go("{this}.End2({0})") public int end(int group);
    @Go("{this}.Group()") public String group();
    @Go("{this}.Group2({0})") public String group(int group);
    public int groupCount();
}
