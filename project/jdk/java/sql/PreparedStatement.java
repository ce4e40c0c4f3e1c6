package java.sql;

public interface PreparedStatement extends Statement {
    @Go("{this}.ExecuteQuery2()") ResultSet executeQuery() throws SQLException;
    @Go("{this}.ExecuteUpdate2()") int executeUpdate() throws SQLException;
    @Go("{this}.Execute2()") boolean execute() throws SQLException;
    @Go("{this}.AddBatch2()") void addBatch() throws SQLException;
    void clearParameters() throws SQLException;
    void setNull(int parameterIndex, int sqlType) throws SQLException;
    void setBoolean(int parameterIndex, boolean x) throws SQLException;
    void setByte(int parameterIndex, byte x) throws SQLException;
    void setShort(int parameterIndex, short x) throws SQLException;
    void setInt(int parameterIndex, int x) throws SQLException;
    void setLong(int parameterIndex, long x) throws SQLException;
    void setFloat(int parameterIndex, float x) throws SQLException;
    void setDouble(int parameterIndex, double x) throws SQLException;
    void setString(int parameterIndex, String x) throws SQLException;
    void setBytes(int parameterIndex, byte[] x) throws SQLException;
    void setTimestamp(int parameterIndex, Timestamp x) throws SQLException;
    void setObject(int parameterIndex, Object x) throws SQLException;
}
