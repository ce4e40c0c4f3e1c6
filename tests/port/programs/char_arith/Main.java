// char as an unsigned 16-bit number: arithmetic, increments, casts and concatenation.
public class Main {
    public static void main(String[] args) {
        char c = 'a';
        System.out.println(c + 1);
        System.out.println((char) (c + 1));
        System.out.println("" + c + 1);
        System.out.println(c + 1 + "x");
        System.out.println('a' + 'b');
        System.out.println("" + 'a' + 'b');
        c++;
        System.out.println(c);
        c += 2;
        System.out.println(c);
        StringBuilder alphabet = new StringBuilder();
        for (char x = 'A'; x <= 'Z'; x += 5) {
            alphabet.append(x);
        }
        System.out.println(alphabet);
        String digits = "8051";
        int value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = value * 10 + (digits.charAt(i) - '0');
        }
        System.out.println(value);
        char max = Character.MAX_VALUE;
        max++;
        System.out.println((int) max);
        char z = 'z';
        System.out.println(Character.toUpperCase(z) + " " + Character.isDigit('7') + " " + Character.isLetter('_')
            + " " + Character.isLetterOrDigit('9') + " " + Character.isWhitespace('\t') + " " + Character.getNumericValue('7'));
        System.out.println(Character.isUpperCase('Q') + " " + Character.toLowerCase('Q') + " " + (int) Character.forDigit(11, 16));
        char[] word = {'j', 'a', 'v', 'a'};
        word[0] = (char) (word[0] - 32);
        System.out.println(new String(word) + " " + String.valueOf(word, 1, 2) + " " + word.length);
        System.out.println(word);
        int code = 'Ж';
        System.out.println(code + " " + (char) (code + 1) + " " + Character.toUpperCase('ж'));
        char tab = '\t';
        System.out.println("[" + tab + "]" + (int) tab + " " + (int) '\n' + " " + '\\' + '\'' + "\"");
        switch (digits.charAt(1)) {
            case '0':
                System.out.println("zero");
                break;
            default:
                System.out.println("other");
        }
        System.out.println((char) 0x263A + " " + Character.toString(97) + " " + Character.valueOf('k'));
    }
}
