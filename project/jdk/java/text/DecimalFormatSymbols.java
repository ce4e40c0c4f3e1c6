package java.text;

import java.util.Locale;

public class DecimalFormatSymbols {
    @Go("java.NewDecimalFormatSymbols()") public DecimalFormatSymbols() {}
    @Go("java.NewDecimalFormatSymbols2({0})") public DecimalFormatSymbols(Locale locale) {}

    public char getDecimalSeparator() {}
    public void setDecimalSeparator(char decimalSeparator) {}
    public char getGroupingSeparator() {}
    public void setGroupingSeparator(char groupingSeparator) {}
    public char getMinusSign() {}
    public void setMinusSign(char minusSign) {}
}
