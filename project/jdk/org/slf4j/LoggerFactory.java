package org.slf4j;

public final class LoggerFactory {
    @Go("java.LoggerFactoryGetLogger({0})") public static Logger getLogger(String name) {}
    @Go("java.LoggerFactoryGetLoggerClass({0})") public static Logger getLogger(Class<?> clazz) {}
}
