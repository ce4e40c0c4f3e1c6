package java.text;

import java.math.RoundingMode;
import java.util.Locale;

public abstract class NumberFormat {
    @Go("java.NumberFormatGetInstance()") public static final NumberFormat getInstance() {}
    @Go("java.NumberFormatGetInstance2({0})") public static NumberFormat getInstance(Locale inLocale) {}
    @Go("java.NumberFormatGetInstance()") public static final NumberFormat getNumberInstance() {}
    @Go("java.NumberFormatGetInstance2({0})") public static NumberFormat getNumberInstance(Locale inLocale) {}
    @Go("java.NumberFormatGetIntegerInstance()") public static final NumberFormat getIntegerInstance() {}
    @Go("java.NumberFormatGetIntegerInstance2({0})") public static NumberFormat getIntegerInstance(Locale inLocale) {}
    @Go("java.NumberFormatGetPercentInstance()") public static final NumberFormat getPercentInstance() {}

    @Go("{this}.Format({0})") public final String format(double number) {}
    @Go("{this}.Format({0})") public final String format(long number) {}
    @Go("{this}.Format({0})") public final String format(Object number) {}
    public Number parse(String source) throws ParseException {}
    public void setMaximumFractionDigits(int newValue) {}
    public void setMinimumFractionDigits(int newValue) {}
    public void setMaximumIntegerDigits(int newValue) {}
    public void setMinimumIntegerDigits(int newValue) {}
    public int getMaximumFractionDigits() {}
    public int getMinimumFractionDigits() {}
    public void setGroupingUsed(boolean newValue) {}
    public boolean isGroupingUsed() {}
    public void setRoundingMode(RoundingMode roundingMode) {}
    public void setParseIntegerOnly(boolean value) {}
}
