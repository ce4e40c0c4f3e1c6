package java.text;

import java.math.RoundingMode;

// Go: *java.DecimalFormat (it implements java.NumberFormat).
@GoType("*java.DecimalFormat")
public class DecimalFormat extends NumberFormat {
    @Go("java.NewDecimalFormat()") public DecimalFormat() {}
    @Go("java.NewDecimalFormat2({0})") public DecimalFormat(String pattern) {}
    @Go("java.NewDecimalFormat3({0}, {1})") public DecimalFormat(String pattern, DecimalFormatSymbols symbols) {}

    public void applyPattern(String pattern) {}
    public void setGroupingSize(int newValue) {}
    public RoundingMode getRoundingMode() {}
    public void setDecimalSeparatorAlwaysShown(boolean newValue) {}
    public void setDecimalFormatSymbols(DecimalFormatSymbols newSymbols) {}
}
