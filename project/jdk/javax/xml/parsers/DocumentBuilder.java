package javax.xml.parsers;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

// Go: *java.DocumentBuilder (one implementation).
@GoType("*java.DocumentBuilder")
public abstract class DocumentBuilder {
    @Go("{this}.ParseStream({0})") public Document parse(InputStream is) throws SAXException, IOException {}
    @Go("{this}.ParseURI({0})") public Document parse(String uri) throws SAXException, IOException {}
    @Go("{this}.ParseFile({0})") public Document parse(File f) throws SAXException, IOException {}
    @Go("{this}.ParseSource({0})") public abstract Document parse(InputSource is) throws SAXException, IOException;
    public abstract Document newDocument();
    public abstract boolean isNamespaceAware();
    public abstract boolean isValidating();
    public abstract void setErrorHandler(ErrorHandler eh);
}
