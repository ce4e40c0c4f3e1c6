package java

import (
	"net"
	"os"
	"strings"
)

// InetAddress is java.net.InetAddress: an IPv4 or IPv6 address and the host name it was
// looked up by (if any).
type InetAddress struct {
	host string
	ip   net.IP
}

// InetAddressGetByName is the static InetAddress.getByName(String): a literal address, or
// a name resolved by the system resolver (UnknownHostException when it fails).
func InetAddressGetByName(host string) *InetAddress {
	if host == "" {
		host = "localhost"
	}
	h := strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if ip := net.ParseIP(h); ip != nil {
		return &InetAddress{ip: normalizeIP(ip)}
	}
	ips, err := net.LookupIP(h)
	if err != nil || len(ips) == 0 {
		panic(NewUnknownHostException2(host + ": Name or service not known"))
	}
	ip := ips[0]
	for _, c := range ips { // Java prefers IPv4 by default
		if c.To4() != nil {
			ip = c
			break
		}
	}
	return &InetAddress{host: host, ip: normalizeIP(ip)}
}

func normalizeIP(ip net.IP) net.IP {
	if v4 := ip.To4(); v4 != nil {
		return v4
	}
	return ip
}

// InetAddressGetAllByName is the static InetAddress.getAllByName(String).
func InetAddressGetAllByName(host string) []*InetAddress {
	if ip := net.ParseIP(host); ip != nil {
		return []*InetAddress{{ip: normalizeIP(ip)}}
	}
	ips, err := net.LookupIP(host)
	if err != nil || len(ips) == 0 {
		panic(NewUnknownHostException2(host + ": Name or service not known"))
	}
	out := make([]*InetAddress, len(ips))
	for i, ip := range ips {
		out[i] = &InetAddress{host: host, ip: normalizeIP(ip)}
	}
	return out
}

// InetAddressGetByAddress is the static InetAddress.getByAddress(byte[]).
func InetAddressGetByAddress(addr []int8) *InetAddress {
	if len(addr) != 4 && len(addr) != 16 {
		panic(NewUnknownHostException2("addr is of illegal length"))
	}
	return &InetAddress{ip: normalizeIP(net.IP(append([]byte{}, int8sAsBytes(addr)...)))}
}

// InetAddressGetLocalHost is the static InetAddress.getLocalHost(): the host name and its
// address.
func InetAddressGetLocalHost() *InetAddress {
	name, err := os.Hostname()
	if err != nil {
		panic(NewUnknownHostException2(err.Error()))
	}
	var a *InetAddress
	if ex := Try(func() { a = InetAddressGetByName(name) }); ex != nil {
		a = &InetAddress{ip: net.IPv4(127, 0, 0, 1).To4()}
	}
	a.host = name
	return a
}

// InetAddressGetLoopbackAddress is the static InetAddress.getLoopbackAddress().
func InetAddressGetLoopbackAddress() *InetAddress {
	return &InetAddress{host: "localhost", ip: net.IPv4(127, 0, 0, 1).To4()}
}

// HostAddress is getHostAddress().
func (a *InetAddress) HostAddress() string { return a.ip.String() }

// HostName is getHostName(): the name given, else a reverse lookup, else the address.
func (a *InetAddress) HostName() string {
	if a.host == "" {
		if names, err := net.LookupAddr(a.ip.String()); err == nil && len(names) > 0 {
			a.host = strings.TrimSuffix(names[0], ".")
		} else {
			a.host = a.ip.String()
		}
	}
	return a.host
}

// CanonicalHostName is getCanonicalHostName().
func (a *InetAddress) CanonicalHostName() string { return a.HostName() }

// Address is getAddress(): 4 or 16 bytes.
func (a *InetAddress) Address() []int8 { return bytesAsInt8s(append([]byte{}, a.ip...)) }

// IsLoopbackAddress is isLoopbackAddress().
func (a *InetAddress) IsLoopbackAddress() bool { return a.ip.IsLoopback() }

// IsAnyLocalAddress is isAnyLocalAddress().
func (a *InetAddress) IsAnyLocalAddress() bool { return a.ip.IsUnspecified() }

// IsSiteLocalAddress is isSiteLocalAddress().
func (a *InetAddress) IsSiteLocalAddress() bool { return a.ip.IsPrivate() }

// IsLinkLocalAddress is isLinkLocalAddress().
func (a *InetAddress) IsLinkLocalAddress() bool { return a.ip.IsLinkLocalUnicast() }

// IsMulticastAddress is isMulticastAddress().
func (a *InetAddress) IsMulticastAddress() bool { return a.ip.IsMulticast() }

// Equals is equals(Object): the same address.
func (a *InetAddress) Equals(o any) bool {
	x, ok := o.(*InetAddress)
	return ok && x != nil && x.ip.Equal(a.ip)
}

// HashCode is hashCode(): the IPv4 address as an int (IPv6: a fold of its words).
func (a *InetAddress) HashCode() int32 {
	var h int32
	if len(a.ip) == 4 {
		return int32(a.ip[0])<<24 | int32(a.ip[1])<<16 | int32(a.ip[2])<<8 | int32(a.ip[3])
	}
	for i := 0; i+3 < len(a.ip); i += 4 {
		h += int32(a.ip[i])<<24 | int32(a.ip[i+1])<<16 | int32(a.ip[i+2])<<8 | int32(a.ip[i+3])
	}
	return h
}

// String is toString(): `hostname/address` (empty host name when none was given).
func (a *InetAddress) String() string { return a.host + "/" + a.ip.String() }

func init() {
	registerClassNames(map[string]string{
		"InetAddress":   "java.net.Inet4Address",
		"MessageDigest": "java.security.MessageDigest$Delegate",
		"Base64Encoder": "java.util.Base64$Encoder",
		"Base64Decoder": "java.util.Base64$Decoder",
	})
}
