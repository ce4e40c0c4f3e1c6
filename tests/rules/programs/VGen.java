public class VGen {
    static abstract class Holder<T> {
        abstract T make();
        String show() { return "[" + make() + "]"; }
        T twice() { return make(); }
    }
    static class Str extends Holder<String> {
        String make() { return "s"; }
    }
    public static void main(String[] args) {
        System.out.println(new Str().show());
        Str s = new Str();
        String t = s.twice();
        System.out.println(t.length() + t);
    }
}
