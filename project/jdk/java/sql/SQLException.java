package java.sql;

public class SQLException extends Exception {
    @Go("java.NewSQLException()") public SQLException() {}
    @Go("java.NewSQLException2({0})") public SQLException(String reason) {}
    @Go("java.NewSQLException3({0}, {1})") public SQLException(String reason, Throwable cause) {}
    @Go("java.NewSQLException4({0})") public SQLException(Throwable cause) {}
    @Go("java.NewSQLExceptionState({0}, {1})") public SQLException(String reason, String SQLState) {}
    @Go("java.NewSQLExceptionCode({0}, {1}, {2})") public SQLException(String reason, String SQLState, int vendorCode) {}
    @Go("java.NewSQLExceptionFull({0}, {1}, {2}, {3})") public SQLException(String reason, String sqlState, int vendorCode, Throwable cause) {}

    public String getSQLState() {}
    public int getErrorCode() {}
    public SQLException getNextException() {}
    public void setNextException(SQLException ex) {}
}
