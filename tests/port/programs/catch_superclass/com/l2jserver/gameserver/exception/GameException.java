package com.l2jserver.gameserver.exception;

public class GameException extends Exception {
    private final int code;

    public GameException(String message, int code) {
        super(message);
        this.code = code;
    }

    public GameException(String message, Throwable cause) {
        super(message, cause);
        this.code = -1;
    }

    public int getCode() {
        return code;
    }
}
