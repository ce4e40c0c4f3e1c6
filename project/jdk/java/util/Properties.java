package java.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;

// Go: *java.Properties, string keys and values (not a Map: Java's extends Hashtable).
public class Properties {
    @Go("java.NewProperties()") public Properties() {}
    @Go("java.NewProperties2({0})") public Properties(Properties defaults) {}

    public synchronized Object setProperty(String key, String value) {}
    @Go("{this}.GetProperty({0})") public String getProperty(String key) {}
    @Go("{this}.GetProperty2({0}, {1})") public String getProperty(String key, String defaultValue) {}
    public Set<String> stringPropertyNames() {}
    @Go("{this}.Load({0})") public synchronized void load(Reader reader) throws IOException {}
    @Go("{this}.LoadStream({0})") public synchronized void load(InputStream inStream) throws IOException {}
    @Go("{this}.Store({0}, {1})") public void store(Writer writer, String comments) throws IOException {}
    @Go("{this}.StoreStream({0}, {1})") public void store(OutputStream out, String comments) throws IOException {}
    public boolean containsKey(Object key) {}
    public Object remove(Object key) {}
    public int size() {}
    public boolean isEmpty() {}
    public void clear() {}
}
