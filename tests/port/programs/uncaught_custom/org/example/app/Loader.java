package org.example.app;

import org.example.errors.ConfigException;

// A custom exception from another package escapes main: its full name starts stderr.
public class Loader {
    static int parse(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigException("bad value " + value, e);
        }
    }

    public static void main(String[] args) {
        System.out.println("rate " + parse("3"));
        System.out.println("limit " + parse("x7"));
    }
}
