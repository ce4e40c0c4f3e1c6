package java

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/subtle"
	"hash"
	"strings"
)

// MessageDigest is java.security.MessageDigest for MD5, SHA-1, SHA-224, SHA-256, SHA-384
// and SHA-512 (crypto/*).
type MessageDigest struct {
	algorithm string
	h         hash.Hash
	make      func() hash.Hash
}

// MessageDigestGetInstance is the static MessageDigest.getInstance(String):
// NoSuchAlgorithmException for other algorithms.
func MessageDigestGetInstance(algorithm string) *MessageDigest {
	var mk func() hash.Hash
	switch strings.ToUpper(algorithm) {
	case "MD5":
		mk = md5.New
	case "SHA-1", "SHA1", "SHA":
		mk = sha1.New
	case "SHA-224":
		mk = sha256.New224
	case "SHA-256":
		mk = sha256.New
	case "SHA-384":
		mk = sha512.New384
	case "SHA-512":
		mk = sha512.New
	default:
		panic(NewNoSuchAlgorithmException2(algorithm + " MessageDigest not available"))
	}
	return &MessageDigest{algorithm: algorithm, h: mk(), make: mk}
}

// Algorithm is getAlgorithm(): the name as given.
func (m *MessageDigest) Algorithm() string { return m.algorithm }

// DigestLength is getDigestLength().
func (m *MessageDigest) DigestLength() int32 { return int32(m.h.Size()) }

// Update is update(byte).
func (m *MessageDigest) Update(input int8) { m.h.Write([]byte{byte(input)}) }

// UpdateBytes is update(byte[]).
func (m *MessageDigest) UpdateBytes(input []int8) { m.h.Write(int8sAsBytes(input)) }

// UpdateBytes2 is update(byte[], int, int).
func (m *MessageDigest) UpdateBytes2(input []int8, offset, length int32) {
	checkFromIndexSize(offset, length, int32(len(input)))
	m.h.Write(int8sAsBytes(input[offset : offset+length]))
}

// Digest is digest(): the hash of what was given, then a reset.
func (m *MessageDigest) Digest() []int8 {
	out := bytesAsInt8s(m.h.Sum(nil))
	m.h.Reset()
	return out
}

// DigestBytes is digest(byte[]): update, then digest.
func (m *MessageDigest) DigestBytes(input []int8) []int8 {
	m.UpdateBytes(input)
	return m.Digest()
}

// Reset is reset().
func (m *MessageDigest) Reset() { m.h.Reset() }

// MessageDigestIsEqual is the static MessageDigest.isEqual(byte[], byte[]): in constant
// time.
func MessageDigestIsEqual(digesta, digestb []int8) bool {
	if digesta == nil || digestb == nil {
		return digesta == nil && digestb == nil
	}
	return subtle.ConstantTimeCompare(int8sAsBytes(digesta), int8sAsBytes(digestb)) == 1
}

// String is toString().
func (m *MessageDigest) String() string {
	return m.algorithm + " Message Digest from SUN, <in progress>\n"
}
