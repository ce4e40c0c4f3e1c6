package com.l2jserver.gameserver.exception;

public class InventoryFullException extends RuntimeException {
    public InventoryFullException(int slots) {
        super("inventory full: " + slots + " slots");
    }

    @Override
    public String getMessage() {
        return "[custom] " + super.getMessage();
    }
}
