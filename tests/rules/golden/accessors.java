public class L2Item {
    private final int _itemId;
    private String _name;
    private long _count;
    public static final int MAX_STACK = 100;

    public L2Item(int itemId, String name) {
        _itemId = itemId;
        _name = name;
    }

    public int getItemId() {
        return _itemId;
    }

    public String getName() {
        return _name;
    }

    public void setName(String name) {
        _name = name;
    }

    public boolean isStackable() {
        return _count > 1 && _count < MAX_STACK;
    }

    private void addCount(long delta) {
        _count += delta;
    }
}
