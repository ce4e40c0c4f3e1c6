// switch on int, char and boxed Integer: fall-through, default in the middle, nested switch.
public class Main {
    static String describe(int code) {
        String out = "";
        switch (code) {
            case 1:
                out += "one ";
            case 2:
                out += "two ";
                break;
            default:
                out += "default ";
            case 3:
                out += "three ";
                break;
            case 10:
                switch (code % 3) {
                    case 1:
                        out += "ten-mod-1 ";
                        break;
                    default:
                        out += "ten-other ";
                }
                out += "after-inner";
        }
        return out.trim();
    }

    static int opcode(char c) {
        switch (c) {
            case 'a':
                return 0x01;
            case 'b':
            case 'B':
                return 0x02;
            case '\n':
                return 0x0A;
            default:
                return -1;
        }
    }

    public static void main(String[] args) {
        for (int code : new int[] {1, 2, 3, 4, 10, -7}) {
            System.out.println(code + " -> " + describe(code));
        }
        System.out.println(opcode('a') + " " + opcode('B') + " " + opcode('\n') + " " + opcode('z'));
        Integer boxed = 2;
        switch (boxed) {
            case 2 -> System.out.println("boxed two");
            default -> System.out.println("boxed other");
        }
        byte packetId = (byte) 0xD0;
        switch (packetId) {
            case (byte) 0xD0:
                System.out.println("extended packet");
                break;
            default:
                System.out.println("normal packet");
        }
        int total = 0;
        for (int i = 0; i < 6; i++) {
            total += switch (i % 3) {
                case 0 -> 1;
                case 1 -> 10;
                default -> 100;
            };
        }
        System.out.println(total);
    }
}
