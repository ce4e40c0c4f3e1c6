package java.util;

@GoType("*java.Date")
public class Date implements Comparable<Date> {
    @Go("java.NewDate()") public Date() {}
    @Go("java.NewDate2({0})") public Date(long date) {}

    public long getTime() {}
    public void setTime(long time) {}
    public boolean before(Date when) {}
    public boolean after(Date when) {}
    public int compareTo(Date anotherDate) {}
    public boolean equals(Object obj) {}
    public int hashCode() {}
    public Object clone() {}
    public String toString() {}
    @Deprecated public int getYear() {}
    @Deprecated public int getMonth() {}
    @Deprecated public int getDate() {}
    @Deprecated public int getDay() {}
    @Deprecated public int getHours() {}
    @Deprecated public int getMinutes() {}
    @Deprecated public int getSeconds() {}
}
