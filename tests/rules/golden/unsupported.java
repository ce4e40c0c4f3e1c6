import java.util.Iterator;

public class Odd {
    public Iterator<String> iterate() {
        return new Iterator<String>() {
            public boolean hasNext() {
                return false;
            }

            public String next() {
                return null;
            }
        };
    }
}
