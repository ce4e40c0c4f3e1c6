package java.sql;

public class Types {
    @Go("java.TypesBit") public static final int BIT = -7;
    @Go("java.TypesTinyint") public static final int TINYINT = -6;
    @Go("java.TypesSmallint") public static final int SMALLINT = 5;
    @Go("java.TypesInteger") public static final int INTEGER = 4;
    @Go("java.TypesBigint") public static final int BIGINT = -5;
    @Go("java.TypesFloat") public static final int FLOAT = 6;
    @Go("java.TypesReal") public static final int REAL = 7;
    @Go("java.TypesDouble") public static final int DOUBLE = 8;
    @Go("java.TypesNumeric") public static final int NUMERIC = 2;
    @Go("java.TypesDecimal") public static final int DECIMAL = 3;
    @Go("java.TypesChar") public static final int CHAR = 1;
    @Go("java.TypesVarchar") public static final int VARCHAR = 12;
    @Go("java.TypesLongvarch") public static final int LONGVARCHAR = -1;
    @Go("java.TypesDate") public static final int DATE = 91;
    @Go("java.TypesTime") public static final int TIME = 92;
    @Go("java.TypesTimestamp") public static final int TIMESTAMP = 93;
    @Go("java.TypesBinary") public static final int BINARY = -2;
    @Go("java.TypesVarbinary") public static final int VARBINARY = -3;
    @Go("java.TypesBlob") public static final int BLOB = 2004;
    @Go("java.TypesClob") public static final int CLOB = 2005;
    @Go("java.TypesBoolean") public static final int BOOLEAN = 16;
    @Go("java.TypesNull") public static final int NULL = 0;
    @Go("java.TypesOther") public static final int OTHER = 1111;
}
