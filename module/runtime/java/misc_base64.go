package java

import "strings"

// java.util.Base64: the basic (RFC 4648), URL-safe and MIME codecs, with Java's decoding
// rules and messages (padding optional, MIME ignores characters outside the alphabet).

const (
	base64Std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	base64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
)

// Base64Encoder is Base64.Encoder.
type Base64Encoder struct {
	alphabet string
	pad      bool
	lineMax  int // MIME: line length, 0 for none
}

// Base64Decoder is Base64.Decoder.
type Base64Decoder struct {
	alphabet string
	mime     bool
}

// Base64GetEncoder is the static Base64.getEncoder().
func Base64GetEncoder() *Base64Encoder { return &Base64Encoder{base64Std, true, 0} }

// Base64GetUrlEncoder is the static Base64.getUrlEncoder().
func Base64GetUrlEncoder() *Base64Encoder { return &Base64Encoder{base64URL, true, 0} }

// Base64GetMimeEncoder is the static Base64.getMimeEncoder(): lines of 76 characters ended
// by CRLF.
func Base64GetMimeEncoder() *Base64Encoder { return &Base64Encoder{base64Std, true, 76} }

// Base64GetDecoder is the static Base64.getDecoder().
func Base64GetDecoder() *Base64Decoder { return &Base64Decoder{base64Std, false} }

// Base64GetUrlDecoder is the static Base64.getUrlDecoder().
func Base64GetUrlDecoder() *Base64Decoder { return &Base64Decoder{base64URL, false} }

// Base64GetMimeDecoder is the static Base64.getMimeDecoder().
func Base64GetMimeDecoder() *Base64Decoder { return &Base64Decoder{base64Std, true} }

// WithoutPadding is withoutPadding().
func (e *Base64Encoder) WithoutPadding() *Base64Encoder {
	return &Base64Encoder{e.alphabet, false, e.lineMax}
}

func (e *Base64Encoder) encode(src []int8) string {
	var b strings.Builder
	line := 0
	emit := func(c byte) {
		if e.lineMax > 0 && line == e.lineMax {
			b.WriteString("\r\n")
			line = 0
		}
		b.WriteByte(c)
		line++
	}
	for i := 0; i < len(src); i += 3 {
		var n uint32
		k := min(3, len(src)-i)
		for j := 0; j < 3; j++ {
			n <<= 8
			if j < k {
				n |= uint32(uint8(src[i+j]))
			}
		}
		for j := 0; j < 4; j++ {
			if j <= k {
				emit(e.alphabet[n>>(18-6*j)&0x3f])
			} else if e.pad {
				emit('=')
			}
		}
	}
	return b.String()
}

// Encode is encode(byte[]).
func (e *Base64Encoder) Encode(src []int8) []int8 { return GetBytes(e.encode(src)) }

// EncodeToString is encodeToString(byte[]).
func (e *Base64Encoder) EncodeToString(src []int8) string { return e.encode(src) }

// DecodeString is decode(String).
func (d *Base64Decoder) DecodeString(src string) []int8 { return d.decode([]byte(src)) }

// Decode is decode(byte[]).
func (d *Base64Decoder) Decode(src []int8) []int8 { return d.decode(int8sAsBytes(src)) }

func (d *Base64Decoder) decode(src []byte) []int8 {
	var out []int8
	var bits uint32
	n := 0 // sextets in the current unit
	i := 0
	for ; i < len(src); i++ {
		c := src[i]
		if c == '=' {
			// Padding: "xx==" or "xxx=" ends the data.
			if n < 2 || (n == 2 && (i+1 >= len(src) || src[i+1] != '=')) {
				panic(NewIllegalArgumentException2("Input byte array has wrong 4-byte ending unit"))
			}
			if n == 2 {
				i++
			}
			i++
			break
		}
		v := strings.IndexByte(d.alphabet, c)
		if v < 0 {
			if d.mime {
				continue
			}
			panic(NewIllegalArgumentException2("Illegal base64 character " + IntegerToHexString(int32(c))))
		}
		bits = bits<<6 | uint32(v)
		n++
		if n == 4 {
			out = append(out, int8(bits>>16), int8(bits>>8), int8(bits))
			bits, n = 0, 0
		}
	}
	switch n {
	case 1:
		panic(NewIllegalArgumentException2("Last unit does not have enough valid bits"))
	case 2:
		out = append(out, int8(bits>>4))
	case 3:
		out = append(out, int8(bits>>10), int8(bits>>2))
	}
	if !d.mime && i < len(src) {
		panic(NewIllegalArgumentException2("Input byte array has incorrect ending byte at " + IntStr(int32(i))))
	}
	if out == nil {
		out = []int8{}
	}
	return out
}
