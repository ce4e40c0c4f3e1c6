package com.l2jserver.gameserver.exception;

public class ItemException extends GameException {
    private final int itemId;

    public ItemException(String message, int itemId) {
        super(message + " (item " + itemId + ")", 100);
        this.itemId = itemId;
    }

    public int getItemId() {
        return itemId;
    }
}
