package org.xml.sax;

import java.io.InputStream;
import java.io.Reader;

public class InputSource {
    @Go("java.NewInputSource()") public InputSource() {}
    @Go("java.NewInputSource2({0})") public InputSource(String systemId) {}
    @Go("java.NewInputSource3({0})") public InputSource(InputStream byteStream) {}
    @Go("java.NewInputSource4({0})") public InputSource(Reader characterStream) {}

    public void setByteStream(InputStream byteStream) {}
    public void setCharacterStream(Reader characterStream) {}
    public void setSystemId(String systemId) {}
    public String getSystemId() {}
}
