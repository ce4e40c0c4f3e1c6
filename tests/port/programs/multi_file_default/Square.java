public class Square extends Rect {
    public Square(double side) {
        super("square", side, side);
    }

    @Override
    public String toString() {
        return "Square!" + super.toString();
    }
}
