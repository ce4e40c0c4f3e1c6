package game.net;

// A server packet called Say2; the client packet of the same simple name lives in game.net.client.
public class Say2 {
    private final int type;
    private final String sender;
    private final String text;

    public Say2(int type, String sender, String text) {
        this.type = type;
        this.sender = sender;
        this.text = text;
    }

    public String render() {
        return "[" + type + "] " + sender + ": " + text;
    }
}
