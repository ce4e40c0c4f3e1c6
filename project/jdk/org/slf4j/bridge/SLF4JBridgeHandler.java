package org.slf4j.bridge;

import java.util.logging.Handler;
import java.util.logging.LogRecord;

public class SLF4JBridgeHandler extends Handler {
    @Go("java.NewSLF4JBridgeHandler()") public SLF4JBridgeHandler() {}

    public static void install() {}
    public static void uninstall() throws SecurityException {}
    public static boolean isInstalled() throws SecurityException {}
    public static void removeHandlersForRootLogger() {}
    public void publish(LogRecord record) {}
    public void flush() {}
    public void close() {}
}
