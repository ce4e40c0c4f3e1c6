package java.net;

public class InetAddress {
    public static InetAddress getByName(String host) throws UnknownHostException {}
    public static InetAddress[] getAllByName(String host) throws UnknownHostException {}
    public static InetAddress getByAddress(byte[] addr) throws UnknownHostException {}
    @Go("java.InetAddressGetLocalHost()") public static InetAddress getLocalHost() throws UnknownHostException {}
    @Go("java.InetAddressGetLoopbackAddress()") public static InetAddress getLoopbackAddress() {}

    public String getHostAddress() {}
    public String getHostName() {}
    public String getCanonicalHostName() {}
    public byte[] getAddress() {}
    public boolean isLoopbackAddress() {}
    public boolean isAnyLocalAddress() {}
    public boolean isSiteLocalAddress() {}
    public boolean isLinkLocalAddress() {}
    public boolean isMulticastAddress() {}
    public boolean equals(Object obj) {}
    public int hashCode() {}
    public String toString() {}
}
