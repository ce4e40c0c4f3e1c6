public class Broken {
    void ok() {
        int x = 1;
    }

    void bad( {
        int y = ;
    }
}
