package com.l2jserver.gameserver.model.items;

public class L2ItemInstance {
    private final int _objectId;
    private final int _itemId;
    private final String _name;
    private long _count;
    private final int _weight;
    private final boolean _stackable;
    private ItemLocation _loc = ItemLocation.VOID;
    private int _enchant;

    public L2ItemInstance(int objectId, int itemId, String name, long count, int weight, boolean stackable) {
        _objectId = objectId;
        _itemId = itemId;
        _name = name;
        _count = count;
        _weight = weight;
        _stackable = stackable;
    }

    public int getObjectId() {
        return _objectId;
    }

    public int getId() {
        return _itemId;
    }

    public String getName() {
        return _name;
    }

    public long getCount() {
        return _count;
    }

    public void changeCount(long delta) {
        _count = Math.max(0, _count + delta);
    }

    public boolean isStackable() {
        return _stackable;
    }

    public int getWeight() {
        return (int) Math.min(Integer.MAX_VALUE, _weight * _count);
    }

    public ItemLocation getItemLocation() {
        return _loc;
    }

    public void setItemLocation(ItemLocation loc) {
        _loc = loc;
    }

    public int getEnchantLevel() {
        return _enchant;
    }

    public void setEnchantLevel(int e) {
        _enchant = e;
    }

    @Override
    public String toString() {
        return (_enchant > 0 ? "+" + _enchant + " " : "") + _name + " x" + _count + " [" + _loc + "]";
    }
}
