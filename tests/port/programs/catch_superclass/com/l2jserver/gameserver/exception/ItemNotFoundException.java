package com.l2jserver.gameserver.exception;

public class ItemNotFoundException extends ItemException {
    public ItemNotFoundException(int itemId) {
        super("not found", itemId);
    }
}
