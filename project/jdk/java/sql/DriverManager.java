package java.sql;

import java.util.Properties;

public class DriverManager {
    @Go("java.DriverManagerGetConnection({0})") public static Connection getConnection(String url) throws SQLException {}
    @Go("java.DriverManagerGetConnection2({0}, {1}, {2})") public static Connection getConnection(String url, String user, String password) throws SQLException {}
    @Go("java.DriverManagerGetConnection3({0}, {1})") public static Connection getConnection(String url, Properties info) throws SQLException {}
    public static void registerDriver(Driver driver) throws SQLException {}
    public static void deregisterDriver(Driver driver) throws SQLException {}
}
