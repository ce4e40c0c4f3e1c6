package java.lang;

// The numeric overloads are one generic Go function each (MathMax serves max(int, int)
// to max(double, double)).
public final class Math {
    @Go("java.MathE") public static final double E = 2.7182818284590452354;
    @Go("java.MathPi") public static final double PI = 3.14159265358979323846;
    @Go("java.MathSin({0})") public static double sin(double a) {}
    @Go("java.MathCos({0})") public static double cos(double a) {}
    @Go("java.MathTan({0})") public static double tan(double a) {}
    @Go("java.MathAsin({0})") public static double asin(double a) {}
    @Go("java.MathAcos({0})") public static double acos(double a) {}
    @Go("java.MathAtan({0})") public static double atan(double a) {}
    @Go("java.MathToRadians({0})") public static double toRadians(double angdeg) {}
    @Go("java.MathToDegrees({0})") public static double toDegrees(double angrad) {}
    @Go("java.MathExp({0})") public static double exp(double a) {}
    @Go("java.MathLog({0})") public static double log(double a) {}
    @Go("java.MathLog10({0})") public static double log10(double a) {}
    @Go("java.MathSqrt({0})") public static double sqrt(double a) {}
    @Go("java.MathCbrt({0})") public static double cbrt(double a) {}
    @Go("java.MathCeil({0})") public static double ceil(double a) {}
    @Go("java.MathFloor({0})") public static double floor(double a) {}
    @Go("java.MathRint({0})") public static double rint(double a) {}
    @Go("java.MathSinh({0})") public static double sinh(double a) {}
    @Go("java.MathCosh({0})") public static double cosh(double a) {}
    @Go("java.MathTanh({0})") public static double tanh(double a) {}
    @Go("java.MathExpm1({0})") public static double expm1(double a) {}
    @Go("java.MathLog1p({0})") public static double log1p(double a) {}
    @Go("java.MathIEEEremainder({0}, {1})") public static double IEEEremainder(double f1, double f2) {}
    @Go("java.MathAtan2({0}, {1})") public static double atan2(double y, double x) {}
    @Go("java.MathPow({0}, {1})") public static double pow(double a, double b) {}
    @Go("java.MathHypot({0}, {1})") public static double hypot(double x, double y) {}
    @Go("java.MathRoundFloat({0})") public static int round(float a) {}
    @Go("java.MathRound({0})") public static long round(double a) {}
    @Go("java.MathRandom()") public static double random() {}
    @Go("java.MathAddExact[int32]({0}, {1})") public static int addExact(int x, int y) {}
    @Go("java.MathSubtractExact[int32]({0}, {1})") public static int subtractExact(int x, int y) {}
    @Go("java.MathMultiplyExact[int32]({0}, {1})") public static int multiplyExact(int x, int y) {}
    @Go("java.MathIncrementExact[int32]({0})") public static int incrementExact(int a) {}
    @Go("java.MathDecrementExact[int32]({0})") public static int decrementExact(int a) {}
    @Go("java.MathNegateExact[int32]({0})") public static int negateExact(int a) {}
    @Go("java.MathAddExact[int64]({0}, {1})") public static long addExact(long x, long y) {}
    @Go("java.MathSubtractExact[int64]({0}, {1})") public static long subtractExact(long x, long y) {}
    @Go("java.MathMultiplyExact[int64]({0}, {1})") public static long multiplyExact(long x, long y) {}
    @Go("java.MathIncrementExact[int64]({0})") public static long incrementExact(long a) {}
    @Go("java.MathDecrementExact[int64]({0})") public static long decrementExact(long a) {}
    @Go("java.MathNegateExact[int64]({0})") public static long negateExact(long a) {}
    @Go("java.MathMultiplyExact({0}, int64({1}))") public static long multiplyExact(long x, int y) {}
    @Go("java.MathToIntExact({0})") public static int toIntExact(long value) {}
    @Go("java.MathFloorDiv[int32]({0}, {1})") public static int floorDiv(int x, int y) {}
    @Go("java.MathFloorDiv[int64]({0}, int64({1}))") public static long floorDiv(long x, int y) {}
    @Go("java.MathFloorDiv[int64]({0}, {1})") public static long floorDiv(long x, long y) {}
    @Go("java.MathFloorMod[int32]({0}, {1})") public static int floorMod(int x, int y) {}
    @Go("int32(java.MathFloorMod[int64]({0}, int64({1})))") public static int floorMod(long x, int y) {}
    @Go("java.MathFloorMod[int64]({0}, {1})") public static long floorMod(long x, long y) {}
    @Go("java.MathAbs[int32]({0})") public static int abs(int a) {}
    @Go("java.MathAbs[int64]({0})") public static long abs(long a) {}
    @Go("java.MathAbs[float32]({0})") public static float abs(float a) {}
    @Go("java.MathAbs[float64]({0})") public static double abs(double a) {}
    @Go("java.MathAbsExact[int32]({0})") public static int absExact(int a) {}
    @Go("java.MathAbsExact[int64]({0})") public static long absExact(long a) {}
    @Go("java.MathMax[int32]({0}, {1})") public static int max(int a, int b) {}
    @Go("java.MathMax[int64]({0}, {1})") public static long max(long a, long b) {}
    @Go("java.MathMax[float32]({0}, {1})") public static float max(float a, float b) {}
    @Go("java.MathMax[float64]({0}, {1})") public static double max(double a, double b) {}
    @Go("java.MathMin[int32]({0}, {1})") public static int min(int a, int b) {}
    @Go("java.MathMin[int64]({0}, {1})") public static long min(long a, long b) {}
    @Go("java.MathMin[float32]({0}, {1})") public static float min(float a, float b) {}
    @Go("java.MathMin[float64]({0}, {1})") public static double min(double a, double b) {}
    @Go("java.MathFma({0}, {1}, {2})") public static double fma(double a, double b, double c) {}
    @Go("java.MathUlp({0})") public static double ulp(double d) {}
    @Go("java.MathSignum[float64]({0})") public static double signum(double d) {}
    @Go("java.MathSignum[float32]({0})") public static float signum(float f) {}
    @Go("java.MathCopySign[float64]({0}, {1})") public static double copySign(double magnitude, double sign) {}
    @Go("java.MathCopySign[float32]({0}, {1})") public static float copySign(float magnitude, float sign) {}
    @Go("java.MathGetExponent({0})") public static int getExponent(double d) {}
    @Go("java.MathNextAfter({0}, {1})") public static double nextAfter(double start, double direction) {}
    @Go("java.MathNextUp({0})") public static double nextUp(double d) {}
    @Go("java.MathNextDown({0})") public static double nextDown(double d) {}
    @Go("java.MathScalb({0}, {1})") public static double scalb(double d, int scaleFactor) {}
}
